"""Every problem of a form at once (records.problems) agrees with the first one a save raises
(records.clean and check_consistency); pick lists match without case or accents and never
hold a sealed field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from models.errors import ValidationError
from services import pick_lists, records
from services.pick_lists import Suggestion

SUBPOENAS = records.SPECS["subpoenas"]


def first_raised(data: dict[str, Any], partial: bool = False) -> ValidationError | None:
    try:
        values = records.clean(SUBPOENAS, data, partial=partial)
        records.check_consistency(SUBPOENAS, values)
    except ValidationError as exc:
        return exc
    return None


def test_every_problem_of_a_subpoena_at_once_in_the_order_a_save_meets_them() -> None:
    data = {
        "matter_id": 1,
        "kind": "administrative_subpoena",
        "issuer": "",
        "recipient": None,
        "served": dt.date(2017, 3, 14),
        "compliance_date": dt.date(2017, 3, 1),
        "response_window_days": 5000,
        "status": "received",
    }
    found = records.problems(SUBPOENAS, data)
    assert [(p.field, p.code) for p in found] == [
        ("issuer", "field.required"),
        ("recipient", "field.required"),
        ("response_window_days", "field.out_of_range"),
        ("compliance_date", "field.before"),
    ]
    first = first_raised(data)
    assert first is not None and (first.field, first.code) == (found[0].field, found[0].code)


@pytest.mark.parametrize(
    "data",
    [
        {"issuer": "DHS", "recipient": "Meta", "kind": "administrative_subpoena"},
        {"issued": "2025-09-03", "served": "2025-09-01"},
        {"issued": "2025-02-30"},
        {"recipient": "x" * 300, "served": "2025-09-01", "compliance_date": "2025-08-01"},
        {"gag_order": "yes", "requested": ["name", "name"]},
        {"no_such_field": 1, "issuer": ""},
    ],
)
def test_problems_and_clean_never_disagree(data: dict[str, Any]) -> None:
    for partial in (True, False):
        found = records.problems(SUBPOENAS, data, partial=partial)
        first = first_raised(data, partial)
        assert (first is None) == (not found)
        if first is not None:
            assert (first.field, first.code) == (found[0].field, found[0].code)
            assert len({p.field for p in found}) == len(found)  # one problem per field


def test_a_field_in_error_is_not_also_blamed_for_a_rule_between_fields() -> None:
    found = records.problems(
        records.SPECS["matters"],
        {"title": "T", "status": "open", "opened": "2026-01-05", "closed": "2026-13-01"},
    )
    assert [(p.field, p.code) for p in found] == [("closed", "field.not_a_real_date")]


def test_matching_ignores_case_and_accents_and_finds_short_names() -> None:
    offered = [
        Suggestion("Meta Platforms, Inc.", "Facebook, Instagram", ("Meta", "Facebook"), "known"),
        Suggestion("X Corp.", "X, Twitter", ("X", "Twitter"), "known"),
        Suggestion("Águila Hosting", "", (), "office"),
        Suggestion("Metallica Fan Club", "", (), "office"),
    ]
    assert [s.value for s in pick_lists.matching(offered, "META")] == [
        "Meta Platforms, Inc.",
        "Metallica Fan Club",
    ]
    assert [s.value for s in pick_lists.matching(offered, "aguila")] == ["Águila Hosting"]
    assert [s.value for s in pick_lists.matching(offered, "twit")] == ["X Corp."]
    assert [s.value for s in pick_lists.matching(offered, "hosting")] == ["Águila Hosting"]
    assert len(pick_lists.matching(offered, "  ")) == 4
    assert pick_lists.fold("Ñandú  ") == "nandu"


def test_no_sealed_field_has_a_pick_list_and_every_agency_has_its_abbreviation() -> None:
    assert not set(pick_lists.PICK_LISTS) & records.SEALED_FIELDS
    abbreviations = {k.note for k in pick_lists.AGENCIES}
    assert {"DHS", "ICE", "CBP", "HSI", "USCIS"} <= abbreviations
    assert "Meta Platforms, Inc." in {k.value for k in pick_lists.RECIPIENTS}
