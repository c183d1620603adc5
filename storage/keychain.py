"""The operating system's keychain (`keyring`), where "remember on this computer" keeps a
secret: per vault (a vault made before people had keys) or per person and vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models.errors import KeyringUnavailableError

KEYRING_SERVICE = "Quash vault"


def person_account(vault_id: str, person: str) -> str:
    """The keychain entry of one person's secret for one vault."""
    return f"{vault_id}/{person}"


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


def keyring_set(vault_id: str, secret: bytes) -> None:
    import keyring

    _keyring_call(lambda: keyring.set_password(KEYRING_SERVICE, vault_id, secret.hex()))


def keyring_get(vault_id: str) -> bytes | None:
    import keyring

    value = _keyring_call(lambda: keyring.get_password(KEYRING_SERVICE, vault_id))
    return bytes.fromhex(value) if value else None


def keyring_delete(vault_id: str) -> None:
    import keyring
    import keyring.errors

    try:
        _keyring_call(lambda: keyring.delete_password(KEYRING_SERVICE, vault_id))
    except keyring.errors.PasswordDeleteError:
        pass
