"""A records page as a paralegal uses it: filter as they type, sort by a header, open, copy,
mark a deadline done, and read why a list is empty."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui import table_models
from gui.context import AppContext
from gui.pages.records_page import RecordsPage
from services import queries, records


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def make_page(qtbot: QtBot, ctx: AppContext, kind: str) -> RecordsPage:
    page = RecordsPage(ctx, kind)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    with qtbot.waitActive(page):  # keyboard shortcuts reach the active window only
        page.show()
        page.activateWindow()
    return page


def shown(page: RecordsPage, key: str) -> list[str]:
    """The column's cells as the table shows them."""
    model = page.table.model()
    col = [c.key for c in page.model.columns].index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def choose(combo: object, text: str) -> None:
    index = combo.findText(text)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def select_row_titled(page: RecordsPage, title: str) -> int:
    row = shown(page, "title").index(title)
    page.table.selectRow(row)
    return row


def test_deadlines_list_shows_open_work_first_and_any_status_on_request(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = make_page(qtbot, demo_ctx, "deadlines")
    assert page.status_filter is not None
    assert page.status_filter.currentText() == "Open"
    assert set(shown(page, "status")) == {"Open"}
    assert len(shown(page, "title")) == 5
    assert page.count_label.text() == "Matching: 5 of 7"
    with qtbot.waitSignal(page.model.modelReset):
        choose(page.status_filter, "Any status")
    assert set(shown(page, "status")) == {"Open", "Done", "Vacated"}
    assert page.count_label.text() == "Total: 7"


def test_the_count_of_all_records_follows_a_change_made_while_filtered(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = make_page(qtbot, demo_ctx, "deadlines")
    assert page.count_label.text() == "Matching: 5 of 7"
    matter_id = demo_ctx.read(lambda uow: page.model.view(0).matter_id)
    new = {"matter_id": matter_id, "title": "Reply", "due": "2030-01-02", "status": "done"}
    with qtbot.waitSignal(page.model.modelReset):
        demo_ctx.write(lambda uow: records.create(uow, "deadlines", new))
    assert page.count_label.text() == "Matching: 5 of 8"  # a done deadline: not open


def test_large_counts_read_with_the_locales_digit_grouping(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    def add(uow: object) -> None:
        matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
        for i in range(1_000):
            deadline = {"matter_id": matter.id, "title": f"Reply {i}", "due": "2030-01-02"}
            records.create(uow, "deadlines", {**deadline, "status": "open"}, audited=False)

    demo_ctx.write(add)
    page = make_page(qtbot, demo_ctx, "deadlines")
    # Matches are counted up to 1,000 (queries.COUNT_LIMIT); the vault's own total is exact.
    assert page.count_label.text() == "Matching: more than 1,000 of 1,007"
    with qtbot.waitSignal(page.model.modelReset):
        choose(page.status_filter, "Any status")
    assert page.count_label.text() == "Total: 1,007"


def test_typing_in_the_filter_narrows_the_list_after_a_pause(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = make_page(qtbot, demo_ctx, "deadlines")
    qtbot.keyClicks(page.text_filter, "motion")
    assert len(shown(page, "title")) == 5  # nothing moves while the person is typing
    qtbot.waitUntil(
        lambda: (
            shown(page, "title")
            == [
                "Ask Meta to hold production pending a motion",
                "Draft motion to quash",
                "File motion to quash (notice's response window)",
            ]
        )
    )


def test_person_and_date_filters(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx, "deadlines")
    assert page.person_filter is not None
    people = [page.person_filter.itemText(i) for i in range(page.person_filter.count())]
    assert people == ["Anyone", "A. Rivera", "J. Okafor", "S. Chen"]
    with qtbot.waitSignal(page.model.modelReset):
        choose(page.person_filter, "J. Okafor")
    assert set(shown(page, "responsible")) == {"J. Okafor"}
    assert len(shown(page, "title")) == 3
    with qtbot.waitSignal(page.model.modelReset):
        choose(page.person_filter, "Anyone")

    today = dt.date.today()
    assert page.date_from is not None and page.date_to is not None
    qtbot.keyClicks(page.date_from, (today + dt.timedelta(days=1)).isoformat())
    qtbot.keyClicks(page.date_to, (today + dt.timedelta(days=10)).isoformat())
    qtbot.waitUntil(
        lambda: (
            shown(page, "title")
            == ["Draft motion to quash", "File motion to quash (notice's response window)"]
        )
    )
    with qtbot.waitSignal(page.model.modelReset):
        qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.date_from.text() == "" and page.status_filter.currentText() == "Any status"
    assert len(shown(page, "title")) == 7


def test_empty_states_say_why_the_list_is_empty(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = make_page(qtbot, app_ctx, "deadlines")
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.isVisible()
    assert page.empty_label.text().startswith("No deadlines yet. Press “New deadline…”")

    def add(uow: object) -> None:
        matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
        records.create(
            uow,
            "deadlines",
            {"matter_id": matter.id, "title": "Reply", "due": "2030-01-02", "status": "open"},
        )

    with qtbot.waitSignal(page.model.modelReset):
        app_ctx.write(add)
    assert page.stack.currentWidget() is page.table
    qtbot.keyClicks(page.text_filter, "zzz")
    qtbot.waitUntil(page.empty_label.isVisible)
    assert page.empty_label.text() == "Nothing matches the filter."
    assert page.count_label.text() == "Matching: 0 of 1"


def test_a_count_that_stopped_at_the_limit_says_more_than(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page of 1 row and counting up to 2: as a list of a million rows and a count limit of
    # 1,000 behave.
    monkeypatch.setattr(table_models, "PAGE_SIZE", 1)
    monkeypatch.setattr(queries, "COUNT_LIMIT", 2)
    page = make_page(qtbot, demo_ctx, "deadlines")
    assert page.count_label.text() == "Matching: more than 2 of 7"
    qtbot.keyClicks(page.text_filter, "MOTIÓN")  # case and accents ignored
    qtbot.waitUntil(lambda: page.model.query.text == "MOTIÓN")
    assert page.count_label.text() == "Matching: more than 2 of 7"
    while page.model.canFetchMore(QModelIndex()):  # scrolling on finds the rest
        page.model.fetchMore(QModelIndex())
    assert shown(page, "title") == [
        "Ask Meta to hold production pending a motion",
        "Draft motion to quash",
        "File motion to quash (notice's response window)",
    ]
    page.text_filter.clear()
    qtbot.keyClicks(page.text_filter, "draft motion")
    qtbot.waitUntil(lambda: shown(page, "title") == ["Draft motion to quash"])
    assert page.count_label.text() == "Matching: 1 of 7"


def test_clicking_the_due_header_sorts_latest_first(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx, "deadlines")
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    ascending = [page.model.view(r).due for r in range(page.model.rowCount())]
    assert ascending == sorted(ascending)
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    with qtbot.waitSignal(page.model.modelReset):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    descending = [page.model.view(r).due for r in range(page.model.rowCount())]
    assert descending == sorted(ascending, reverse=True)


def test_a_column_that_cannot_sort_keeps_the_arrow_where_the_sort_is(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = make_page(qtbot, demo_ctx, "clients")
    header = page.table.horizontalHeader()
    before = shown(page, "pseudonym")
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # "Legal name": sealed
    assert header.sortIndicatorSection() == 0
    assert shown(page, "pseudonym") == before


def test_an_overdue_deadline_row_is_red(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx, "deadlines")
    row = shown(page, "title").index("Call client to confirm the account details")
    index = page.table.model().index(row, 0)
    color = index.data(Qt.ItemDataRole.ForegroundRole).color()
    assert (color.red(), color.green() < 100) == (color.red(), True) and color.red() > 150
    assert "Overdue" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert shown(page, "days_left")[row] == "2 days overdue"
    other = page.table.model().index(row + 1, 0)
    assert other.data(Qt.ItemDataRole.ForegroundRole) is None


def test_ctrl_c_copies_the_selected_rows(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx, "matters")
    QGuiApplication.clipboard().clear()
    row = select_row_titled(page, "Twitter v. DHS: CBP summons for @ALT_USCIS")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text == page.model.row_text(row)
    assert text.split("\t")[:3] == [
        "Twitter v. DHS: CBP summons for @ALT_USCIS",
        "Withdrawn",
        "3:17-cv-01916",
    ]
    page.table.selectAll()
    page.copy_action.trigger()
    assert len(QGuiApplication.clipboard().text().splitlines()) == 5


def test_mark_done_and_vacate_change_the_status_shown(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx, "deadlines")
    assert page.status_filter is not None
    with qtbot.waitSignal(page.model.modelReset):
        choose(page.status_filter, "Any status")
    row = select_row_titled(page, "Draft motion to quash")
    assert shown(page, "status")[row] == "Open"
    menu = [a.text() for a in page.context_menu().actions() if a.text()]
    assert menu == ["&Open", "&Copy row", "Mark &done", "&Vacate", "&Reopen"]

    page.table.setFocus()
    with qtbot.waitSignal(page.model.modelReset):
        qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    row = shown(page, "title").index("Draft motion to quash")
    assert shown(page, "status")[row] == "Done"
    assert shown(page, "days_left")[row] == ""
    assert page.selected_rows() == [row]  # the selection follows the record
    # a done deadline offers Reopen and Vacate, not Mark done
    assert not page.done_action.isEnabled()
    assert page.reopen_action.isEnabled() and page.vacate_action.isEnabled()

    with qtbot.waitSignal(page.model.modelReset):
        page.vacate_action.trigger()
    assert shown(page, "status")[shown(page, "title").index("Draft motion to quash")] == ("Vacated")
    with qtbot.waitSignal(page.model.modelReset):
        choose(page.status_filter, "Open")
    assert "Draft motion to quash" not in shown(page, "title")


def test_a_matters_status_can_be_changed_from_the_list(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx, "matters")
    select_row_titled(page, "Intake: possible X subpoena for a campus walkout account")
    page.context_menu()
    assert page.status_menu is not None
    checked = [a.text() for a in page.status_menu.actions() if a.isChecked()]
    assert checked == ["Intake"]
    motion = next(a for a in page.status_menu.actions() if a.text() == "Motion filed")
    with qtbot.waitSignal(page.model.modelReset):
        motion.trigger()
    row = shown(page, "title").index("Intake: possible X subpoena for a campus walkout account")
    assert shown(page, "status")[row] == "Motion filed"


def test_enter_double_click_and_new_open_records(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx, "deadlines")
    row = select_row_titled(page, "Draft motion to quash")
    record_id = page.model.record_id(row)
    opened: list[tuple[str, int]] = []
    demo_ctx.open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [("deadlines", record_id)]  # once, not twice

    # a real double-click is press, release, then the double-click itself
    center = page.table.visualRect(page.table.model().index(row, 2)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened == [("deadlines", record_id)] * 2

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == ("deadlines", 0)
    assert page.new_button.text() == "Ne&w deadline…"


def test_every_control_is_named_and_reachable_by_keyboard(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = make_page(qtbot, demo_ctx, "deadlines")
    controls: list[QWidget] = [
        page.new_button,
        page.text_filter,
        page.status_filter,  # type: ignore[list-item]
        page.person_filter,  # type: ignore[list-item]
        page.date_from,  # type: ignore[list-item]
        page.date_to,  # type: ignore[list-item]
        page.clear_button,
        page.table,
    ]
    for widget in controls:
        assert widget.accessibleName() or widget.text(), widget  # type: ignore[attr-defined]
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    page.new_button.setFocus()
    seen = set()
    for _ in range(2 * len(controls)):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert set(controls) <= seen


@pytest.mark.parametrize("kind", ["matters", "clients", "accounts", "subpoenas", "events"])
def test_every_kind_lists_the_demo_vault(qtbot: QtBot, demo_ctx: AppContext, kind: str) -> None:
    page = make_page(qtbot, demo_ctx, kind)
    assert page.stack.currentWidget() is page.table
    assert page.model.rowCount() > 0
    assert page.count_label.text() == f"Total: {page.model.rowCount()}"
    page.refresh()
    assert page.model.rowCount() > 0
