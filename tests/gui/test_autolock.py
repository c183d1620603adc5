"""Auto-lock after idle time: the vault closes, typed work is kept as a draft inside the vault,
and after unlocking the editor reopens with what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.app import LockController, build_window
from gui.context import AppContext
from gui.editors import RecordEditor
from services import drafts, records
from tests.conftest import PASSPHRASE
from tests.gui.test_editors import type_into


def test_idle_timeout_locks_and_unlocking_restores_typed_work(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, controller = build_window(app, app_ctx)
    qtbot.addWidget(window)
    window.show()
    matter = app_ctx.write(
        lambda uow: records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
    )
    editor = window.open_record("matters", matter.id)
    assert isinstance(editor, RecordEditor)
    type_into(qtbot, editor, "judge", "Magistrate Judge Hixson")
    assert editor.has_unsaved_changes()

    controller.idle.set_minutes(0.003)  # about 0.2 s without input
    qtbot.waitUntil(lambda: not app_ctx.is_unlocked, timeout=5000)
    assert not window.isVisible()
    assert app_ctx.vault is not None and app_ctx.vault.is_locked
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    # Nothing was saved to the record itself; the typed judge waits in an encrypted draft.
    from storage.vault import unlock_with_passphrase

    with unlock_with_passphrase(app_ctx.folder, PASSPHRASE) as peek:  # type: ignore[arg-type]
        from storage.uow import UnitOfWork

        with UnitOfWork(peek, "check") as uow:
            assert records.get(uow, "matters", matter.id).judge is None
            kept = drafts.all_drafts(uow)
    assert [(d.kind, d.record_id) for d in kept] == [("matters", matter.id)]

    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app_ctx.is_unlocked and window.isVisible(), timeout=10000)
    reopened = [e for e in window.findChildren(RecordEditor) if e.isVisible()]
    assert len(reopened) == 1
    assert reopened[0].find_input("judge").state() == "Magistrate Judge Hixson"
    assert reopened[0].has_unsaved_changes()
    assert app_ctx.read(drafts.all_drafts) == []  # the draft is consumed once restored
    reopened[0].ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
    reopened[0].close_for_lock()
    controller.idle.stop()


def test_ctrl_l_locks_at_once(qtbot: QtBot, app_ctx: AppContext) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, controller = build_window(app, app_ctx)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(controller, LockController)
    window.lock_action.trigger()
    assert not app_ctx.is_unlocked and not window.isVisible()
    assert controller.unlock_dialog is not None
    controller.unlock_dialog.reject()
    controller.idle.stop()
