"""Writing a backup (`write_backup`): the space it needs, its neutral file name, sealing the
snapshot to a temporary name, reading it back from the device, and the rename into place;
then keeping only the last N (`prune`)."""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import errno
import hashlib
import hmac
import io
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from models.errors import CorruptFileError, QuashError, ValidationError
from models.tasks import NO_TASK, Task
from storage import keyslots
from storage.atomic import create_private, fsync_directory, fsync_file
from storage.backup.crypto import (
    BackupKeys,
    _label,
    _seal_facts,
    authenticate_payload,
    derive_kek,
    unlock_with_kek,
)
from storage.backup.format import (
    CHUNK_BYTES,
    CIPHER,
    FORMAT,
    FORMAT_VERSION,
    KEY_BYTES,
    MAGIC,
    MAX_HEADER_BYTES,
    PAYLOAD_KINDS,
    PREFIX,
    SUFFIX,
    TAG_BYTES,
    BackupHeader,
    _canonical,
    _chunk_aad,
    _nonce,
    chunk_count,
    open_backup,
    peek_header,
    read_header,
)
from storage.backup.pages import PageCheck
from storage.backup.snapshot import (
    SNAPSHOT_PREFIX,
    EarlyFlush,
    SnapshotFacts,
    _payload_source,
    _pread_into,
    _remove_quietly,
    _token,
    clean_leftovers,
    let_go,
)
from storage.keyslots import Argon2Params, clamp_params
from storage.vault import Vault, damaged_vault


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{int(size)} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


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

    code = "disk.full"


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
    fd = os.open(path, os.O_RDONLY)
    try:
        let_go(fd, 0, 0)
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
        raise ValidationError(
            "The office name is too long to go into a backup's header.",
            code="backup.office_name_too_long",
        )
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
    task: Task,
    check: PageCheck,
) -> None:
    """Create `target` and write the header and every sealed chunk of the payload read from
    `source` (not yet fsynced: see _sync_and_forget), handing each chunk to `check` too. A write
    failure is reported as one."""
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
        task.progress(0, header.payload_bytes, "Encrypting and writing")
        with EarlyFlush(fd, forget=True) as flush:  # read back from the device next
            for index in range(header.chunks):
                task.check()
                length = header.chunk_length(index)
                if _pread_into(source, plain[:length], done) != length:
                    raise QuashError(
                        "The vault's database file changed while it was being copied.",
                        code="backup.source_changed",
                    )
                check.feed(plain[:length])
                last = index == header.chunks - 1
                aad = _chunk_aad(header.checksum, index, last)
                aead.encrypt_into(_nonce(index), plain[:length], aad, sealed[: length + TAG_BYTES])
                _write_all(fd, sealed[: length + TAG_BYTES])
                flush.wrote(length + TAG_BYTES)
                done += length
                task.progress(done, header.payload_bytes, "Encrypting and writing")
    except OSError as exc:
        raise _write_failure(target.parent, exc) from exc
    finally:
        os.close(fd)


def _sync_and_forget(path: Path) -> None:
    """fsync the file, then ask the kernel to drop its cached pages so that reading it back
    reads the device."""
    fsync_file(path)
    _drop_cache(path)


def _read_back(path: Path, expected: BackupHeader, kek: bytes, task: Task) -> None:
    """Read the written file from the device and check every byte of it with the keys."""
    with open_backup(path) as (handle, header):
        if header.raw != expected.raw or header.seal != expected.seal:
            raise QuashError(
                "The backup read back differs from what was written.",
                code="backup.read_back_differs",
            )
        keys = unlock_with_kek(header, kek)
        authenticate_payload(handle, header, keys, task, "Verifying")


def write_backup(
    vault: Vault,
    folder: Path,
    passphrase: str,
    *,
    params: Argon2Params,
    app_version: str,
    task: Task = NO_TASK,
    chunk_bytes: int = CHUNK_BYTES,
) -> WrittenBackup:
    """Write a verified backup of `vault` into `folder`. See the package docstring for the steps."""
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
    task.progress(0, 0, "Deriving the backup key from the passphrase")
    salt = os.urandom(16)
    kek = derive_kek(passphrase, salt, params)
    task.check()
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
        task.progress(0, 0, "Taking a snapshot of the vault")
        try:
            with _payload_source(vault, snapshot, folder, task) as (facts, source, payload_bytes):
                if facts.vault_id != vault.vault_id:
                    raise CorruptFileError(
                        "The vault database does not belong to its key file.",
                        code="backup.vault_key_mismatch",
                    )
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
                task.check()
                final = _unique(folder, file_name(now.astimezone()))
                partial = folder / f".{final.name}.{token}.partial"
                check = PageCheck(data_key)
                try:
                    _write_sealed(partial, prologue, source, header, keys, task, check)
                    failed = check.finish()
                finally:
                    check.close()
                if failed:
                    raise damaged_vault(vault.paths.db, failed)
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
            _read_back(partial, header, kek, task)
            task.check()
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
        raise ValidationError("Keep at least one backup.", field="keep", code="backup.keep_none")
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
