"""Counting deadlines from rules and triggers on the matter's court's calendar (with that
court's closure days), previewing a chain without writing, and docketing it: the saved
deadlines, their trails and the audit entries."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select

from models import courts as court_registry
from models import trail as trails
from models.calendars import CourtCalendar, fmt
from models.courts import Court
from models.entities import ClosureDay, Deadline, DocketEvent, Matter, Subpoena
from models.enums import DeadlineStatus, EventKind, SubpoenaStatus
from models.errors import NotFoundError, ValidationError
from models.rules import (
    Computation,
    Rule,
    RuleBook,
    compute_for,
    is_offered,
)
from services import audit, records, vaults
from services.rulebooks import rulebook_for
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class DocketResult:
    event_id: int
    deadlines: tuple[Any, ...]  # DeadlineView, in chain order
    marked_done: tuple[int, ...] = ()  # open deadlines the filing answered
    subpoena_status: str = ""  # the status the challenged subpoena was given, if any


@dataclass(frozen=True)
class AnsweredDeadline:
    id: int
    title: str
    due: dt.date


@dataclass(frozen=True)
class Answers:
    """What docketing a filing may also record, from the rule data (a trigger's `answers` and
    `subpoena_status`): the open deadlines it meets, and the subpoena it challenges."""

    deadlines: tuple[AnsweredDeadline, ...] = ()
    subpoena_id: int | None = None
    subpoena_label: str = ""  # issuer → recipient; never a sealed value
    subpoena_status: str = ""  # the SubpoenaStatus value it would be given


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
        raise NotFoundError.of("matter", matter_id)
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


def _walk(
    uow: UnitOfWork,
    book: RuleBook,
    rule: Rule,
    trigger: dt.date,
    *,
    court: Court | None,
    calendar: str | None,
    options: dict[str, Any],
    keep: Callable[[Computation, dict[str, Any], Any], Any],
    parent: Any = None,
) -> None:
    """Count `rule` and, from its date, each dependent down the chain, handing each count to
    `keep` with its parent's kept value. Previewing and saving a chain both walk it here, so
    the preview shows exactly what saving will store."""
    computation = _compute(uow, rule, trigger, court=court, calendar=calendar, options=options)
    kept = keep(computation, options, parent)
    for dep_id in rule.dependents:
        child = book.rule(dep_id)
        _walk(
            uow,
            book,
            child,
            computation.due,
            court=court,
            calendar=calendar,
            options=_child_options(options, child),
            keep=keep,
            parent=kept,
        )


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
    def save(computation: Computation, opts: dict[str, Any], parent: Deadline | None) -> Deadline:
        place = {**where, "parent_id": parent.id if parent is not None else where["parent_id"]}
        deadline = _save(uow, computation=computation, options=opts, **place)
        saved.append(deadline)
        return deadline

    _walk(uow, book, rule, trigger, court=court, calendar=calendar, options=options, keep=save)


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
    for rule_id in rule_ids:
        rule = book.rule(rule_id)
        _walk(
            uow,
            book,
            rule,
            trigger,
            court=court,
            calendar=calendar,
            options=_options_for(rule, subpoena, options or {}),
            keep=lambda computation, _options, _parent: out.append(computation),
        )
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


def answered_by(
    uow: UnitOfWork,
    matter_id: int,
    trigger_id: str,
    subpoena_id: int | None = None,
    *,
    rulebook: RuleBook | None = None,
) -> Answers:
    """What docketing this event may also record: the matter's open deadlines counted from the
    rules the trigger answers (for the chosen subpoena, or for none), and the subpoena it
    challenges while that is still only received (the chosen one, or the matter's only one)."""
    book = rulebook or rulebook_for(uow)
    trig = book.trigger(trigger_id)
    _matter(uow, matter_id)
    deadlines: list[AnsweredDeadline] = []
    if trig.answers:
        query = select(Deadline).where(
            Deadline.matter_id == matter_id,
            Deadline.status == DeadlineStatus.OPEN,
            Deadline.rule_id.in_(trig.answers),
        )
        if subpoena_id is not None:
            query = query.where(
                or_(Deadline.subpoena_id == subpoena_id, Deadline.subpoena_id.is_(None))
            )
        for d in uow.session.scalars(query.order_by(Deadline.due, Deadline.id)):
            deadlines.append(AnsweredDeadline(d.id, d.title, d.due))
    if not trig.subpoena_status:
        return Answers(tuple(deadlines))
    if subpoena_id is not None:
        candidates = [_subpoena(uow, matter_id, subpoena_id)]
    else:
        candidates = list(
            uow.session.scalars(select(Subpoena).where(Subpoena.matter_id == matter_id))
        )
    received = [s for s in candidates if s is not None and s.status == SubpoenaStatus.RECEIVED]
    if len(received) != 1:
        return Answers(tuple(deadlines))
    paper = received[0]
    return Answers(
        tuple(deadlines), paper.id, f"{paper.issuer} → {paper.recipient}", trig.subpoena_status
    )


def _record_answers(
    uow: UnitOfWork, offer: Answers, mark_done: Iterable[int], challenge: int | None
) -> tuple[tuple[int, ...], str]:
    """Mark done what the person kept ticked of what the filing answers; nothing else."""
    offered = {d.id for d in offer.deadlines}
    done: list[int] = []
    for deadline_id in mark_done:
        if deadline_id not in offered:
            raise ValidationError(
                f"Deadline {deadline_id} is not one this filing answers.",
                code="docket.not_answered",
                params={"id": deadline_id},
            )
        records.set_status(uow, "deadlines", deadline_id, DeadlineStatus.DONE.value)
        done.append(deadline_id)
    if challenge is None:
        return tuple(done), ""
    if challenge != offer.subpoena_id:
        raise ValidationError(
            f"Subpoena {challenge} is not the one this filing challenges.",
            code="docket.not_challenged",
            params={"id": challenge},
        )
    records.set_status(uow, "subpoenas", challenge, offer.subpoena_status)
    return tuple(done), offer.subpoena_status


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
    mark_done: Iterable[int] = (),
    challenge_subpoena: int | None = None,
    **options: Any,
) -> DocketResult:
    """Record a docket event (e.g. "motion to quash filed") and create its chain of deadlines.
    A filing may, in the same transaction, mark done the open deadlines it answers
    (`mark_done`, from `answered_by`) and set the subpoena it challenges to the status the
    rule data gives (`challenge_subpoena`)."""
    book = rulebook or rulebook_for(uow)
    trig = book.trigger(trigger_id)
    matter = _matter(uow, matter_id)
    court = _check_court(court_id) or court_of(matter)
    subpoena = _subpoena(uow, matter_id, subpoena_id)
    mark_done = list(mark_done)
    offer = (
        answered_by(uow, matter.id, trig.id, subpoena_id, rulebook=book)
        if mark_done or challenge_subpoena is not None
        else Answers()
    )
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
    done, status = _record_answers(uow, offer, mark_done, challenge_subpoena)
    views = tuple(records.get(uow, "deadlines", d.id) for d in saved)
    return DocketResult(event.id, views, done, status)
