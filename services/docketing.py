"""Docketing: computing deadlines from rules and triggers, chains of dependent deadlines,
recomputation when a trigger date moves, hand overrides, and the office's closure days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from models.calendars import CourtCalendar, fmt
from models.entities import ClosureDay, Deadline, DocketEvent, Matter, Subpoena
from models.enums import DeadlineStatus, EventKind
from models.errors import NotFoundError, ValidationError
from models.rules import Computation, Rule, RuleBook, compute, default_rulebook
from services import audit, records
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class DocketResult:
    event_id: int
    deadlines: tuple[Any, ...]  # DeadlineView, in chain order


@dataclass(frozen=True)
class Recomputed:
    deadline_id: int
    title: str
    old_due: dt.date
    new_due: dt.date
    kept_override: bool  # a date set by hand was kept; `new_due` is what the rule now says

    def describe(self) -> str:
        if self.kept_override:
            return (
                f"{self.title}: kept {fmt(self.old_due)}, set by hand "
                f"(the rule now gives {fmt(self.new_due)})"
            )
        if self.old_due == self.new_due:
            return f"{self.title}: unchanged, {fmt(self.new_due)}"
        return f"{self.title}: {fmt(self.old_due)} → {fmt(self.new_due)}"


# ---- closure days ----------------------------------------------------------------------------

MAX_CLOSURE_REASON = 200


@dataclass(frozen=True)
class ClosureView:
    day: dt.date
    reason: str


def closures(uow: UnitOfWork) -> list[ClosureView]:
    rows = uow.session.scalars(select(ClosureDay).order_by(ClosureDay.day))
    return [ClosureView(r.day, r.reason) for r in rows]


def add_closure(uow: UnitOfWork, day: dt.date, reason: str) -> ClosureView:
    """Record a day the court or clerk's office was closed (FRCP 6(a)(3)); every later
    computation treats it as closed."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            "closure day: reason is required", field="reason", code="field.required"
        )
    if len(reason) > MAX_CLOSURE_REASON:
        raise ValidationError(
            f"closure day: reason is longer than {MAX_CLOSURE_REASON} characters",
            field="reason",
            code="field.too_long",
            params={"max": MAX_CLOSURE_REASON, "got": len(reason)},
        )
    CourtCalendar.check_year(day)
    if uow.session.get(ClosureDay, day) is not None:
        raise ValidationError(
            f"closure day: {fmt(day)} is already recorded",
            field="day",
            code="closure.already_recorded",
            params={"day": day},
        )
    uow.session.add(ClosureDay(day=day, reason=reason))
    uow.session.flush()
    audit.record(uow, "create", "closure day", None, {"day": day.isoformat(), "reason": reason})
    return ClosureView(day, reason)


def remove_closure(uow: UnitOfWork, day: dt.date) -> None:
    row = uow.session.get(ClosureDay, day)
    if row is None:
        raise NotFoundError(
            f"{fmt(day)} is not a recorded closure day.",
            field="day",
            code="closure.not_recorded",
            params={"day": day},
        )
    uow.session.delete(row)
    uow.session.flush()
    audit.record(uow, "delete", "closure day", None, {"day": day.isoformat()})


def calendar_for(uow: UnitOfWork, name: str = "federal") -> CourtCalendar:
    return CourtCalendar(name, {c.day: c.reason for c in closures(uow)})


# ---- computing and docketing -----------------------------------------------------------------


def preview(
    uow: UnitOfWork,
    rule_id: str,
    trigger: dt.date,
    *,
    calendar: str = "federal",
    rulebook: RuleBook | None = None,
    **options: Any,
) -> Computation:
    """What a rule gives from a trigger, with its trail, before anything is saved."""
    book = rulebook or default_rulebook()
    return compute(book.rule(rule_id), trigger, calendar_for(uow, calendar), **options)


def _matter(uow: UnitOfWork, matter_id: int) -> Matter:
    matter = uow.session.get(Matter, matter_id)
    if matter is None:
        raise NotFoundError(
            f"There is no matter with id {matter_id}.",
            record="matter",
            code="record.not_found",
            params={"record": "matter", "id": matter_id},
        )
    return matter


def _subpoena(uow: UnitOfWork, matter_id: int, subpoena_id: int | None) -> Subpoena | None:
    if subpoena_id is None:
        return None
    subpoena = uow.session.get(Subpoena, subpoena_id)
    if subpoena is None or subpoena.matter_id != matter_id:
        raise NotFoundError(
            f"Matter {matter_id} has no subpoena with id {subpoena_id}.",
            record="subpoena",
            field="subpoena_id",
            code="subpoena.not_in_matter",
            params={"id": subpoena_id},
        )
    return subpoena


def _options_for(rule: Rule, subpoena: Subpoena | None, options: dict[str, Any]) -> dict[str, Any]:
    """Fill what a rule needs from the subpoena when the person did not give it."""
    filled = dict(options)
    if rule.earlier_of == "compliance" and filled.get("compliance") is None and subpoena:
        filled["compliance"] = subpoena.compliance_date
    if rule.id == "notice-response-window" and filled.get("days") is None and subpoena:
        if subpoena.response_window_days is None:
            raise ValidationError(
                "The subpoena does not record the response window the notice states; "
                "enter it on the subpoena or give the number of days.",
                field="response_window_days",
                code="subpoena.no_response_window",
            )
        filled["days"] = subpoena.response_window_days
    if rule.period is not None:
        filled = {k: v for k, v in filled.items() if k not in ("days", "before", "court_days")}
    if rule.earlier_of is None:
        filled.pop("compliance", None)
    return filled


def _save(
    uow: UnitOfWork,
    matter_id: int,
    computation: Computation,
    *,
    calendar: str,
    service: str | None,
    subpoena_id: int | None,
    responsible: str | None,
    event_id: int | None,
    parent_id: int | None,
) -> Deadline:
    deadline = Deadline(
        matter_id=matter_id,
        subpoena_id=subpoena_id,
        title=computation.title,
        due=computation.due,
        due_time=computation.due_time,
        rule_id=computation.rule_id,
        trigger_date=computation.trigger_date,
        citation=computation.citation,
        trail="\n".join(computation.steps),
        responsible=responsible,
        status=DeadlineStatus.OPEN,
        event_id=event_id,
        parent_id=parent_id,
        computed_due=computation.due,
        overridden=False,
        calendar=calendar,
        service=service,
    )
    uow.session.add(deadline)
    uow.session.flush()
    return deadline


def _chain(
    uow: UnitOfWork,
    book: RuleBook,
    rule: Rule,
    trigger: dt.date,
    cal: CourtCalendar,
    options: dict[str, Any],
    saved: list[Deadline],
    **where: Any,
) -> None:
    computation = compute(rule, trigger, cal, **options)
    deadline = _save(
        uow, computation=computation, calendar=cal.name, service=options.get("service"), **where
    )
    saved.append(deadline)
    for dep_id in rule.dependents:
        child = book.rule(dep_id)
        _chain(
            uow, book, child, deadline.due, cal, {}, saved, **{**where, "parent_id": deadline.id}
        )


def add_from_rule(
    uow: UnitOfWork,
    matter_id: int,
    rule_id: str,
    trigger: dt.date,
    *,
    calendar: str = "federal",
    subpoena_id: int | None = None,
    responsible: str | None = None,
    rulebook: RuleBook | None = None,
    **options: Any,
) -> tuple[Any, ...]:
    """Save the deadline a rule gives (and its dependents). Returns their views."""
    book = rulebook or default_rulebook()
    _matter(uow, matter_id)
    subpoena = _subpoena(uow, matter_id, subpoena_id)
    rule = book.rule(rule_id)
    saved: list[Deadline] = []
    _chain(
        uow,
        book,
        rule,
        trigger,
        calendar_for(uow, calendar),
        _options_for(rule, subpoena, options),
        saved,
        matter_id=matter_id,
        subpoena_id=subpoena_id,
        responsible=responsible,
        event_id=None,
        parent_id=None,
    )
    for d in saved:
        audit.record(
            uow, "create", "deadline", d.id, {"rule_id": d.rule_id, "due": d.due.isoformat()}
        )
    return tuple(records.get(uow, "deadlines", d.id) for d in saved)


def docket(
    uow: UnitOfWork,
    matter_id: int,
    trigger_id: str,
    date: dt.date,
    *,
    calendar: str = "federal",
    subpoena_id: int | None = None,
    responsible: str | None = None,
    summary: str | None = None,
    rulebook: RuleBook | None = None,
    **options: Any,
) -> DocketResult:
    """Record a docket event (e.g. "motion to quash filed") and create its chain of deadlines."""
    book = rulebook or default_rulebook()
    trig = book.trigger(trigger_id)
    matter = _matter(uow, matter_id)
    subpoena = _subpoena(uow, matter_id, subpoena_id)
    cal = calendar_for(uow, calendar)
    CourtCalendar.check_year(date)
    event = DocketEvent(
        matter_id=matter.id,
        date=date,
        kind=EventKind(trig.event_kind),
        summary=(summary or trig.title).strip()[:2000],
        trigger_id=trig.id,
    )
    uow.session.add(event)
    uow.session.flush()
    saved: list[Deadline] = []
    for rule_id in trig.rules:
        rule = book.rule(rule_id)
        _chain(
            uow,
            book,
            rule,
            date,
            cal,
            _options_for(rule, subpoena, options),
            saved,
            matter_id=matter.id,
            subpoena_id=subpoena_id,
            responsible=responsible,
            event_id=event.id,
            parent_id=None,
        )
    audit.record(
        uow,
        "docket",
        "docket event",
        event.id,
        {
            "trigger": trig.id,
            "date": date.isoformat(),
            "deadlines": {d.id: [d.rule_id, d.due.isoformat()] for d in saved},
        },
    )
    return DocketResult(event.id, tuple(records.get(uow, "deadlines", d.id) for d in saved))


def _children(uow: UnitOfWork, parent_id: int) -> list[Deadline]:
    return list(
        uow.session.scalars(
            select(Deadline).where(Deadline.parent_id == parent_id).order_by(Deadline.id)
        )
    )


def _recompute(
    uow: UnitOfWork, book: RuleBook, deadline: Deadline, trigger: dt.date, changes: list[Recomputed]
) -> None:
    """Recount `deadline` from `trigger`; a date set by hand is kept and flagged."""
    if deadline.rule_id is None:
        return
    cal = calendar_for(uow, deadline.calendar or "federal")
    rule = book.rule(deadline.rule_id)
    subpoena = uow.session.get(Subpoena, deadline.subpoena_id) if deadline.subpoena_id else None
    options: dict[str, Any] = {"service": deadline.service}
    if rule.period is None and rule.id != "notice-response-window":
        return  # a generic period (frcp-6a) is recounted by a person, from its own trigger
    options = _options_for(rule, subpoena, options)
    if rule.earlier_of == "compliance" and options.get("compliance") is None:
        return  # no compliance date to compare with; the saved date stands
    computation = compute(rule, trigger, cal, **options)
    old = deadline.due
    deadline.trigger_date = trigger
    deadline.computed_due = computation.due
    deadline.trail = "\n".join(computation.steps)
    if deadline.overridden:
        changes.append(Recomputed(deadline.id, deadline.title, old, computation.due, True))
    else:
        deadline.due = computation.due
        changes.append(Recomputed(deadline.id, deadline.title, old, computation.due, False))
    for child in _children(uow, deadline.id):
        _recompute(uow, book, child, deadline.due, changes)


def move_trigger(
    uow: UnitOfWork, event_id: int, new_date: dt.date, *, rulebook: RuleBook | None = None
) -> list[Recomputed]:
    """Change a docket event's date and recount every deadline it triggered, down the chain."""
    book = rulebook or default_rulebook()
    event = uow.session.get(DocketEvent, event_id)
    if event is None:
        raise NotFoundError(
            f"There is no docket event with id {event_id}.",
            record="event",
            code="record.not_found",
            params={"record": "docket event", "id": event_id},
        )
    CourtCalendar.check_year(new_date)
    old_date = event.date
    event.date = new_date
    changes: list[Recomputed] = []
    roots = uow.session.scalars(
        select(Deadline)
        .where(Deadline.event_id == event_id, Deadline.parent_id.is_(None))
        .order_by(Deadline.id)
    )
    for deadline in list(roots):
        _recompute(uow, book, deadline, new_date, changes)
    uow.session.flush()
    audit.record(
        uow,
        "recompute",
        "docket event",
        event_id,
        {
            "date": [old_date.isoformat(), new_date.isoformat()],
            "deadlines": {
                c.deadline_id: [
                    c.old_due.isoformat(),
                    c.new_due.isoformat(),
                    "kept (set by hand)" if c.kept_override else "moved",
                ]
                for c in changes
            },
        },
    )
    return changes


def override_due(
    uow: UnitOfWork,
    deadline_id: int,
    new_due: dt.date,
    reason: str,
    *,
    rulebook: RuleBook | None = None,
) -> list[Recomputed]:
    """Set a deadline's date by hand (a court order, a stipulation). It is kept, flagged, when
    its trigger moves; deadlines counted from it are recounted from the new date."""
    book = rulebook or default_rulebook()
    deadline = uow.session.get(Deadline, deadline_id)
    if deadline is None:
        raise NotFoundError(
            f"There is no deadline with id {deadline_id}.",
            record="deadline",
            code="record.not_found",
            params={"record": "deadline", "id": deadline_id},
        )
    if not reason.strip():
        raise ValidationError(
            'Say why the date is set by hand (e.g. "order of 3 Oct").',
            field="reason",
            code="deadline.no_reason",
        )
    old = deadline.due
    deadline.due = new_due
    deadline.overridden = True
    note = f"Set by hand to {fmt(new_due)}: {reason.strip()}"
    deadline.notes = f"{deadline.notes}\n{note}" if deadline.notes else note
    changes = [Recomputed(deadline.id, deadline.title, old, new_due, False)]
    for child in _children(uow, deadline.id):
        _recompute(uow, book, child, new_due, changes)
    uow.session.flush()
    audit.record(
        uow,
        "override",
        "deadline",
        deadline.id,
        {"due": [old.isoformat(), new_due.isoformat()], "reason": reason.strip()},
    )
    return changes
