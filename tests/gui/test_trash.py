"""Deleting is never one Enter away: the question defaults to No and counts what goes along; a
deleted matter waits in the Trash (Edit → Trash…) and comes back as it was; emptying the trash
asks too; a restore that would clash says so in one sentence and changes nothing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import open_editor
from gui.main_window import MainWindow
from gui.trash_dialog import TrashDialog
from services import documents, queries, records

D = dt.date


def _matter_with_papers(ctx: AppContext) -> int:
    def build(uow: object) -> int:
        matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"}).id
        subpoena = records.create(
            uow,
            "subpoenas",
            {
                "matter_id": matter,
                "kind": "administrative_subpoena",
                "issuer": "DHS",
                "recipient": "Meta",
                "status": "received",
            },
        ).id
        documents.attach(uow, documents.on_subpoena(subpoena), "notice.pdf", b"%PDF-1.4")
        for n in range(3):
            records.create(
                uow,
                "deadlines",
                {"matter_id": matter, "title": f"D{n}", "due": D(2026, 3, n + 2), "status": "open"},
            )
        return int(matter)

    return ctx.write(build)  # type: ignore[arg-type]


def _answer_next_question(qtbot: QtBot, answer: Callable[[QMessageBox], None]) -> list[str]:
    """When the next message box opens, note what it says and which button is the default,
    then let `answer` act on it as a person would."""
    seen: list[str] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, act)
            return
        default = box.defaultButton()
        seen.append(box.text())
        seen.append(box.standardButton(default).name if default else "")
        answer(box)

    QTimer.singleShot(0, act)
    return seen


def _press_enter(box: QMessageBox) -> None:
    QtBot.keyClick(box, Qt.Key.Key_Return)


def _click_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def test_deleting_a_matter_asks_with_no_as_default_and_counts_what_goes(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    matter = _matter_with_papers(app_ctx)
    editor = open_editor(app_ctx, "matters", matter)
    editor.show()

    seen = _answer_next_question(qtbot, _press_enter)
    editor.delete_button.click()
    question, default = seen
    assert default == "No"
    assert re.search(r"\b1 subpoena\b", question) and re.search(r"\b3 deadline", question)
    assert re.search(r"\b1 document\b", question)
    assert "Trash" in question
    assert app_ctx.read(lambda uow: records.count(uow, "matters")) == 1  # Enter kept it

    _answer_next_question(qtbot, _click_yes)
    editor.delete_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())
    assert app_ctx.read(lambda uow: records.count(uow, "matters")) == 0


def test_a_deleted_matter_is_restored_from_the_trash_and_shown_again(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    matter = _matter_with_papers(app_ctx)
    app_ctx.write(lambda uow: records.delete(uow, "matters", matter))
    today = D(2026, 3, 1)
    assert app_ctx.read(lambda uow: queries.dashboard(uow, today).this_week) == ()

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.trash_action.trigger()
    dialog = window.findChild(TrashDialog)
    assert dialog is not None and dialog.isVisible()
    row = dialog.list.topLevelItem(0)
    assert row.text(1) == "Doe v. DHS"
    assert re.search(r"1 subpoena.*3 deadline.*1 document", row.text(2))

    dialog.restore_button.click()
    assert dialog.list.topLevelItemCount() == 0
    assert dialog.empty_label.text() == "Restored: Doe v. DHS"
    restored = app_ctx.read(lambda uow: records.get(uow, "matters", matter))
    assert restored.title == "Doe v. DHS"
    assert len(app_ctx.read(lambda uow: queries.dashboard(uow, today).this_week)) == 3
    dialog.close()


def test_emptying_the_trash_asks_with_no_as_default_and_counts(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    matter = _matter_with_papers(app_ctx)
    app_ctx.write(lambda uow: records.delete(uow, "matters", matter))
    dialog = TrashDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()

    seen = _answer_next_question(qtbot, _press_enter)
    dialog.empty_button.click()
    question, default = seen
    assert default == "No"
    assert re.search(r"1 matter\b.*1 subpoena\b.*3 deadline", question)
    assert dialog.list.topLevelItemCount() == 1  # Enter emptied nothing

    _answer_next_question(qtbot, _click_yes)
    dialog.empty_button.click()
    assert dialog.list.topLevelItemCount() == 0
    assert dialog.empty_label.text() == "The trash is empty."
    assert not dialog.empty_button.isEnabled()


def test_a_restore_that_clashes_says_so_and_changes_nothing(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    person = app_ctx.write(
        lambda uow: records.create(uow, "staff", {"name": "Rosa Díaz", "role": "paralegal"}).id
    )
    app_ctx.write(lambda uow: records.delete(uow, "staff", person))
    app_ctx.write(
        lambda uow: records.create(uow, "staff", {"name": "Rosa Díaz", "role": "attorney"})
    )
    dialog = TrashDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.restore_button.click()
    assert dialog.error_label.isVisible()
    assert "cannot be restored" in dialog.error_label.text()
    assert "Nothing was changed." in dialog.error_label.text()
    assert dialog.list.topLevelItemCount() == 1
    staff = app_ctx.read(lambda uow: records.list_records(uow, "staff"))
    assert [s.role for s in staff if s.name != "Test Paralegal"] == ["attorney"]
