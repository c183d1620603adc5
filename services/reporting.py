"""What reports, calendar files and spreadsheets print, read in batches as small frozen rows.

Sealed identities: rows carry clients' pseudonyms only. A client's legal name reaches a row only
when the caller passes `reveal_names=True`, a person's explicit choice; every report or export
then writes one audit entry (`record_output`) saying whether names were revealed and whose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from sqlalchemy import Select, and_, case, func, or_, select

from models.entities import (
    Account,
    AuditEntry,
    Client,
    Deadline,
    Matter,
    Subpoena,
    client_accounts,
    matter_clients,
    subpoena_accounts,
)
from models.enums import DeadlineStatus, SubpoenaStatus
from models.errors import NotFoundError, NothingToWriteError, ValidationError
from models.people import Action
from services import audit, people, queries, records, vaults
from storage.uow import UnitOfWork

GROUPS = ("day", "attorney", "matter")
STATUS_CHOICES = ("open", "done", "vacated", "any")
DEFAULT_DAYS = 14
BATCH = 500

# What became of a subpoena, from its status: the register's outcome codes, in chart order.
# The words a reader sees come from the reports layer (reports/wording.py), in its language.
OUTCOMES: dict[str, str] = {
    SubpoenaStatus.RECEIVED.value: "pending",
    SubpoenaStatus.CHALLENGED.value: "pending",
    SubpoenaStatus.WITHDRAWN.value: "withdrawn",
    SubpoenaStatus.QUASHED.value: "quashed",
    SubpoenaStatus.MODIFIED.value: "narrowed",
    SubpoenaStatus.COMPLIED.value: "produced",
    SubpoenaStatus.EXPIRED.value: "expired",
}
OUTCOME_ORDER = ("pending", "withdrawn", "quashed", "narrowed", "produced", "expired")


# ---- deadlines -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineSelection:
    """Which deadlines a report, calendar file or spreadsheet holds.

    `date_from`/`date_to` bound the due date (None: open-ended). With `include_overdue` (the
    printed report's default), open deadlines already past due are added whatever the range,
    so nothing overdue is left off. `person` matches the deadline's responsible person or the
    matter's attorney or paralegal. `status` "any" means every status."""

    today: dt.date
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    person: str | None = None
    matter_id: int | None = None
    status: str = "open"
    include_overdue: bool = False
    group: str = "day"

    @staticmethod
    def next_days(today: dt.date, days: int = DEFAULT_DAYS, **kwargs: Any) -> DeadlineSelection:
        """The printed report's default: the next `days` days and everything overdue."""
        kwargs.setdefault("include_overdue", True)
        return DeadlineSelection(
            today=today, date_from=today, date_to=today + dt.timedelta(days=days - 1), **kwargs
        )

    def checked(self) -> DeadlineSelection:
        if self.group not in GROUPS:
            raise ValidationError(
                f"Group must be one of {', '.join(GROUPS)}, not {self.group!r}.",
                field="group",
                code="field.not_a_choice",
                params={"value": self.group, "allowed": list(GROUPS)},
            )
        if self.status not in STATUS_CHOICES:
            raise ValidationError(
                f"Status must be one of {', '.join(STATUS_CHOICES)}, not {self.status!r}.",
                field="status",
                code="field.not_a_choice",
                params={"value": self.status, "allowed": list(STATUS_CHOICES)},
            )
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValidationError(
                f"The range ends ({self.date_to.isoformat()}) before it starts "
                f"({self.date_from.isoformat()}).",
                field="to",
                code="period.ends_before_it_starts",
                params={"start": self.date_from, "end": self.date_to},
            )
        return self

    def as_detail(self) -> dict[str, Any]:
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "person": self.person,
            "matter_id": self.matter_id,
            "status": self.status,
            "overdue_included": self.include_overdue,
            "group": self.group,
        }


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    id: int
    due: dt.date
    due_time: dt.time | None
    days_left: int  # negative when past due
    overdue: bool  # open and past due
    title: str
    status: str
    matter_id: int
    matter_title: str
    case_number: str | None
    attorney: str | None
    clients: str  # pseudonyms, "; "-separated
    accounts: str  # handles the deadline concerns, "; "-separated
    responsible: str | None
    citation: str | None
    rule_id: str | None
    trail: str | None
    legal_names: str | None = None  # only when a person chose to reveal them


def _deadline_query(selection: DeadlineSelection) -> Select[Any]:
    s = selection
    conditions = []
    in_range = []
    if s.date_from:
        in_range.append(Deadline.due >= s.date_from)
    if s.date_to:
        in_range.append(Deadline.due <= s.date_to)
    main_parts: list[Any] = list(in_range)
    if s.status != "any":
        main_parts.append(Deadline.status == s.status)
    main: Any = and_(*main_parts) if main_parts else None
    if s.include_overdue and s.status in ("open", "any"):
        overdue = and_(Deadline.status == DeadlineStatus.OPEN, Deadline.due < s.today)
        if main is not None:  # without any limit, every deadline is already included
            conditions.append(or_(main, overdue))
    elif main is not None:
        conditions.append(main)
    if s.person:
        conditions.append(
            or_(
                Deadline.responsible == s.person,
                Matter.attorney == s.person,
                Matter.paralegal == s.person,
            )
        )
    if s.matter_id is not None:
        conditions.append(Deadline.matter_id == s.matter_id)
    stmt = select(
        Deadline.id,
        Deadline.due,
        Deadline.due_time,
        Deadline.title,
        Deadline.status,
        Deadline.matter_id,
        Matter.title,
        Matter.case_number,
        Matter.attorney,
        Deadline.subpoena_id,
        Deadline.responsible,
        Deadline.citation,
        Deadline.rule_id,
        Deadline.trail,
    ).join(Matter, Matter.id == Deadline.matter_id)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    return stmt


def _order(stmt: Select[Any], selection: DeadlineSelection) -> Select[Any]:
    """Report order: by group, then what is overdue first, then by date and time."""
    overdue_first = case(
        (and_(Deadline.status == DeadlineStatus.OPEN, Deadline.due < selection.today), 0),
        else_=1,
    )
    by_date = (
        overdue_first,
        Deadline.due,
        Deadline.due_time.is_not(None),
        Deadline.due_time,
        Deadline.id,
    )
    if selection.group == "attorney":
        return stmt.order_by(Matter.attorney.is_(None), Matter.attorney, *by_date)
    if selection.group == "matter":
        return stmt.order_by(Matter.title, Matter.id, *by_date)
    return stmt.order_by(*by_date)


def count_deadlines(uow: UnitOfWork, selection: DeadlineSelection) -> int:
    stmt = _deadline_query(selection.checked()).with_only_columns(func.count()).order_by(None)
    return int(uow.session.scalar(stmt) or 0)


@dataclass(frozen=True, slots=True)
class Span:
    """What a report or export will hold: how many rows, and the dates they cover (the chosen
    range, widened to what it holds: overdue deadlines before it, open ends closed)."""

    count: int
    start: dt.date | None
    end: dt.date | None

    def english(self, today: dt.date) -> str:
        """ "30 Nov – 2 Mar" (years shown when not this year's), for the command line."""
        return english_range(self.start, self.end, today)


def english_range(start: dt.date | None, end: dt.date | None, today: dt.date) -> str:
    def day(d: dt.date) -> str:
        return f"{d.day} {d:%b}" + ("" if d.year == today.year else f" {d.year}")

    if start and end:
        return day(start) if start == end else f"{day(start)} – {day(end)}"
    if start:
        return f"from {day(start)} on"
    if end:
        return f"until {day(end)}"
    return "any date"


def _span(count: int, first: Any, last: Any, start: Any, end: Any) -> Span:
    starts = [d for d in (start, first) if d]
    return Span(count, min(starts) if starts else None, end or last)


def deadline_span(uow: UnitOfWork, selection: DeadlineSelection) -> Span:
    s = selection.checked()
    stmt = _deadline_query(s).with_only_columns(
        func.count(), func.min(Deadline.due), func.max(Deadline.due)
    )
    count, first, last = uow.session.execute(stmt.order_by(None)).one()
    return _span(int(count or 0), _as_date(first), _as_date(last), s.date_from, s.date_to)


def check_not_empty(span: Span, what: str, today: dt.date) -> None:
    """Refuse to write a file that would hold nothing (`what`: "deadlines", "subpoenas")."""
    if span.count == 0:
        raise NothingToWriteError(
            f"No {what} match ({span.english(today)}); no file was written.",
            code="output.empty",
            params={"what": what},
        )


class _People:
    """Pseudonyms, handles and (only when revealed) legal names per matter, fetched per batch
    and kept for the rest of the report (a few strings per matter)."""

    def __init__(self, uow: UnitOfWork, reveal_names: bool):
        if reveal_names:  # refused before any file is begun
            people.require(uow.vault, Action.REVEAL_SEALED)
        self.uow = uow
        self.reveal_names = reveal_names
        self.clients: dict[int, str] = {}
        self.client_accounts: dict[int, str] = {}
        self.legal: dict[int, str] = {}
        self.subpoena_accounts: dict[int, str] = {}
        self.revealed: set[int] = set()

    def load(self, matter_ids: set[int], subpoena_ids: set[int]) -> None:
        session = self.uow.session
        new = sorted(matter_ids - self.clients.keys())
        if new:
            pseudonyms: dict[int, list[str]] = {m: [] for m in new}
            legal: dict[int, list[str]] = {m: [] for m in new}
            handles: dict[int, list[str]] = {m: [] for m in new}
            columns: list[Any] = [matter_clients.c.matter_id, Client.id, Client.pseudonym]
            if self.reveal_names:
                columns.append(Client.legal_name)  # the one place a report reads a sealed name
            rows = session.execute(
                select(*columns)
                .join(Client, Client.id == matter_clients.c.client_id)
                .where(matter_clients.c.matter_id.in_(new))
                .order_by(matter_clients.c.matter_id, Client.id)
            ).all()
            for row in rows:
                pseudonyms[row[0]].append(row[2])
                if self.reveal_names and row[3]:
                    legal[row[0]].append(f"{row[3]} ({row[2]})")
                    self.revealed.add(row[1])
            for m in new:  # one client: the name alone; several: whose is whose
                if len(pseudonyms[m]) == 1 and len(legal[m]) == 1:
                    legal[m] = [legal[m][0].rsplit(" (", 1)[0]]
            for matter_id, handle in session.execute(
                select(matter_clients.c.matter_id, Account.handle)
                .join(client_accounts, client_accounts.c.client_id == matter_clients.c.client_id)
                .join(Account, Account.id == client_accounts.c.account_id)
                .where(matter_clients.c.matter_id.in_(new))
                .order_by(matter_clients.c.matter_id, Account.id)
            ):
                if handle not in handles[matter_id]:
                    handles[matter_id].append(handle)
            for m in new:
                self.clients[m] = "; ".join(pseudonyms[m])
                self.client_accounts[m] = "; ".join(handles[m])
                if self.reveal_names:
                    self.legal[m] = "; ".join(legal[m])
        wanted = sorted(subpoena_ids - self.subpoena_accounts.keys())
        if wanted:
            found: dict[int, list[str]] = {s: [] for s in wanted}
            for subpoena_id, handle in session.execute(
                select(subpoena_accounts.c.subpoena_id, Account.handle)
                .join(Account, Account.id == subpoena_accounts.c.account_id)
                .where(subpoena_accounts.c.subpoena_id.in_(wanted))
                .order_by(subpoena_accounts.c.subpoena_id, Account.id)
            ):
                found[subpoena_id].append(handle)
            for s, names in found.items():
                self.subpoena_accounts[s] = "; ".join(names)


class DeadlineRows:
    """The deadlines a selection holds, in report order, read `batch` rows at a time.

    `revealed_client_ids` lists whose legal names were read, for the audit entry."""

    def __init__(
        self,
        uow: UnitOfWork,
        selection: DeadlineSelection,
        *,
        reveal_names: bool = False,
        batch: int = BATCH,
    ):
        self.uow = uow
        self.selection = selection.checked()
        self.reveal_names = reveal_names
        self.batch = batch
        self._people = _People(uow, reveal_names)

    @property
    def revealed_client_ids(self) -> list[int]:
        return sorted(self._people.revealed)

    def count(self) -> int:
        return count_deadlines(self.uow, self.selection)

    def batches(self) -> Iterator[list[DeadlineRow]]:
        stmt = _order(_deadline_query(self.selection), self.selection)
        today = self.selection.today
        # One query read `batch` rows at a time: paging with OFFSET made SQLite sort and skip
        # everything before each batch again, which grew with the square of the report.
        with self.uow.session.execute(stmt).yield_per(self.batch) as result:
            for raw in result.partitions():
                yield self._rows(raw, today)

    def _rows(self, raw: Sequence[Any], today: dt.date) -> list[DeadlineRow]:
        self._people.load({r[5] for r in raw}, {r[9] for r in raw if r[9] is not None})
        people = self._people
        out = []
        for r in raw:
            status = r[4].value if hasattr(r[4], "value") else str(r[4])
            accounts = (
                people.subpoena_accounts.get(r[9], "")
                if r[9] is not None
                else people.client_accounts.get(r[5], "")
            )
            out.append(
                DeadlineRow(
                    id=r[0],
                    due=r[1],
                    due_time=r[2],
                    days_left=(r[1] - today).days,
                    overdue=status == "open" and r[1] < today,
                    title=r[3],
                    status=status,
                    matter_id=r[5],
                    matter_title=r[6],
                    case_number=r[7],
                    attorney=r[8],
                    clients=people.clients.get(r[5], ""),
                    accounts=accounts,
                    responsible=r[10],
                    citation=r[11],
                    rule_id=r[12],
                    trail=r[13],
                    legal_names=people.legal.get(r[5]) if self.reveal_names else None,
                )
            )
        return out

    def __iter__(self) -> Iterator[DeadlineRow]:
        for batch in self.batches():
            yield from batch


def change_counts(uow: UnitOfWork, deadline_ids: Sequence[int]) -> dict[int, int]:
    """How many times each deadline was changed (from the audit log): a calendar event's
    SEQUENCE, so a re-imported file updates the event rather than being ignored."""
    out: dict[int, int] = {}
    ids = list(deadline_ids)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        for entity_id, n in uow.session.execute(
            select(AuditEntry.entity_id, func.count())
            .where(
                AuditEntry.entity == "deadline",
                AuditEntry.action == "change",
                AuditEntry.entity_id.in_(chunk),
            )
            .group_by(AuditEntry.entity_id)
        ):
            out[int(entity_id)] = int(n)
    return out


# ---- subpoenas -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Subpoenas by the date they were issued (else served, else the user was notified)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def checked(self) -> Period:
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValidationError(
                f"The period ends ({self.date_to.isoformat()}) before it starts "
                f"({self.date_from.isoformat()}).",
                field="to",
                code="period.ends_before_it_starts",
                params={"start": self.date_from, "end": self.date_to},
            )
        return self

    def as_detail(self) -> dict[str, Any]:
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
        }


_SUBPOENA_DATE = func.coalesce(Subpoena.issued, Subpoena.served, Subpoena.user_notified)


def _subpoena_conditions(period: Period) -> list[Any]:
    conditions: list[Any] = []
    if period.date_from:
        conditions.append(_SUBPOENA_DATE >= period.date_from)
    if period.date_to:
        conditions.append(_SUBPOENA_DATE <= period.date_to)
    return conditions


@dataclass(frozen=True, slots=True)
class SubpoenaRow:
    id: int
    matter_id: int
    matter_title: str
    date: dt.date | None
    kind: str
    issuer: str
    recipient: str
    authority: str | None
    issuing_officer: str | None
    stated_purpose: str | None
    issued: dt.date | None
    served: dt.date | None
    user_notified: dt.date | None
    response_window_days: int | None
    compliance_date: dt.date | None
    requested: tuple[str, ...]
    accounts: str
    gag_order: bool
    status: str

    @property
    def outcome(self) -> str:
        """The outcome code ("pending", "quashed", …; see OUTCOMES)."""
        return OUTCOMES.get(self.status, self.status)


def count_subpoenas(uow: UnitOfWork, period: Period) -> int:
    stmt = select(func.count()).select_from(Subpoena)
    conditions = _subpoena_conditions(period.checked())
    if conditions:
        stmt = stmt.where(and_(*conditions))
    return int(uow.session.scalar(stmt) or 0)


def subpoena_span(uow: UnitOfWork, period: Period) -> Span:
    stmt = select(func.count(), func.min(_SUBPOENA_DATE), func.max(_SUBPOENA_DATE))
    conditions = _subpoena_conditions(period.checked())
    if conditions:
        stmt = stmt.where(and_(*conditions))
    count, first, last = uow.session.execute(stmt).one()
    return _span(int(count or 0), _as_date(first), _as_date(last), period.date_from, period.date_to)


def subpoena_batches(
    uow: UnitOfWork, period: Period, batch: int = BATCH, *, matter_id: int | None = None
) -> Iterator[list[SubpoenaRow]]:
    """Every subpoena in the period, oldest first (undated last), `batch` at a time."""
    stmt = select(
        Subpoena.id,
        Subpoena.matter_id,
        Matter.title,
        _SUBPOENA_DATE,
        Subpoena.kind,
        Subpoena.issuer,
        Subpoena.recipient,
        Subpoena.authority,
        Subpoena.issuing_officer,
        Subpoena.stated_purpose,
        Subpoena.issued,
        Subpoena.served,
        Subpoena.user_notified,
        Subpoena.response_window_days,
        Subpoena.compliance_date,
        Subpoena.requested,
        Subpoena.gag_order,
        Subpoena.status,
    ).join(Matter, Matter.id == Subpoena.matter_id)
    conditions = _subpoena_conditions(period.checked())
    if matter_id is not None:
        conditions.append(Subpoena.matter_id == matter_id)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    stmt = stmt.order_by(_SUBPOENA_DATE.is_(None), _SUBPOENA_DATE, Subpoena.id)
    # One query read `batch` rows at a time (paging with OFFSET re-sorted for every batch).
    with uow.session.execute(stmt).yield_per(batch) as result:
        for raw in result.partitions():
            yield _subpoena_rows(uow, raw)


def _subpoena_rows(uow: UnitOfWork, raw: Sequence[Any]) -> list[SubpoenaRow]:
    handles: dict[int, list[str]] = {r[0]: [] for r in raw}
    for subpoena_id, handle in uow.session.execute(
        select(subpoena_accounts.c.subpoena_id, Account.handle)
        .join(Account, Account.id == subpoena_accounts.c.account_id)
        .where(subpoena_accounts.c.subpoena_id.in_(list(handles)))
        .order_by(subpoena_accounts.c.subpoena_id, Account.id)
    ):
        handles[subpoena_id].append(handle)
    return [
        SubpoenaRow(
            id=r[0],
            matter_id=r[1],
            matter_title=r[2],
            date=_as_date(r[3]),
            kind=_plain(r[4]),
            issuer=r[5],
            recipient=r[6],
            authority=r[7],
            issuing_officer=r[8],
            stated_purpose=r[9],
            issued=r[10],
            served=r[11],
            user_notified=r[12],
            response_window_days=r[13],
            compliance_date=r[14],
            requested=tuple(v for v in (r[15] or "").split(",") if v),
            accounts="; ".join(handles[r[0]]),
            gag_order=bool(r[16]),
            status=_plain(r[17]),
        )
        for r in raw
    ]


def _plain(value: Any) -> str:
    return str(value.value) if hasattr(value, "value") else str(value)


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])  # coalesce() hands SQLite's text back


@dataclass(frozen=True)
class RegisterTotals:
    """Counts for the register's charts, computed in the database."""

    total: int
    by_agency: tuple[tuple[str, int], ...]
    by_platform: tuple[tuple[str, int], ...]
    by_outcome: tuple[tuple[str, int], ...]  # (outcome code, n) in OUTCOME_ORDER
    by_month: tuple[tuple[str, int], ...]  # ("2025-09", n), oldest first; undated left out
    undated: int
    demands: tuple[tuple[str, int], ...] = field(default=())  # (demand code, n), most first


def register_totals(uow: UnitOfWork, period: Period) -> RegisterTotals:
    session = uow.session
    conditions = _subpoena_conditions(period.checked())
    where = and_(*conditions) if conditions else None

    def grouped(column: Any) -> list[tuple[Any, int]]:
        stmt = select(column, func.count()).select_from(Subpoena)
        if where is not None:
            stmt = stmt.where(where)
        stmt = stmt.group_by(column).order_by(func.count().desc(), column)
        return [(k, int(n)) for k, n in session.execute(stmt)]

    by_status = grouped(Subpoena.status)
    outcome_counts: dict[str, int] = {}
    for status, n in by_status:
        name = OUTCOMES.get(_plain(status), _plain(status))
        outcome_counts[name] = outcome_counts.get(name, 0) + n
    month = func.substr(_SUBPOENA_DATE, 1, 7)
    months = sorted((str(k), n) for k, n in grouped(month) if k is not None)
    undated_stmt = select(func.count()).select_from(Subpoena).where(_SUBPOENA_DATE.is_(None))
    if where is not None:
        undated_stmt = undated_stmt.where(where)
    demand_counts: dict[str, int] = {}
    for requested, n in grouped(Subpoena.requested):
        for demand in (requested or "").split(","):
            if demand:
                demand_counts[demand] = demand_counts.get(demand, 0) + n
    return RegisterTotals(
        total=sum(n for _k, n in by_status),
        by_agency=tuple((str(k), n) for k, n in grouped(Subpoena.issuer)),
        by_platform=tuple((str(k), n) for k, n in grouped(Subpoena.recipient)),
        by_outcome=tuple((k, outcome_counts[k]) for k in OUTCOME_ORDER if k in outcome_counts),
        by_month=tuple(months),
        undated=int(session.scalar(undated_stmt) or 0),
        demands=tuple(
            sorted(
                demand_counts.items(),
                key=lambda kv: (-kv[1], kv[0]),
            )
        ),
    )


# ---- one matter ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientLine:
    id: int
    pseudonym: str
    language: str | None
    intake_date: dt.date | None
    legal_name: str | None  # only when revealed


@dataclass(frozen=True)
class MatterSummary:
    matter: records.MatterView
    clients: tuple[ClientLine, ...]
    accounts: tuple[records.AccountView, ...]
    subpoenas: tuple[SubpoenaRow, ...]
    deadlines: tuple[records.DeadlineView, ...]
    events: tuple[records.EventView, ...]
    revealed_client_ids: tuple[int, ...]


def matter_summary(uow: UnitOfWork, matter_id: int, *, reveal_names: bool = False) -> MatterSummary:
    if reveal_names:  # refused before any file is begun
        people.require(uow.vault, Action.REVEAL_SEALED)
    matter = records.get(uow, "matters", matter_id)
    session = uow.session
    client_rows = session.execute(
        select(Client.id, Client.pseudonym, Client.language, Client.intake_date, Client.legal_name)
        .join(matter_clients, matter_clients.c.client_id == Client.id)
        .where(matter_clients.c.matter_id == matter_id)
        .order_by(Client.id)
    ).all()
    clients = tuple(
        ClientLine(r[0], r[1], r[2], r[3], r[4] if reveal_names else None) for r in client_rows
    )
    client_ids = [c.id for c in clients]
    subpoena_rows: list[SubpoenaRow] = []
    for batch in subpoena_batches(uow, Period(), matter_id=matter_id):
        subpoena_rows.extend(batch)
    account_ids: set[int] = set()
    if client_ids:
        account_ids.update(
            session.scalars(
                select(client_accounts.c.account_id).where(
                    client_accounts.c.client_id.in_(client_ids)
                )
            )
        )
    account_ids.update(
        session.scalars(
            select(subpoena_accounts.c.account_id)
            .join(Subpoena, Subpoena.id == subpoena_accounts.c.subpoena_id)
            .where(Subpoena.matter_id == matter_id)
        )
    )
    account_spec = records.SPECS["accounts"]
    accounts = tuple(
        cast(records.AccountView, records.view_of(account_spec, a))
        for a in session.scalars(
            select(Account).where(Account.id.in_(sorted(account_ids))).order_by(Account.id)
        )
    )
    deadline_spec = records.SPECS["deadlines"]
    deadlines = tuple(
        cast(records.DeadlineView, records.view_of(deadline_spec, d))
        for d in session.scalars(
            select(Deadline)
            .where(Deadline.matter_id == matter_id)
            .order_by(Deadline.due, Deadline.due_time, Deadline.id)
        )
    )
    return MatterSummary(
        matter=matter,
        clients=clients,
        accounts=accounts,
        subpoenas=tuple(subpoena_rows),
        deadlines=deadlines,
        events=tuple(queries.events_for_matter(uow, matter_id)),
        revealed_client_ids=tuple(c.id for c in clients if c.legal_name) if reveal_names else (),
    )


def matter_choices(uow: UnitOfWork) -> list[tuple[int, str]]:
    """Every matter as (id, title), for pick-lists."""
    return [
        (int(r[0]), str(r[1]))
        for r in uow.session.execute(select(Matter.id, Matter.title).order_by(Matter.id))
    ]


def check_matter(uow: UnitOfWork, matter_id: int) -> None:
    if uow.session.get(Matter, matter_id) is None:
        raise NotFoundError.of("matter", matter_id)


# ---- the office and the audit log ------------------------------------------------------------


def office_name(uow: UnitOfWork) -> str:
    return vaults.setting(uow, "office_name")


def record_output(
    uow: UnitOfWork,
    action: Literal["report", "export"],
    what: str,
    *,
    file_format: str,
    rows: int,
    names_revealed: bool,
    revealed_client_ids: Sequence[int] = (),
    detail: dict[str, Any] | None = None,
) -> None:
    """One audit entry for a report or export: what, how many rows, and whether clients'
    legal names were in it (and whose). Written in the caller's transaction."""
    entry: dict[str, Any] = {
        "format": file_format,
        "rows": rows,
        "names_revealed": names_revealed,
        **(detail or {}),
    }
    if names_revealed:
        entry["revealed_client_ids"] = list(revealed_client_ids)
    audit.record(uow, action, what, None, entry)
