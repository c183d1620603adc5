"""Quash's benchmark suite: how fast the app stays with a large office's case load.

    python -m benchmarks.bench [--size 10000] [--repeat 5] [--out docs/PERFORMANCE.md]
    python -m benchmarks.bench --only list,deadline-report      # a subset; prints, writes nothing

Builds (once, cached in benchmarks/.cache/) a synthetic vault with `--size` matters and the
proportions of `demo --size` (10,000 matters, 2,000 clients, 3,000 accounts, 20,000 subpoenas,
100,000 deadlines, 50,000 docket events), runs each measurement `--repeat` times and writes the
medians, with the machine's description, to a Markdown file. Ratios are measured against a
baseline run on the same machine in the same moment (plain SQLite, `cp`), so a noisy box shifts
both sides alike. GUI, report and start-up figures run in fresh processes (benchmarks/probe.py).
The "## History" section of the output file is kept from one run to the next. Not part of the
test run; tests/integration/test_bench_smoke.py keeps it alive.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hmac
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import probe  # noqa: E402
from benchmarks.common import Result, large_vault, median_of, timed  # noqa: E402
from services import backups, interchange, queries, search  # noqa: E402
from storage import backup, keyslots  # noqa: E402
from storage.atomic import fsync_directory  # noqa: E402
from storage.backup import crypto, restore, writer  # noqa: E402
from storage.keyslots import MINIMUM_ARGON2  # noqa: E402
from storage.uow import UnitOfWork  # noqa: E402
from storage.vault import DB_NAME, create_vault, unlock_with_passphrase  # noqa: E402

PASSPHRASE = probe.PASSPHRASE
PROBE = REPO / "benchmarks" / "probe.py"


# ---- the large vault -------------------------------------------------------------------------


def interchange_file(cache: Path, folder: Path, size: int) -> Path:
    path = cache / f"interchange-{size}.json"
    if not path.exists():
        with unlock_with_passphrase(folder, PASSPHRASE) as vault, UnitOfWork(vault, "b") as uow:
            doc = interchange.export_document(uow, include_sealed=True)
        path.write_text(json.dumps(doc))
    return path


# ---- measurements ----------------------------------------------------------------------------


def unlock_to_dashboard(folder: Path, repeat: int) -> Result:
    """Unlock (less the Argon2id derivation, measured alone) until dashboard data is ready."""

    def kdf() -> float:
        return timed(lambda: keyslots._argon2(PASSPHRASE, b"0" * 16, MINIMUM_ARGON2))

    def once() -> float:
        started = time.perf_counter()
        vault = unlock_with_passphrase(folder, PASSPHRASE)
        with UnitOfWork(vault, "b") as uow:
            queries.dashboard(uow, dt.date.today())
        elapsed = time.perf_counter() - started
        vault.lock()
        return elapsed

    value = max(0.0, median_of(repeat, once) - median_of(repeat, kdf))
    return Result(
        "unlock (excluding key derivation) to dashboard data ready", "≤ 0.3 s", value, "s", 0.3
    )


def import_large_file(cache: Path, path: Path, repeat: int) -> Result:
    def once() -> float:
        target = Path(tempfile.mkdtemp(dir=cache)) / "v"
        vault, _ = create_vault(target, PASSPHRASE, params=MINIMUM_ARGON2)
        started = time.perf_counter()
        doc = json.loads(path.read_text())
        with vault, UnitOfWork(vault, "b") as uow:
            interchange.import_document(uow, doc)
            uow.commit()
        elapsed = time.perf_counter() - started
        shutil.rmtree(target.parent)
        return elapsed

    return Result(
        "import of the large interchange file",
        "≤ 30 s",
        median_of(max(1, repeat // 2), once),
        "s",
        30,
    )


def cipher_vs_plain(cache: Path, repeat: int, rows: int = 20_000) -> Result:
    """The same workload (insert, query upcoming, update) on a vault and on plain SQLite."""
    script = REPO / "benchmarks" / "workload.py"

    def run(mode: str) -> float:
        # The workload commits 221 times, each waiting for the disk: flush what earlier
        # measurements left to write first, so it does not land in one side's timing.
        os.sync()
        out = subprocess.run(
            [sys.executable, str(script), mode, str(cache), str(rows)],
            check=True,
            capture_output=True,
            text=True,
            cwd=REPO,
        )
        return float(out.stdout.strip().splitlines()[-1])

    ratios = []
    # Of all the figures this one swings most with the shared disk's other work: more pairs.
    for i in range(2 * repeat - 1):  # alternate which side goes first, so drifting load cancels
        if i % 2 == 0:
            cipher = run("cipher")
            plain = run("plain")
        else:
            plain = run("plain")
            cipher = run("cipher")
        ratios.append(cipher / plain)
    return Result(
        "SQLCipher vault vs the same workload on plain SQLite (insert, query upcoming, update)",
        "≤ 1.3×",
        statistics.median(ratios),
        "x",
        1.3,
        f"{rows:,} deadlines; median of {len(ratios)} pairs, which ranged "
        f"{min(ratios):.2f}–{max(ratios):.2f}×",
    )


SEARCH_WORDS = ("reply", "matter 01", "meta", "@watch_0")  # typed a letter at a time


def search_keystrokes(folder: Path, repeat: int) -> Result:
    """The search box's work for each keystroke (two letters on) of a few words, and one "more"
    page for its first kind, on the large vault's full-text index."""
    keys: list[float] = []
    pages: list[float] = []
    with unlock_with_passphrase(folder, PASSPHRASE) as vault, UnitOfWork(vault, "b") as uow:
        indexed = int(uow.session.scalar(text(f"SELECT count(*) FROM {search.TABLE}")) or 0)
        matched: dict[str, int] = {}
        for _ in range(repeat):
            for word in SEARCH_WORDS:
                for end in range(search.MIN_CHARS, len(word) + 1):
                    started = time.perf_counter()
                    found = search.search(uow, word[:end])
                    keys.append(time.perf_counter() - started)
                matched[word] = found.total
                if found.groups:
                    started = time.perf_counter()
                    search.more(uow, word, found.groups[0].kind, search.PER_KIND)
                    pages.append(time.perf_counter() - started)
    words = ", ".join(f"“{w}” {n:,}" for w, n in matched.items())
    return Result(
        f"search: one keystroke in the search box, {indexed:,} records indexed",
        "≤ 50 ms",
        statistics.median(keys),
        "ms",
        0.050,
        f"{len(keys)} keystrokes, slowest {max(keys) * 1000:.0f} ms; a “more” page "
        f"{statistics.median(pages) * 1000:.0f} ms; hits for the whole word: {words}",
    )


# ---- measurements in a process of their own (benchmarks/probe.py) ----------------------------


def run_probe(name: str, folder: Path, *args: object, start_clock: bool = False) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(PROBE), name, str(folder), *map(str, args)]
    if start_clock:
        env[probe.T0_ENV] = repr(time.time())  # the last thing before the process starts
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO, env=env)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def deadlines_list(folder: Path, repeat: int, size: int) -> list[Result]:
    """First rows of the deadlines list, and filter keystrokes, on the real widgets."""
    runs = [run_probe("list", folder) for _ in range(repeat)]
    keys = [k for r in runs for k in r["keystrokes"]]
    matching = " → ".join(f"{n:,}" for n in runs[0]["matching"])
    return [
        Result(
            f"deadlines list: first rows shown with {size * 10:,} deadlines",
            "≤ 0.5 s",
            statistics.median(r["first_rows"] for r in runs),
            "s",
            0.5,
            f"{runs[0]['total']:,} open deadlines listed",
        ),
        Result(
            "deadlines list: one filter keystroke",
            "≤ 50 ms",
            statistics.median(keys),
            "ms",
            0.050,
            f"typing “{probe.FILTER_WORD}”, {len(keys)} keystrokes, slowest "
            f"{max(keys) * 1000:.0f} ms; rows matching {matching}",
        ),
    ]


def app_start(folder: Path, repeat: int) -> Result:
    value = median_of(repeat, lambda: run_probe("start", folder, start_clock=True)["seconds"])
    return Result("app start to unlock window", "≤ 1.5 s", value, "s", 1.5)


def memory_every_list(folder: Path, repeat: int) -> Result:
    runs = [run_probe("memory", folder) for _ in range(max(1, repeat // 2))]
    return Result(
        "resident memory after unlocking the large vault and opening every list",
        "≤ 400 MB",
        statistics.median(r["rss_mb"] for r in runs),
        "MB",
        400,
        f"all {runs[0]['pages']} pages opened; peak {max(r['peak_mb'] for r in runs):.0f} MB",
    )


def deadline_report(folder: Path, cache: Path, repeat: int) -> Result:
    out = cache / "deadline-report.pdf"
    runs = [run_probe("deadline-report", folder, out, 30) for _ in range(repeat)]
    out.unlink(missing_ok=True)
    return Result(
        "deadline report for the next 30 days",
        "≤ 3 s",
        statistics.median(r["seconds"] for r in runs),
        "s",
        3,
        f"{runs[0]['rows']:,} deadlines on {runs[0]['pages']:,} page(s)",
    )


def subpoena_register(folder: Path, cache: Path, repeat: int, size: int) -> list[Result]:
    out = cache / "register.pdf"
    runs = [run_probe("register", folder, out) for _ in range(max(1, repeat // 2))]
    # Once more over half the subpoenas: how memory grows with the register's length.
    half = run_probe("register", folder, out, "half")
    out.unlink(missing_ok=True)
    peak = statistics.median(r["peak_mb"] for r in runs)
    rows, pages = runs[0]["rows"], runs[0]["pages"]
    growth = (peak - half["peak_mb"]) / max(1, rows - half["rows"]) * 1000
    return [
        Result(
            f"subpoena register with charts for all {size * 2:,} subpoenas",
            "≤ 30 s",
            statistics.median(r["seconds"] for r in runs),
            "s",
            30,
            f"{rows:,} subpoenas on {pages:,} page(s)",
        ),
        Result(
            "subpoena register: peak resident memory of the whole process",
            "bounded (≤ 400 MB)",
            peak,
            "MB",
            400,
            f"{runs[0]['before_mb']:.0f} MB before it starts; {half['peak_mb']:.0f} MB for "
            f"{half['rows']:,} subpoenas: about {growth:.1f} MB more per 1,000",
        ),
    ]


# ---- backup and restore against `cp` ---------------------------------------------------------


@contextlib.contextmanager
def clocked(*functions: tuple[Any, str]) -> Iterator[list[float]]:
    """Add up the seconds spent in each (module, function name) while the block runs; the
    benchmark's own wrapping, put back afterwards: nothing in Quash changes."""
    spent = [0.0]
    originals = [(module, name, getattr(module, name)) for module, name in functions]

    def clock(fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - started

        return run

    for module, name, fn in originals:
        setattr(module, name, clock(fn))
    try:
        yield spent
    finally:
        for module, name, fn in originals:
            setattr(module, name, fn)


def kdf_clock() -> contextlib.AbstractContextManager[list[float]]:
    """Argon2id's seconds, to leave them out as the unlock measurement does (a backup derives
    its key where it reads one and where it writes one)."""
    return clocked((keyslots, "_argon2"), (crypto, "derive_kek"), (writer, "derive_kek"))


def rekey_clock() -> contextlib.AbstractContextManager[list[float]]:
    """The seconds a restore spends putting the database under its new data key."""
    return clocked((restore, "_rekey"))


def copy_vault_file(folder: Path, work: Path) -> float:
    """The baseline: copy quash.db, then fsync the copy and its folder (as a backup does)."""
    target = work / "copy"
    target.mkdir()
    started = time.perf_counter()
    shutil.copyfile(folder / DB_NAME, target / DB_NAME)
    fd = os.open(target / DB_NAME, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_directory(target)
    elapsed = time.perf_counter() - started
    shutil.rmtree(target)
    return elapsed


def reencryption_floor(path: Path) -> float:
    """The least that putting the vault file under a new key can cost on this machine:
    SQLCipher's page cipher (AES-256-CBC and HMAC-SHA512) run by OpenSSL over the whole file in
    three bulk calls (decrypt under the old key, encrypt under the new, MAC), no SQLite around
    it and no per-page work. SQLCipher's own rekey also checks each old page's MAC."""
    data = path.read_bytes()
    data = data[: len(data) - len(data) % 16]
    key, iv = os.urandom(32), os.urandom(16)
    started = time.perf_counter()
    Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor().update(data)
    Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor().update(data)
    hmac.digest(key, data, "sha512")
    return time.perf_counter() - started


def backup_and_restore(folder: Path, cache: Path, repeat: int) -> list[Result]:
    """Backup create + verify, and restore, each against copying the vault file, interleaved
    so both sides of each ratio share the machine's moment."""
    work = Path(tempfile.mkdtemp(dir=cache))
    rounds: dict[str, list[float]] = {
        k: []
        for k in (
            "cp",
            "create",
            "verify",
            "restore",
            "rekey",
            "floor",
            "floor_x",
            "made_x",
            "create_x",
            "restored_x",
            "copied_x",
        )
    }
    try:
        with unlock_with_passphrase(folder, PASSPHRASE) as vault:
            for round_ in range(repeat):
                baseline = copy_vault_file(folder, work)
                target = work / "stick"
                target.mkdir()
                with kdf_clock() as spent, UnitOfWork(vault, "benchmark") as uow:
                    started = time.perf_counter()
                    created = backups.create_backup(
                        uow, target, PASSPHRASE, params=MINIMUM_ARGON2
                    )  # not committed: the vault's audit log stays as built
                    create = time.perf_counter() - started - spent[0]
                    backups.verify_backup(created.path, PASSPHRASE)
                    made = time.perf_counter() - started - spent[0]
                rounds["cp"].append(baseline)
                rounds["create"].append(create)
                rounds["verify"].append(made - create)
                rounds["made_x"].append(made / baseline)
                rounds["create_x"].append(create / baseline)

                baseline = copy_vault_file(folder, work)
                with kdf_clock() as spent, rekey_clock() as rekey:
                    started = time.perf_counter()
                    backups.restore_backup(
                        created.path,
                        PASSPHRASE,
                        work / f"restored-{round_}",
                        PASSPHRASE,
                        actor="benchmark",
                        params=MINIMUM_ARGON2,
                    )
                    elapsed = time.perf_counter() - started - spent[0]
                rounds["cp"].append(baseline)
                rounds["restore"].append(elapsed)
                rounds["rekey"].append(rekey[0])
                rounds["restored_x"].append(elapsed / baseline)
                rounds["copied_x"].append((elapsed - rekey[0]) / baseline)
                floor = reencryption_floor(folder / DB_NAME)
                rounds["floor"].append(floor)
                rounds["floor_x"].append(floor / baseline)
                shutil.rmtree(target)
                shutil.rmtree(work / f"restored-{round_}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    m = {k: statistics.median(v) for k, v in rounds.items()}
    size = backup.human_size((folder / DB_NAME).stat().st_size)
    return [
        Result(
            "backup create + verify vs copying the vault file with `cp`",
            "≤ 3×",
            m["made_x"],
            "x",
            3,
            f"{size} vault; cp + fsync {m['cp'] * 1000:.0f} ms; create "
            f"{m['create'] * 1000:.0f} ms ({m['create_x']:.1f}× alone; it reads its file back "
            f"from the device), verify {m['verify'] * 1000:.0f} ms; Argon2id left out; "
            f"ratios ranged {min(rounds['made_x']):.2f}–{max(rounds['made_x']):.2f}×",
        ),
        Result(
            "restore vs copying the vault file with `cp`",
            "≤ 3×",
            m["restored_x"],
            "x",
            3,
            f"restore {m['restore'] * 1000:.0f} ms, of which {m['rekey'] * 1000:.0f} ms put every "
            "page under a new data key (so a key from the old machine opens nothing restored; "
            f"see docs/backup-format.md); the rest is {m['copied_x']:.1f}× cp. Re-encrypting "
            f"the file at all costs at least {m['floor'] * 1000:.0f} ms here "
            f"({m['floor_x']:.1f}× cp: OpenSSL's AES-256-CBC decrypt and encrypt and "
            "HMAC-SHA512 over it in bulk), so a restore under a new key cannot reach 3× cp on "
            "this machine; Argon2id (three derivations) left out",
        ),
    ]


MEASUREMENTS = (
    "unlock",
    "list",
    "search",
    "start",
    "memory",
    "deadline-report",
    "register",
    "import",
    "cipher",
    "backup",
)


# ---- the report ------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import sqlcipher3

    version = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; SQLCipher {version[0] if version else '?'}"
    )


METHOD = """\
## How each figure is measured

Every figure is timed in process with `time.perf_counter()`; GUI figures come from Quash's real
widgets on Qt's offscreen platform, each run in a fresh process (`benchmarks/probe.py`).

- **Unlock to dashboard**: open the vault with its passphrase and compute the dashboard's data;
  the Argon2id derivation (the benchmark vault uses the 64 MiB minimum; a real vault is tuned
  to about half a second) is timed alone and subtracted.
- **Deadlines list, first rows**: with the vault unlocked and Qt warmed up on the clients list
  (as in a running app), from constructing the real `RecordsPage` for deadlines until its table
  has painted with rows: the widgets, the page's first query, its count, the people pick-list
  and the first paint. It lists open deadlines, the page's default.
- **Deadlines list, one filter keystroke**: a real key event into the filter box, then the
  filter applied at once (what the end of the 250 ms typing pause, or Enter, does), until the
  list has been painted again: the count of matches, the first page of rows, the model reset
  and the repaint. The 250 ms pause itself, which waits for the next key, is not counted.
- **Search keystroke**: `services.search.search` (what the search box runs once typing
  pauses: the full-text match, counts per kind, the first hits of each kind ranked, their
  labels and excerpts) for each prefix of two letters or more of a few words, in process on the
  unlocked large vault; and one “more” page (`services.search.more`) per word. Qt's drawing of
  the drop-down is not included.
- **App start to unlock window**: from the moment before the parent starts a new Python process
  until the unlock dialog has been painted (wall clock across the two processes). The child
  imports `gui.app` as `main.py` does, then builds the `QApplication` and `UnlockDialog` as
  `gui.app.run_gui` and `gui.start.choose_vault` do; only the QSettings read of the last vault
  is left out.
- **Resident memory**: VmRSS from `/proc/self/status` after unlocking, building the
  `MainWindow` and showing each of its pages in turn (each list loads its first page).
- **Reports**: `reports.deadline_report` (open deadlines due in the next 30 days, by day; the
  printed report's “and everything overdue” is off) and `reports.register` (all dates, with its
  four charts), written to a PDF in a fresh process whose first report this is (fonts are
  registered inside the timing). Peak memory is the process's VmHWM, import and vault included.
- **Import**: parse the interchange file exported from the large vault and import it into a new
  vault.
- **Ratios**: each pair runs back to back, and the median of the per-pair ratios is reported.
  SQLCipher vs plain SQLite runs `benchmarks/workload.py` in two processes. Backup and restore
  are compared with copying `quash.db` by `shutil.copyfile` and then fsyncing the copy and its
  folder, as the backup fsyncs its file and folder; source and target are on the same disk.
  “Create + verify” is `services.backups.create_backup` (copy the held vault file, seal, fsync,
  read back from the device and authenticate, rename, audit entry) followed by `verify_backup`
  (every byte authenticated; `--deep`, which also runs SQLite's integrity check, is not timed);
  restore is `services.backups.restore_backup` into a new folder (authenticate and decrypt, new
  data key, new key slots, migrations, audit check). Argon2id runs at the 64 MiB minimum and its
  time, clocked while it runs, is subtracted, as for unlocking.

The machine has 2 cores and may be running other work at the same time; the load average is
noted above. Ratios hold up better than absolute times on such a box.
"""


def write_report(
    results: list[Result], out: Path, size: int, repeat: int, load: tuple[float, float]
) -> None:
    lines = [
        "# Performance",
        "",
        f"Measured {dt.datetime.now():%Y-%m-%d %H:%M} by `benchmarks/bench.py` on: {machine()}. "
        f"Load average (1 min) {load[0]:.2f} at the start, {load[1]:.2f} at the end.",
        "",
        f"Vault: `demo --size {size}` ({size:,} matters, {size // 5:,} clients, "
        f"{size * 3 // 10:,} accounts, {size * 2:,} subpoenas, {size * 10:,} deadlines, "
        f"{size * 5:,} docket events). Each figure is the median of {repeat} "
        f"run{'s' if repeat != 1 else ''} unless its note says otherwise.",
        "",
        "| what | target | median | met | note |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.target} | {r.shown()} | {'yes' if r.ok else '**no**'} | {r.note} |"
        )
    history = (
        out.read_text().split("## History", 1)[1]
        if out.exists() and "## History" in out.read_text()
        else "\n"
    )
    lines += ["", METHOD, "## History", "", history.strip("\n"), ""]
    out.write_text("\n".join(lines))


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=None, help="default docs/PERFORMANCE.md")
    parser.add_argument("--cache", type=Path, default=REPO / "benchmarks" / ".cache")
    parser.add_argument(
        "--only",
        default="",
        help=f"comma-separated subset of {','.join(MEASUREMENTS)}; writes a report only with --out",
    )
    args = parser.parse_args(argv)
    only = [m for m in args.only.split(",") if m]
    unknown = set(only) - set(MEASUREMENTS)
    if unknown:
        parser.error(f"unknown measurement(s): {', '.join(sorted(unknown))}")
    out = args.out or (None if only else REPO / "docs" / "PERFORMANCE.md")
    args.cache.mkdir(parents=True, exist_ok=True)
    size, repeat, cache = args.size, args.repeat, args.cache
    folder = large_vault(cache, size)
    steps: dict[str, Callable[[], Result | list[Result]]] = {
        "unlock": lambda: unlock_to_dashboard(folder, repeat),
        "list": lambda: deadlines_list(folder, repeat, size),
        "search": lambda: search_keystrokes(folder, repeat),
        "start": lambda: app_start(folder, repeat),
        "memory": lambda: memory_every_list(folder, repeat),
        "deadline-report": lambda: deadline_report(folder, cache, repeat),
        "register": lambda: subpoena_register(folder, cache, repeat, size),
        "import": lambda: import_large_file(cache, interchange_file(cache, folder, size), repeat),
        "cipher": lambda: cipher_vs_plain(cache, repeat, min(20_000, max(1000, size * 2))),
        "backup": lambda: backup_and_restore(folder, cache, repeat),
    }
    load_at_start = load_average()
    results: list[Result] = []
    for name in MEASUREMENTS:
        if only and name not in only:
            continue
        found = steps[name]()
        for r in found if isinstance(found, list) else [found]:
            print(f"{'ok ' if r.ok else 'MISS'} {r.name}: {r.shown()} (target {r.target})")
            results.append(r)
    if out is not None:
        write_report(results, out, size, repeat, (load_at_start, load_average()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
