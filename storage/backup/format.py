"""The backup file's layout: its constants, the header a backup reads without the passphrase
(checksummed, every field checked), and opening a file to read it."""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import math
import os
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from models.errors import CorruptFileError, QuashError, ValidationError
from storage.keyslots import (
    MAX_KDF_ITERATIONS,
    MAX_KDF_LANES,
    MAX_KDF_MEMORY_KIB,
    Argon2Params,
    within_caps,
)

MAGIC = b"QUASHBK1"  # the same in every format version; the version is the next field
FORMAT = "quash-backup"
FORMAT_VERSION = 3  # what this Quash writes
READABLE_VERSIONS = (1, 2, 3)
# From format 3 the office's name, the record counts and the audit head are sealed inside the
# header (AES-GCM under a key derived from the backup key): before the passphrase a backup says
# nothing about whose it is. Its file name is neutral too.
SEALED_FACTS_FROM = 3
# Every backup of format 3 was written by a Quash that checked every page's MAC as it sealed the
# page, and refused to seal a damaged one. Authenticating such a payload proves each page is one
# that passed; reading an older format, the pages are checked again.
PAGES_CHECKED_WHEN_SEALED_FROM = 3
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


# ---- small helpers ------------------------------------------------------------------------------


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


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
    # opens these (see `crypto.revealed`).
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
