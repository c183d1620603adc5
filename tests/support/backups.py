"""Helpers shared by the backup tests: demo vaults, a quick KDF, the command line in-process."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from services import demo, documents, records
from storage import backup
from storage.backup import crypto, writer
from storage.keyslots import MINIMUM_ARGON2, Argon2Params
from storage.uow import UnitOfWork
from storage.vault import Vault, create_vault
from tests.conftest import PASSPHRASE

BACKUP_PASSPHRASE = "a different stick passphrase"
NEW_PASSPHRASE = "the new machine's passphrase"
RECOVERY_KEY = re.compile(r"\b([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})\b")


def make_demo_vault(
    folder: Path, *, synthetic: int = 0, document_bytes: tuple[int, ...] = ()
) -> Vault:
    """An unlocked vault with the public sample cases, some synthetic matters, and scanned
    documents of the given sizes (random bytes, so they do not compress)."""
    vault, _recovery = create_vault(
        folder, PASSPHRASE, office_name="Demo Legal Aid Office", params=MINIMUM_ARGON2
    )
    with UnitOfWork(vault, "Test Paralegal") as uow:
        demo.fill_public_cases(uow)
        if synthetic:
            demo.fill_synthetic(uow, synthetic)
        subpoena = records.list_records(uow, "subpoenas")[0]
        for i, size in enumerate(document_bytes):
            documents.attach(
                uow, documents.on_subpoena(subpoena.id), f"scan-{i}.pdf", os.urandom(size)
            )
        uow.commit()
    return vault


def write(vault: Vault, folder: Path, chunk_bytes: int = backup.CHUNK_BYTES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    written = backup.write_backup(
        vault,
        folder,
        BACKUP_PASSPHRASE,
        params=MINIMUM_ARGON2,
        app_version="test",
        chunk_bytes=chunk_bytes,
    )
    return written.path


@functools.cache
def _memo_kek(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    return _REAL_DERIVE(passphrase, salt, params)


_REAL_DERIVE = crypto.derive_kek


@contextmanager
def quick_kdf() -> Iterator[None]:
    """Remember each derived key-encryption key, so a test that reads the same backup a hundred
    times pays for Argon2id once (the derivation itself is unchanged). Patched where it is used:
    reading a backup (crypto.unlock) and writing one (writer.write_backup)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(crypto, "derive_kek", _memo_kek)
        patch.setattr(writer, "derive_kek", _memo_kek)
        yield


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("quash: "), lines[0]
    return lines[0]


def rechecksum(data: bytes) -> bytes:
    """Recompute the unkeyed header checksum, as someone editing the header by hand would."""
    length = int.from_bytes(data[10:14], "big")
    raw = data[: 14 + length]
    return raw + hashlib.sha256(raw).digest() + data[14 + length + 32 :]


def edit_header(data: bytes, change: dict[str, object]) -> bytes:
    """Replace top-level or nested ("kdf.salt") header fields and fix the checksum."""
    length = int.from_bytes(data[10:14], "big")
    doc = json.loads(data[14 : 14 + length])
    for dotted, value in change.items():
        *path, last = dotted.split(".")
        target = doc
        for part in path:
            target = target[part]
        target[last] = value
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    rest = data[14 + length :]
    rebuilt = data[:10] + len(body).to_bytes(4, "big") + body + rest
    return rechecksum(rebuilt)


def seal_through_a_snapshot(patch: pytest.MonkeyPatch, held_limit: int = 0) -> None:
    """Make a backup go through a local snapshot of the vault, as one of a vault larger than
    `held_limit` to a stick does: the tests' backup folders are on the vault's own file system,
    where it would be sealed straight from the held vault file."""
    from storage.backup import snapshot

    patch.setattr(snapshot, "HELD_SEAL_LIMIT", held_limit)
    patch.setattr(snapshot, "_same_file_system", lambda _folder, _fd: False)


def as_format_2(path: Path, passphrase: str, target: Path) -> Path:
    """The backup at `path` (format 3, as this Quash writes) written again in format 2, as a
    Quash before format 3 wrote it: the same database inside, the office's name, counts and
    audit head readable in the header, and every key and chunk sealed under format 2's labels.
    For tests of what a reader still does for files it did not write itself."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from storage.backup.format import MAGIC, PREFIX, _canonical, _chunk_aad, _nonce, open_backup

    payload = bytearray()
    with open_backup(path) as (handle, header):
        keys = crypto.unlock(header, passphrase)
        crypto.authenticate_payload(handle, header, keys, sink=payload.extend)
    assert keys.facts is not None
    doc = json.loads(header.raw[PREFIX.size :])
    del doc["facts"]
    doc["office_name"] = keys.facts.office_name
    doc["counts"] = keys.facts.counts
    doc["audit"] = {"entries": keys.facts.audit_entries, "head": keys.facts.audit_head}
    backup_key = os.urandom(32)
    new = crypto.BackupKeys.derive(backup_key, 2)
    kek = crypto.derive_kek(passphrase, header.salt, header.kdf)
    wrap_nonce, data_nonce = os.urandom(12), os.urandom(12)
    doc["key"]["nonce"] = _b64(wrap_nonce)
    doc["key"]["wrapped"] = _b64(
        AESGCM(kek).encrypt(wrap_nonce, backup_key, crypto._label(2, "key ", header.backup_id))
    )
    doc["payload"]["key"] = {
        "nonce": _b64(data_nonce),
        "wrapped": _b64(
            AESGCM(new.data_wrap_key).encrypt(
                data_nonce, keys.database_key, crypto._label(2, "data key ", header.backup_id)
            )
        ),
    }
    body = _canonical(doc)
    raw = PREFIX.pack(MAGIC, 2, len(body)) + body
    checksum = hashlib.sha256(raw).digest()
    out = bytearray(raw + checksum + hmac.new(new.header_key, raw, hashlib.sha256).digest())
    aead = AESGCM(new.payload_key)
    for index in range(header.chunks):
        chunk = payload[index * header.chunk_bytes : (index + 1) * header.chunk_bytes]
        aad = _chunk_aad(checksum, index, index == header.chunks - 1)
        out += aead.encrypt(_nonce(index), bytes(chunk), aad)
    target.write_bytes(bytes(out))
    return target


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")
