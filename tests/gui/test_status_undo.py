"""Mark done says what it did and can be undone: "Marked done: <title> (<date>)" under the
list and in the main window's status bar, with Undo (or Ctrl+Z on the list) putting the status
back, audited; the deadlines' Status filter offers "Any status"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.i18n import weekday_date
from gui.main_window import MainWindow
from gui.pages.records_page import RecordsPage
from services import audit, records


def _deadline(ctx: AppContext) -> int:
    def build(uow: object) -> int:
        matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"}).id
        return int(
            records.create(
                uow,
                "deadlines",
                {
                    "matter_id": matter,
                    "title": "Opposition",
                    "due": dt.date(2026, 12, 15),
                    "status": "open",
                },
            ).id
        )

    return ctx.write(build)  # type: ignore[arg-type]


def _deadlines_page(qtbot: QtBot, window: MainWindow) -> RecordsPage:
    window.show_page(window.page_index("Deadlines"))
    page = window.pages.currentWidget()
    assert isinstance(page, RecordsPage) and page.kind == "deadlines"
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return page


def test_mark_done_says_what_it_did_and_undo_puts_it_back(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    deadline = _deadline(app_ctx)
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    page = _deadlines_page(qtbot, window)
    assert page.status_filter is not None
    statuses = [page.status_filter.itemText(i) for i in range(page.status_filter.count())]
    assert statuses[0] == "Any status"

    page.table.selectRow(0)
    page.table.setFocus()
    with qtbot.waitSignal(page.model.modelReset):
        qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    said = f"Marked done: Opposition ({weekday_date(dt.date(2026, 12, 15))})"
    assert page.done_label.text() == said
    assert window.statusBar().currentMessage() == said
    assert page.undo_button.isVisible()
    assert app_ctx.read(lambda uow: records.get(uow, "deadlines", deadline).status) == "done"

    page.undo_button.click()
    assert app_ctx.read(lambda uow: records.get(uow, "deadlines", deadline).status) == "open"
    assert not page.undo_button.isVisible()
    assert page.done_label.text() == "Undone: the status is as it was."
    last = app_ctx.read(lambda uow: audit.entries(uow, entity="deadline", limit=1))[0]
    assert last.action == "change" and last.detail["changed"]["status"] == ["done", "open"]


def test_ctrl_z_on_the_list_undoes_a_vacate(qtbot: QtBot, app_ctx: AppContext) -> None:
    deadline = _deadline(app_ctx)
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    page = _deadlines_page(qtbot, window)
    page.table.selectRow(0)
    page.table.setFocus()
    with qtbot.waitSignal(page.model.modelReset):
        page.vacate_action.trigger()
    assert page.done_label.text().startswith("Vacated: Opposition (")
    assert app_ctx.read(lambda uow: records.get(uow, "deadlines", deadline).status) == "vacated"

    assert page.status_filter is not None
    with qtbot.waitSignal(page.model.modelReset):
        page.status_filter.setCurrentIndex(0)  # Any status: the vacated one is listed
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert app_ctx.read(lambda uow: records.get(uow, "deadlines", deadline).status) == "open"
