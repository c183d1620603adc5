"""Start the desktop app in the person's language: choose or create a vault, unlock it, show the
main window, and lock it again by hand, after idle time, or on suspend, without losing typed
work. Changing the language rebuilds the main window around the same unlocked vault; opening
another vault rebuilds it around that one."""

from __future__ import annotations

import functools
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from gui.i18n import chosen_language, install_translator
from gui.locking import DEFAULT_MINUTES, IdleLock
from gui.messages import show_error
from gui.recent_vaults import same_folder
from gui.start import choose_actor, choose_vault, remember_vault
from gui.tasks import TaskRunner
from gui.unlock import UnlockDialog
from models.errors import QuashError
from services import vault_folder

if TYPE_CHECKING:
    from gui.context import AppContext
    from gui.main_window import MainWindow
    from services.vaults import Vault

# Nothing that needs an unlocked vault is imported before the unlock window shows: not the main
# window (every page, ReportLab, PIL), which gui.start imports while the key is derived, nor the
# database layer (SQLCipher, SQLAlchemy, the models, the court calendars), which gui.unlock
# loads once its window is on screen. The window shows in half the time. The
# first-run wizard is imported only when it is needed.

log = logging.getLogger("quash.gui")


class LockController(QObject):
    """Owns the lock/unlock cycle of one running app, and the main window: rebuilt, around the
    same unlocked vault, when the person changes the interface language, and around another
    vault when the person opens that one (File ▸ Open another vault…, Recent vaults)."""

    window_replaced = Signal(object)  # the new MainWindow, after a change of language or vault
    switch_finished = Signal(bool)  # File ▸ Open another vault… ran its course: whether it did

    def __init__(self, app: QApplication, ctx: AppContext, window: MainWindow):
        super().__init__(window)
        self.app = app
        self.ctx = ctx
        self.idle = IdleLock(app, self.lock, self._autolock_minutes())
        self.unlock_dialog: UnlockDialog | None = None
        self.switching = False  # File ▸ Open another vault… is under way
        self.window = window
        self._attach(window)
        self.idle.start()
        # Qt keeps a window's shortcuts from firing while a modal dialog is up; the lock key
        # must lock all the same (a person about to leave the desk presses it wherever they are).
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.ctx.is_unlocked
            and QApplication.activeModalWidget() is not None
            and QApplication.activeModalWidget() is not self.unlock_dialog
            and self.window.lock_action.shortcut().matches(QKeySequence(event.keyCombination()))
            == QKeySequence.SequenceMatch.ExactMatch
        ):
            QTimer.singleShot(0, self.lock)  # once the key's own handling has returned
            return True
        return False

    def _attach(self, window: MainWindow) -> None:
        self.window = window
        self.setParent(window)  # lives as long as the window it serves
        window.lock_requested.connect(self.lock)
        window.open_vault_requested.connect(self.ask_to_open_another_vault)
        window.travel_requested.connect(self.travel)
        window.settings_page.autolock_changed.connect(self.idle.set_minutes)
        window.settings_page.language_chosen.connect(self.change_language)

    # -- travel mode

    def travel(self) -> None:
        """File ▸ Travel mode…: when the vault was removed from this computer (the dialog has
        said what is left and how to restore), there is nothing left to show: Quash closes."""
        from gui.travel_dialog import run_travel_mode

        if run_travel_mode(self.window, self.ctx):
            self.idle.stop()
            self.window.hide()
            self.app.quit()

    # -- the interface language

    def change_language(self, language: str) -> None:
        """Apply `language` once the settings page's signal has returned (its window goes)."""
        QTimer.singleShot(0, lambda: self.rebuild_window(language))

    def rebuild_window(self, language: str) -> MainWindow:
        """Put the interface in `language` without losing the session: the vault stays
        unlocked, every open editor is kept as an encrypted draft and reopens with what was
        typed, and the page on screen stays on screen."""
        applied = install_translator(self.app, language)
        if self.ctx.is_unlocked:
            self.ctx.keep_editors_as_drafts(unchanged_too=True)
        window = self._replace_window()
        if self.ctx.is_unlocked:
            self.restore_drafts()
        window.settings_page.say_language(applied, language)
        log.info("interface language: %s", applied)
        self.window_replaced.emit(window)
        return window

    def _replace_window(self) -> MainWindow:
        """A new main window in the old one's place and size, on the same page; the old one
        goes now, so none of its views answers the vault's signals again."""
        old = self.window
        page = old.pages.currentIndex()
        geometry, maximized = old.saveGeometry(), old.isMaximized()
        from gui.main_window import MainWindow

        window = MainWindow(self.ctx)
        window.restoreGeometry(geometry)
        window.show_page(page)
        self._attach(window)
        if maximized:
            window.showMaximized()
        elif old.isVisible():
            window.show()
        old.hide()
        shiboken6.delete(old)
        return window

    # -- another vault

    def ask_to_open_another_vault(self, folder: Path | None) -> None:
        """Open another vault once the menu's signal has returned (its window goes)."""
        QTimer.singleShot(0, lambda: self.open_another_vault(folder))

    def open_another_vault(self, folder: Path | None = None) -> bool:
        """File ▸ Open another vault… (`folder` None: the person picks it) and File ▸ Recent
        vaults. The vault open now stays open, as it is, until the other one is unlocked: a
        Cancel at any step, a folder without a vault or a forgotten passphrase leave the person
        where they were, with nothing to unlock again. Only then is this vault locked as Ctrl+L
        locks it (its connections closed, its key forgotten) and the window shows the other.
        Ctrl+L, the idle time or the screen locking meanwhile lock this vault as ever, and the
        other is locked again. Returns whether the other vault is open."""
        if self.switching or not self.ctx.is_unlocked:
            return False
        self.switching = True
        try:
            chosen = self._unlock_another_vault(folder)
        finally:
            self.switching = False
        opened = chosen is not None and self._switch_to(*chosen)
        self.switch_finished.emit(opened)
        return opened

    def _unlock_another_vault(self, folder: Path | None) -> tuple[Vault, Path, str] | None:
        window = self.window
        if not window.ask_about_unsaved_work():
            return None
        if folder is None:
            folder = self._choose_vault_folder()
            if folder is None:
                return None
        if self.ctx.folder is not None and same_folder(folder, self.ctx.folder):
            window.statusBar().showMessage(self.tr("That vault is open already."), 10_000)
            return None
        if not vault_folder.holds_vault(folder):
            show_error(
                window,
                self.tr(
                    "There is no Quash vault in %1: a vault's folder holds quash.keys and "
                    "quash.db. The vault open now stays open."
                ).replace("%1", str(folder)),
            )
            return None
        dialog = UnlockDialog(folder, self.ctx.runner, window)
        unlocked = dialog.exec() == QDialog.DialogCode.Accepted
        vault = dialog.vault
        dialog.deleteLater()
        if not unlocked or vault is None:
            return None
        actor = choose_actor(vault, window) if self.ctx.is_unlocked else None
        if actor is None or not self.ctx.is_unlocked:
            vault.lock()  # cancelled, or this vault locked while the key was being checked
            return None
        return vault, folder, actor

    def _choose_vault_folder(self) -> Path | None:
        near = self.ctx.folder.parent if self.ctx.folder is not None else Path.home()
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Open another vault"), str(near)
        )
        return Path(chosen) if chosen else None

    def _switch_to(self, vault: Vault, folder: Path, actor: str) -> bool:
        """Lock this vault and show `vault`, unlocked, in a new main window."""
        from services import vaults  # not before the unlock window: see the top of this file

        self.idle.stop()
        self._close_dialogs()
        for editor in self.ctx.open_editors():
            editor.close_for_lock()  # saved or discarded as the person answered
        try:
            self.ctx.lock()
        except QuashError as exc:
            vault.lock()
            show_error(self.window, exc)
            self.idle.start()
            return False
        self.ctx.actor = actor
        self.ctx.view_state.clear()  # a page's choices may name the other vault's records
        self.ctx.set_vault(vault, folder)
        if not self.ctx.read(vaults.is_demo):  # the demo is never remembered (gui.start)
            remember_vault(self.ctx.preferences, folder)
        window = self._replace_window()
        self.restore_drafts()  # what was typed in the other vault when it last locked
        self.idle.set_minutes(self._autolock_minutes())
        self.idle.start()
        log.info("opened another vault")
        self.window_replaced.emit(window)
        return True

    def _autolock_minutes(self) -> float:
        if not self.ctx.is_unlocked:
            return DEFAULT_MINUTES
        from services import vaults  # not before the unlock window: see the top of this file

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
        self._close_dialogs()
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

    def _close_dialogs(self) -> None:
        """A modal question or dialog left open would stay on screen over the unlock window:
        each is answered as Cancel would answer it (a question's safe No) before the vault
        locks. Editors are not modal: the lock keeps their typing as drafts."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
                if widget is not self.unlock_dialog:  # editors (not modal) become drafts
                    widget.reject()

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
        from services import drafts  # not before the unlock window: see the top of this file

        kept = self.ctx.read(drafts.all_drafts)
        for draft in kept:
            editor = self.window.open_record(draft.kind, draft.record_id or 0)
            if editor is not None:
                editor.restore_draft(draft.state)  # type: ignore[attr-defined]
            self.ctx.write(functools.partial(drafts.discard, draft_id=draft.id))
        return len(kept)


def build_window(app: QApplication, ctx: AppContext) -> tuple[MainWindow, LockController]:
    from gui.main_window import MainWindow

    window = MainWindow(ctx)
    controller = LockController(app, ctx, window)
    if ctx.is_unlocked:
        controller.restore_drafts()
    return window, controller


def _prepare_report_fonts() -> None:
    """Cut the report fonts for other scripts (once per computer, about a minute on a pip
    install) while the person unlocks, so the first report or recovery sheet does not wait."""

    def cut() -> None:
        from reports import font_files

        try:
            font_files.static_paths()
        except Exception as exc:  # noqa: BLE001 - a report cuts them again, or says why
            logging.getLogger("quash.gui").warning(
                "report fonts not prepared (%s)", type(exc).__name__
            )

    threading.Thread(target=cut, name="report-fonts", daemon=True).start()


def run_gui(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Quash")
    app.setOrganizationName("Quash")
    install_translator(app, chosen_language(QSettings()))  # before the first window
    # Once the first window's event loop runs, after the imports it needs: the cutting holds the
    # interpreter for most of a minute on a first run, and slowed those imports threefold.
    QTimer.singleShot(0, _prepare_report_fonts)
    pool = QThreadPool()
    runner = TaskRunner(pool)
    chosen = choose_vault(runner)
    if chosen is None:
        return 0
    vault, folder, actor = chosen
    from gui.context import AppContext  # not before the unlock window: see the top of this file

    ctx = AppContext(runner, actor)
    ctx.set_vault(vault, Path(folder))
    window, controller = build_window(app, ctx)
    from gui.reminders import DeadlineReminders

    reminders = DeadlineReminders(ctx)  # stops while the vault is locked
    reminders.window_to_raise = window

    def window_replaced(new: MainWindow) -> None:  # the language changed: reword the tray
        reminders.window_to_raise = new
        if ctx.is_unlocked:
            reminders.check()

    controller.window_replaced.connect(window_replaced)
    window.show()
    code = int(app.exec())
    if ctx.is_unlocked:
        ctx.lock()
    pool.waitForDone(10000)
    return code
