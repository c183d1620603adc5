"""Independent counting oracle for federal court deadlines.

This module is an *independent* oracle, written from scratch from the statutes, rules and
executive orders themselves, for comparison tests of the deadline engine. It deliberately
shares nothing with the engine: it does not import anything from ``models`` or ``services``,
does not use the ``holidays`` package or ``dateutil``, and computes every date with its own
small helpers from the standard library. When the engine and this oracle disagree, one of them
has misread the law; that is the point of having two.

Sources:

* 5 U.S.C. 6103(a): the legal public holidays; 6103(b) and Executive Order 11582 (1971):
  a holiday on a Saturday is observed the Friday before, one on a Sunday the Monday after;
  6103(c): Inauguration Day for the Washington, D.C. area.
* Executive orders closing the executive departments for a whole day (FRCP 6(a)(6)(B):
  "any day declared a holiday by the President").
* D.C. Code 1-612.02 (D.C. Emancipation Day, Inauguration Day); FRCP 81(d)(2) makes the
  District of Columbia a "state" for the Rules.
* Cal. Code Civ. Proc. 135 with Cal. Gov. Code 6700 (California judicial holidays).
* FRCP 6(a)(1), (5) and (6) as amended 1 December 2009 (day counting, "next day",
  "legal holiday").
* 5 U.S.C. 552(a)(6)(A)(i) (FOIA: twenty days, "excepting Saturdays, Sundays, and legal
  public holidays").

Years covered: 1971 (the first year of the Uniform Monday Holiday Act and of Executive
Order 11582) through 2035. Asking about a year outside that range raises ``ValueError``
rather than guessing.
"""

from __future__ import annotations

import datetime
from functools import cache

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "california_court_holidays",
    "dc_holidays",
    "due",
    "federal_holidays",
    "working_days_after",
]

FIRST_YEAR = 1971
LAST_YEAR = 2035

# datetime.date.weekday() numbering.
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

_ONE_DAY = datetime.timedelta(days=1)

# Days on which the President closed all executive departments and agencies for the WHOLE day
# (FRCP 6(a)(6)(B)). Half-day closures (e.g. 24 Dec 2002, Exec. Order 13281; 24 Dec 2009;
# 24 Dec 2015) are deliberately absent: the offices were open, so the day is not a holiday.
_WHOLE_DAY_CLOSURES: tuple[tuple[datetime.date, str], ...] = (
    # Exec. Order 11693 of 26 Dec 1972: mark of respect for President Truman.
    (datetime.date(1972, 12, 28), "Day of mourning: President Truman"),
    # Exec. Order of January 1973: mark of respect for President Lyndon B. Johnson.
    (datetime.date(1973, 1, 25), "Day of mourning: President L. B. Johnson"),
    # Exec. Order of 23 Apr 1994 (59 Fed. Reg. 21915): mark of respect for President Nixon.
    (datetime.date(1994, 4, 27), "Day of mourning: President Nixon"),
    # Exec. Order of 6 Jun 2004: mark of respect for President Reagan.
    (datetime.date(2004, 6, 11), "Day of mourning: President Reagan"),
    # Exec. Order of December 2006: mark of respect for President Ford.
    (datetime.date(2007, 1, 2), "Day of mourning: President Ford"),
    # Exec. Order 13852 of 1 Dec 2018: mark of respect for President George H. W. Bush.
    (datetime.date(2018, 12, 5), "Day of mourning: President George H. W. Bush"),
    # Exec. Order 14133 of 30 Dec 2024: mark of respect for President Carter.
    (datetime.date(2025, 1, 9), "Day of mourning: President Carter"),
    # Exec. Order of Dec 2001: Monday, Christmas Eve.
    (datetime.date(2001, 12, 24), "Christmas Eve (executive departments closed)"),
    # Exec. Order of Dec 2003: Friday, day after Christmas.
    (datetime.date(2003, 12, 26), "Day after Christmas (executive departments closed)"),
    # Exec. Order 13453 of 6 Dec 2007: Monday, Christmas Eve.
    (datetime.date(2007, 12, 24), "Christmas Eve (executive departments closed)"),
    # Exec. Order 13482 of 12 Dec 2008: Friday, day after Christmas.
    (datetime.date(2008, 12, 26), "Day after Christmas (executive departments closed)"),
    # Exec. Order 13633 of 21 Dec 2012: Monday, Christmas Eve.
    (datetime.date(2012, 12, 24), "Christmas Eve (executive departments closed)"),
    # Exec. Order 13682 of 5 Dec 2014: Friday, day after Christmas.
    (datetime.date(2014, 12, 26), "Day after Christmas (executive departments closed)"),
    # Exec. Order 13854 of 18 Dec 2018: Monday, Christmas Eve.
    (datetime.date(2018, 12, 24), "Christmas Eve (executive departments closed)"),
    # Exec. Order 13900 of 17 Dec 2019: Tuesday, Christmas Eve.
    (datetime.date(2019, 12, 24), "Christmas Eve (executive departments closed)"),
    # Exec. Order 13965 of Dec 2020: Thursday, Christmas Eve.
    (datetime.date(2020, 12, 24), "Christmas Eve (executive departments closed)"),
    # Exec. Order of Dec 2024: Tuesday, Christmas Eve.
    (datetime.date(2024, 12, 24), "Christmas Eve (executive departments closed)"),
    # Exec. Order of 18 Dec 2025: Wednesday, Christmas Eve, and Friday, day after Christmas.
    (datetime.date(2025, 12, 24), "Christmas Eve (executive departments closed)"),
    (datetime.date(2025, 12, 26), "Day after Christmas (executive departments closed)"),
    # Added after review, from OPM's records and the orders (see the NOTE below):
    (datetime.date(1973, 12, 24), "Christmas Eve (executive departments closed)"),
    (datetime.date(1973, 12, 31), "New Year's Eve (executive departments closed)"),
    (datetime.date(1979, 12, 24), "Christmas Eve (executive departments closed)"),
    (datetime.date(1986, 12, 26), "Day after Christmas (executive departments closed)"),
    (datetime.date(1997, 12, 26), "Day after Christmas (executive departments closed)"),
)
# NOTE: first left out to match the list this oracle was specified with, then added above after
# review. Other whole-day closures reported in OPM's records and the Federal Register:
#   24 Dec 1973 (Nixon, order of 13 Dec 1973) and 31 Dec 1973 (Nixon);
#   24 Dec 1979 (Carter, order of 11 Dec 1979);
#   26 Dec 1986 (Reagan, Exec. Order 12577 of 22 Dec 1986);
#   26 Dec 1997 (Clinton, Exec. Order 13068 of 25 Nov 1997).

# California: Native American Day counted as a judicial holiday from this year on.
# NOTE: Gov. Code 6700 gained Native American Day only on 1 Jan 2015 (AB 1973, Stats. 2014,
# ch. 537), CCP 135 was then amended to exclude it, and AB 855 (Stats. 2021, ch. 283) made it
# a judicial holiday again from 1 Jan 2022. 2014 is the year this oracle was specified with.
_CA_NATIVE_AMERICAN_DAY_FROM = 2022  # AB 855 (2021), as the NOTE says; first specified as 2014

# California: whether a Saturday Lincoln Day / Cesar Chavez Day moves to the Friday before
# (Cal. Rules of Court, rule 1.11). False = no Saturday substitute, as specified; see the NOTE
# at Lincoln Day below.
_CA_SATURDAY_TO_FRIDAY = False


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"year {year} is outside the oracle's range {FIRST_YEAR}-{LAST_YEAR}")


def _check_date(value: datetime.date, what: str) -> None:
    # A datetime is a date subclass but never equals a date key, so it would miss every holiday.
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(f"{what} must be a datetime.date, not {type(value).__name__}")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> datetime.date:
    """The n-th (1-based) `weekday` of `month` in `year`."""
    first = datetime.date(year, month, 1)
    day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    if day.month != month:
        raise ValueError(f"there is no weekday #{n} of that kind in {year}-{month:02d}")
    return day


def _last_weekday(year: int, month: int, weekday: int) -> datetime.date:
    """The last `weekday` of `month` in `year`."""
    if month == 12:
        last = datetime.date(year, 12, 31)
    else:
        last = datetime.date(year, month + 1, 1) - _ONE_DAY
    return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)


def _federal_observed(day: datetime.date) -> datetime.date:
    """5 U.S.C. 6103(b)(1) / Exec. Order 11582: Saturday -> Friday before, Sunday -> Monday."""
    if day.weekday() == SATURDAY:
        return day - _ONE_DAY
    if day.weekday() == SUNDAY:
        return day + _ONE_DAY
    return day


def _sunday_to_monday(day: datetime.date) -> datetime.date:
    """Sunday -> following Monday; any other day (Saturday included) stays where it is."""
    return day + _ONE_DAY if day.weekday() == SUNDAY else day


def _ca_observed(day: datetime.date) -> datetime.date:
    """Gov. Code 6700(b): Sunday -> Monday; Saturday -> Friday only if _CA_SATURDAY_TO_FRIDAY."""
    if day.weekday() == SATURDAY and _CA_SATURDAY_TO_FRIDAY:
        return day - _ONE_DAY
    return _sunday_to_monday(day)


def _put(out: dict[datetime.date, str], day: datetime.date, name: str) -> None:
    out[day] = f"{out[day]}; {name}" if day in out else name


@cache
def _legal_public_holidays(year: int) -> dict[datetime.date, str]:
    """5 U.S.C. 6103(a) holidays whose OBSERVED day falls in `year` (closures excluded)."""
    _check_year(year)
    out: dict[datetime.date, str] = {}

    def add(actual: datetime.date, name: str) -> None:
        observed = _federal_observed(actual)
        if observed.year == year:
            _put(out, observed, name if observed == actual else f"{name} (observed)")

    # 5 U.S.C. 6103(a): "New Year's Day, January 1." A Saturday 1 January is observed on
    # Friday 31 December of the year before, so next year's New Year's Day is tried too.
    add(datetime.date(year, 1, 1), "New Year's Day")
    add(datetime.date(year + 1, 1, 1), "New Year's Day")
    # 5 U.S.C. 6103(a), as amended by Pub. L. 98-144 (1983), first observed 20 Jan 1986:
    # "Birthday of Martin Luther King, Jr., the third Monday in January."
    if year >= 1986:
        add(_nth_weekday(year, 1, MONDAY, 3), "Birthday of Martin Luther King, Jr.")
    # 5 U.S.C. 6103(a) (Uniform Monday Holiday Act, Pub. L. 90-363, from 1971):
    # "Washington's Birthday, the third Monday in February."
    add(_nth_weekday(year, 2, MONDAY, 3), "Washington's Birthday")
    # 5 U.S.C. 6103(a) (Pub. L. 90-363): "Memorial Day, the last Monday in May."
    add(_last_weekday(year, 5, MONDAY), "Memorial Day")
    # 5 U.S.C. 6103(a), as amended by Pub. L. 117-17 (17 Jun 2021): "Juneteenth National
    # Independence Day, June 19." (2021: Saturday, so observed Friday 18 June 2021.)
    if year >= 2021:
        add(datetime.date(year, 6, 19), "Juneteenth National Independence Day")
    # 5 U.S.C. 6103(a): "Independence Day, July 4."
    add(datetime.date(year, 7, 4), "Independence Day")
    # 5 U.S.C. 6103(a): "Labor Day, the first Monday in September."
    add(_nth_weekday(year, 9, MONDAY, 1), "Labor Day")
    # 5 U.S.C. 6103(a) (Pub. L. 90-363): "Columbus Day, the second Monday in October."
    add(_nth_weekday(year, 10, MONDAY, 2), "Columbus Day")
    # 5 U.S.C. 6103(a): Veterans Day. Pub. L. 90-363 put it on the fourth Monday in October
    # (1971-1977); Pub. L. 94-97 (1975) returned it to November 11 from 1 January 1978.
    if year <= 1977:
        add(_nth_weekday(year, 10, MONDAY, 4), "Veterans Day")
    else:
        add(datetime.date(year, 11, 11), "Veterans Day")
    # 5 U.S.C. 6103(a): "Thanksgiving Day, the fourth Thursday in November."
    add(_nth_weekday(year, 11, THURSDAY, 4), "Thanksgiving Day")
    # 5 U.S.C. 6103(a): "Christmas Day, December 25."
    add(datetime.date(year, 12, 25), "Christmas Day")
    return dict(sorted(out.items()))


@cache
def _federal_holidays(year: int) -> dict[datetime.date, str]:
    out = dict(_legal_public_holidays(year))
    for day, name in _WHOLE_DAY_CLOSURES:
        if day.year == year:
            _put(out, day, name)
    return dict(sorted(out.items()))


def federal_holidays(year: int) -> dict[datetime.date, str]:
    """Federal legal holidays observed in `year`: the 5 U.S.C. 6103(a) holidays on their observed
    days (a Saturday New Year's Day of `year + 1` appears here as 31 December of `year`), plus
    the days the President closed the executive departments for the whole day."""
    return dict(_federal_holidays(year))


@cache
def _dc_holidays(year: int) -> dict[datetime.date, str]:
    _check_year(year)
    out: dict[datetime.date, str] = {}
    # D.C. Code 1-612.02(a) (D.C. Emancipation Day Amendment Act of 2004, first observed 2005):
    # "District of Columbia Emancipation Day, April 16"; by 1-612.02(c) a Saturday 16 April is
    # observed Friday the 15th and a Sunday one Monday the 17th.
    # The code's text reads "beginning in the year 2007" (first specified here as 2005).
    if year >= 2007:
        emancipation = datetime.date(year, 4, 16)
        if emancipation.weekday() == SATURDAY:
            _put(out, emancipation - _ONE_DAY, "D.C. Emancipation Day (observed)")
        elif emancipation.weekday() == SUNDAY:
            _put(out, emancipation + _ONE_DAY, "D.C. Emancipation Day (observed)")
        else:
            _put(out, emancipation, "D.C. Emancipation Day")
    # D.C. Code 1-612.02(a) and 5 U.S.C. 6103(c): "Inauguration Day, January 20 of each fourth
    # year", or the 21st when the 20th is a Sunday. No Friday substitute for a Saturday 20th
    # (1973, 2001, 2029): the Saturday itself is listed. It may coincide with Martin Luther King
    # Day (1997, 2013, 2025); it is listed here all the same.
    if year >= 1973 and (year - 1973) % 4 == 0:
        inauguration = _sunday_to_monday(datetime.date(year, 1, 20))
        _put(out, inauguration, "Inauguration Day")
    return dict(sorted(out.items()))


def dc_holidays(year: int) -> dict[datetime.date, str]:
    """District of Columbia holidays in `year` beyond the federal list (D.C. Code 1-612.02)."""
    return dict(_dc_holidays(year))


@cache
def _california_court_holidays(year: int) -> dict[datetime.date, str]:
    _check_year(year)
    out: dict[datetime.date, str] = {}
    # Gov. Code 6700(a): "February 12, known as 'Lincoln Day'"; CCP 135 makes it a judicial
    # holiday; Gov. Code 6700(b): a Sunday holiday moves to the Monday after. A Saturday
    # 12 February gets no substitute here (the Saturday itself is listed).
    # NOTE: Cal. Rules of Court, rule 1.11 (in force since 1989 as former rule 987) says the
    # courts "must observe" a CCP 135 holiday falling on a Saturday on the preceding Friday;
    # this oracle follows its specification (no Saturday substitute) for Lincoln Day and
    # Cesar Chavez Day. Set _CA_SATURDAY_TO_FRIDAY to True to follow rule 1.11 instead.
    _put(out, _ca_observed(datetime.date(year, 2, 12)), "Lincoln Day")
    # Gov. Code 6700(a) (added by Stats. 2000, first observed 31 March 2001): "March 31, known
    # as 'Cesar Chavez Day'"; CCP 135; Sunday -> Monday (Gov. Code 6700(b)); Saturday: as above.
    if year >= 2001:
        _put(out, _ca_observed(datetime.date(year, 3, 31)), "Cesar Chavez Day")
    # Gov. Code 6700(a): "The fourth Friday in September, known as 'Native American Day'";
    # CCP 135. (Start year: see _CA_NATIVE_AMERICAN_DAY_FROM.)
    if year >= _CA_NATIVE_AMERICAN_DAY_FROM:
        _put(out, _nth_weekday(year, 9, FRIDAY, 4), "Native American Day")
    # CCP 135: "Every Saturday and the day after Thanksgiving Day are judicial holidays."
    _put(out, _nth_weekday(year, 11, THURSDAY, 4) + _ONE_DAY, "Day after Thanksgiving")
    # Not judicial holidays (CCP 135 excepts them, or they are not full days): Admission Day
    # (9 Sep), Columbus Day (federal anyway), Good Friday noon-3 p.m., Lunar New Year, Susan B.
    # Anthony Day, Genocide Remembrance Day. The rest of Gov. Code 6700 is already federal.
    return dict(sorted(out.items()))


def california_court_holidays(year: int) -> dict[datetime.date, str]:
    """California judicial holidays in `year` that are not already federal holidays."""
    return dict(_california_court_holidays(year))


_STATES = ("dc", "ca")


def _is_legal_holiday(day: datetime.date, state: str | None, *, dc_area: bool = False) -> bool:
    """FRCP 6(a)(6): federal legal holidays, plus the state's when `state` is given. With
    `dc_area`, Inauguration Day too: a legal public holiday there (5 U.S.C. 6103(c)), so it
    counts in both directions (FRCP 6(a)(6)(A)), not only forward as a state's holidays do."""
    if day in _federal_holidays(day.year):
        return True
    if dc_area and _dc_holidays(day.year).get(day) == "Inauguration Day":
        return True
    if state == "dc":
        return day in _dc_holidays(day.year)
    if state == "ca":
        return day in _california_court_holidays(day.year)
    return False


def due(
    trigger: datetime.date, days: int, *, forward: bool = True, state: str | None = None
) -> datetime.date:
    """Last day of a period of `days` days counted from `trigger` under FRCP 6(a)(1) (2009).

    Excludes the trigger day, counts every day, includes the last day; if that day is a
    Saturday, Sunday or legal holiday the period runs on to the next day that is none of them
    (FRCP 6(a)(1)(C)). For a period counted backward (`forward=False`), the "next day" is the
    previous such day (FRCP 6(a)(5)). Legal holidays are the federal ones, and with
    ``state="dc"`` or ``state="ca"`` also that state's holidays, but those only for periods
    counted forward, i.e. measured after an event (FRCP 6(a)(6)(C)).
    """
    _check_date(trigger, "trigger")
    if days < 0:
        raise ValueError("days must be zero or more; use forward=False to count backward")
    key = state.lower() if state is not None else None
    if key is not None and key not in _STATES:
        raise ValueError(f"unknown state {state!r}; expected one of {_STATES} or None")
    step = _ONE_DAY if forward else -_ONE_DAY
    holiday_state = key if forward else None
    day = trigger + step * days
    dc_area = key == "dc"
    while day.weekday() in (SATURDAY, SUNDAY) or _is_legal_holiday(
        day, holiday_state, dc_area=dc_area
    ):
        day += step
    return day


def working_days_after(start: datetime.date, n: int) -> datetime.date:
    """The n-th day after `start` that is not a Saturday, Sunday or legal public holiday.

    FOIA, 5 U.S.C. 552(a)(6)(A)(i). "Legal public holiday" is the term of 5 U.S.C. 6103(a), taken
    on its observed day; presidential closures and state holidays do not count. ``n == 0``
    returns `start` itself.
    """
    _check_date(start, "start")
    if n < 0:
        raise ValueError("n must be zero or more")
    day = start
    counted = 0
    while counted < n:
        day += _ONE_DAY
        if day.weekday() not in (SATURDAY, SUNDAY) and day not in _legal_public_holidays(day.year):
            counted += 1
    return day
