"""A recount nobody asked for is shown until a person confirms it: a closure day added for one
court in Settings moves that court's open deadline, the Deadlines list marks it, and its editor
says old → new with a button to confirm."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import open_editor
from gui.pages.settings_page import SettingsPage
from gui.table_models import RecordTableModel
from services import docketing, records
from services.queries import ListQuery

D = dt.date


def test_a_closure_for_one_court_is_flagged_on_the_deadline_until_confirmed(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    def setup(uow: object) -> tuple[int, int]:
        sf = records.create(uow, "matters", {"title": "SF", "status": "open", "court": "N.D. Cal."})
        la = records.create(uow, "matters", {"title": "LA", "status": "open", "court": "C.D. Cal."})
        [a] = docketing.add_from_rule(uow, sf.id, "frcp-6a", D(2025, 2, 10), days=14)
        docketing.add_from_rule(uow, la.id, "frcp-6a", D(2025, 2, 10), days=14)
        return int(a.id), int(sf.id)

    deadline_id, _ = app_ctx.write(setup)

    page = SettingsPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.set_closure_date(D(2025, 2, 24))
    page.closure_court.setCurrentIndex(page.closure_court.findData("ndcal"))
    page.closure_reason.setText("CM/ECF outage")
    page.add_closure_button.click()
    assert page.status.text() == (
        "Added Mon 24 Feb 2025 as a closure day. Moved: 1 open deadline, marked on the "
        "Deadlines page for you to confirm."
    )
    assert page.closures_model.index(0, 1).data() == "N.D. Cal."

    model = RecordTableModel(app_ctx, "deadlines")
    model.set_query(ListQuery("deadlines", sort="due"))
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    title = next(i for i, c in enumerate(model.columns) if c.key == "title")
    marked = [
        model.index(r, title).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())
    ]
    assert marked.count("Recounted: open the deadline to confirm its new date.") == 1

    editor = open_editor(app_ctx, "deadlines", deadline_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.review_box.isVisible()
    assert editor.review_text.text() == (
        "Recounted because a closure day was added (Mon 24 Feb 2025): the date moved from "
        "Mon 24 Feb 2025 to Tue 25 Feb 2025. Check it, then confirm."
    )
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert not editor.review_box.isVisible()
    assert app_ctx.read(docketing.to_review) == []
