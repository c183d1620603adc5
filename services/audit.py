"""The audit log: who did what and when, each entry chained to the one before by SHA-256.

An entry's hash covers its sequence number, time, actor, action, entity, id, detail and the
previous entry's hash, so editing, deleting or reordering any entry breaks the chain at that
point. Details name fields, never the values of sealed fields.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from models.entities import AuditEntry
from storage.uow import UnitOfWork

GENESIS = "0" * 64


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


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head: str
    problems: list[str]

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
            hash=_digest(seq, at, uow.actor, action, entity, entity_id, detail_json, prev_hash),
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
            e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, json.loads(e.detail), e.hash
        )
        for e in uow.session.scalars(query)
    ]


def latest_hash(uow: UnitOfWork) -> str:
    last = uow.session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))
    return last or GENESIS


def verify(uow: UnitOfWork) -> ChainReport:
    """Walk the whole chain; report each entry that was edited, removed or reordered."""
    problems: list[str] = []
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    rows = uow.session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for e in rows:
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
        prev_hash = e.hash
        expected_seq = e.seq + 1
    return ChainReport(count, prev_hash, problems)


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
