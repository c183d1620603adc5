"""A vault as Quash makes one today, for tests that need their own folder: its first person is
"Test Paralegal" (an admin), whose passphrase it is. (storage.vault.create_vault alone makes a
vault as Quash did before people had keys, which only upgrade tests want.)"""

from __future__ import annotations

from pathlib import Path

from services.vaults import create
from storage.keyslots import MINIMUM_ARGON2
from storage.vault import Vault
from tests.conftest import PASSPHRASE


def office_vault(
    folder: Path,
    passphrase: str = PASSPHRASE,
    *,
    office_name: str = "",
    person: str = "Test Paralegal",
) -> tuple[Vault, str]:
    """The unlocked vault and its recovery key."""
    made = create(folder, passphrase, actor=person, office_name=office_name, params=MINIMUM_ARGON2)
    return made.vault, made.recovery_key
