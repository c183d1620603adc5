"""The questions the desktop app asks of a real vault: the dashboard's buckets and filtered,
sorted pages of long lists (search: test_search.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import ValidationError
from services import demo, queries, record_views, records
from services.queries import ListQuery
from storage.uow import UnitOfWork

TODAY = dt.date(2026, 3, 11)


def _matter(uow: UnitOfWork, title: str, status: str = "open", **more: object) -> int:
    return int(records.create(uow, "matters", {"title": title, "status": status, **more}).id)


def _deadline(
    uow: UnitOfWork, matter: int, title: str, offset: int, status: str = "open", **more: object
) -> int:
    data = {
        "matter_id": matter,
        "title": title,
        "due": TODAY + dt.timedelta(days=offset),
        "status": status,
        **more,
    }
    return int(records.create(uow, "deadlines", data).id)


def _titles(items: tuple[queries.DueItem, ...]) -> list[str]:
    return [i.title for i in items]


# ---- the dashboard ---------------------------------------------------------------------------


def test_dashboard_sorts_open_deadlines_into_buckets_by_days_left(uow: UnitOfWork) -> None:
    matter = _matter(uow, "Doe v. DHS")
    for offset in (-40, -3, -1, 0, 1, 7, 8, 30, 31):
        _deadline(uow, matter, f"day {offset}", offset, responsible="S. Chen")
    _deadline(uow, matter, "done and late", -2, status="done")
    _deadline(uow, matter, "vacated today", 0, status="vacated")

    board = queries.dashboard(uow, TODAY)

    assert board.today == TODAY
    assert _titles(board.overdue) == ["day -40", "day -3", "day -1"]
    assert _titles(board.due_today) == ["day 0"]
    assert _titles(board.this_week) == ["day 1", "day 7"]
    assert _titles(board.next_30_days) == ["day 8", "day 30"]  # day 31 waits
    assert board.overdue_count == 3
    first = board.overdue[1]
    assert (first.days_left, first.matter_title, first.responsible) == (-3, "Doe v. DHS", "S. Chen")
    assert first.due == TODAY - dt.timedelta(days=3)


def test_dashboard_lists_the_most_overdue_first_up_to_its_limit(uow: UnitOfWork) -> None:
    matter = _matter(uow, "Doe v. DHS")
    for offset in (-1, -9, -5, -30):
        _deadline(uow, matter, f"day {offset}", offset)
    board = queries.dashboard(uow, TODAY, limit=2)
    assert _titles(board.overdue) == ["day -30", "day -9"]
    assert board.overdue_count == 4  # the count is complete even when the list is cut


def test_dashboard_counts_open_subpoenas_and_finds_matters_with_no_tickler(
    uow: UnitOfWork,
) -> None:
    ticking = _matter(uow, "Has an open deadline")
    _deadline(uow, ticking, "Reply", 5)
    forgotten = _matter(uow, "Only done deadlines")
    _deadline(uow, forgotten, "Old motion", -10, status="done")
    bare = _matter(uow, "Intake, nothing docketed", status="intake")
    _matter(uow, "Closed and quiet", status="closed")
    _matter(uow, "Quashed", status="quashed")
    for status in ("received", "received", "challenged", "withdrawn", "complied"):
        records.create(
            uow,
            "subpoenas",
            {
                "matter_id": ticking,
                "kind": "administrative_subpoena",
                "issuer": "DHS",
                "recipient": "Meta",
                "status": status,
            },
        )

    board = queries.dashboard(uow, TODAY)

    assert board.open_subpoenas_by_status == {"received": 2, "challenged": 1}
    assert board.matters_without_open_deadline == (
        (forgotten, "Only done deadlines"),
        (bare, "Intake, nothing docketed"),
    )


def test_dashboard_on_the_demo_vault(uow: UnitOfWork) -> None:
    demo.fill_public_cases(uow, TODAY)
    board = queries.dashboard(uow, TODAY)
    assert _titles(board.overdue) == ["Call client to confirm the account details"]
    assert _titles(board.due_today) == ["Ask Meta to hold production pending a motion"]
    assert _titles(board.this_week) == ["Draft motion to quash"]
    assert len(board.next_30_days) == 2
    assert board.open_subpoenas_by_status == {"challenged": 1, "received": 1}
    titles = [title for _id, title in board.matters_without_open_deadline]
    assert titles == [
        "DHS administrative subpoenas to Meta: Instagram community accounts",
        "Intake: possible X subpoena for a campus walkout account",
    ]


# Search: tests/integration/test_search.py.


# ---- pages and counts ------------------------------------------------------------------------


def test_count_without_a_filter_counts_every_record(uow: UnitOfWork) -> None:
    for kind in ("matters", "clients", "deadlines"):
        assert queries.count(uow, ListQuery(kind)) == 0
    assert queries.count(uow, ListQuery("staff")) == 1  # the vault's first person
    demo.fill_public_cases(uow, TODAY)
    expected = {"matters": 5, "clients": 5, "accounts": 5, "subpoenas": 4, "deadlines": 7}
    for kind, n in expected.items():
        assert queries.count(uow, ListQuery(kind)) == n
        assert len(queries.page(uow, ListQuery(kind), 0, 100)) == n


def test_pages_join_up_without_gaps_or_repeats(uow: UnitOfWork) -> None:
    demo.fill_synthetic(uow, 50, today=TODAY)
    query = ListQuery("deadlines", sort="due", descending=True)
    seen: list[int] = []
    for offset in range(0, 500, 64):
        seen.extend(v.id for v in queries.page(uow, query, offset, 64))
    assert len(seen) == len(set(seen)) == 500 == queries.count(uow, query)
    dues = [v.due for v in queries.page(uow, query, 0, 500)]
    assert dues == sorted(dues, reverse=True)


def test_filters_by_text_status_person_dates_and_matter(uow: UnitOfWork) -> None:
    doe = _matter(
        uow,
        "Doe v. DHS",
        attorney="A. Rivera",
        paralegal="S. Chen",
        case_number="3:26-cv-00001",
        opened=TODAY,
    )
    roe = _matter(
        uow,
        "Roe v. ICE",
        status="closed",
        attorney="J. Okafor",
        opened=TODAY - dt.timedelta(days=90),
    )
    _deadline(uow, doe, "Motion to quash", 3, responsible="A. Rivera", citation="FRCP 45")
    _deadline(uow, doe, "Reply", 10, status="done", responsible="S. Chen")
    _deadline(uow, roe, "Hearing", -5, responsible="A. Rivera")

    def titles(**filters: object) -> list[str]:
        query = ListQuery("deadlines", sort="due", **filters)  # type: ignore[arg-type]
        rows = [v.title for v in queries.page(uow, query, 0, 100)]
        assert queries.count(uow, query) == len(rows)
        return rows

    assert titles(text="quash") == ["Motion to quash"]
    assert titles(text="frcp") == ["Motion to quash"]  # the citation counts as text
    assert titles(status="open") == ["Hearing", "Motion to quash"]
    assert titles(person="A. Rivera") == ["Hearing", "Motion to quash"]
    assert titles(date_from=TODAY) == ["Motion to quash", "Reply"]
    assert titles(date_to=TODAY) == ["Hearing"]
    assert titles(date_from=TODAY, date_to=TODAY + dt.timedelta(days=5)) == ["Motion to quash"]
    assert titles(matter_id=roe) == ["Hearing"]
    assert titles(text="%") == []

    def matters(**filters: object) -> list[str]:
        query = ListQuery("matters", sort="title", **filters)  # type: ignore[arg-type]
        return [v.title for v in queries.page(uow, query, 0, 100)]

    assert matters(person="S. Chen") == ["Doe v. DHS"]  # the paralegal counts as a person
    assert matters(person="J. Okafor") == ["Roe v. ICE"]
    assert matters(text="3:26-cv") == ["Doe v. DHS"]
    assert matters(status="closed") == ["Roe v. ICE"]
    assert matters(date_to=TODAY - dt.timedelta(days=1)) == ["Roe v. ICE"]


def test_clients_of_one_matter_and_sorting_by_kind(uow: UnitOfWork) -> None:
    demo.fill_public_cases(uow, TODAY)
    lb = next(
        v.id for v in queries.page(uow, ListQuery("matters", text="Instagram community"), 0, 5)
    )
    clients = queries.page(uow, ListQuery("clients", matter_id=lb, sort="pseudonym"), 0, 10)
    assert [c.pseudonym for c in clients] == ["LB Protest organizer", "Stop ICE page admin"]
    assert queries.count(uow, ListQuery("clients", matter_id=lb)) == 2
    # a view calls the column kind_of_process; sorting by either name works
    for sort in ("kind", "kind_of_process"):
        kinds = [
            v.kind_of_process
            for v in queries.page(uow, ListQuery("subpoenas", sort=sort, descending=True), 0, 9)
        ]
        assert kinds == sorted(kinds, reverse=True) and kinds[0] != kinds[-1]
    # an unknown sort falls back to the order records were added
    ids = [v.id for v in queries.page(uow, ListQuery("matters", sort="nonsense"), 0, 9)]
    assert ids == sorted(ids)


def test_a_page_carries_linked_ids(uow: UnitOfWork) -> None:
    demo.fill_public_cases(uow, TODAY)
    accounts = queries.page(uow, ListQuery("accounts", sort="handle"), 0, 10)
    assert all(len(a.client_ids) == 1 for a in accounts)
    matters = queries.page(uow, ListQuery("matters", text="Instagram community"), 0, 10)
    assert len(matters[0].client_ids) == 2


def test_a_page_read_straight_from_the_table_holds_what_each_record_holds(
    uow: UnitOfWork,
) -> None:
    """Lists read their rows' columns without an ORM object each (record_views.row_columns):
    every field of every row is what the record's own view says, a sealed field only as "on
    file" or not."""
    demo.fill_public_cases(uow, TODAY)
    demo.fill_synthetic(uow, 20, today=TODAY)
    records.create(uow, "clients", {"pseudonym": "Nobody sealed"})
    read_straight = 0
    for kind, spec in records.SPECS.items():
        listed = queries.page(uow, ListQuery(kind), 0, 10_000)
        assert listed == [records.get(uow, kind, v.id) for v in listed]
        assert len(listed) == queries.count(uow, ListQuery(kind)) > 0
        read_straight += record_views.row_columns(spec) is not None
    assert read_straight == 4  # clients, deadlines, events, staff: those without linked ids
    on_file = {v.legal_name_on_file for v in queries.page(uow, ListQuery("clients"), 0, 100)}
    assert on_file == {True, False}


def test_a_status_filter_must_name_a_status(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError, match="have no status"):
        queries.count(uow, ListQuery("clients", status="open"))
    with pytest.raises(ValidationError, match="expected one of: open, done, vacated"):
        queries.count(uow, ListQuery("deadlines", status="finished"))


def test_people_and_matter_titles_for_pick_lists(uow: UnitOfWork) -> None:
    demo.fill_public_cases(uow, TODAY)
    assert queries.people(uow) == ["A. Rivera", "J. Okafor", "S. Chen"]
    matters = queries.page(uow, ListQuery("matters"), 0, 2)
    titles = queries.matter_titles(uow, [m.id for m in matters])
    assert titles == {m.id: m.title for m in matters}
    assert queries.matter_titles(uow, []) == {}
    events = queries.events_for_matter(uow, matters[0].id)
    assert [e.date for e in events] == sorted(e.date for e in events)
