"""The packaged app (PyInstaller onedir, packaging/quash.spec) starts on the offscreen platform,
opens the demo vault through the first-run wizard and quits cleanly, with no network, writing
only to the user's data folder; its command line opens the vault and prints reports.

The package is built once per session into build/pytest-package/ (ignored by git; PyInstaller's
cache there makes a rebuild quicker), or QUASH_PACKAGED_APP=/path/to/dist/quash tests a folder
built already. Every run of the packaged program gets:
- a fresh HOME, TMPDIR, XDG_RUNTIME_DIR and working folder, and no other environment;
- a network namespace with no interfaces (`unshare --net`), so nothing could reach a network;
- netspy.c by LD_PRELOAD, which logs every internet socket, connect and name lookup attempted,
  so a swallowed failure still shows;
- where strace is installed, a trace of every file it creates, changes or removes, anywhere.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the packaged-app checks are Linux's"),
]

BUILD = REPO / "build" / "pytest-package"
SPEC = REPO / "packaging" / "quash.spec"
NETSPY = Path(__file__).with_name("netspy.c")
DEMO_PASSPHRASE = "demo vault passphrase"  # published: gui/wizard/demo.py and the README
RUN_TIMEOUT = 240


# ---- the package ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The packaged app folder: built from packaging/quash.spec once per session."""
    given = os.environ.get("QUASH_PACKAGED_APP")
    if given:
        return Path(given).resolve()
    BUILD.mkdir(parents=True, exist_ok=True)
    log = BUILD / "build.log"
    with log.open("w", encoding="utf-8") as out:
        built = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level=WARN",
                "--distpath",
                str(BUILD / "dist"),
                "--workpath",
                str(BUILD / "work"),
                str(SPEC),
            ],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=1800,
        )
    text = log.read_text(encoding="utf-8", errors="replace")
    assert built.returncode == 0, f"PyInstaller failed (log: {log}):\n{text[-6000:]}"
    return BUILD / "dist" / "quash"


def internal(bundle: Path) -> Path:
    return bundle / "_internal"


def files_in(folder: Path) -> dict[str, tuple[int, int]]:
    """relative path -> (size, mtime) of every file and symlink under `folder`."""
    found = {}
    for path in folder.rglob("*"):
        if path.is_file() or path.is_symlink():
            stat = path.lstat()
            found[str(path.relative_to(folder))] = (stat.st_size, stat.st_mtime_ns)
    return found


# ---- running the packaged program -------------------------------------------------------------


def everything_in(folder: Path) -> list[str]:
    """Relative paths of every file, folder and link under `folder`."""
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def _works(command: list[str]) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="module")
def offline_prefix() -> list[str] | None:
    """The command that runs a program in a new network namespace with no interfaces."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    for prefix in ([unshare, "--net"], [unshare, "--net", "--map-root-user"]):
        if _works([*prefix, "true"]):
            return prefix
    return None


@pytest.fixture(scope="module")
def netspy(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    library = tmp_path_factory.mktemp("netspy") / "netspy.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O2", "-o", str(library), str(NETSPY), "-ldl"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return library


@dataclass
class Sandbox:
    """A user's world for one packaged run: the folders it may touch, and where the test
    keeps its own logs (outside them)."""

    root: Path
    home: Path = field(init=False)
    tmp: Path = field(init=False)
    runtime: Path = field(init=False)
    cwd: Path = field(init=False)
    observer: Path = field(init=False)

    def __post_init__(self) -> None:
        self.home = self.root / "home"
        self.tmp = self.root / "tmp"
        self.runtime = self.root / "run"
        self.cwd = self.root / "cwd"
        self.observer = self.root / "observer"
        for folder in (self.home, self.tmp, self.runtime, self.cwd, self.observer):
            folder.mkdir(parents=True, exist_ok=True)
        self.runtime.chmod(0o700)

    @property
    def data_dir(self) -> Path:
        """platformdirs.user_data_dir("Quash") for this HOME, with no XDG_DATA_HOME set."""
        return self.home / ".local" / "share" / "Quash"

    @property
    def demo_vault(self) -> Path:
        return self.data_dir / "demo-vault"

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "TMPDIR": str(self.tmp),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            **(extra or {}),
        }


@dataclass
class Run:
    result: subprocess.CompletedProcess[str]
    offline: bool
    spied: bool
    spy_log: str
    spy_pids: list[str]
    trace: Path | None


class Packaged:
    """Runs the packaged `quash` in a sandbox, offline and watched."""

    def __init__(self, bundle: Path, offline_prefix: list[str] | None, netspy: Path | None) -> None:
        self.exe = bundle / "quash"
        self.offline_prefix = offline_prefix
        self.netspy = netspy
        self.runs = 0

    def __call__(
        self,
        sandbox: Sandbox,
        *args: str,
        env: dict[str, str] | None = None,
        trace: bool = False,
    ) -> Run:
        self.runs += 1
        spy_log = sandbox.observer / f"netspy-{self.runs}.log"
        spy_active = sandbox.observer / f"netspy-{self.runs}.pids"
        extra = dict(env or {})
        if self.netspy is not None:
            extra |= {
                "LD_PRELOAD": str(self.netspy),
                "QUASH_NETSPY_LOG": str(spy_log),
                "QUASH_NETSPY_ACTIVE": str(spy_active),
            }
        command = [str(self.exe), *args]
        trace_log = None
        strace = shutil.which("strace") if trace else None
        if strace is not None:
            trace_log = sandbox.observer / f"strace-{self.runs}.log"
            command = [
                strace,
                "-f",
                "-qq",
                "-e",
                "trace=%file,%network",
                "-e",
                "signal=none",
                "-o",
                str(trace_log),
                "--",
                *command,
            ]
        command = [*(self.offline_prefix or []), *command]
        result = subprocess.run(
            command,
            cwd=sandbox.cwd,
            env=sandbox.env(extra),
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
        )
        return Run(
            result,
            offline=self.offline_prefix is not None,
            spied=self.netspy is not None,
            spy_log=spy_log.read_text() if spy_log.exists() else "",
            spy_pids=spy_active.read_text().split() if spy_active.exists() else [],
            trace=trace_log,
        )


@pytest.fixture(scope="module")
def packaged(bundle: Path, offline_prefix: list[str] | None, netspy: Path | None) -> Packaged:
    return Packaged(bundle, offline_prefix, netspy)


def ok(run: Run) -> subprocess.CompletedProcess[str]:
    result = run.result
    assert result.returncode == 0, (
        f"{' '.join(result.args)} exited {result.returncode}\n"
        f"stdout: {result.stdout}\nstderr: {result.stderr}"
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@dataclass
class FirstStart:
    """The packaged app started once, by a new user, with `--open-demo-and-quit`."""

    sandbox: Sandbox
    run: Run
    bundle_before: dict[str, tuple[int, int]]
    bundle_after: dict[str, tuple[int, int]]
    home_after: list[str]
    left_elsewhere: dict[str, list[str]]


@pytest.fixture(scope="module")
def first_start(
    packaged: Packaged, bundle: Path, tmp_path_factory: pytest.TempPathFactory
) -> FirstStart:
    sandbox = Sandbox(tmp_path_factory.mktemp("first-start"))
    before = files_in(bundle)
    run = packaged(sandbox, "--open-demo-and-quit", trace=True)
    # Everything is measured at once, before other tests run the program in this sandbox.
    return FirstStart(
        sandbox,
        run,
        before,
        files_in(bundle),
        everything_in(sandbox.home),
        {
            name: everything_in(folder)
            for name, folder in (
                ("TMPDIR", sandbox.tmp),
                ("XDG_RUNTIME_DIR", sandbox.runtime),
                ("the working folder", sandbox.cwd),
            )
        },
    )


# ---- what is in the package -------------------------------------------------------------------


def test_package_holds_every_file_quash_opens_at_run_time(bundle: Path) -> None:
    from reports.fonts import FONT_FILES, FONT_PACKAGE

    inside = internal(bundle)
    expected = [f"models/rulesets/{p.name}" for p in (REPO / "models/rulesets").glob("*.toml")]
    expected += ["storage/migrations/env.py", "storage/migrations/script.py.mako"]
    expected += [
        f"storage/migrations/versions/{p.name}"
        for p in (REPO / "storage/migrations/versions").glob("[0-9]*.py")
    ]
    expected += [f"{FONT_PACKAGE}/files/{name}" for name in FONT_FILES.values()]
    expected += [f"{FONT_PACKAGE}/LICENSE"]
    # Other scripts' faces, cut at build time (reports/font_files.py), each with its licence.
    from reports import font_files

    expected += [f"{font_files.BUNDLED_FOLDER}/{f.filename}" for f in font_files.all_faces()]
    expected += [
        f"{font_files.BUNDLED_FOLDER}/licences/{f.name}/{font_files.license_path(f).name}"
        for f in font_files.all_faces()
    ]
    expected += [f"translations/{p.name}" for p in (REPO / "translations").glob("*.qm")]
    expected += [
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
    ]
    missing = [name for name in expected if not (inside / name).is_file()]
    assert not missing, f"missing from {inside}: {missing}"
    assert list(inside.glob("sqlcipher3/_sqlite3*.so")), "sqlcipher3's native module is missing"
    assert list(inside.glob("holidays/locale/*/LC_MESSAGES/US.mo")), "holiday names are missing"
    for name in ("quash", "quash.desktop", "quash.png", "quash.svg", "install.sh"):
        assert (bundle / name).is_file(), f"{name} is missing beside the program"
    assert os.access(bundle / "quash", os.X_OK)


def test_package_leaves_out_networking_and_qt_modules_quash_does_not_use(bundle: Path) -> None:
    unwanted = re.compile(
        r"(libQt6(Network|Qml|Quick|WebEngine|Multimedia|Pdf|3D)"
        r"|Qt(Network|Qml|Quick|WebEngine)\w*\.abi3\.so"
        r"|libqvnc|libqtuiotouchplugin|libqgtk3|_tkinter)"
    )
    found = [name for name in files_in(bundle) if unwanted.search(name)]
    assert not found, f"the package carries what Quash never uses: {found}"
    dangling = [str(p) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, f"links to files left out: {dangling}"


def test_desktop_entry_and_icon() -> None:
    entry = (REPO / "packaging" / "quash.desktop").read_text(encoding="utf-8").splitlines()
    assert entry[0] == "[Desktop Entry]"
    keys = dict(line.split("=", 1) for line in entry[1:] if "=" in line)
    assert keys["Type"] == "Application"
    assert keys["Name"] == "Quash"
    assert keys["Exec"] == "quash"
    assert keys["Icon"] == "quash"
    assert keys["Terminal"] == "false"
    assert keys["Categories"].endswith(";")
    png = (REPO / "packaging" / "quash.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (256, 256)
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(REPO / "packaging" / "quash.desktop")],
            capture_output=True,
            text=True,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_install_script_adds_the_menu_entry_and_removes_it(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    installed = subprocess.run(
        ["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr
    entry = home / ".local/share/applications/quash.desktop"
    assert f'Exec="{bundle / "quash"}"' in entry.read_text(encoding="utf-8").splitlines()
    assert (home / ".local/share/icons/hicolor/256x256/apps/quash.png").is_file()
    assert (home / ".local/bin/quash").resolve() == (bundle / "quash").resolve()
    removed = subprocess.run(
        ["sh", str(bundle / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True
    )
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    assert not (home / ".local/bin/quash").exists()


# ---- the packaged app, started ----------------------------------------------------------------


def test_packaged_app_opens_the_demo_vault_and_quits_cleanly(first_start: FirstStart) -> None:
    result = ok(first_start.run)
    vault = first_start.sandbox.demo_vault
    said = re.search(r"demo vault created in (.+) with (\d+) matters", result.stdout)
    assert said, result.stdout
    assert Path(said.group(1)) == vault
    assert int(said.group(2)) > 0
    assert "main window shown; vault locked" in result.stdout
    assert (vault / "quash.db").is_file() and (vault / "quash.keys").is_file()


def test_packaged_app_works_with_no_network_and_never_tries_one(first_start: FirstStart) -> None:
    run = first_start.run
    ok(run)  # in a network namespace with no interfaces, when one could be made
    if run.spied:
        assert run.spy_pids, "the network spy was not loaded into the packaged app"
        assert run.spy_log == "", f"the packaged app tried the network:\n{run.spy_log}"
    missing = [
        what
        for what, there in (
            ("a network namespace (unshare --net)", run.offline),
            ("a C compiler for the network spy", run.spied),
        )
        if not there
    ]
    if missing:
        pytest.skip(f"checked only in part: no {' and no '.join(missing)} here")


def test_packaged_app_writes_only_in_the_user_data_folder(first_start: FirstStart) -> None:
    ok(first_start.run)
    sandbox = first_start.sandbox
    data = sandbox.data_dir.relative_to(sandbox.home)
    outside = [
        name
        for name in first_start.home_after
        if not Path(name).is_relative_to(data) and Path(name) not in data.parents
    ]
    assert not outside, f"written in HOME outside {sandbox.data_dir}: {outside}"
    for where, names in first_start.left_elsewhere.items():
        assert not names, f"left in {where}: {names}"
    assert first_start.bundle_after == first_start.bundle_before, "the app changed its own folder"


WRITE_CALLS = {
    "creat",
    "mkdir",
    "mkdirat",
    "rmdir",
    "rename",
    "renameat",
    "renameat2",
    "unlink",
    "unlinkat",
    "link",
    "linkat",
    "symlink",
    "symlinkat",
    "truncate",
    "chmod",
    "fchmodat",
    "fchmodat2",
    "chown",
    "lchown",
    "fchownat",
    "utime",
    "utimes",
    "utimensat",
    "futimesat",
    "setxattr",
    "lsetxattr",
    "removexattr",
    "lremovexattr",
    "mknod",
    "mknodat",
}
OPEN_CALLS = {"open", "openat", "openat2"}
WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND")
NETWORK_FAMILIES = re.compile(r"AF_INET6?\b|AF_PACKET|PF_INET6?\b|PF_PACKET")
SYSCALL = re.compile(r"^\d+\s+(\w+)\((.*)$")
PATH_ARG = re.compile(r'"((?:[^"\\]|\\.)*)"')


def trace_findings(log: Path, sandbox: Sandbox) -> tuple[list[str], list[str]]:
    """(files written outside the data folder, network calls) in a strace log."""
    data = sandbox.data_dir
    # mkdir of the data folder's parents in HOME is how the data folder gets made.
    allowed = {Path("/dev/null"), Path("/dev/tty")}
    allowed |= {p for p in data.parents if p.is_relative_to(sandbox.home)}
    writes, network = [], []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = SYSCALL.match(line)
        if not match:
            continue  # "<... resumed>" halves and exits
        call, args = match.groups()
        if call in ("socket", "connect", "bind", "sendto", "sendmsg") and NETWORK_FAMILIES.search(
            args
        ):
            network.append(line)
            continue
        if call in OPEN_CALLS:
            if not WRITE_FLAGS.search(args):
                continue
            paths = PATH_ARG.findall(args)[:1]
        elif call in WRITE_CALLS:
            paths = PATH_ARG.findall(args)
        else:
            continue
        for raw in paths:
            # Relative to the folder it started in (an absolute path stays as it is); the app
            # never changes folder, so a relative path here is a file left in the working folder.
            path = Path(os.path.normpath(sandbox.cwd / raw))
            if path.is_relative_to(data) or path in allowed:
                continue
            if path.is_relative_to(sandbox.observer):
                continue  # the network spy's own logs
            writes.append(line)
    return writes, network


def test_packaged_app_writes_nowhere_else_on_this_computer(first_start: FirstStart) -> None:
    """strace sees every file the process and its threads write, wherever it is."""
    run = first_start.run
    ok(run)
    if run.trace is None:
        pytest.skip("strace is not installed")
    writes, network = trace_findings(run.trace, first_start.sandbox)
    assert not network, "network calls:\n" + "\n".join(network)
    assert not writes, "written outside the data folder:\n" + "\n".join(writes)


def test_packaged_app_reopens_the_demo_vault(first_start: FirstStart, packaged: Packaged) -> None:
    ok(first_start.run)
    again = ok(packaged(first_start.sandbox, "--open-demo-and-quit"))
    assert f"demo vault reopened in {first_start.sandbox.demo_vault} with" in again.stdout


# ---- the packaged command line ----------------------------------------------------------------


def cli_env() -> dict[str, str]:
    return {"QUASH_PASSPHRASE": DEMO_PASSPHRASE, "QUASH_USER": "Packaging test"}


def test_packaged_command_line_unlocks_the_vault_with_sqlcipher(
    first_start: FirstStart, packaged: Packaged
) -> None:
    from storage.vault import head_revision

    ok(first_start.run)
    sandbox = first_start.sandbox
    run = packaged(sandbox, "status", "--vault", str(sandbox.demo_vault), "--json", env=cli_env())
    status = json.loads(ok(run).stdout)
    assert status["office_name"] == "Demo Legal Aid Office"
    assert status["schema_revision"] == status["schema_head"] == head_revision()
    assert status["counts"]["matters"] > 0
    assert run.spy_log == ""
    wrong = packaged(
        sandbox, "status", "--vault", str(sandbox.demo_vault), env={"QUASH_PASSPHRASE": "nope" * 3}
    )
    assert wrong.result.returncode == 3, wrong.result.stderr
    assert "Traceback" not in wrong.result.stderr


def test_packaged_command_line_counts_deadlines_from_the_bundled_rules_and_holidays(
    packaged: Packaged, tmp_path: Path
) -> None:
    from models.rules import default_rulebook

    sandbox = Sandbox(tmp_path)
    rules = json.loads(ok(packaged(sandbox, "rules", "list", "--json")).stdout)
    assert {r["id"] for r in rules["rules"]} == set(default_rulebook().rules)
    computed = ok(
        packaged(
            sandbox,
            "deadline",
            "compute",
            "--rule",
            "ndcal-7-3a-opposition",
            "--trigger",
            "2016-05-16",
        )
    ).stdout
    assert "Opposition to the motion due: Tue 31 May 2016" in computed
    assert "Memorial Day" in computed  # the holidays package's data came along


def test_packaged_reports_embed_the_bundled_font(
    first_start: FirstStart, packaged: Packaged
) -> None:
    from pypdf import PdfReader

    ok(first_start.run)
    sandbox = first_start.sandbox
    out = sandbox.observer / "register.pdf"
    run = packaged(
        sandbox,
        "report",
        "register",
        "--vault",
        str(sandbox.demo_vault),
        "--out",
        str(out),
        "--from",
        "2017-01-01",
        "--to",
        "2026-12-31",
        env=cli_env(),
    )
    ok(run)
    fonts = set()
    for page in PdfReader(out).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    assert any("FiraSans" in name for name in fonts), fonts


def test_packaged_intake_reads_a_scan_with_the_bundled_ocr_model(
    packaged: Packaged, tmp_path: Path
) -> None:
    """Tesseract's English model, eyecite's tables and dateparser's data travel with the app:
    an image-only scan is read by OCR, offline, and its fields suggested."""
    from tests.support.intake_documents import ice_subpoena_pdf, image_only_pdf, scan_images

    sandbox = Sandbox(tmp_path)
    scan = sandbox.observer / "scan.pdf"
    scan.write_bytes(image_only_pdf(scan_images(ice_subpoena_pdf())))
    run = packaged(sandbox, "intake", "scan", str(scan), "--json")
    found = json.loads(ok(run).stdout)
    assert found["method"] == "ocr"
    assert found["fields"]["issuer"]["value"] == "U.S. Immigration and Customs Enforcement"
    assert found["fields"]["authority"]["value"].startswith("8 U.S.C. 1225(d)")
    assert run.spy_log == ""
