"""Court-day calendars: which days a court counts as closed under FRCP 6(a).

Legal holidays come from the `holidays` package's US data:
- its *public* category is the statutory list of 5 U.S.C. 6103(a), with the observed day of a
  holiday that falls on a weekend (Saturday → Friday, Sunday → Monday): FRCP 6(a)(6)(A);
- its *government* category adds days the President declared (9 Jan 2025, 24 and 26 Dec 2025):
  FRCP 6(a)(6)(B);
- `federal-dc` adds Inauguration Day (5 U.S.C. 6103(c));
- `ca` adds California's state holidays, which count only for periods measured forward
  (after an event): FRCP 6(a)(6)(C).
Office closure days (weather, a clerk's office that cannot be reached: FRCP 6(a)(3)) are passed
in by the caller, who keeps them in the vault.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import holidays

from models.errors import ValidationError

# Years the holiday data is trusted for: from the Uniform Monday Holiday Act's first year to a
# horizon a few years ahead (future presidential closures cannot be known; the trail says so).
FIRST_YEAR = 1971
LAST_YEAR = 2035
CALENDARS = ("federal", "federal-dc", "ca")
CALENDAR_TITLES = {
    "federal": "Federal courts (FRCP 6(a)(6)(A)-(B))",
    "federal-dc": "Federal courts in the District of Columbia (adds Inauguration Day)",
    "ca": "Federal courts in California (adds state holidays for forward periods)",
}


class CalendarError(ValidationError):
    """A calendar that does not exist, or a year its holiday data does not cover."""


@dataclass(frozen=True)
class ClosedDay:
    day: dt.date
    reason: str  # "Memorial Day, a legal holiday"
    citation: str  # "FRCP 6(a)(6)(A)"


def fmt(day: dt.date) -> str:
    """Dates as a paralegal reads them: Mon 16 May 2016."""
    return f"{day:%a} {day.day} {day:%b %Y}"


@lru_cache(maxsize=256)
def _holidays(year: int, category: str, subdiv: str | None) -> Mapping[dt.date, str]:
    return dict(
        holidays.country_holidays("US", subdiv=subdiv, categories=(category,), years=[year])
    )


def _clean_name(name: str) -> str:
    return "; ".join(sorted({part.strip() for part in name.split(";")}))


class CourtCalendar:
    """Tells whether a day is closed for counting, and why, for one court's calendar."""

    def __init__(self, name: str = "federal", closures: Mapping[dt.date, str] | None = None):
        if name not in CALENDARS:
            raise CalendarError(
                f"Unknown calendar {name!r}; choose one of {', '.join(CALENDARS)}.",
                field="calendar",
            )
        self.name = name
        self.closures = dict(closures or {})

    @staticmethod
    def check_year(day: dt.date) -> None:
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise CalendarError(
                f"Quash's holiday data covers {FIRST_YEAR} to {LAST_YEAR}; {day.year} is "
                "outside it, so no date can be computed safely. Count this deadline by hand.",
                field="date",
            )

    def closed(self, day: dt.date, *, forward: bool = True) -> ClosedDay | None:
        """Why `day` is not a day to end a period on, or None if the court is open."""
        self.check_year(day)
        if day.weekday() == 5:
            return ClosedDay(day, "a Saturday", "FRCP 6(a)(1)(C)")
        if day.weekday() == 6:
            return ClosedDay(day, "a Sunday", "FRCP 6(a)(1)(C)")
        if day in self.closures:
            return ClosedDay(day, f"an office closure day ({self.closures[day]})", "FRCP 6(a)(3)")
        statutory = _holidays(day.year, "public", None)
        if day in statutory:
            return ClosedDay(
                day, f"{_clean_name(statutory[day])}, a legal holiday", "FRCP 6(a)(6)(A)"
            )
        declared = _holidays(day.year, "government", None)
        if day in declared:
            return ClosedDay(
                day,
                f"{_clean_name(declared[day])}, declared a holiday by the President",
                "FRCP 6(a)(6)(B)",
            )
        if self.name == "federal-dc":
            dc = _holidays(day.year, "public", "DC")
            if "Inauguration Day" in dc.get(day, ""):
                return ClosedDay(
                    day,
                    "Inauguration Day, a legal holiday in D.C.",
                    "FRCP 6(a)(6)(A); 5 U.S.C. 6103(c)",
                )
        if self.name == "ca" and forward:
            state = _holidays(day.year, "public", "CA")
            if day in state:
                return ClosedDay(
                    day,
                    f"{_clean_name(state[day])}, a California state holiday",
                    "FRCP 6(a)(6)(C)",
                )
        return None

    def is_court_day(self, day: dt.date, *, forward: bool = True) -> bool:
        return self.closed(day, forward=forward) is None
