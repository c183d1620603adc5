"""Counting periods under FRCP 6 (and FRAP 26, which reads the same), step by step.

Pure functions over a `CourtCalendar`; no database, no Qt. Each returns the date (or date and
time) and the steps that led to it, as data (models/trail.py words them). Where the law is
unclear the count takes the earlier date and a step says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from models.calendars import Caution, ClosedDay, CourtCalendar
from models.errors import ValidationError
from models.trail import Step, step

MAX_PERIOD_DAYS = 3650
MAX_PERIOD_HOURS = 24 * 365
SERVICE_METHODS = ("electronic", "hand", "mail", "clerk", "other-consented")
# FRCP 6(d) (6(e) before 1 Dec 2007): service by mail, by leaving it with the clerk, or by other
# means consented to adds 3 days; electronic service did from 1 Dec 2001 to 30 Nov 2016.
ADDS_THREE_DAYS = ("mail", "clerk", "other-consented")
ELECTRONIC_ADDS = (dt.date(2001, 12, 1), dt.date(2016, 12, 1))  # [from, until)
# FRCP 6(a) before 1 Dec 2009: intermediate Saturdays, Sundays and legal holidays were left
# out of periods shorter than 11 days (7 days before the amendment of 1 Aug 1985).
NEW_6A = dt.date(2009, 12, 1)
SHORT_11 = dt.date(1985, 8, 1)
# FRCP 6(e) as amended 1 Dec 2005: the 3 days are added after the period would otherwise
# expire. Before that courts differed on the order; both are counted, the earlier governs.
THREE_DAYS_AFTER = dt.date(2005, 12, 1)


@dataclass(frozen=True)
class Counted:
    due: dt.date
    steps: tuple[Step, ...]


def check_period(n: int, limit: int, unit: str) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValidationError(
            f"The period must be a whole number of {unit}, 0 or more.",
            field="days",
            code="period.not_whole",
            params={"unit": unit},
        )
    if n > limit:
        raise ValidationError(
            f"A period of {n} {unit} is longer than Quash counts ({limit}).",
            field="days",
            code="period.too_long",
            params={"n": n, "unit": unit, "limit": limit},
        )


def closed_step(closed: ClosedDay) -> Step:
    return step(
        "closed",
        date=closed.day,
        kind=closed.kind,
        name=closed.name,
        name_es=closed.name_es,
        cite=closed.citation,
    )


def caution_step(caution: Caution, treated: str) -> Step:
    return step(
        "caution",
        date=caution.day,
        kind=caution.kind,
        name=caution.name,
        name_es=caution.name_es,
        cite=caution.citation,
        why=caution.why,
        why_es=caution.why_es,
        treated=treated,
    )


def roll(
    day: dt.date,
    calendar: CourtCalendar,
    *,
    forward: bool,
    rule: str = "FRCP 6(a)(1)(C)",
    state: bool | None = None,
) -> Counted:
    """Move off a closed day: to the next open day forward, or the previous one backward
    (FRCP 6(a)(5): for periods counted back from an event, "next day" means the day before).
    A day the law is unclear about is open going forward and closed going back: the earlier
    date either way."""
    steps: list[Step] = []
    original = day
    said_closure = False
    while True:
        closed = calendar.closed(day, forward=forward, state=state)
        if closed is not None:
            steps.append(closed_step(closed))
            if closed.kind == "closure" and not forward and not said_closure:
                steps.append(step("closure_back"))
                said_closure = True
            day += dt.timedelta(days=1 if forward else -1)
            continue
        caution = calendar.caution_on_open_day(day, forward=forward)
        if caution is not None and not forward:
            steps.append(caution_step(caution, "closed"))
            day -= dt.timedelta(days=1)
            continue
        if caution is not None:
            steps.append(caution_step(caution, "open"))
        break
    if day != original:
        cite = rule if forward else f"{rule}; FRCP 6(a)(5)"
        steps.append(step("moved", dir="next" if forward else "previous", date=day, cite=cite))
    return Counted(day, tuple(steps))


def short_limit(trigger: dt.date) -> int | None:
    """Periods shorter than this many days skipped intermediate weekends and holidays under
    the FRCP 6(a) in force on `trigger`; None from 1 Dec 2009."""
    if trigger >= NEW_6A:
        return None
    return 11 if trigger >= SHORT_11 else 7


def count_days(
    trigger: dt.date,
    days: int,
    calendar: CourtCalendar,
    *,
    forward: bool = True,
    label: str = "Trigger",
    label_es: str = "Hecho",
    old_rules: bool = False,
) -> Counted:
    """FRCP 6(a)(1): exclude the trigger day, count every day, include the last day, and if the
    last day is closed continue to the next (or, counting back, previous) open day. With
    `old_rules`, FRCP 6(a) as in force on the trigger day (before 1 Dec 2009)."""
    check_period(days, MAX_PERIOD_DAYS, "days")
    calendar.check_year(trigger)
    sign = 1 if forward else -1
    direction = "after" if forward else "before"
    first = step("trigger", date=trigger, label=label, label_es=label_es)
    limit = short_limit(trigger) if old_rules else None
    # The old rule's holidays included the state's, with no word on direction (both ways).
    state = True if old_rules and limit is not None else None
    if limit is not None and days < limit:
        last, counted, cautions = trigger, 0, []
        while counted < days:
            last += dt.timedelta(days=sign)
            calendar.check_year(last)
            if calendar.closed(last, forward=forward, state=state) is None:
                counted += 1
                caution = calendar.caution_on_open_day(last, forward=forward)
                if caution is not None:
                    cautions.append(caution_step(caution, "open"))
        steps = [
            first,
            step(
                "old_short",
                limit=limit,
                n=days,
                date=last,
                cite="FRCP 6(a) (before 1 Dec 2009)",
            ),
            *cautions,
        ]
    else:
        last = trigger + dt.timedelta(days=sign * days)
        calendar.check_year(last)
        steps = [first, step("count", n=days, dir=direction, date=last)]
    rolled = roll(last, calendar, forward=forward, state=state)
    if not rolled.steps:
        steps.append(step("open", date=last))
    return Counted(rolled.due, tuple(steps) + rolled.steps)


def count_court_days(
    trigger: dt.date,
    days: int,
    calendar: CourtCalendar,
    *,
    forward: bool = True,
    label: str = "Trigger",
    label_es: str = "Hecho",
    citation: str = "working days",
) -> Counted:
    """Count only days that are not Saturdays, Sundays or legal holidays (e.g. FOIA's
    "20 days, excepting Saturdays, Sundays, and legal public holidays")."""
    check_period(days, MAX_PERIOD_DAYS, "court days")
    calendar.check_year(trigger)
    sign = 1 if forward else -1
    steps: list[Step] = [step("trigger", date=trigger, label=label, label_es=label_es)]
    day, counted = trigger, 0
    skipped: list[tuple[str, str, str]] = []
    cautions: list[Step] = []
    while counted < days:
        day += dt.timedelta(days=sign)
        calendar.check_year(day)
        closed = calendar.closed(day, forward=forward)
        if closed is None:
            caution = calendar.caution_on_open_day(day, forward=forward)
            if caution is not None and not forward:
                cautions.append(caution_step(caution, "closed"))
                continue
            if caution is not None:
                cautions.append(caution_step(caution, "open"))
            counted += 1
        elif closed.kind not in ("saturday", "sunday"):  # weekends go unsaid: there are many
            skipped.append((day.isoformat(), closed.name, closed.name_es))
    if skipped:
        steps.append(step("skipped", days=skipped))
    steps.extend(cautions)
    steps.append(
        step("court_days", n=days, dir="after" if forward else "before", date=day, cite=citation)
    )
    return Counted(day, tuple(steps))


@dataclass(frozen=True)
class CountedHours:
    due: dt.datetime  # local wall-clock time in the calendar's time zone, naive
    steps: tuple[Step, ...]


def count_hours(
    start: dt.datetime,
    hours: int,
    calendar: CourtCalendar,
    *,
    zone: str,
    forward: bool = True,
) -> CountedHours:
    """FRCP 6(a)(2): begin counting at once, count every hour, and if the period ends on a
    closed day, continue to the same time on the next (counting back: previous) open day.

    Hours are real hours in the court's time zone: across a change of the clock the end reads
    an hour earlier or later (the 2009 committee note's example: 72 hours from 10:23 a.m.
    Friday 2 November 2007 end at 9:23 a.m. Monday 5 November)."""
    check_period(hours, MAX_PERIOD_HOURS, "hours")
    calendar.check_year(start.date())
    tz = ZoneInfo(zone)
    steps: list[Step] = []
    local = start.replace(tzinfo=tz)
    earlier, later = local.replace(fold=0), local.replace(fold=1)
    if earlier.utcoffset() != later.utcoffset():
        as_utc = {earlier.astimezone(dt.UTC), later.astimezone(dt.UTC)}
        back = earlier.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
        if back != start:  # in the gap when the clock goes forward: that time never happened
            raise ValidationError(
                f"{start:%H:%M} did not happen on {start:%Y-%m-%d} in {zone}: the clock went "
                "forward an hour. Give the time as the clock showed it.",
                field="time",
                code="hours.no_such_time",
                params={"time": f"{start:%H:%M}", "date": start.date(), "zone": zone},
            )
        # Happened twice (the clock went back): the first gives the earlier end.
        local = min(as_utc).astimezone(tz)
        steps.append(step("hours_fold", date=start.date(), time=start.time()))
    steps.insert(0, step("hours_start", date=start.date(), time=start.time(), tz=zone))
    sign = 1 if forward else -1
    end_utc = local.astimezone(dt.UTC) + dt.timedelta(hours=sign * hours)
    end = end_utc.astimezone(tz)
    shifted = end.utcoffset() != local.utcoffset()
    naive_end = end.replace(tzinfo=None)
    steps.append(
        step(
            "hours_end",
            n=hours,
            date=naive_end.date(),
            time=naive_end.time(),
            tz=zone,
            shift=True if shifted else None,
        )
    )
    calendar.check_year(naive_end.date())
    rolled = roll(naive_end.date(), calendar, forward=forward, rule="FRCP 6(a)(2)(C)")
    due = dt.datetime.combine(rolled.due, naive_end.time())
    steps.extend(rolled.steps)
    if rolled.steps and rolled.due != naive_end.date():
        steps.append(step("same_time", date=due.date(), time=due.time()))
    return CountedHours(due, tuple(steps))


def service_adds(service: str, served: dt.date) -> bool:
    """Whether FRCP 6(d) (6(e) before 2007) adds 3 days for this way of serving, then."""
    if service in ADDS_THREE_DAYS:
        return True
    return service == "electronic" and ELECTRONIC_ADDS[0] <= served < ELECTRONIC_ADDS[1]


def add_service_days(
    counted: Counted, service: str, calendar: CourtCalendar, *, served: dt.date | None = None
) -> Counted:
    """FRCP 6(d): after service by mail (or clerk, or other consented means; electronically from
    2001 to 2016) 3 days are added after the period would otherwise expire under 6(a), then
    6(a)(1)(C) applies again."""
    if service not in SERVICE_METHODS:
        raise ValidationError(
            f"Unknown service method {service!r}; choose one of {', '.join(SERVICE_METHODS)}.",
            field="service",
            code="service.unknown",
            params={"service": service, "choices": ", ".join(SERVICE_METHODS)},
        )
    when = served or counted.due
    if not service_adds(service, when):
        return Counted(counted.due, counted.steps + (step("no_days", how=service),))
    plus3 = counted.due + dt.timedelta(days=3)
    calendar.check_year(plus3)
    cite = "FRCP 6(d)" if when >= dt.date(2007, 12, 1) else "FRCP 6(e) (before 1 Dec 2007)"
    steps = (step("plus3", how=service, **{"from": counted.due, "to": plus3}, cite=cite),)
    rolled = roll(plus3, calendar, forward=True)
    return Counted(rolled.due, counted.steps + steps + rolled.steps)


def earlier_of(first: Counted, other: dt.date, label: str, label_es: str) -> Counted:
    """Pick the earlier of a computed date and a fixed one (FRCP 45(d)(2)(B): objections are
    due before the earlier of the compliance time or 14 days after service)."""
    if other < first.due:
        relation, due = "earlier", other
    else:
        relation, due = ("same" if other == first.due else "later"), first.due
    return Counted(
        due,
        first.steps
        + (
            step(
                "earlier_of",
                other=other,
                due=first.due,
                relation=relation,
                label=label,
                label_es=label_es,
            ),
        ),
    )
