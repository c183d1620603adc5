"""A restore killed at each step (os._exit in a child running the real `backup restore`): either
nothing was restored and the next restore works, or the restored vault is complete and the
recovery key the command printed before the kill opens it. Never a vault whose recovery key
nobody was shown."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from storage.backup import destination_state
from storage.vault import unlock_with_passphrase, unlock_with_recovery_key
from tests.conftest import REPO, run_cli
from tests.support.backups import BACKUP_PASSPHRASE, make_demo_vault, write

NEW = "the restored office passphrase"

CHILD = """
import os, sys
sys.path.insert(0, {repo!r})
os.environ["QUASH_PASSPHRASE"] = {new!r}
os.environ["QUASH_BACKUP_PASSPHRASE"] = {backup_passphrase!r}
import storage.keyslots as k
k.calibrate_argon2 = lambda *a, **kw: k.MINIMUM_ARGON2
import storage.backup.restore as b
import services.backups as s
import cli.backup_commands as c
point = {point!r}

def die():
    sys.stdout.flush()
    os._exit(9)

real_replace, real_rename, real_write = os.replace, os.rename, b.write_atomically
def replace(a, z):
    real_replace(a, z)
    if point == "after the rekey" and str(z).endswith("quash.db"):
        die()
def rename(a, z):
    real_rename(a, z)
    if point == "after the rename" and str(a).endswith(".restoring"):
        die()
def write(path, data):
    real_write(path, data)
    if point == "after the key file" and path.name == "quash.keys":
        die()
os.replace, os.rename, b.write_atomically = replace, rename, write

real_extract = b._extract
def extract(*args, **kwargs):
    if point == "while extracting":
        die()
    return real_extract(*args, **kwargs)
b._extract = extract

real_announce = c._announce_restored_key
def announce_then_die(interactive):
    shown = real_announce(interactive)
    def announce(key):
        shown(key)
        if point == "after the key is shown":
            die()
    return announce
c._announce_restored_key = announce_then_die

real_record = s.audit.record
def record(uow, action, *args, **kwargs):
    if point == "before the audit entry" and args[:1] == ("restore",):
        die()
    return real_record(uow, action, *args, **kwargs)
s.audit.record = record

from cli.app import run
sys.exit(run({argv!r}))
"""

POINTS = (
    "while extracting",
    "after the rekey",
    "after the key file",
    "after the key is shown",
    "after the rename",
    "before the audit entry",
)
KEY = re.compile(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})\s*$", re.MULTILINE)


@pytest.fixture(scope="module")
def backup_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    vault = make_demo_vault(folder / "vault")
    try:
        return write(vault, folder / "stick")
    finally:
        vault.lock()


@pytest.mark.parametrize("point", POINTS)
def test_a_restore_killed_at_each_step_never_hides_its_recovery_key(
    tmp_path: Path, backup_file: Path, point: str
) -> None:
    target = tmp_path / "restored"
    argv = ["backup", "restore", str(backup_file), "--vault", str(target)]
    child = CHILD.format(
        repo=str(REPO), new=NEW, backup_passphrase=BACKUP_PASSPHRASE, point=point, argv=argv
    )
    killed = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=300
    )
    assert killed.returncode == 9, killed.stderr
    shown = KEY.findall(killed.stdout)
    restored = destination_state(target) == "vault"

    if point in ("while extracting", "after the rekey", "after the key file"):
        assert shown == [] and not restored  # nothing restored, no key shown
    elif point == "after the key is shown":
        assert len(shown) == 1 and not restored  # shown, but it opens nothing: none was made
    else:
        assert len(shown) == 1 and restored
        unlock_with_recovery_key(target, shown[0]).lock()  # the key printed opens it
        unlock_with_passphrase(target, NEW).lock()
        status = run_cli("status", "--vault", str(target), env={"QUASH_PASSPHRASE": NEW})
        assert status.returncode == 0, status.stderr

    if not restored:  # the next restore cleans up after the killed one, and works
        again = run_cli(
            *argv, env={"QUASH_PASSPHRASE": NEW, "QUASH_BACKUP_PASSPHRASE": BACKUP_PASSPHRASE}
        )
        assert again.returncode == 0, again.stderr
        [key] = KEY.findall(again.stdout)
        unlock_with_recovery_key(target, key).lock()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
