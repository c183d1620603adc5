"""Unsaved edits kept inside the vault while it is locked, and offered back after unlock.

When the vault locks (by hand, idle time, or the machine suspending) every open editor's typed
state is saved here, in the encrypted database, and the editor closes; after unlock the editors
reopen with what was typed. Nothing typed ever touches disk outside the vault.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from models.entities import Draft
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class DraftView:
    id: int
    kind: str
    record_id: int | None
    state: dict[str, Any]
    saved_at: dt.datetime


def save(uow: UnitOfWork, kind: str, record_id: int | None, state: dict[str, Any]) -> int:
    draft = Draft(
        kind=kind,
        record_id=record_id,
        payload=json.dumps(state, default=str),
        saved_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )
    uow.session.add(draft)
    uow.session.flush()
    return draft.id


def all_drafts(uow: UnitOfWork) -> list[DraftView]:
    rows = uow.session.scalars(select(Draft).order_by(Draft.id))
    return [DraftView(d.id, d.kind, d.record_id, json.loads(d.payload), d.saved_at) for d in rows]


def discard(uow: UnitOfWork, draft_id: int) -> None:
    uow.session.execute(delete(Draft).where(Draft.id == draft_id))
