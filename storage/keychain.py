"""The operating system's keychain (`keyring`), where "remember on this computer" keeps a
secret: per vault (a vault made before people had keys) or per person and vault."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from models.errors import KeyringUnavailableError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

KEYRING_SERVICE = "Quash vault"


def person_account(vault_id: str, person: str) -> str:
    """The keychain entry of one person's secret for one vault."""
    return f"{vault_id}/{person}"


KEYRING_MISSING = (
    '"Remember on this computer" is unavailable: no system keychain was found '
    "(on Linux, a Secret Service such as GNOME Keyring or KWallet must be running). "
    "Unlock with the passphrase instead."
)


# The keychains each operating system has, by the class that speaks to it. keyring's own
# discovery imports every backend it ships, and its macOS one runs
# ctypes.util.find_library at import, which on Linux and in the packaged app runs ldconfig
# and gcc, writing temporary files outside the app's data folder.
PLATFORM_BACKENDS: dict[str, tuple[str, ...]] = {
    "linux": (
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    ),
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
    "darwin": ("keyring.backends.macOS.Keyring",),
}


def _backend() -> KeyringBackend:
    """The keychain keyring uses: one set by the person (PYTHON_KEYRING_BACKEND or
    keyringrc.cfg) or by a test, else the best this operating system's own offers."""
    import keyring.core

    if keyring.core._keyring_backend is None:
        keyring.core.set_keyring(
            keyring.core.load_env() or keyring.core.load_config() or _platform_backend()
        )
    return keyring.core.get_keyring()


def _platform_backend() -> KeyringBackend:
    from keyring.backends import fail
    from keyring.core import load_keyring

    usable = []
    for name in PLATFORM_BACKENDS.get(sys.platform, ()):
        try:
            usable.append(load_keyring(name))  # raises when it cannot work here
        except Exception:  # noqa: BLE001 — a keychain that cannot load is simply absent
            continue
    usable = [backend for backend in usable if backend.priority > 0]
    return max(usable, key=lambda backend: backend.priority, default=fail.Keyring())


def keyring_available() -> tuple[bool, str]:
    """Whether a usable system keychain exists, and if not, a sentence saying why."""
    from keyring.backends import fail

    backend = _backend()
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
    _keyring_call(lambda: _backend().set_password(KEYRING_SERVICE, vault_id, secret.hex()))


def keyring_get(vault_id: str) -> bytes | None:
    value = _keyring_call(lambda: _backend().get_password(KEYRING_SERVICE, vault_id))
    return bytes.fromhex(value) if value else None


def keyring_delete(vault_id: str) -> None:
    import keyring.errors

    try:
        _keyring_call(lambda: _backend().delete_password(KEYRING_SERVICE, vault_id))
    except keyring.errors.PasswordDeleteError:
        pass
