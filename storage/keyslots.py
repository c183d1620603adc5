"""Key slots: the vault's random data key, wrapped once per way of unlocking it.

The sidecar file (``quash.keys``) is JSON. Each slot holds the data key encrypted with
AES-256-GCM under a key-encryption key (KEK) derived from one secret:

- ``passphrase``: Argon2id, its parameters and salt stored in the slot;
- ``recovery``: a random 160-bit recovery key shown once. It is the private half of an X25519
  key pair (the private key is HKDF of the recovery key): the slot stores the public half and
  the data key sealed to it (an ephemeral X25519 exchange, HKDF, AES-GCM), so the vault can
  seal a *new* data key to the same recovery key without knowing it. A passphrase change or a
  key rotation therefore keeps the office's printed recovery sheet valid. (Vaults made before
  this wrapped the data key under HKDF of the recovery key directly: ``hkdf-sha256``; such a
  slot still opens, and is replaced by an X25519 one the first time the keys change.)
- ``keyring``: a random secret kept in the operating system's keychain, stretched with HKDF.

The slot's kind and KDF parameters are the GCM associated data, so editing them breaks the slot.
Two seals protect the file as a whole: an unkeyed SHA-256 ``checksum`` tells a damaged or
hand-edited file (exit 4) apart from a wrong passphrase (exit 3), and a ``mac`` keyed by the
data key tells a file re-checksummed by someone without the key apart from the real one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.errors import CorruptFileError, ValidationError, WrongKeyError

FORMAT = "quash-keyslots"
VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_KEY_BYTES = 20  # 160 bits
# Crockford's base32: no I, L, O or U, so a key read aloud or typed from paper is unambiguous.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
MIN_PASSPHRASE_LENGTH = 10


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    iterations: int
    lanes: int = 4

    def meets_floor(self) -> bool:
        return (
            self.memory_kib >= MINIMUM_ARGON2.memory_kib
            and self.iterations >= MINIMUM_ARGON2.iterations
            and self.lanes >= 1
        )


# The floor the design sets: never below 64 MiB and 3 passes, however fast the machine.
MINIMUM_ARGON2 = Argon2Params(memory_kib=64 * 1024, iterations=3, lanes=4)
MAXIMUM_MEMORY_KIB = 256 * 1024  # what calibration grows memory to
# An unlock derives whatever the key file (or a backup's header) asks for, so the cost is
# capped: an edited file must not make unlocking take minutes or gigabytes. Quash never writes
# more than this.
MAX_KDF_MEMORY_KIB = 1 << 20  # 1 GiB
MAX_KDF_ITERATIONS = 64
MAX_KDF_LANES = 16
MAX_KDF_COST = 256 * 1024 * 16  # memory_kib * iterations: 256 MiB x 16 passes


def within_caps(params: Argon2Params) -> bool:
    return (
        1 <= params.memory_kib <= MAX_KDF_MEMORY_KIB
        and 1 <= params.iterations <= MAX_KDF_ITERATIONS
        and 1 <= params.lanes <= MAX_KDF_LANES
        and params.memory_kib * params.iterations <= MAX_KDF_COST
    )


def clamp_params(params: Argon2Params) -> Argon2Params:
    """Calibrated parameters, capped to what every reader accepts (see MAX_KDF_*)."""
    memory = min(params.memory_kib, MAX_KDF_MEMORY_KIB)
    iterations = max(1, min(params.iterations, MAX_KDF_ITERATIONS, MAX_KDF_COST // memory))
    return Argon2Params(memory, iterations, min(params.lanes, MAX_KDF_LANES))


def passphrase_bytes(passphrase: str, *, normalize: bool = True) -> bytes:
    """NFC, so "café" typed composed (macOS may not) or decomposed is the same passphrase;
    a passphrase that is not text (undecodable bytes from the environment) is refused."""
    text = unicodedata.normalize("NFC", passphrase) if normalize else passphrase
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            "The passphrase is not valid UTF-8 text (check QUASH_PASSPHRASE and the terminal's "
            "encoding); nothing was opened.",
            field="passphrase",
            code="passphrase.not_text",
        ) from None


def _argon2(passphrase: str, salt: bytes, params: Argon2Params, *, normalize: bool = True) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase_bytes(passphrase, normalize=normalize))


def calibrate_argon2(target_seconds: float = 0.5, ceiling_seconds: float = 1.0) -> Argon2Params:
    """Pick Argon2id parameters that take about `target_seconds` on this machine.

    Memory grows first (it is what makes guessing expensive on GPUs), up to 256 MiB, then passes.
    Never below the 64 MiB / 3 pass floor, however fast the machine.
    """
    params = MINIMUM_ARGON2
    salt = os.urandom(16)
    for _ in range(12):
        started = time.perf_counter()
        _argon2("calibration", salt, params)
        elapsed = time.perf_counter() - started
        if elapsed >= target_seconds:
            break
        if params.memory_kib < MAXIMUM_MEMORY_KIB:
            grown = Argon2Params(min(params.memory_kib * 2, MAXIMUM_MEMORY_KIB), params.iterations)
        else:
            factor = min(target_seconds / max(elapsed, 1e-3), ceiling_seconds / max(elapsed, 1e-3))
            grown = Argon2Params(
                params.memory_kib, max(params.iterations + 1, int(params.iterations * factor))
            )
        params = grown
    return clamp_params(params)


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise CorruptFileError(
            f"The key file is damaged: {what} is missing.",
            code="keys.part_missing",
            params={"what": what},
        )
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise CorruptFileError(
            f"The key file is damaged: {what} is not valid.",
            code="keys.part_invalid",
            params={"what": what},
        ) from exc


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


# ---- recovery keys -------------------------------------------------------------------------

RECOVERY_X25519 = "x25519-hkdf-sha256"


def recovery_private_key(secret: bytes) -> X25519PrivateKey:
    """The X25519 private key a recovery key stands for (deterministic: HKDF of the secret)."""
    return X25519PrivateKey.from_private_bytes(_hkdf(secret, b"quash-recovery", b"x25519"))


def recovery_public_key(secret: bytes) -> bytes:
    return recovery_private_key(secret).public_key().public_bytes_raw()


def recovery_signing_key(secret: bytes) -> Ed25519PrivateKey:
    """The Ed25519 key work done after unlocking with the recovery key is signed with."""
    return Ed25519PrivateKey.from_private_bytes(_hkdf(secret, b"quash-recovery", b"ed25519"))


def recovery_verify_key(recovery_key: str) -> str:
    """Its public half, as a new vault's first audit entry records it."""
    key = recovery_signing_key(parse_recovery_key(recovery_key))
    return _b64(key.public_key().public_bytes_raw())


def new_recovery_key() -> str:
    """A fresh recovery key: 160 random bits as 32 Crockford base32 characters in groups of four."""
    number = int.from_bytes(os.urandom(RECOVERY_KEY_BYTES), "big")
    chars = []
    for _ in range(RECOVERY_KEY_BYTES * 8 // 5):
        chars.append(CROCKFORD[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Turn a typed recovery key into its bytes, forgiving case, spaces, dashes and O/0, I/L/1."""
    cleaned = text.upper().replace("-", "").replace(" ", "").strip()
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    expected = RECOVERY_KEY_BYTES * 8 // 5
    if len(cleaned) != expected or any(c not in CROCKFORD for c in cleaned):
        raise WrongKeyError(
            "That is not a recovery key: it should be 32 letters and digits in 8 groups of 4.",
            code="key.not_a_recovery_key",
        )
    number = 0
    for c in cleaned:
        number = number * 32 + CROCKFORD.index(c)
    return number.to_bytes(RECOVERY_KEY_BYTES, "big")


def check_passphrase(passphrase: str) -> None:
    passphrase_bytes(passphrase)
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE_LENGTH} characters "
            "(a few unrelated words work well).",
            field="passphrase",
            code="passphrase.too_short",
            params={"min": MIN_PASSPHRASE_LENGTH},
        )


# ---- slots ---------------------------------------------------------------------------------


@dataclass
class KeyFile:
    """The parsed sidecar: which slots exist and their wrapped data keys."""

    vault_id: str
    created: str
    slots: list[dict[str, Any]]

    def slot(self, kind: str) -> dict[str, Any] | None:
        return next((s for s in self.slots if s.get("kind") == kind), None)

    def kinds(self) -> list[str]:
        return [str(s.get("kind")) for s in self.slots]

    def _aad(self, slot: dict[str, Any]) -> bytes:
        return _canonical({"vault_id": self.vault_id, "kind": slot["kind"], "kdf": slot["kdf"]})

    def _wrap(self, slot: dict[str, Any], kek: bytes, data_key: bytes) -> dict[str, Any]:
        nonce = os.urandom(12)
        slot["nonce"] = _b64(nonce)
        slot["wrapped"] = _b64(AESGCM(kek).encrypt(nonce, data_key, self._aad(slot)))
        return slot

    def _unwrap(self, slot: dict[str, Any], kek: bytes) -> bytes:
        nonce = _unb64(slot.get("nonce"), "a slot's nonce")
        wrapped = _unb64(slot.get("wrapped"), "a slot's wrapped key")
        try:
            return AESGCM(kek).decrypt(nonce, wrapped, self._aad(slot))
        except InvalidTag as exc:
            raise WrongKeyError("", code="key.wrong") from exc

    def _replace(self, slot: dict[str, Any]) -> None:
        self.slots = [s for s in self.slots if s.get("kind") != slot["kind"]] + [slot]

    # -- passphrase

    def set_passphrase(self, passphrase: str, data_key: bytes, params: Argon2Params) -> None:
        if not params.meets_floor():
            raise ValueError("Argon2id parameters below 64 MiB / 3 passes are not allowed")
        params = clamp_params(params)
        salt = os.urandom(16)
        slot: dict[str, Any] = {
            "kind": "passphrase",
            "kdf": {
                "name": "argon2id",
                "memory_kib": params.memory_kib,
                "iterations": params.iterations,
                "lanes": params.lanes,
                "salt": _b64(salt),
            },
        }
        self._replace(self._wrap(slot, _argon2(passphrase, salt, params), data_key))

    def passphrase_params(self) -> Argon2Params:
        slot = self.slot("passphrase")
        if slot is None:
            raise CorruptFileError(
                "The key file has no passphrase slot.", code="keys.no_passphrase_slot"
            )
        return _checked_params(slot.get("kdf", {}))

    def unlock_passphrase(self, passphrase: str) -> bytes:
        slot = self.slot("passphrase")
        if slot is None:
            raise CorruptFileError(
                "The key file has no passphrase slot.", code="keys.no_passphrase_slot"
            )
        params = self.passphrase_params()
        salt = _unb64(slot["kdf"].get("salt"), "the passphrase salt")
        try:
            return self._unwrap(slot, _argon2(passphrase, salt, params))
        except WrongKeyError as exc:
            if unicodedata.normalize("NFC", passphrase) != passphrase:
                # Set before passphrases were normalized, as typed then: try it as typed.
                try:
                    return self._unwrap(slot, _argon2(passphrase, salt, params, normalize=False))
                except WrongKeyError:
                    pass
            raise WrongKeyError(
                "Wrong passphrase for this vault.", code="key.wrong_passphrase"
            ) from exc

    # -- recovery key and keyring secret: both full-entropy, both through HKDF

    def set_secret_slot(self, kind: str, secret: bytes, data_key: bytes, **extra: str) -> None:
        salt = os.urandom(16)
        slot: dict[str, Any] = {"kind": kind, "kdf": {"name": "hkdf-sha256", "salt": _b64(salt)}}
        slot.update(extra)
        self._replace(self._wrap(slot, _hkdf(secret, salt, kind.encode()), data_key))

    def unlock_secret_slot(self, kind: str, secret: bytes) -> bytes:
        slot = self.slot(kind)
        if slot is None:
            raise WrongKeyError(
                f"This vault has no {kind} slot.", code="keys.no_slot", params={"kind": kind}
            )
        salt = _unb64(slot.get("kdf", {}).get("salt"), f"the {kind} salt")
        return self._unwrap(slot, _hkdf(secret, salt, kind.encode()))

    # -- the recovery key as an X25519 key pair

    def set_recovery_slot(self, public: bytes, data_key: bytes) -> None:
        """Seal `data_key` to the recovery key's public half (no secret needed)."""
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
        slot: dict[str, Any] = {
            "kind": "recovery",
            "kdf": {
                "name": RECOVERY_X25519,
                "public": _b64(public),
                "ephemeral": _b64(ephemeral_public),
            },
        }
        kek = _hkdf(shared, ephemeral_public + public, b"recovery")
        self._replace(self._wrap(slot, kek, data_key))

    def recovery_public(self) -> bytes | None:
        """The recovery key's public half, or None for an older (HKDF) recovery slot."""
        slot = self.slot("recovery")
        if slot is None or slot.get("kdf", {}).get("name") != RECOVERY_X25519:
            return None
        return _unb64(slot["kdf"].get("public"), "the recovery slot's public key")

    def unlock_recovery(self, secret: bytes) -> bytes:
        slot = self.slot("recovery")
        if slot is None or slot.get("kdf", {}).get("name") != RECOVERY_X25519:
            return self.unlock_secret_slot("recovery", secret)
        kdf = slot["kdf"]
        public = _unb64(kdf.get("public"), "the recovery slot's public key")
        ephemeral_public = _unb64(kdf.get("ephemeral"), "the recovery slot's ephemeral key")
        private = recovery_private_key(secret)
        if private.public_key().public_bytes_raw() != public:
            raise WrongKeyError("", code="key.wrong")
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        except ValueError as exc:
            raise CorruptFileError(
                "The key file is damaged: the recovery slot's ephemeral key is not valid.",
                code="keys.part_invalid",
                params={"what": "the recovery slot's ephemeral key"},
            ) from exc
        return self._unwrap(slot, _hkdf(shared, ephemeral_public + public, b"recovery"))

    def remove_slot(self, kind: str) -> None:
        self.slots = [s for s in self.slots if s.get("kind") != kind]

    # -- people: each person's own slot (see PersonKeys)

    def person_slots(self) -> list[dict[str, Any]]:
        return [s for s in self.slots if s.get("kind") == PERSON]

    def person_slot(self, person: str) -> dict[str, Any] | None:
        return next((s for s in self.person_slots() if s.get("person") == person), None)

    def people(self) -> list[str]:
        """The people (their ids) who have a slot, in the file's order."""
        return [str(s.get("person")) for s in self.person_slots()]

    def _unlocker_aad(self, slot: dict[str, Any], unlocker: dict[str, Any]) -> bytes:
        return _canonical(
            {
                "vault_id": self.vault_id,
                "person": slot["person"],
                "unlocker": unlocker["kind"],
                "kdf": unlocker["kdf"],
            }
        )

    def _person_aad(self, slot: dict[str, Any]) -> bytes:
        return _canonical(
            {
                "vault_id": self.vault_id,
                "kind": PERSON,
                "person": slot["person"],
                "kdf": slot["kdf"],
            }
        )

    def set_person(
        self,
        person: str,
        keys: PersonKeys,
        data_key: bytes,
        passphrase: str,
        params: Argon2Params,
        *,
        keyring_secret: bytes | None = None,
    ) -> None:
        """A slot for `person`: the data key sealed to their public key, and their private keys
        wrapped under their passphrase (and, if given, this computer's keychain secret)."""
        if not params.meets_floor():
            raise ValueError("Argon2id parameters below 64 MiB / 3 passes are not allowed")
        slot: dict[str, Any] = {"kind": PERSON, "person": person, "unlockers": []}
        self._seal_to(slot, keys.public, data_key)
        self._add_passphrase_unlocker(slot, keys, passphrase, clamp_params(params))
        if keyring_secret is not None:
            self._add_keyring_unlocker(slot, keys, keyring_secret)
        self.slots = [s for s in self.slots if s is not self.person_slot(person)] + [slot]

    def reseal_person(self, person: str, data_key: bytes) -> None:
        """Seal a new data key to `person`'s public key (no secret of theirs needed)."""
        slot = self.person_slot(person)
        if slot is None:
            raise KeyError(person)
        public = _unb64(slot["kdf"].get("public"), "a person's public key")
        self._seal_to(slot, public, data_key)

    def _seal_to(self, slot: dict[str, Any], public: bytes, data_key: bytes) -> None:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
        slot["kdf"] = {
            "name": PERSON_X25519,
            "public": _b64(public),
            "ephemeral": _b64(ephemeral_public),
        }
        kek = _hkdf(shared, ephemeral_public + public, b"person")
        nonce = os.urandom(12)
        slot["nonce"] = _b64(nonce)
        slot["wrapped"] = _b64(AESGCM(kek).encrypt(nonce, data_key, self._person_aad(slot)))

    def _add_passphrase_unlocker(
        self, slot: dict[str, Any], keys: PersonKeys, passphrase: str, params: Argon2Params
    ) -> None:
        salt = os.urandom(16)
        unlocker: dict[str, Any] = {
            "kind": "passphrase",
            "kdf": {
                "name": "argon2id",
                "memory_kib": params.memory_kib,
                "iterations": params.iterations,
                "lanes": params.lanes,
                "salt": _b64(salt),
            },
        }
        self._wrap_private(slot, unlocker, _argon2(passphrase, salt, params), keys)

    def _add_keyring_unlocker(self, slot: dict[str, Any], keys: PersonKeys, secret: bytes) -> None:
        salt = os.urandom(16)
        unlocker: dict[str, Any] = {
            "kind": "keyring",
            "kdf": {"name": "hkdf-sha256", "salt": _b64(salt)},
        }
        self._wrap_private(slot, unlocker, _hkdf(secret, salt, b"keyring"), keys)

    def _wrap_private(
        self, slot: dict[str, Any], unlocker: dict[str, Any], kek: bytes, keys: PersonKeys
    ) -> None:
        nonce = os.urandom(12)
        unlocker["nonce"] = _b64(nonce)
        unlocker["wrapped"] = _b64(
            AESGCM(kek).encrypt(nonce, keys.private_bytes(), self._unlocker_aad(slot, unlocker))
        )
        slot["unlockers"] = [
            u for u in slot.get("unlockers", []) if u.get("kind") != unlocker["kind"]
        ] + [unlocker]

    def add_keyring_unlocker(self, person: str, keys: PersonKeys, secret: bytes) -> None:
        slot = self.person_slot(person)
        if slot is None:
            raise KeyError(person)
        self._add_keyring_unlocker(slot, keys, secret)

    def remove_keyring_unlocker(self, person: str) -> None:
        slot = self.person_slot(person)
        if slot is not None:
            slot["unlockers"] = [u for u in slot.get("unlockers", []) if u.get("kind") != "keyring"]

    def remembered_people(self) -> list[str]:
        """The people whose slot this computer's keychain may open (a keyring unlocker)."""
        return [
            str(s["person"])
            for s in self.person_slots()
            if any(u.get("kind") == "keyring" for u in s.get("unlockers", []))
        ]

    def remove_person(self, person: str) -> None:
        self.slots = [s for s in self.slots if s.get("person") != person]

    def _unlocker(self, slot: dict[str, Any], kind: str) -> dict[str, Any] | None:
        unlockers = slot.get("unlockers")
        if not isinstance(unlockers, list):
            raise CorruptFileError(
                "The key file is damaged: a person's slot is malformed.", code="keys.malformed"
            )
        return next((u for u in unlockers if isinstance(u, dict) and u.get("kind") == kind), None)

    def _open_person(self, slot: dict[str, Any], unlocker: dict[str, Any], kek: bytes) -> Opened:
        nonce = _unb64(unlocker.get("nonce"), "a person's nonce")
        wrapped = _unb64(unlocker.get("wrapped"), "a person's wrapped keys")
        try:
            private = AESGCM(kek).decrypt(nonce, wrapped, self._unlocker_aad(slot, unlocker))
        except InvalidTag as exc:
            raise WrongKeyError("", code="key.wrong") from exc
        keys = PersonKeys.from_private_bytes(private)
        kdf = slot["kdf"]
        public = _unb64(kdf.get("public"), "a person's public key")
        if keys.public != public:
            raise CorruptFileError(
                "The key file has been tampered with: a person's keys do not match.",
                code="keys.tampered",
            )
        ephemeral = _unb64(kdf.get("ephemeral"), "a person's ephemeral key")
        try:
            shared = keys.sealing.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        except ValueError as exc:
            raise CorruptFileError(
                "The key file is damaged: a person's ephemeral key is not valid.",
                code="keys.part_invalid",
                params={"what": "a person's ephemeral key"},
            ) from exc
        sealed_nonce = _unb64(slot.get("nonce"), "a person's nonce")
        sealed = _unb64(slot.get("wrapped"), "a person's sealed key")
        try:
            data_key = AESGCM(_hkdf(shared, ephemeral + public, b"person")).decrypt(
                sealed_nonce, sealed, self._person_aad(slot)
            )
        except InvalidTag as exc:
            raise CorruptFileError(
                "The key file has been tampered with: a person's sealed key does not open.",
                code="keys.tampered",
            ) from exc
        return Opened(str(slot["person"]), keys, data_key)

    def person_params(self, slot: dict[str, Any]) -> Argon2Params:
        unlocker = self._unlocker(slot, "passphrase")
        if unlocker is None:
            raise CorruptFileError(
                "The key file is damaged: a person's slot has no passphrase.",
                code="keys.malformed",
            )
        return _checked_params(unlocker.get("kdf", {}))

    def unlock_person_passphrase(self, passphrase: str) -> Opened:
        """Try the passphrase on every person's slot (each its own Argon2id: an office of a
        few people waits a moment longer on a wrong passphrase); the person it opens is the
        one working."""
        slots = self.person_slots()
        if not slots:
            raise CorruptFileError("The key file has no person's slot.", code="keys.no_people")
        for slot in slots:
            unlocker = self._unlocker(slot, "passphrase")
            if unlocker is None:
                continue
            params = _checked_params(unlocker.get("kdf", {}))
            salt = _unb64(unlocker["kdf"].get("salt"), "a person's salt")
            try:
                return self._open_person(slot, unlocker, _argon2(passphrase, salt, params))
            except WrongKeyError:
                continue
        raise WrongKeyError("Wrong passphrase for this vault.", code="key.wrong_passphrase")

    def unlock_person_keyring(self, person: str, secret: bytes) -> Opened:
        slot = self.person_slot(person)
        unlocker = self._unlocker(slot, "keyring") if slot is not None else None
        if slot is None or unlocker is None:
            raise WrongKeyError(
                "This vault is not remembered on this computer.", code="keychain.not_remembered"
            )
        salt = _unb64(unlocker["kdf"].get("salt"), "a person's keychain salt")
        return self._open_person(slot, unlocker, _hkdf(secret, salt, b"keyring"))

    # -- the file

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "slots": sorted(self.slots, key=lambda s: str(s["kind"])),
        }

    def to_bytes(self, data_key: bytes) -> bytes:
        body = self._body()
        body["mac"] = hmac.new(_mac_key(data_key), _canonical(body), hashlib.sha256).hexdigest()
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=2, sort_keys=True).encode("utf-8") + b"\n"

    def verify_mac(self, data_key: bytes, mac: str) -> None:
        expected = hmac.new(
            _mac_key(data_key), _canonical(self._body()), hashlib.sha256
        ).hexdigest()
        if not hmac.compare_digest(expected, mac):
            raise CorruptFileError(
                "The key file has been tampered with: "
                "its slots were changed without the vault's key.",
                code="keys.tampered",
            )


def _checked_params(kdf: Any) -> Argon2Params:
    """A slot's Argon2id settings, refused when damaged, below the floor or beyond the caps."""
    values = (
        [kdf.get(k) for k in ("memory_kib", "iterations", "lanes")] if isinstance(kdf, dict) else []
    )
    if (
        not isinstance(kdf, dict)
        or kdf.get("name") != "argon2id"
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in values)
    ):
        raise CorruptFileError(
            "The key file is damaged: the passphrase slot's settings are invalid.",
            code="keys.params_invalid",
        )
    params = Argon2Params(*(int(v) for v in values if isinstance(v, int)))
    if not params.meets_floor():
        raise CorruptFileError(
            "The key file was edited: its passphrase settings are below Quash's minimum.",
            code="keys.params_below_floor",
        )
    if not within_caps(params):
        raise CorruptFileError(
            "The key file was edited: its passphrase settings ask for more memory or passes "
            "than Quash ever writes, so it was not used.",
            code="keys.params_beyond_caps",
        )
    return params


# ---- a person's keys ------------------------------------------------------------------------

PERSON = "person"
PERSON_X25519 = "x25519-hkdf-sha256"


@dataclass(frozen=True)
class PersonKeys:
    """A person's two key pairs: X25519, to which the vault seals its data key (so a new data
    key reaches everyone without their passphrases), and Ed25519, which signs their audit
    entries. Only the private halves are secret; they live wrapped in the person's slot."""

    sealing: X25519PrivateKey
    signing: Ed25519PrivateKey

    @staticmethod
    def generate() -> PersonKeys:
        return PersonKeys(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    @staticmethod
    def from_private_bytes(raw: bytes) -> PersonKeys:
        if len(raw) != 64:
            raise CorruptFileError(
                "The key file is damaged: a person's keys are the wrong size.",
                code="keys.part_invalid",
                params={"what": "a person's keys"},
            )
        return PersonKeys(
            X25519PrivateKey.from_private_bytes(raw[:32]),
            Ed25519PrivateKey.from_private_bytes(raw[32:]),
        )

    def private_bytes(self) -> bytes:
        return self.sealing.private_bytes_raw() + self.signing.private_bytes_raw()

    @property
    def public(self) -> bytes:
        return self.sealing.public_key().public_bytes_raw()

    @property
    def verify_key(self) -> str:
        """The signing key's public half, as the audit log and the staff list keep it."""
        return _b64(self.signing.public_key().public_bytes_raw())

    def with_new_sealing_key(self) -> PersonKeys:
        """After a passphrase change: a new X25519 pair, so the old passphrase with an old copy
        of the key file opens nothing sealed from now on; the signing key (their identity in
        the audit log) stays."""
        return PersonKeys(X25519PrivateKey.generate(), self.signing)

    def sign(self, message: bytes) -> str:
        return _b64(self.signing.sign(message))


def verify_signature(verify_key: str, message: bytes, signature: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(verify_key)).verify(
            base64.b64decode(signature), message
        )
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Opened:
    """What a person's slot yields: who they are, their keys, and the vault's data key."""

    person: str
    keys: PersonKeys
    data_key: bytes


def _mac_key(data_key: bytes) -> bytes:
    return _hkdf(data_key, b"quash-keyslots", b"mac")


def parse_key_file(raw: bytes) -> tuple[KeyFile, str]:
    """Parse and checksum the sidecar. Returns the slots and the MAC to check once unlocked."""
    damaged = "The vault's key file (quash.keys) is damaged or was edited"
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptFileError(f"{damaged}: it is not readable.", code="keys.unreadable") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise CorruptFileError(
            f"{damaged}: it is not a Quash key file.", code="keys.not_a_key_file"
        )
    checksum = doc.pop("checksum", None)
    if checksum != hashlib.sha256(_canonical(doc)).hexdigest():
        raise CorruptFileError(f"{damaged}: its checksum does not match.", code="keys.checksum")
    if doc.get("version") != VERSION:
        raise CorruptFileError(
            f"The key file's format version {doc.get('version')!r} is not supported.",
            code="keys.unsupported_version",
            params={"version": repr(doc.get("version"))},
        )
    mac = doc.get("mac")
    slots = doc.get("slots")
    if (
        not isinstance(mac, str)
        or not isinstance(slots, list)
        or not all(isinstance(s, dict) and isinstance(s.get("kdf"), dict) for s in slots)
    ):
        raise CorruptFileError(f"{damaged}: its slots are malformed.", code="keys.malformed")
    return KeyFile(str(doc.get("vault_id")), str(doc.get("created")), slots), mac
