"""No plaintext in a backup or on the way to it: markers put into every text field of every record
kind (and into a scanned document) never appear in the backup file, the temporary files made
while writing, checking or restoring it, or the restored vault.

Files are scanned not only at the end but at every progress report while the backup is being
written, verified and restored, so the transient snapshot and the half-written file on the
stick are searched too (the test checks that it saw them). A positive control shows the same
scanner finds every marker in a plaintext export of the restored vault.
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from services import backups, documents, interchange, records
from storage.backup import snapshot
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.integration.test_no_plaintext import KINDS, interchange_document, marker, text_fields
from tests.support.backups import (
    BACKUP_PASSPHRASE,
    NEW_PASSPHRASE,
    quick_kdf,
    seal_through_a_snapshot,
)
from tests.support.plaintext_scan import files_under, find_markers
from tests.support.tasks import Watching


@pytest.fixture(autouse=True)
def _quick_kdf() -> Iterator[None]:
    with quick_kdf():
        yield


@pytest.mark.parametrize(
    "held_limit",
    [snapshot.HELD_SEAL_LIMIT, 0],
    ids=["sealed straight from the held vault file", "through a local snapshot"],
)
def test_no_marker_is_readable_in_the_backup_or_any_file_made_on_the_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, held_limit: int
) -> None:
    if held_limit == 0:
        seal_through_a_snapshot(monkeypatch)
    folder, stick, temp, restored = (tmp_path / n for n in ("vault", "stick", "tmp", "restored"))
    stick.mkdir()
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # verify's temp folder is scanned too

    stored = {(kind, name): marker(kind, name) for kind in KINDS for name in text_fields(kind)}
    document_marker = f"ZQXMARKER-document-{secrets.token_hex(6)}"
    vault, _ = create_vault(folder, PASSPHRASE, office_name="Office", params=MINIMUM_ARGON2)
    with vault, UnitOfWork(vault, "Test Paralegal") as uow:
        interchange.import_document(uow, interchange_document(stored))
        records.create(uow, "staff", {"name": stored[("staff", "name")], "role": "paralegal"})
        [subpoena] = records.list_records(uow, "subpoenas")
        documents.attach(
            uow, documents.on_subpoena(subpoena.id), "scan.txt", document_marker.encode() * 200
        )
        uow.commit()
    markers = [*stored.values(), document_marker]

    scanned: set[str] = set()

    def scan(_done: int = 0, _total: int = 0, _text: str = "") -> None:
        files = files_under(tmp_path)  # the vault, the stick, the temp folder, the restore
        for path in files:
            parts = path.relative_to(tmp_path).parts
            scanned.update(part.rsplit(".", 1)[-1] for part in parts if part.startswith("."))
            scanned.add(path.name)
        assert find_markers(files, markers) == {}

    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        with UnitOfWork(vault, "Test Paralegal") as uow:
            made = backups.create_backup(
                uow, stick, BACKUP_PASSPHRASE, params=MINIMUM_ARGON2, task=Watching(scan)
            )
            uow.commit()
    transient = {"partial", "snapshot"} if held_limit == 0 else {"partial"}
    assert transient <= scanned, "the transient files were never seen"
    scan()
    assert made.path.name in scanned

    verified = backups.verify_backup(made.path, BACKUP_PASSPHRASE, deep=True, task=Watching(scan))
    assert verified.audit_intact
    result = backups.restore_backup(
        made.path,
        BACKUP_PASSPHRASE,
        restored,
        NEW_PASSPHRASE,
        actor="Test Paralegal",
        params=MINIMUM_ARGON2,
        task=Watching(scan),
    )
    assert "restoring" in scanned and "quash.db" in scanned
    scan()

    # Positive control: everything is really in the restored vault, and the scanner finds it.
    with unlock_with_passphrase(result.folder, NEW_PASSPHRASE) as vault:
        with UnitOfWork(vault, "Test Paralegal") as uow:
            doc = interchange.export_document(uow, include_sealed=True)
            [staff] = [
                s for s in records.list_records(uow, "staff") if s.name == stored[("staff", "name")]
            ]
            [document] = documents.list_for_subpoena(uow, 1)
            content = documents.read(uow, document.id)
    probe = tmp_path / "control" / "export.txt"
    probe.parent.mkdir()
    probe.write_text(repr(doc) + staff.name + content.decode(), encoding="utf-8")
    assert set(find_markers([probe], markers)) == set(markers)
