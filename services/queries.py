"""Read-only questions the desktop app asks: the dashboard and pages of long lists (search is
services.search).

Filtering, sorting and paging happen in the database so a list of 100,000 deadlines costs one
page of rows at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import selectinload

from models.entities import (
    Account,
    Deadline,
    DocketEvent,
    Matter,
    Subpoena,
    client_accounts,
    matter_clients,
)
from models.enums import DeadlineStatus, MatterStatus, SubpoenaStatus
from models.errors import ValidationError
from services.records import SPECS, spec_for, view_of
from storage.uow import UnitOfWork

OPEN_MATTER = (
    MatterStatus.INTAKE,
    MatterStatus.OPEN,
    MatterStatus.MOTION_FILED,
    MatterStatus.STAYED,
)
OPEN_SUBPOENA = (SubpoenaStatus.RECEIVED, SubpoenaStatus.CHALLENGED, SubpoenaStatus.MODIFIED)


# ---- the dashboard ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DueItem:
    deadline_id: int
    matter_id: int
    matter_title: str
    title: str
    due: dt.date
    due_time: dt.time | None
    responsible: str | None
    citation: str | None
    days_left: int  # negative when overdue


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    overdue: tuple[DueItem, ...]
    due_today: tuple[DueItem, ...]
    this_week: tuple[DueItem, ...]  # tomorrow through the next 7 days
    next_30_days: tuple[DueItem, ...]  # day 8 through day 30
    open_subpoenas_by_status: dict[str, int]
    matters_without_open_deadline: tuple[tuple[int, str], ...]
    overdue_count: int = 0  # all overdue deadlines; `overdue` lists at most the dashboard limit


def _due_items(uow: UnitOfWork, today: dt.date, *conditions: Any, limit: int) -> list[DueItem]:
    rows = uow.session.execute(
        select(
            Deadline.id,
            Deadline.matter_id,
            Matter.title,
            Deadline.title,
            Deadline.due,
            Deadline.due_time,
            Deadline.responsible,
            Deadline.citation,
        )
        .join(Matter, Matter.id == Deadline.matter_id)
        .where(Deadline.status == DeadlineStatus.OPEN, *conditions)
        .order_by(Deadline.due, Deadline.due_time, Deadline.id)
        .limit(limit)
    ).all()
    return [
        DueItem(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], (r[4] - today).days) for r in rows
    ]


def dashboard(uow: UnitOfWork, today: dt.date, limit: int = 500) -> Dashboard:
    """What is due, what is open, and which open matters have no tickler at all.

    Each list holds at most `limit` items (the most overdue first); the counts are complete.
    """
    session = uow.session
    overdue = _due_items(uow, today, Deadline.due < today, limit=limit)
    overdue_count = int(
        session.scalar(
            select(func.count())
            .select_from(Deadline)
            .where(Deadline.status == DeadlineStatus.OPEN, Deadline.due < today)
        )
        or 0
    )
    items = _due_items(
        uow,
        today,
        Deadline.due >= today,
        Deadline.due <= today + dt.timedelta(days=30),
        limit=limit * 10,
    )
    status_counts: dict[str, int] = {
        str(status.value): int(n)
        for status, n in session.execute(
            select(Subpoena.status, func.count())
            .where(Subpoena.status.in_(OPEN_SUBPOENA))
            .group_by(Subpoena.status)
        ).tuples()
    }
    no_tickler = session.execute(
        select(Matter.id, Matter.title)
        .where(
            Matter.status.in_(OPEN_MATTER),
            ~exists().where(
                Deadline.matter_id == Matter.id, Deadline.status == DeadlineStatus.OPEN
            ),
        )
        .order_by(Matter.id)
        .limit(limit)
    ).all()
    return Dashboard(
        today=today,
        overdue=tuple(overdue),
        overdue_count=overdue_count,
        due_today=tuple(i for i in items if i.days_left == 0),
        this_week=tuple(i for i in items if 1 <= i.days_left <= 7),
        next_30_days=tuple(i for i in items if 8 <= i.days_left <= 30),
        open_subpoenas_by_status=status_counts,
        matters_without_open_deadline=tuple((r[0], r[1]) for r in no_tickler),
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# ---- pages of long lists ---------------------------------------------------------------------


@dataclass(frozen=True)
class ListQuery:
    """What a list view shows: free text, a status, a person, a date range, a sort."""

    kind: str
    text: str = ""
    status: str | None = None
    person: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    matter_id: int | None = None
    sort: str = "id"
    descending: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


TEXT_COLUMNS = {
    "matters": ("title", "case_number", "court", "judge"),
    "clients": ("pseudonym", "language"),
    "accounts": ("handle", "url"),
    "subpoenas": ("issuer", "recipient", "authority", "stated_purpose"),
    "deadlines": ("title", "responsible", "citation"),
    "events": ("summary",),
    "staff": ("name",),
}
PERSON_COLUMNS = {"matters": ("attorney", "paralegal"), "deadlines": ("responsible",)}
VIEW_SORT_NAMES = {"kind_of_process": "kind", "kind_of_event": "kind"}
DATE_COLUMN = {
    "matters": "opened",
    "clients": "intake_date",
    "subpoenas": "issued",
    "deadlines": "due",
    "events": "date",
}


def _filtered(query: ListQuery) -> Select[Any]:
    spec = spec_for(query.kind)
    entity = spec.entity
    stmt = select(entity)
    conditions = []
    if query.text.strip():
        pattern = _like(query.text.strip())
        # SQLite's LIKE already ignores ASCII case, and its lower() folds nothing more, so
        # ilike's lower() on every row would only cost time (a third of a filter keystroke).
        conditions.append(
            or_(*(getattr(entity, c).like(pattern, escape="\\") for c in TEXT_COLUMNS[query.kind]))
        )
    if query.status:
        if "status" not in spec.field_names:
            raise ValidationError(
                f"{query.kind} have no status.",
                code="record.no_status",
                params={"kind": query.kind},
            )
        allowed = [m.value for m in spec.field("status").choices or ()]
        if query.status not in allowed:
            raise ValidationError(
                f"{query.kind} have no status {query.status!r}; expected one of: "
                f"{', '.join(allowed)}.",
                record=spec.singular,
                field="status",
                code="field.not_a_choice",
                params={"value": query.status, "allowed": allowed},
            )
        conditions.append(entity.status == query.status)
    if query.person and query.kind in PERSON_COLUMNS:
        conditions.append(
            or_(*(getattr(entity, c) == query.person for c in PERSON_COLUMNS[query.kind]))
        )
    column = DATE_COLUMN.get(query.kind)
    if column and query.date_from:
        conditions.append(getattr(entity, column) >= query.date_from)
    if column and query.date_to:
        conditions.append(getattr(entity, column) <= query.date_to)
    if query.matter_id is not None:
        if query.kind == "clients":
            conditions.append(
                entity.id.in_(
                    select(matter_clients.c.client_id).where(
                        matter_clients.c.matter_id == query.matter_id
                    )
                )
            )
        elif "matter_id" in spec.field_names:
            conditions.append(entity.matter_id == query.matter_id)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    return stmt


def count(uow: UnitOfWork, query: ListQuery) -> int:
    # Keep the entity's FROM: without a filter, a bare `SELECT count(*)` would count one row.
    stmt = (
        _filtered(query).with_only_columns(func.count(), maintain_column_froms=True).order_by(None)
    )
    return int(uow.session.scalar(stmt) or 0)


def page(uow: UnitOfWork, query: ListQuery, offset: int, limit: int) -> list[Any]:
    """One page of views, filtered and sorted in the database."""
    spec = spec_for(query.kind)
    entity = spec.entity
    # Views name the `kind` column after what it is; accept either name.
    sort_name = VIEW_SORT_NAMES.get(query.sort, query.sort)
    sort_name = sort_name if sort_name in (*spec.field_names, "id") else "id"
    column = getattr(entity, sort_name)
    order = [column.desc() if query.descending else column.asc(), entity.id.asc()]
    stmt = _filtered(query).order_by(*order).offset(offset).limit(limit)
    for f in spec.fields:  # one query per page for linked ids, not one per row
        if f.kind == "refs":
            assert f.attr is not None
            stmt = stmt.options(selectinload(getattr(entity, f.attr)))
    return [view_of(spec, e) for e in uow.session.scalars(stmt)]


def matter_titles(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, str]:
    rows = uow.session.execute(select(Matter.id, Matter.title).where(Matter.id.in_(list(ids))))
    return {r[0]: r[1] for r in rows}


def people(uow: UnitOfWork) -> list[str]:
    """Everyone a deadline or matter names as responsible, for filter pick-lists."""
    names: set[str] = set()
    for column in (Matter.attorney, Matter.paralegal, Deadline.responsible):
        names.update(n for n in uow.session.scalars(select(column).distinct()) if n)
    return sorted(names)


def events_for_matter(uow: UnitOfWork, matter_id: int) -> list[Any]:
    spec = SPECS["events"]
    rows = uow.session.scalars(
        select(DocketEvent)
        .where(DocketEvent.matter_id == matter_id)
        .order_by(DocketEvent.date, DocketEvent.id)
    )
    return [view_of(spec, e) for e in rows]


@dataclass(frozen=True)
class AccountChoices:
    """The accounts a subpoena of one matter may target: its clients' accounts first, then every
    other account in the vault (a subpoena may name an account of no client yet)."""

    of_matter: tuple[Any, ...]  # AccountView, by handle
    others: tuple[Any, ...]


def account_choices(uow: UnitOfWork, matter_id: int | None) -> AccountChoices:
    spec = SPECS["accounts"]
    rows = uow.session.scalars(
        select(Account).options(selectinload(Account.clients)).order_by(Account.id)
    )
    views: list[Any] = [view_of(spec, a) for a in rows]
    views.sort(key=lambda v: (v.handle.casefold(), v.id))
    mine: set[int] = set()
    if matter_id is not None:
        mine = set(
            uow.session.scalars(
                select(client_accounts.c.account_id).where(
                    client_accounts.c.client_id.in_(
                        select(matter_clients.c.client_id).where(
                            matter_clients.c.matter_id == matter_id
                        )
                    )
                )
            )
        )
    return AccountChoices(
        of_matter=tuple(v for v in views if v.id in mine),
        others=tuple(v for v in views if v.id not in mine),
    )
