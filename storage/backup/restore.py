"""Restoring a backup as a new vault (`restore_backup`): where it may go, the payload
authenticated and every page put under a new data key while it is extracted (still SQLCipher's
pages), and the checks of what was extracted before the vault is renamed into place."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import sqlcipher3

from models.errors import QuashError, ValidationError
from models.tasks import NO_TASK, Task
from storage import keyslots
from storage.atomic import create_private, fsync_directory, fsync_file, write_atomically
from storage.backup.crypto import (
    BackupKeys,
    authenticate_payload,
    damaged_pages,
    leaves_the_cache,
    revealed,
    unlock,
)
from storage.backup.format import (
    BackupHeader,
    _damaged,
    open_backup,
    peek_header,
)
from storage.backup.pages import PageCheck, PageRekey
from storage.backup.snapshot import (
    SNAPSHOT_PREFIX,
    EarlyFlush,
    SnapshotFacts,
    _compare_facts,
    _facts,
    _open_db,
    _remove_quietly,
    _token,
    check_database,
    clean_leftovers,
)
from storage.backup.writer import _write_all
from storage.keyslots import Argon2Params, KeyFile
from storage.vault import known_revisions
from storage.vault_folder import DB_NAME, KEYS_NAME


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
    task: Task,
    new_key: bytes | None = None,
) -> None:
    """Authenticate the payload while writing it to `target`: still a SQLCipher database, so
    nothing readable reaches the disk. Every page's SQLCipher MAC is checked on the way (a page
    damaged before the backup was sealed: exit 4). With `new_key`, every page is also put under
    that data key as it is written (`PageRekey`), and flushed a slice at a time (the caller
    fsyncs it once checked), each slice of a large one then let go from the system's cache.
    Otherwise not fsynced: callers throw it away."""
    fd = create_private(target)
    try:
        # Closed in reverse: the pages' threads stop before the flushing does (nothing writes
        # after them), and the flushing before the file closes.
        with contextlib.ExitStack() as stack:
            pages: PageCheck | PageRekey
            sink: Callable[[memoryview], None]
            if new_key is None:  # a deep verify's: thrown away, so never flushed
                pages = check = PageCheck(keys.database_key)
                stack.callback(check.close)

                def sink(plain: memoryview) -> None:
                    check.feed(plain)
                    _write_all(fd, plain)

            else:
                # A large vault's flushed slices leave the system's cache as a large backup's
                # reads do: what is read next (the restored vault's counts) is a few pages.
                forget = leaves_the_cache(header.payload_bytes)
                flush = stack.enter_context(EarlyFlush(fd, forget=forget))

                def write(view: memoryview) -> None:  # on PageRekey's threads, in turn
                    _write_all(fd, view)
                    flush.wrote(len(view))

                pages = rekey = PageRekey(keys.database_key, new_key, write)
                stack.callback(rekey.close)
                sink = rekey.feed
            authenticate_payload(
                handle,
                header,
                keys,
                task,
                # A deep verify's extraction restores nothing, and says so.
                "Checking the backup" if new_key is None else "Checking and restoring",
                sink=sink,
            )
            if pages.finish():
                raise damaged_pages(header)
    finally:
        os.close(fd)


@contextlib.contextmanager
def extracted(
    path: Path,
    passphrase: str,
    target: Path,
    task: Task = NO_TASK,
    *,
    new_key: bytes | None = None,
) -> Iterator[tuple[BackupHeader, bytes]]:
    """Authenticate the backup while decrypting its payload (still a SQLCipher database) into
    `target`, checking every page's MAC on the way, and putting every page under `new_key` if
    one is given; yield (header, the database's key in `target`). On any failure, and
    afterwards unless the caller moved it away, `target` is removed."""
    try:
        with open_backup(path) as (handle, header):
            keys = unlock(header, passphrase)
            try:
                _extract(handle, header, keys, target, task, new_key)
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    raise  # the caller says where there was no room (restore, verify)
                raise QuashError(
                    f"Checking the backup failed: {exc.strerror or exc}.",
                    code="backup.check_failed",
                    params={"error": exc.strerror or exc},
                ) from exc
        yield revealed(header, keys), keys.database_key if new_key is None else new_key
    finally:
        _remove_quietly(target)
        _remove_quietly(target.with_name(target.name + "-journal"))


def check_extracted(
    header: BackupHeader, path: Path, key: bytes, task: Task = NO_TASK
) -> SnapshotFacts:
    """The thorough check of an extracted payload (whose page MACs `extracted` checked, as it
    does unless told otherwise): SQLite's integrity check, reporting to `task` and hearing a
    cancel while it runs, and the header's facts against the database's."""
    facts = check_database(path, key, task)
    _compare_facts(header, facts)
    return facts


def _check_restored(path: Path, header: BackupHeader, key: bytes) -> SnapshotFacts:
    """Open the restored database under its new data key and hold its record counts and audit
    head against the header (SQLCipher checks the MAC of every page this reads), then fsync it."""
    conn = _open_db(path, key)
    try:
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
    task: Task = NO_TASK,
    announce: Callable[[str], None] = lambda _key: None,
) -> RestoredFolder:
    """Restore the backup at `path` as a new vault in `folder`, under a new data key and new key
    slots (the new passphrase, and a new recovery key handed to `announce` before the vault is
    put in place, and returned).

    Everything is checked before the vault appears, in a hidden folder beside `folder` that is
    only then renamed into place: the whole file is authenticated while it is extracted, every
    page's SQLCipher MAC is checked and the page put under the new data key as it is extracted
    (so a key taken from the machine the backup came from opens nothing restored), and its
    record counts and audit head must match the header. A vault already in `folder` is
    replaced only when `replace` is set, and is then kept beside it as
    `<folder>.replaced-<timestamp>`.
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
        data_key = os.urandom(keyslots.DATA_KEY_BYTES)
        with extracted(path, passphrase, extracting, task, new_key=data_key) as (header, _key):
            task.check()
            facts = _check_restored(extracting, header, data_key)
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
        task.check()
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
