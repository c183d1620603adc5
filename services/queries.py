"""Read-only questions the desktop app asks: the dashboard and pages of long lists (search is
services.search).

Filtering, sorting and paging happen in the database so a list of 1,000,000 deadlines costs one
page of rows at a time. A list's text filter matches as search does, through the vault's
full-text index: each typed word is the start of a word of the record (case and accents
ignored, sealed fields never indexed). Matches are counted up to COUNT_LIMIT, not all of them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, column, exists, func, or_, select, table, text
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
from services import search
from services.record_views import row_columns, view_of_row
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


def _like(typed: str) -> str:
    escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
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


# A list's text filter looks at these columns (the ones a list shows or a paralegal types from
# it), each of them in the full-text index. A record matches when each typed word starts one of
# their words, ignoring case and accents: search's rule (services.search.match_expression).
TEXT_COLUMNS = {
    "matters": ("title", "case_number", "court", "judge"),
    "clients": ("pseudonym",),
    "accounts": ("handle", "url"),
    "subpoenas": ("issuer", "recipient", "authority", "stated_purpose"),
    "deadlines": ("title", "responsible", "citation"),
    "events": ("summary",),
}
# Kinds the index does not hold (a short list of people): LIKE, any part, ASCII case ignored.
LIKE_COLUMNS = {"staff": ("name",)}
# A list counts the records matching its filters up to this many ("more than 1,000"): counting
# all 600,000 open deadlines of a large vault would cost a keystroke several times over.
COUNT_LIMIT = 1000
# A text filter whose words the index finds in at most this many records of the list's kind
# starts from those records (a lookup each, then sorted); one found in more walks the list in
# its own order, testing each row's words, and stops once it has what was asked for. Either
# way the cost follows the rows read, not the size of the vault.
FEW_MATCHES = 3000
# A text filter first reads this many rows of the list in its order (a few milliseconds): a
# common word fills the page there. Once a page is full, counting goes on to COUNT_LIMIT only
# within WALK_LIMIT rows read in all (about 15 ms); past it the count says "at least".
WALK_FIRST = 4_000
WALK_LIMIT = 20_000
_INDEX = table(search.TABLE, column("rowid"))
PERSON_COLUMNS = {"matters": ("attorney", "paralegal"), "deadlines": ("responsible",)}
VIEW_SORT_NAMES = {"kind_of_process": "kind", "kind_of_event": "kind"}
DATE_COLUMN = {
    "matters": "opened",
    "clients": "intake_date",
    "subpoenas": "issued",
    "deadlines": "due",
    "events": "date",
}


def _typed_phrases(typed: str) -> tuple[tuple[str, ...], ...]:
    """Each typed word as the words it reads as ("3:26-cv" is 3, 26, cv, one after another)."""
    return tuple(p for p in (search.index_words(w) for w in typed.split()) if p)


def _has(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """`phrase` appears in `words`, its last word as the start of one: what the index's query
    `"3 26 cv"*` asks."""
    *whole, last = phrase
    n = len(whole)
    for i in range(len(words) - n):
        if words[i + n].startswith(last) and (not n or tuple(words[i : i + n]) == tuple(whole)):
            return True
    return False


def _matches(phrases: Sequence[Sequence[str]], values: Sequence[str | None]) -> bool:
    words = [w for v in values if v for w in search.index_words(v)]
    return all(_has(words, p) for p in phrases)


@dataclass(frozen=True)
class _Found:
    ids: list[int]  # matching records in the list's order: at least the reach asked for
    total: int | None  # every match, when known


def _order(query: ListQuery) -> list[Any]:
    spec = spec_for(query.kind)
    entity = spec.entity
    # Views name the `kind` column after what it is; accept either name.
    sort_name = VIEW_SORT_NAMES.get(query.sort, query.sort)
    sort_name = sort_name if sort_name in (*spec.field_names, "id") else "id"
    column = getattr(entity, sort_name)
    return [column.desc() if query.descending else column.asc(), entity.id.asc()]


def _few_matches(records: int, reach: int | None) -> int:
    """Up to how many matches named by the index a list starts from them rather than walking
    on: where a lookup each costs less than the rows a walk would pass over."""
    return max(FEW_MATCHES, math.isqrt(records * (reach or records) // 2))


def _matching(
    uow: UnitOfWork, query: ListQuery, reach: int | None, count_to: int | None = None
) -> _Found:
    """The ids of the records the list shows, in its order: the first `reach` of them (all
    with None), and on up to `count_to` if that costs little more; how many match in all
    when that is known without reading further."""
    entity = spec_for(query.kind).entity
    typed = query.text.strip()
    session = uow.session
    want = None if reach is None else max(reach, count_to or 0)
    if not typed or query.kind not in TEXT_COLUMNS or search.match_expression(typed) is None:
        if typed and query.kind in TEXT_COLUMNS and not any(c.isalnum() for c in typed):
            return _Found([], 0)  # punctuation alone: nothing to find
        # No text filter (one letter filters nothing yet, as in search).
        stmt = _filtered(query, select(entity.id)).order_by(*_order(query))
        ids = list(session.scalars(stmt if want is None else stmt.limit(want)))
        return _Found(ids, len(ids) if want is None or len(ids) < want else None)
    phrases = _typed_phrases(typed)
    columns = [getattr(entity, c) for c in TEXT_COLUMNS[query.kind]]
    stmt = _filtered(query, select(entity.id, *columns)).order_by(*_order(query))
    tried: dict[tuple[Any, ...], bool] = {}
    result = session.connection().execute(stmt)
    cursor = result.cursor  # the driver's rows as they are: ids and plain text

    def in_order() -> Generator[Any, None, None]:
        while batch := cursor.fetchmany(500):
            yield from batch

    listed = in_order()
    read = 0

    def walk(need: int | None, budget: int | None) -> tuple[list[int], bool]:
        """Read on in the list's order and keep the rows whose words match, until `need` are
        found or `budget` rows read in all (then False: the walk stopped short). Each walk
        goes on where the last stopped, in the one statement. Rows repeat their words (the
        same titles, people and rules): each set is tried once."""
        nonlocal read
        found: list[int] = []
        for row in listed:
            read += 1
            key = row[1:]
            hit = tried.get(key)
            if hit is None:
                hit = tried[key] = _matches(phrases, key)
            if hit:
                found.append(row[0])
                if need is not None and len(found) >= need:
                    return found, False
            if budget is not None and read >= budget:
                return found, False
        return found, True

    try:
        # A word most records hold fills a page within the first rows of the list: walk first.
        ids, ended = walk(want, None if reach is None else WALK_FIRST)
        if ended:
            return _Found(ids, len(ids))
        if reach is not None and len(ids) >= reach:
            # The page is full; count on while that stays cheap.
            assert want is not None
            more: list[int] = []
            if len(ids) < want:
                more, ended = walk(want - len(ids), WALK_LIMIT)
            return _Found(ids + more, len(ids) + len(more) if ended else None)
        # Few of the rows read match. Starting from the records the index names costs a lookup
        # each; walking on costs a row read per record passed over, about reach × records /
        # matches. The first is cheaper below about √(reach × records): some 10,000 matches for
        # a page of a million records.
        first, last = search.rowids_of(query.kind)
        matched = text(
            f"{search.TABLE} MATCH :list_filter AND {search.TABLE}.rowid BETWEEN {first} AND {last}"
        )
        matched = matched.bindparams(list_filter=search.match_expression(typed))
        records = int(session.scalar(select(func.max(entity.id))) or 0)
        few = _few_matches(records, reach)
        named = session.scalar(
            select(func.count()).select_from(
                select(_INDEX.c.rowid).where(matched).limit(few + 1).subquery()
            )
        )
        if (named or 0) > few:
            rest, ended = walk(None if want is None else want - len(ids), None)
            return _Found(ids + rest, len(ids) + len(rest) if ended else None)
        # Joined on `id = rowid - first`, which only the index's side can drive: SQLite never
        # walks the whole list asking the index about each row (seconds at this size).
        named_rows = session.execute(
            stmt.join(_INDEX, entity.id == _INDEX.c.rowid - first).where(matched)
        )
        ids = [r[0] for r in named_rows if _matches(phrases, r[1:])]
        return _Found(ids, len(ids))
    finally:
        listed.close()
        result.close()


def _filtered(query: ListQuery, stmt: Select[Any]) -> Select[Any]:
    """`stmt` narrowed by every filter but the text (see _matching)."""
    spec = spec_for(query.kind)
    entity = spec.entity
    conditions = []
    if query.kind in LIKE_COLUMNS and query.text.strip():
        # SQLite's LIKE already ignores ASCII case, and its lower() folds nothing more.
        pattern = _like(query.text.strip())
        conditions.append(
            or_(*(getattr(entity, c).like(pattern, escape="\\") for c in LIKE_COLUMNS[query.kind]))
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


def count(uow: UnitOfWork, query: ListQuery, at_most: int | None = None) -> int:
    """How many records match; with `at_most`, counting stops there."""
    found = _matching(uow, query, at_most)
    total = found.total if found.total is not None else len(found.ids)
    return total if at_most is None else min(total, at_most)


def _views(uow: UnitOfWork, kind: str, ids: Sequence[int]) -> list[Any]:
    """The records' views in the order of `ids`."""
    spec = spec_for(kind)
    columns = row_columns(spec)
    if columns is not None:
        rows = uow.session.execute(select(*columns).where(spec.entity.id.in_(list(ids))))
        by_row = {row[0]: view_of_row(spec, row) for row in rows}
        return [by_row[i] for i in ids if i in by_row]
    stmt = select(spec.entity).where(spec.entity.id.in_(list(ids)))
    for f in spec.fields:  # one query per page for linked ids, not one per row
        if f.kind == "refs":
            assert f.attr is not None
            stmt = stmt.options(selectinload(getattr(spec.entity, f.attr)))
    by_id = {e.id: view_of(spec, e) for e in uow.session.scalars(stmt)}
    return [by_id[i] for i in ids if i in by_id]


def page(uow: UnitOfWork, query: ListQuery, offset: int, limit: int) -> list[Any]:
    """One page of views, filtered and sorted in the database."""
    offset, limit = max(0, offset), max(0, limit)
    ids = _matching(uow, query, offset + limit).ids[offset : offset + limit]
    return _views(uow, query.kind, ids)


@dataclass(frozen=True)
class FirstPage:
    """The first rows of a list and how many records match, counted up to a limit."""

    rows: list[Any]
    matching: int
    # "exact"; "more_than" (counting stopped at the limit: more than `matching` match); or
    # "at_least" (counting stopped after WALK_LIMIT rows read: `matching` or more match).
    counted: str = "exact"


def first_page(
    uow: UnitOfWork, query: ListQuery, limit: int, count_limit: int | None = None
) -> FirstPage:
    """The first `limit` rows and the count of matches up to `count_limit` (COUNT_LIMIT), from
    one pass over the list: the text is matched once, not once for the rows and again for the
    count."""
    count_limit = COUNT_LIMIT if count_limit is None else count_limit
    found = _matching(uow, query, limit, count_limit + 1)
    rows = _views(uow, query.kind, found.ids[:limit])
    if found.total is not None:
        return FirstPage(rows, found.total)
    if len(found.ids) > count_limit:
        return FirstPage(rows, count_limit, "more_than")
    return FirstPage(rows, len(found.ids), "at_least")


def matter_titles(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, str]:
    rows = uow.session.execute(select(Matter.id, Matter.title).where(Matter.id.in_(list(ids))))
    return {r[0]: r[1] for r in rows}


def _distinct(uow: UnitOfWork, column: Any) -> list[str]:
    """The column's distinct values, one index step per name: a handful of names among a
    million deadlines costs a handful of lookups, where DISTINCT would read every row."""
    name, owner = column.key, column.class_.__tablename__
    rows = uow.session.execute(
        text(
            f"WITH RECURSIVE named(value) AS ("
            f"SELECT min({name}) FROM {owner} "
            f"UNION ALL SELECT (SELECT min({name}) FROM {owner} WHERE {name} > named.value) "
            f"FROM named WHERE named.value IS NOT NULL) "
            f"SELECT value FROM named WHERE value IS NOT NULL"
        )
    )
    return [str(r[0]) for r in rows]


def people(uow: UnitOfWork) -> list[str]:
    """Everyone a deadline or matter names as responsible, for filter pick-lists."""
    names: set[str] = set()
    for named in (Matter.attorney, Matter.paralegal, Deadline.responsible):
        names.update(n for n in _distinct(uow, named) if n)
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
