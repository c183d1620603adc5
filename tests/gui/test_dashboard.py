"""The dashboard shows what is overdue and due soon, open subpoenas, and matters nobody is
tickling, and opens a deadline or matter from there."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.dashboard import DashboardPage, DueItemsModel, alert_red
from models.calendars import fmt
from services import demo, records

TODAY = dt.date(2026, 3, 4)  # a Wednesday; the demo's deadlines fall on 2, 4, 7, 13 and 25 March
INTAKE = "Intake: possible X subpoena for a campus walkout account"
LONG_BEACH = "DHS administrative subpoenas to Meta: Instagram community accounts"
PRACTICE = "Practice: DHS summons to Meta for Northside Rapid Response"


@pytest.fixture
def fixed_ctx(app_ctx: AppContext) -> AppContext:
    """The public sample cases with their near deadlines counted from TODAY."""
    app_ctx.write(lambda uow: demo.fill_public_cases(uow, TODAY))
    return app_ctx


def texts(model: DueItemsModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def double_click(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    """A real double-click is press, release, then a second press Qt reports as a double
    click; QTest's mouseDClick alone sends only the second half, which item views ignore."""
    point = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def open_page(qtbot: QtBot, ctx: AppContext, today: dt.date = TODAY) -> DashboardPage:
    page = DashboardPage(ctx, today_provider=lambda: today)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def matter_id(ctx: AppContext, title: str) -> int:
    matters = ctx.read(lambda uow: records.list_records(uow, "matters"))
    return next(m.id for m in matters if m.title == title)


def test_counts_and_rows_match_the_demo_vault(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)

    assert page.overdue.heading.text() == "Overdue (1)"
    assert page.due_today.heading.text() == "Due today (1)"
    assert page.this_week.heading.text() == "This week (1)"
    assert page.next_30_days.heading.text() == "Next 30 days (2)"
    assert page.today_label.text() == "Today is Wed 4 Mar 2026"

    overdue = page.overdue.model
    assert [overdue.index(0, c).data() for c in range(6)] == [
        "Mon 2 Mar 2026",
        "overdue by 2 days",
        "Call client to confirm the account details",
        PRACTICE,
        "S. Chen",
        "",
    ]
    assert texts(page.due_today.model, 1) == ["today"]
    assert texts(page.this_week.model, 0) == [fmt(TODAY + dt.timedelta(days=3))]
    assert texts(page.this_week.model, 1) == ["in 3 days"]
    assert texts(page.next_30_days.model, 2) == [
        "File motion to quash (notice's response window)",
        "Status check with co-counsel",
    ]
    assert texts(page.next_30_days.model, 1) == ["in 9 days", "in 21 days"]

    assert page.subpoena_heading.text() == "Open subpoenas (2):"
    assert {s: label.text() for s, label in page.subpoena_counts.items()} == {
        "received": "1",
        "challenged": "1",
        "modified": "0",
    }


def test_overdue_section_is_red_and_the_rest_is_not(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    red = alert_red(page.palette())

    heading_colour = page.overdue.heading.palette().color(QPalette.ColorRole.WindowText)
    assert heading_colour == red
    assert page.overdue.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) == red
    assert page.due_today.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    other_heading = page.due_today.heading.palette().color(QPalette.ColorRole.WindowText)
    assert other_heading != red


def test_red_stays_readable_in_a_dark_theme() -> None:
    dark, light = QPalette(), QPalette()
    dark.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.black)
    light.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.white)
    assert alert_red(dark).lightness() > alert_red(light).lightness()
    assert alert_red(dark).lightness() > 128


def test_matters_with_no_open_deadline_list_the_intake_matter(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """With the stock demo fixture (deadlines around the real today)."""
    page = open_page(qtbot, demo_ctx, dt.date.today())

    titles = [page.untickled.item(i).text() for i in range(page.untickled.count())]
    assert INTAKE in titles
    assert LONG_BEACH in titles  # open, but its only deadline is done
    assert PRACTICE not in titles
    assert page.untickled_heading.text() == f"Matters with no open deadline ({len(titles)})"
    assert page.untickled_warning.text() == (
        f"{len(titles)} open matters without an open deadline (listed below)"
    )
    assert page.untickled.isVisible()
    assert not page.untickled_empty.isVisible()


def test_double_click_opens_the_deadline(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    table = page.this_week.table
    item = page.this_week.model.item(0)
    wanted = ("deadlines", item.deadline_id)

    with qtbot.waitSignal(fixed_ctx.open_record, check_params_cb=lambda *args: args == wanted):
        double_click(qtbot, table, page.this_week.model.index(0, 2))


def test_enter_on_a_matter_opens_it(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    wanted = matter_id(fixed_ctx, INTAKE)
    row = next(i for i in range(page.untickled.count()) if page.untickled.item(i).text() == INTAKE)
    page.untickled.setFocus()
    page.untickled.setCurrentRow(row)

    with qtbot.waitSignal(
        fixed_ctx.open_record, check_params_cb=lambda k, i: (k, i) == ("matters", wanted)
    ):
        qtbot.keyClick(page.untickled, Qt.Key.Key_Return)


def test_keyboard_reaches_every_section(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    for section in page.sections:
        assert section.table.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert section.table.accessibleName()
        assert not section.table.tabKeyNavigation()  # Tab moves on rather than cell to cell
    assert page.untickled.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_an_empty_vault_says_so_in_words(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = open_page(qtbot, app_ctx)

    assert page.overdue.heading.text() == "Overdue (0)"
    assert page.overdue.empty.isVisible()
    assert page.overdue.empty.text() == "Nothing overdue."
    assert not page.overdue.table.isVisible()
    assert page.due_today.empty.text() == "Nothing due today."
    assert page.untickled_empty.isVisible()
    assert page.untickled_empty.text() == "Every open matter has an open deadline."
    assert page.untickled_warning.text() == ""


def test_refreshes_when_a_deadline_is_added(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    intake = matter_id(fixed_ctx, INTAKE)

    with qtbot.waitSignal(page.refreshed):
        fixed_ctx.write(
            lambda uow: records.create(
                uow,
                "deadlines",
                {"matter_id": intake, "title": "Call the student", "due": TODAY, "status": "open"},
            )
        )

    assert page.due_today.heading.text() == "Due today (2)"
    assert "Call the student" in texts(page.due_today.model, 2)
    titles = [page.untickled.item(i).text() for i in range(page.untickled.count())]
    assert INTAKE not in titles


def test_a_hidden_dashboard_reloads_when_shown_again(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    page.hide()
    intake = matter_id(fixed_ctx, INTAKE)
    late = {
        "matter_id": intake,
        "title": "Late one",
        "due": TODAY - dt.timedelta(days=5),
        "status": "open",
    }
    fixed_ctx.write(lambda uow: records.create(uow, "deadlines", late))
    assert page.overdue.heading.text() == "Overdue (1)"  # not reloaded while hidden

    with qtbot.waitSignal(page.refreshed):
        page.show()
    assert page.overdue.heading.text() == "Overdue (2)"
    assert texts(page.overdue.model, 1)[0] == "overdue by 5 days"


def test_locking_clears_what_was_shown(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    page = open_page(qtbot, fixed_ctx)
    fixed_ctx.locked.emit()
    assert page.overdue.model.rowCount() == 0
    assert page.untickled.count() == 0


def test_due_items_model_passes_qt_model_tester(
    qtbot: QtBot, fixed_ctx: AppContext, qtmodeltester: object
) -> None:
    page = open_page(qtbot, fixed_ctx)
    model = DueItemsModel()
    model.set_items(page.data.next_30_days + page.data.overdue if page.data else ())
    assert model.rowCount() == 3
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_items(())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_new_day_moves_today_into_overdue(qtbot: QtBot, fixed_ctx: AppContext) -> None:
    """A window left open over midnight catches up without a click."""
    days = [TODAY]
    page = DashboardPage(fixed_ctx, today_provider=lambda: days[-1])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.overdue.heading.text() == "Overdue (1)"

    days.append(TODAY + dt.timedelta(days=1))
    with qtbot.waitSignal(page.refreshed):
        page.midnight.new_day.emit()

    assert page.overdue.heading.text() == "Overdue (2)"
    assert texts(page.overdue.model, 1) == ["overdue by 3 days", "overdue by 1 day"]
    assert page.due_today.heading.text() == "Due today (0)"
