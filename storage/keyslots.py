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

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
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
        kdf = slot.get("kdf", {})
        values = [kdf.get(k) for k in ("memory_kib", "iterations", "lanes")]
        if kdf.get("name") != "argon2id" or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in values
        ):
            raise CorruptFileError(
                "The key file is damaged: the passphrase slot's settings are invalid.",
                code="keys.params_invalid",
            )
        params = Argon2Params(*values)
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
