"""Court-day calendars: which days a court (or an agency) counts as closed, from the law.

Every closed day carries its citation; every day the law is unclear about carries a caution:
- federal legal holidays, 5 U.S.C. 6103(a) with their observed days (Exec. Order 11582): the
  `holidays` package's US *public* list, which matches the statute (tests compare it with an
  oracle written from the statute): FRCP 6(a)(6)(A);
- days the President closed the executive departments for a whole day: our own list in
  calendar_data/federal.toml, each with its executive order (FRCP 6(a)(6)(B)). Half-day closures
  are not holidays; a period that ends on one says so;
- the judicial holidays of the state where the court sits, from its statute, with the years each
  existed (calendar_data/<state>.toml): they count only for periods measured forward
  (FRCP 6(a)(6)(C); FRAP 26(a)(6)(C)). A day the statute calls a holiday but on which the state's
  courts stay open is a caution: not counted, which gives the earlier date;
- the *agency* calendar (FOIA and other agency periods): 5 U.S.C. 6103(a) only. No state holiday
  and no clerk's-office closure counts; a presidential closure is a caution (not a "legal
  public holiday"), counted as a working day, which gives the earlier date.
Office closure days (weather, an outage: FRCP 6(a)(3)) are passed in by the caller, who keeps
them in the vault, for one court or for every court.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import holidays

from models.errors import ValidationError

# Years the holiday data is trusted for: from the Uniform Monday Holiday Act's first year to a
# horizon a few years ahead (future presidential closures cannot be known).
FIRST_YEAR = 1971
LAST_YEAR = 2035
DATA = Path(__file__).with_name("calendar_data")
# A calendar is "federal", "agency", or a state's: the federal courts there (FRCP 6(a)(6)(C)).
# "federal-dc" and "ca" keep the names they had before the other states were added.
STATE_CALENDARS = {
    "federal-dc": "dc",
    "ca": "ca",
    "pa": "pa",
    "wa": "wa",
    "ny": "ny",
    "il": "il",
    "tx": "tx",
    "or": "or",
}
CALENDARS = ("federal", *STATE_CALENDARS, "agency")
CALENDAR_TITLES = {
    "federal": "Federal courts (FRCP 6(a)(6)(A)-(B))",
    "federal-dc": "Federal courts in the District of Columbia (adds D.C. holidays)",
    "ca": "Federal courts in California (adds state holidays for forward periods)",
    "pa": "Federal courts in Pennsylvania (adds state holidays for forward periods)",
    "wa": "Federal courts in Washington (adds state holidays for forward periods)",
    "ny": "Federal courts in New York (adds state holidays for forward periods)",
    "il": "Federal courts in Illinois (adds state holidays for forward periods)",
    "tx": "Federal courts in Texas (adds state holidays for forward periods)",
    "or": "Federal courts in Oregon (adds state holidays for forward periods)",
    "agency": "Federal agencies (5 U.S.C. 6103(a) only: FOIA and agency periods)",
}
CALENDAR_TITLES_ES = {
    "federal": "Tribunales federales (FRCP 6(a)(6)(A)-(B))",
    "federal-dc": "Tribunales federales del Distrito de Columbia (añade los feriados de D.C.)",
    "ca": "Tribunales federales de California (añade feriados estatales en plazos hacia adelante)",
    "pa": "Tribunales federales de Pensilvania (añade feriados estatales en plazos hacia adelante)",
    "wa": "Tribunales federales de Washington (añade feriados estatales en plazos hacia adelante)",
    "ny": "Tribunales federales de Nueva York (añade feriados estatales en plazos hacia adelante)",
    "il": "Tribunales federales de Illinois (añade feriados estatales en plazos hacia adelante)",
    "tx": "Tribunales federales de Texas (añade feriados estatales en plazos hacia adelante)",
    "or": "Tribunales federales de Oregón (añade feriados estatales en plazos hacia adelante)",
    "agency": "Agencias federales (solo 5 U.S.C. 6103(a): FOIA y plazos de agencias)",
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class CalendarError(ValidationError):
    """A calendar that does not exist, or a year its holiday data does not cover."""

    code = "calendar.invalid"


class CalendarDataError(Exception):
    """A calendar data file that cannot be used: a defect in Quash itself, said loudly."""


@dataclass(frozen=True)
class ClosedDay:
    """Why a day is not one to end a period on. `kind`: saturday, sunday, holiday (federal),
    declared (by the President), state, inauguration, closure (the office's own)."""

    day: dt.date
    kind: str
    name: str  # "Memorial Day", or the closure's reason as the office typed it
    name_es: str
    citation: str

    @property
    def reason(self) -> str:
        """In English, as the trail has always said it."""
        return {
            "saturday": "a Saturday",
            "sunday": "a Sunday",
            "holiday": f"{self.name}, a legal holiday",
            "declared": f"{self.name}, declared a holiday by the President",
            "state": f"{self.name}, a state holiday",
            "inauguration": f"{self.name}, a legal holiday in D.C.",
            "closure": f"an office closure day ({self.name})",
        }[self.kind]


@dataclass(frozen=True)
class Caution:
    """A day the law is unclear about. It is treated in whichever way gives the earlier date:
    as open when counting forward, as closed when counting back. `why` says what is unclear."""

    day: dt.date
    kind: str  # half-day | state-open | agency-declared
    name: str
    name_es: str
    citation: str
    why: str
    why_es: str


@dataclass(frozen=True)
class DayRule:
    """One holiday of a state's statute, and the years it has existed."""

    key: str
    name: str
    name_es: str
    citation: str
    first_year: int
    last_year: int
    month: int
    day: int | None = None  # a fixed date, or
    weekday: int | None = None  # the nth weekday of the month (nth -1: the last), or
    nth: int | None = None
    special: str | None = None  # day-after-thanksgiving | election-day | inauguration | good-friday
    years: str = "all"  # all | even | inauguration (every fourth year from 1973)
    saturday: str = "none"  # friday: observed the Friday before; none: no stand-in;
    # caution: the state's courts keep the Friday but the statute does not make it a holiday
    sunday: str = "monday"  # monday: observed the Monday after; none
    status: str = "holiday"  # holiday | open (the state's courts stay open: a caution)
    why: str = ""
    why_es: str = ""
    holidays_package: str = ""  # where the `holidays` package differs, and why


@dataclass(frozen=True)
class StateData:
    id: str
    name: str
    name_es: str
    citation: str
    rules: tuple[DayRule, ...]


@dataclass(frozen=True)
class Declared:
    day: dt.date
    name: str
    name_es: str
    citation: str
    whole: bool


_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt(day: dt.date) -> str:
    """Dates as a paralegal reads them, in English: Mon 16 May 2016. Not strftime, which follows
    the computer's locale (a Spanish desktop wrote "lun" into English sentences)."""
    return f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


# ---- date arithmetic for holiday rules -------------------------------------------------------


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    after = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = after - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous algorithm in Meeus, Astronomical Algorithms)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def _actual(rule: DayRule, year: int) -> dt.date | None:
    if not rule.first_year <= year <= rule.last_year:
        return None
    if rule.years == "even" and year % 2:
        return None
    if rule.years == "inauguration" and (year - 1973) % 4:
        return None
    if rule.special == "day-after-thanksgiving":
        return nth_weekday(year, 11, 3, 4) + dt.timedelta(days=1)
    if rule.special == "election-day":  # the Tuesday after the first Monday in November
        return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    if rule.special == "good-friday":
        return easter(year) - dt.timedelta(days=2)
    if rule.special == "inauguration":  # 20 January; the 21st when the 20th is a Sunday
        day = dt.date(year, 1, 20)
        return day + dt.timedelta(days=1) if day.weekday() == 6 else day
    if rule.day is not None:
        return dt.date(year, rule.month, rule.day)
    assert rule.weekday is not None and rule.nth is not None
    return nth_weekday(year, rule.month, rule.weekday, rule.nth)


def _friday_caution(found: tuple[DayRule, bool], day: dt.date) -> bool:
    rule, stand_in = found
    return stand_in and rule.saturday == "caution" and day.weekday() == 4


def state_days(state: StateData, year: int) -> dict[dt.date, tuple[DayRule, bool]]:
    """The days `state`'s statute makes holidays in `year`: rule and whether it is a stand-in."""
    return dict(_state_days(state.id, year))


@lru_cache(maxsize=1024)
def _state_days(state_id: str, year: int) -> tuple[tuple[dt.date, tuple[DayRule, bool]], ...]:
    out: dict[dt.date, tuple[DayRule, bool]] = {}
    for rule in load_state(state_id).rules:
        day = _actual(rule, year)
        if day is None:
            continue
        out.setdefault(day, (rule, False))
        if day.weekday() == 6 and rule.sunday == "monday" and rule.special != "inauguration":
            out.setdefault(day + dt.timedelta(days=1), (rule, True))
        if day.weekday() == 5 and rule.saturday in ("friday", "caution"):
            out.setdefault(day - dt.timedelta(days=1), (rule, True))
    return tuple(sorted(out.items()))


# ---- the data files --------------------------------------------------------------------------

_RULE_FIELDS = {
    "key": str,
    "name": str,
    "name_es": str,
    "citation": str,
    "from": int,
    "until": int,
    "date": str,
    "weekday": str,
    "nth": int,
    "month": int,
    "special": str,
    "years": str,
    "saturday": str,
    "sunday": str,
    "status": str,
    "why": str,
    "why_es": str,
    "holidays_package": str,
}
_REQUIRED = ("key", "name", "name_es", "citation", "from")
_SPECIALS = ("day-after-thanksgiving", "election-day", "inauguration", "good-friday")


def _check(where: str, table: Mapping[str, Any], fields: Mapping[str, type]) -> None:
    for key, value in table.items():
        if key not in fields:
            raise CalendarDataError(f"{where}: unknown field {key!r}")
        if not isinstance(value, fields[key]) or isinstance(value, bool):
            raise CalendarDataError(f"{where}: {key} must be {fields[key].__name__}")


def _day_rule(where: str, raw: Mapping[str, Any]) -> DayRule:
    _check(where, raw, _RULE_FIELDS)
    for key in _REQUIRED:
        if key not in raw:
            raise CalendarDataError(f"{where}: {key} is required")
    forms = [k for k in ("date", "weekday", "special") if k in raw]
    if len(forms) != 1:
        raise CalendarDataError(f"{where}: give exactly one of date, weekday or special")
    month, day, weekday, nth = 1, None, None, None
    if "date" in raw:
        try:
            month, day = (int(p) for p in raw["date"].split("-"))
            dt.date(2024, month, day)
        except ValueError:
            raise CalendarDataError(f"{where}: date must be MM-DD") from None
    elif "weekday" in raw:
        if raw["weekday"] not in WEEKDAYS or "nth" not in raw or "month" not in raw:
            raise CalendarDataError(f"{where}: weekday needs a weekday name, nth and month")
        weekday, nth, month = WEEKDAYS.index(raw["weekday"]), raw["nth"], raw["month"]
        if nth not in (-1, 1, 2, 3, 4) or not 1 <= month <= 12:
            raise CalendarDataError(f"{where}: nth must be 1-4 or -1 and month 1-12")
    elif raw["special"] not in _SPECIALS:
        raise CalendarDataError(f"{where}: special must be one of {', '.join(_SPECIALS)}")
    for key, allowed in (
        ("years", ("all", "even", "inauguration")),
        ("saturday", ("none", "friday", "caution")),
        ("sunday", ("none", "monday")),
        ("status", ("holiday", "open")),
    ):
        if key in raw and raw[key] not in allowed:
            raise CalendarDataError(f"{where}: {key} must be one of {', '.join(allowed)}")
    if raw.get("status") == "open" and not (raw.get("why") and raw.get("why_es")):
        raise CalendarDataError(f"{where}: a day the courts stay open needs why and why_es")
    first, last = raw["from"], raw.get("until", LAST_YEAR)
    if not FIRST_YEAR <= first <= last <= LAST_YEAR:
        if first < FIRST_YEAR <= last <= LAST_YEAR:
            first = FIRST_YEAR  # in force before the data starts
        else:
            raise CalendarDataError(f"{where}: from/until are out of order or out of range")
    return DayRule(
        key=raw["key"],
        name=raw["name"],
        name_es=raw["name_es"],
        citation=raw["citation"],
        first_year=first,
        last_year=last,
        month=month,
        day=day,
        weekday=weekday,
        nth=nth,
        special=raw.get("special"),
        years=raw.get("years", "all"),
        saturday=raw.get("saturday", "none"),
        sunday=raw.get("sunday", "monday"),
        status=raw.get("status", "holiday"),
        why=raw.get("why", ""),
        why_es=raw.get("why_es", ""),
        holidays_package=raw.get("holidays_package", ""),
    )


def parse_state(name: str, text: str) -> StateData:
    doc = tomllib.loads(text)
    if set(doc) - {"state", "holidays"}:
        raise CalendarDataError(f"{name}: unknown section {sorted(set(doc) - {'state'})[0]!r}")
    head = doc.get("state")
    if not isinstance(head, dict):
        raise CalendarDataError(f"{name}: [state] is required")
    _check(f"{name} [state]", head, {"id": str, "name": str, "name_es": str, "citation": str})
    rules = tuple(
        _day_rule(f"{name} holiday {raw.get('key', i)!r}", raw)
        for i, raw in enumerate(doc.get("holidays", []))
    )
    keys = [r.key for r in rules]
    if len(set(keys)) != len(keys):
        raise CalendarDataError(f"{name}: a holiday key is used twice")
    return StateData(head["id"], head["name"], head["name_es"], head["citation"], rules)


@cache
def load_state(state_id: str) -> StateData:
    path = DATA / f"{state_id}.toml"
    data = parse_state(path.name, path.read_text(encoding="utf-8"))
    if data.id != state_id:
        raise CalendarDataError(f"{path.name}: id must be {state_id!r}")
    return data


@cache
def federal_data() -> tuple[dict[dt.date, Declared], dict[str, str]]:
    """Presidential closures (whole and half days) and the Spanish names of 6103(a) holidays."""
    path = DATA / "federal.toml"
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    declared: dict[dt.date, Declared] = {}
    fields = {"date": dt.date, "name": str, "name_es": str, "citation": str, "whole": bool}
    for i, raw in enumerate(doc.get("declared", [])):
        where = f"federal.toml declared #{i + 1}"
        for key, kind in fields.items():
            if not isinstance(raw.get(key), kind):
                raise CalendarDataError(f"{where}: {key} must be {kind.__name__}")
        if set(raw) - set(fields):
            raise CalendarDataError(f"{where}: unknown field {sorted(set(raw) - set(fields))[0]}")
        if raw["date"] in declared:
            raise CalendarDataError(f"{where}: {raw['date']} is listed twice")
        declared[raw["date"]] = Declared(
            raw["date"], raw["name"], raw["name_es"], raw["citation"], raw["whole"]
        )
    names = doc.get("names", {})
    if not all(isinstance(v, str) for v in names.values()):
        raise CalendarDataError("federal.toml [names]: Spanish names must be strings")
    return declared, dict(names)


@lru_cache(maxsize=256)
def _statutory(year: int) -> Mapping[dt.date, str]:
    """5 U.S.C. 6103(a) holidays and their observed days that fall in `year`."""
    found = holidays.country_holidays(
        "US", categories=("public",), years=[year - 1, year, year + 1]
    )
    return {day: _clean_name(name) for day, name in found.items() if day.year == year}


def _clean_name(name: str) -> str:
    return "; ".join(sorted({part.strip() for part in name.split(";")}))


def spanish_name(name: str) -> str:
    names = federal_data()[1]
    observed = name.endswith(" (observed)")
    base = name.removesuffix(" (observed)")
    parts = [names.get(p.strip(), p.strip()) for p in base.split(";")]
    text = "; ".join(parts)
    return f"{text} (día festivo trasladado)" if observed else text


class CourtCalendar:
    """Tells whether a day is closed for counting, and why, for one court's calendar."""

    def __init__(
        self,
        name: str = "federal",
        closures: Mapping[dt.date, str] | None = None,
    ):
        if name not in CALENDARS:
            raise CalendarError(
                f"Unknown calendar {name!r}; choose one of {', '.join(CALENDARS)}.",
                field="calendar",
                code="calendar.unknown",
                params={"name": name, "choices": ", ".join(CALENDARS)},
            )
        self.name = name
        # An agency does not close because a court's clerk's office did.
        self.closures = {} if name == "agency" else dict(closures or {})
        self.state = load_state(STATE_CALENDARS[name]) if name in STATE_CALENDARS else None

    @property
    def is_agency(self) -> bool:
        return self.name == "agency"

    @staticmethod
    def check_year(day: dt.date) -> None:
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise CalendarError(
                f"Quash's holiday data covers {FIRST_YEAR} to {LAST_YEAR}; {day.year} is "
                "outside it, so no date can be computed safely. Count this deadline by hand.",
                field="date",
                code="calendar.year_outside",
                params={"first": FIRST_YEAR, "last": LAST_YEAR, "year": day.year},
            )

    def closed(
        self, day: dt.date, *, forward: bool = True, state: bool | None = None
    ) -> ClosedDay | None:
        """Why `day` is not a day to end a period on, or None if the court is open. State
        holidays count for forward periods only, unless `state` says otherwise (the rules
        before 2009 counted them both ways)."""
        self.check_year(day)
        if day.weekday() == 5:
            return ClosedDay(day, "saturday", "Saturday", "sábado", "FRCP 6(a)(1)(C)")
        if day.weekday() == 6:
            return ClosedDay(day, "sunday", "Sunday", "domingo", "FRCP 6(a)(1)(C)")
        if day in self.closures:
            reason = self.closures[day]
            return ClosedDay(day, "closure", reason, reason, "FRCP 6(a)(3)")
        statutory = _statutory(day.year)
        if day in statutory:
            name = statutory[day]
            cite = "5 U.S.C. 6103(a)" if self.is_agency else "FRCP 6(a)(6)(A)"
            return ClosedDay(day, "holiday", name, spanish_name(name), cite)
        declared = federal_data()[0].get(day)
        if declared is not None and declared.whole and not self.is_agency:
            return ClosedDay(
                day,
                "declared",
                declared.name,
                declared.name_es,
                f"FRCP 6(a)(6)(B); {declared.citation}",
            )
        found = state_days(self.state, day.year).get(day) if self.state is not None else None
        if found is not None and found[0].status == "holiday" and not _friday_caution(found, day):
            rule, stand_in = found
            kind = "inauguration" if rule.special == "inauguration" else "state"
            # Inauguration Day is a federal legal holiday where it applies (5 U.S.C. 6103(c)),
            # so it counts both ways; a state's own holidays only forward (FRCP 6(a)(6)(C)).
            if kind == "inauguration" or (forward if state is None else state):
                name = f"{rule.name} (observed)" if stand_in else rule.name
                name_es = f"{rule.name_es} (día festivo trasladado)" if stand_in else rule.name_es
                cite = (
                    f"FRCP 6(a)(6)(A); {rule.citation}"
                    if kind == "inauguration"
                    else f"FRCP 6(a)(6)(C); {rule.citation}"
                )
                return ClosedDay(day, kind, name, name_es, cite)
        return None

    def caution(self, day: dt.date, *, forward: bool = True) -> Caution | None:
        """What the law leaves unclear about `day`, if anything (see `Caution`); None for a
        day that is closed anyway."""
        if self.closed(day, forward=forward) is not None:
            return None
        return self.caution_on_open_day(day, forward=forward)

    def caution_on_open_day(self, day: dt.date, *, forward: bool = True) -> Caution | None:
        """`caution` for a day `closed` already found open (the counts ask both of every
        day: this spares asking `closed` twice)."""
        if day.weekday() >= 5:
            return None
        declared = federal_data()[0].get(day)
        if declared is not None and not declared.whole:
            return Caution(
                day,
                "half-day",
                declared.name,
                declared.name_es,
                declared.citation,
                "the executive departments closed for part of the day only; a part-day "
                "closure is not a legal holiday under FRCP 6(a)(6)",
                "los departamentos ejecutivos cerraron solo parte del día; un cierre parcial "
                "no es un día festivo legal según la FRCP 6(a)(6)",
            )
        if declared is not None and self.is_agency:
            return Caution(
                day,
                "agency-declared",
                declared.name,
                declared.name_es,
                declared.citation,
                "the President closed the executive departments, but the day is not a legal "
                "public holiday under 5 U.S.C. 6103(a)",
                "el Presidente cerró los departamentos ejecutivos, pero no es un día festivo "
                "legal según 5 U.S.C. 6103(a)",
            )
        if self.state is not None and forward:
            found = state_days(self.state, day.year).get(day)
            if found is not None and _friday_caution(found, day):
                rule = found[0]
                return Caution(
                    day,
                    "state-friday",
                    f"the Friday before {rule.name}",
                    f"el viernes anterior al {rule.name_es}",
                    f"{rule.citation}; Cal. Rules of Court 1.11",
                    f"{rule.name} falls on a Saturday; the state's courts keep the Friday "
                    "before (Cal. Rules of Court 1.11), but the statute does not make the "
                    "Friday a holiday",
                    f"el {rule.name_es} cae en sábado; los tribunales del estado cierran el "
                    "viernes anterior (Reglas de los Tribunales de California 1.11), pero la "
                    "ley no declara feriado ese viernes",
                )
            if found is not None and found[0].status == "open":
                rule = found[0]
                return Caution(
                    day, "state-open", rule.name, rule.name_es, rule.citation, rule.why, rule.why_es
                )
        return None

    def is_court_day(self, day: dt.date, *, forward: bool = True) -> bool:
        return self.closed(day, forward=forward) is None

    def fingerprint(self) -> str:
        """A short digest of every day this calendar's data closes or cautions, 1971-2035
        (office closures aside): it changes when a newer `holidays` release or a newer Quash
        changes the data, so saved deadlines can be recounted."""
        return _fingerprint(self.name)


@cache
def _fingerprint(name: str) -> str:
    cal = CourtCalendar(name)
    digest = hashlib.sha256()
    day, last = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
    while day <= last:
        if day.weekday() < 5:
            for forward in (True, False):
                closed = cal.closed(day, forward=forward)
                caution = None if closed else cal.caution_on_open_day(day, forward=forward)
                if closed or caution:
                    digest.update(f"{day}{forward}{closed}{caution}".encode())
        day += dt.timedelta(days=1)
    return digest.hexdigest()[:16]
