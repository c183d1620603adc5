"""Killing a backup (SIGKILL: no cleanup, no atexit) at any moment of writing leaves either a
complete backup that verifies, or no file under a backup's final name; the next backup cleans
up what the killed one left, and the vault itself is never harmed.

The writer is a real child process backing up a real vault (with scanned documents, so there
is something to write) to a folder standing in for the stick. It reports each step; the parent
kills it at chosen steps: while snapshotting, deriving the key, writing, syncing, reading back,
and between the last check and the rename.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from services import audit
from storage import backup
from storage.backup import snapshot
from storage.uow import UnitOfWork
from storage.vault import unlock_with_passphrase
from tests.conftest import PASSPHRASE, REPO
from tests.support.backups import BACKUP_PASSPHRASE, make_demo_vault, quick_kdf

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt", reason="needs SIGKILL")]

WRITER = REPO / "tests" / "support" / "backup_writer.py"
MIB = 1 << 20

# (the step to wait for, how far into it, extra seconds after): one child is killed per entry.
KILLS: list[tuple[str, float, float]] = [
    ("READY", 0.0, 0.0),  # unlocked; the snapshot is starting
    ("Taking a snapshot", 0.0, 0.02),
    ("Deriving", 0.0, 0.0),
    ("Encrypting and writing", 0.0, 0.0),  # the partial file has just been created
    ("Encrypting and writing", 0.4, 0.0),
    ("Encrypting and writing", 1.0, 0.0),  # flush and fsync
    ("Verifying", 0.0, 0.0),
    ("Verifying", 0.5, 0.0),
    ("Verifying", 1.0, 0.0),  # checked; about to rename
    ("Verifying", 1.0, 0.002),  # around the rename and the folder's fsync
]


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUASH_")}
    env["QUASH_PASSPHRASE"] = PASSPHRASE
    env["QUASH_BACKUP_PASSPHRASE"] = BACKUP_PASSPHRASE
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def reached(line: str, step: str, fraction: float) -> bool:
    if step == "READY":
        return line == "READY"
    if not line.startswith("STEP "):
        return False
    _tag, done, total, text = line.split(" ", 3)
    return text.startswith(step) and (int(total) == 0 or int(done) >= fraction * int(total))


def run_and_kill(
    vault: Path, target: Path, step: str, fraction: float, extra: float, held_limit: int
) -> str:
    """Start a writer, SIGKILL it once it reaches `step`. Returns 'killed' or 'finished'."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(vault), str(target), str(held_limit)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=REPO,
    )
    watchdog = threading.Timer(60, proc.kill)  # a stuck child cannot hang the run
    watchdog.start()
    try:
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.strip()
            if line.startswith("DONE "):
                break
            if reached(line, step, fraction):
                if extra:
                    time.sleep(extra)  # the deliberate kill delay
                os.kill(proc.pid, signal.SIGKILL)
                break
        _out, err = proc.communicate(timeout=30)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    if proc.returncode == -signal.SIGKILL:
        return "killed"
    assert proc.returncode == 0, f"the writer failed on its own: {err}"
    return "finished"


def finals(target: Path) -> list[Path]:
    return sorted(
        p for p in target.iterdir() if p.name.endswith(backup.SUFFIX) and not p.name.startswith(".")
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if backup.LEFTOVER.match(p.name))


@pytest.fixture
def _quick_kdf() -> Iterator[None]:
    with quick_kdf():
        yield


@pytest.mark.parametrize(
    "held_limit",
    [snapshot.HELD_SEAL_LIMIT, 0],
    ids=["sealed straight from the held vault file", "through a local snapshot"],
)
def test_a_killed_backup_never_leaves_a_final_file_that_fails_to_verify(
    tmp_path: Path, _quick_kdf: None, held_limit: int
) -> None:
    vault_dir = tmp_path / "vault"
    target = tmp_path / "stick"
    target.mkdir()
    make_demo_vault(vault_dir, document_bytes=(3 * MIB,) * 3).lock()

    outcomes: Counter[str] = Counter()
    verified: set[str] = set()
    seen_leftovers: Counter[str] = Counter()
    for step, fraction, extra in KILLS:
        outcome = run_and_kill(vault_dir, target, step, fraction, extra, held_limit)
        outcomes[outcome] += 1
        # The invariant: whatever has a backup's final name is complete and verifies.
        for path in finals(target):
            if path.name not in verified:
                backup.verify_file(path, BACKUP_PASSPHRASE)
                verified.add(path.name)
        for name in leftovers(target) + leftovers(vault_dir):
            seen_leftovers[name.rsplit(".", 1)[-1]] += 1
        # Each new writer first removes what the killed ones left.
        assert len(leftovers(target)) <= 1, leftovers(target)
        assert len(leftovers(vault_dir)) <= 1, leftovers(vault_dir)

    assert outcomes["killed"] >= len(KILLS) - 2, outcomes
    # Kills really landed mid-write: half-written files (and snapshots) were left to clean up.
    assert seen_leftovers["partial"] >= 3, seen_leftovers
    if held_limit == 0:
        assert seen_leftovers["snapshot"] >= 3, seen_leftovers
    else:
        assert seen_leftovers["snapshot"] == 0, seen_leftovers

    # A backup run to the end afterwards succeeds and leaves nothing behind.
    assert run_and_kill(vault_dir, target, "never", 0.0, 0.0, held_limit) == "finished"
    assert leftovers(target) == [] and leftovers(vault_dir) == []
    for path in finals(target):
        backup.verify_file(path, BACKUP_PASSPHRASE)
    assert len(finals(target)) == len(verified | {p.name for p in finals(target)})

    # The vault was only ever read: it is whole, and only finished backups are in its log.
    with unlock_with_passphrase(vault_dir, PASSPHRASE) as vault:
        assert vault.integrity_problems() == []
        with UnitOfWork(vault, "t") as uow:
            assert audit.verify(uow).intact
            logged = {e.detail["file"] for e in audit.entries(uow, entity="backup file")}
    assert logged <= {p.name for p in finals(target)}
    assert logged, "the finished backup was not recorded"
