"""The record lists as table models: Qt's own model tester, paging through a large vault,
sorting and filtering in the database, and rows that read as a paralegal reads them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.table_models import PAGE_SIZE, RecordTableModel
from services import demo, records
from services.changes import EVERYTHING
from services.queries import ListQuery
from storage.uow import UnitOfWork

KINDS = ["matters", "clients", "accounts", "subpoenas", "deadlines", "events", "staff"]
TODAY = dt.date(2026, 3, 11)  # a Wednesday


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    """Dates are written in the reader's language; these tests read English."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def cells(model: RecordTableModel, row: int) -> dict[str, str]:
    return {column.key: model.data(model.index(row, i)) for i, column in enumerate(model.columns)}


def column_texts(model: RecordTableModel, key: str) -> list[str]:
    col = [c.key for c in model.columns].index(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def row_titled(model: RecordTableModel, title: str) -> int:
    return column_texts(model, "title").index(title)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_passes_qts_model_tester_on_the_demo_vault(
    qtmodeltester: object, demo_ctx: AppContext, kind: str
) -> None:
    model = RecordTableModel(demo_ctx, kind)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # and stays consistent through a re-sort, a filter and a change elsewhere
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_query(ListQuery(kind, text="a"))
    demo_ctx.data_changed.emit(EVERYTHING)
    assert model.columnCount() == len(model.columns)


def test_deadline_rows_read_as_a_paralegal_reads_them(demo_ctx: AppContext) -> None:
    def add(uow: UnitOfWork) -> None:
        matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": matter.id,
                "title": "Opposition due",
                "due": "2016-05-16",
                "due_time": "17:00",
                "citation": "N.D. Cal. L.R. 7-3(a)",
                "responsible": "A. Rivera",
                "status": "done",
            },
        )

    demo_ctx.write(add)
    model = RecordTableModel(demo_ctx, "deadlines")
    assert [c.header for c in model.columns] == [
        "Due",
        "Days left",
        "Title",
        "Matter",
        "Responsible",
        "Status",
        "Citation",
    ]
    row = cells(model, row_titled(model, "Opposition due"))
    assert row == {
        "due": "Mon 16 May 2016, 17:00",
        "days_left": "",  # done: nothing left to count
        "title": "Opposition due",
        "matter": "Doe v. DHS",
        "responsible": "A. Rivera",
        "status": "Done",
        "citation": "N.D. Cal. L.R. 7-3(a)",
    }
    today = dt.date.today()
    overdue = cells(model, row_titled(model, "Call client to confirm the account details"))
    assert overdue["days_left"] == "2 days overdue"
    assert overdue["matter"] == "Practice: DHS summons to Meta for Northside Rapid Response"
    assert overdue["status"] == "Open"
    assert overdue["due"] == QLocale().toString(today - dt.timedelta(days=2), "ddd d MMM yyyy")


def test_days_left_count_from_today(app_ctx: AppContext) -> None:
    def add(uow: UnitOfWork) -> None:
        matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
        for offset in (-3, -1, 0, 1, 12):
            records.create(
                uow,
                "deadlines",
                {
                    "matter_id": matter.id,
                    "title": f"offset {offset}",
                    "due": TODAY + dt.timedelta(days=offset),
                    "status": "open",
                },
            )

    app_ctx.write(add)
    model = RecordTableModel(app_ctx, "deadlines", today=lambda: TODAY)
    assert column_texts(model, "days_left") == [
        "3 days overdue",
        "1 day overdue",
        "Today",
        "Tomorrow",
        "12 days",
    ]
    assert column_texts(model, "due")[2] == "Wed 11 Mar 2026"


def test_an_open_overdue_deadline_is_red_bold_and_says_why(app_ctx: AppContext) -> None:
    def add(uow: UnitOfWork) -> None:
        matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
        for title, offset, status in (
            ("Late and open", -2, "open"),
            ("Late but done", -2, "done"),
            ("Due today", 0, "open"),
        ):
            records.create(
                uow,
                "deadlines",
                {
                    "matter_id": matter.id,
                    "title": title,
                    "due": TODAY + dt.timedelta(days=offset),
                    "status": status,
                },
            )

    app_ctx.write(add)
    model = RecordTableModel(app_ctx, "deadlines", today=lambda: TODAY)
    late = model.index(row_titled(model, "Late and open"), 2)
    brush = model.data(late, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color().red() > 150 and brush.color().green() < 100
    assert model.data(late, Qt.ItemDataRole.FontRole).bold()
    assert model.data(late, Qt.ItemDataRole.ToolTipRole) == (
        "Overdue: this was due 2 days ago, Mon 9 Mar 2026."
    )
    for title in ("Late but done", "Due today"):
        index = model.index(row_titled(model, title), 2)
        assert model.data(index, Qt.ItemDataRole.ForegroundRole) is None
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) is None

    # On a dark theme the red is a light one, readable on the dark background.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    app.setPalette(dark)
    try:
        on_dark = model.data(late, Qt.ItemDataRole.ForegroundRole).color()
        assert on_dark.lightness() > 150 and on_dark != brush.color()
        assert model.data(late, Qt.ItemDataRole.FontRole).bold()
    finally:
        app.setPalette(light)
    assert model.data(late, Qt.ItemDataRole.ForegroundRole).color() == brush.color()


def test_clients_show_that_a_legal_name_is_sealed_never_the_name(demo_ctx: AppContext) -> None:
    demo_ctx.write(lambda uow: records.create(uow, "clients", {"pseudonym": "No name on file"}))
    model = RecordTableModel(demo_ctx, "clients")
    alt = cells(model, column_texts(model, "pseudonym").index("ALT_USCIS admin"))
    assert alt == {
        "pseudonym": "ALT_USCIS admin",
        "legal_name": "Sealed",
        "language": "English",
        "intake_date": "3 Apr 2017",
    }
    bare = cells(model, column_texts(model, "pseudonym").index("No name on file"))
    assert bare["legal_name"] == ""
    shown = "\n".join(model.row_text(r) for r in range(model.rowCount()))
    assert "Whitlock" not in shown and "fictional" not in shown
    # sorting by a sealed column would hint at the names: the list keeps its order
    before = column_texts(model, "pseudonym")
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, "pseudonym") == before


def test_other_kinds_show_their_columns(demo_ctx: AppContext) -> None:
    matters = RecordTableModel(demo_ctx, "matters")
    twitter = cells(matters, row_titled(matters, "Twitter v. DHS: CBP summons for @ALT_USCIS"))
    assert twitter == {
        "title": "Twitter v. DHS: CBP summons for @ALT_USCIS",
        "status": "Withdrawn",
        "case_number": "3:17-cv-01916",
        "court": "N.D. Cal.",
        "attorney": "A. Rivera",
        "paralegal": "S. Chen",
        "opened": "3 Apr 2017",
    }
    accounts = RecordTableModel(demo_ctx, "accounts")
    lb = cells(accounts, column_texts(accounts, "handle").index("@LBProtest"))
    assert lb == {"platform": "Instagram", "handle": "@LBProtest", "clients": "1"}
    subpoenas = RecordTableModel(demo_ctx, "subpoenas")
    cbp = cells(
        subpoenas, column_texts(subpoenas, "issuer").index("U.S. Customs and Border Protection")
    )
    assert cbp["recipient"] == "Twitter"
    assert cbp["kind"].startswith("Customs summons")
    assert cbp["issued"] == "14 Mar 2017"
    assert cbp["status"] == "Withdrawn"
    assert cbp["requested"].startswith("Name, Email")
    events = RecordTableModel(demo_ctx, "events")
    first = cells(events, 0)
    assert first["matter"] and first["kind"] and first["date"]


def test_rows_are_fetched_a_page_at_a_time_from_a_large_vault(
    qtmodeltester: object, qtbot: QtBot, app_ctx: AppContext
) -> None:
    app_ctx.write(lambda uow: demo.fill_synthetic(uow, 300))
    model = RecordTableModel(app_ctx, "deadlines")
    # counted up to queries.COUNT_LIMIT, then known to be more
    assert (model.total, model.counted) == (1000, "more_than")
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [PAGE_SIZE, 2 * PAGE_SIZE - 1]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 3000
    assert (model.total, model.counted) == (3000, "exact")  # scrolled to the end
    assert len({model.record_id(r) for r in range(3000)}) == 3000
    dues = [model.view(r).due for r in range(3000)]
    assert dues == sorted(dues)  # pages join up in the order asked for
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_scrolling_a_view_to_the_bottom_loads_the_next_page(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    app_ctx.write(lambda uow: demo.fill_synthetic(uow, 300))
    model = RecordTableModel(app_ctx, "deadlines")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)


def test_a_change_keeps_the_rows_already_loaded(qtbot: QtBot, app_ctx: AppContext) -> None:
    app_ctx.write(lambda uow: demo.fill_synthetic(uow, 300))
    model = RecordTableModel(app_ctx, "deadlines")
    model.fetchMore(QModelIndex())
    # a deadline not vacated yet (vacating a vacated one changes nothing, and nothing reloads)
    first = next(model.record_id(r) for r in range(50) if str(model.view(r).status) != "vacated")
    with qtbot.waitSignal(model.modelReset):
        app_ctx.write(lambda uow: records.set_status(uow, "deadlines", first, "vacated"))
    assert model.rowCount() == 2 * PAGE_SIZE
    row = model.row_of(first)
    assert row is not None and model.data(model.index(row, 5)) == "Vacated"


def test_filters_and_sorts_run_in_the_database(app_ctx: AppContext) -> None:
    app_ctx.write(lambda uow: demo.fill_synthetic(uow, 300, today=TODAY))
    model = RecordTableModel(app_ctx, "deadlines", today=lambda: TODAY)
    model.set_query(ListQuery("deadlines", status="done"))
    done = model.total
    assert 0 < done < 3000
    assert set(column_texts(model, "status")) == {"Done"}
    model.set_query(ListQuery("deadlines", person="P. Nguyen", status="open"))
    assert set(column_texts(model, "responsible")) == {"P. Nguyen"}
    model.set_query(ListQuery("deadlines", date_from=TODAY, date_to=TODAY + dt.timedelta(days=6)))
    assert model.total and all(
        TODAY <= model.view(r).due <= TODAY + dt.timedelta(days=6) for r in range(model.rowCount())
    )
    model.set_query(ListQuery("deadlines", text="hearing"))
    assert set(column_texts(model, "title")) == {"Hearing"}

    model.set_query(ListQuery("deadlines"))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "due" and model.query.descending
    dues = [model.view(r).due for r in range(model.rowCount())]
    assert dues == sorted(dues, reverse=True)
    assert dues[0] >= TODAY + dt.timedelta(days=300)  # the latest of the whole vault first
    assert model.sorted_column() == (0, Qt.SortOrder.DescendingOrder)
    # a kept sort survives a new filter
    model.set_query(ListQuery("deadlines", status="open", sort="due", descending=True))
    assert model.view(0).due >= model.view(1).due


def test_the_list_follows_changes_to_its_kind_and_to_matter_titles(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    model = RecordTableModel(demo_ctx, "deadlines")
    before = model.rowCount()
    matter_id = model.view(0).matter_id

    with qtbot.waitSignal(model.modelReset):
        demo_ctx.write(
            lambda uow: records.create(
                uow,
                "deadlines",
                {"matter_id": matter_id, "title": "New one", "due": "2030-01-01", "status": "open"},
            )
        )
    assert model.rowCount() == before + 1
    with qtbot.waitSignal(model.modelReset):
        demo_ctx.write(
            lambda uow: records.update(uow, "matters", matter_id, {"title": "Renamed matter"})
        )
    assert column_texts(model, "matter")[row_titled(model, "New one")] == "Renamed matter"
    with qtbot.assertNotEmitted(model.modelReset):  # a new client changes no deadline
        demo_ctx.write(lambda uow: records.create(uow, "clients", {"pseudonym": "Client Q"}))


def test_locking_the_vault_empties_the_list(demo_ctx: AppContext) -> None:
    model = RecordTableModel(demo_ctx, "matters")
    assert model.rowCount() == 5
    demo_ctx.lock()
    assert model.rowCount() == 0 and model.total == 0
    assert not model.canFetchMore(QModelIndex())


def test_copy_text_is_the_visible_cells_tab_separated(demo_ctx: AppContext) -> None:
    model = RecordTableModel(demo_ctx, "matters")
    row = row_titled(model, "Twitter v. DHS: CBP summons for @ALT_USCIS")
    assert model.row_text(row) == (
        "Twitter v. DHS: CBP summons for @ALT_USCIS\tWithdrawn\t3:17-cv-01916\tN.D. Cal."
        "\tA. Rivera\tS. Chen\t3 Apr 2017"
    )
    assert model.data(model.index(row, 0), Qt.ItemDataRole.UserRole + 1) == model.record_id(row)
