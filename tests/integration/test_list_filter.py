"""A list's text filter on a real vault: it matches as search does (through the full-text
index: each typed word starts a word of the record, case and accents ignored), never over sealed
fields, the same rows whichever way the database is asked, and counts stop at a limit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from services import queries, records, vaults
from services.queries import ListQuery
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork

TODAY = dt.date(2026, 3, 11)
SEALED_NAME = "Xiomara Brightwater-Quintanilla"
SEALED_CONTACT = "zephyrine@proton.example"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UnitOfWork]:
    """One vault for the whole file: the tests only read (nothing is committed)."""
    folder: Path = tmp_path_factory.mktemp("office") / "vault"
    made = vaults.create(
        folder,
        "list filter passphrase",
        actor="Test Paralegal",
        office_name="Test Office",
        params=MINIMUM_ARGON2,
    )
    with made.vault, UnitOfWork(made.vault, "Test Paralegal") as uow:
        _fill(uow)
        yield uow


def _fill(uow: UnitOfWork) -> None:
    doe = records.create(
        uow,
        "matters",
        {
            "title": "Doe v. DHS",
            "status": "open",
            "case_number": "3:26-cv-00001",
            "court": "N.D. Cal.",
            "judge": "Hixson",
        },
    )
    records.create(
        uow,
        "matters",
        {"title": "Colectivo Águila v. ICE", "status": "open", "case_number": "2:25-cv-04410"},
    )
    records.create(
        uow,
        "clients",
        {
            "pseudonym": "Colectivo Águila",
            "legal_name": SEALED_NAME,
            "contact": SEALED_CONTACT,
            "language": "es",
        },
    )
    records.create(uow, "accounts", {"platform": "instagram", "handle": "@LBProtest"})
    for title, due, status in [
        ("Motion to quash", 3, "open"),
        ("Réplica en apoyo", 5, "open"),
        ("Reply due", 10, "open"),
        ("Reply to opposition", 12, "done"),
        ("Hearing", -5, "open"),
    ]:
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": doe.id,
                "title": title,
                "due": (TODAY + dt.timedelta(days=due)).isoformat(),
                "status": status,
                "responsible": "A. Rivera",
                "citation": "FRCP 45",
            },
        )
    records.create(
        uow,
        "matters",
        {"title": "Roe v. CBP", "status": "open", "attorney": "J. Okafor", "paralegal": "S. Chen"},
    )
    records.create(uow, "staff", {"name": "Ana Rivera", "role": "paralegal"})


def shown(uow: UnitOfWork, kind: str, typed: str, **filters: Any) -> list[str]:
    """What the list shows (its label column), checked against its own count."""
    query = ListQuery(kind, text=typed, sort="id", **filters)
    rows = queries.page(uow, query, 0, 100)
    first = queries.first_page(uow, query, 100)
    assert [r.id for r in first.rows] == [r.id for r in rows]
    assert (first.matching, first.counted) == (len(rows), "exact")
    assert queries.count(uow, query) == len(rows)
    label = {"matters": "title", "clients": "pseudonym", "accounts": "handle"}.get(kind, "title")
    return [getattr(r, label) for r in rows]


@pytest.mark.parametrize("typed", ["aguila", "AGUILA", "Águi", "agUI", "colectivo ag"])
def test_accents_and_case_are_ignored(office: UnitOfWork, typed: str) -> None:
    assert shown(office, "clients", typed) == ["Colectivo Águila"]
    assert shown(office, "matters", typed) == ["Colectivo Águila v. ICE"]


def test_an_accented_record_is_found_by_plain_letters_and_the_other_way(
    office: UnitOfWork,
) -> None:
    assert shown(office, "deadlines", "replica") == ["Réplica en apoyo"]
    assert shown(office, "deadlines", "rÉpl") == [
        "Réplica en apoyo",
        "Reply due",
        "Reply to opposition",
    ]


def test_each_typed_word_starts_a_word_of_the_record(office: UnitOfWork) -> None:
    assert shown(office, "deadlines", "quash") == ["Motion to quash"]
    assert shown(office, "deadlines", "reply opp") == ["Reply to opposition"]
    # the fields a list filtered by before still count: citation, person, case number, court
    assert len(shown(office, "deadlines", "frcp")) == 5
    assert len(shown(office, "deadlines", "rivera")) == 5
    assert shown(office, "matters", "3:26-cv") == ["Doe v. DHS"]
    assert shown(office, "matters", "00001") == ["Doe v. DHS"]
    assert shown(office, "matters", "hixson") == ["Doe v. DHS"]
    assert shown(office, "accounts", "lbprot") == ["@LBProtest"]
    # What changed: the middle of a word no longer matches (search's rule, the index's words).
    assert shown(office, "deadlines", "uash") == []
    assert shown(office, "accounts", "protest") == []
    assert shown(office, "matters", "0001") == []


def test_a_sealed_name_or_contact_typed_into_a_filter_finds_nothing(office: UnitOfWork) -> None:
    for typed in (SEALED_NAME, "Xiomara", "Brightwater", "zephyrine", "proton.example"):
        assert shown(office, "clients", typed) == [], typed


def test_filters_combine_with_the_text(office: UnitOfWork) -> None:
    assert shown(office, "deadlines", "reply", status="open") == ["Reply due"]
    assert shown(office, "deadlines", "reply", status="done") == ["Reply to opposition"]
    assert shown(office, "deadlines", "reply", date_to=TODAY) == []


def test_one_letter_filters_nothing_yet_and_punctuation_alone_matches_nothing(
    office: UnitOfWork,
) -> None:
    assert len(shown(office, "deadlines", "r")) == 5
    assert shown(office, "deadlines", "%") == []
    assert shown(office, "deadlines", "-- ") == []


@pytest.mark.parametrize(
    "way",
    [
        {"WALK_FIRST": 1},  # few rows read match: start from the records the index names
        {"WALK_FIRST": 1, "_few_matches": lambda *_: 0},  # the index names many: walk on
    ],
)
def test_every_way_of_reading_gives_the_same_rows(
    office: UnitOfWork, monkeypatch: pytest.MonkeyPatch, way: dict[str, Any]
) -> None:
    """A small vault is read by walking the list; a large one may start from the index or
    walk on after a first stretch: each way lists the same rows in the same order."""
    typed = ["re", "reply", "rivera", "frcp 45", "quash", "zzz", "réplica en"]
    sorts = [("id", False), ("due", True), ("title", False), ("responsible", True)]

    def listed() -> dict[tuple[str, str, bool], list[int]]:
        return {
            (t, sort, desc): [
                r.id
                for r in queries.page(
                    office, ListQuery("deadlines", text=t, sort=sort, descending=desc), 0, 100
                )
            ]
            for t in typed
            for sort, desc in sorts
        }

    walked = listed()
    assert walked[("reply", "id", False)] and not walked[("zzz", "id", False)]
    for name, value in way.items():
        monkeypatch.setattr(queries, name, value)
    assert listed() == walked
    assert shown(office, "deadlines", "reply", status="open") == ["Reply due"]


def test_counting_stops_at_the_limit_and_says_so(office: UnitOfWork) -> None:
    query = ListQuery("deadlines", text="frcp", sort="due")
    first = queries.first_page(office, query, 2, count_limit=3)
    assert (first.matching, first.counted) == (3, "more_than")
    assert [r.title for r in first.rows] == ["Hearing", "Motion to quash"]
    exact = queries.first_page(office, query, 2, count_limit=5)
    assert (exact.matching, exact.counted) == (5, "exact")
    assert queries.count(office, query, at_most=2) == 2


def test_a_long_walk_stops_counting_and_says_at_least(
    office: UnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past WALK_LIMIT rows read, a full page stops counting: "at least" as many as were found.
    monkeypatch.setattr(queries, "WALK_FIRST", 1)
    monkeypatch.setattr(queries, "WALK_LIMIT", 2)
    first = queries.first_page(office, ListQuery("deadlines", text="frcp", sort="id"), 1, 4)
    assert (first.matching, first.counted) == (2, "at_least")
    assert [r.title for r in first.rows] == ["Motion to quash"]


def test_staff_are_still_filtered_by_any_part_of_the_name(office: UnitOfWork) -> None:
    assert [v.name for v in queries.page(office, ListQuery("staff", text="iver"), 0, 10)] == [
        "Ana Rivera"
    ]


def test_people_are_every_distinct_name_on_matters_and_deadlines(office: UnitOfWork) -> None:
    assert queries.people(office) == ["A. Rivera", "J. Okafor", "S. Chen"]
