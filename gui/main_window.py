"""The main window: composes navigation, pages, search, menus and the status bar, and wires
their signals. Work lives in the pages, editors and services, not here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.editors import open_editor
from gui.messages import show_error
from gui.pages.audit_page import AuditPage
from gui.pages.backup_page import BackupPage
from gui.pages.calendar_page import CalendarPage
from gui.pages.dashboard import DashboardPage
from gui.pages.records_page import RecordsPage
from gui.pages.reports_page import ReportsPage
from gui.pages.settings_page import SettingsPage
from gui.search import SearchBox
from models.errors import QuashError
from services import backups, vaults
from services.changes import Changes


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Quash"))
        self.resize(1200, 760)
        self._editors: list[QWidget] = []

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(180)
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
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            go_menu.addAction(action)
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

        body = QWidget()
        layout = QHBoxLayout(body)
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
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        file_menu.addAction(self.lock_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
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

    def focus_search(self) -> None:
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

    # -- status bar

    def _on_data_changed(self, _changes: Changes) -> None:
        self.update_status()

    def update_status(self) -> None:
        if not self.ctx.is_unlocked:
            return
        office, last_backup = self.ctx.read(
            lambda uow: (
                vaults.setting(uow, "office_name"),
                vaults.setting(uow, "last_verified_backup"),
            )
        )
        folder = self.ctx.folder.name if self.ctx.folder else ""
        self.vault_label.setText(
            self.tr("Vault: {0}").format(f"{office} ({folder})" if office else folder)
        )
        self.user_label.setText(self.tr("Working as: {0}").format(self.ctx.actor))
        self.backup_label.setText(self._backup_text(last_backup))

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
