"""Counting periods under FRCP 6 and explaining every step in words a paralegal can check.

Pure functions over a `CourtCalendar`; no database, no Qt. Each returns the date (or date and
time) and the steps that led to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.calendars import CourtCalendar, fmt
from models.errors import ValidationError

MAX_PERIOD_DAYS = 3650
MAX_PERIOD_HOURS = 24 * 365
SERVICE_METHODS = ("electronic", "hand", "mail", "clerk", "other-consented")
# FRCP 6(d): service under Rule 5(b)(2)(C) mail, (D) leaving with the clerk, or (F) other
# means consented to adds 3 days. Electronic service stopped adding days in 2016.
ADDS_THREE_DAYS = {
    "mail": "mail",
    "clerk": "leaving it with the clerk",
    "other-consented": "other means consented to",
}


@dataclass(frozen=True)
class Counted:
    due: dt.date
    steps: tuple[str, ...]


def _check_period(n: int, limit: int, unit: str) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValidationError(
            f"The period must be a whole number of {unit}, 0 or more.", field="days"
        )
    if n > limit:
        raise ValidationError(
            f"A period of {n} {unit} is longer than Quash counts ({limit}).", field="days"
        )


def roll(
    day: dt.date, calendar: CourtCalendar, *, forward: bool, rule: str = "FRCP 6(a)(1)(C)"
) -> Counted:
    """Move off a closed day: to the next open day forward, or the previous one backward
    (FRCP 6(a)(5): for periods counted back from an event, "next day" means the day before)."""
    steps: list[str] = []
    original = day
    while (closed := calendar.closed(day, forward=forward)) is not None:
        steps.append(f"{fmt(day)} is {closed.reason} ({closed.citation})")
        day += dt.timedelta(days=1 if forward else -1)
    if day != original:
        where = "next" if forward else "previous"
        cite = rule if forward else f"{rule}; FRCP 6(a)(5)"
        steps.append(f"{where} day that is not a weekend or holiday: {fmt(day)} ({cite})")
    return Counted(day, tuple(steps))


def count_days(
    trigger: dt.date,
    days: int,
    calendar: CourtCalendar,
    *,
    forward: bool = True,
    trigger_label: str = "Trigger",
) -> Counted:
    """FRCP 6(a)(1): exclude the trigger day, count every day, include the last day, and if the
    last day is closed continue to the next (or, counting back, previous) open day."""
    _check_period(days, MAX_PERIOD_DAYS, "days")
    calendar.check_year(trigger)
    sign = 1 if forward else -1
    last = trigger + dt.timedelta(days=sign * days)
    calendar.check_year(last)
    direction = "after" if forward else "before"
    steps = [
        f"{trigger_label} {fmt(trigger)} (day 0, excluded)",
        f"day {days} {direction} is {fmt(last)} (every day counts: FRCP 6(a)(1)(B))",
    ]
    rolled = roll(last, calendar, forward=forward)
    if not rolled.steps:
        steps.append(f"{fmt(last)} is a court day, so it is the last day (FRCP 6(a)(1)(C))")
    return Counted(rolled.due, tuple(steps) + rolled.steps)


def count_court_days(
    trigger: dt.date,
    days: int,
    calendar: CourtCalendar,
    *,
    forward: bool = True,
    trigger_label: str = "Trigger",
    citation: str = "working days",
) -> Counted:
    """Count only days that are not Saturdays, Sundays or legal holidays (e.g. FOIA's
    "20 days, excepting Saturdays, Sundays, and legal public holidays")."""
    _check_period(days, MAX_PERIOD_DAYS, "court days")
    calendar.check_year(trigger)
    sign = 1 if forward else -1
    steps = [f"{trigger_label} {fmt(trigger)} (day 0, excluded)"]
    day, counted, skipped = trigger, 0, []
    while counted < days:
        day += dt.timedelta(days=sign)
        closed = calendar.closed(day, forward=forward)
        if closed is None:
            counted += 1
        elif closed.citation != "FRCP 6(a)(1)(C)":  # weekends go unsaid: there are many
            skipped.append(f"{fmt(day)} ({closed.reason})")
    if skipped:
        steps.append("not counted: " + "; ".join(skipped))
    direction = "after" if forward else "before"
    steps.append(
        f"court day {days} {direction}, skipping Saturdays, Sundays and holidays "
        f"({citation}): {fmt(day)}"
    )
    return Counted(day, tuple(steps))


@dataclass(frozen=True)
class CountedHours:
    due: dt.datetime
    steps: tuple[str, ...]


def count_hours(start: dt.datetime, hours: int, calendar: CourtCalendar) -> CountedHours:
    """FRCP 6(a)(2): begin counting at once, count every hour, and if the period ends on a
    closed day, continue to the same time on the next open day."""
    _check_period(hours, MAX_PERIOD_HOURS, "hours")
    calendar.check_year(start.date())
    end = start + dt.timedelta(hours=hours)
    steps = [
        f"period starts {fmt(start.date())} {start:%H:%M} and counts every hour "
        "(FRCP 6(a)(2)(A)-(B))",
        f"hour {hours} ends {fmt(end.date())} {end:%H:%M}",
    ]
    rolled = roll(end.date(), calendar, forward=True, rule="FRCP 6(a)(2)(C)")
    due = dt.datetime.combine(rolled.due, end.time())
    steps.extend(rolled.steps)
    if rolled.steps:
        steps.append(f"same time on that day: {fmt(due.date())} {due:%H:%M}")
    return CountedHours(due, tuple(steps))


def add_service_days(counted: Counted, service: str, calendar: CourtCalendar) -> Counted:
    """FRCP 6(d): after service by mail (or clerk, or other consented means) 3 days are added
    after the period would otherwise expire under 6(a), then 6(a)(1)(C) applies again."""
    if service not in SERVICE_METHODS:
        raise ValidationError(
            f"Unknown service method {service!r}; choose one of {', '.join(SERVICE_METHODS)}.",
            field="service",
        )
    if service not in ADDS_THREE_DAYS:
        how = "electronically" if service == "electronic" else "by hand"
        return Counted(
            counted.due,
            counted.steps
            + (
                f"served {how}: no days added (FRCP 6(d) adds time only for mail, "
                "the clerk or other consented means)",
            ),
        )
    plus3 = counted.due + dt.timedelta(days=3)
    calendar.check_year(plus3)
    steps = [
        f"served by {ADDS_THREE_DAYS[service]}: 3 days are added after the period "
        f"would otherwise end, {fmt(counted.due)} + 3 = {fmt(plus3)} (FRCP 6(d))"
    ]
    rolled = roll(plus3, calendar, forward=True)
    return Counted(rolled.due, counted.steps + tuple(steps) + rolled.steps)


def earlier_of(first: Counted, other: dt.date, other_label: str) -> Counted:
    """Pick the earlier of a computed date and a fixed one (FRCP 45(d)(2)(B): objections are
    due before the earlier of the compliance time or 14 days after service)."""
    if other < first.due:
        return Counted(
            other,
            first.steps
            + (f"{other_label} {fmt(other)} is earlier than {fmt(first.due)}, so it governs",),
        )
    same = "the same day as" if other == first.due else "later than"
    return Counted(
        first.due,
        first.steps
        + (f"{other_label} {fmt(other)} is {same} {fmt(first.due)}, so {fmt(first.due)} governs",),
    )
