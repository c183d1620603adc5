"""The subpoena editor dockets the platform-notice deadline with the subpoena, recounts it when
the notice changes, and says what it did in one sentence beside the Save button."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import RecordEditor, open_editor
from services import records

D = dt.date


def _type(qtbot: QtBot, editor: RecordEditor, name: str, text: str) -> None:
    widget = editor.find_input(name).focus
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.clear()
    qtbot.keyClicks(widget, text)


def _save(qtbot: QtBot, editor: RecordEditor) -> None:
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def _deadlines_of(ctx: AppContext, matter_id: int) -> list[tuple[str | None, dt.date, str]]:
    views = ctx.read(lambda uow: records.list_records(uow, "deadlines"))
    return [(d.rule_id, d.due, d.status) for d in views if d.matter_id == matter_id]


def test_saving_a_subpoena_with_a_notice_dockets_its_deadline_and_says_so(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    matter = app_ctx.write(
        lambda uow: records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
    )
    editor = open_editor(app_ctx, "subpoenas", 0, prefill={"matter_id": matter.id})
    editor.ask_unsaved = lambda: "discard"
    editor.show()
    qtbot.waitExposed(editor)
    try:
        _type(qtbot, editor, "issuer", "U.S. Department of Homeland Security")
        _type(qtbot, editor, "recipient", "Meta")
        _type(qtbot, editor, "user_notified", "2026-12-01")
        editor.find_input("response_window_days").spin.setValue(10)
        _save(qtbot, editor)

        assert _deadlines_of(app_ctx, matter.id) == [
            ("notice-response-window", D(2026, 12, 11), "open")
        ]
        assert editor.status_label.text() == (
            "Docketed: motion to quash before the platform's window closes, due 11 Dec 2026."
        )

        editor.find_input("response_window_days").spin.setValue(14)
        _save(qtbot, editor)
        assert _deadlines_of(app_ctx, matter.id) == [
            ("notice-response-window", D(2026, 12, 15), "open")
        ]
        assert editor.status_label.text() == (
            "Recounted: motion to quash before the platform's window closes, now due 15 Dec 2026."
        )

        editor.find_input("user_notified").edit.clear()
        _save(qtbot, editor)
        assert editor.status_label.text() == (
            "The notice date was cleared; the deadline was left as it was."
        )
        assert _deadlines_of(app_ctx, matter.id) == [
            ("notice-response-window", D(2026, 12, 15), "open")
        ]
    finally:
        if shiboken6.isValid(editor) and editor.isVisible():
            editor.close_for_lock()
