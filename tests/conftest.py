"""Shared fixtures. Tests run headless (offscreen Qt) and need no display, keychain or network."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
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


@pytest.fixture
def vault(vault_dir: Path, fast_kdf: object) -> Iterator[object]:
    """A freshly created, unlocked vault in a temp dir, its only person "Test Paralegal" (an
    admin, so every action is open to the tests); locked after the test."""
    from services.vaults import create

    made = create(
        vault_dir,
        PASSPHRASE,
        actor="Test Paralegal",
        office_name="Test Office",
        params=fast_kdf,  # type: ignore[arg-type]
    )
    yield made.vault
    made.vault.lock()


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
) -> subprocess.CompletedProcess[str]:
    """Run `python main.py ARGS` in a child process, as a user or script would."""
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("QUASH_")}
    child_env["QUASH_PASSPHRASE"] = PASSPHRASE
    child_env["QUASH_USER"] = "Test Paralegal"
    child_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if extra_pythonpath:
        child_env["PYTHONPATH"] = extra_pythonpath + os.pathsep + child_env.get("PYTHONPATH", "")
    child_env.update(env or {})
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        capture_output=True,
        text=True,
        env=child_env,
        timeout=timeout,
        cwd=REPO,
    )
