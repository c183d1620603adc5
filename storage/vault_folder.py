"""A vault's folder as it can be known before it is unlocked: its files' names, whether it
holds a vault, and whether this computer's keychain may open it.

Kept apart from storage.vault so the unlock window can ask these questions without loading
SQLCipher, SQLAlchemy and the models (most of a second): see gui.unlock.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.errors import CorruptFileError, QuashError
from storage import keyslots
from storage.keyslots import KeyFile

DB_NAME = "quash.db"
KEYS_NAME = "quash.keys"
PENDING_KEYS_NAME = "quash.keys.next"  # before a data-key rotation: storage.vault.rotate_data_key
LOG_NAME = "quash.log"


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


def holds_vault(folder: Path) -> bool:
    """Whether `folder` holds a vault (its key file is there)."""
    return VaultPaths(folder).keys.exists()


def read_key_file(path: Path) -> tuple[KeyFile, str]:
    """The key slots in `path`, and the MAC to check once the vault is unlocked."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorruptFileError(
            f"The key file {path.name} cannot be read: {exc.strerror}.",
            code="vault.key_file_unreadable",
            params={"name": path.name, "error": exc.strerror},
        ) from exc
    return keyslots.parse_key_file(raw)


def is_remembered(folder: Path) -> bool:
    """Whether this computer's keychain may open the vault: a person's keychain unlocker, or
    the keyring slot of a vault without people (a damaged key file counts as no)."""
    try:
        key_file, _mac = read_key_file(VaultPaths(folder).keys)
    except QuashError:
        return False
    return bool(key_file.remembered_people()) or key_file.slot("keyring") is not None
