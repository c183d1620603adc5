"""One vault on disk: a SQLCipher 4 database and its key-slot sidecar, in one folder.

    DIR/quash.db     SQLCipher 4, keyed with a random 256-bit data key (raw key, no PBKDF2)
    DIR/quash.keys   the key slots (see storage.keyslots), replaced atomically
    DIR/quash.log    operational log: actions and ids only, never case text

An unlocked `Vault` holds the data key in memory and hands out connections; `lock()` closes
them all and forgets the key.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError as DBAPIDatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from models.errors import (
    CorruptFileError,
    QuashError,
    ValidationError,
    WrongKeyError,
)
from models.tasks import NO_TASK, Task
from storage import keyslots
from storage.atomic import fsync_directory, write_atomically
from storage.key_changes import KeyChanges
from storage.keychain import (
    keyring_get,
    person_account,
)
from storage.keyslots import Argon2Params, KeyFile, Opened, PersonKeys
from storage.vault_folder import VaultPaths, read_key_file

if TYPE_CHECKING:
    from alembic.config import Config

RECOVERY = "recovery"  # the identity of work done after unlocking with the recovery key
RECOVERY_NAME = "Office recovery key"
MIGRATIONS = Path(__file__).with_name("migrations")

log = logging.getLogger("quash.vault")


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _connect(db_path: Path, data_key: bytes) -> Any:
    # A pooled connection may serve the GUI thread, then a background task: one at a time.
    conn = sqlcipher3.connect(
        str(db_path), timeout=30, isolation_level=None, check_same_thread=False
    )
    try:
        # SQLCipher prints decryption failures to stderr by default; Quash reports them itself,
        # as one line, so a wrong key or damaged file never sprays library logs at the user.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        _check_opens(conn)
        _apply_connection_settings(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _apply_connection_settings(conn: Any) -> None:
    # Temporary tables and sort spills stay in memory: SQLCipher encrypts the database and
    # journal, but a temp file on disk could hold plaintext pages of a query.
    conn.execute("PRAGMA temp_store = MEMORY")
    # Deleted records are overwritten, not left in free pages.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    # Rollback journal (DELETE) with synchronous=FULL: when COMMIT returns the transaction is on
    # the platter; a crash or kill mid-write leaves a hot journal that the next open rolls back,
    # so the database is always at a committed state. Chosen over WAL because PRAGMA rekey
    # (data-key rotation) needs rollback mode, the vault stays one self-contained file when
    # closed (simpler backup and copy to a stick), and a desktop app has one writer at a time.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def _check_opens(conn: Any) -> None:
    """Read the schema, which fails at once if the key does not decrypt the file."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise CorruptFileError(
            "The vault database (quash.db) is not a Quash vault, is damaged, "
            "or does not belong to this key file.",
            code="vault.not_its_database",
        ) from exc


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_REVISION = re.compile(r'^(down_revision|revision)\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


@functools.cache
def head_revision() -> str:
    """The newest schema, read from the migration files' own `revision = ...` lines: every
    unlock asks, and Alembic itself (a third of a command's start) is needed only when a vault
    is behind it. tests/integration/test_migrations.py checks Alembic agrees."""
    revisions: set[str] = set()
    replaced: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((key, value) for key, value in _REVISION.findall(script.read_text("utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
        if "down_revision" in found:
            replaced.add(found["down_revision"])
    [head] = revisions - replaced
    return head


def schema_revision_of(conn: Connection) -> str | None:
    """The schema a database is at, as Alembic records it (None: none yet)."""
    has_table = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if has_table is None:
        return None
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(revision) if revision is not None else None


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every schema this Quash knows, from Alembic (which loads each migration file: once)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(s.revision for s in scripts.walk_revisions())


def upgrade_schema(connection: Connection, target: str = "head", task: Task = NO_TASK) -> None:
    """Bring the schema to `target` in the caller's transaction (SQLite DDL is transactional).
    A migration that moves much (0019, every scan) reports how far it is to `task`."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    cfg.attributes["task"] = task
    command.upgrade(cfg, target)


def _make_engine(db_path: Path, data_key: bytes) -> Engine:
    # One idle connection is kept between units of work: its page cache spares decrypting the
    # same pages again for every list page, keystroke and small change (a fifth of SQLCipher's
    # cost in the benchmark's workload). Units of work running at the same time (the GUI and a
    # background task) get connections of their own, closed when handed back. No connection
    # outlives the engine: see _close_engine, which lock() uses.
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(db_path, data_key),
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=-1,
    )

    # The driver's implicit transactions are turned off (isolation_level=None above) and a
    # transaction starts with the unit of work instead, so reads and writes in one unit of work
    # see one consistent state. IMMEDIATE takes the write lock up front: two writers queue
    # instead of forking the audit log's hash chain.
    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def damaged_vault(db: Path, pages: int) -> CorruptFileError:
    return CorruptFileError(
        f"{db} is damaged: {pages} page(s) fail SQLCipher's check. Nothing was changed; "
        "restore the last good backup (`backup restore`).",
        code="vault.damaged_pages",
        params={"db": db, "pages": pages},
    )


def _close_engine(engine: Engine) -> None:
    """Close every keyed connection of `engine`: the idle one now, any still in use (a task
    that was running) as soon as it is handed back, instead of its going back to the pool."""

    def close_on_return(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        record.invalidate()

    event.listen(engine, "checkin", close_on_return)
    engine.dispose()


@dataclass
class Identity:
    """The person whose key unlocked the vault: the actor of everything done until it locks.
    `name` and `role` are read from the staff list when the vault opens (changed with it)."""

    person: str  # their id (staff.uid), as their key slot names them
    keys: PersonKeys
    name: str = ""
    role: str = ""


class Vault(KeyChanges):
    """An unlocked vault. Hand it to units of work; call `lock()` when done. `identity` is the
    person whose key opened it; None for a vault made before people had keys of their own
    (until someone names themselves, see services.people) or opened with the recovery key."""

    def __init__(
        self,
        folder: Path,
        key_file: KeyFile,
        data_key: bytes,
        identity: Identity | None = None,
    ):
        self.paths = VaultPaths(folder)
        self.key_file = key_file
        self.identity = identity
        self._data_key: bytearray | None = bytearray(data_key)
        self._engine: Engine | None = _make_engine(self.paths.db, data_key)
        self._sessions = sessionmaker(bind=self._engine, expire_on_commit=False)
        self._file_fd: int | None = None  # see held_still()
        # Set by rotate_data_key when this computer could not reach the keychain that
        # remembered the vault, so "remember on this computer" had to be dropped.
        self.keychain_dropped = False

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise QuashError("The vault is locked.", code="vault.locked")
        return self._engine

    def data_key(self) -> bytes:
        """The raw SQLCipher key of quash.db (a backup carries it, wrapped under its own key)."""
        return self._key()

    def _key(self) -> bytes:
        if self._data_key is None:
            raise QuashError("The vault is locked.", code="vault.locked")
        return bytes(self._data_key)

    def session(self) -> Session:
        self.engine  # noqa: B018 - raises when locked
        return self._sessions()

    @contextmanager
    def held_still(self) -> Iterator[tuple[Any, int]]:
        """The database file held still: yields a raw connection inside a read transaction and a
        read-only descriptor of quash.db. Until the block ends no writer can change the file (in
        rollback-journal mode a writer needs the exclusive lock, which waits for this shared
        one; a hot journal left by a crash is rolled back before the shared lock is granted),
        so its bytes, still encrypted, are one committed state of the vault.

        The descriptor stays open until `lock()`. On POSIX, closing *any* descriptor of a file
        drops every lock the process holds on it, SQLite's included; closing this one only
        after the connections are gone keeps other processes' writers out while we read.
        """
        with self.raw_connection() as conn:
            if self._file_fd is None:
                self._file_fd = os.open(self.paths.db, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            conn.execute("BEGIN")
            try:
                # The first read takes the shared lock that keeps writers out until COMMIT.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                yield conn, self._file_fd
            finally:
                conn.execute("COMMIT")

    def _close_connections(self) -> None:
        assert self._engine is not None
        _close_engine(self._engine)

    def _open_engine(self, data_key: bytes) -> None:
        self._engine = _make_engine(self.paths.db, data_key)
        self._sessions = sessionmaker(bind=self._engine, expire_on_commit=False)

    @contextmanager
    def raw_connection(self) -> Iterator[Any]:
        """A bare SQLCipher connection, for integrity checks and rekeying."""
        conn = _connect(self.paths.db, self._key())
        try:
            yield conn
        finally:
            conn.close()

    def lock(self) -> None:
        """Close every connection and overwrite the in-memory data key."""
        if self._engine is not None:
            _close_engine(self._engine)
            self._engine = None
        if self._file_fd is not None:
            # Closed only now, after every connection: see held_still().
            os.close(self._file_fd)
            self._file_fd = None
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None
        self.identity = None
        log.info("vault locked")

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- schema

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return schema_revision_of(conn)

    def integrity_problems(self) -> list[str]:
        """PRAGMA integrity_check and cipher_integrity_check; an empty list means healthy."""
        with self.raw_connection() as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [r for r in rows if r != "ok"]
            problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        return problems

    def damaged_pages(self) -> list[str]:
        """SQLCipher's check of every page's MAC (fast: no decryption of the data itself); an
        empty list means every page is as it was written."""
        try:
            with self.raw_connection() as conn:
                return [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        except (sqlcipher3.DatabaseError, MemoryError) as exc:
            return [f"the check itself failed ({type(exc).__name__})"]

    @contextmanager
    def damage_reported(self) -> Iterator[None]:
        """Turn SQLite's failure on a damaged page (a DatabaseError, or SQLITE_NOMEM raised as
        MemoryError) into one line naming the file, exit 4 — when the pages say so."""
        try:
            yield
        except (sqlcipher3.DatabaseError, DBAPIDatabaseError, MemoryError) as exc:
            damaged = [] if self.is_locked else self.damaged_pages()
            if not damaged:
                raise
            raise damaged_vault(self.paths.db, len(damaged)) from exc


# ---- create and open -------------------------------------------------------------------------


def _require_folder(folder: Path) -> VaultPaths:
    paths = VaultPaths(folder)
    if folder.exists() and not folder.is_dir():
        raise CorruptFileError(
            f"{folder} is a file, not a Quash vault folder.",
            code="vault.is_a_file",
            params={"folder": folder},
        )
    if not paths.keys.exists():
        if paths.db.exists():
            raise CorruptFileError(
                f"{folder} has a vault database but its key file is missing.",
                code="vault.no_key_file",
                params={"folder": folder},
            )
        raise ValidationError(
            f"No Quash vault at {folder}.",
            field="vault",
            code="vault.missing",
            params={"folder": folder},
        )
    if not paths.db.exists():
        raise CorruptFileError(
            f"{folder} has a key file but its vault database is missing.",
            code="vault.no_database",
            params={"folder": folder},
        )
    return paths


def create_vault(
    folder: Path,
    passphrase: str,
    *,
    office_name: str = "",
    params: Argon2Params | None = None,
    revision: str = "head",
    person: tuple[str, str] | None = None,
) -> tuple[Vault, str]:
    """Create a new vault in `folder` (absent or empty). Returns the unlocked vault and its
    recovery key, which is shown to the person once and never stored in the clear.

    `person` (name, role) is the office's first person: the passphrase is theirs, in a slot of
    their own, and they are the one working. Without it the vault is made as Quash made them
    before people had keys (one shared passphrase slot): only upgrade tests want that, and
    `revision`, which builds an older schema.
    """
    keyslots.check_passphrase(passphrase)
    paths = VaultPaths(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ValidationError(
            f"{folder} is not empty; Quash will not create a vault over existing files.",
            field="vault",
            code="vault.not_empty",
            params={"folder": folder},
        )
    blocking = next((p for p in folder.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise ValidationError(
            f"{folder} cannot be made: {blocking} is a file, not a folder.",
            field="vault",
            code="vault.parent_is_a_file",
            params={"folder": folder, "parent": blocking},
        )
    params = params or keyslots.calibrate_argon2()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)  # an existing empty folder may have been anyone's to read
    data_key = os.urandom(keyslots.DATA_KEY_BYTES)
    recovery = keyslots.new_recovery_key()
    key_file = KeyFile(str(uuid.uuid4()), _utc_now(), [])
    identity: Identity | None = None
    if person is None:
        key_file.set_passphrase(passphrase, data_key, params)
    else:
        identity = Identity(str(uuid.uuid4()), PersonKeys.generate(), person[0], person[1])
        key_file.set_person(identity.person, identity.keys, data_key, passphrase, params)
    key_file.set_recovery_slot(
        keyslots.recovery_public_key(keyslots.parse_recovery_key(recovery)), data_key
    )

    engine = _make_engine(paths.db, data_key)
    try:
        with engine.begin() as conn:
            upgrade_schema(conn, revision)
            settings = {
                "vault_id": key_file.vault_id,
                "office_name": office_name,
                "created": key_file.created,
            }
            for key, value in settings.items():
                conn.execute(
                    text("INSERT INTO vault_settings (key, value) VALUES (:k, :v)"),
                    {"k": key, "v": value},
                )
            if identity is not None:
                conn.execute(
                    text(
                        "INSERT INTO staff (name, role, active, uid, verify_key) "
                        "VALUES (:name, :role, 1, :uid, :key)"
                    ),
                    {
                        "name": identity.name,
                        "role": identity.role,
                        "uid": identity.person,
                        "key": identity.keys.verify_key,
                    },
                )
    finally:
        _close_engine(engine)
    os.chmod(paths.db, 0o600)
    # The key file is written last: until it exists the folder is not a vault.
    write_atomically(paths.keys, key_file.to_bytes(data_key))
    log.info("vault created")
    return Vault(folder, key_file, data_key, identity), recovery


def _open(folder: Path, unwrap: Callable[[KeyFile], bytes | Opened], task: Task = NO_TASK) -> Vault:
    """Unlock with whichever key file (current, or one left by an interrupted rotation)
    opens the database; then migrate the schema to this version of Quash if needed (telling
    `task`, since a migration that moves every scan takes a while, once)."""
    paths = _require_folder(folder)
    candidates = [paths.keys]
    if paths.pending_keys.exists():
        candidates.append(paths.pending_keys)
    last_error: QuashError | None = None
    for candidate in candidates:
        try:
            key_file, mac = read_key_file(candidate)
            unwrapped = unwrap(key_file)
            opened = unwrapped if isinstance(unwrapped, Opened) else None
            data_key = opened.data_key if opened is not None else unwrapped
            assert isinstance(data_key, bytes)
            key_file.verify_mac(data_key, mac)
            conn = _connect(paths.db, data_key)
            try:
                stored_id = _stored_vault_id(conn)
            finally:
                conn.close()
        except QuashError as exc:
            # The first failure is the one to report: the pending file is only a fallback.
            last_error = last_error or exc
            continue
        if stored_id != key_file.vault_id:
            raise CorruptFileError(
                "The key file belongs to a different vault than quash.db.",
                code="vault.other_key_file",
            )
        outcome: str | None = None
        if candidate == paths.pending_keys:
            os.replace(paths.pending_keys, paths.keys)  # finish the interrupted rotation
            fsync_directory(folder)
            outcome = "finished"
            log.info("finished an interrupted data-key rotation")
        elif paths.pending_keys.exists():
            paths.pending_keys.unlink()  # the rotation never reached the database
            outcome = "abandoned"
        identity = Identity(opened.person, opened.keys) if opened is not None else None
        vault = Vault(folder, key_file, data_key, identity)
        try:
            _migrate_if_needed(vault, task)
            if identity is not None:
                _name_identity(vault, identity)
            if outcome is not None:
                # Kept in the vault until the front end writes it to the audit log
                # (services.vaults.record_interrupted_key_change), whoever unlocks next.
                with vault.engine.begin() as conn:
                    conn.execute(
                        text(
                            "INSERT OR REPLACE INTO vault_settings (key, value) "
                            "VALUES ('interrupted_key_change', :v)"
                        ),
                        {"v": outcome},
                    )
        except BaseException:
            vault.lock()
            raise
        log.info("vault unlocked")
        return vault
    assert last_error is not None
    raise last_error


def _name_identity(vault: Vault, identity: Identity) -> None:
    """Who the key's person is, from the staff list (the key file names nobody)."""
    with vault.engine.connect() as conn:
        row = conn.execute(
            text("SELECT name, role FROM staff WHERE uid = :uid"), {"uid": identity.person}
        ).first()
    if row is None:
        raise CorruptFileError(
            "The key file names a person the vault does not know.", code="vault.unknown_person"
        )
    identity.name, identity.role = str(row[0]), str(row[1])


def _stored_vault_id(conn: Any) -> str | None:
    try:
        row = conn.execute("SELECT value FROM vault_settings WHERE key = 'vault_id'").fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise CorruptFileError(
            "The vault database is damaged: its settings are missing.",
            code="vault.settings_missing",
        ) from exc
    return row[0] if row else None


def _migrate_if_needed(vault: Vault, task: Task = NO_TASK) -> None:
    current = vault.schema_revision()
    head = head_revision()
    if current == head:
        return
    if current not in known_revisions():
        raise QuashError(
            f"This vault was made by a newer version of Quash (schema {current}); "
            "update Quash to open it.",
            code="vault.newer_schema",
            params={"revision": current},
        )
    task.progress(0, 0, "Updating the vault for this version of Quash")
    with vault.engine.begin() as conn:
        upgrade_schema(conn, task=task)
    log.info("vault schema upgraded from %s to %s", current, head)


def unlock_with_passphrase(folder: Path, passphrase: str, *, task: Task = NO_TASK) -> Vault:
    """Unlock with a person's passphrase (they are then the one working), or with the one
    passphrase of a vault made before people had keys."""

    def unwrap(kf: KeyFile) -> bytes | Opened:
        if kf.person_slots():
            return kf.unlock_person_passphrase(passphrase)
        return kf.unlock_passphrase(passphrase)

    return _open(folder, unwrap, task)


def unlock_with_recovery_key(folder: Path, recovery_key: str, *, task: Task = NO_TASK) -> Vault:
    secret = keyslots.parse_recovery_key(recovery_key)

    def unwrap(kf: KeyFile) -> bytes:
        try:
            return kf.unlock_recovery(secret)
        except WrongKeyError as exc:
            raise WrongKeyError(
                "Wrong recovery key for this vault.", code="key.wrong_recovery_key"
            ) from exc

    vault = _open(folder, unwrap, task)
    if vault.has_people:
        vault.identity = Identity(
            RECOVERY,
            PersonKeys(
                keyslots.recovery_private_key(secret), keyslots.recovery_signing_key(secret)
            ),
            RECOVERY_NAME,
            "admin",
        )
    if vault.key_file.recovery_public() is None:
        # An older recovery slot: with its secret in hand, replace it by one the vault can
        # reseal by itself, so later key changes keep this printed key valid.
        vault.key_file.set_recovery_slot(keyslots.recovery_public_key(secret), vault.data_key())
        vault._save_key_file()
    return vault


def unlock_with_keyring(folder: Path, *, task: Task = NO_TASK) -> Vault:
    """Unlock with the secret this computer's keychain remembers for the vault."""

    def unwrap(kf: KeyFile) -> bytes | Opened:
        if kf.person_slots():
            return _unwrap_person_keyring(kf)
        if kf.slot("keyring") is None:
            raise WrongKeyError(
                "This vault is not remembered on this computer.", code="keychain.not_remembered"
            )
        secret = keyring_get(kf.vault_id)
        if secret is None:
            raise WrongKeyError(
                "This computer's keychain no longer holds the vault's key.",
                code="keychain.key_gone",
            )
        try:
            return kf.unlock_secret_slot("keyring", secret)
        except WrongKeyError as exc:
            raise WrongKeyError(
                "The keychain's key does not open this vault.", code="keychain.wrong_key"
            ) from exc

    return _open(folder, unwrap, task)


def _unwrap_person_keyring(kf: KeyFile) -> Opened:
    """The first person this computer's keychain remembers for the vault (normally the one
    who logs in here)."""
    remembered = kf.remembered_people()
    if not remembered:
        raise WrongKeyError(
            "This vault is not remembered on this computer.", code="keychain.not_remembered"
        )
    for person in remembered:
        secret = keyring_get(person_account(kf.vault_id, person))
        if secret is None:
            continue
        try:
            return kf.unlock_person_keyring(person, secret)
        except WrongKeyError:
            continue
    raise WrongKeyError(
        "This computer's keychain no longer holds the vault's key.", code="keychain.key_gone"
    )
