"""Recounting: when a trigger moves, a closure day is added or removed, or the holiday data
changes, every deadline counted from it is counted again and each that moves is flagged for a
person to confirm; and the one way a counted date is set by hand (edit_deadline,
override_due)."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select

from models import courts as court_registry
from models import trail as trails
from models.calendars import CourtCalendar, fmt
from models.entities import ClosureDay, Deadline, DocketEvent, Subpoena
from models.enums import DeadlineStatus
from models.errors import NotFoundError, ValidationError
from models.rules import (
    RuleBook,
)
from services import audit, records
from services.docketing.counting import (
    MAX_CLOSURE_REASON,
    Recomputed,
    _check_court,
    _closure_row,
    _compute,
    _inputs,
    _options_for,
)
from services.rulebooks import rulebook_for
from storage.uow import UnitOfWork


def add_closure(
    uow: UnitOfWork, day: dt.date, reason: str, court_id: str | None = None
) -> list[Recomputed]:
    """Record a day a court (or every court) was closed (FRCP 6(a)(3)); every open deadline of
    that court whose count it touches is recounted, and each change flagged."""
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
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in reason):
        raise ValidationError(
            "closure day: reason must be one line, without control characters",
            field="reason",
            code="field.line_breaks",
        )
    _check_court(court_id)
    CourtCalendar.check_year(day)
    if _closure_row(uow, day, court_id) is not None:
        raise ValidationError(
            f"closure day: {fmt(day)} is already recorded",
            field="day",
            code="closure.already_recorded",
            params={"day": day},
        )
    uow.session.add(ClosureDay(day=day, reason=reason, court_id=court_id or ""))
    uow.session.flush()
    changes = _recount_around(uow, day, court_id, "closure-added")
    audit.record(
        uow,
        "create",
        "closure day",
        None,
        {
            "day": day.isoformat(),
            "reason": reason,
            "court": court_id or "every court",
            "recounted": _changes_detail(changes),
        },
    )
    return changes


def remove_closure(uow: UnitOfWork, day: dt.date, court_id: str | None = None) -> list[Recomputed]:
    row = _closure_row(uow, day, court_id)
    if row is None:
        raise NotFoundError(
            f"{fmt(day)} is not a recorded closure day.",
            field="day",
            code="closure.not_recorded",
            params={"day": day},
        )
    uow.session.delete(row)
    uow.session.flush()
    changes = _recount_around(uow, day, court_id, "closure-removed")
    audit.record(
        uow,
        "delete",
        "closure day",
        None,
        {
            "day": day.isoformat(),
            "court": court_id or "every court",
            "recounted": _changes_detail(changes),
        },
    )
    return changes


# ---- recounting ---------------------------------------------------------------------------------


def _children(uow: UnitOfWork, parent_id: int) -> list[Deadline]:
    return list(
        uow.session.scalars(
            select(Deadline).where(Deadline.parent_id == parent_id).order_by(Deadline.id)
        )
    )


def _flag(deadline: Deadline, reason: str, old: dt.date, new: dt.date, **facts: Any) -> None:
    """Keep a recount that moved a deadline (or would have, if set by hand) for a person to
    confirm; a second recount before anyone confirms keeps the first date seen."""
    if old == new and not deadline.overridden:
        return
    earlier = json.loads(deadline.review) if deadline.review else None
    first_old = earlier["old"] if earlier else old.isoformat()
    if first_old == new.isoformat() and not deadline.overridden:
        deadline.review = None  # moved back where a person last saw it
        return
    deadline.review = json.dumps(
        {
            "reason": reason,
            "old": first_old,
            "new": new.isoformat(),
            "kept": bool(deadline.overridden),
            **{k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in facts.items()},
        },
        sort_keys=True,
    )


def _recompute(
    uow: UnitOfWork,
    book: RuleBook,
    deadline: Deadline,
    trigger: dt.date,
    changes: list[Recomputed],
    reason: str,
    **facts: Any,
) -> None:
    """Recount `deadline` from `trigger`; a date set by hand is kept and flagged."""
    if deadline.rule_id is None or deadline.rule_id not in book.rules:
        return
    rule = book.rule(deadline.rule_id)
    subpoena = uow.session.get(Subpoena, deadline.subpoena_id) if deadline.subpoena_id else None
    options = _inputs(deadline)
    if rule.period is None and rule.id != "notice-response-window" and "days" not in options:
        if "hours" not in options:
            return  # a generic period saved before its length was kept: a person recounts it
    try:
        options = _options_for(rule, subpoena, options)
    except ValidationError:
        return
    if (rule.earlier_of or rule.counts_from == "compliance") and options.get("compliance") is None:
        return  # no compliance date to count from; the saved date stands
    court = court_registry.courts().get(deadline.court_id or "")
    calendar = deadline.calendar if deadline.calendar and rule.calendar != "agency" else None
    if deadline.calendar_version is None and court is None and court_registry.home_court(rule):
        # Counted before courts were known, when a local rule counted on the federal calendar
        # unless someone picked another: it counts on its own court's calendar now (flagged).
        calendar = None
    try:
        computation = _compute(uow, rule, trigger, court=court, calendar=calendar, options=options)
    except ValidationError:
        return  # e.g. the trigger moved before the rule's text in force: the date stands
    old = deadline.due
    deadline.trigger_date = trigger
    deadline.computed_due = computation.due
    deadline.trail = trails.dumps(computation.trail)
    deadline.calendar_version = CourtCalendar(computation.calendar).fingerprint()
    if deadline.overridden:
        changes.append(Recomputed(deadline.id, deadline.title, old, computation.due, True))
        if computation.due != old:
            _flag(deadline, reason, old, computation.due, **facts)
    else:
        deadline.due = computation.due
        deadline.due_time = computation.due_time
        changes.append(Recomputed(deadline.id, deadline.title, old, computation.due, False))
        if reason != "trigger-moved":
            _flag(deadline, reason, old, computation.due, **facts)
    for child in _children(uow, deadline.id):
        _recompute(uow, book, child, deadline.due, changes, reason, **facts)


def _changes_detail(changes: Iterable[Recomputed]) -> dict[int, list[str]]:
    return {
        c.deadline_id: [
            c.old_due.isoformat(),
            c.new_due.isoformat(),
            "kept (set by hand)" if c.kept_override else "moved",
        ]
        for c in changes
        if c.old_due != c.new_due
    }


def _recount_around(
    uow: UnitOfWork, day: dt.date, court_id: str | None, reason: str
) -> list[Recomputed]:
    """Recount the open deadlines of `court_id` (every court: None) whose count `day` lies in:
    from the trigger to a week past the due date (a closed last day moves it on)."""
    book = rulebook_for(uow)
    changes: list[Recomputed] = []
    week = dt.timedelta(days=7)
    near = uow.session.scalars(
        select(Deadline)
        .where(
            Deadline.status == DeadlineStatus.OPEN,
            Deadline.rule_id.is_not(None),
            Deadline.trigger_date.is_not(None),
            or_(Deadline.trigger_date <= day + week, Deadline.due <= day + week),
            or_(Deadline.trigger_date >= day - week, Deadline.due >= day - week),
        )
        .order_by(Deadline.id)
    )
    for deadline in list(near):
        if court_id is not None and deadline.court_id != court_id:
            continue
        if deadline.calendar == "agency":
            continue  # an agency does not close with a court
        assert deadline.trigger_date is not None
        low, high = sorted((deadline.trigger_date, deadline.due))
        if not low - dt.timedelta(days=7) <= day <= high + dt.timedelta(days=7):
            continue
        if deadline.parent_id is not None:
            continue  # recounted with the deadline it is counted from
        _recompute(uow, book, deadline, deadline.trigger_date, changes, reason, day=day)
    uow.session.flush()
    return [c for c in changes if c.old_due != c.new_due]


def _versions(uow: UnitOfWork) -> list[tuple[str, str | None, int]]:
    """(calendar, calendar version, how many) over the open counted deadlines: one grouped
    query, so checking at every unlock costs nothing on a large vault."""
    rows = uow.session.execute(
        select(Deadline.calendar, Deadline.calendar_version, func.count())
        .where(
            Deadline.status == DeadlineStatus.OPEN,
            Deadline.rule_id.is_not(None),
            Deadline.trigger_date.is_not(None),
        )
        .group_by(Deadline.calendar, Deadline.calendar_version)
    )
    return [(name or "federal", version, int(n)) for name, version, n in rows]


def _current(name: str) -> str | None:
    try:
        return CourtCalendar(name).fingerprint()
    except ValidationError:
        return None  # a calendar this version does not know: left as it is


def stale_count(uow: UnitOfWork) -> int:
    """How many open deadlines were counted on holiday data other than this version's."""
    total = 0
    for name, version, n in _versions(uow):
        current = _current(name)
        if current is not None and version != current:
            total += n
    return total


def _stale(uow: UnitOfWork) -> tuple[list[Deadline], dict[str, str]]:
    current: dict[str, str] = {}
    stale: list[Deadline] = []
    for name, version, _n in _versions(uow):
        fingerprint = _current(name)
        if fingerprint is None or version == fingerprint:
            continue
        current[name] = fingerprint
        calendar = (
            or_(Deadline.calendar.is_(None), Deadline.calendar == "federal")
            if name == "federal"
            else Deadline.calendar == name
        )
        same_version = (
            Deadline.calendar_version.is_(None)
            if version is None
            else Deadline.calendar_version == version
        )
        stale.extend(
            uow.session.scalars(
                select(Deadline)
                .where(
                    Deadline.status == DeadlineStatus.OPEN,
                    Deadline.rule_id.is_not(None),
                    Deadline.trigger_date.is_not(None),
                    calendar,
                    same_version,
                )
                .order_by(Deadline.id)
            )
        )
    stale.sort(key=lambda d: d.id)
    return stale, current


def reconcile_calendars(uow: UnitOfWork) -> list[Recomputed]:
    """Recount every open deadline counted on holiday data other than this version's (a newer
    `holidays` release, a corrected statute table, or a vault from before calendars were
    versioned), flag each that moves for a person to confirm, and audit the recount."""
    book = rulebook_for(uow)
    changes: list[Recomputed] = []
    stale, current = _stale(uow)
    if not stale:
        return []
    stale_ids = {d.id for d in stale}
    for deadline in stale:
        if deadline.parent_id in stale_ids:
            continue  # its parent's recount reaches it
        assert deadline.trigger_date is not None
        _recompute(uow, book, deadline, deadline.trigger_date, changes, "calendar-updated")
    for deadline in stale:  # even those that could not be recounted: checked against this data
        deadline.calendar_version = current.get(deadline.calendar or "federal")
    uow.session.flush()
    moved = [c for c in changes if c.old_due != c.new_due]
    audit.record(
        uow,
        "recompute",
        "deadline",
        None,
        {
            "why": "calendar data changed",
            "checked": len(stale),
            "deadlines": _changes_detail(moved),
        },
    )
    return moved


@dataclass(frozen=True)
class ReviewView:
    deadline_id: int
    matter_id: int
    title: str
    reason: str
    old_due: dt.date
    new_due: dt.date
    kept_override: bool
    day: dt.date | None  # the closure day, for closure-added / closure-removed


def review_of(deadline: Any) -> ReviewView | None:
    raw = getattr(deadline, "review", None)
    if not raw:
        return None
    try:
        data = json.loads(raw)
        dt.date.fromisoformat(data["old"]), dt.date.fromisoformat(data["new"])
    except (ValueError, KeyError, TypeError):
        return None  # not one Quash wrote (an edited import): nothing to confirm
    return ReviewView(
        deadline.id,
        deadline.matter_id,
        deadline.title,
        data["reason"],
        dt.date.fromisoformat(data["old"]),
        dt.date.fromisoformat(data["new"]),
        bool(data.get("kept")),
        dt.date.fromisoformat(data["day"]) if data.get("day") else None,
    )


def to_review(uow: UnitOfWork) -> list[ReviewView]:
    rows = uow.session.scalars(
        select(Deadline).where(Deadline.review.is_not(None)).order_by(Deadline.due, Deadline.id)
    )
    return [v for v in (review_of(r) for r in rows) if v is not None]


def confirm_review(uow: UnitOfWork, deadline_id: int) -> ReviewView:
    """A person has seen a recounted date (old → new) and confirms it."""
    deadline = uow.session.get(Deadline, deadline_id)
    view = review_of(deadline) if deadline is not None else None
    if deadline is None or view is None:
        raise NotFoundError(
            f"Deadline {deadline_id} has no recounted date waiting to be confirmed.",
            field="deadline",
            code="review.none",
            params={"id": deadline_id},
        )
    deadline.review = None
    uow.session.flush()
    audit.record(
        uow,
        "confirm",
        "deadline",
        deadline_id,
        {"reason": view.reason, "due": [view.old_due.isoformat(), view.new_due.isoformat()]},
    )
    return view


def move_trigger(
    uow: UnitOfWork, event_id: int, new_date: dt.date, *, rulebook: RuleBook | None = None
) -> list[Recomputed]:
    """Change a docket event's date and recount every deadline it triggered, down the chain."""
    book = rulebook or rulebook_for(uow)
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
        _recompute(uow, book, deadline, new_date, changes, "trigger-moved")
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


def preview_move_trigger(
    uow: UnitOfWork, event_id: int, new_date: dt.date, *, rulebook: RuleBook | None = None
) -> list[Recomputed]:
    """What moving a docket event would do to each deadline it set off (old → new), counted by
    the very code that saves it (`move_trigger`), inside a savepoint that is rolled back:
    nothing is written, audited or flagged."""
    savepoint = uow.session.begin_nested()
    try:
        return move_trigger(uow, event_id, new_date, rulebook=rulebook)
    finally:
        savepoint.rollback()


def edit_deadline(
    uow: UnitOfWork,
    deadline_id: int,
    changes: Mapping[str, Any],
    *,
    reason: str | None = None,
) -> tuple[Any, list[Recomputed]]:
    """Change a deadline: its fields as any record's, and a date a rule counted only by setting
    it by hand with `reason` (override_due), which recounts what was counted from it. Returns
    the deadline's view and what was recounted (the deadline itself first)."""
    current = records.get(uow, "deadlines", deadline_id)
    rest = dict(changes)
    new_due = None
    if current.rule_id and "due" in rest:
        spec = records.spec_for("deadlines")
        due = records.clean(spec, {"due": rest.pop("due")}, partial=True)["due"]
        new_due = due if due != current.due else None
    if new_due is not None and reason is None:
        raise records.counted_date_needs_a_reason()
    if rest:  # first, so the override's note is added to the notes as saved
        records.update(uow, "deadlines", deadline_id, rest)
    recounted = override_due(uow, deadline_id, new_due, reason or "") if new_due else []
    return records.get(uow, "deadlines", deadline_id), recounted


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
    book = rulebook or rulebook_for(uow)
    deadline = uow.session.get(Deadline, deadline_id)
    if deadline is None:
        raise NotFoundError.of("deadline", deadline_id)
    if not reason.strip():
        raise ValidationError(
            'Say why the date is set by hand (e.g. "order of 3 Oct").',
            field="reason",
            code="deadline.no_reason",
        )
    CourtCalendar.check_year(new_due)
    old = deadline.due
    deadline.due = new_due
    deadline.overridden = True
    deadline.review = None
    note = f"Set by hand to {fmt(new_due)}: {reason.strip()}"
    deadline.notes = f"{deadline.notes}\n{note}" if deadline.notes else note
    changes = [Recomputed(deadline.id, deadline.title, old, new_due, False)]
    for child in _children(uow, deadline.id):
        _recompute(uow, book, child, new_due, changes, "trigger-moved")
    uow.session.flush()
    audit.record(
        uow,
        "override",
        "deadline",
        deadline.id,
        {"due": [old.isoformat(), new_due.isoformat()], "reason": reason.strip()},
    )
    return changes
