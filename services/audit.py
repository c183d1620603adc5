"""The audit log: who did what and when, each entry chained to the one before by SHA-256.

An entry's hash covers its sequence number, time, actor, action, entity, id, detail and the
previous entry's hash, so editing, deleting or reordering any entry breaks the chain at that
point. Details name fields, never the values of sealed fields.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select, text

from models.entities import AuditEntry
from storage.keyslots import verify_signature
from storage.uow import UnitOfWork
from storage.vault import RECOVERY, RECOVERY_NAME

GENESIS = "0" * 64
# Entries that give their own signer a key: a vault's first, an older vault's first person's,
# and a restore's (whoever restores holds the backup's passphrase).
SELF_REGISTERING = (("create", "vault"), ("name", "first admin"), ("backup", "restore"))


@dataclass(frozen=True)
class AuditView:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None
    detail: dict[str, Any]
    hash: str
    signed: bool = False


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head: str
    problems: list[str]
    unsigned_before_people: int = 0  # entries of an older vault, before people had keys
    notes: list[str] = field(default_factory=list)  # what a reader should know (restores)

    @property
    def intact(self) -> bool:
        return not self.problems


def _digest(
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: str,
    prev_hash: str,
) -> str:
    payload = json.dumps(
        [seq, at, actor, action, entity, entity_id, detail, prev_hash],
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def record(
    uow: UnitOfWork,
    action: str,
    entity: str,
    entity_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one entry in the caller's transaction: it commits or rolls back with the change."""
    session = uow.session
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq = (last.seq + 1) if last else 1
    prev_hash = last.hash if last else GENESIS
    at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    detail_json = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"), default=str)
    digest = _digest(seq, at, uow.actor, action, entity, entity_id, detail_json, prev_hash)
    identity = uow.vault.identity
    session.add(
        AuditEntry(
            seq=seq,
            at=at,
            actor=uow.actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail_json,
            prev_hash=prev_hash,
            hash=digest,
            signer=identity.person if identity is not None else None,
            signature=identity.keys.sign(digest.encode()) if identity is not None else None,
        )
    )
    session.flush()


def entries(
    uow: UnitOfWork,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    limit: int | None = None,
) -> list[AuditView]:
    query = select(AuditEntry).order_by(AuditEntry.seq.desc())
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    if limit is not None:
        query = query.limit(limit)
    return [
        AuditView(
            e.seq,
            e.at,
            e.actor,
            e.action,
            e.entity,
            e.entity_id,
            json.loads(e.detail),
            e.hash,
            e.signature is not None,
        )
        for e in uow.session.scalars(query)
    ]


def latest_hash(uow: UnitOfWork) -> str:
    last = uow.session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))
    return last or GENESIS


def verify(uow: UnitOfWork) -> ChainReport:
    """Walk the whole chain; report each entry that was edited, removed or reordered, and each
    whose signature is not that of the person it names (see _Signers)."""
    problems: list[str] = []
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    signers = _Signers()
    for e in _all_entries(uow):
        count += 1
        if e.seq != expected_seq:
            problems.append(
                f"entry {expected_seq}"
                + (f" to {e.seq - 1}" if e.seq - 1 > expected_seq else "")
                + " missing (deleted)"
            )
        if e.prev_hash != prev_hash:
            problems.append(f"entry {e.seq} does not follow the entry before it")
        actual = _digest(
            e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.detail, e.prev_hash
        )
        if actual != e.hash:
            problems.append(f"entry {e.seq} was edited ({e.action} {e.entity} by {e.actor})")
        problems += signers.check(e)
        prev_hash = e.hash
        expected_seq = e.seq + 1
    return ChainReport(count, prev_hash, problems, signers.unsigned_before_people, signers.notes)


def _all_entries(uow: UnitOfWork) -> Iterator[Any]:
    """Every entry in order, as rows with the entry's attributes. A log inside an older
    backup (checked before any migration) has no signer or signature column: None there."""
    table = AuditEntry.__table__
    present = {
        str(row[1]) for row in uow.session.execute(text("PRAGMA table_info(audit_log)")).all()
    }
    columns = [c for c in table.columns if c.name in present]
    query = select(*columns).order_by(table.c.seq)
    for row in uow.session.execute(query):
        values = {"signer": None, "signature": None, **row._mapping}
        yield SimpleNamespace(**values)


class _Signers:
    """Whose key signs whose entries, learned from the log itself as it is walked (never from
    the staff list, which anyone with the vault's key could edit): a vault's first entry names
    its first person's key and the recovery key's; "add key" entries, signed by an admin,
    name the others'; "remove key" ends one; "change role" changes who is an admin. An older
    vault's passphrase holder names themselves ("name first admin", signed by their new key)
    when it has no signer yet. So nobody can sign entries in another person's name, or give
    themselves another person's key, without an admin's key."""

    def __init__(self) -> None:
        self.keys: dict[str, tuple[str, str]] = {}  # signer id → (verify key, name)
        self.roles: dict[str, str] = {}
        self.removed: set[str] = set()
        self.unsigned_before_people = 0
        self.notes: list[str] = []
        self.worked: set[str] = set()  # signers of anything but an older vault's naming

    def check(self, e: Any) -> list[str]:
        said = f"entry {e.seq} ({e.action} {e.entity})"
        try:
            detail = json.loads(e.detail)
        except ValueError:
            detail = {}
        if not isinstance(detail, dict):
            detail = {}
        if e.signature is None or e.signer is None:
            if not self.keys:
                self.unsigned_before_people += 1
                return []
            return [f"{said} claims to be {e.actor}'s but is not signed"]
        registering = self._registers(e, detail)
        known = self.keys.get(e.signer)
        self_signed = (e.action, e.entity) in SELF_REGISTERING
        if registering is not None and registering[0] == e.signer and self_signed:
            known = (registering[1], e.actor)  # a first person's, or a restorer's, own key
        if known is None:
            return [f"{said} claims to be {e.actor}'s but is signed by a key the log never gave"]
        key, name = known
        if not verify_signature(key, e.hash.encode(), e.signature):
            return [f"{said} claims to be {e.actor}'s but its signature does not match"]
        if name != e.actor:
            return [f"{said} claims to be {e.actor}'s but is signed by {name}'s key"]
        if e.signer in self.removed:
            return [f"{said} is signed by {name}'s key after it was removed"]
        problems = self._effects(e, detail, registering, said, name)
        if (e.action, e.entity) != ("name", "first admin"):
            self.worked.add(e.signer)
        return problems

    def _effects(
        self,
        e: Any,
        detail: dict[str, object],
        registering: tuple[str, str] | None,
        said: str,
        name: str,
    ) -> list[str]:
        """What a well-signed entry changes about who holds which key and role."""
        problems: list[str] = []
        if registering is not None:
            problems += self._register(e, detail, registering, said)
        elif (e.action, e.entity) == ("remove key", "person") and detail.get("step") == "started":
            if self._is_admin(e.signer):
                self.removed.add(str(detail.get("person")))
        elif (e.action, e.entity) == ("change role", "person"):
            roles = detail.get("role")
            if self._is_admin(e.signer) and isinstance(roles, list) and len(roles) == 2:
                self.roles[str(detail.get("person"))] = str(roles[1])
            else:
                problems.append(f"{said} changes a role but {name} is not an admin")
        return problems

    def _registers(self, e: Any, detail: dict[str, object]) -> tuple[str, str] | None:
        """(signer id, verify key) an entry gives a person, if it gives one."""
        person, key = detail.get("person"), detail.get("verify_key")
        if not isinstance(person, str) or not isinstance(key, str):
            return None
        if (e.action, e.entity) in SELF_REGISTERING or (e.action, e.entity) == (
            "add key",
            "person",
        ):
            return (person, key)
        return None

    def _register(
        self, e: Any, detail: dict[str, object], given: tuple[str, str], said: str
    ) -> list[str]:
        person, key = given
        first = (e.action, e.entity) in SELF_REGISTERING
        if (e.action, e.entity) == ("backup", "restore"):
            self.notes.append(
                f"entry {e.seq}: restored from a backup; {e.actor}'s key is the one that restore "
                "gave (whoever restores holds the backup's passphrase)"
            )
        elif first and self.keys:
            if (e.action, e.entity) != ("name", "first admin") or self.worked:
                return [f"{said} names a first admin, but the vault already had one"]
            # An upgrade interrupted between the log and the key file, named again: no key
            # named before signed anything but its own naming.
            self.notes.append(f"entry {e.seq}: an interrupted upgrade named its first admin again")
        if not first and not self._is_admin(str(e.signer)):
            return [f"{said} gives {detail.get('name')} a key, but {e.actor} is not an admin"]
        name = str(detail.get("name") or e.actor)
        self.keys[person] = (key, name)
        self.removed.discard(person)
        self.roles[person] = str(detail.get("role") or "admin")
        recovery = detail.get("recovery_verify_key")
        if first and isinstance(recovery, str):
            self.keys[RECOVERY] = (recovery, RECOVERY_NAME)
            self.roles[RECOVERY] = "admin"
        return []

    def _is_admin(self, signer: str) -> bool:
        return self.roles.get(signer) == "admin"


def compare_with_backup(uow: UnitOfWork, entries: int, head: str, backup_name: str) -> list[str]:
    """What a backup sealed about the log (how many entries, the last one's hash) against the
    live log. A log that is shorter than what the backup saw was cut; one whose entry at that
    place has another hash was rewritten (even if re-chained so that `verify` passes)."""
    if entries == 0:
        return []
    at = uow.session.get(AuditEntry, entries)
    live = int(uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
    if at is None or live < entries:
        return [
            f"the log holds {live} entries, fewer than the {entries} that {backup_name} saw: "
            "history was cut"
        ]
    if at.hash != head:
        return [f"entry {entries} is not the one {backup_name} saw: history up to it was rewritten"]
    return []
