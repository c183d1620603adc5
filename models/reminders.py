"""When a deadline reminds: the lead times a person may choose (3 days before, 1 day before, the
morning of), which one is due on a given day, and the alarm offset a calendar event carries so
Outlook or any calendar reminds at the same times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

# Days before the due day; 0 is the morning of the due day.
LEADS = (3, 1, 0)
DEFAULT_LEADS = (1, 0)
MORNING = dt.time(9, 0)  # a calendar's alarm rings at this hour of a lead day before the due day


def checked_leads(values: Iterable[object]) -> tuple[int, ...]:
    """The known lead times among `values` (ints or their text, e.g. from QSettings), largest
    first, each once; anything else is dropped."""
    found: set[int] = set()
    for value in values:
        try:
            lead = int(str(value))
        except ValueError:
            continue
        if lead in LEADS:
            found.add(lead)
    return tuple(sorted(found, reverse=True))


def lead_due(days_left: int, leads: Iterable[int]) -> int | None:
    """The lead time whose reminder is due for a deadline `days_left` days away: the nearest
    chosen lead that has been reached (2 days away with 3 and 1 chosen: the 3-day reminder).
    None when no chosen lead has been reached yet, or the deadline is already past due (the
    tray's overdue count keeps those in view)."""
    if days_left < 0:
        return None
    reached = [lead for lead in leads if lead >= days_left]
    return min(reached) if reached else None


def alarm_offset(lead: int, due_time: dt.time | None) -> dt.timedelta:
    """How long before its event's start an alarm rings: at MORNING, `lead` days before the due
    day, but never after the start. Outlook drops an alarm set after its event begins ("not
    before event start"), so the morning-of alarm of an all-day deadline rings as its day
    begins (midnight; a calendar that was closed shows it when opened), and a timed deadline due
    before MORNING rings at its start. The earlier of the two times, never none."""
    start = due_time or dt.time(0, 0)
    since_midnight = dt.timedelta(hours=start.hour, minutes=start.minute)
    morning = dt.timedelta(hours=MORNING.hour, minutes=MORNING.minute)
    return min(morning - since_midnight - dt.timedelta(days=lead), dt.timedelta(0))
