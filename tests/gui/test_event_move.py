"""A docketed event's date reads as text (typing into it does nothing, and it says so), with
"Move to…" beside it; moving first shows each deadline's old → new date, counted by the code
that saves, and asks (No by default); only Yes moves and recounts."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import open_editor
from services import audit, docketing, records

D = dt.date


def _answer(qtbot: QtBot, yes: bool) -> list[str]:
    seen: list[str] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, act)
            return
        seen.append(box.text())
        seen.append(box.standardButton(box.defaultButton()).name)
        if yes:
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QtBot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)
    return seen


def test_moving_a_docketed_event_shows_the_changes_and_asks_first(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    matter = app_ctx.write(
        lambda uow: records.create(uow, "matters", {"title": "Doe", "status": "open"}).id
    )
    event = app_ctx.write(
        lambda uow: docketing.docket(uow, matter, "motion-to-quash-filed", D(2016, 5, 16))
    ).event_id
    editor = open_editor(app_ctx, "events", event)
    editor.ask_unsaved = lambda: "discard"
    editor.show()
    qtbot.waitExposed(editor)
    date = editor.find_input("date").edit
    assert date.isReadOnly() and not date.hasFrame()
    assert date.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert "Move to…" in date.toolTip()
    assert editor.move_to_button.isVisible() and not editor.move_row.isVisible()

    qtbot.mouseClick(editor.move_to_button, Qt.MouseButton.LeftButton)
    assert editor.move_row.isVisible()
    qtbot.keyClicks(editor.new_date, "2016-05-23")
    entries = app_ctx.read(lambda uow: len(audit.entries(uow)))

    seen = _answer(qtbot, yes=False)
    qtbot.mouseClick(editor.move_button, Qt.MouseButton.LeftButton)
    question, default = seen
    assert default == "No"
    assert "Opposition to the motion due: Tue 31 May 2016 → Mon 6 Jun 2016" in question
    assert app_ctx.read(lambda uow: records.get(uow, "events", event).date) == D(2016, 5, 16)
    assert app_ctx.read(lambda uow: len(audit.entries(uow))) == entries  # a preview writes nothing

    _answer(qtbot, yes=True)
    qtbot.mouseClick(editor.move_button, Qt.MouseButton.LeftButton)
    assert app_ctx.read(lambda uow: records.get(uow, "events", event).date) == D(2016, 5, 23)
    assert "Tue 31 May 2016 → Mon 6 Jun 2016" in editor.recount_label.text()
    assert editor.find_input("date").state() == "2016-05-23"
    assert not editor.move_row.isVisible()
    if shiboken6.isValid(editor):
        editor.close_for_lock()


def test_the_preview_is_what_saving_does(app_ctx: AppContext) -> None:
    matter = app_ctx.write(
        lambda uow: records.create(uow, "matters", {"title": "Doe", "status": "open"}).id
    )
    event = app_ctx.write(
        lambda uow: docketing.docket(uow, matter, "motion-to-quash-filed", D(2016, 5, 16))
    ).event_id
    preview = app_ctx.read(lambda uow: docketing.preview_move_trigger(uow, event, D(2016, 5, 23)))
    saved = app_ctx.write(lambda uow: docketing.move_trigger(uow, event, D(2016, 5, 23)))
    assert preview == saved and preview
