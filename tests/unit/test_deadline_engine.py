"""Counting under FRCP 6: the committee note's examples and the dates users get wrong elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.calendars import CALENDARS, FIRST_YEAR, LAST_YEAR, CalendarError, CourtCalendar
from models.errors import ValidationError
from models.rules import compute, default_rulebook

D = dt.date
FED = CourtCalendar("federal")
BOOK = default_rulebook()


def due(rule: str, trigger: dt.date, cal: CourtCalendar = FED, **options: object) -> dt.date:
    return compute(BOOK.rule(rule), trigger, cal, **options).due  # type: ignore[arg-type]


def test_committee_note_forward_10_days_over_labor_day() -> None:
    # The 2009 committee note: "If a filing is due within 10 days after an event, and the tenth
    # day falls on Saturday, September 1, 2007, then the filing is due on Tuesday, September 4,
    # 2007." Its dates are from before the amendment took effect; the same calendar in 2018
    # shows the amended rule (2007 itself is counted under the rule then in force).
    result = compute(BOOK.rule("frcp-6a"), D(2018, 8, 22), FED, days=10)
    assert result.due == D(2018, 9, 4)
    assert any(
        "Mon 3 Sep 2018 is Labor Day, a legal holiday (FRCP 6(a)(6)(A))" in s for s in result.steps
    )
    assert due("frcp-6a", D(2007, 8, 22), days=10) == D(2007, 9, 6)  # old 6(a): court days


def test_committee_note_backward_10_days_before_an_event() -> None:
    # "... if a filing is due 10 days before an event, and the tenth day is Saturday,
    # September 1, 2007, the filing is due on Friday, August 31, 2007."
    assert due("frcp-6a", D(2018, 9, 11), days=10, before=True) == D(2018, 8, 31)
    # Before 1 Dec 2009 the 10 days were court days: back over Labor Day to Mon 27 Aug 2007.
    assert due("frcp-6a", D(2007, 9, 11), days=10, before=True) == D(2007, 8, 27)


def test_trail_explains_memorial_day_in_a_paralegals_words() -> None:
    steps = compute(BOOK.rule("ndcal-7-3a-opposition"), D(2016, 5, 16), FED).steps
    assert steps[:4] == (
        "Filing of the motion Mon 16 May 2016 (day 0, excluded)",
        "day 14 after is Mon 30 May 2016 (every day counts: FRCP 6(a)(1)(B))",
        "Mon 30 May 2016 is Memorial Day, a legal holiday (FRCP 6(a)(6)(A))",
        "next day that is not a weekend or holiday: Tue 31 May 2016 (FRCP 6(a)(1)(C))",
    )
    assert "standing order" in steps[-1]


def test_juneteenth_is_a_legal_holiday() -> None:
    assert due("frcp-6a", D(2025, 6, 5), days=14) == D(2025, 6, 20)


def test_saturday_holiday_is_observed_on_the_friday() -> None:
    # 4 July 2026 is a Saturday; Friday 3 July is the legal holiday.
    result = compute(BOOK.rule("frcp-6a"), D(2026, 6, 19), FED, days=14)
    assert result.due == D(2026, 7, 6)
    assert any("Fri 3 Jul 2026 is Independence Day (observed)" in s for s in result.steps)


def test_sunday_holiday_is_observed_on_the_monday() -> None:
    # 19 June 2022 was a Sunday; Monday 20 June was the legal holiday.
    assert due("frcp-6a", D(2022, 6, 6), days=14) == D(2022, 6, 21)


def test_days_the_president_closed_government_count_as_holidays() -> None:
    result = compute(BOOK.rule("frcp-6a"), D(2025, 12, 10), FED, days=14)
    assert result.due == D(2025, 12, 29)  # 24, 25, 26 Dec 2025, then the weekend
    assert any("FRCP 6(a)(6)(B)" in s for s in result.steps)
    assert due("frcp-6a", D(2024, 12, 26), days=14) == D(2025, 1, 10)  # 9 Jan 2025 mourning


def test_mail_service_adds_three_days_after_the_period_in_a_holiday_week() -> None:
    # 14 days from Thu 13 Nov 2025 is Thanksgiving; the period ends Fri 28 Nov; +3 = Mon 1 Dec.
    result = compute(BOOK.rule("frcp-6a"), D(2025, 11, 13), FED, days=14, service="mail")
    assert result.due == D(2025, 12, 1)
    assert any("3 days are added" in s and "FRCP 6(d)" in s for s in result.steps)
    assert due("frcp-6a", D(2025, 11, 13), days=14, service="electronic") == D(2025, 11, 28)


def test_mail_days_that_land_on_a_weekend_roll_again() -> None:
    # 10 days from Mon 2 Jun 2025 is Thu 12 Jun; +3 = Sun 15 Jun; rolls to Mon 16 Jun.
    assert due("frcp-6a", D(2025, 6, 2), days=10, service="mail") == D(2025, 6, 16)


def test_working_days_skip_thanksgiving() -> None:
    result = compute(BOOK.rule("foia-552a6ai"), D(2025, 11, 14), FED)
    assert result.due == D(2025, 12, 15)
    assert any("Thanksgiving" in s for s in result.steps)


def test_hours_roll_to_the_same_time_on_the_next_open_day() -> None:
    result = compute(
        BOOK.rule("frcp-6a"), D(2025, 7, 3), FED, hours=24, trigger_time=dt.time(9, 30)
    )
    assert (result.due, result.due_time) == (D(2025, 7, 7), dt.time(9, 30))


def test_objections_are_due_on_the_earlier_of_14_days_and_compliance() -> None:
    # Before the compliance time, whose hour is not recorded: the court day before Mon 15 Sep.
    assert due("frcp-45d2b-objections", D(2025, 9, 3), compliance=D(2025, 9, 15)) == D(2025, 9, 12)
    assert due("frcp-45d2b-objections", D(2025, 9, 3), compliance=D(2025, 9, 30)) == D(2025, 9, 17)
    with pytest.raises(ValidationError, match="compliance date"):
        due("frcp-45d2b-objections", D(2025, 9, 3))


def test_california_holidays_count_only_for_forward_periods() -> None:
    ca = CourtCalendar("ca")
    assert due("frcp-6a", D(2025, 3, 17), ca, days=14) == D(2025, 4, 1)  # Cesar Chavez Day
    assert due("frcp-6a", D(2025, 3, 17), FED, days=14) == D(2025, 3, 31)
    assert due("frcp-6a", D(2025, 4, 14), ca, days=14, before=True) == D(2025, 3, 31)


def test_inauguration_day_closes_courts_in_dc_only() -> None:
    assert due("frcp-6a", D(2021, 1, 6), CourtCalendar("federal-dc"), days=14) == D(2021, 1, 21)
    assert due("frcp-6a", D(2021, 1, 6), FED, days=14) == D(2021, 1, 20)


def test_office_closure_days_are_skipped_with_their_reason() -> None:
    snow = CourtCalendar("federal", {D(2025, 2, 4): "Clerk's office closed: snow"})
    result = compute(BOOK.rule("frcp-6a"), D(2025, 1, 21), snow, days=14)
    assert result.due == D(2025, 2, 5)
    assert any("Clerk's office closed: snow" in s and "FRCP 6(a)(3)" in s for s in result.steps)


def test_platform_window_moves_earlier_never_later() -> None:
    # 14 days from Fri 3 Oct 2025 ends Fri 17 Oct (open); from Sat 4 Oct it ends Sat 18 Oct,
    # which moves back to Fri 17 Oct: the platform will not wait for Monday.
    assert due("notice-response-window", D(2025, 10, 3), days=14) == D(2025, 10, 17)
    assert due("notice-response-window", D(2025, 10, 4), days=14) == D(2025, 10, 17)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"days": -1}, "0 or more"),
        ({}, "needs the length"),
        ({"days": 3, "hours": 4}, "not both"),
        ({"days": 3, "before": True, "service": "mail"}, "FRCP 6\\(d\\) adds days only"),
        ({"days": 3, "service": "pigeon"}, "Unknown service"),
    ],
)
def test_bad_options_are_refused_clearly(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        due("frcp-6a", D(2025, 1, 6), **options)


def test_fixed_rules_refuse_a_period() -> None:
    with pytest.raises(ValidationError, match="fixes its own period"):
        due("frcp-12a1-answer", D(2025, 1, 6), days=30)


def test_years_outside_the_holiday_data_are_refused() -> None:
    with pytest.raises(CalendarError, match="outside it"):
        due("frcp-6a", D(LAST_YEAR + 1, 1, 5), days=3)
    with pytest.raises(CalendarError, match="outside it"):
        due("frcp-6a", D(LAST_YEAR, 12, 20), days=30)  # the count itself leaves the data


def test_unknown_calendar_is_refused() -> None:
    with pytest.raises(CalendarError, match="Unknown calendar"):
        CourtCalendar("mars")


# Counts of up to 400 days either way, and the roll past a closed day, stay inside the holiday
# data (a count that leaves it is refused, above): from 1972 a backward count reached 1970.
triggers = st.dates(min_value=D(FIRST_YEAR + 2, 1, 1), max_value=D(LAST_YEAR - 2, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    trigger=triggers,
    days=st.integers(0, 400),
    forward=st.booleans(),
    calendar=st.sampled_from(CALENDARS),
)
def test_due_date_is_never_closed_and_never_short(
    trigger: dt.date, days: int, forward: bool, calendar: str
) -> None:
    cal = CourtCalendar(calendar)
    result = compute(BOOK.rule("frcp-6a"), trigger, cal, days=days, before=not forward)
    assert cal.closed(result.due, forward=forward) is None
    assert result.due.weekday() < 5
    if forward:
        assert result.due >= trigger + dt.timedelta(days=days)
    else:
        assert result.due <= trigger - dt.timedelta(days=days)


@settings(max_examples=150, deadline=None)
@given(
    trigger=triggers,
    days=st.integers(1, 60),
    calendar=st.sampled_from(CALENDARS),
    service=st.sampled_from(["mail", "electronic", "hand", "clerk"]),
)
def test_court_days_and_mail_service_never_land_on_a_closed_day(
    trigger: dt.date, days: int, calendar: str, service: str
) -> None:
    cal = CourtCalendar(calendar)
    counted = compute(BOOK.rule("frcp-6a"), trigger, cal, days=days, court_days=True)
    assert cal.closed(counted.due) is None
    assert counted.due >= trigger + dt.timedelta(days=days)
    served = compute(BOOK.rule("frcp-6a"), trigger, cal, days=days, service=service)
    assert cal.closed(served.due) is None
    plain = compute(BOOK.rule("frcp-6a"), trigger, cal, days=days)
    # Before 2005 the 3 days could also be added to the period first (13 calendar days, not 10
    # court days), which can end earlier; the engine takes the earlier reading.
    if trigger >= D(2005, 12, 1):
        adds = service in ("mail", "clerk") or (
            service == "electronic" and trigger < D(2016, 12, 1)
        )
        assert served.due >= plain.due + dt.timedelta(days=3 if adds else 0)
