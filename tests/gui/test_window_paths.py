"""Keys and quitting as a person meets them across windows: the menus' shortcuts answer in an
editor (a window of its own), and quitting with unsaved work asks before anything closes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.app import LockController, build_window
from gui.context import AppContext
from gui.editors import RecordEditor
from gui.main_window import MainWindow
from services import drafts, records
from tests.gui.test_editors import type_into

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def app_window(qtbot: QtBot, app_ctx: AppContext) -> Iterator[tuple[MainWindow, LockController]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, controller = build_window(app, app_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, controller
    controller.idle.stop()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.hide()
    for editor in window.findChildren(RecordEditor):
        if shiboken6.isValid(editor):
            editor.close_for_lock()


def matter_editor(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> RecordEditor:
    """A saved matter open in its editor, with a judge typed and not saved, the editor in front."""
    matter = ctx.write(
        lambda uow: records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
    )
    editor = window.open_record("matters", matter.id)
    assert isinstance(editor, RecordEditor)
    qtbot.waitExposed(editor)
    type_into(qtbot, editor, "judge", "Magistrate Judge Hixson")
    assert editor.has_unsaved_changes()
    editor.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]  # never blocks
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def press(qtbot: QtBot, window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key pressed where the keyboard focus is in `window` (as a person presses it)."""
    target = QApplication.focusWidget() or window
    assert target.window() is window
    qtbot.keyClick(target, key, modifiers)


def test_ctrl_l_in_an_editor_locks_and_keeps_the_typing_as_a_draft(
    qtbot: QtBot, app_ctx: AppContext, app_window: tuple[MainWindow, LockController]
) -> None:
    window, controller = app_window
    editor = matter_editor(qtbot, window, app_ctx)
    press(qtbot, editor, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: not app_ctx.is_unlocked, timeout=5000)
    assert not window.isVisible()
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()
    from storage.uow import UnitOfWork
    from storage.vault import unlock_with_passphrase
    from tests.conftest import PASSPHRASE

    with (
        unlock_with_passphrase(app_ctx.folder, PASSPHRASE) as peek,  # type: ignore[arg-type]
        UnitOfWork(peek, "check") as uow,
    ):
        kept = drafts.all_drafts(uow)
    assert [d.kind for d in kept] == ["matters"]
    assert "Magistrate Judge Hixson" in str(kept[0].state)


def test_the_menus_other_shortcuts_answer_in_an_editor(
    qtbot: QtBot, app_ctx: AppContext, app_window: tuple[MainWindow, LockController]
) -> None:
    window, _controller = app_window
    editor = matter_editor(qtbot, window, app_ctx)
    before = set(window.findChildren(RecordEditor))
    press(qtbot, editor, Qt.Key.Key_A, CTRL_SHIFT)  # New ▸ Account
    qtbot.waitUntil(lambda: len(set(window.findChildren(RecordEditor)) - before) == 1)
    account = (set(window.findChildren(RecordEditor)) - before).pop()
    assert account.kind == "accounts" and account.isVisible()

    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    press(qtbot, editor, Qt.Key.Key_6, CTRL)  # Go ▸ Deadlines
    assert window.pages.currentIndex() == 5
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    press(qtbot, editor, Qt.Key.Key_F, CTRL)  # Find: the main window's search box
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)


@pytest.mark.parametrize("answer", ["cancel", "save", "discard"])
def test_ctrl_q_with_unsaved_work_asks_before_anything_closes(
    qtbot: QtBot,
    app_ctx: AppContext,
    app_window: tuple[MainWindow, LockController],
    answer: str,
) -> None:
    window, _controller = app_window
    editor = matter_editor(qtbot, window, app_ctx)
    matter_id = editor.record_id
    seen: list[tuple[bool, bool]] = []

    def ask() -> str:
        seen.append((window.isVisible(), editor.isVisible()))
        return answer

    editor.ask_unsaved = ask  # type: ignore[method-assign]
    press(qtbot, editor, Qt.Key.Key_Q, CTRL)
    assert seen == [(True, True)]  # asked once, with every window still open
    judge = app_ctx.read(lambda uow: records.get(uow, "matters", matter_id).judge)
    if answer == "cancel":
        assert window.isVisible() and editor.isVisible() and app_ctx.is_unlocked
        assert editor.find_input("judge").state() == "Magistrate Judge Hixson"
        assert editor.has_unsaved_changes() and judge is None
        return
    assert not window.isVisible()
    assert not shiboken6.isValid(editor) or not editor.isVisible()
    assert app_ctx.open_editors() == []
    assert judge == ("Magistrate Judge Hixson" if answer == "save" else None)
    assert app_ctx.read(drafts.all_drafts) == []  # nothing left behind to reopen


def test_quitting_with_nothing_unsaved_asks_nothing(
    qtbot: QtBot, app_ctx: AppContext, app_window: tuple[MainWindow, LockController]
) -> None:
    window, _controller = app_window
    editor = matter_editor(qtbot, window, app_ctx)
    assert editor.save()
    editor.ask_unsaved = lambda: pytest.fail("asked with nothing unsaved")  # type: ignore[method-assign]
    press(qtbot, editor, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible() and app_ctx.open_editors() == []


def test_ctrl_l_locks_while_a_question_is_up_and_the_question_is_answered_no(
    qtbot: QtBot, app_ctx: AppContext, app_window: tuple[MainWindow, LockController]
) -> None:
    from PySide6.QtCore import QTimer

    from gui.messages import confirm

    window, controller = app_window
    answers: list[bool] = []

    def press_ctrl_l_in_the_question() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press_ctrl_l_in_the_question)
            return
        qtbot.keyClick(box, Qt.Key.Key_L, CTRL)
        # Were the key to do nothing, the question would stay: answer it so the test fails
        # below (the vault still unlocked) instead of waiting for ever.
        QTimer.singleShot(
            5000, lambda: box.reject() if shiboken6.isValid(box) and box.isVisible() else None
        )

    QTimer.singleShot(0, press_ctrl_l_in_the_question)
    answers.append(confirm(window, "Delete this matter?"))  # a modal question, as a delete asks
    assert answers == [False]  # the question went away as No: nothing deleted
    qtbot.waitUntil(lambda: not app_ctx.is_unlocked, timeout=5000)
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()
    assert QApplication.activeModalWidget() in (None, controller.unlock_dialog)
