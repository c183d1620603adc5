"""Vault-level use cases: what a vault holds, and the office's settings inside it."""

from __future__ import annotations

from dataclasses import dataclass

from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from models.entities import VaultSetting
from services import audit, records
from storage.uow import UnitOfWork
from storage.vault import head_revision

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
        schema_revision=MigrationContext.configure(uow.session.connection()).get_current_revision(),
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
