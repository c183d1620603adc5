"""Writing a backup to a stick: names, free space checked first, a pulled stick or Cancel leaves
nothing under a final name, leftovers are cleaned next time, "keep the last N" touches only this
vault's backups, and the file is readable by someone following docs/backup-format.md alone."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import errno
import hashlib
import hmac
import json
import os
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.errors import QuashError, ValidationError
from services import audit, backups, vaults
from storage import backup
from storage.backup import snapshot, writer
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import Vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.support.backups import (
    BACKUP_PASSPHRASE,
    make_demo_vault,
    quick_kdf,
    seal_through_a_snapshot,
    write,
)
from tests.support.tasks import Watching

DOC = Path(__file__).resolve().parents[2] / "docs" / "backup-format.md"


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Vault]:
    vault = make_demo_vault(tmp_path / "vault", synthetic=2)
    yield vault
    vault.lock()


@pytest.fixture(autouse=True)
def _quick_kdf() -> Iterator[None]:
    with quick_kdf():
        yield


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_backup_is_named_neutrally_by_date_and_time(demo: Vault, tmp_path: Path) -> None:
    """A lost stick does not name the office: not in the file name, nor readable in it."""
    path = write(demo, tmp_path / "stick")
    header = backup.peek_header(path)
    local = header.created_at.astimezone()
    assert path.name == f"backup-{local:%Y-%m-%d-%H%M%S}.quashbackup"
    assert b"Demo Legal Aid" not in path.read_bytes()
    assert header.facts_sealed and header.office_name == "" and header.counts == {}
    second = write(demo, tmp_path / "stick")  # within the same second: no clash
    assert second != path and second.exists() and path.exists()
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_the_header_records_what_the_issue_asks_for(demo: Vault, tmp_path: Path) -> None:
    path = write(demo, tmp_path / "stick")
    data = path.read_bytes()
    assert data[:8] == b"QUASHBK1" and data[8:10] == b"\x00\x03"
    doc = json.loads(data[14 : 14 + int.from_bytes(data[10:14], "big")])
    with UnitOfWork(demo, "t") as uow:
        status = vaults.status(uow)
        head = audit.latest_hash(uow)
    assert doc["vault_id"] == demo.vault_id
    assert not {"office_name", "counts", "audit"} & set(doc)  # sealed, in "facts"
    assert set(doc["facts"]) == {"nonce", "sealed"}
    assert doc["schema_revision"] == status.schema_revision
    assert doc["app_version"] == "test"
    assert dt.datetime.fromisoformat(doc["created"]).tzinfo is not None
    assert doc["kdf"]["name"] == "argon2id" and doc["kdf"]["memory_kib"] >= 64 * 1024
    assert len(base64.b64decode(doc["kdf"]["salt"])) == 16
    assert doc["payload"]["kind"] == "sqlcipher4-vault-file"
    assert doc["payload"]["payload_bytes"] == demo.paths.db.stat().st_size
    # With the passphrase, the sealed facts are the vault's.
    opened = backup.verify_file(path, BACKUP_PASSPHRASE)
    assert opened.office_name == "Demo Legal Aid Office" and not opened.facts_sealed
    assert {k: opened.counts[k] for k in ("clients", "matters", "subpoenas", "deadlines")} == {
        k: status.counts[k] for k in ("clients", "matters", "subpoenas", "deadlines")
    }
    assert (opened.audit_entries, opened.audit_head) == (status.audit_entries, head)


def test_not_enough_space_is_found_before_anything_is_written(
    demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(writer, "free_bytes", lambda folder: 50_000)
    with pytest.raises(backup.NotEnoughSpaceError, match="Not enough space") as caught:
        write(demo, stick)
    assert "Nothing was written" in str(caught.value)
    assert names(stick) == []
    assert not [n for n in names(demo.paths.folder) if n.startswith(".")]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names fds through /proc")
def test_a_stick_pulled_mid_write_leaves_no_file_under_any_name(
    demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    real_fsync = os.fsync

    def pulled(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".partial"):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", pulled)
    with pytest.raises(QuashError, match="stick may have been removed") as caught:
        write(demo, stick)
    assert caught.value.exit_code == 1
    assert names(stick) == []
    assert not [n for n in names(demo.paths.folder) if n.startswith(".")]


def test_cancel_at_any_step_leaves_nothing(demo: Vault, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()

    class Stop(Exception):
        pass

    calls = {"n": 0}
    for stop_at in (1, 3, 6, 10):
        calls["n"] = 0

        def check(stop_at: int = stop_at) -> None:
            calls["n"] += 1
            if calls["n"] >= stop_at:
                raise Stop

        with pytest.raises(Stop):
            backup.write_backup(
                demo,
                stick,
                BACKUP_PASSPHRASE,
                params=MINIMUM_ARGON2,
                app_version="test",
                task=Watching(on_check=check),
                chunk_bytes=16384,
            )
        assert names(stick) == [], stop_at
        assert not [n for n in names(demo.paths.folder) if n.startswith(".")]


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_leftovers_of_a_killed_backup_are_cleaned_next_time(demo: Vault, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dead, alive = dead_pid(), os.getpid()
    stale = stick / f".Quash-X-2026-01-01-000000.quashbackup.{dead}-0123456789ab.partial"
    busy = stick / f".Quash-X-2026-01-01-000001.quashbackup.{alive}-0123456789ab.partial"
    snapshot = demo.paths.folder / f".quash-snapshot.{dead}-0123456789ab.snapshot"
    journal = demo.paths.folder / f".quash-snapshot.{dead}-0123456789ab.snapshot-journal"
    restoring = tmp_path / f".restored.{dead}-0123456789ab.restoring"
    unrelated = stick / ".Trash-1000"
    for path in (stale, busy, snapshot, journal):
        path.write_bytes(b"x")
    for folder in (restoring, unrelated):
        folder.mkdir()
        (folder / "quash.db").write_bytes(b"x")

    write(demo, stick)
    assert not stale.exists() and not snapshot.exists() and not journal.exists()
    assert busy.exists(), "another live process's temp file was removed"
    assert unrelated.exists()
    backup.restore_backup(
        backup.backups_in(stick)[0][0],
        BACKUP_PASSPHRASE,
        tmp_path / "restored",
        "new passphrase 123",
        params=MINIMUM_ARGON2,
    )
    assert not restoring.exists()


def test_keep_the_last_n_deletes_only_this_vaults_older_backups(
    demo: Vault, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    mine = [write(demo, stick) for _ in range(3)]
    other = make_demo_vault(tmp_path / "other")
    try:
        theirs = write(other, stick)
    finally:
        other.lock()
    stray = stick / "Quash-notes.quashbackup"
    stray.write_bytes(b"not a backup at all")
    damaged = stick / "Quash-damaged.quashbackup"
    damaged.write_bytes(mine[0].read_bytes()[:-5])

    with UnitOfWork(demo, "Test Paralegal") as uow:
        made = backups.create_backup(uow, stick, BACKUP_PASSPHRASE, keep=2, params=MINIMUM_ARGON2)
        uow.commit()
    assert sorted(made.removed) == sorted(p.name for p in mine[:2])
    assert sorted(names(stick)) == sorted(
        [made.path.name, mine[2].name, theirs.name, stray.name, damaged.name]
    )
    with pytest.raises(ValidationError):
        backup.prune(stick, demo.vault_id, 0, protect=made.path)


@pytest.mark.parametrize(
    "way",
    ["small", "large, to the vault's disk", "large, to a stick"],
    ids=[
        "sealed straight from the held vault file",
        "a large vault sealed straight to a folder on its own disk",
        "through a local snapshot",
    ],
)
def test_the_snapshot_is_one_consistent_state_while_someone_else_writes(
    demo: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str
) -> None:
    """The vault's file is read while writers wait: a save started once the file is held (from
    another connection, as another desk's Quash would) waits for it and is not in the backup.
    The database inside passes SQLite's integrity check and agrees with the header (a deep
    verify compares them). A vault larger than HELD_SEAL_LIMIT is copied to a local snapshot
    first only when the backup goes to another file system (the tests' folders are all on the
    vault's own, so "a stick" is made one)."""
    from services import records

    if way == "large, to a stick":
        seal_through_a_snapshot(monkeypatch)
    elif way == "large, to the vault's disk":
        monkeypatch.setattr(snapshot, "HELD_SEAL_LIMIT", 0)
    other = unlock_with_passphrase(demo.paths.folder, PASSPHRASE)  # its own connections
    saved = threading.Event()

    def save_from_the_other_desk() -> None:
        with UnitOfWork(other, "other desk") as uow:
            records.create(uow, "matters", {"title": "Filed during the copy", "status": "open"})
            uow.commit()
        saved.set()

    desk = threading.Thread(target=save_from_the_other_desk)
    real_held_still = demo.held_still

    @contextlib.contextmanager
    def held_still() -> Iterator[tuple[object, int]]:
        with real_held_still() as held:  # the real lock; the other desk starts once it is held
            desk.start()
            assert not saved.wait(0.3), "a writer changed the vault while it was held still"
            yield held

    monkeypatch.setattr(demo, "held_still", held_still)
    snapshots: set[str] = set()

    def note_snapshots(_done: int, _total: int, _text: str) -> None:
        folder = demo.paths.folder.iterdir()
        snapshots.update(p.name for p in folder if p.name.endswith(".snapshot"))

    try:
        with UnitOfWork(demo, "t") as uow:
            before = records.count(uow, "matters")
        written = backup.write_backup(
            demo,
            tmp_path,
            BACKUP_PASSPHRASE,
            params=MINIMUM_ARGON2,
            app_version="test",
            task=Watching(on_progress=note_snapshots),
        )
        desk.join(10)
        assert saved.is_set(), "the other desk's save never went through"
    finally:
        other.lock()
    result = backups.verify_backup(written.path, BACKUP_PASSPHRASE, deep=True)
    assert result.audit_intact
    with UnitOfWork(demo, "t") as uow:
        assert records.count(uow, "matters") == before + 1
    assert written.header.counts["matters"] == before  # read before the save went in
    assert bool(snapshots) == (way == "large, to a stick"), snapshots  # the way asked for


# ---- a reader written from the document alone ---------------------------------------------------


def read_by_the_book(path: Path, passphrase: str) -> tuple[dict[str, object], int]:
    """What docs/backup-format.md tells a reader to do, using nothing from Quash."""
    data = path.read_bytes()
    assert data[:8] == b"QUASHBK1"
    version = int.from_bytes(data[8:10], "big")
    length = int.from_bytes(data[10:14], "big")
    raw = data[: 14 + length]
    checksum = data[14 + length : 14 + length + 32]
    seal = data[14 + length + 32 : 14 + length + 64]
    assert version == 3 and hashlib.sha256(raw).digest() == checksum
    header = json.loads(raw[14:])
    kdf = header["kdf"]
    kek = Argon2id(
        salt=base64.b64decode(kdf["salt"]),
        length=32,
        iterations=kdf["iterations"],
        lanes=kdf["lanes"],
        memory_cost=kdf["memory_kib"],
    ).derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))
    backup_key = AESGCM(kek).decrypt(
        base64.b64decode(header["key"]["nonce"]),
        base64.b64decode(header["key"]["wrapped"]),
        b"quash-backup/3 key " + header["backup_id"].encode("ascii"),
    )

    def subkey(purpose: str) -> bytes:
        info = f"quash-backup/3 {purpose}".encode("ascii")
        return HKDF(hashes.SHA256(), 32, None, info).derive(backup_key)

    assert hmac.compare_digest(hmac.new(subkey("header"), raw, "sha256").digest(), seal)
    payload = header["payload"]
    data_key = AESGCM(subkey("data key")).decrypt(
        base64.b64decode(payload["key"]["nonce"]),
        base64.b64decode(payload["key"]["wrapped"]),
        b"quash-backup/3 data key " + header["backup_id"].encode("ascii"),
    )
    facts = json.loads(
        AESGCM(subkey("facts")).decrypt(
            base64.b64decode(header["facts"]["nonce"]),
            base64.b64decode(header["facts"]["sealed"]),
            b"quash-backup/3 facts " + header["backup_id"].encode("ascii"),
        )
    )
    header["counts"] = facts["counts"]
    aead = AESGCM(subkey("payload"))
    offset = 14 + length + 64
    plain = bytearray()
    for i in range(payload["chunks"]):
        size = min(payload["chunk_bytes"], payload["payload_bytes"] - i * payload["chunk_bytes"])
        sealed = data[offset : offset + size + 16]
        offset += size + 16
        last = b"\x01" if i == payload["chunks"] - 1 else b"\x00"
        nonce = bytes(4) + i.to_bytes(8, "big")
        plain += aead.decrypt(nonce, sealed, checksum + i.to_bytes(8, "big") + last)
    assert offset == len(data)
    db = path.with_name("by-the-book.db")
    db.write_bytes(plain)  # still a SQLCipher database: nothing readable on disk
    conn = sqlcipher3.connect(str(db))
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        matters = conn.execute("SELECT count(*) FROM matters").fetchone()[0]
    finally:
        conn.close()
        db.unlink()
    return header, int(matters)


def test_the_format_document_is_enough_to_write_a_reader(demo: Vault, tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    terms = ("QUASHBK1", "quash-backup/3 key ", "quash-backup/3 data key ", "quash-backup/3 facts ")
    for term in (*terms, "NFC", "x'"):
        assert term in text, term
    path = write(demo, tmp_path / "stick", chunk_bytes=8192)
    header, matters = read_by_the_book(path, BACKUP_PASSPHRASE)
    assert matters == header["counts"]["matters"]  # type: ignore[index]
    assert header["payload"]["chunks"] > 3  # type: ignore[index]
