"""The vault's side of a backup: one committed state of its database file (still SQLCipher's
pages, never plaintext), the facts the header records about it, the checks of a database
taken out of a backup, and what interrupted backups and restores leave behind."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from models.errors import CorruptFileError, QuashError
from models.tasks import NO_TASK, Task
from storage.atomic import create_private
from storage.backup.format import (
    CHUNK_BYTES,
    COUNTED_TABLES,
    BackupHeader,
    _damaged,
)
from storage.vault import Vault

SNAPSHOT_PREFIX = ".quash-snapshot"
# Leftovers of an interrupted backup or restore: ".<name>.<pid>-<12 hex>.<kind>".
LEFTOVER = re.compile(
    r"^\.(?P<name>.+)\.(?P<pid>\d{1,10})-[0-9a-f]{12}\.(?P<kind>partial|restoring|snapshot)"
    r"(?:-journal)?$"
)
LEFTOVER_MAX_AGE = 24 * 3600.0  # a leftover whose process may still live is kept this long


def _token() -> str:
    return f"{os.getpid()}-{secrets.token_hex(6)}"


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
        raise CorruptFileError(
            "The backed-up database cannot be opened with its key.", code="backup.database_key"
        ) from exc
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


def _copy_range(source: int, target: int, size: int, task: Task) -> None:
    """Copy `size` bytes from the start of descriptor `source` to `target` (explicit offsets:
    `source` is shared and its position is never moved). The kernel copies where it can."""
    offset = 0
    fast = hasattr(os, "copy_file_range")
    buffer = memoryview(bytearray(CHUNK_BYTES))
    while offset < size:
        task.check()
        task.progress(offset, size, "Taking a snapshot of the vault")
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
            raise QuashError(
                "The vault's database file ended early while it was being copied.",
                code="backup.source_ended_early",
            )
        offset += copied
    task.progress(size, size, "Taking a snapshot of the vault")


# Written between two early flushes (EarlyFlush): a fraction of a second of a slow disk's work.
FLUSH_BYTES = 16 << 20
# Slices written but not yet on the device before the writer waits for them (EarlyFlush).
FLUSH_AHEAD = 1


class EarlyFlush:
    """Write what is written to `fd` to the device a slice at a time while the work reports
    progress, rather than all of it in one silent fsync at the end (seconds for gigabytes of
    scans). Tell it each write (`wrote`), made in order from where the file stood when the
    block began; after every FLUSH_BYTES a thread of its own asks the system to write the file
    out (fdatasync), while the writer goes on encrypting and writing the next slice. The writer
    waits only when more than FLUSH_AHEAD slices are still on their way, so the final fsync has
    at most that little left. Durability still comes from the final fsync; a failed flush is
    raised, as an OSError, from `wrote` or on leaving the block. Leave the block before closing
    `fd`.

    With `forget`, a slice on the device is then let go from the system's cache (Linux:
    posix_fadvise DONTNEED), so the next slices reuse its memory: writing 2 GB into ever new
    cache pages cost the system three times as long. For a backup, which is read back from
    the device anyway, and for a large restored vault (a 2 GB restore's system time 5.1–6.1 s
    → 1.8–2.9 s); not for a small one, whose pages its check reads again at once."""

    def __init__(self, fd: int, *, forget: bool = False) -> None:
        self._fd = fd
        self._forget = forget
        self._base = 0  # the file's offset where counting starts (set on entering)
        self._every = FLUSH_BYTES
        self._written = 0
        self._asked = 0  # bytes written when the thread was last asked to flush
        self._flushed = 0  # bytes on the device
        self._stopping = False
        self._error: OSError | None = None
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="early flush", daemon=True)

    def __enter__(self) -> EarlyFlush:
        self._base = os.lseek(self._fd, 0, os.SEEK_CUR)
        self._thread.start()
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        with self._changed:
            self._stopping = True
            self._changed.notify_all()
        self._thread.join()
        if kind is None and self._error is not None:
            raise self._error

    def wrote(self, count: int) -> None:
        self._written += count
        if self._written - self._asked < self._every:
            return
        with self._changed:
            self._asked = self._written
            self._changed.notify_all()
            while (
                self._error is None
                and not self._stopping
                and self._asked - self._flushed > self._every * FLUSH_AHEAD
            ):
                self._changed.wait()
            if self._error is not None:
                raise self._error

    def _run(self) -> None:
        while True:
            with self._changed:
                while self._asked == self._flushed and not self._stopping:
                    self._changed.wait()
                if self._asked == self._flushed or self._error is not None:
                    return
                flushed, asked = self._flushed, self._asked
            try:
                getattr(os, "fdatasync", os.fsync)(self._fd)
            except OSError as exc:
                with self._changed:
                    self._error = exc
                    self._changed.notify_all()
                return
            if self._forget:
                let_go(self._fd, self._base + flushed, asked - flushed)
            with self._changed:
                self._flushed = asked
                self._changed.notify_all()


def let_go(fd: int, offset: int, length: int) -> None:
    """Ask the system to drop these bytes of the file (all of it from `offset` if `length` is
    0) from its cache: bytes written and flushed, or read and done with. Only whole pages go;
    where the system has no such advice (Windows, macOS), nothing happens."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fd, offset, length, os.POSIX_FADV_DONTNEED)


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
# local snapshot, so that writers never wait for a slow stick; unless the backup folder is on
# the vault's own file system (see _seals_straight).
HELD_SEAL_LIMIT = 64 << 20


def _same_file_system(folder: Path, fd: int) -> bool:
    try:
        return os.stat(folder).st_dev == os.fstat(fd).st_dev
    except OSError:
        return False


def _seals_straight(size: int, source: int, folder: Path) -> bool:
    """Whether the backup is sealed straight from the vault's file while writers wait, rather
    than from a local copy of it: a vault up to HELD_SEAL_LIMIT, or a backup folder on the
    vault's own file system. There, writing the sealed file takes about as long as the copy
    would, so writers wait no longer, and the disk is spared writing gigabytes twice."""
    return size <= HELD_SEAL_LIMIT or _same_file_system(folder, source)


@contextlib.contextmanager
def _payload_source(
    vault: Vault, snapshot: Path, folder: Path, task: Task
) -> Iterator[tuple[SnapshotFacts, int, int]]:
    """Yield (the header's facts, a descriptor to read the payload from, its size): one
    committed state of the vault's database file, still encrypted (see Vault.held_still), to
    seal into `folder`; the caller checks every page's MAC as it seals them
    (storage.backup.pages), so a damaged page is never backed up as "verified" (nor lets
    --keep remove the last good backup).

    The vault's own file is yielded while it is held still (`_seals_straight`); otherwise it is
    copied to `snapshot` (removed by the caller) and the vault is let go before the copy is
    yielded: writers do not wait for a slow stick, and progress moves during the copy."""
    with vault.held_still() as (conn, source):
        size = os.fstat(source).st_size
        facts = _facts(conn)
        if _seals_straight(size, source, folder):
            yield facts, source, size
            return
        target = create_private(snapshot)
        try:
            # Temporary and thrown away on failure: no fsync. Its pages are SQLCipher's.
            _copy_range(source, target, size, task)
        finally:
            os.close(target)
    copy = os.open(snapshot, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        yield facts, copy, size
    finally:
        os.close(copy)


# SQLite calls a progress handler every this many steps of its work (a b-tree page checked, or
# one step of its program): on a vault of 2 GB of scans, about once a second at the least; on a
# vault of records, a tenth more time for the calls.
CHECK_STEPS = 16
REPORT_SECONDS = 0.2  # how often a long statement tells the task it is still working
# The integrity check's page cache: a vault of records up to this size is read once, not again
# for each index it compares (a 72 MB vault: 1.4 s instead of 4 s, and no longer 19 reads of the
# file). A vault of scans reads each of their pages once whatever the size.
CHECK_CACHE_KIB = 64 * 1024


def _bytes_read() -> int | None:
    """How many bytes this process has read from files so far, the page cache's included
    (Linux's /proc/self/io `rchar`); None where the system does not say."""
    try:
        with open("/proc/self/io", "rb", buffering=0) as counters:
            for line in counters.read().splitlines():
                if line.startswith(b"rchar:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


@contextlib.contextmanager
def reporting(conn: Any, task: Task, text: str, reading: int = 0) -> Iterator[None]:
    """While the block runs a long statement on `conn` (SQLite's integrity check of gigabytes
    of scans: many seconds in one call), tell `task` it is still working a few times a second,
    and stop the statement when the task is cancelled: `Cancelled` is raised from the block.

    `reading`: the bytes the statement reads once (the database's pages in use, for the
    integrity check). Where the system counts what the process reads, the report is how much
    of that has been read; once it all has (the check then compares each index with its
    table, from memory), it says so, without a count. Elsewhere it says only "still working"."""
    stopped: list[BaseException] = []
    last = time.monotonic()
    start = _bytes_read() if reading else None

    def tick() -> int:
        nonlocal last
        now = time.monotonic()
        if now - last < REPORT_SECONDS:
            return 0
        last = now
        try:
            if start is None or (read := _bytes_read()) is None:
                task.progress(0, 0, text)
            elif read - start < reading * 0.98:  # a few pages were read before it started
                task.progress(read - start, reading, text)
            else:
                task.progress(0, 0, "Checking that each index agrees with its table")
            task.check()
        except BaseException as exc:  # noqa: BLE001 - raised again below, outside SQLite
            stopped.append(exc)
            return 1  # SQLite stops the statement: "interrupted"
        return 0

    conn.set_progress_handler(tick, CHECK_STEPS)
    try:
        yield
    except sqlcipher3.OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def check_database(path: Path, key: bytes, task: Task = NO_TASK) -> SnapshotFacts:
    """SQLite's integrity check over an extracted payload (its page MACs were checked while it
    was extracted), reporting to `task` while it runs; its facts."""
    conn = _open_db(path, key)
    try:
        conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        pages, free, size = (  # SQLCipher says the page size as text
            int(conn.execute(f"PRAGMA {name}").fetchone()[0])
            for name in ("page_count", "freelist_count", "page_size")
        )
        in_use = (pages - free) * size
        with reporting(conn, task, "Checking the database inside", reading=in_use):
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        if problems:
            raise CorruptFileError(
                f"The backed-up database fails its integrity check ({len(problems)} problem(s)).",
                code="backup.integrity",
                params={"problems": len(problems)},
            )
        return _facts(conn)
    except sqlcipher3.DatabaseError as exc:
        raise CorruptFileError(
            "The backed-up database is damaged.", code="backup.database_damaged"
        ) from exc
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
