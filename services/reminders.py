"""What reminds the person working: their open deadlines (and everyone's unassigned ones) due
today, overdue, or coming within a lead time. Rows carry a deadline's title and its matter's
title only, never a client: a reminder shows on the desktop, outside the vault's windows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select

from models.entities import Deadline, Matter
from models.enums import DeadlineStatus
from models.reminders import LEADS
from storage.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class DueCounts:
    today: int
    overdue: int


@dataclass(frozen=True, slots=True)
class Upcoming:
    deadline_id: int
    title: str
    matter_title: str
    due: dt.date
    due_time: dt.time | None
    days_left: int


def _theirs(person: str) -> Any:
    """Deadlines this person answers for, and those nobody does (everyone is reminded)."""
    return or_(
        Deadline.responsible == person,
        Deadline.responsible.is_(None),
        func.trim(Deadline.responsible) == "",
    )


def due_counts(uow: UnitOfWork, person: str, today: dt.date) -> DueCounts:
    """How many of the person's open deadlines are due today and how many are past due."""
    due_today = func.sum(func.iif(Deadline.due == today, 1, 0))
    overdue = func.sum(func.iif(Deadline.due < today, 1, 0))
    row = uow.session.execute(
        select(due_today, overdue).where(
            Deadline.status == DeadlineStatus.OPEN, Deadline.due <= today, _theirs(person)
        )
    ).one()
    return DueCounts(int(row[0] or 0), int(row[1] or 0))


def upcoming(
    uow: UnitOfWork, person: str, today: dt.date, days: int = max(LEADS)
) -> list[Upcoming]:
    """The person's open deadlines due from today to `days` days on, soonest first."""
    rows = uow.session.execute(
        select(
            Deadline.id,
            Deadline.title,
            Matter.title,
            Deadline.due,
            Deadline.due_time,
        )
        .join(Matter, Matter.id == Deadline.matter_id)
        .where(
            and_(
                Deadline.status == DeadlineStatus.OPEN,
                Deadline.due >= today,
                Deadline.due <= today + dt.timedelta(days=days),
                _theirs(person),
            )
        )
        .order_by(Deadline.due, Deadline.due_time.is_not(None), Deadline.due_time, Deadline.id)
    ).all()
    return [
        Upcoming(int(r[0]), str(r[1]), str(r[2]), r[3], r[4], (r[3] - today).days) for r in rows
    ]
