"""One vault on disk: a SQLCipher 4 database and its key-slot sidecar, in one folder.

    DIR/quash.db     SQLCipher 4, keyed with a random 256-bit data key (raw key, no PBKDF2)
    DIR/quash.keys   the key slots (see storage.keyslots), replaced atomically
    DIR/quash.log    operational log: actions and ids only, never case text

An unlocked `Vault` holds the data key in memory and hands out connections; `lock()` closes
them all and forgets the key.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError as DBAPIDatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from models.errors import (
    CorruptFileError,
    KeyringUnavailableError,
    QuashError,
    ValidationError,
    WrongKeyError,
)
from storage import keyslots
from storage.atomic import fsync_directory, write_atomically
from storage.keyslots import Argon2Params, KeyFile

DB_NAME = "quash.db"
KEYS_NAME = "quash.keys"
PENDING_KEYS_NAME = "quash.keys.next"  # written before a data-key rotation, see rotate_data_key
LOG_NAME = "quash.log"
KEYRING_SERVICE = "Quash vault"
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
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade_schema(connection: Connection, target: str = "head") -> None:
    """Bring the schema to `target` in the caller's transaction (SQLite DDL is transactional)."""
    cfg = alembic_config()
    cfg.attributes["connection"] = connection
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


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keys(self) -> Path:
        return self.folder / KEYS_NAME

    @property
    def pending_keys(self) -> Path:
        return self.folder / PENDING_KEYS_NAME

    @property
    def log(self) -> Path:
        return self.folder / LOG_NAME


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


class Vault:
    """An unlocked vault. Hand it to units of work; call `lock()` when done."""

    def __init__(self, folder: Path, key_file: KeyFile, data_key: bytes):
        self.paths = VaultPaths(folder)
        self.key_file = key_file
        self._data_key: bytearray | None = bytearray(data_key)
        self._engine: Engine | None = _make_engine(self.paths.db, data_key)
        self._sessions = sessionmaker(bind=self._engine, expire_on_commit=False)
        self._file_fd: int | None = None  # see held_still()
        # Set by rotate_data_key when this computer could not reach the keychain that
        # remembered the vault, so "remember on this computer" had to be dropped.
        self.keychain_dropped = False

    @property
    def vault_id(self) -> str:
        return self.key_file.vault_id

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
        log.info("vault locked")

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- schema

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

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

    # -- key slots

    def _save_key_file(self, path: Path | None = None) -> None:
        write_atomically(path or self.paths.keys, self.key_file.to_bytes(self._key()))

    def change_passphrase(
        self,
        new_passphrase: str,
        params: Argon2Params | None = None,
        *,
        announce: Callable[[str], None] | None = None,
    ) -> str | None:
        """A new passphrase, under a new data key: the old passphrase, an old copy of the key
        file and the data key in an older backup open nothing written from now on. The
        recovery key keeps working (its slot is resealed to it, see keyslots); returns a new
        recovery key only for a vault whose recovery slot is of the older kind."""
        keyslots.check_passphrase(new_passphrase)
        params = params or keyslots.calibrate_argon2()
        changed = self._change_keys(new_passphrase, params, announce)
        log.info("passphrase changed under a new data key")
        return changed

    def rotate_data_key(
        self, passphrase: str, *, announce: Callable[[str], None] | None = None
    ) -> str | None:
        """Re-encrypt the database under a new data key; rewrap every slot. The recovery key
        keeps working; returns a new one only for a vault whose recovery slot is of the older
        kind (see `change_passphrase`)."""
        self.key_file.unlock_passphrase(passphrase)  # the person must know the passphrase
        changed = self._change_keys(passphrase, self.key_file.passphrase_params(), announce)
        log.info("data key rotated")
        return changed

    def _change_keys(
        self, passphrase: str, params: Argon2Params, announce: Callable[[str], None] | None
    ) -> str | None:
        """Put the vault under a new data key with `passphrase` in its passphrase slot.

        Crash safety: the new slots go to quash.keys.next first, then PRAGMA rekey runs in one
        transaction, then quash.keys.next replaces quash.keys. Unlocking after a crash at any
        point tries both files and finishes (or drops) the change (see `_open`), and says so
        (`rotation_outcome`) for the audit log. The recovery key is the same in both files, so
        at no point is the office without a working, known recovery key. A vault with an older
        recovery slot gets a new recovery key, handed to `announce` before anything changes.
        """
        new_key = os.urandom(keyslots.DATA_KEY_BYTES)
        new_file = KeyFile(self.key_file.vault_id, self.key_file.created, [])
        new_file.set_passphrase(passphrase, new_key, params)
        public = self.key_file.recovery_public()
        new_recovery: str | None = None
        if public is None:  # an older recovery slot cannot be resealed without its secret
            new_recovery = keyslots.new_recovery_key()
            public = keyslots.recovery_public_key(keyslots.parse_recovery_key(new_recovery))
        new_file.set_recovery_slot(public, new_key)
        # A remembered vault gets a new keychain secret too: the old one, copied from this
        # computer's keychain, must open nothing new. Where this computer cannot reach the
        # keychain that remembers the vault (another computer's), the slot is dropped.
        keyring_secret = os.urandom(32) if self.key_file.slot("keyring") is not None else None
        if keyring_secret is not None:
            new_file.set_secret_slot("keyring", keyring_secret, new_key, account=self.vault_id)
        write_atomically(self.paths.pending_keys, new_file.to_bytes(new_key))
        if new_recovery is not None and announce is not None:
            announce(new_recovery)

        assert self._engine is not None
        _close_engine(self._engine)  # a connection keyed with the old key must not be reused
        with self.raw_connection() as conn:
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        os.replace(self.paths.pending_keys, self.paths.keys)
        fsync_directory(self.paths.folder)

        self.key_file = new_file
        old = self._data_key
        self._data_key = bytearray(new_key)
        if old is not None:
            for i in range(len(old)):
                old[i] = 0
        self._engine = _make_engine(self.paths.db, new_key)
        self._sessions = sessionmaker(bind=self._engine, expire_on_commit=False)
        self.keychain_dropped = False
        if keyring_secret is not None:
            try:
                _keyring_set(self.vault_id, keyring_secret)
            except KeyringUnavailableError:
                self.key_file.remove_slot("keyring")
                self._save_key_file()
                self.keychain_dropped = True
        return new_recovery

    def remember_on_this_computer(self) -> None:
        """Add a keyring slot: the OS keychain holds a secret that unlocks this vault."""
        secret = os.urandom(32)
        _keyring_set(self.vault_id, secret)
        self.key_file.set_secret_slot("keyring", secret, self._key(), account=self.vault_id)
        self._save_key_file()
        log.info("vault remembered in the system keychain")

    def forget_on_this_computer(self) -> None:
        self.key_file.remove_slot("keyring")
        self._save_key_file()
        try:
            _keyring_delete(self.vault_id)
        except KeyringUnavailableError:
            pass
        log.info("vault forgotten by the system keychain")


# ---- keyring ---------------------------------------------------------------------------------

KEYRING_MISSING = (
    '"Remember on this computer" is unavailable: no system keychain was found '
    "(on Linux, a Secret Service such as GNOME Keyring or KWallet must be running). "
    "Unlock with the passphrase instead."
)


def keyring_available() -> tuple[bool, str]:
    """Whether a usable system keychain exists, and if not, a sentence saying why."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False, KEYRING_MISSING
    return True, ""


def _keyring_call(fn: Callable[[], Any]) -> Any:
    import keyring.errors

    ok, why = keyring_available()
    if not ok:
        raise KeyringUnavailableError(why, code="keychain.missing")
    try:
        return fn()
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(
            f"The system keychain refused: {exc}",
            code="keychain.refused",
            params={"error": exc},
        ) from exc


def _keyring_set(vault_id: str, secret: bytes) -> None:
    import keyring

    _keyring_call(lambda: keyring.set_password(KEYRING_SERVICE, vault_id, secret.hex()))


def _keyring_get(vault_id: str) -> bytes | None:
    import keyring

    value = _keyring_call(lambda: keyring.get_password(KEYRING_SERVICE, vault_id))
    return bytes.fromhex(value) if value else None


def _keyring_delete(vault_id: str) -> None:
    import keyring
    import keyring.errors

    try:
        _keyring_call(lambda: keyring.delete_password(KEYRING_SERVICE, vault_id))
    except keyring.errors.PasswordDeleteError:
        pass


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
) -> tuple[Vault, str]:
    """Create a new vault in `folder` (absent or empty). Returns the unlocked vault and its
    recovery key, which is shown to the person once and never stored in the clear.

    `revision` builds an older schema; only upgrade tests want anything but the head.
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
    key_file.set_passphrase(passphrase, data_key, params)
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
    finally:
        _close_engine(engine)
    os.chmod(paths.db, 0o600)
    # The key file is written last: until it exists the folder is not a vault.
    write_atomically(paths.keys, key_file.to_bytes(data_key))
    log.info("vault created")
    return Vault(folder, key_file, data_key), recovery


def _read_key_file(path: Path) -> tuple[KeyFile, str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorruptFileError(
            f"The key file {path.name} cannot be read: {exc.strerror}.",
            code="vault.key_file_unreadable",
            params={"name": path.name, "error": exc.strerror},
        ) from exc
    return keyslots.parse_key_file(raw)


def _open(folder: Path, unwrap: Callable[[KeyFile], bytes]) -> Vault:
    """Unlock with whichever key file (current, or one left by an interrupted rotation)
    opens the database; then migrate the schema to this version of Quash if needed."""
    paths = _require_folder(folder)
    candidates = [paths.keys]
    if paths.pending_keys.exists():
        candidates.append(paths.pending_keys)
    last_error: QuashError | None = None
    for candidate in candidates:
        try:
            key_file, mac = _read_key_file(candidate)
            data_key = unwrap(key_file)
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
        vault = Vault(folder, key_file, data_key)
        try:
            _migrate_if_needed(vault)
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


def _stored_vault_id(conn: Any) -> str | None:
    try:
        row = conn.execute("SELECT value FROM vault_settings WHERE key = 'vault_id'").fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise CorruptFileError(
            "The vault database is damaged: its settings are missing.",
            code="vault.settings_missing",
        ) from exc
    return row[0] if row else None


def _migrate_if_needed(vault: Vault) -> None:
    current = vault.schema_revision()
    head = head_revision()
    if current == head:
        return
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current not in known:
        raise QuashError(
            f"This vault was made by a newer version of Quash (schema {current}); "
            "update Quash to open it.",
            code="vault.newer_schema",
            params={"revision": current},
        )
    with vault.engine.begin() as conn:
        upgrade_schema(conn)
    log.info("vault schema upgraded from %s to %s", current, head)


def is_remembered(folder: Path) -> bool:
    """Whether the vault has a keyring slot (a damaged key file counts as no)."""
    try:
        key_file, _mac = _read_key_file(VaultPaths(folder).keys)
    except QuashError:
        return False
    return key_file.slot("keyring") is not None


def unlock_with_passphrase(folder: Path, passphrase: str) -> Vault:
    return _open(folder, lambda kf: kf.unlock_passphrase(passphrase))


def unlock_with_recovery_key(folder: Path, recovery_key: str) -> Vault:
    secret = keyslots.parse_recovery_key(recovery_key)

    def unwrap(kf: KeyFile) -> bytes:
        try:
            return kf.unlock_recovery(secret)
        except WrongKeyError as exc:
            raise WrongKeyError(
                "Wrong recovery key for this vault.", code="key.wrong_recovery_key"
            ) from exc

    vault = _open(folder, unwrap)
    if vault.key_file.recovery_public() is None:
        # An older recovery slot: with its secret in hand, replace it by one the vault can
        # reseal by itself, so later key changes keep this printed key valid.
        vault.key_file.set_recovery_slot(keyslots.recovery_public_key(secret), vault.data_key())
        vault._save_key_file()
    return vault


def unlock_with_keyring(folder: Path) -> Vault:
    """Unlock with the secret this computer's keychain remembers for the vault."""

    def unwrap(kf: KeyFile) -> bytes:
        if kf.slot("keyring") is None:
            raise WrongKeyError(
                "This vault is not remembered on this computer.", code="keychain.not_remembered"
            )
        secret = _keyring_get(kf.vault_id)
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

    return _open(folder, unwrap)
