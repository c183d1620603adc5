"""Counting one rule's date with its explanation trail, on the calendar the rule and the
court call for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from models import deadline_engine as engine
from models.calendars import CALENDAR_TITLES, CALENDAR_TITLES_ES, CourtCalendar
from models.courts import CALENDAR_ZONES, home_court
from models.errors import ValidationError
from models.rules.book import Rule
from models.trail import Step, step, words

# ---- computing one rule -----------------------------------------------------------------------


@dataclass(frozen=True)
class Computation:
    rule_id: str
    title: str
    due: dt.date
    due_time: dt.time | None
    citation: str
    trail: tuple[Step, ...]
    trigger_date: dt.date
    calendar: str = "federal"
    court_id: str | None = None  # the court counted for: given, the matter's, or the rule's own

    @property
    def steps(self) -> tuple[str, ...]:
        """The trail in English, as the command line prints it."""
        return tuple(words(self.trail, "en"))

    def as_json(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "title": self.title,
            "due": self.due.isoformat(),
            "due_time": self.due_time.strftime("%H:%M") if self.due_time else None,
            "citation": self.citation,
            "trigger_date": self.trigger_date.isoformat(),
            "calendar": self.calendar,
            "court": self.court_id,
            "steps": list(self.steps),
            "trail": [s.as_json() for s in self.trail],
        }


def _labels(rule: Rule) -> tuple[str, str]:
    return rule.trigger, rule.trigger_es or rule.trigger


def check_options(
    rule: Rule,
    trigger: dt.date,
    *,
    days: int | None,
    before: bool,
    court_days: bool,
    hours: int | None,
    trigger_time: dt.time | None,
    service: str | None,
    compliance: dt.date | None,
    subpoena_kind: str | None,
) -> None:
    """Refuse what contradicts itself or the rule, with one sentence each."""
    generic = rule.period is None
    if trigger_time is not None and hours is None and rule.unit != "hours":
        raise ValidationError(
            "A time of day (--time) only means something for a period in hours (--hours N).",
            field="time",
            code="options.time_without_hours",
        )
    if hours is not None and court_days:
        raise ValidationError(
            "A period is counted in hours or in court days, not both (--hours with --court-days).",
            field="hours",
            code="options.hours_and_court_days",
        )
    if not generic and (days is not None or before or court_days or hours is not None):
        raise ValidationError(
            f"Rule {rule.id} fixes its own period ({rule.period} {rule.unit.replace('_', ' ')} "
            f"{rule.direction}); --days, --hours, --before and --court-days are only for "
            "frcp-6a and notice-response-window.",
            field="days",
            code="options.fixed_period",
            params={"rule": rule.id},
        )
    if generic and days is None and hours is None:
        raise ValidationError(
            f"Rule {rule.id} needs the length of the period (--days N).",
            field="days",
            code="options.needs_days",
            params={"rule": rule.id},
        )
    if days is not None and hours is not None:
        raise ValidationError(
            "Give the period in days or in hours, not both.", field="hours", code="options.both"
        )
    if rule.method != "frcp-6a" and (before or court_days or hours is not None):
        raise ValidationError(
            f"Rule {rule.id} counts forward in calendar days only.",
            field="before",
            code="options.forward_only",
            params={"rule": rule.id},
        )
    if service is not None and service not in engine.SERVICE_METHODS:
        raise ValidationError(
            f"Unknown service method {service!r}; choose one of "
            f"{', '.join(engine.SERVICE_METHODS)}.",
            field="service",
            code="service.unknown",
            params={"service": service, "choices": ", ".join(engine.SERVICE_METHODS)},
        )
    forward = not before if generic else rule.direction == "after"
    if not forward and service in engine.ADDS_THREE_DAYS:
        raise ValidationError(
            "FRCP 6(d) adds days only to periods counted after service, "
            "not to periods counted back from an event.",
            field="service",
            code="options.service_backward",
        )
    needs_compliance = rule.earlier_of == "compliance" or rule.counts_from == "compliance"
    if compliance is not None and not needs_compliance:
        raise ValidationError(
            f"Rule {rule.id} does not use a compliance date; leave --compliance out.",
            field="compliance",
            code="options.compliance_unused",
            params={"rule": rule.id},
        )
    if needs_compliance and compliance is None:
        raise ValidationError(
            f"Rule {rule.id} needs the subpoena's compliance date (--compliance YYYY-MM-DD).",
            field="compliance",
            code="options.needs_compliance",
            params={"rule": rule.id},
        )
    if compliance is not None:
        CourtCalendar.check_year(compliance)
        if compliance < trigger:
            raise ValidationError(
                f"The compliance date {compliance.isoformat()} is before "
                f"{trigger.isoformat()}, the date counted from: check both dates.",
                field="compliance",
                code="options.compliance_before_trigger",
                params={"compliance": compliance, "trigger": trigger},
            )
    if rule.applies_to and subpoena_kind is not None and subpoena_kind not in rule.applies_to:
        raise ValidationError(
            f"Rule {rule.id} ({rule.citation}) applies only to "
            f"{', '.join(k.replace('_', ' ') for k in rule.applies_to)}s, and this paper is "
            f"a {subpoena_kind.replace('_', ' ')}.",
            field="rule",
            code="rule.not_for_this_paper",
            params={"rule": rule.id, "kind": subpoena_kind},
        )


def compute(
    rule: Rule,
    trigger: dt.date,
    calendar: CourtCalendar,
    *,
    days: int | None = None,
    before: bool = False,
    court_days: bool = False,
    hours: int | None = None,
    trigger_time: dt.time | None = None,
    service: str | None = None,
    compliance: dt.date | None = None,
    subpoena_kind: str | None = None,
    zone: str = "America/New_York",
    preamble: tuple[Step, ...] = (),
) -> Computation:
    """The due date for `rule` from `trigger`, with every step of the count. `trigger` is the
    event's date; a rule counted from the compliance date counts from `compliance` instead."""
    check_options(
        rule,
        trigger,
        days=days,
        before=before,
        court_days=court_days,
        hours=hours,
        trigger_time=trigger_time,
        service=service,
        compliance=compliance,
        subpoena_kind=subpoena_kind,
    )
    CourtCalendar.check_year(trigger)
    base = compliance if rule.counts_from == "compliance" and compliance else trigger
    rule, version_step = rule.in_force(base)
    generic = rule.period is None
    forward = not before if generic else rule.direction == "after"
    period = rule.period if rule.period is not None else days
    if rule.unit == "hours" and rule.period is not None:
        hours = rule.period
    label, label_es = _labels(rule)
    due_time: dt.time | None = None

    def count(old_rules: bool, extra_days: int = 0) -> engine.Counted:
        assert period is not None
        return engine.count_days(
            base,
            period + extra_days,
            calendar,
            forward=forward,
            label=label,
            label_es=label_es,
            old_rules=old_rules,
        )

    if hours is not None:
        start = dt.datetime.combine(trigger, trigger_time or dt.time(0, 0))
        counted_hours = engine.count_hours(start, hours, calendar, zone=zone, forward=forward)
        counted = engine.Counted(counted_hours.due.date(), counted_hours.steps)
        due_time = counted_hours.due.time()
    elif rule.method == "court-days" or court_days:
        assert period is not None
        counted = engine.count_court_days(
            base,
            period,
            calendar,
            forward=forward,
            label=label,
            label_es=label_es,
            citation=rule.citation,
        )
    elif rule.method in ("platform-window", "moved-earlier"):
        assert period is not None
        counted = _moved_earlier(base, period, calendar, label, label_es, rule.method)
    else:
        old = rule.old_rules and engine.short_limit(base) is not None
        counted = count(old)
        if old and counted.due >= engine.NEW_6A:
            # Begun under the old rule, ending under the new: the earlier date governs.
            new = count(False)
            if new.due < counted.due:
                counted = engine.Counted(
                    new.due,
                    new.steps
                    + (
                        step(
                            "version_both",
                            effective=engine.NEW_6A,
                            other=counted.due,
                            due=new.due,
                        ),
                    ),
                )
    if service is not None and rule.service and forward and hours is None:
        served = engine.add_service_days(counted, service, calendar, served=base)
        if base < engine.THREE_DAYS_AFTER and engine.service_adds(service, base) and period:
            # Before 2005 courts differed on whether the 3 days came before or after the count.
            other = count(rule.old_rules, extra_days=3)
            if other.due != served.due:
                earliest = min(other.due, served.due)
                chosen = served if served.due <= other.due else other
                counted = engine.Counted(
                    earliest,
                    chosen.steps
                    + (step("old_service", other=max(other.due, served.due), date=earliest),),
                )
            else:
                counted = served
        else:
            counted = served
    elif service is not None and engine.service_adds(service, base) and forward:
        counted = engine.Counted(
            counted.due,
            counted.steps
            + (
                step(
                    "not_from_service",
                    cite=rule.citation,
                    label=rule.trigger,
                    label_es=rule.trigger_es or rule.trigger,
                ),
            ),
        )
    if rule.earlier_of == "compliance":
        assert compliance is not None
        counted = _earlier_than_compliance(counted, compliance, calendar)
    extra: list[Step] = []
    if rule.note:
        extra.append(step("note", text=rule.note, text_es=rule.note_es or None))
    if rule.standing_order:
        extra.append(step("standing_order"))
    head = preamble + ((version_step,) if version_step else ())
    trail = head + counted.steps + tuple(extra)
    return Computation(
        rule.id,
        rule.title,
        counted.due,
        due_time,
        rule.citation,
        trail,
        trigger,
        calendar.name,
    )


def _earlier_than_compliance(
    counted: engine.Counted, compliance: dt.date, calendar: CourtCalendar
) -> engine.Counted:
    """FRCP 45(d)(2)(B): "before the earlier of the time specified for compliance or 14 days
    after the subpoena is served". The hour of compliance is not recorded, so the court day
    before the compliance date is the last safe day (the earlier date)."""
    back = engine.roll(compliance - dt.timedelta(days=1), calendar, forward=False)
    limit = engine.Counted(
        back.due,
        (step("no_hour", date=compliance),) + back.steps,
    )
    chosen = engine.earlier_of(
        counted,
        limit.due,
        "The last court day before the compliance date",
        "El último día hábil antes de la fecha de cumplimiento",
    )
    return engine.Counted(chosen.due, counted.steps + limit.steps + chosen.steps[-1:])


def _moved_earlier(
    trigger: dt.date,
    days: int,
    calendar: CourtCalendar,
    label: str,
    label_es: str,
    method: str,
) -> engine.Counted:
    engine.check_period(days, engine.MAX_PERIOD_DAYS, "days")
    calendar.check_year(trigger)
    last = trigger + dt.timedelta(days=days)
    calendar.check_year(last)
    steps = [step("trigger_start", date=trigger, label=label, label_es=label_es)]
    if method == "platform-window":
        steps.append(step("window", n=days, date=last))
        cite = "to be on file in time"
    else:
        steps.append(step("count", n=days, dir="after", date=last))
        cite = "nothing extends this period"
    rolled = engine.roll(last, calendar, forward=False, rule=cite)
    steps.extend(rolled.steps)
    return engine.Counted(rolled.due, tuple(steps))


# ---- counting for a court --------------------------------------------------------------------


def choose_calendar(
    rule: Rule,
    court: Any | None,
    calendar: str | None,
    *,
    inferred: bool = False,
    office_calendar: str | None = None,
) -> tuple[str, str]:
    """The calendar a rule counts on, and how it was chosen (for the trail): an agency's period
    always on the agency calendar; otherwise the one the person chose, else the court's (named,
    or `inferred` from a local rule's own court), else the office's default (Settings), else
    the federal calendar, said out loud."""
    if rule.calendar == "agency":
        return "agency", "agency"
    of_court = "rule" if inferred else "court"
    if calendar:
        return calendar, (
            of_court if court is not None and court.calendar == calendar else "chosen"
        )
    if court is not None:
        return court.calendar, of_court
    if office_calendar and office_calendar not in ("federal", "agency"):
        return office_calendar, "office"
    return "federal", "default"


def compute_for(
    rule: Rule,
    trigger: dt.date,
    *,
    court: Any | None = None,
    calendar: str | None = None,
    closures: Mapping[dt.date, str] | None = None,
    office_calendar: str | None = None,
    **options: Any,
) -> Computation:
    """`compute` on the calendar and in the time zone of `court` (a models.courts.Court), or of
    the calendar chosen; the trail starts by saying which calendar was used and why. The command
    line and the app both count through here, so they give the same date and the same trail.
    `office_calendar` (the office's default, in Settings) counts only where no court is known."""
    inferred = court is None and (court := home_court(rule)) is not None
    name, how = choose_calendar(
        rule, court, calendar, inferred=inferred, office_calendar=office_calendar
    )
    cal = CourtCalendar(name, closures)
    zone = court.time_zone if court is not None else CALENDAR_ZONES[name]
    preamble = (
        step(
            "calendar",
            name=name,
            title=CALENDAR_TITLES[name],
            title_es=CALENDAR_TITLES_ES[name],
            how=how,
            court=court.short if court is not None else None,
        ),
    )
    result = compute(rule, trigger, cal, zone=zone, preamble=preamble, **options)
    forward = (not options.get("before")) if rule.period is None else rule.direction == "after"
    if court is not None and court.kind == "appeals" and forward and how != "agency":
        result = replace(result, trail=result.trail + (step("appeal_state"),))
    return replace(result, court_id=court.id if court is not None else None)
