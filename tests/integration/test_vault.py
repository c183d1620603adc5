"""The vault on disk: create, unlock three ways, change passphrase, rotate the key, lock."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import keyring
import pytest

from models.errors import CorruptFileError, KeyringUnavailableError, ValidationError, WrongKeyError
from services import records
from storage import keyslots
from storage.keychain import keyring_available
from storage.keyslots import MINIMUM_ARGON2, calibrate_argon2
from storage.uow import UnitOfWork
from storage.vault import (
    Vault,
    create_vault,
    unlock_with_keyring,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from tests.conftest import PASSPHRASE
from tests.support.keyrings import MemoryKeyring


def _add_matter(vault: Vault, title: str) -> int:
    with UnitOfWork(vault, "tester") as uow:
        view = records.create(uow, "matters", {"title": title, "status": "open"})
        uow.commit()
    return int(view.id)


def _titles(vault: Vault) -> list[str]:
    with UnitOfWork(vault, "tester") as uow:
        return [m.title for m in records.list_records(uow, "matters")]


def _make(folder: Path) -> tuple[Vault, str]:
    return create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2)


def test_new_vault_is_sqlcipher_not_plain_sqlite(vault_dir: Path) -> None:
    vault, _ = _make(vault_dir)
    vault.lock()
    header = (vault_dir / "quash.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"  # a plain SQLite file starts with this


def test_connection_settings_are_applied(vault: Vault) -> None:
    with vault.raw_connection() as conn:
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_unlock_with_passphrase_sees_committed_records(vault_dir: Path) -> None:
    vault, _ = _make(vault_dir)
    _add_matter(vault, "Doe v. DHS")
    vault.lock()
    with unlock_with_passphrase(vault_dir, PASSPHRASE) as again:
        assert _titles(again) == ["Doe v. DHS"]


def test_wrong_passphrase_is_told_apart_from_damage(vault_dir: Path) -> None:
    _make(vault_dir)[0].lock()
    with pytest.raises(WrongKeyError, match="Wrong passphrase"):
        unlock_with_passphrase(vault_dir, "not the passphrase at all")


def test_recovery_key_unlocks_and_wrong_one_does_not(vault_dir: Path) -> None:
    vault, recovery = _make(vault_dir)
    _add_matter(vault, "Recovered")
    vault.lock()
    with unlock_with_recovery_key(vault_dir, recovery.lower()) as again:
        assert _titles(again) == ["Recovered"]
    with pytest.raises(WrongKeyError, match="Wrong recovery key"):
        unlock_with_recovery_key(vault_dir, keyslots.new_recovery_key())


def test_locked_vault_refuses_work(vault: Vault) -> None:
    vault.lock()
    assert vault.is_locked
    with pytest.raises(Exception, match="locked"):
        UnitOfWork(vault, "tester").__enter__()


def _open_handles(path: Path) -> int:
    """How many of this process's file descriptors are open on `path` (Linux)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("needs /proc/self/fd")
    count = 0
    for fd in fds.iterdir():
        try:
            count += os.path.realpath(fd) == os.path.realpath(path)
        except OSError:
            pass  # closed while we looked
    return count


def test_lock_closes_the_connection_kept_between_units_of_work(vault: Vault) -> None:
    _add_matter(vault, "Doe v. DHS")
    assert _titles(vault) == ["Doe v. DHS"]
    assert _open_handles(vault.paths.db) >= 1  # kept warm while unlocked
    vault.lock()
    assert _open_handles(vault.paths.db) == 0


def test_a_task_still_working_at_lock_closes_its_connection_when_it_ends(vault: Vault) -> None:
    """lock() cannot pull a connection out from under a running task; the moment the task
    hands it back it is closed, not kept for reuse."""
    started, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def task() -> None:
        with UnitOfWork(vault, "tester") as uow:
            seen.extend(m.title for m in records.list_records(uow, "matters"))
            started.set()
            release.wait(10)
            seen.extend(m.title for m in records.list_records(uow, "matters"))

    _add_matter(vault, "Doe v. DHS")
    worker = threading.Thread(target=task)
    worker.start()
    assert started.wait(10)
    vault.lock()
    assert _open_handles(vault.paths.db) >= 1  # the task's connection, still in use
    release.set()
    worker.join(10)
    assert seen == ["Doe v. DHS", "Doe v. DHS"]  # the task finished its work
    assert _open_handles(vault.paths.db) == 0


def test_a_passphrase_change_puts_the_vault_under_a_new_data_key(vault_dir: Path) -> None:
    """After a passphrase change, old key material opens nothing written afterwards: the old
    passphrase, an old copy of the key file with it, and the data key an older backup holds.
    The printed recovery key keeps working."""
    vault, recovery = _make(vault_dir)
    old_keys = (vault_dir / "quash.keys").read_bytes()
    old_data_key = vault.data_key()
    assert vault.change_passphrase("a brand new passphrase", params=MINIMUM_ARGON2) is None
    assert vault.data_key() != old_data_key
    _add_matter(vault, "Added after the change")
    vault.lock()
    with pytest.raises(WrongKeyError):
        unlock_with_passphrase(vault_dir, PASSPHRASE)
    new_keys = (vault_dir / "quash.keys").read_bytes()
    (vault_dir / "quash.keys").write_bytes(old_keys)  # a seized laptop's old copy
    with pytest.raises((CorruptFileError, WrongKeyError)):
        unlock_with_passphrase(vault_dir, PASSPHRASE)
    (vault_dir / "quash.keys").write_bytes(new_keys)
    import sqlcipher3

    conn = sqlcipher3.connect(str(vault_dir / "quash.db"))
    conn.execute(f"PRAGMA key = \"x'{old_data_key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    with unlock_with_passphrase(vault_dir, "a brand new passphrase") as again:
        assert _titles(again) == ["Added after the change"]
    with unlock_with_recovery_key(vault_dir, recovery) as again:
        assert _titles(again) == ["Added after the change"]


def test_too_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="too short"):
        create_vault(tmp_path / "v", "short", params=MINIMUM_ARGON2)
    assert not (tmp_path / "v").exists()


def test_rotating_the_data_key_reencrypts_and_keeps_the_recovery_key(vault_dir: Path) -> None:
    vault, recovery = _make(vault_dir)
    _add_matter(vault, "Kept through rotation")
    old_db = (vault_dir / "quash.db").read_bytes()
    assert vault.rotate_data_key(PASSPHRASE) is None  # no new recovery key: the sheet stays valid
    assert _titles(vault) == ["Kept through rotation"]  # still usable after rotation
    vault.lock()
    assert (vault_dir / "quash.db").read_bytes()[4096:8192] != old_db[4096:8192]
    with unlock_with_passphrase(vault_dir, PASSPHRASE) as again:
        assert _titles(again) == ["Kept through rotation"]
        assert again.integrity_problems() == []
    unlock_with_recovery_key(vault_dir, recovery).lock()


def test_an_older_recovery_slot_is_upgraded_or_replaced_with_the_new_key_shown_first(
    vault_dir: Path,
) -> None:
    """Vaults made before the X25519 recovery slot: unlocking with the recovery key upgrades
    the slot; a key change before that issues a new recovery key, announced before anything
    changes."""
    vault, recovery = _make(vault_dir)
    secret = keyslots.parse_recovery_key(recovery)
    vault.key_file.set_secret_slot("recovery", secret, vault.data_key())  # the older kind
    vault._save_key_file()
    shown: list[str] = []
    new_recovery = vault.rotate_data_key(PASSPHRASE, announce=shown.append)
    assert new_recovery is not None and shown == [new_recovery]
    vault.lock()
    unlock_with_recovery_key(vault_dir, new_recovery).lock()
    with pytest.raises(WrongKeyError):
        unlock_with_recovery_key(vault_dir, recovery)

    again, recovery = _make(vault_dir.parent / "second")
    again.key_file.set_secret_slot(
        "recovery", keyslots.parse_recovery_key(recovery), again.data_key()
    )
    again._save_key_file()
    again.lock()
    with unlock_with_recovery_key(vault_dir.parent / "second", recovery) as opened:
        assert opened.key_file.recovery_public() is not None  # upgraded on the way in
        assert opened.rotate_data_key(PASSPHRASE) is None


def test_rotation_needs_the_passphrase(vault: Vault) -> None:
    with pytest.raises(WrongKeyError):
        vault.rotate_data_key("not the passphrase at all")


def test_interrupted_rotation_is_finished_at_next_unlock(vault_dir: Path) -> None:
    """A crash after the database was rekeyed but before the new key file replaced the old one
    leaves quash.keys.next behind; the next unlock uses it and finishes the rotation."""
    vault, _ = _make(vault_dir)
    _add_matter(vault, "Mid-rotation")
    old_keys = (vault_dir / "quash.keys").read_bytes()
    vault.rotate_data_key(PASSPHRASE)
    vault.lock()
    new_keys = (vault_dir / "quash.keys").read_bytes()
    (vault_dir / "quash.keys").write_bytes(old_keys)  # as if killed before the rename
    (vault_dir / "quash.keys.next").write_bytes(new_keys)
    with unlock_with_passphrase(vault_dir, PASSPHRASE) as again:
        assert _titles(again) == ["Mid-rotation"]
    assert not (vault_dir / "quash.keys.next").exists()
    assert (vault_dir / "quash.keys").read_bytes() == new_keys


def test_rotation_that_never_reached_the_database_is_discarded(vault_dir: Path) -> None:
    vault, _ = _make(vault_dir)
    _add_matter(vault, "Before rotation")
    vault.lock()
    other, _ = _make(vault_dir.parent / "other")
    other.lock()
    # A pending key file that does not open this database (rekey never ran).
    (vault_dir / "quash.keys.next").write_bytes(
        (vault_dir.parent / "other/quash.keys").read_bytes()
    )
    with unlock_with_passphrase(vault_dir, PASSPHRASE) as again:
        assert _titles(again) == ["Before rotation"]
    assert not (vault_dir / "quash.keys.next").exists()


def test_edited_key_file_is_reported_as_damaged_not_as_wrong_passphrase(vault_dir: Path) -> None:
    _make(vault_dir)[0].lock()
    keys = vault_dir / "quash.keys"
    doc = json.loads(keys.read_text())
    doc["slots"][0]["kdf"]["salt"] = "AAAAAAAAAAAAAAAAAAAAAA=="
    keys.write_text(json.dumps(doc))
    with pytest.raises(CorruptFileError, match="damaged or was edited"):
        unlock_with_passphrase(vault_dir, PASSPHRASE)


def test_key_file_reslotted_without_the_data_key_is_caught_by_its_mac(vault_dir: Path) -> None:
    """Someone who recomputes the unkeyed checksum still cannot forge the keyed MAC."""
    import hashlib

    _make(vault_dir)[0].lock()
    keys = vault_dir / "quash.keys"
    doc = json.loads(keys.read_text())
    doc.pop("checksum")
    doc["created"] = "1999-01-01T00:00:00+00:00"
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    doc["checksum"] = hashlib.sha256(canonical).hexdigest()
    keys.write_text(json.dumps(doc))
    with pytest.raises(CorruptFileError, match="tampered"):
        unlock_with_passphrase(vault_dir, PASSPHRASE)


def test_garbage_database_is_reported_as_corrupt(vault_dir: Path) -> None:
    _make(vault_dir)[0].lock()
    (vault_dir / "quash.db").write_bytes(os.urandom(8192))
    with pytest.raises(CorruptFileError, match="not a Quash vault"):
        unlock_with_passphrase(vault_dir, PASSPHRASE)


def test_garbage_file_as_vault_is_reported_as_corrupt(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(os.urandom(4096))
    with pytest.raises(CorruptFileError):
        unlock_with_passphrase(garbage, PASSPHRASE)


def test_create_refuses_to_overwrite(vault_dir: Path) -> None:
    _make(vault_dir)[0].lock()
    before = (vault_dir / "quash.db").read_bytes()
    with pytest.raises(ValidationError, match="not empty"):
        _make(vault_dir)
    assert (vault_dir / "quash.db").read_bytes() == before


def test_vault_files_are_private_to_their_owner(vault: Vault, vault_dir: Path) -> None:
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    assert (vault_dir.stat().st_mode & 0o777) == 0o700
    for name in ("quash.db", "quash.keys"):
        assert ((vault_dir / name).stat().st_mode & 0o077) == 0


def test_calibration_never_goes_below_the_floor_and_takes_about_half_a_second() -> None:
    params = calibrate_argon2(target_seconds=0.5)
    assert params.meets_floor()
    started = time.perf_counter()
    keyslots._argon2("x", b"0" * 16, params)
    assert time.perf_counter() - started >= 0.25  # generous: a loaded CI box varies


# ---- remember on this computer ----------------------------------------------------------------


@pytest.fixture
def memory_keyring() -> object:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> object:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_remembered_vault_unlocks_without_passphrase(
    vault_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    vault, _ = _make(vault_dir)
    _add_matter(vault, "Remembered")
    vault.remember_on_this_computer()
    vault.lock()
    assert len(memory_keyring.secrets) == 1
    with unlock_with_keyring(vault_dir) as again:
        assert _titles(again) == ["Remembered"]
        again.forget_on_this_computer()
    assert memory_keyring.secrets == {}
    with pytest.raises(WrongKeyError, match="not remembered"):
        unlock_with_keyring(vault_dir)
    unlock_with_passphrase(vault_dir, PASSPHRASE).lock()


def test_rotation_keeps_the_remembered_slot_working(
    vault_dir: Path, memory_keyring: object
) -> None:
    vault, _ = _make(vault_dir)
    vault.remember_on_this_computer()
    vault.rotate_data_key(PASSPHRASE)
    vault.lock()
    unlock_with_keyring(vault_dir).lock()


def test_without_a_keychain_remembering_says_why_and_nothing_else_breaks(
    vault_dir: Path, no_keyring: None
) -> None:
    ok, why = keyring_available()
    assert not ok and "no system keychain" in why
    vault, recovery = _make(vault_dir)
    with pytest.raises(KeyringUnavailableError, match="unavailable"):
        vault.remember_on_this_computer()
    assert "keyring" not in (vault_dir / "quash.keys").read_text()
    vault.change_passphrase("another good passphrase", params=MINIMUM_ARGON2)
    vault.lock()
    unlock_with_passphrase(vault_dir, "another good passphrase").lock()
    unlock_with_recovery_key(vault_dir, recovery).lock()


def test_rotation_where_the_remembering_keychain_cannot_be_reached_drops_that_slot(
    vault_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    vault, _ = _make(vault_dir)
    vault.remember_on_this_computer()
    [old_secret] = memory_keyring.secrets.values()
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # as on another computer
    vault.rotate_data_key(PASSPHRASE)
    assert vault.keychain_dropped
    vault.lock()
    assert "keyring" not in (vault_dir / "quash.keys").read_text()
    unlock_with_passphrase(vault_dir, PASSPHRASE).lock()
    keyring.set_keyring(memory_keyring)
    assert list(memory_keyring.secrets.values()) == [old_secret]  # and it opens nothing now
    with pytest.raises(WrongKeyError):
        unlock_with_keyring(vault_dir)


def test_rotation_gives_a_remembered_vault_a_new_keychain_secret(
    vault_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    vault, _ = _make(vault_dir)
    vault.remember_on_this_computer()
    before = dict(memory_keyring.secrets)
    vault.rotate_data_key(PASSPHRASE)
    vault.lock()
    assert memory_keyring.secrets != before and len(memory_keyring.secrets) == 1
    unlock_with_keyring(vault_dir).lock()


def test_a_passphrase_is_the_same_however_its_accents_were_composed(vault_dir: Path) -> None:
    composed = "caf\u00e9 con leche y pan"
    decomposed = "cafe\u0301 con leche y pan"
    vault, _ = create_vault(vault_dir, composed, params=MINIMUM_ARGON2)
    vault.lock()
    unlock_with_passphrase(vault_dir, decomposed).lock()
    unlock_with_passphrase(vault_dir, composed).lock()


def test_a_passphrase_set_before_normalizing_still_opens_as_typed(vault_dir: Path) -> None:
    """Vaults made before passphrases were normalized hold the bytes as typed then."""
    decomposed = "cafe\u0301 con leche y pan"
    vault, _ = create_vault(vault_dir, "a passphrase for now", params=MINIMUM_ARGON2)
    slot = vault.key_file.slot("passphrase")
    assert slot is not None
    salt = keyslots._unb64(slot["kdf"]["salt"], "salt")
    kek = keyslots._argon2(decomposed, salt, MINIMUM_ARGON2, normalize=False)
    vault.key_file._wrap(slot, kek, vault.data_key())
    vault._save_key_file()
    vault.lock()
    unlock_with_passphrase(vault_dir, decomposed).lock()
