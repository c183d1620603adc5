"""Backups written in format 1 (by Quash before format 2) still verify and restore.

tests/data/backup-format-1.quashbackup was written by that Quash from the demo vault's public
sample cases (passphrase: BACKUP_PASSPHRASE); its payload is a `sqlcipher_export` copy under a
key derived from the backup key, with a SHA-256 of the whole payload in the header.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from models.errors import CorruptFileError, WrongKeyError
from services import backups, records
from storage import backup
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import unlock_with_passphrase
from tests.support.backups import BACKUP_PASSPHRASE, NEW_PASSPHRASE

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "backup-format-1.quashbackup"


def test_a_format_1_backup_reads_verifies_deeply_and_restores(tmp_path: Path) -> None:
    header = backup.peek_header(FIXTURE)
    assert header.version == 1 and header.payload_sha256
    assert header.counts["matters"] == 5

    assert backups.verify_backup(FIXTURE, BACKUP_PASSPHRASE).audit_intact
    deep = backups.verify_backup(FIXTURE, BACKUP_PASSPHRASE, deep=True)
    assert deep.audit_intact and deep.info.counts == header.counts

    restored = backups.restore_backup(
        FIXTURE,
        BACKUP_PASSPHRASE,
        tmp_path / "restored",
        NEW_PASSPHRASE,
        actor="t",
        params=MINIMUM_ARGON2,
    )
    assert restored.audit_intact
    with unlock_with_passphrase(restored.folder, NEW_PASSPHRASE) as vault:
        with UnitOfWork(vault, "t") as uow:
            titles = {m.title for m in records.list_records(uow, "matters")}
    assert len(titles) == 5


def test_a_format_1_backup_with_a_wrong_passphrase_or_a_flipped_bit_is_refused(
    tmp_path: Path,
) -> None:
    with pytest.raises(WrongKeyError):
        backups.verify_backup(FIXTURE, "not the passphrase")
    damaged = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, damaged)
    data = bytearray(damaged.read_bytes())
    data[-100] ^= 0x01  # inside the last chunk
    damaged.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError, match="does not authenticate"):
        backups.verify_backup(damaged, BACKUP_PASSPHRASE)
