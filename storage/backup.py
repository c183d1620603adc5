"""The backup file: one encrypted, authenticated file holding a consistent snapshot of a vault.

docs/backup-format.md specifies it byte by byte. In short:

    "QUASHBK1" | u16 version | u32 n | n bytes header JSON | SHA-256 | HMAC-SHA256 | sealed chunks

The payload (format 2) is the vault's database file as it is on disk, SQLCipher pages still
encrypted under the vault's data key, copied in one read transaction; the header carries that
data key wrapped under the backup's own random key. The payload is cut into 1 MiB chunks, each
sealed with AES-256-GCM. A chunk's nonce and associated data carry its index, whether it is the
last, and the header's digest, so a flipped bit, a cut, reordered chunks or another backup's
header all fail. No page of the case file is ever written in the clear: not to the stick, not to
a temp file. Format 1 (a `sqlcipher_export` copy under a derived key) is still read.

Writing (`write_backup`): snapshot, seal to a temporary name on the target, fsync, read the whole
file back from the device and check it, then rename into place and fsync the folder. A kill at
any moment leaves a complete, verified backup or nothing under the final name. Restoring puts
the database under a new data key, so a key taken from the old machine opens nothing restored.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import datetime as dt
import errno
import hashlib
import hmac
import io
import json
import math
import os
import re
import secrets
import shutil
import struct
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3
from alembic.script import ScriptDirectory
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.errors import CorruptFileError, QuashError, ValidationError, WrongKeyError
from storage import keyslots
from storage.atomic import create_private, fsync_directory, fsync_file, write_atomically
from storage.keyslots import (
    MAX_KDF_ITERATIONS,
    MAX_KDF_LANES,
    MAX_KDF_MEMORY_KIB,
    Argon2Params,
    KeyFile,
    clamp_params,
    within_caps,
)
from storage.vault import DB_NAME, KEYS_NAME, Vault, alembic_config, damaged_vault

Progress = Callable[[int, int, str], None]
Check = Callable[[], None]

MAGIC = b"QUASHBK1"  # the same in every format version; the version is the next field
FORMAT = "quash-backup"
FORMAT_VERSION = 3  # what this Quash writes
READABLE_VERSIONS = (1, 2, 3)
# From format 3 the office's name, the record counts and the audit head are sealed inside the
# header (AES-GCM under a key derived from the backup key): before the passphrase a backup says
# nothing about whose it is. Its file name is neutral too.
SEALED_FACTS_FROM = 3
SUFFIX = ".quashbackup"
PREFIX = struct.Struct(">8sHI")  # magic, format version, header length
DIGEST_BYTES = 32
TAG_BYTES = 16
KEY_BYTES = 32
CHUNK_BYTES = 1 << 20
MIN_CHUNK_BYTES = 4096
MAX_CHUNK_BYTES = 16 << 20
MAX_HEADER_BYTES = 64 * 1024
MAX_PAYLOAD_BYTES = 1 << 44
# What the payload is, by format version: 1 a `sqlcipher_export` copy under a key derived from
# the backup key; 2 the vault's database file itself, under the vault's data key.
PAYLOAD_KINDS = {1: "sqlcipher4-database", 2: "sqlcipher4-vault-file", 3: "sqlcipher4-vault-file"}
MAX_SEALED_FACTS = 16 * 1024
CIPHER = "aes-256-gcm"

# A reader derives whatever the header asks for, so the header's KDF cost is capped (the same
# caps as the vault's key file: storage/keyslots.py): an edited header must not be able to make
# verification take minutes or gigabytes.

# Record counts in the header: kind -> table (kinds absent from an older schema are left out).
COUNTED_TABLES = {
    "clients": "clients",
    "accounts": "accounts",
    "matters": "matters",
    "subpoenas": "subpoenas",
    "deadlines": "deadlines",
    "events": "docket_events",
    "staff": "staff",
    "documents": "documents",
    "closure_days": "closure_days",
}

SNAPSHOT_PREFIX = ".quash-snapshot"
# Leftovers of an interrupted backup or restore: ".<name>.<pid>-<12 hex>.<kind>".
LEFTOVER = re.compile(
    r"^\.(?P<name>.+)\.(?P<pid>\d{1,10})-[0-9a-f]{12}\.(?P<kind>partial|restoring|snapshot)"
    r"(?:-journal)?$"
)
LEFTOVER_MAX_AGE = 24 * 3600.0  # a leftover whose process may still live is kept this long


# ---- small helpers ------------------------------------------------------------------------------


def _no_progress(_done: int, _total: int, _text: str) -> None:
    """Progress goes nowhere."""


def _no_check() -> None:
    """Nobody can cancel."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _normalize(passphrase: str) -> bytes:
    # NFC: the same passphrase typed on macOS (which may compose accents differently) and on
    # Windows or Linux derives the same key; a backup is meant to move between machines.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _token() -> str:
    return f"{os.getpid()}-{secrets.token_hex(6)}"


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{int(size)} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


# ---- keys ---------------------------------------------------------------------------------------


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


# ---- the header ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupHeader:
    """What a backup says about itself; readable without the passphrase (checksummed only)."""

    name: str  # the file's name, for messages
    raw: bytes = field(repr=False)  # magic .. end of the JSON: what the checksum and seal cover
    checksum: bytes = field(repr=False)
    seal: bytes = field(repr=False)
    version: int
    backup_id: str
    vault_id: str
    office_name: str
    created: str  # UTC, ISO 8601
    app_version: str
    schema_revision: str
    counts: dict[str, int]
    audit_entries: int
    audit_head: str
    kdf: Argon2Params
    salt: bytes = field(repr=False)
    wrap_nonce: bytes = field(repr=False)
    wrapped_key: bytes = field(repr=False)
    payload_kind: str
    chunk_bytes: int
    payload_bytes: int
    chunks: int
    payload_sha256: str  # format 1 only ("" in format 2, where the chunks' tags suffice)
    data_key_nonce: bytes = field(repr=False)  # format 2: the vault's data key, wrapped
    wrapped_data_key: bytes = field(repr=False)
    # Format 3: office_name, counts and the audit facts above are empty until the passphrase
    # opens these (see `revealed`).
    facts_nonce: bytes = field(default=b"", repr=False)
    sealed_facts: bytes = field(default=b"", repr=False)

    @property
    def facts_sealed(self) -> bool:
        """True while the office name, counts and audit head are not known (format 3, before
        the passphrase)."""
        return bool(self.sealed_facts) and not self.audit_head

    @property
    def header_end(self) -> int:
        return len(self.raw) + 2 * DIGEST_BYTES

    @property
    def file_bytes(self) -> int:
        return self.header_end + self.payload_bytes + self.chunks * TAG_BYTES

    @property
    def created_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created)

    def chunk_length(self, index: int) -> int:
        """Plaintext bytes in chunk `index`."""
        return min(self.chunk_bytes, self.payload_bytes - index * self.chunk_bytes)


def chunk_count(payload_bytes: int, chunk_bytes: int) -> int:
    return max(1, math.ceil(payload_bytes / chunk_bytes))


def _nonce(index: int) -> bytes:
    return b"\x00\x00\x00\x00" + index.to_bytes(8, "big")


def _chunk_aad(checksum: bytes, index: int, last: bool) -> bytes:
    return checksum + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")


def _damaged(
    name: str, what: str, code: str, params: dict[str, Any] | None = None
) -> CorruptFileError:
    """`code` names `what` for the GUI, which words the whole sentence from it."""
    return CorruptFileError(
        f"{name} is damaged or was tampered with: {what}.",
        code=code,
        params={"name": name, **(params or {})},
    )


def _edited(name: str, what: str) -> CorruptFileError:
    return CorruptFileError(
        f"{name} was edited or is damaged: its header's {what} is not valid.",
        code="backup.edited",
        params={"name": name, "what": what},
    )


class _HeaderFields:
    """Typed access to the header JSON; any surprise is a damaged/edited header (exit 4)."""

    def __init__(self, doc: dict[str, Any], name: str):
        self.doc = doc
        self.name = name

    def obj(self, key: str, parent: dict[str, Any] | None = None) -> dict[str, Any]:
        value = (self.doc if parent is None else parent).get(key)
        if not isinstance(value, dict):
            raise _edited(self.name, key)
        return value

    def text(self, key: str, parent: dict[str, Any] | None = None, max_len: int = 200) -> str:
        value = (self.doc if parent is None else parent).get(key)
        if not isinstance(value, str) or len(value) > max_len:
            raise _edited(self.name, key)
        return value

    def integer(
        self, key: str, parent: dict[str, Any] | None = None, low: int = 0, high: int = 2**62
    ) -> int:
        value = (self.doc if parent is None else parent).get(key)
        if type(value) is not int or not low <= value <= high:
            raise _edited(self.name, key)
        return value

    def blob(self, key: str, parent: dict[str, Any], low: int, high: int) -> bytes:
        text = self.text(key, parent, max_len=4 * high)
        try:
            data = base64.b64decode(text, validate=True)
        except (ValueError, binascii.Error):
            raise _edited(self.name, key) from None
        if not low <= len(data) <= high:
            raise _edited(self.name, key)
        return data

    def hexdigest(self, key: str, parent: dict[str, Any] | None = None) -> str:
        value = self.text(key, parent, max_len=64)
        if not re.fullmatch(r"[0-9a-f]{64}", value):
            raise _edited(self.name, key)
        return value


def _counts(f: _HeaderFields, name: str, parent: dict[str, Any] | None = None) -> dict[str, int]:
    counts_doc = f.obj("counts", parent)
    if len(counts_doc) > 64:
        raise _edited(name, "counts")
    counts = {}
    for kind in counts_doc:
        if not isinstance(kind, str) or len(kind) > 64:
            raise _edited(name, "counts")
        counts[kind] = f.integer(kind, counts_doc)
    return counts


def _parse_doc(doc: Any, name: str, version: int) -> dict[str, Any]:
    """Check every field the format defines; return them typed."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _edited(name, "format")
    f = _HeaderFields(doc, name)
    created = f.text("created", max_len=64)
    try:
        created_at = dt.datetime.fromisoformat(created)
    except ValueError:
        raise _edited(name, "created") from None
    if created_at.tzinfo is None:
        raise _edited(name, "created")
    sealed = version >= SEALED_FACTS_FROM
    if sealed:
        for readable in ("office_name", "counts", "audit"):
            if readable in doc:  # only sealed in this format: its presence is an edit
                raise _edited(name, readable)
        facts_doc = f.obj("facts")
        facts_nonce = f.blob("nonce", facts_doc, 12, 12)
        sealed_facts = f.blob("sealed", facts_doc, TAG_BYTES + 2, MAX_SEALED_FACTS)
        counts: dict[str, int] = {}
        office_name, audit_entries, audit_head = "", 0, ""
    else:
        counts, office_name = _counts(f, name), f.text("office_name", max_len=1000)
        audit = f.obj("audit")
        audit_entries, audit_head = f.integer("entries", audit), f.hexdigest("head", audit)
        facts_nonce, sealed_facts = b"", b""
    kdf = f.obj("kdf")
    if kdf.get("name") != "argon2id":
        raise _edited(name, "kdf")
    params = Argon2Params(
        f.integer("memory_kib", kdf, 1, MAX_KDF_MEMORY_KIB),
        f.integer("iterations", kdf, 1, MAX_KDF_ITERATIONS),
        f.integer("lanes", kdf, 1, MAX_KDF_LANES),
    )
    if not params.meets_floor() or not within_caps(params):
        raise _edited(name, "kdf")
    key_doc = f.obj("key")
    if key_doc.get("cipher") != CIPHER:
        raise _edited(name, "key")
    payload = f.obj("payload")
    if payload.get("kind") != PAYLOAD_KINDS[version] or payload.get("cipher") != CIPHER:
        raise _edited(name, "payload")
    if version == 1:
        sha256, data_nonce, data_wrapped = f.hexdigest("sha256", payload), b"", b""
    else:
        data_key = f.obj("key", payload)
        sha256 = ""
        data_nonce = f.blob("nonce", data_key, 12, 12)
        data_wrapped = f.blob("wrapped", data_key, KEY_BYTES + TAG_BYTES, KEY_BYTES + TAG_BYTES)
    chunk_bytes = f.integer("chunk_bytes", payload, MIN_CHUNK_BYTES, MAX_CHUNK_BYTES)
    payload_bytes = f.integer("payload_bytes", payload, 0, MAX_PAYLOAD_BYTES)
    chunks = f.integer("chunks", payload, 1, MAX_PAYLOAD_BYTES)
    if chunks != chunk_count(payload_bytes, chunk_bytes):
        raise _edited(name, "chunks")
    backup_id = f.text("backup_id", max_len=64)
    if not re.fullmatch(r"[\x21-\x7e]{1,64}", backup_id):  # printable ASCII: it goes into an AAD
        raise _edited(name, "backup_id")
    return {
        "backup_id": backup_id,
        "vault_id": f.text("vault_id", max_len=64),
        "office_name": office_name,
        "created": created,
        "app_version": f.text("app_version", max_len=64),
        "schema_revision": f.text("schema_revision", max_len=64),
        "counts": counts,
        "audit_entries": audit_entries,
        "audit_head": audit_head,
        "facts_nonce": facts_nonce,
        "sealed_facts": sealed_facts,
        "kdf": params,
        "salt": f.blob("salt", kdf, 16, 64),
        "wrap_nonce": f.blob("nonce", key_doc, 12, 12),
        "wrapped_key": f.blob("wrapped", key_doc, KEY_BYTES + TAG_BYTES, KEY_BYTES + TAG_BYTES),
        "payload_kind": PAYLOAD_KINDS[version],
        "chunk_bytes": chunk_bytes,
        "payload_bytes": payload_bytes,
        "chunks": chunks,
        "payload_sha256": sha256,
        "data_key_nonce": data_nonce,
        "wrapped_data_key": data_wrapped,
    }


def read_header(handle: BinaryIO, name: str) -> BackupHeader:
    """Read and checksum the header at the start of `handle`. Needs no passphrase."""
    head = handle.read(PREFIX.size)
    if not head:
        raise CorruptFileError(
            f"{name} is empty: it is not a Quash backup (the copy failed?).",
            code="backup.empty",
            params={"name": name},
        )
    if head[: len(MAGIC)] != MAGIC[: len(head)]:
        raise CorruptFileError(
            f"{name} is not a Quash backup (or its first bytes are damaged).",
            code="backup.not_a_backup",
            params={"name": name},
        )
    if len(head) < PREFIX.size:
        raise CorruptFileError(
            f"{name} is incomplete: it ends inside its header (truncated).",
            code="backup.truncated_header",
            params={"name": name},
        )
    _magic, version, length = PREFIX.unpack(head)
    if not 2 <= length <= MAX_HEADER_BYTES:
        raise _damaged(name, "its header length is impossible", "backup.damaged.header_length")
    rest = handle.read(length + 2 * DIGEST_BYTES)
    if len(rest) < length + 2 * DIGEST_BYTES:
        raise CorruptFileError(
            f"{name} is incomplete: it ends inside its header (truncated).",
            code="backup.truncated_header",
            params={"name": name},
        )
    raw = head + rest[:length]
    checksum = rest[length : length + DIGEST_BYTES]
    seal = rest[length + DIGEST_BYTES :]
    if not hmac.compare_digest(hashlib.sha256(raw).digest(), checksum):
        raise _damaged(
            name, "its header does not match its checksum", "backup.damaged.header_checksum"
        )
    if version not in READABLE_VERSIONS:
        if version > max(READABLE_VERSIONS):
            raise QuashError(
                f"{name} was made by a newer version of Quash (backup format {version}); "
                "update Quash to read it.",
                code="backup.newer_format",
                params={"name": name, "version": version},
            )
        raise _edited(name, "version")
    try:
        doc = json.loads(rest[:length].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _edited(name, "text") from None
    fields = _parse_doc(doc, name, version)
    return BackupHeader(name=name, raw=raw, checksum=checksum, seal=seal, version=version, **fields)


def _open_file(path: Path) -> BinaryIO:
    if path.is_dir():
        raise ValidationError(
            f"{path} is a folder, not a backup file.",
            field="file",
            code="backup.is_a_folder",
            params={"path": path},
        )
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise ValidationError(
            f"There is no backup file at {path}.",
            field="file",
            code="backup.no_file",
            params={"path": path},
        ) from None
    except OSError as exc:
        raise QuashError(
            f"Cannot read {path}: {exc.strerror}.",
            code="backup.cannot_read",
            params={"path": path, "error": exc.strerror},
        ) from exc


def _file_size(handle: BinaryIO) -> int:
    return os.fstat(handle.fileno()).st_size


def _check_length(header: BackupHeader, actual: int) -> None:
    expected = header.file_bytes
    if actual < expected:
        raise CorruptFileError(
            f"{header.name} is incomplete: it is {expected - actual:,} bytes shorter than its "
            "header says (truncated; the copy or the stick failed?).",
            code="backup.truncated",
            params={"name": header.name, "bytes": expected - actual},
        )
    if actual > expected:
        raise _damaged(
            header.name,
            f"{actual - expected:,} unexpected bytes follow its end",
            "backup.damaged.extra_bytes",
            {"bytes": actual - expected},
        )


@contextlib.contextmanager
def open_backup(path: Path) -> Iterator[tuple[BinaryIO, BackupHeader]]:
    """Open a backup file and check its header and length (no passphrase needed)."""
    handle = _open_file(path)
    try:
        try:
            header = read_header(handle, path.name)
            _check_length(header, _file_size(handle))
        except OSError as exc:
            raise QuashError(
                f"Cannot read {path}: {exc.strerror}.",
                code="backup.cannot_read",
                params={"path": path, "error": exc.strerror},
            ) from exc
        yield handle, header
    finally:
        handle.close()


def peek_header(path: Path) -> BackupHeader:
    with open_backup(path) as (_handle, header):
        return header


def unlock_with_kek(header: BackupHeader, kek: bytes) -> BackupKeys:
    try:
        backup_key = AESGCM(kek).decrypt(
            header.wrap_nonce,
            header.wrapped_key,
            _label(header.version, "key ", header.backup_id),
        )
    except InvalidTag:
        raise WrongKeyError("Wrong passphrase for this backup.") from None
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
        raise ValidationError("The office name is too long to go into a backup's header.")
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


def authenticate_payload(
    handle: BinaryIO,
    header: BackupHeader,
    keys: BackupKeys,
    progress: Progress = _no_progress,
    check: Check = _no_check,
    text: str = "Checking the backup",
    sink: Sink | None = None,
) -> None:
    """Decrypt and authenticate every chunk in order, handing each one's plaintext (a view that
    is reused: copy it to keep it) to `sink`; raise at the first chunk that fails, at a cut, or
    at bytes after the last chunk. Two reused buffers: no allocation per megabyte."""
    aead = AESGCM(keys.payload_key)
    digest = hashlib.sha256() if header.payload_sha256 else None  # format 1 also hashes
    sealed = memoryview(bytearray(header.chunk_bytes + TAG_BYTES))
    plain = memoryview(bytearray(header.chunk_bytes))
    handle.seek(header.header_end)
    done = 0
    progress(0, header.payload_bytes, text)
    for index in range(header.chunks):
        check()
        length = header.chunk_length(index)
        if _read_exactly(handle, sealed[: length + TAG_BYTES]) != length + TAG_BYTES:
            raise CorruptFileError(
                f"{header.name} is incomplete: it ends inside part {index + 1} of "
                f"{header.chunks} (truncated).",
                code="backup.truncated_part",
                params={"name": header.name, "part": index + 1, "parts": header.chunks},
            )
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
        progress(done, header.payload_bytes, text)
    if handle.read(1):
        raise _damaged(header.name, "unexpected bytes follow its end", "backup.damaged.trailing")
    if digest is not None and digest.hexdigest() != header.payload_sha256:
        raise _damaged(
            header.name,
            "its contents do not match their recorded checksum",
            "backup.damaged.checksum",
        )


def verify_file(
    path: Path,
    passphrase: str,
    progress: Progress = _no_progress,
    check: Check = _no_check,
) -> BackupHeader:
    """Authenticate the whole file (header, keys, every chunk). Returns the header."""
    with open_backup(path) as (handle, header):
        keys = unlock(header, passphrase)
        try:
            authenticate_payload(handle, header, keys, progress, check)
        except OSError as exc:
            raise QuashError(
                f"Cannot read {path}: {exc.strerror}.",
                code="backup.cannot_read",
                params={"path": path, "error": exc.strerror},
            ) from exc
    return revealed(header, keys)


# ---- the snapshot (a SQLCipher file, never plaintext) -------------------------------------------


@dataclass(frozen=True)
class SnapshotFacts:
    vault_id: str
    office_name: str
    created: str
    schema_revision: str
    counts: dict[str, int]
    audit_entries: int
    audit_head: str


def _open_db(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), timeout=30, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise CorruptFileError("The backed-up database cannot be opened with its key.") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _facts(conn: Any) -> SnapshotFacts:
    """What the header records about a database, read on `conn` in its current transaction."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for required in ("vault_settings", "audit_log", "alembic_version"):
        if required not in tables:
            raise CorruptFileError(
                f"The vault database has no {required} table.",
                code="backup.no_table",
                params={"table": required},
            )
    settings = dict(conn.execute("SELECT key, value FROM vault_settings").fetchall())
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    counts = {
        kind: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for kind, table in COUNTED_TABLES.items()
        if table in tables
    }
    entries = int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    head = conn.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return SnapshotFacts(
        vault_id=str(settings.get("vault_id", "")),
        office_name=str(settings.get("office_name", "")),
        created=str(settings.get("created", "")),
        schema_revision=str(revision[0]) if revision else "",
        counts=counts,
        audit_entries=entries,
        audit_head=str(head[0]) if head else "0" * 64,
    )


def _copy_range(source: int, target: int, size: int, check: Check) -> None:
    """Copy `size` bytes from the start of descriptor `source` to `target` (explicit offsets:
    `source` is shared and its position is never moved). The kernel copies where it can."""
    offset = 0
    fast = hasattr(os, "copy_file_range")
    buffer = memoryview(bytearray(CHUNK_BYTES))
    while offset < size:
        check()
        count = min(CHUNK_BYTES * 16, size - offset)
        if fast:
            try:
                copied = os.copy_file_range(source, target, count, offset, offset)
            except OSError as exc:
                if exc.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
                    raise
                fast = False
                continue
        else:
            copied = _pread_into(source, buffer[: min(count, CHUNK_BYTES)], offset)
            os.lseek(target, offset, os.SEEK_SET)
            written = 0
            while written < copied:
                written += os.write(target, buffer[written:copied])
        if copied <= 0:
            raise QuashError("The vault's database file ended early while it was being copied.")
        offset += copied


def _pread_into(fd: int, view: memoryview, offset: int) -> int:
    if hasattr(os, "preadv"):
        return os.preadv(fd, [view], offset)
    os.lseek(fd, offset, os.SEEK_SET)  # Windows: no pread; the descriptor is ours alone here
    data = os.read(fd, len(view))
    view[: len(data)] = data
    return len(data)


# A vault up to this size is sealed straight from its file while writers wait: encrypting and
# handing 64 MiB to the operating system takes well under a second, and the fsync and the read
# back happen after writers are let go. A larger vault (scanned documents) is first copied to a
# local snapshot, so that writers never wait for a slow stick.
HELD_SEAL_LIMIT = 64 << 20


@contextlib.contextmanager
def _payload_source(
    vault: Vault, snapshot: Path, check: Check
) -> Iterator[tuple[SnapshotFacts, int, int]]:
    """Yield (the header's facts, a descriptor to read the payload from, its size): one
    committed state of the vault's database file, still encrypted (see Vault.held_still).

    A small vault's own file is yielded while it is held still; a large one is copied to
    `snapshot` (removed by the caller) and the vault is let go before the copy is yielded."""
    with vault.held_still() as (conn, source):
        # Every page's MAC, before anything is sealed: a damaged page is never backed up as
        # "verified" (nor lets --keep remove the last good backup).
        try:
            damaged = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        except (sqlcipher3.DatabaseError, MemoryError):
            damaged = ["the check itself failed"]
        if damaged:
            raise damaged_vault(vault.paths.db, len(damaged))
        facts = _facts(conn)
        size = os.fstat(source).st_size
        if size <= HELD_SEAL_LIMIT:
            yield facts, source, size
            return
        target = create_private(snapshot)
        try:
            # Temporary and thrown away on failure: no fsync. Its pages are SQLCipher's.
            _copy_range(source, target, size, check)
        finally:
            os.close(target)
    copy = os.open(snapshot, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        yield facts, copy, size
    finally:
        os.close(copy)


def check_database(path: Path, key: bytes) -> SnapshotFacts:
    """SQLCipher's page MACs and SQLite's integrity check over a snapshot; its facts."""
    conn = _open_db(path, key)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        problems += [
            r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"
        ]
        if problems:
            raise CorruptFileError(
                f"The backed-up database fails its integrity check ({len(problems)} problem(s)).",
                code="backup.integrity",
                params={"problems": len(problems)},
            )
        return _facts(conn)
    except sqlcipher3.DatabaseError as exc:
        raise CorruptFileError("The backed-up database is damaged.") from exc
    finally:
        conn.close()


def _compare_facts(header: BackupHeader, facts: SnapshotFacts) -> None:
    recorded = (
        header.vault_id,
        header.schema_revision,
        header.counts,
        header.audit_entries,
        header.audit_head,
    )
    found = (
        facts.vault_id,
        facts.schema_revision,
        facts.counts,
        facts.audit_entries,
        facts.audit_head,
    )
    if recorded != found:
        raise _damaged(
            header.name,
            "the database inside does not match what its header records",
            "backup.damaged.facts",
        )


# ---- leftovers ----------------------------------------------------------------------------------


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # no safe probe (os.kill would terminate it): fall back on age alone
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, belongs to someone else
    return True


def is_leftover(path: Path) -> bool:
    """A temp file or folder an interrupted backup or restore left behind, whose process is gone
    (or that is older than a day)."""
    match = LEFTOVER.match(path.name)
    if not match:
        return False
    try:
        age = time.time() - path.lstat().st_mtime
    except OSError:
        return False
    return age > LEFTOVER_MAX_AGE or not _pid_alive(int(match.group("pid")))


def clean_leftovers(folder: Path) -> list[str]:
    """Remove what interrupted backups and restores left in `folder`. Returns their names."""
    removed: list[str] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        if not is_leftover(path):
            continue
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path.name)
        except OSError:
            continue  # a read-only stick: harmless, tried again next time
    return removed


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# ---- writing ------------------------------------------------------------------------------------


def file_name(when: dt.datetime) -> str:
    """`backup-YYYY-MM-DD-HHMMSS.quashbackup`, in local time; safe on FAT sticks. Neutral: a lost
    stick does not name the office (format 3 seals the office's name inside the header too)."""
    return f"backup-{when:%Y-%m-%d-%H%M%S}{SUFFIX}"


def _unique(folder: Path, name: str) -> Path:
    candidate = folder / name
    stem = name[: -len(SUFFIX)]
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return candidate


class NotEnoughSpaceError(QuashError):
    """The target cannot hold the backup; found before anything is written."""


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def _ensure_space(folder: Path, needed: int) -> None:
    margin = 1 << 20  # room for the folder entry and the file system's own bookkeeping
    free = free_bytes(folder)
    if free < needed + margin:
        raise NotEnoughSpaceError(
            f"Not enough space in {folder}: the backup needs {human_size(needed + margin)} "
            f"and {human_size(free)} is free. Nothing was written.",
            code="backup.not_enough_space",
            params={"folder": folder, "needed": needed + margin, "free": free},
        )


def _write_failure(folder: Path, exc: OSError) -> QuashError:
    nothing = "No backup was left under the final name."
    if exc.errno == errno.EFBIG:
        return QuashError(
            f"The backup is too large for one file on {folder}'s file system (a FAT32 stick holds "
            f"at most 4 GB per file); use an exFAT or NTFS stick. {nothing}",
            code="backup.too_large_for_file_system",
            params={"folder": folder},
        )
    if exc.errno == errno.ENOSPC:
        return QuashError(
            f"{folder} filled up while the backup was being written. {nothing}",
            code="backup.filled_up",
            params={"folder": folder},
        )
    return QuashError(
        f"Writing the backup to {folder} failed ({exc.strerror or exc}); the stick may have been "
        f"removed or is failing. {nothing}",
        code="backup.write_failed",
        params={"folder": folder, "error": exc.strerror or exc},
    )


def _drop_cache(path: Path) -> None:
    """Ask the kernel to forget the file's cached pages, so reading it back reads the device."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class WrittenBackup:
    path: Path
    header: BackupHeader
    bytes: int


def _build_header(
    facts: SnapshotFacts,
    *,
    backup_id: str,
    created: str,
    app_version: str,
    params: Argon2Params,
    salt: bytes,
    wrap_nonce: bytes,
    wrapped: bytes,
    data_key_nonce: bytes,
    wrapped_data_key: bytes,
    payload_bytes: int,
    chunk_bytes: int,
    facts_nonce: bytes,
    sealed_facts: bytes,
) -> bytes:
    doc = {
        "format": FORMAT,
        "backup_id": backup_id,
        "vault_id": facts.vault_id,
        "created": created,
        "app_version": app_version,
        "schema_revision": facts.schema_revision,
        # The office's name, the counts and the audit head: readable only with the passphrase.
        "facts": {"nonce": _b64(facts_nonce), "sealed": _b64(sealed_facts)},
        "kdf": {
            "name": "argon2id",
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
            "salt": _b64(salt),
        },
        "key": {"cipher": CIPHER, "nonce": _b64(wrap_nonce), "wrapped": _b64(wrapped)},
        "payload": {
            "kind": PAYLOAD_KINDS[FORMAT_VERSION],
            "cipher": CIPHER,
            "chunk_bytes": chunk_bytes,
            "payload_bytes": payload_bytes,
            "chunks": chunk_count(payload_bytes, chunk_bytes),
            "key": {"nonce": _b64(data_key_nonce), "wrapped": _b64(wrapped_data_key)},
        },
    }
    body = _canonical(doc)
    if len(body) > MAX_HEADER_BYTES:
        raise ValidationError("The office name is too long to go into a backup's header.")
    return PREFIX.pack(MAGIC, FORMAT_VERSION, len(body)) + body


def _write_all(fd: int, view: memoryview) -> None:
    while view:
        view = view[os.write(fd, view) :]


def _write_sealed(
    target: Path,
    prologue: bytes,
    source: int,
    header: BackupHeader,
    keys: BackupKeys,
    progress: Progress,
    check: Check,
) -> None:
    """Create `target` and write the header and every sealed chunk of the payload read from
    `source` (not yet fsynced: see _sync_and_forget). A write failure is reported as one."""
    aead = AESGCM(keys.payload_key)
    plain = memoryview(bytearray(header.chunk_bytes))
    sealed = memoryview(bytearray(header.chunk_bytes + TAG_BYTES))
    try:
        fd = create_private(target)
    except OSError as exc:
        raise _write_failure(target.parent, exc) from exc
    try:
        _write_all(fd, memoryview(prologue))
        done = 0
        progress(0, header.payload_bytes, "Encrypting and writing")
        for index in range(header.chunks):
            check()
            length = header.chunk_length(index)
            if _pread_into(source, plain[:length], done) != length:
                raise QuashError("The vault's database file changed while it was being copied.")
            last = index == header.chunks - 1
            aad = _chunk_aad(header.checksum, index, last)
            aead.encrypt_into(_nonce(index), plain[:length], aad, sealed[: length + TAG_BYTES])
            _write_all(fd, sealed[: length + TAG_BYTES])
            done += length
            progress(done, header.payload_bytes, "Encrypting and writing")
    except OSError as exc:
        raise _write_failure(target.parent, exc) from exc
    finally:
        os.close(fd)


def _sync_and_forget(path: Path) -> None:
    """fsync the file, then ask the kernel to drop its cached pages so that reading it back
    reads the device."""
    fsync_file(path)
    _drop_cache(path)


def _read_back(
    path: Path, expected: BackupHeader, kek: bytes, progress: Progress, check: Check
) -> None:
    """Read the written file from the device and check every byte of it with the keys."""
    with open_backup(path) as (handle, header):
        if header.raw != expected.raw or header.seal != expected.seal:
            raise QuashError("The backup read back differs from what was written.")
        keys = unlock_with_kek(header, kek)
        authenticate_payload(handle, header, keys, progress, check, "Verifying")


def write_backup(
    vault: Vault,
    folder: Path,
    passphrase: str,
    *,
    params: Argon2Params,
    app_version: str,
    progress: Progress = _no_progress,
    check: Check = _no_check,
    chunk_bytes: int = CHUNK_BYTES,
) -> WrittenBackup:
    """Write a verified backup of `vault` into `folder`. See the module docstring for the steps."""
    keyslots.check_passphrase(passphrase)
    if not params.meets_floor():
        raise ValueError("Argon2id parameters below 64 MiB / 3 passes are not allowed")
    params = clamp_params(params)
    if not folder.is_dir():
        raise ValidationError(
            f"The folder {folder} does not exist.",
            field="to",
            code="backup.no_folder",
            params={"folder": folder},
        )
    if not os.access(folder, os.W_OK):
        raise ValidationError(
            f"Quash cannot write to {folder} (read-only?).",
            field="to",
            code="backup.read_only",
            params={"folder": folder},
        )
    clean_leftovers(folder)
    clean_leftovers(vault.paths.folder)

    # The slow step first, before writers are made to wait.
    progress(0, 0, "Deriving the backup key from the passphrase")
    salt = os.urandom(16)
    kek = derive_kek(passphrase, salt, params)
    check()
    data_key = vault.data_key()
    keys = dataclasses.replace(
        BackupKeys.derive(os.urandom(KEY_BYTES), FORMAT_VERSION), database_key=data_key
    )
    backup_id = str(uuid.uuid4())
    wrap_nonce, data_key_nonce = os.urandom(12), os.urandom(12)
    wrapped = AESGCM(kek).encrypt(
        wrap_nonce, keys.backup_key, _label(FORMAT_VERSION, "key ", backup_id)
    )
    wrapped_data_key = AESGCM(keys.data_wrap_key).encrypt(
        data_key_nonce, data_key, _label(FORMAT_VERSION, "data key ", backup_id)
    )

    token = _token()
    snapshot = vault.paths.folder / f"{SNAPSHOT_PREFIX}.{token}.snapshot"
    partial: Path | None = None
    try:
        progress(0, 0, "Taking a snapshot of the vault")
        try:
            with _payload_source(vault, snapshot, check) as (facts, source, payload_bytes):
                if facts.vault_id != vault.vault_id:
                    raise CorruptFileError("The vault database does not belong to its key file.")
                now = dt.datetime.now(dt.UTC).replace(microsecond=0)
                facts_nonce = os.urandom(12)
                sealed_facts = _seal_facts(facts, keys.facts_key, facts_nonce, backup_id)
                raw = _build_header(
                    facts,
                    facts_nonce=facts_nonce,
                    sealed_facts=sealed_facts,
                    backup_id=backup_id,
                    created=now.isoformat(),
                    app_version=app_version,
                    params=params,
                    salt=salt,
                    wrap_nonce=wrap_nonce,
                    wrapped=wrapped,
                    data_key_nonce=data_key_nonce,
                    wrapped_data_key=wrapped_data_key,
                    payload_bytes=payload_bytes,
                    chunk_bytes=chunk_bytes,
                )
                prologue = raw + hashlib.sha256(raw).digest()
                prologue += hmac.new(keys.header_key, raw, hashlib.sha256).digest()
                header = read_header(io.BytesIO(prologue), "the new backup")
                _ensure_space(folder, header.file_bytes)
                check()
                final = _unique(folder, file_name(now.astimezone()))
                partial = folder / f".{final.name}.{token}.partial"
                _write_sealed(partial, prologue, source, header, keys, progress, check)
            # Writers are let go here; what follows touches only the backup file.
        except (sqlcipher3.DatabaseError, MemoryError) as exc:  # SQLite's words: no case data
            damaged = vault.damaged_pages()
            if damaged:
                raise damaged_vault(vault.paths.db, len(damaged)) from exc
            raise QuashError(
                f"Taking a snapshot of the vault failed ({exc}).",
                code="backup.snapshot_failed",
                params={"error": exc},
            ) from exc
        except OSError as exc:
            raise QuashError(
                f"Taking a snapshot of the vault failed ({exc.strerror or exc}); nothing was "
                "left in the backup folder.",
                code="backup.snapshot_failed_nothing_left",
                params={"error": exc.strerror or exc},
            ) from exc
        try:
            _sync_and_forget(partial)
            _read_back(partial, header, kek, progress, check)
            check()
            # Only a verified file gets the final name; the rename is atomic.
            os.replace(partial, final)
            partial = None
        except OSError as exc:
            raise _write_failure(folder, exc) from exc
        except CorruptFileError as exc:
            raise QuashError(
                f"The backup written to {folder} did not read back correctly ({exc}); the "
                "stick may be failing. It was not kept.",
                code="backup.read_back_failed",
                params={"folder": folder, "error": exc},
            ) from exc
        try:
            fsync_directory(folder)
        except OSError as exc:
            raise QuashError(
                f"{final.name} was written and verified, but {folder} did not confirm saving it "
                f"({exc.strerror or exc}); the stick may be failing. Verify it before you rely on "
                "it.",
                code="backup.not_confirmed",
                params={"name": final.name, "folder": folder, "error": exc.strerror or exc},
            ) from exc
        told = dataclasses.replace(
            header,
            name=final.name,
            office_name=facts.office_name,
            counts=dict(facts.counts),
            audit_entries=facts.audit_entries,
            audit_head=facts.audit_head,
        )
        return WrittenBackup(final, told, header.file_bytes)
    finally:
        _remove_quietly(snapshot)
        if partial is not None:
            _remove_quietly(partial)


# ---- keep the last N ----------------------------------------------------------------------------


def backups_in(folder: Path, vault_id: str | None = None) -> list[tuple[Path, BackupHeader]]:
    """The readable Quash backups in `folder` (of one vault if given), newest first."""
    found: list[tuple[dt.datetime, int, str, Path, BackupHeader]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        if path.name.startswith(".") or not path.name.endswith(SUFFIX) or not path.is_file():
            continue
        try:
            header = peek_header(path)
            written = path.stat().st_mtime_ns
        except (QuashError, OSError):
            continue  # damaged or not ours: never touched
        if vault_id is None or header.vault_id == vault_id:
            found.append((header.created_at, written, path.name, path, header))
    found.sort(key=lambda item: item[:3], reverse=True)  # made in the same second: by mtime
    return [(path, header) for *_order, path, header in found]


def prune(
    folder: Path,
    vault_id: str,
    keep: int,
    protect: Path,
    sound: Callable[[Path], bool] = lambda _path: True,
) -> list[str]:
    """Delete all but the newest `keep` sound backups of this vault in `folder`. `protect` (the
    backup just written and verified) is always kept and counts; an older one counts only if
    `sound` says it verifies with its key, and one that does not is never deleted either: a
    damaged newer backup must not push out the last good one. Never another vault's backups,
    nor a file that does not read as a backup. Returns the names removed."""
    if keep < 1:
        raise ValidationError("Keep at least one backup.", field="keep")
    removed: list[str] = []
    kept = 0
    for path, _header in backups_in(folder, vault_id):
        if path == protect:
            kept += 1
            continue
        if kept < keep:
            if sound(path):
                kept += 1
            continue  # kept: counted if sound, left alone if not
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path.name)
    if removed:
        with contextlib.suppress(OSError):
            fsync_directory(folder)
    return removed


# ---- restoring ----------------------------------------------------------------------------------


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class RestoredFolder:
    folder: Path
    recovery_key: str = field(repr=False)
    replaced: Path | None  # where the vault that was in `folder` now is
    header: BackupHeader


def destination_state(folder: Path) -> str:
    """'absent', 'empty' or 'vault'; anything else is refused."""
    if not folder.exists():
        return "absent"
    if not folder.is_dir():
        raise ValidationError(
            f"{folder} is a file; restore into a new folder.",
            field="vault",
            code="restore.is_a_file",
            params={"folder": folder},
        )
    names = {p.name for p in folder.iterdir()}
    if not names:
        return "empty"
    if DB_NAME in names or KEYS_NAME in names:
        return "vault"
    raise ValidationError(
        f"{folder} is not empty and is not a Quash vault; restore into a new folder.",
        field="vault",
        code="restore.not_a_vault",
        params={"folder": folder},
    )


def _aside_name(folder: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = folder.with_name(f"{folder.name}.replaced-{stamp}")
    n = 2
    while candidate.exists():
        candidate = folder.with_name(f"{folder.name}.replaced-{stamp}-{n}")
        n += 1
    return candidate


def _extract(
    handle: BinaryIO,
    header: BackupHeader,
    keys: BackupKeys,
    target: Path,
    progress: Progress,
    check: Check,
) -> None:
    """Authenticate the payload while writing it to `target`: still a SQLCipher database, so
    nothing readable reaches the disk. Not fsynced: callers throw it away or fsync it later."""
    fd = create_private(target)
    try:
        authenticate_payload(
            handle,
            header,
            keys,
            progress,
            check,
            "Checking and restoring",
            sink=lambda plain: _write_all(fd, plain),
        )
    finally:
        os.close(fd)


@contextlib.contextmanager
def extracted(
    path: Path,
    passphrase: str,
    target: Path,
    progress: Progress = _no_progress,
    check: Check = _no_check,
) -> Iterator[tuple[BackupHeader, bytes]]:
    """Authenticate the backup while decrypting its payload (still a SQLCipher database) into
    `target`; yield (header, the database's key). On any failure, and afterwards unless the
    caller moved it away, `target` is removed."""
    try:
        with open_backup(path) as (handle, header):
            keys = unlock(header, passphrase)
            try:
                _extract(handle, header, keys, target, progress, check)
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    raise  # the caller says where there was no room (restore, verify)
                raise QuashError(
                    f"Checking the backup failed: {exc.strerror or exc}.",
                    code="backup.check_failed",
                    params={"error": exc.strerror or exc},
                ) from exc
        yield revealed(header, keys), keys.database_key
    finally:
        _remove_quietly(target)
        _remove_quietly(target.with_name(target.name + "-journal"))


def check_pages(header: BackupHeader, path: Path, key: bytes) -> None:
    """SQLCipher's MAC of every page of an extracted payload (fast: nothing is decrypted): a
    backup whose database was damaged before it was sealed is reported, exit 4."""
    try:
        conn = _open_db(path, key)
    except CorruptFileError as exc:
        raise _damaged(
            header.name, "the database inside is damaged", "backup.damaged.database"
        ) from exc
    try:
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except (sqlcipher3.DatabaseError, MemoryError):
        problems = [("the check itself failed",)]
    finally:
        conn.close()
    if problems:
        raise _damaged(header.name, "the database inside is damaged", "backup.damaged.database")


def check_extracted(header: BackupHeader, path: Path, key: bytes) -> SnapshotFacts:
    """The thorough check of an extracted payload: SQLCipher's page MACs, SQLite's integrity
    check, and the header's facts against the database's."""
    facts = check_database(path, key)
    _compare_facts(header, facts)
    return facts


def _rekey(path: Path, header: BackupHeader, key: bytes, new_key: bytes) -> SnapshotFacts:
    """Put the extracted database under `new_key` and check it against the header. Rekeying
    reads every page, so every page's SQLCipher MAC is checked on the way. The file is private
    and thrown away on failure, so it needs no journal; it is fsynced once at the end."""
    conn = _open_db(path, key)
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise sqlcipher3.DatabaseError("a page fails its MAC")
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        facts = _facts(conn)
    except (sqlcipher3.DatabaseError, MemoryError) as exc:  # SQLITE_NOMEM on a bad page too
        raise _damaged(
            header.name, "the database inside is damaged", "backup.damaged.database"
        ) from exc
    finally:
        conn.close()
    _compare_facts(header, facts)
    fsync_file(path)
    return facts


def restore_backup(
    path: Path,
    passphrase: str,
    folder: Path,
    new_passphrase: str,
    *,
    params: Argon2Params,
    replace: bool = False,
    progress: Progress = _no_progress,
    check: Check = _no_check,
    announce: Callable[[str], None] = lambda _key: None,
) -> RestoredFolder:
    """Restore the backup at `path` as a new vault in `folder`, under a new data key and new key
    slots (the new passphrase, and a new recovery key handed to `announce` before the vault is
    put in place, and returned).

    Everything is checked before the vault appears, in a hidden folder beside `folder` that is
    only then renamed into place: the whole file is authenticated, every page's SQLCipher MAC is
    checked while the database is put under the new data key (so a key taken from the machine
    the backup came from opens nothing restored), and its record counts and audit head must
    match the header. A vault already in `folder` is replaced only when `replace` is set,
    and is then kept beside it as `<folder>.replaced-<timestamp>`.
    """
    keyslots.check_passphrase(new_passphrase)
    peeked = peek_header(path)
    if peeked.schema_revision not in known_revisions():
        raise QuashError(
            f"{peeked.name} was made by a newer version of Quash (schema "
            f"{peeked.schema_revision}); update Quash to restore it.",
            code="restore.newer_schema",
            params={"name": peeked.name, "revision": peeked.schema_revision},
        )
    state = destination_state(folder)
    if state == "vault" and not replace:
        raise ValidationError(
            f"{folder} already holds a vault. Restore into a new folder, or confirm replacing "
            "it (the old vault is then kept beside it).",
            field="vault",
            code="restore.holds_a_vault",
            params={"folder": folder},
        )
    parent = folder.parent
    parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(parent)
    staging = parent / f".{folder.name}.{_token()}.restoring"
    staging.mkdir(mode=0o700)
    try:
        db = staging / DB_NAME
        extracting = staging / f"{SNAPSHOT_PREFIX}.{_token()}.snapshot"
        with extracted(path, passphrase, extracting, progress, check) as (header, key):
            check()
            progress(0, 0, "Putting the vault under a new data key")
            data_key = os.urandom(keyslots.DATA_KEY_BYTES)
            facts = _rekey(extracting, header, key, data_key)
            os.replace(extracting, db)
        recovery = keyslots.new_recovery_key()
        key_file = KeyFile(header.vault_id, facts.created or header.created, [])
        key_file.set_passphrase(new_passphrase, data_key, params)
        key_file.set_recovery_slot(
            keyslots.recovery_public_key(keyslots.parse_recovery_key(recovery)), data_key
        )
        write_atomically(staging / KEYS_NAME, key_file.to_bytes(data_key))
        os.chmod(db, 0o600)
        fsync_directory(staging)
        check()
        # Shown before the restored vault appears: whenever it exists, its recovery key has
        # been shown (if this stops before the rename, nothing was restored and the key is void).
        announce(recovery)

        replaced: Path | None = None
        state = destination_state(folder)  # again: it may have changed while we worked
        if state == "vault":
            if not replace:
                raise ValidationError(
                    f"{folder} now holds a vault; nothing was replaced.",
                    code="restore.now_holds_a_vault",
                    params={"folder": folder},
                )
            replaced = _aside_name(folder)
            os.rename(folder, replaced)
        elif state == "empty":
            folder.rmdir()
        try:
            os.rename(staging, folder)
        except OSError:
            if replaced is not None:
                os.rename(replaced, folder)  # put the old vault back where it was
            raise
        fsync_directory(parent)
        return RestoredFolder(folder, recovery, replaced, header)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise QuashError(
                f"Not enough space in {parent} to restore the vault.",
                code="restore.not_enough_space",
                params={"folder": parent},
            ) from exc
        raise QuashError(
            f"Restoring into {folder} failed ({exc.strerror or exc}); nothing was restored.",
            code="restore.failed",
            params={"folder": folder, "error": exc.strerror or exc},
        ) from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
