"""The calendar marks days with open deadlines and lists a day's (or the month's) deadlines."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.calendar_page import CalendarPage, to_qdate
from gui.pages.dashboard import alert_red
from services import demo, records

TODAY = dt.date(2026, 3, 4)  # demo deadlines fall on 2 (overdue), 4, 7, 13 and 25 March
DRAFT_DAY = dt.date(2026, 3, 7)


@pytest.fixture
def fixed_ctx(app_ctx: AppContext) -> AppContext:
    app_ctx.write(lambda uow: demo.fill_public_cases(uow, TODAY))
    return app_ctx


def open_page(qtbot: QtBot, ctx: AppContext) -> CalendarPage:
    page = CalendarPage(ctx, today_provider=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def agenda_titles(page: CalendarPage) -> list[str]:
    return [page.model.index(r, 2).data() for r in range(page.model.rowCount())]


def calendar_cell_tooltip(page: CalendarPage, day: int) -> str | None:
    """What a pointer resting on that day of the shown month would see."""
    view = page.calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    in_month = False
    for row in range(1, model.rowCount()):  # row 0 names the weekdays
        for column in range(model.columnCount()):
            index = model.index(row, column)
            in_month = in_month or index.data() == 1  # days before the 1st are last month's
            if in_month and index.data() == day:
                tooltip: str | None = index.data(Qt.ItemDataRole.ToolTipRole)
                return tooltip
    return None


def test_days_with_open_deadlines_are_marked(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)

    assert page.visible_month() == (2026, 3)
    marked = page.calendar.dateTextFormat(to_qdate(DRAFT_DAY))
    assert marked.font().bold()
    assert "Draft motion to quash" in marked.toolTip()
    assert "Draft motion to quash" in (calendar_cell_tooltip(page, 7) or "")
    quiet = page.calendar.dateTextFormat(QDate(2026, 3, 10))
    assert not quiet.font().bold()
    assert not quiet.toolTip()


def test_overdue_days_are_red(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    red = alert_red(page.palette())
    overdue = page.calendar.dateTextFormat(QDate(2026, 3, 2))
    assert overdue.foreground().color() == red
    assert page.calendar.dateTextFormat(to_qdate(DRAFT_DAY)).foreground().color() != red


def test_selecting_a_day_lists_its_deadlines(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    assert agenda_titles(page) == ["Ask Meta to hold production pending a motion"]  # today

    page.calendar.setSelectedDate(to_qdate(DRAFT_DAY))  # what a click on the 7th does

    assert agenda_titles(page) == ["Draft motion to quash"]
    assert page.agenda_heading.text() == "Open deadlines on Sat 7 Mar 2026, in 3 days (1)"
    page.calendar.setSelectedDate(QDate(2026, 3, 10))
    assert page.model.rowCount() == 0
    assert page.agenda_empty.isVisible()
    assert page.agenda_empty.text() == "Nothing due on Tue 10 Mar 2026."


def test_arrow_keys_move_the_day(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    page.select_day(dt.date(2026, 3, 6))
    view = page.calendar.findChild(QTableView, "qt_calendar_calendarview")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert page.selected_day() == DRAFT_DAY
    assert agenda_titles(page) == ["Draft motion to quash"]


def test_the_whole_month_toggle(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)

    page.whole_month.click()

    assert page.model.rowCount() == 5
    assert page.agenda_heading.text().endswith("2026 (5)")
    assert not page.agenda.isColumnHidden(0)  # the due date, since days differ
    assert [page.model.index(r, 0).data() for r in (0, 4)] == ["Mon 2 Mar 2026", "Wed 25 Mar 2026"]

    with qtbot.waitSignal(page.refreshed):
        page.calendar.showNextMonth()
    assert page.visible_month() == (2026, 4)
    assert page.model.rowCount() == 0
    assert page.agenda_empty.text().startswith("Nothing due in ")


def test_enter_or_double_click_opens_the_deadline(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    page.select_day(DRAFT_DAY)
    wanted = ("deadlines", page.model.item(0).deadline_id)
    index = page.model.index(0, 2)

    page.agenda.setFocus()
    page.agenda.setCurrentIndex(index)
    with qtbot.waitSignal(fixed_ctx.open_record, check_params_cb=lambda *a: a == wanted):
        qtbot.keyClick(page.agenda, Qt.Key.Key_Return)

    point = page.agenda.visualRect(index).center()
    with qtbot.waitSignal(fixed_ctx.open_record, check_params_cb=lambda *a: a == wanted):
        qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_new_deadline_is_marked_at_once(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    matters = fixed_ctx.read(lambda uow: records.list_records(uow, "matters"))
    intake = next(m for m in matters if m.title.startswith("Intake"))
    day = dt.date(2026, 3, 18)
    assert not page.calendar.dateTextFormat(to_qdate(day)).font().bold()

    new = {"matter_id": intake.id, "title": "Call the student", "due": day, "status": "open"}
    with qtbot.waitSignal(page.refreshed):
        fixed_ctx.write(lambda uow: records.create(uow, "deadlines", new))

    assert page.calendar.dateTextFormat(to_qdate(day)).font().bold()
    assert "Call the student" in page.calendar.dateTextFormat(to_qdate(day)).toolTip()


def test_done_deadlines_are_not_marked(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    draft = page.by_day[DRAFT_DAY][0]
    with qtbot.waitSignal(page.refreshed):
        fixed_ctx.write(lambda uow: records.set_status(uow, "deadlines", draft.deadline_id, "done"))
    assert DRAFT_DAY not in page.by_day
    assert not page.calendar.dateTextFormat(to_qdate(DRAFT_DAY)).font().bold()


def test_locking_clears_the_marks(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    fixed_ctx.locked.emit()
    assert page.model.rowCount() == 0
    assert not page.calendar.dateTextFormat(to_qdate(DRAFT_DAY)).font().bold()
