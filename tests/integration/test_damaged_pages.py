"""A vault with a damaged page (one flipped byte) is never backed up as "verified", never lets
--keep remove the last good backup, and every command that meets it exits 4 with one line
naming the file; a backup whose database was damaged before it was sealed fails plain
`backup verify` and restore with exit 4, not "out of memory"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from services import backups, demo
from storage.backup import writer
from storage.backup.pages import PageCheck
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault
from tests.conftest import PASSPHRASE, run_cli
from tests.support.backups import BACKUP_PASSPHRASE, as_format_2

PAGE = 4096


def _flip_a_page(db: Path, page: int = 5) -> None:
    data = bytearray(db.read_bytes())
    data[PAGE * page + 100] ^= 0xFF
    db.write_bytes(bytes(data))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2)
    with UnitOfWork(vault, "t") as uow:
        demo.fill_public_cases(uow)
        uow.commit()
    vault.lock()
    return folder


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_commands_meeting_a_damaged_page_exit_4_naming_the_file(vault_dir: Path) -> None:
    _flip_a_page(vault_dir / "quash.db")
    for command in (["status"], ["list", "deadlines"], ["audit", "verify"]):
        result = run_cli(*command, "--vault", str(vault_dir))
        if result.returncode == 0 and command != ["status"]:
            continue  # this command did not read the damaged page (status counts every table)
        assert result.returncode == 4, (command, result.stderr)
        line = _one_line(result.stderr)
        assert "quash.db is damaged" in line and "fail SQLCipher's check" in line


def test_a_damaged_vault_is_not_backed_up_and_keep_removes_nothing(
    vault_dir: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {"QUASH_BACKUP_PASSPHRASE": BACKUP_PASSPHRASE}
    good = run_cli("backup", "create", "--vault", str(vault_dir), "--to", str(stick), env=env)
    assert good.returncode == 0, good.stderr
    [first] = list(stick.iterdir())

    _flip_a_page(vault_dir / "quash.db")
    result = run_cli(
        "backup", "create", "--vault", str(vault_dir), "--to", str(stick), "--keep", "1", env=env
    )
    assert result.returncode == 4
    assert "quash.db is damaged" in _one_line(result.stderr)
    assert list(stick.iterdir()) == [first]  # the last good backup is still there


def test_keep_counts_only_backups_that_verify(vault_dir: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {"QUASH_BACKUP_PASSPHRASE": BACKUP_PASSPHRASE}
    for _ in range(2):
        done = run_cli("backup", "create", "--vault", str(vault_dir), "--to", str(stick), env=env)
        assert done.returncode == 0, done.stderr
    oldest, newer = sorted(stick.iterdir(), key=lambda p: p.stat().st_mtime_ns)
    damaged = bytearray(newer.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01  # the newer one goes bad on the stick
    newer.write_bytes(bytes(damaged))
    done = run_cli(
        "backup", "create", "--vault", str(vault_dir), "--to", str(stick), "--keep", "2", env=env
    )
    assert done.returncode == 0, done.stderr
    names = {p.name for p in stick.iterdir()}
    assert oldest.name in names  # the last good older backup was kept, not the damaged one
    assert newer.name in names  # and the damaged one is left for a person to look at


def test_a_backup_sealed_with_a_damaged_page_fails_verify_and_restore_with_exit_4(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a Quash before format 3 could have sealed it, without checking its pages; and in
    format 3 by a Quash whose check was broken. The damaged page is one of a scanned
    document's, which reading the header's facts does not read."""
    from services import documents
    from storage.vault import unlock_with_passphrase

    with unlock_with_passphrase(vault_dir, PASSPHRASE) as vault, UnitOfWork(vault, "t") as uow:
        documents.attach(uow, documents.on_subpoena(1), "scan.pdf", os.urandom(256 * 1024))
        uow.commit()
    db = vault_dir / "quash.db"
    _flip_a_page(db, page=db.stat().st_size // PAGE - 20)
    stick = tmp_path / "stick"
    stick.mkdir()

    class _NoCheck(PageCheck):
        def finish(self) -> int:
            super().finish()
            return 0  # the check at sealing skipped: no page fails

    monkeypatch.setattr(writer, "PageCheck", _NoCheck)
    with unlock_with_passphrase(vault_dir, PASSPHRASE) as vault, UnitOfWork(vault, "t") as uow:
        created = backups.create_backup(uow, stick, BACKUP_PASSPHRASE, params=MINIMUM_ARGON2)
    monkeypatch.undo()
    older = as_format_2(created.path, BACKUP_PASSPHRASE, tmp_path / "older.quashbackup")
    env = {"QUASH_BACKUP_PASSPHRASE": BACKUP_PASSPHRASE}

    # The older format's pages are checked by every verify; format 3's, which every Quash
    # writing it checked as it sealed them, by a deep one (what the app's Verify runs).
    for path, how in ((older, ()), (older, ("--deep",)), (created.path, ("--deep",))):
        verify = run_cli("backup", "verify", str(path), *how, env=env)
        assert verify.returncode == 4, (path.name, how, verify.stderr)
        assert "is damaged" in _one_line(verify.stderr)
    for path in (older, created.path):
        restore = run_cli(
            "backup",
            "restore",
            str(path),
            "--vault",
            str(tmp_path / "restored"),
            env={**env, "QUASH_NEW_PASSPHRASE": "restored vault passphrase"},
        )
        assert restore.returncode == 4, restore.stderr  # the page check met the page
        assert "is damaged" in _one_line(restore.stderr)
        assert "out of memory" not in restore.stderr
        assert not (tmp_path / "restored").exists()
    assert os.listdir(tmp_path / "stick") == [created.path.name]
