"""What the front-ends may ask of a vault's folder before it is unlocked: whether it holds a
vault, whether this computer's keychain may open it, and whether a typed recovery key is
well formed. None of it loads the database layer, so the unlock window shows without waiting
for SQLCipher, SQLAlchemy and the models; services.vaults unlocks, and holds the rest."""

from __future__ import annotations

from storage import keyslots
from storage.keychain import keyring_available
from storage.vault_folder import LOG_NAME, holds_vault, is_remembered

__all__ = ["LOG_NAME", "holds_vault", "is_remembered", "keyring_available", "parse_recovery_key"]

parse_recovery_key = keyslots.parse_recovery_key
