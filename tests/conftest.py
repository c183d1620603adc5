"""Shared fixtures. Tests run headless (offscreen Qt) and need no display, keychain or network."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
FLOOR_KDF = REPO / "tests" / "support" / "floor_kdf"  # a child's sitecustomize: see run_cli
PASSPHRASE = "correct horse battery staple"


# The longest test files, started first: xdist hands out whole files (--dist=loadfile), and one
# of these drawn last keeps a worker busy for minutes while the other sits idle.
LONGEST_FIRST = (
    "tests/packaging/test_packaged_app.py",
    "tests/integration/test_people.py",
    "tests/integration/test_cli.py",
    "tests/integration/test_crash_safety.py",
    "tests/integration/test_backup_crash.py",
    "tests/integration/test_reports_cli.py",
    "tests/integration/test_restore_crashes.py",
    "tests/integration/test_key_change_crashes.py",
    "tests/integration/test_no_network.py",
    "tests/integration/test_damaged_pages.py",
    "tests/integration/test_intake.py",
    "tests/integration/test_backup_roundtrip.py",
    "tests/integration/test_bench_smoke.py",
    "tests/integration/test_full_disk.py",
    "tests/gui/test_open_vault.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))


@pytest.fixture
def fast_kdf() -> object:
    """The Argon2id floor (64 MiB, 3 passes): real Argon2id, minus the calibration time."""
    from storage.keyslots import MINIMUM_ARGON2

    return MINIMUM_ARGON2


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture(scope="session")
def new_vault_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    """A vault made once per test process as `vault` describes (real Argon2id, real
    migrations), locked: its files, and what its first person's key slot yields."""
    from services.vaults import create
    from storage.keyslots import MINIMUM_ARGON2, Opened

    folder = tmp_path_factory.mktemp("new-vault") / "vault"
    made = create(
        folder, PASSPHRASE, actor="Test Paralegal", office_name="Test Office", params=MINIMUM_ARGON2
    )
    identity = made.vault.identity
    assert identity is not None
    opened = Opened(identity.person, identity.keys, made.vault.data_key())
    made.vault.lock()
    return folder, opened


@pytest.fixture
def vault(vault_dir: Path, new_vault_files: tuple[Path, object]) -> Iterator[object]:
    """A freshly created, unlocked vault in a temp dir, its only person "Test Paralegal" (an
    admin, so every action is open to the tests); locked after the test.

    Each test gets its own copy of one vault made for the whole test process, opened through
    the vault's own open path (key file MAC, database, migrations, the person's identity) with
    what the passphrase's slot yields, so hundreds of tests do not each pay Argon2id and every
    migration again (minutes of the suite). Tests of making a vault make their own."""
    from storage.vault import _open

    files, opened = new_vault_files
    shutil.copytree(files, vault_dir)
    made = _open(vault_dir, lambda _key_file: opened)  # type: ignore[arg-type,return-value]
    yield made
    made.lock()


@pytest.fixture
def uow(vault: object) -> Iterator[object]:
    from storage.uow import UnitOfWork

    with UnitOfWork(vault, "Test Paralegal") as u:  # type: ignore[arg-type]
        yield u


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    extra_pythonpath: str | None = None,
    stdin: int | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `python main.py ARGS` in a child process, as a user or script would. The passphrases
    it sets get Argon2id's floor (tests/support/floor_kdf) unless `extra_pythonpath` names
    another child set-up: these tests check what a command does, not how long a calibrated
    derivation takes on each of some 250 runs. The network-cut flows (test_no_network) run
    calibrated, as a user's do, and calibration has its own test (test_vault). `stdin` is
    the test run's own unless a test hands one in (a terminal's, for a prompt)."""
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("QUASH_")}
    child_env["QUASH_PASSPHRASE"] = PASSPHRASE
    child_env["QUASH_USER"] = "Test Paralegal"
    child_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    child_setup = extra_pythonpath or str(FLOOR_KDF)
    child_env["PYTHONPATH"] = child_setup + os.pathsep + child_env.get("PYTHONPATH", "")
    child_env.update(env or {})
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        env=child_env,
        timeout=timeout,
        cwd=REPO,
    )
