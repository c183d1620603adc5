"""The vault's keys changing: a person's passphrase, a new data key, people's slots added and
removed, and this computer's keychain. `Vault` (storage/vault.py) has these methods; they are
kept here so each module stays one subject."""

from __future__ import annotations

import copy
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.errors import KeyringUnavailableError, QuashError, ValidationError, WrongKeyError
from storage import keyslots
from storage.atomic import fsync_directory, write_atomically
from storage.keychain import keyring_delete, keyring_set, person_account
from storage.keyslots import Argon2Params, KeyFile, PersonKeys

if TYPE_CHECKING:
    from storage.vault import Identity
    from storage.vault_folder import VaultPaths

log = logging.getLogger("quash.vault")


class KeyChanges:
    """Mixed into `Vault`: what it needs from it is declared here."""

    key_file: KeyFile
    identity: Identity | None
    paths: VaultPaths
    keychain_dropped: bool
    _data_key: bytearray | None

    @property
    def vault_id(self) -> str:
        return self.key_file.vault_id

    @property
    def has_people(self) -> bool:
        """Whether people have key slots of their own (every vault made since they do)."""
        return bool(self.key_file.person_slots())

    # Vault's own, used here:
    def _key(self) -> bytes:
        raise NotImplementedError

    def raw_connection(self) -> Any:
        raise NotImplementedError

    def _close_connections(self) -> None:
        raise NotImplementedError

    def _open_engine(self, data_key: bytes) -> None:
        raise NotImplementedError

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
        """A new passphrase for the person working (for a vault without people: its one
        passphrase), under a new data key: the old passphrase, an old copy of the key file and
        the data key in an older backup open nothing written from now on. The recovery key and
        everyone else's passphrase keep working (their slots are resealed, see keyslots);
        returns a new recovery key only for a vault whose recovery slot is of the older kind."""
        keyslots.check_passphrase(new_passphrase)
        params = params or keyslots.calibrate_argon2()
        if self.has_people:
            identity = self._identity()
            if identity.person not in self.key_file.people():
                raise QuashError(
                    "Opened with the recovery key, nobody's passphrase can change: an admin "
                    "gives the person a new key.",
                    code="vault.no_identity",
                )
            changed = self._change_keys(announce, person=(identity.person, new_passphrase, params))
        else:
            changed = self._change_keys(announce, legacy=(new_passphrase, params))
        log.info("passphrase changed under a new data key")
        return changed

    def rotate_data_key(
        self, passphrase: str, *, announce: Callable[[str], None] | None = None
    ) -> str | None:
        """Re-encrypt the database under a new data key; reseal every slot. The person must
        know their passphrase. The recovery key keeps working; returns a new one only for a
        vault whose recovery slot is of the older kind (see `change_passphrase`)."""
        self.check_own_passphrase(passphrase)
        if self.has_people:
            changed = self._change_keys(announce)
        else:
            changed = self._change_keys(
                announce, legacy=(passphrase, self.key_file.passphrase_params())
            )
        log.info("data key rotated")
        return changed

    def check_own_passphrase(self, passphrase: str) -> None:
        """WrongKeyError unless `passphrase` is the working person's (or the vault's one)."""
        if not self.has_people:
            self.key_file.unlock_passphrase(passphrase)
            return
        opened = self.key_file.unlock_person_passphrase(passphrase)
        if self.identity is None or opened.person != self.identity.person:
            raise WrongKeyError("That is not your passphrase.", code="key.wrong_passphrase")

    # -- people's slots

    def _identity(self) -> Identity:
        if self.identity is None:
            raise QuashError(
                "Nobody's key opened this vault (it was opened with the recovery key).",
                code="vault.no_identity",
            )
        return self.identity

    def add_person(
        self,
        person: str,
        passphrase: str,
        *,
        keys: PersonKeys | None = None,
        params: Argon2Params | None = None,
    ) -> PersonKeys:
        """A key slot for a new person, opened by their own passphrase. No data key changes:
        nobody who could read before can read more."""
        keyslots.check_passphrase(passphrase)
        keys = keys or PersonKeys.generate()
        self.key_file.set_person(
            person, keys, self._key(), passphrase, params or keyslots.calibrate_argon2()
        )
        self._save_key_file()
        log.info("a person's key slot added")
        return keys

    def become_person(self, person: str, keys: PersonKeys, passphrase: str) -> None:
        """A vault made before people had keys gets its first person: the shared passphrase
        slot becomes their slot (same passphrase, same data key), and the shared keychain slot
        goes (they may ask this computer to remember them again)."""
        self.key_file.unlock_passphrase(passphrase)
        params = self.key_file.passphrase_params()
        remembered = self.key_file.slot("keyring") is not None
        self.key_file.set_person(person, keys, self._key(), passphrase, params)
        self.key_file.remove_slot("passphrase")
        self.key_file.remove_slot("keyring")
        self._save_key_file()
        if remembered:
            try:
                keyring_delete(self.vault_id)
            except KeyringUnavailableError:
                pass
        log.info("the vault's passphrase became its first person's")

    def issue_new_recovery_key(self, announce: Callable[[str], None]) -> str:
        """A new recovery key (for a new printed sheet), under a new data key: the old key, and
        an old copy of the key file, open nothing written from now on. `announce` gets the
        key before anything changes."""
        changed = self._change_keys(announce, new_recovery_key=True)
        assert changed is not None
        log.info("a new recovery key was issued under a new data key")
        return changed

    def remove_person(
        self, person: str, *, announce: Callable[[str], None] | None = None
    ) -> str | None:
        """Delete a person's slot and put the vault under a new data key: their passphrase, and
        an old copy of the key file, open nothing written from now on."""
        if self.key_file.person_slot(person) is None:
            raise ValidationError(
                "That person has no key slot.", field="person", code="people.no_slot"
            )
        changed = self._change_keys(announce, drop=person)
        log.info("a person's key slot removed under a new data key")
        return changed

    def _change_keys(
        self,
        announce: Callable[[str], None] | None,
        *,
        legacy: tuple[str, Argon2Params] | None = None,
        person: tuple[str, str, Argon2Params] | None = None,
        drop: str | None = None,
        new_recovery_key: bool = False,
    ) -> str | None:
        """Put the vault under a new data key, sealed to every person's public key (one with a
        new passphrase, `person`, gets a new sealing key too; `drop` loses their slot), to the
        recovery key, and for a vault without people under its passphrase (`legacy`).

        Crash safety: the new slots go to quash.keys.next first, then PRAGMA rekey runs in one
        transaction, then quash.keys.next replaces quash.keys. Unlocking after a crash at any
        point tries both files and finishes (or drops) the change (see `_open`), and says so
        (`rotation_outcome`) for the audit log. The recovery key is the same in both files, so
        at no point is the office without a working, known recovery key. A vault with an older
        recovery slot gets a new recovery key, handed to `announce` before anything changes.
        """
        new_key = os.urandom(keyslots.DATA_KEY_BYTES)
        new_file = KeyFile(self.key_file.vault_id, self.key_file.created, [])
        if legacy is not None:
            new_file.set_passphrase(legacy[0], new_key, legacy[1])
        changed_keys: PersonKeys | None = None
        person_secret: bytes | None = None
        for slot in self.key_file.person_slots():
            who = str(slot["person"])
            if who == drop:
                continue
            new_file.slots.append(copy.deepcopy(slot))
            if person is not None and who == person[0]:
                changed_keys = self._identity().keys.with_new_sealing_key()
                remembered = who in self.key_file.remembered_people()
                person_secret = os.urandom(32) if remembered else None
                new_file.set_person(
                    who, changed_keys, new_key, person[1], person[2], keyring_secret=person_secret
                )
            else:
                new_file.reseal_person(who, new_key)
        public = None if new_recovery_key else self.key_file.recovery_public()
        new_recovery: str | None = None
        if public is None:  # asked for, or an older recovery slot (not resealable)
            new_recovery = keyslots.new_recovery_key()
            public = keyslots.recovery_public_key(keyslots.parse_recovery_key(new_recovery))
        new_file.set_recovery_slot(public, new_key)
        # A remembered vault without people gets a new keychain secret too: the old one, copied
        # from this computer's keychain, must open nothing new. Where this computer cannot
        # reach the keychain that remembers the vault (another computer's), the slot is dropped.
        keyring_secret = os.urandom(32) if self.key_file.slot("keyring") is not None else None
        if keyring_secret is not None:
            new_file.set_secret_slot("keyring", keyring_secret, new_key, account=self.vault_id)
        write_atomically(self.paths.pending_keys, new_file.to_bytes(new_key))
        if new_recovery is not None and announce is not None:
            announce(new_recovery)

        self._close_connections()  # a connection keyed with the old key must not be reused
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
        self._open_engine(new_key)
        if changed_keys is not None and self.identity is not None:
            self.identity.keys = changed_keys
        self.keychain_dropped = False
        for account, secret in (
            (self.vault_id, keyring_secret),
            (person_account(self.vault_id, person[0]) if person else "", person_secret),
        ):
            if secret is None:
                continue
            try:
                keyring_set(account, secret)
            except KeyringUnavailableError:
                if account == self.vault_id:
                    self.key_file.remove_slot("keyring")
                elif person is not None:
                    self.key_file.remove_keyring_unlocker(person[0])
                self._save_key_file()
                self.keychain_dropped = True
        return new_recovery

    def remember_on_this_computer(self) -> None:
        """Let this computer's keychain open the vault: for the person working, a keychain
        secret that opens their slot; for a vault without people, one that opens the vault."""
        secret = os.urandom(32)
        if self.has_people:
            identity = self._identity()
            keyring_set(person_account(self.vault_id, identity.person), secret)
            self.key_file.add_keyring_unlocker(identity.person, identity.keys, secret)
        else:
            keyring_set(self.vault_id, secret)
            self.key_file.set_secret_slot("keyring", secret, self._key(), account=self.vault_id)
        self._save_key_file()
        log.info("vault remembered in the system keychain")

    def forget_on_this_computer(self) -> None:
        """This computer's keychain no longer opens the vault for the person working (for a
        vault without people, for anyone)."""
        if self.has_people and self.identity is not None:
            self.key_file.remove_keyring_unlocker(self.identity.person)
            account = person_account(self.vault_id, self.identity.person)
        else:
            self.key_file.remove_slot("keyring")
            account = self.vault_id
        self._save_key_file()
        try:
            keyring_delete(account)
        except KeyringUnavailableError:
            pass
        log.info("vault forgotten by the system keychain")

    @property
    def remembered_here(self) -> bool:
        """Whether the keychain may open the vault for the person working."""
        if self.has_people:
            return (
                self.identity is not None
                and self.identity.person in self.key_file.remembered_people()
            )
        return self.key_file.slot("keyring") is not None
