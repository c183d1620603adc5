"""A full disk, for real: a small tmpfs mounted in a private mount namespace (`unshare`), the
vault copied onto it and the rest of it filled. A command that only reads still works and the
log's failure prints nothing; an import or a restore that runs out of room says the disk is
full, in one line, and leaves the vault as it was."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from services import demo
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault
from tests.conftest import PASSPHRASE, REPO
from tests.support.backups import BACKUP_PASSPHRASE, write

DISK_FULL = "quash: the disk is full; the command stopped and nothing it was writing was kept."


def _interchange(clients: int) -> dict[str, object]:
    note = "x" * 10000  # room-taking text, so the import outgrows the disk
    return {
        "format": "quash-interchange",
        "version": 1,
        "clients": [
            {"id": f"c{i}", "pseudonym": f"Client {i}", "notes": note} for i in range(clients)
        ],
        "accounts": [],
        "matters": [],
        "subpoenas": [],
        "deadlines": [],
        "events": [],
    }


def _in_a_full_disk(tmp_path: Path, script: str, size: str = "4m") -> list[dict[str, object]]:
    """Run `script` (lines of `python main.py` arguments; `fill` to fill the disk, `free` to
    empty it again, `ls` to list it) with DISK a fresh tmpfs of `size` holding a copy of
    `vault`; the result of each line."""
    unshare = shutil.which("unshare")
    assert unshare, "unshare (util-linux) is needed for a real full disk"
    driver = tmp_path / "driver.py"
    driver.write_text(
        f"""
import json, os, shutil, subprocess, sys
disk, results = {str(tmp_path / "disk")!r}, []
subprocess.run(["mount", "-t", "tmpfs", "-o", "size={size},mode=0700", "tmpfs", disk], check=True)
shutil.copytree({str(tmp_path / "vault")!r}, os.path.join(disk, "vault"))
for line in {script.strip().splitlines()!r}:
    args = [a.replace("DISK", disk) for a in line.split()]
    if args == ["fill"]:
        fd = os.open(os.path.join(disk, "filler"), os.O_WRONLY | os.O_CREAT, 0o600)
        for block in (65536, 1):  # to the last byte
            try:
                while True:
                    os.write(fd, bytes(block))
            except OSError:
                pass
        os.close(fd)
        continue
    if args == ["ls"]:
        results.append({{"args": args, "rc": 0, "out": sorted(os.listdir(disk)), "err": ""}})
        continue
    if args == ["free"]:
        os.remove(os.path.join(disk, "filler"))
        continue
    run = subprocess.run([sys.executable, {str(REPO / "main.py")!r}, *args],
                         capture_output=True, text=True, cwd={str(REPO)!r}, timeout=300)
    results.append({{"args": args, "rc": run.returncode, "out": run.stdout, "err": run.stderr}})
print(json.dumps(results))
"""
    )
    prefix = [unshare, "--mount"] if os.geteuid() == 0 else [unshare, "-rm"]
    (tmp_path / "disk").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUASH_")}
    env.update(
        QUASH_PASSPHRASE=PASSPHRASE,
        QUASH_BACKUP_PASSPHRASE=BACKUP_PASSPHRASE,
        QUASH_USER="Test Paralegal",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    run = subprocess.run(
        [*prefix, sys.executable, str(driver)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    return list(json.loads(run.stdout))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    vault, _ = create_vault(tmp_path / "vault", PASSPHRASE, params=MINIMUM_ARGON2)
    with UnitOfWork(vault, "t") as uow:
        demo.fill_public_cases(uow)
        uow.commit()
    vault.lock()
    return tmp_path / "vault"


def _clients(result: dict[str, object]) -> int:
    assert result["rc"] == 0, result
    return len(json.loads(str(result["out"])))


def test_reading_works_and_writing_says_the_disk_is_full(vault_dir: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text(json.dumps(_interchange(1000)))
    listed, status, imported, after, imported_later, after_later = _in_a_full_disk(
        tmp_path,
        f"""
        list clients --vault DISK/vault --json
        fill
        status --vault DISK/vault
        import --vault DISK/vault {shlex.quote(str(big))}
        list clients --vault DISK/vault --json
        free
        import --vault DISK/vault {shlex.quote(str(big))}
        list clients --vault DISK/vault --json
        """,
        size="24m",
    )
    count = _clients(listed)
    # `status` only reads: it works, and the log it cannot append to prints nothing.
    assert status["rc"] == 0 and status["err"] == "", status
    # The import meets the full disk: one line saying so; not one client of it was kept.
    assert imported["rc"] == 1 and imported["err"].strip() == DISK_FULL, imported  # type: ignore[union-attr]
    assert _clients(after) == count
    # With room again the same file imports whole: the vault was left as it was, and works.
    assert imported_later["rc"] == 0, imported_later
    assert _clients(after_later) == count + 1000


def test_a_restore_that_runs_out_of_room_says_so_and_leaves_nothing(
    vault_dir: Path, tmp_path: Path
) -> None:
    from storage.vault import unlock_with_passphrase

    with unlock_with_passphrase(vault_dir, PASSPHRASE) as vault:
        backup = write(vault, tmp_path / "stick")
    restore = f"backup restore {shlex.quote(str(backup))} --vault DISK/restored"
    restored, listing = _in_a_full_disk(tmp_path, f"fill\n{restore}\nls", size="4m")
    assert restored["rc"] == 1, restored
    lines = [line for line in str(restored["err"]).splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in str(restored["err"]), restored
    assert "Not enough space in" in lines[0] and "to restore the vault" in lines[0]
    assert listing["out"] == ["filler", "vault"]  # nothing half-restored was left
