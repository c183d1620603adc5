"""Restoring a backup as a new vault (`restore_backup`): where it may go, the payload
authenticated while it is extracted (still SQLCipher's pages), the checks of what was
extracted, and the rekey under a new data key before the vault is renamed into place."""

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
    revealed,
    unlock,
)
from storage.backup.format import (
    BackupHeader,
    _damaged,
    open_backup,
    peek_header,
)
from storage.backup.pages import PAGE_BYTES, PageCheck
from storage.backup.snapshot import (
    FLUSH_BYTES,
    SNAPSHOT_PREFIX,
    SnapshotFacts,
    _compare_facts,
    _facts,
    _open_db,
    _remove_quietly,
    _token,
    check_database,
    clean_leftovers,
    flush_early,
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
    pages: bool,
) -> None:
    """Authenticate the payload while writing it to `target`: still a SQLCipher database, so
    nothing readable reaches the disk. With `pages`, every page's SQLCipher MAC is checked on
    the way (a page damaged before the backup was sealed: exit 4). Not fsynced: callers throw
    it away or fsync it later."""
    fd = create_private(target)
    check = PageCheck(keys.database_key) if pages else None

    def sink(plain: memoryview) -> None:
        if check is not None:
            check.feed(plain)
        _write_all(fd, plain)

    try:
        authenticate_payload(handle, header, keys, task, "Checking and restoring", sink=sink)
        if check is not None and check.finish():
            raise damaged_pages(header)
    finally:
        if check is not None:
            check.close()
        os.close(fd)


@contextlib.contextmanager
def extracted(
    path: Path,
    passphrase: str,
    target: Path,
    task: Task = NO_TASK,
    *,
    pages: Callable[[BackupHeader], bool] = lambda _header: True,
) -> Iterator[tuple[BackupHeader, bytes]]:
    """Authenticate the backup while decrypting its payload (still a SQLCipher database) into
    `target`, checking every page's MAC on the way if `pages(header)` says so; yield (header,
    the database's key). On any failure, and afterwards unless the caller moved it away,
    `target` is removed."""
    try:
        with open_backup(path) as (handle, header):
            keys = unlock(header, passphrase)
            try:
                _extract(handle, header, keys, target, task, pages(header))
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


def check_extracted(
    header: BackupHeader, path: Path, key: bytes, task: Task = NO_TASK
) -> SnapshotFacts:
    """The thorough check of an extracted payload (whose page MACs `extracted` checked, as it
    does unless told otherwise): SQLite's integrity check, reporting to `task` and hearing a
    cancel while it runs, and the header's facts against the database's."""
    facts = check_database(path, key, task)
    _compare_facts(header, facts)
    return facts


# Pages re-encrypted per step (4 MiB): progress moves several times a second on a slow disk,
# and SQLite's page cache stays at its default size whatever the size of the vault.
REKEY_STEP_PAGES = 1024
# Up to this size the database is rekeyed in place, in one call (about a second here): a
# quarter faster than the stepped copy, which writes a second file, and short enough to wait
# for without progress. Larger vaults (scanned documents) take the stepped copy.
REKEY_IN_PLACE_LIMIT = 128 << 20


def _rekey_in_place(path: Path, header: BackupHeader, key: bytes, new_key: bytes) -> SnapshotFacts:
    """Put the extracted database under `new_key` with `PRAGMA rekey` and check it against the
    header. The rekey reads every page through SQLCipher, which checks its MAC and stops at the
    first that fails (the whole rekey is then undone and the backup said to be damaged, exit 4),
    so the extraction need not check them first (`_pages_checked_by_sqlcipher`). The file is
    private and thrown away on failure, so it needs no journal; it is fsynced once at the end."""
    conn = _open_db(path, key)
    try:
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


def _pages_checked_by_sqlcipher(header: BackupHeader) -> bool:
    """Whether the re-encryption itself will check every page's MAC: `PRAGMA rekey` does (a
    quarter of a restore's time spared on a 71 MB vault), SQLite's backup API does not."""
    return header.payload_bytes <= REKEY_IN_PLACE_LIMIT


def _rekey(
    path: Path,
    target: Path,
    header: BackupHeader,
    key: bytes,
    new_key: bytes,
    task: Task = NO_TASK,
) -> SnapshotFacts:
    """Copy the extracted database at `path` page by page into a new file `target` under
    `new_key` (SQLite's backup API through SQLCipher: each page is decrypted under the old key
    and encrypted under the new one), reporting progress and hearing a cancel between steps;
    then check the copy against the header. `PRAGMA rekey` did the same
    in place but in one call that could report nothing (minutes on a vault of scanned
    documents). Both files are private and thrown away on failure, so the copy needs no
    journal; it is flushed a slice at a time while it is written, and fsynced at the end.
    Every page's MAC was checked while the payload was extracted (`_extract`): SQLite's backup
    does not stop at a page that fails it."""
    flushed = [0]

    def step(_status: int, remaining: int, total: int) -> None:
        done = total - remaining
        if remaining and (done - flushed[0]) * PAGE_BYTES >= FLUSH_BYTES:
            flush_early(written)
            flushed[0] = done
        task.progress(done, total, "Putting the vault under a new data key")
        task.check()  # Cancelled propagates out of the backup, which then stops

    with contextlib.ExitStack() as stack:
        written = create_private(target)  # private from the start; SQLite opens it empty
        stack.callback(os.close, written)  # closed last: a POSIX close drops SQLite's locks
        source = _open_db(path, key)
        stack.callback(source.close)
        copy = _open_db(target, new_key)
        stack.callback(copy.close)
        try:
            copy.execute("PRAGMA journal_mode = OFF")
            copy.execute("PRAGMA synchronous = OFF")
            task.progress(0, 0, "Putting the vault under a new data key")
            source.backup(copy, pages=REKEY_STEP_PAGES, progress=step)
            facts = _facts(copy)
        except (sqlcipher3.DatabaseError, MemoryError) as exc:  # SQLITE_NOMEM on a bad page
            raise _damaged(
                header.name, "the database inside is damaged", "backup.damaged.database"
            ) from exc
    _compare_facts(header, facts)
    fsync_file(target)
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
    page's SQLCipher MAC is checked (by the rekey, or as it is extracted when the vault is too
    large to rekey in one call), the database is put under the new data key (so a key taken from
    the machine the backup came from opens nothing restored), and its record counts
    and audit head must match the header. A vault already in `folder` is replaced only when
    `replace` is set, and is then kept beside it as `<folder>.replaced-<timestamp>`.
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
        with extracted(
            path,
            passphrase,
            extracting,
            task,
            pages=lambda header: not _pages_checked_by_sqlcipher(header),
        ) as (header, key):
            task.check()
            data_key = os.urandom(keyslots.DATA_KEY_BYTES)
            if _pages_checked_by_sqlcipher(header):
                task.progress(0, 0, "Putting the vault under a new data key")
                facts = _rekey_in_place(extracting, header, key, data_key)
                os.replace(extracting, db)
            else:
                rekeyed = staging / f"{SNAPSHOT_PREFIX}.{_token()}.snapshot"
                facts = _rekey(extracting, rekeyed, header, key, data_key, task)
                os.replace(rekeyed, db)
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
