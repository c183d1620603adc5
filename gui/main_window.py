"""The main window: composes navigation, pages, search, menus and the status bar, and wires
their signals. Work lives in the pages, editors and services, not here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.editors import RecordEditor, open_editor
from gui.messages import show_error
from gui.pages.audit_page import AuditPage
from gui.pages.backup_page import BackupPage
from gui.pages.calendar_page import CalendarPage
from gui.pages.dashboard import DashboardPage
from gui.pages.records_page import RecordsPage
from gui.pages.reports_page import ReportsPage
from gui.pages.settings_page import SettingsPage
from gui.recent_vaults import RecentVaultsMenu
from gui.search import SearchBox
from models.errors import QuashError
from services import backups, vaults
from services.changes import Changes

STATUS_PATH_WIDTH = 280  # pixels of the vault folder's path in the status bar; all in its tooltip


class MainWindow(QMainWindow):
    lock_requested = Signal()
    travel_requested = Signal()  # File ▸ Travel mode…: back up, verify, remove from this computer
    # File ▸ Open another vault… (None: the person picks the folder) or Recent vaults (its
    # folder, a Path). gui.app's LockController switches; the window only asks.
    open_vault_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Quash"))
        self.resize(1200, 760)
        self._editors: list[QWidget] = []

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 10px; }")
        self.pages = QStackedWidget()
        self._page_titles: list[str] = []
        self.settings_page = SettingsPage(ctx)
        entries: list[tuple[str, Callable[[], QWidget]]] = [
            (self.tr("Dashboard"), lambda: DashboardPage(ctx)),
            (self.tr("Matters"), lambda: RecordsPage(ctx, "matters")),
            (self.tr("Clients"), lambda: RecordsPage(ctx, "clients")),
            (self.tr("Accounts"), lambda: RecordsPage(ctx, "accounts")),
            (self.tr("Subpoenas"), lambda: RecordsPage(ctx, "subpoenas")),
            (self.tr("Deadlines"), lambda: RecordsPage(ctx, "deadlines")),
            (self.tr("Calendar"), lambda: CalendarPage(ctx)),
            (self.tr("Reports"), lambda: ReportsPage(ctx)),
            (self.tr("Backup"), lambda: BackupPage(ctx)),
            (self.tr("Audit log"), lambda: AuditPage(ctx)),
            (self.tr("Settings"), lambda: self.settings_page),
        ]
        self._build_menus()
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, (title, factory) in enumerate(entries):
            self.nav.addItem(QListWidgetItem(title))
            self.pages.addWidget(factory())
            self._page_titles.append(title)
            action = QAction(title, self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            elif index == 9:
                action.setShortcut(QKeySequence("Ctrl+0"))
            action.triggered.connect(lambda _checked=False, i=index: self._go_to(i))
            go_menu.addAction(action)
        self._build_help_menu()
        # As wide as its longest page name in this language, no wider: the pages need the room
        # on a 1,024-pixel screen.
        widest = max(self.nav.fontMetrics().horizontalAdvance(t) for t in self._page_titles)
        self.nav.setFixedWidth(max(120, min(220, widest + 48)))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._refresh_current)

        self.search = SearchBox(ctx)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setMinimumWidth(420)
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Search: ")))
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        # The demo vault says so on every page, so nobody types a real client into it.
        self.demo_banner = QLabel(
            self.tr("Demo vault — public sample cases only; do not enter real clients")
        )
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet(
            "QLabel#demoBanner { background: #b7410e; color: white; font-weight: bold;"
            " padding: 6px; }"
        )
        self.demo_banner.hide()
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.demo_banner)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        right = QVBoxLayout()
        right.addWidget(self.pages)
        layout.addLayout(right, 1)
        self.setCentralWidget(body)

        self.vault_label = QLabel()
        self.user_label = QLabel()
        self.backup_label = QLabel()
        for label in (self.vault_label, self.user_label, self.backup_label):
            self.statusBar().addPermanentWidget(label)

        ctx.open_record.connect(self.open_record)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.recounted.connect(self._say_recounted)
        self.nav.setCurrentRow(0)
        self.update_status()
        self.make_shortcuts_application_wide()

    def _say_recounted(self, moved: int) -> None:
        """Newer holiday data moved saved deadlines: say so until the person moves on."""
        if moved:
            self.statusBar().showMessage(
                self.tr(
                    "The holiday data changed. Moved: %n open deadline(s), marked on the "
                    "Deadlines page for you to confirm.",
                    "",
                    moved,
                )
            )

    # -- menus and shortcuts

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._build_vault_menu(file_menu)
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        file_menu.addAction(self.lock_action)
        self.travel_action = QAction(self.tr("&Travel mode…"), self)
        self.travel_action.triggered.connect(self.travel_requested.emit)
        file_menu.addAction(self.travel_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        # Ctrl+Q where the platform names no Quit key (Windows, Qt's plain theme).
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        new_menu = self.menuBar().addMenu(self.tr("&New"))
        for kind, label, keys in (
            ("matters", self.tr("&Matter…"), "Ctrl+N"),
            ("clients", self.tr("&Client…"), "Ctrl+Shift+C"),
            ("accounts", self.tr("&Account…"), "Ctrl+Shift+A"),
            ("subpoenas", self.tr("&Subpoena…"), "Ctrl+Shift+S"),
            ("deadlines", self.tr("&Deadline…"), "Ctrl+Shift+D"),
        ):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, k=kind: self.open_record(k, 0))
            new_menu.addAction(action)

        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(find)
        edit_menu.addSeparator()
        self.trash_action = QAction(self.tr("&Trash…"), self)
        self.trash_action.triggered.connect(self.open_trash)
        edit_menu.addAction(self.trash_action)

    def _build_vault_menu(self, file_menu: QMenu) -> None:
        """File ▸ Open another vault… and Recent vaults."""
        self.open_vault_action = QAction(self.tr("&Open another vault…"), self)
        open_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Open)
        self.open_vault_action.setShortcuts(open_keys or [QKeySequence("Ctrl+O")])
        self.open_vault_action.triggered.connect(lambda: self.open_vault_requested.emit(None))
        file_menu.addAction(self.open_vault_action)
        self.recent_menu = RecentVaultsMenu(self.ctx.preferences, lambda: self.ctx.folder, self)
        self.recent_menu.chosen.connect(self.open_vault_requested.emit)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()

    def make_shortcuts_application_wide(self) -> None:
        """The menus' shortcuts (lock, quit, new records, pages, find) answer in every Quash
        window: an editor is a window of its own, and Ctrl+L there must lock too. A page's
        own shortcuts (Ctrl+D on a list) keep their narrower context."""
        actions = list(self.actions())
        menus = [m for a in self.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        while menus:
            for action in menus.pop().actions():
                actions.append(action)
                if isinstance(submenu := action.menu(), QMenu):
                    menus.append(submenu)
        for action in actions:
            if not action.shortcut().isEmpty():
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def _bring_forward(self) -> None:
        """A shortcut pressed in an editor that acts on this window brings it forward."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _go_to(self, index: int) -> None:
        self._bring_forward()
        self.show_page(index)

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.how_to_action = QAction(self.tr("&How to…"), self)
        self.how_to_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")]
        )
        self.how_to_action.triggered.connect(self.open_how_to)
        help_menu.addAction(self.how_to_action)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        help_menu.addAction(self.shortcuts_action)

    def open_how_to(self) -> QWidget:
        """Help ▸ How to… (F1): the README's how-tos, offline (gui/help.py)."""
        from gui.help import HowToDialog

        dialog = HowToDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_shortcuts(self) -> QWidget:
        """Help ▸ Keyboard shortcuts, read from this window's actions (gui/help.py)."""
        from gui.help import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_trash(self) -> QWidget:
        """Deleted records, to restore or delete for good (gui/trash_dialog.py)."""
        from gui.trash_dialog import TrashDialog

        dialog = TrashDialog(self.ctx, self)
        dialog.show()
        return dialog

    def focus_search(self) -> None:
        self._bring_forward()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- pages and records

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def page_index(self, title: str) -> int:
        return self._page_titles.index(title)

    def _refresh_current(self, index: int) -> None:
        page = self.pages.widget(index)
        refresh = getattr(page, "refresh", None)
        if callable(refresh) and self.ctx.is_unlocked:
            try:
                refresh()
            except QuashError as exc:
                show_error(self, exc)

    def open_record(self, kind: str, record_id: int) -> QWidget | None:
        try:
            editor = open_editor(self.ctx, kind, record_id, self)
        except QuashError as exc:
            show_error(self, exc)
            return None
        editor.show()
        editor.raise_()
        return editor

    # -- quitting

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Quit (Ctrl+Q, File ▸ Quit, the close box, the app quitting): every editor with
        unsaved work asks first, while every window is still open; Cancel keeps them all."""
        if self.ctx.is_unlocked and not self.close_editors():
            event.ignore()
            return
        super().closeEvent(event)

    def close_editors(self) -> bool:
        """Ask each editor with unsaved work to save or discard it, then close them all;
        False (nothing closed) when the person cancels or a save fails."""
        if not self.ask_about_unsaved_work():
            return False
        for editor in self.ctx.open_editors():
            editor.close_for_lock()  # answered above: nothing is kept as a draft
        return True

    def ask_about_unsaved_work(self) -> bool:
        """Ask each editor with unsaved work to save it or discard it (a save is made now, a
        discard when the editors close); False when the person cancels or a save fails. No
        editor is closed here."""
        for editor in self.ctx.open_editors():
            if not isinstance(editor, RecordEditor) or not editor.has_unsaved_changes():
                continue
            editor.show()
            editor.raise_()
            editor.activateWindow()
            answer = editor.ask_unsaved()
            if answer == "cancel" or (answer == "save" and not editor.save()):
                return False
        return True

    # -- status bar

    def _on_data_changed(self, _changes: Changes) -> None:
        self.update_status()

    def update_status(self) -> None:
        if not self.ctx.is_unlocked:
            return
        office, last_backup, demo = self.ctx.read(
            lambda uow: (
                vaults.setting(uow, "office_name"),
                vaults.setting(uow, "last_verified_backup"),
                vaults.is_demo(uow),
            )
        )
        self.demo_banner.setVisible(demo)
        self._say_which_vault(office)
        self.user_label.setText(self.tr("Working as: {0}").format(self.ctx.actor))
        self.backup_label.setText(self._backup_text(last_backup))

    def _say_which_vault(self, office: str) -> None:
        """The title names the office and the vault's folder, the status bar its path: two
        vaults may have folders of one name (one on a stick)."""
        folder = self.ctx.folder
        name, path = (folder.name, str(folder)) if folder is not None else ("", "")
        self.setWindowTitle(
            self.tr("Quash — {0} ({1})").format(office, name)
            if office
            else self.tr("Quash — {0}").format(name)
        )
        shown = self.vault_label.fontMetrics().elidedText(
            path, Qt.TextElideMode.ElideMiddle, STATUS_PATH_WIDTH
        )
        self.vault_label.setText(
            self.tr("Vault: {0}").format(f"{office} ({shown})" if office else shown)
        )
        self.vault_label.setToolTip(path)

    def _backup_text(self, last_backup: str) -> str:
        if not last_backup:
            self.backup_label.setStyleSheet("")
            return self.tr("No verified backup yet")
        when = dt.datetime.fromisoformat(last_backup)
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        days = (dt.datetime.now(dt.UTC) - when).days
        stale = days > backups.WARN_AFTER_DAYS
        self.backup_label.setStyleSheet("color: #c0392b; font-weight: bold;" if stale else "")
        age = self.tr("today") if days == 0 else self.tr("%n day(s) ago", "", days)
        text = self.tr("Last verified backup: {0}").format(age)
        return text + (self.tr(" — make a new backup") if stale else "")
