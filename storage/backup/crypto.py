"""The backup's keys and what they seal: the key-encryption key from the passphrase, the keys
derived from the backup's random key, the header's sealed facts, and authenticating the
payload chunk by chunk."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.errors import CorruptFileError, QuashError, ValidationError, WrongKeyError
from models.tasks import NO_TASK, Task
from storage.backup.format import (
    FORMAT_VERSION,
    KEY_BYTES,
    MAX_SEALED_FACTS,
    PAGES_CHECKED_WHEN_SEALED_FROM,
    SEALED_FACTS_FROM,
    TAG_BYTES,
    BackupHeader,
    _canonical,
    _chunk_aad,
    _counts,
    _damaged,
    _HeaderFields,
    _nonce,
    open_backup,
)
from storage.backup.pages import PageCheck
from storage.backup.snapshot import SnapshotFacts, let_go
from storage.keyslots import Argon2Params


def _normalize(passphrase: str) -> bytes:
    # NFC: the same passphrase typed on macOS (which may compose accents differently) and on
    # Windows or Linux derives the same key; a backup is meant to move between machines.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """The key-encryption key: Argon2id over the NFC-normalized UTF-8 passphrase."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(_normalize(passphrase))


def _label(version: int, purpose: str, backup_id: str = "") -> bytes:
    """Domain-separation text: "quash-backup/<version> <purpose>", then the backup id if any."""
    return f"quash-backup/{version} {purpose}".encode("ascii") + backup_id.encode("ascii")


def _subkey(backup_key: bytes, version: int, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_label(version, purpose)
    ).derive(backup_key)


@dataclass(frozen=True)
class BackupKeys:
    """The backup's random key and what is derived from it (HKDF-SHA256)."""

    backup_key: bytes = field(repr=False)
    header_key: bytes = field(repr=False)  # HMAC-SHA256 seal over the header
    payload_key: bytes = field(repr=False)  # AES-256-GCM over each chunk
    # The SQLCipher raw key of the database inside: format 1 derives it; format 2 unwraps the
    # vault's data key from the header with `data_wrap_key` (empty until then).
    database_key: bytes = field(repr=False)
    data_wrap_key: bytes = field(repr=False)
    # Format 3: the key of the header's sealed facts, and those facts once opened.
    facts_key: bytes = field(default=b"", repr=False)
    facts: SealedFacts | None = None

    @classmethod
    def derive(cls, backup_key: bytes, version: int) -> BackupKeys:
        header = _subkey(backup_key, version, "header")
        payload = _subkey(backup_key, version, "payload")
        if version == 1:
            return cls(backup_key, header, payload, _subkey(backup_key, 1, "database"), b"")
        facts = _subkey(backup_key, version, "facts") if version >= SEALED_FACTS_FROM else b""
        return cls(
            backup_key, header, payload, b"", _subkey(backup_key, version, "data key"), facts
        )


@dataclass(frozen=True)
class SealedFacts:
    """What a format-3 header says about the vault only to someone with the passphrase."""

    office_name: str
    counts: dict[str, int]
    audit_entries: int
    audit_head: str


def unlock_with_kek(header: BackupHeader, kek: bytes) -> BackupKeys:
    try:
        backup_key = AESGCM(kek).decrypt(
            header.wrap_nonce,
            header.wrapped_key,
            _label(header.version, "key ", header.backup_id),
        )
    except InvalidTag:
        raise WrongKeyError(
            "Wrong passphrase for this backup.", code="backup.wrong_passphrase"
        ) from None
    keys = BackupKeys.derive(backup_key, header.version)
    expected = hmac.new(keys.header_key, header.raw, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, header.seal):
        raise CorruptFileError(
            f"{header.name} was tampered with: its header was changed after it was written.",
            code="backup.header_changed",
            params={"name": header.name},
        )
    if header.version == 1:
        return keys
    try:
        data_key = AESGCM(keys.data_wrap_key).decrypt(
            header.data_key_nonce,
            header.wrapped_data_key,
            _label(header.version, "data key ", header.backup_id),
        )
    except InvalidTag:  # the seal matched, so only the writer could have made this
        raise _damaged(
            header.name,
            "the key to the database inside does not open",
            "backup.damaged.data_key",
        ) from None
    keys = dataclasses.replace(keys, database_key=data_key)
    if header.version >= SEALED_FACTS_FROM:
        keys = dataclasses.replace(keys, facts=_open_facts(header, keys.facts_key))
    return keys


def _facts_aad(version: int, backup_id: str) -> bytes:
    return _label(version, "facts ", backup_id)


def _seal_facts(facts: SnapshotFacts, key: bytes, nonce: bytes, backup_id: str) -> bytes:
    doc = {
        "office_name": facts.office_name,
        "counts": facts.counts,
        "audit": {"entries": facts.audit_entries, "head": facts.audit_head},
    }
    sealed = AESGCM(key).encrypt(nonce, _canonical(doc), _facts_aad(FORMAT_VERSION, backup_id))
    if len(sealed) > MAX_SEALED_FACTS:
        raise ValidationError(
            "The office name is too long to go into a backup's header.",
            code="backup.office_name_too_long",
        )
    return sealed


def _open_facts(header: BackupHeader, key: bytes) -> SealedFacts:
    try:
        plain = AESGCM(key).decrypt(
            header.facts_nonce, header.sealed_facts, _facts_aad(header.version, header.backup_id)
        )
        doc = json.loads(plain.decode("utf-8"))
    except (InvalidTag, UnicodeDecodeError, ValueError):  # the seal matched: only damage
        raise _damaged(
            header.name, "the facts sealed in its header do not open", "backup.damaged.facts"
        ) from None
    f = _HeaderFields(doc if isinstance(doc, dict) else {}, header.name)
    audit = f.obj("audit")
    return SealedFacts(
        office_name=f.text("office_name", max_len=1000),
        counts=_counts(f, header.name),
        audit_entries=f.integer("entries", audit),
        audit_head=f.hexdigest("head", audit),
    )


def revealed(header: BackupHeader, keys: BackupKeys) -> BackupHeader:
    """The header with what format 3 seals filled in, once the passphrase opened its keys."""
    if keys.facts is None:
        return header
    return dataclasses.replace(
        header,
        office_name=keys.facts.office_name,
        counts=dict(keys.facts.counts),
        audit_entries=keys.facts.audit_entries,
        audit_head=keys.facts.audit_head,
    )


def unlock(header: BackupHeader, passphrase: str) -> BackupKeys:
    """The backup's keys, if `passphrase` opens it (WrongKeyError, exit 3, if not)."""
    return unlock_with_kek(header, derive_kek(passphrase, header.salt, header.kdf))


Sink = Callable[[memoryview], None]


def _read_exactly(handle: BinaryIO, view: memoryview) -> int:
    done = 0
    while done < len(view):
        got = handle.readinto(view[done:])  # type: ignore[attr-defined]
        if not got:
            break
        done += got
    return done


# A backup up to this size stays in the system's cache once read: tens of megabytes push
# nothing out, and a verify right after a backup then reads from memory what the backup's read
# back has just read from the device. A larger one is let go as it is read, and a vault
# restored from it as it is written (storage.backup.restore).
KEPT_IN_CACHE_LIMIT = 256 << 20


def leaves_the_cache(payload_bytes: int) -> bool:
    """Whether a backup with this payload (and a vault restored from it) is let go from the
    system's cache as it is read (written): larger than KEPT_IN_CACHE_LIMIT."""
    return payload_bytes > KEPT_IN_CACHE_LIMIT


def authenticate_payload(
    handle: BinaryIO,
    header: BackupHeader,
    keys: BackupKeys,
    task: Task = NO_TASK,
    text: str = "Checking the backup",
    sink: Sink | None = None,
) -> None:
    """Decrypt and authenticate every chunk in order, handing each one's plaintext (a view that
    is reused: copy it to keep it) to `sink`; raise at the first chunk that fails, at a cut, or
    at bytes after the last chunk. Two reused buffers: no allocation per megabyte. A backup
    larger than KEPT_IN_CACHE_LIMIT is let go from the system's cache as it is read: reading
    gigabytes from a stick then reuses the same few pages of memory instead of pushing other
    files out of the cache (on this machine a 2 GB read back took 3.7 s into ever new pages,
    1.0 s reusing them)."""
    aead = AESGCM(keys.payload_key)
    digest = hashlib.sha256() if header.payload_sha256 else None  # format 1 also hashes
    sealed = memoryview(bytearray(header.chunk_bytes + TAG_BYTES))
    plain = memoryview(bytearray(header.chunk_bytes))
    handle.seek(header.header_end)
    read = header.header_end  # bytes of the file read
    forget = leaves_the_cache(header.payload_bytes)
    done = 0
    task.progress(0, header.payload_bytes, text)
    for index in range(header.chunks):
        task.check()
        length = header.chunk_length(index)
        if _read_exactly(handle, sealed[: length + TAG_BYTES]) != length + TAG_BYTES:
            raise CorruptFileError(
                f"{header.name} is incomplete: it ends inside part {index + 1} of "
                f"{header.chunks} (truncated).",
                code="backup.truncated_part",
                params={"name": header.name, "part": index + 1, "parts": header.chunks},
            )
        read += length + TAG_BYTES
        if forget:
            # From the start each time: the cache holds a file in runs of pages (folios),
            # which reading ahead makes large, and only a run wholly inside the range is let
            # go; one that crossed the previous chunk's end would otherwise stay. What is
            # gone costs nothing to pass over.
            let_go(handle.fileno(), 0, read)
        last = index == header.chunks - 1
        try:
            aead.decrypt_into(
                _nonce(index),
                sealed[: length + TAG_BYTES],
                _chunk_aad(header.checksum, index, last),
                plain[:length],
            )
        except InvalidTag:
            raise _damaged(
                header.name,
                f"part {index + 1} of {header.chunks} does not authenticate",
                "backup.damaged.part",
                {"part": index + 1, "parts": header.chunks},
            ) from None
        if digest is not None:
            digest.update(plain[:length])
        if sink is not None:
            sink(plain[:length])
        done += length
        task.progress(done, header.payload_bytes, text)
    if handle.read(1):
        raise _damaged(header.name, "unexpected bytes follow its end", "backup.damaged.trailing")
    if forget:
        let_go(handle.fileno(), 0, 0)
    if digest is not None and digest.hexdigest() != header.payload_sha256:
        raise _damaged(
            header.name,
            "its contents do not match their recorded checksum",
            "backup.damaged.checksum",
        )


def damaged_pages(header: BackupHeader) -> CorruptFileError:
    """A backup whose database has a page that fails SQLCipher's MAC: damaged before it was
    sealed (every byte of the file itself authenticated), exit 4."""
    return _damaged(header.name, "the database inside is damaged", "backup.damaged.database")


def verify_file(
    path: Path,
    passphrase: str,
    task: Task = NO_TASK,
    *,
    pages: bool = False,
) -> BackupHeader:
    """Authenticate the whole file (header, keys, every chunk). Returns the header. With
    `pages`, also make sure every page's SQLCipher MAC holds (a page damaged before it was
    sealed): a backup of format 3 or later had each page checked as it was sealed, and
    authenticating it proves the pages are those; an older one's pages are checked as the
    payload streams past. Nothing is written anywhere."""
    with open_backup(path) as (handle, header):
        keys = unlock(header, passphrase)
        checked = pages and header.version < PAGES_CHECKED_WHEN_SEALED_FROM
        check = PageCheck(keys.database_key) if checked else None
        try:
            authenticate_payload(
                handle, header, keys, task, sink=check.feed if check is not None else None
            )
            if check is not None and check.finish():
                raise damaged_pages(header)
        except OSError as exc:
            raise QuashError(
                f"Cannot read {path}: {exc.strerror}.",
                code="backup.cannot_read",
                params={"path": path, "error": exc.strerror},
            ) from exc
        finally:
            if check is not None:
                check.close()
    return revealed(header, keys)
