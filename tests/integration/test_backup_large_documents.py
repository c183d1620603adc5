"""A vault of scanned documents backs up and restores with progress that moves: the restore
puts the vault under its new data key as it extracts it, a megabyte at a time, reporting each
and hearing a cancel; every document comes back byte for byte; a vault too large to seal while
writers wait has its pages checked as it is sealed, so a damaged page is still never backed up;
a deep verify hears a cancel while SQLite checks the database inside."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from models.errors import CorruptFileError
from models.tasks import Cancelled
from services import backups, documents
from storage import backup
from storage.backup import snapshot
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import unlock_with_passphrase
from tests.support.backups import (
    BACKUP_PASSPHRASE,
    NEW_PASSPHRASE,
    make_demo_vault,
    seal_through_a_snapshot,
    write,
)

SCANS = (700_000, 1_300_000, 40_000)
RESTORE_TEXT = "Checking and restoring"


class Recorder:
    """A task that keeps every report, and cancels once a given text has been reported."""

    def __init__(self, cancel_during: str = "") -> None:
        self.reports: list[tuple[int, int, str]] = []
        self.cancel_during = cancel_during

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total, text))

    def check(self) -> None:
        if self.cancel_during and any(t == self.cancel_during and d for d, _, t in self.reports):
            raise Cancelled()

    def of(self, text: str) -> list[tuple[int, int]]:
        return [(d, t) for d, t, shown in self.reports if shown == text and t]


@pytest.fixture(autouse=True)
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """The large-vault paths at a test's size: sealed from a copy (as to a stick), flushed
    every 256 KiB."""
    seal_through_a_snapshot(monkeypatch, 256 * 1024)
    monkeypatch.setattr(snapshot, "FLUSH_BYTES", 256 * 1024)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], bytes]:
    """A backup of a vault holding three scans, each scan's bytes by file name, and the
    vault's data key."""
    folder = tmp_path_factory.mktemp("scans")
    vault = make_demo_vault(folder / "vault", document_bytes=SCANS)
    old_key = vault.data_key()
    try:
        with UnitOfWork(vault, "Test Paralegal") as uow:
            scans = {d.filename: documents.read(uow, d.id) for d in documents.list_all(uow)}
        with pytest.MonkeyPatch.context() as patch:
            seal_through_a_snapshot(patch, 256 * 1024)
            path = write(vault, folder / "stick")
    finally:
        vault.lock()
    return path, scans, old_key


def _restore(path: Path, folder: Path, task: Recorder) -> backups.RestoredVault:
    return backups.restore_backup(
        path,
        BACKUP_PASSPHRASE,
        folder,
        NEW_PASSPHRASE,
        actor="Test Paralegal",
        params=MINIMUM_ARGON2,
        task=task,
    )


def test_restoring_under_the_new_key_reports_each_megabyte_and_keeps_every_document(
    scanned: tuple[Path, dict[str, bytes], bytes], tmp_path: Path
) -> None:
    path, scans, old_key = scanned
    task = Recorder()
    _restore(path, tmp_path / "restored", task)

    steps = task.of(RESTORE_TEXT)
    size = steps[-1][1]
    assert size > sum(SCANS)
    assert steps[-1] == (size, size)  # it got to the end
    done = [d for d, _ in steps]
    assert done == sorted(done) and len(set(done)) >= size // (1 << 20)  # a megabyte at a time
    assert not any("new data key" in text for _d, _t, text in task.reports)  # no second pass

    with (
        unlock_with_passphrase(tmp_path / "restored", NEW_PASSPHRASE) as vault,
        UnitOfWork(vault, "Test Paralegal") as uow,
    ):
        restored = {d.filename: documents.read(uow, d.id) for d in documents.list_all(uow)}
    assert restored == scans
    conn = sqlcipher3.connect(str(tmp_path / "restored" / "quash.db"))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):  # the old machine's key opens nothing
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_cancelling_while_restoring_under_the_new_key_restores_nothing(
    scanned: tuple[Path, dict[str, bytes], bytes], tmp_path: Path
) -> None:
    path, _scans, _key = scanned
    task = Recorder(cancel_during=RESTORE_TEXT)
    with pytest.raises(Cancelled):
        _restore(path, tmp_path / "restored", task)
    assert 0 < task.of(RESTORE_TEXT)[-1][0] < task.of(RESTORE_TEXT)[-1][1]  # stopped part way
    assert list(tmp_path.iterdir()) == []  # no vault, no staging folder, no copy


def test_a_large_vault_with_a_damaged_page_is_checked_while_sealed_and_not_backed_up(
    tmp_path: Path,
) -> None:
    vault = make_demo_vault(tmp_path / "vault", document_bytes=(600_000,))
    vault.lock()
    db = tmp_path / "vault" / "quash.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 30 * 4096 + 100] ^= 0xFF  # a page of the scan, which nothing else reads
    db.write_bytes(bytes(data))
    stick = tmp_path / "stick"
    stick.mkdir()
    task = Recorder()
    with (
        unlock_with_passphrase(tmp_path / "vault", "correct horse battery staple") as vault,
        UnitOfWork(vault, "Test Paralegal") as uow,
        pytest.raises(CorruptFileError) as raised,
    ):
        backups.create_backup(uow, stick, BACKUP_PASSPHRASE, params=MINIMUM_ARGON2, task=task)
    assert raised.value.code == "vault.damaged_pages"
    assert list(stick.iterdir()) == []
    assert [p.name for p in (tmp_path / "vault").iterdir() if p.name.startswith(".")] == []
    assert task.of("Taking a snapshot of the vault")  # the copy reported its progress


def test_a_large_vaults_backup_verifies_and_its_copy_reported_progress(tmp_path: Path) -> None:
    vault = make_demo_vault(tmp_path / "vault", document_bytes=(900_000,))
    stick = tmp_path / "stick"
    stick.mkdir()
    task = Recorder()
    try:
        with UnitOfWork(vault, "Test Paralegal") as uow:
            made = backups.create_backup(
                uow, stick, BACKUP_PASSPHRASE, params=MINIMUM_ARGON2, task=task
            )
    finally:
        vault.lock()
    size = os.path.getsize(tmp_path / "vault" / "quash.db")
    assert task.of("Taking a snapshot of the vault")[-1] == (size, size)
    assert task.of("Encrypting and writing")[-1] == (size, size)
    checked = backups.verify_backup(made.path, BACKUP_PASSPHRASE, task=Recorder())
    assert checked.info.counts["documents"] == 1


CHECK_TEXT = "Checking the database inside"
COMPARE_TEXT = "Checking that each index agrees with its table"


class CancelInCheck(Recorder):
    """Cancels once SQLite's integrity check has reported from inside its run: the first report
    of CHECK_TEXT comes before the check starts, later ones from the check itself."""

    def check(self) -> None:
        if sum(1 for _d, _t, text in self.reports if text == CHECK_TEXT) >= 2:
            raise Cancelled()


def test_a_deep_verify_reports_while_sqlite_checks_the_database_and_hears_a_cancel(
    scanned: tuple[Path, dict[str, bytes], bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _scans, _key = scanned
    monkeypatch.setattr(snapshot, "REPORT_SECONDS", 0.0)  # every call SQLite makes reports
    task = Recorder()
    verified = backups.verify_backup(path, BACKUP_PASSPHRASE, deep=True, task=task)
    assert verified.audit_intact
    during = [r for r in task.reports if r[2] in (CHECK_TEXT, COMPARE_TEXT)]
    assert len(during) > 10  # from inside the one long statement, not only before it
    # First how much of the database it has read, moving forward; then, all read, comparing.
    read = [(done, total) for done, total, text in task.reports if text == CHECK_TEXT and total]
    payload = backup.peek_header(path).payload_bytes
    assert read and all(total == read[0][1] for _done, total in read)
    assert payload * 0.9 < read[0][1] <= payload and read[0][1] % 4096 == 0  # the pages in use
    assert [d for d, _t in read] == sorted(d for d, _t in read) and read[-1][0] > payload // 2
    comparing = [i for i, r in enumerate(task.reports) if r[2] == COMPARE_TEXT]
    last_read = max(i for i, r in enumerate(task.reports) if r[2] == CHECK_TEXT and r[1])
    assert comparing and min(comparing) > last_read

    cancelling = CancelInCheck()
    with pytest.raises(Cancelled):
        backups.verify_backup(path, BACKUP_PASSPHRASE, deep=True, task=cancelling)
    assert sum(1 for r in cancelling.reports if r[2] == CHECK_TEXT) == 2  # stopped at once
    assert not any(r[2] == "Checking the audit log" for r in cancelling.reports)
