"""The vault's life and what it holds: making one (with its first person, or as the demo),
the ways to unlock it, what it holds, and the office's settings inside it. The front-ends go
through here, never to storage/ themselves."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models.entities import AuditEntry, VaultSetting
from models.errors import KeyringUnavailableError
from models.people import Action
from services import audit, records
from services.vault_folder import (
    LOG_NAME,
    holds_vault,
    is_remembered,
    keyring_available,
    parse_recovery_key,
)
from storage import keyslots
from storage.keyslots import Argon2Params, calibrate_argon2
from storage.uow import UnitOfWork
from storage.vault import (
    Vault,
    create_vault,
    head_revision,
    schema_revision_of,
    unlock_with_keyring,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

# The door's other ways in, as storage/ names them (the front-ends import them from here).
__all__ = [
    "LOG_NAME",
    "Argon2Params",
    "MIN_PASSPHRASE_LENGTH",
    "Vault",
    "calibrate_argon2",
    "check_new_passphrase",
    "holds_vault",
    "is_remembered",
    "keyring_available",
    "parse_recovery_key",
    "unlock_with_keyring",
    "unlock_with_passphrase",
    "unlock_with_recovery_key",
]
MIN_PASSPHRASE_LENGTH = keyslots.MIN_PASSPHRASE_LENGTH
# "Strong enough to be a vault's passphrase" (services.backups.check_passphrase is another
# question: whether a passphrase opens a given backup).
check_new_passphrase = keyslots.check_passphrase

COUNTED = ("clients", "accounts", "matters", "subpoenas", "deadlines", "events", "staff")


@dataclass(frozen=True)
class VaultStatus:
    vault_id: str
    office_name: str
    created: str
    schema_revision: str | None
    schema_head: str
    key_slots: tuple[str, ...]
    counts: dict[str, int]
    audit_entries: int


def setting(uow: UnitOfWork, key: str, default: str = "") -> str:
    row = uow.session.get(VaultSetting, key)
    return row.value if row else default


DEMO = "demo"  # vault setting: "yes" in the demo vault, which holds public sample cases only


def is_demo(uow: UnitOfWork) -> bool:
    """Whether this is the demo vault (public sample cases, never real clients). A demo made
    before the setting existed is known by its first audit entry ("create vault", demo)."""
    if setting(uow, DEMO):
        return setting(uow, DEMO) == "yes"
    first = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq).limit(1)).first()
    if first is None or (first.action, first.entity) != ("create", "vault"):
        return False
    return bool(json.loads(first.detail).get("demo"))


def set_setting(uow: UnitOfWork, key: str, value: str) -> None:
    row = uow.session.get(VaultSetting, key)
    old = row.value if row else None
    if old == value:
        return
    if row is None:
        uow.session.add(VaultSetting(key=key, value=value))
    else:
        row.value = value
    uow.session.flush()
    audit.record(uow, "change", "setting", None, {"changed": {key: [old, value]}})


def status(uow: UnitOfWork) -> VaultStatus:
    vault = uow.vault
    values = {r.key: r.value for r in uow.session.scalars(select(VaultSetting))}
    return VaultStatus(
        vault_id=vault.vault_id,
        office_name=values.get("office_name", ""),
        created=values.get("created", ""),
        schema_revision=schema_revision_of(uow.session.connection()),
        schema_head=head_revision(),
        key_slots=tuple(sorted(vault.key_file.kinds())),
        counts={kind: records.count(uow, kind) for kind in COUNTED},
        audit_entries=audit.verify(uow).entries,
    )


def record_interrupted_key_change(uow: UnitOfWork) -> str | None:
    """A key change (rotation, passphrase change) interrupted by a crash was finished, or
    dropped, by an unlock (storage.vault._open notes it in the vault): write it to the audit
    log, so history shows every change of keys. Returns the outcome, or None."""
    outcome = setting(uow, "interrupted_key_change")
    if not outcome:
        return None
    audit.record(uow, "rotate", "data key", None, {"step": f"{outcome} after an interruption"})
    row = uow.session.get(VaultSetting, "interrupted_key_change")
    if row is not None:
        uow.session.delete(row)
    uow.session.flush()
    return outcome


# ---- making a vault ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault  # unlocked; the caller locks it
    recovery_key: str  # shown to a person once, never stored
    created: dt.datetime  # local time, for the recovery sheet
    counts: dict[str, int] = field(default_factory=dict)  # the demo's records, by kind


def create(
    folder: Path,
    passphrase: str,
    *,
    actor: str,
    office_name: str = "",
    first_person: dict[str, Any] | None = None,
    demo: bool = False,
    synthetic: int = 0,
    params: Argon2Params | None = None,
) -> CreatedVault:
    """Make a vault in `folder` and write its first audit entry. `actor` is its first person:
    the passphrase is theirs (a key slot of their own), with the role `first_person` gives
    (the wizard's staff page), else admin. The demo holds the public sample cases and
    `synthetic` made-up matters. Nothing half-made stays unlocked: on failure the vault is
    locked."""
    from services import demo as demo_data
    from services.people import recovery_identity_detail

    role = str((first_person or {}).get("role") or "admin")
    vault, recovery = create_vault(
        folder, passphrase, office_name=office_name, params=params, person=(actor, role)
    )
    counts: dict[str, int] = {}
    try:
        with UnitOfWork(vault, actor) as uow:
            identity = vault.identity
            assert identity is not None
            detail: dict[str, Any] = (
                {"demo": True} if demo else {"office_name_set": bool(office_name)}
            )
            detail.update(
                person=identity.person,
                name=identity.name,
                role=identity.role,
                verify_key=identity.keys.verify_key,
                **recovery_identity_detail(recovery),
            )
            audit.record(uow, "create", "vault", None, detail)
            if demo:
                # Said by the create entry above; a setting too, for the window's banner.
                uow.session.add(VaultSetting(key=DEMO, value="yes"))
                counts = demo_data.fill_public_cases(uow)
                if synthetic:
                    extra = demo_data.fill_synthetic(uow, synthetic)
                    counts = {k: counts.get(k, 0) + extra.get(k, 0) for k in counts}
            uow.commit()
    except BaseException:
        vault.lock()
        raise
    created = dt.datetime.fromisoformat(vault.key_file.created).astimezone()
    return CreatedVault(vault, recovery, created, counts)


def open_demo(
    folder: Path,
    passphrase: str,
    *,
    actor: str,
    office_name: str,
    params: Argon2Params | None = None,
) -> Vault:
    """The demo vault in `folder`: unlocked if it is there, else made with the sample cases."""
    if holds_vault(folder):
        return unlock_with_passphrase(folder, passphrase)
    return create(
        folder, passphrase, actor=actor, office_name=office_name, demo=True, params=params
    ).vault


def keychain_missing() -> KeyringUnavailableError | None:
    """Why this computer cannot remember a vault (no system keychain), as an error a front-end
    words; None when it can."""
    available, why = keyring_available()
    return None if available else KeyringUnavailableError(why, code="keychain.missing")


def unit_of_work(vault: Vault, actor: str) -> UnitOfWork:
    """A unit of work on an unlocked vault, as `actor`: `with` it, commit to keep its writes."""
    return UnitOfWork(vault, actor)


# ---- who is working ----------------------------------------------------------------------------


def people_who_may_work(vault: Vault) -> list[str]:
    """The active staff a person picks themselves from when the app opens, in name order. The
    audit log names whoever is picked; the command line takes QUASH_USER or the login name."""
    with UnitOfWork(vault, "Quash") as uow:
        staff = records.list_records(uow, "staff")
    return sorted((s.name for s in staff if s.active), key=str.casefold)


# ---- changing its keys -----------------------------------------------------------------------


def change_passphrase(
    vault: Vault,
    actor: str,
    new_passphrase: str,
    *,
    announce: Callable[[str], None] | None = None,
) -> str | None:
    """Put the vault under a new passphrase and a new data key: the old passphrase, old copies
    of the key file and older backups' keys open nothing written from now on. Written to the
    audit log before (under the old key) and after; a change a crash interrupts is finished or
    dropped at the next unlock, which writes that too. An older vault's recovery key is
    replaced on the way: the new one goes to `announce` before anything changes, and is
    returned (None: the recovery key still works)."""
    check_new_passphrase(new_passphrase)
    _record_key_change(vault, actor, "change", "passphrase", "started")
    recovery = vault.change_passphrase(new_passphrase, announce=announce)
    _record_key_change(
        vault, actor, "change", "passphrase", "finished", new_recovery_key=recovery is not None
    )
    return recovery


def rotate_data_key(
    vault: Vault,
    actor: str,
    passphrase: str,
    *,
    announce: Callable[[str], None] | None = None,
) -> str | None:
    """Re-encrypt the vault under a new data key and rewrap every key slot, audited as a
    passphrase change is. Only an admin rotates; a wrong passphrase changes and records
    nothing."""
    from services.people import require

    require(vault, Action.MANAGE_KEYS)
    vault.check_own_passphrase(passphrase)
    _record_key_change(vault, actor, "rotate", "data key", "started")
    recovery = vault.rotate_data_key(passphrase, announce=announce)
    _record_key_change(
        vault, actor, "rotate", "data key", "finished", new_recovery_key=recovery is not None
    )
    return recovery


def issue_new_recovery_key(
    vault: Vault, actor: str, passphrase: str, announce: Callable[[str], None]
) -> str:
    """A new recovery key for a new printed sheet (admins only), under a new data key, so the
    old sheet opens nothing written from now on. The new key goes to `announce` before
    anything changes; audited before and after, as a passphrase change is."""
    from services.people import require

    require(vault, Action.MANAGE_KEYS)
    vault.check_own_passphrase(passphrase)
    _record_key_change(vault, actor, "issue", "recovery key", "started")
    key = vault.issue_new_recovery_key(announce)
    _record_key_change(vault, actor, "issue", "recovery key", "finished", new_recovery_key=True)
    return key


def _record_key_change(
    vault: Vault, actor: str, action: str, entity: str, step: str, **more: Any
) -> None:
    with UnitOfWork(vault, actor) as uow:
        audit.record(uow, action, entity, None, {"step": step, **more})
        uow.commit()


# ---- remembering a vault on this computer ---------------------------------------------------


def remember_here(vault: Vault, actor: str) -> None:
    """Let this computer's keychain unlock the vault, and write that to the audit log."""
    vault.remember_on_this_computer()
    with UnitOfWork(vault, actor) as uow:
        audit.record(uow, "change", "key slots", None, {"remembered": True})
        uow.commit()


def forget_here(vault: Vault, actor: str) -> None:
    """Stop this computer's keychain unlocking the vault, and write that to the audit log."""
    vault.forget_on_this_computer()
    with UnitOfWork(vault, actor) as uow:
        audit.record(uow, "change", "key slots", None, {"remembered": False})
        uow.commit()
