"""A passphrase change or key rotation killed at each step (os._exit in a child process, the
real command line): the vault always opens, with exactly one of the passphrases, the printed
recovery key always works, and the next command records in the audit log how the interrupted
change ended."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from services import audit
from services.vaults import create
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import unlock_with_passphrase, unlock_with_recovery_key
from tests.conftest import PASSPHRASE, run_cli

REPO = Path(__file__).resolve().parents[2]
NEW = "a brand new office passphrase"

# The child runs the real command with one step replaced by a kill right after (or before) it.
CHILD = """
import os, sys
sys.path.insert(0, {repo!r})
os.environ["QUASH_PASSPHRASE"] = {old!r}
os.environ["QUASH_NEW_PASSPHRASE"] = {new!r}
import storage.key_changes as v
import storage.keyslots as k
k.calibrate_argon2 = lambda *a, **kw: k.MINIMUM_ARGON2
point = {point!r}
real_write, real_replace, real_fsync = v.write_atomically, v.os.replace, v.fsync_directory
def write(path, data):
    real_write(path, data)
    if point == "after the new key file" and path.name.endswith(".next"):
        os._exit(9)
def replace(a, b):
    if point == "after the rekey" and str(a).endswith(".next"):
        os._exit(9)
    real_replace(a, b)
def fsync(folder):
    real_fsync(folder)
    if point == "after the rename":
        os._exit(9)
v.write_atomically, v.os.replace, v.fsync_directory = write, replace, fsync
from cli.app import run
sys.exit(run({argv!r}))
"""

POINTS = ("after the new key file", "after the rekey", "after the rename")


@pytest.mark.parametrize("command", ["passphrase", "rotate"])
@pytest.mark.parametrize("point", POINTS)
def test_a_key_change_killed_at_each_step_leaves_a_vault_that_opens(
    tmp_path: Path, command: str, point: str
) -> None:
    folder = tmp_path / "vault"
    made = create(folder, PASSPHRASE, actor="Test Paralegal", params=MINIMUM_ARGON2)
    vault, recovery = made.vault, made.recovery_key
    vault.lock()
    argv = (
        ["passphrase", "change", "--vault", str(folder)]
        if command == "passphrase"
        else ["key", "rotate", "--vault", str(folder)]
    )
    child = CHILD.format(repo=str(REPO), old=PASSPHRASE, new=NEW, point=point, argv=argv)
    killed = subprocess.run([sys.executable, "-c", child], capture_output=True, timeout=120)
    assert killed.returncode == 9, killed.stderr

    new_passphrase = NEW if command == "passphrase" else PASSPHRASE
    opened = []
    for candidate in {PASSPHRASE, new_passphrase}:
        try:
            unlock_with_passphrase(folder, candidate).lock()
            opened.append(candidate)
        except Exception:  # noqa: BLE001 - the other one is expected to fail
            pass
    assert len(opened) == 1, opened
    if command == "passphrase":  # before the rekey the old passphrase, after it the new one
        assert opened == [PASSPHRASE if point == "after the new key file" else NEW]
    unlock_with_recovery_key(folder, recovery).lock()  # the printed sheet, every time

    status = run_cli("status", "--vault", str(folder), env={"QUASH_PASSPHRASE": opened[0]})
    assert status.returncode == 0, status.stderr
    assert not (folder / "quash.keys.next").exists()
    with unlock_with_passphrase(folder, opened[0]) as again, UnitOfWork(again, "t") as uow:
        steps = [e.detail.get("step") for e in audit.entries(uow, limit=10)]
    assert "started" in steps
    if point == "after the new key file":
        assert "abandoned after an interruption" in steps
    elif point == "after the rekey":
        assert "finished after an interruption" in steps
    assert json.dumps(steps)  # every entry readable
