"""Docketing: computing deadlines from rules and triggers on the matter's court's calendar,
chains of dependent deadlines, recounting when a trigger moves, a closure day is added or
removed, or the holiday data changes (each change flagged for a person to confirm), hand
overrides, the courts' closure days and an office's own rule sets."""

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
from models.courts import Court
from models.entities import ClosureDay, Deadline, DocketEvent, Matter, OfficeRuleSet, Subpoena
from models.enums import DeadlineStatus, EventKind
from models.errors import NotFoundError, ValidationError
from models.rules import (
    Computation,
    Rule,
    RuleBook,
    RuleSetError,
    build_rulebook,
    compute_for,
    default_rulebook,
    is_offered,
    parse_ruleset,
    shipped_sources,
)
from services import audit, records, vaults
from services.rulebooks import rulebook_for
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


# ---- rule books: shipped and the office's own --------------------------------------------------


@dataclass(frozen=True)
class OfficeRuleSetView:
    id: str
    name: str
    title: str
    rules: tuple[str, ...]
    added_at: dt.datetime


def office_rulesets(uow: UnitOfWork) -> list[OfficeRuleSetView]:
    out = []
    for row in uow.session.scalars(select(OfficeRuleSet).order_by(OfficeRuleSet.id)):
        _, title, rules, _ = parse_ruleset(row.name, row.text)
        out.append(
            OfficeRuleSetView(row.id, row.name, title, tuple(r.id for r in rules), row.added_at)
        )
    return out


def add_office_ruleset(uow: UnitOfWork, name: str, text: str) -> OfficeRuleSetView:
    """Validate an office's rule set (TOML, the shipped sets' format) as strictly as the shipped
    ones, together with them and the office's others, and keep it in the vault."""
    if len(text) > 200_000:
        raise RuleSetError(f"{name}: a rule set file is at most 200,000 characters")
    set_id, title, rules, _ = parse_ruleset(name, text)
    office = list(uow.session.scalars(select(OfficeRuleSet)))
    if set_id in default_rulebook().rulesets or any(r.id == set_id for r in office):
        raise RuleSetError(
            f"{name}: rule set id {set_id!r} is already in use; "
            "remove the old one first or give this one another id"
        )
    others = [(r.name, r.text) for r in office]
    build_rulebook(shipped_sources() + others + [(name, text)])  # ids, chains, triggers
    row = OfficeRuleSet(id=set_id, name=name[:200], text=text, added_at=dt.datetime.now())
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, "create", "rule set", None, {"id": set_id, "rules": [r.id for r in rules]})
    return OfficeRuleSetView(set_id, row.name, title, tuple(r.id for r in rules), row.added_at)


def _office_row(uow: UnitOfWork, set_id: str) -> OfficeRuleSet:
    row = uow.session.get(OfficeRuleSet, set_id)
    if row is None:
        raise NotFoundError(
            f"There is no office rule set {set_id!r}.",
            field="ruleset",
            code="ruleset.not_found",
            params={"id": set_id},
        )
    return row


def office_ruleset_text(uow: UnitOfWork, set_id: str) -> str:
    return _office_row(uow, set_id).text


def remove_office_ruleset(uow: UnitOfWork, set_id: str) -> None:
    row = _office_row(uow, set_id)
    _, _, rules, _ = parse_ruleset(row.name, row.text)
    ids = [r.id for r in rules]
    used = uow.session.scalar(
        select(Deadline.id).where(Deadline.rule_id.in_(ids), Deadline.status == DeadlineStatus.OPEN)
    )
    if used is not None:
        raise ValidationError(
            f"Rule set {set_id!r} still counts open deadlines (e.g. deadline {used}); mark them "
            "done or vacated first.",
            field="ruleset",
            code="ruleset.in_use",
            params={"id": set_id, "deadline": used},
        )
    uow.session.delete(row)
    uow.session.flush()
    audit.record(uow, "delete", "rule set", None, {"id": set_id})


# ---- courts and closure days -------------------------------------------------------------------

MAX_CLOSURE_REASON = 200


@dataclass(frozen=True)
class ClosureView:
    day: dt.date
    reason: str
    court_id: str | None = None  # None: every court


def court_of(matter: Matter | Any | None) -> Court | None:
    """The registry court a matter's court field names, or None."""
    return court_registry.recognise(getattr(matter, "court", None)) if matter else None


def _check_court(court_id: str | None) -> Court | None:
    return court_registry.court(court_id) if court_id else None


def closures(uow: UnitOfWork, court_id: str | None = "*") -> list[ClosureView]:
    """Closure days: all of them ("*"), or those that count for one court (its own and the
    ones for every court)."""
    query = select(ClosureDay).order_by(ClosureDay.day, ClosureDay.court_id)
    if court_id != "*":
        query = query.where(or_(ClosureDay.court_id == "", ClosureDay.court_id == (court_id or "")))
    return [ClosureView(r.day, r.reason, r.court_id or None) for r in uow.session.scalars(query)]


def _closure_row(uow: UnitOfWork, day: dt.date, court_id: str | None) -> ClosureDay | None:
    where = ClosureDay.court_id == (court_id or "")
    return uow.session.scalar(select(ClosureDay).where(ClosureDay.day == day, where))


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


def calendar_for(
    uow: UnitOfWork, name: str = "federal", court_id: str | None = None
) -> CourtCalendar:
    return CourtCalendar(name, {c.day: c.reason for c in closures(uow, court_id)})


# ---- computing and docketing -----------------------------------------------------------------


def _compute(
    uow: UnitOfWork,
    rule: Rule,
    trigger: dt.date,
    *,
    court: Court | None,
    calendar: str | None,
    options: Mapping[str, Any],
) -> Computation:
    counted_for = court or court_registry.home_court(rule)  # a local rule runs in its court
    court_id = counted_for.id if counted_for is not None else None
    cal_closures = {c.day: c.reason for c in closures(uow, court_id)}
    return compute_for(
        rule,
        trigger,
        court=court,
        calendar=calendar,
        closures=cal_closures,
        office_calendar=vaults.setting(uow, "default_calendar") or None,
        **options,
    )


def preview(
    uow: UnitOfWork,
    rule_id: str,
    trigger: dt.date,
    *,
    calendar: str | None = None,
    court_id: str | None = None,
    matter_id: int | None = None,
    rulebook: RuleBook | None = None,
    **options: Any,
) -> Computation:
    """What a rule gives from a trigger, with its trail, before anything is saved. The court is
    the one given, else the matter's; the calendar the one given, else the court's."""
    book = rulebook or rulebook_for(uow)
    court = _check_court(court_id)
    if court is None and matter_id is not None:
        court = court_of(_matter(uow, matter_id))
    return _compute(
        uow, book.rule(rule_id), trigger, court=court, calendar=calendar, options=options
    )


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


def _options_for(
    rule: Rule, subpoena: Subpoena | None, options: Mapping[str, Any]
) -> dict[str, Any]:
    """Fill what a rule needs from the subpoena when the person did not give it, and drop what
    the rule does not take (one event's options serve every rule of its chain)."""
    filled = dict(options)
    uses_compliance = rule.earlier_of == "compliance" or rule.counts_from == "compliance"
    if uses_compliance and filled.get("compliance") is None and subpoena:
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
        filled = {
            k: v for k, v in filled.items() if k not in ("days", "before", "court_days", "hours")
        }
        if rule.unit != "hours":
            filled.pop("trigger_time", None)
    if not uses_compliance:
        filled.pop("compliance", None)
    if not rule.service:
        filled.pop("service", None)
    if subpoena is not None and rule.applies_to:
        filled["subpoena_kind"] = subpoena.kind.value
    return filled


def _inputs_json(options: Mapping[str, Any]) -> str | None:
    keep = {
        k: (v.isoformat() if isinstance(v, dt.date | dt.time) else v)
        for k, v in options.items()
        if v not in (None, False) and k != "subpoena_kind"
    }
    return json.dumps(keep, sort_keys=True) if keep else None


def _inputs(deadline: Deadline) -> dict[str, Any]:
    try:
        raw = json.loads(deadline.inputs) if deadline.inputs else {}
        if not isinstance(raw, dict):
            raw = {}
        raw = {k: v for k, v in raw.items() if k in records.INPUT_KEYS}
        if "compliance" in raw:
            raw["compliance"] = dt.date.fromisoformat(raw["compliance"])
        if "trigger_time" in raw:
            raw["trigger_time"] = dt.time.fromisoformat(raw["trigger_time"])
    except (ValueError, TypeError):
        raw = {}  # not one Quash wrote: recount from what the deadline itself says
    if deadline.service and "service" not in raw:
        raw["service"] = deadline.service
    return raw


def _save(
    uow: UnitOfWork,
    matter_id: int,
    computation: Computation,
    *,
    options: Mapping[str, Any],
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
        trail=trails.dumps(computation.trail),
        responsible=responsible,
        status=DeadlineStatus.OPEN,
        event_id=event_id,
        parent_id=parent_id,
        computed_due=computation.due,
        overridden=False,
        calendar=computation.calendar,
        service=options.get("service"),
        court_id=computation.court_id,
        inputs=_inputs_json(options),
        calendar_version=CourtCalendar(computation.calendar).fingerprint(),
    )
    uow.session.add(deadline)
    uow.session.flush()
    return deadline


def _child_options(options: Mapping[str, Any], child: Rule) -> dict[str, Any]:
    """What a dependent rule takes from its parent's options: how the paper was served, when
    it counts service; nothing else (it is counted from the parent's date)."""
    return {"service": options["service"]} if options.get("service") and child.service else {}


def _chain(
    uow: UnitOfWork,
    book: RuleBook,
    rule: Rule,
    trigger: dt.date,
    where: dict[str, Any],
    *,
    court: Court | None,
    calendar: str | None,
    options: dict[str, Any],
    saved: list[Deadline],
) -> None:
    computation = _compute(uow, rule, trigger, court=court, calendar=calendar, options=options)
    deadline = _save(uow, computation=computation, options=options, **where)
    saved.append(deadline)
    for dep_id in rule.dependents:
        child = book.rule(dep_id)
        _chain(
            uow,
            book,
            child,
            deadline.due,
            {**where, "parent_id": deadline.id},
            court=court,
            calendar=calendar,
            options=_child_options(options, child),
            saved=saved,
        )


def chain_preview(
    uow: UnitOfWork,
    rule_ids: Iterable[str],
    trigger: dt.date,
    *,
    matter_id: int | None = None,
    court_id: str | None = None,
    calendar: str | None = None,
    subpoena_id: int | None = None,
    options: Mapping[str, Any] | None = None,
) -> list[Computation]:
    """Every deadline the rules (and their dependents) would create, in save order, counted
    exactly as `add_from_rule` and `docket` will count them."""
    book = rulebook_for(uow)
    court = _check_court(court_id)
    subpoena = None
    if matter_id is not None:
        matter = _matter(uow, matter_id)
        court = court or court_of(matter)
        subpoena = _subpoena(uow, matter_id, subpoena_id)
    out: list[Computation] = []

    def walk(rule: Rule, start: dt.date, opts: dict[str, Any]) -> None:
        first = _compute(uow, rule, start, court=court, calendar=calendar, options=opts)
        out.append(first)
        for dep_id in rule.dependents:
            child = book.rule(dep_id)
            walk(child, first.due, _child_options(opts, child))

    for rule_id in rule_ids:
        rule = book.rule(rule_id)
        walk(rule, trigger, _options_for(rule, subpoena, options or {}))
    return out


def _check_rule_for_court(book: RuleBook, rule: Rule, court: Court | None) -> None:
    """A court offers its own rule sets, the federal rules, agency periods and the office's."""
    if not is_offered(rule, court):
        assert court is not None
        raise ValidationError(
            f"Rule {rule.id} ({rule.citation}) belongs to {book.rulesets.get(rule.ruleset)}, "
            f"and this matter is in {court.short}, which does not offer it.",
            field="rule",
            code="rule.other_court",
            params={"rule": rule.id, "court": court.short},
        )


def add_from_rule(
    uow: UnitOfWork,
    matter_id: int,
    rule_id: str,
    trigger: dt.date,
    *,
    calendar: str | None = None,
    court_id: str | None = None,
    subpoena_id: int | None = None,
    responsible: str | None = None,
    rulebook: RuleBook | None = None,
    **options: Any,
) -> tuple[Any, ...]:
    """Save the deadline a rule gives (and its dependents). Returns their views."""
    book = rulebook or rulebook_for(uow)
    matter = _matter(uow, matter_id)
    court = _check_court(court_id) or court_of(matter)
    subpoena = _subpoena(uow, matter_id, subpoena_id)
    rule = book.rule(rule_id)
    _check_rule_for_court(book, rule, court)
    saved: list[Deadline] = []
    _chain(
        uow,
        book,
        rule,
        trigger,
        {
            "matter_id": matter_id,
            "subpoena_id": subpoena_id,
            "responsible": responsible,
            "event_id": None,
            "parent_id": None,
        },
        court=court,
        calendar=calendar,
        options=_options_for(rule, subpoena, options),
        saved=saved,
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
    calendar: str | None = None,
    court_id: str | None = None,
    subpoena_id: int | None = None,
    responsible: str | None = None,
    summary: str | None = None,
    rulebook: RuleBook | None = None,
    **options: Any,
) -> DocketResult:
    """Record a docket event (e.g. "motion to quash filed") and create its chain of deadlines."""
    book = rulebook or rulebook_for(uow)
    trig = book.trigger(trigger_id)
    matter = _matter(uow, matter_id)
    court = _check_court(court_id) or court_of(matter)
    subpoena = _subpoena(uow, matter_id, subpoena_id)
    CourtCalendar.check_year(date)
    for rule_id in trig.rules:
        _check_rule_for_court(book, book.rule(rule_id), court)
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
            {
                "matter_id": matter.id,
                "subpoena_id": subpoena_id,
                "responsible": responsible,
                "event_id": event.id,
                "parent_id": None,
            },
            court=court,
            calendar=calendar,
            options=_options_for(rule, subpoena, options),
            saved=saved,
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
