"""Start the desktop app: choose or create a vault, unlock it, show the main window, and lock
it again by hand, after idle time, or on suspend, without losing typed work."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog

from gui.context import AppContext
from gui.locking import DEFAULT_MINUTES, IdleLock
from gui.main_window import MainWindow
from gui.messages import show_error
from gui.start import choose_vault
from gui.tasks import TaskRunner
from gui.unlock import UnlockDialog
from models.errors import QuashError
from services import drafts, vaults

log = logging.getLogger("quash.gui")


class LockController(QObject):
    """Owns the lock/unlock cycle of one running app."""

    def __init__(self, app: QApplication, ctx: AppContext, window: MainWindow):
        super().__init__(window)
        self.app = app
        self.ctx = ctx
        self.window = window
        self.idle = IdleLock(app, self.lock, self._autolock_minutes())
        self.unlock_dialog: UnlockDialog | None = None
        window.lock_requested.connect(self.lock)
        window.settings_page.autolock_changed.connect(self.idle.set_minutes)
        self.idle.start()

    def _autolock_minutes(self) -> float:
        if not self.ctx.is_unlocked:
            return DEFAULT_MINUTES
        text = self.ctx.read(lambda uow: vaults.setting(uow, "autolock_minutes"))
        try:
            return max(1.0, float(text)) if text else DEFAULT_MINUTES
        except ValueError:
            return DEFAULT_MINUTES

    def lock(self) -> None:
        """Keep unsaved edits as drafts in the vault, close the vault, ask to unlock again."""
        if not self.ctx.is_unlocked:
            return
        self.idle.stop()
        try:
            kept = self.ctx.lock()
        except QuashError as exc:
            show_error(self.window, exc)
            return
        log.info("locked; %d draft(s) kept", kept)
        self.window.hide()
        folder = self.ctx.folder
        assert folder is not None
        dialog = UnlockDialog(folder, self.ctx.runner)
        self.unlock_dialog = dialog
        dialog.finished.connect(self._after_unlock_dialog)
        dialog.open()

    def _after_unlock_dialog(self, result: int) -> None:
        dialog = self.unlock_dialog
        self.unlock_dialog = None
        if dialog is None or result != QDialog.DialogCode.Accepted or dialog.vault is None:
            self.app.quit()
            return
        assert self.ctx.folder is not None
        self.ctx.set_vault(dialog.vault, self.ctx.folder)
        self.window.show()
        self.window.update_status()
        self.restore_drafts()
        self.idle.set_minutes(self._autolock_minutes())
        self.idle.start()

    def restore_drafts(self) -> int:
        """Reopen every editor that was open with unsaved work when the vault locked."""
        kept = self.ctx.read(drafts.all_drafts)
        for draft in kept:
            editor = self.window.open_record(draft.kind, draft.record_id or 0)
            if editor is not None:
                editor.restore_draft(draft.state)  # type: ignore[attr-defined]
            self.ctx.write(lambda uow, d=draft.id: drafts.discard(uow, d), changed="drafts")
        return len(kept)


def build_window(app: QApplication, ctx: AppContext) -> tuple[MainWindow, LockController]:
    window = MainWindow(ctx)
    controller = LockController(app, ctx, window)
    if ctx.is_unlocked:
        controller.restore_drafts()
    return window, controller


def run_gui(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Quash")
    app.setOrganizationName("Quash")
    pool = QThreadPool()
    runner = TaskRunner(pool)
    chosen = choose_vault(runner)
    if chosen is None:
        return 0
    vault, folder, actor = chosen
    ctx = AppContext(runner, actor)
    ctx.set_vault(vault, Path(folder))
    window, _controller = build_window(app, ctx)
    window.show()
    code = int(app.exec())
    if ctx.is_unlocked:
        ctx.lock()
    pool.waitForDone(10000)
    return code
