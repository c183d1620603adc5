"""The Help menu's dialogs: every keyboard shortcut, read from the window's own actions so the
list never drifts from the keys, and a short offline how-to taken from the README."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.editors.base import EDITOR_KEYS


def _plain(text: str) -> str:
    """A menu text as a person reads it: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _typed(sequence: QKeySequence) -> bool:
    """A sequence a person types on an ordinary keyboard: Qt also binds keys only special
    keyboards have (Help, Exit, media keys), which would only puzzle a reader here."""
    if sequence.isEmpty():
        return False
    first = sequence[0]  # type: ignore[index]  # QKeySequence is indexable; the stubs miss it
    if first.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        return True
    key = first.key()
    return key != Qt.Key.Key_Help and key.value < Qt.Key.Key_Back.value


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if _typed(s)
    )


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every action and shortcut of `window` that has keys: the menus' first,
    named by their menu ("New ▸ Matter"), then those of the pages and the window itself."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    shown: set[tuple[str, str]] = set()

    def add(action: QAction, what: str) -> None:
        seen.add(id(action))
        keys = _keys(action.shortcuts())
        if keys and what and (what, keys) not in shown:
            shown.add((what, keys))
            rows.append((what, keys))

    menus: list[tuple[str, QMenu]] = [
        (_plain(a.text()), m)
        for a in window.menuBar().actions()
        if isinstance(m := a.menu(), QMenu)
    ]
    while menus:
        path, menu = menus.pop(0)
        for action in menu.actions():
            if action.isSeparator():
                continue
            if isinstance(submenu := action.menu(), QMenu):
                menus.append((f"{path} ▸ {_plain(action.text())}", submenu))
                continue
            add(action, f"{path} ▸ {_plain(action.text())}")
    in_a_list = QCoreApplication.translate("ShortcutsDialog", "In a list")
    for action in window.findChildren(QAction):
        if id(action) not in seen and action.menu() is None:
            lists = [o for o in action.associatedObjects() if isinstance(o, QAbstractItemView)]
            what = _plain(action.text())
            add(action, f"{in_a_list} ▸ {what}" if lists else what)
    for shortcut in window.findChildren(QShortcut):
        what = _plain(shortcut.whatsThis())
        keys = _keys(shortcut.keys())
        if what and keys and (what, keys) not in shown:
            shown.add((what, keys))
            rows.append((what, keys))
    in_an_editor = QCoreApplication.translate("ShortcutsDialog", "In an editor")
    for text, key in EDITOR_KEYS:
        sequences = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        what = QCoreApplication.translate("RecordEditor", text)
        rows.append((f"{in_an_editor} ▸ {what}", _keys(sequences)))
    return rows


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: what each key does, as the window's actions say it."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(cell(r, 0), cell(r, 1)) for r in range(self.table.rowCount())]


class HowToDialog(QDialog):
    """Help ▸ How to…: the README's how-tos, short, translated, offline (no browser, no link
    leaves the window)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to…"))
        self.resize(760, 520)
        self.sections = self._sections()
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setFixedWidth(240)
        for title, _steps in self.sections:
            self.topics.addItem(title)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Help text"))
        self.topics.currentRowChanged.connect(self.show_section)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.topics)
        body.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.topics.setCurrentRow(0)

    def show_section(self, index: int) -> None:
        if not 0 <= index < len(self.sections):
            return
        title, steps = self.sections[index]
        items = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
        self.text.setHtml(f"<h3>{html.escape(title)}</h3><ol>{items}</ol>")

    def section_text(self, index: int) -> str:
        self.topics.setCurrentRow(index)
        return self.text.toPlainText()

    def _sections(self) -> list[tuple[str, list[str]]]:
        return [
            (
                self.tr("First run and the recovery key"),
                [
                    self.tr(
                        "The first run offers to create a vault: where to keep it, the "
                        "office's name, your name and role, and a passphrase of at least 10 "
                        "characters (a few unrelated words work well)."
                    ),
                    self.tr(
                        "The recovery key is shown once, as 8 groups of 4 letters and digits. "
                        "Print the recovery sheet and keep it in the office safe: Quash cannot "
                        "show it again, and it opens the vault if the passphrase is lost."
                    ),
                    self.tr(
                        "To look around first, open the demo vault instead: it holds only "
                        "public sample cases. Never enter real clients in it."
                    ),
                ],
            ),
            (
                self.tr("Add a deadline from a rule"),
                [
                    self.tr("Open the matter and go to its Deadlines tab."),
                    self.tr(
                        "Click Add from rule…, pick the rule and the date that starts the count."
                    ),
                    self.tr(
                        "Quash shows the computed date and every step of the count, on the "
                        "calendar of the matter's court. Check them, then Save deadline."
                    ),
                    self.tr(
                        "A date a rule counted changes only by editing the deadline with a "
                        "reason, which the history keeps."
                    ),
                ],
            ),
            (
                self.tr("Docket an event"),
                [
                    self.tr("Open the matter and go to its Docket tab."),
                    self.tr(
                        "Click Docket event…, choose what happened (for example, a motion to "
                        "quash filed) and its date."
                    ),
                    self.tr(
                        "The dialog lists the deadlines the event creates (the hearing, the "
                        "opposition and the reply); click Docket to record the event with them."
                    ),
                ],
            ),
            (
                self.tr("Reports and calendar export"),
                [
                    self.tr(
                        "On the Reports page choose the deadline report, a matter "
                        "summary or the subpoena register, the dates, the paper and the "
                        "language, then click Save PDF as…"
                    ),
                    self.tr(
                        "Check the explanation trail box to print how each date was computed. "
                        "Clients appear by pseudonym unless you include legal names, which the "
                        "audit log records."
                    ),
                    self.tr(
                        "Export calendar (.ics)… writes the deadlines for Outlook or another "
                        "calendar; importing it again updates them. Saved reports and exports "
                        "are not encrypted: keep them safe or delete them."
                    ),
                ],
            ),
            (
                self.tr("Back up to a USB stick"),
                [
                    self.tr("Plug in the stick and open the Backup page."),
                    self.tr(
                        "Choose the stick, type a backup passphrase twice and click Create "
                        "backup. Quash writes the backup, reads it back and verifies it."
                    ),
                    self.tr(
                        "Keep the stick in a safe place. The status bar turns red when the last "
                        "verified backup is more than a week old."
                    ),
                    self.tr(
                        "To check or restore a backup, use Verify a file… or Restore… on the "
                        "same page; a restore asks for a new passphrase and shows a new "
                        "recovery key."
                    ),
                ],
            ),
            (
                self.tr("Locking"),
                [
                    self.tr(
                        "Press Ctrl+L (File ▸ Lock now) whenever you step away. Quash also "
                        "locks after the idle time set in Settings, and when the computer "
                        "locks its screen or goes to sleep."
                    ),
                    self.tr(
                        "Unsaved edits are kept as drafts inside the encrypted vault; the "
                        "editors reopen with them after you unlock."
                    ),
                    self.tr(
                        "To work in another vault, use File ▸ Open another vault… (Ctrl+O) or "
                        "File ▸ Recent vaults. Quash asks about unsaved edits, unlocks the "
                        "other vault, and only then locks this one; Cancel leaves this one "
                        "open. The window's title names the office and the vault's folder."
                    ),
                ],
            ),
        ]
