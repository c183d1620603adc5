"""The office's own rule sets (a judge's standing order, written in the shipped rule sets'
TOML format): import one from a file, export it back, remove it. Each is validated as strictly
as the shipped ones before it is kept in the vault; every court offers its rules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from gui.context import AppContext
from gui.errors import plain_error
from gui.messages import confirm
from gui.widgets import lay_out_listed_section, say
from models.errors import QuashError
from services import docketing

if TYPE_CHECKING:
    from storage.uow import UnitOfWork


class OfficeRuleSetsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("The office's own rules"), parent)
        self.ctx = ctx
        # Questions to the file system; replaceable so tests never open a native dialog.
        self.choose_file_to_import: Callable[[], str | None] = self._choose_import
        self.choose_export_path: Callable[[str], str | None] = self._choose_export
        note = QLabel(
            self.tr(
                "A rule set the office writes (a judge's standing order, in the format of "
                "Quash's own rule sets) is checked like Quash's own and kept in the vault; "
                "every court offers its rules."
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Office rule sets"))
        self.list.currentItemChanged.connect(self._update_buttons)
        self.message = QLabel()
        self.message.setObjectName("officeRulesMessage")
        self.message.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import a rule set…"))
        self.import_button.clicked.connect(self.import_ruleset)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export the selected rule set"))
        self.export_button.clicked.connect(self.export_ruleset)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected rule set"))
        self.remove_button.clicked.connect(self.remove_ruleset)
        lay_out_listed_section(
            self,
            note,
            self.list,
            (self.import_button, self.export_button, self.remove_button),
            self.message,
        )
        ctx.unlocked.connect(self.refresh)
        ctx.locked.connect(self.list.clear)
        if ctx.is_unlocked:
            self.refresh()
        self._update_buttons()

    def refresh(self) -> None:
        self.list.clear()
        for view in self.ctx.read(docketing.office_rulesets):
            item = QListWidgetItem(
                self.tr("{0} — {1} (%n rule(s))", "", len(view.rules)).format(view.id, view.title)
            )
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            item.setToolTip(", ".join(view.rules))
            self.list.addItem(item)
        self._update_buttons()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.export_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _say(self, text: str, *, problem: bool = False) -> None:
        say(self.message, text, problem=problem)

    def import_ruleset(self) -> None:
        path = self.choose_file_to_import()
        if not path:
            return
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self._say(self.tr("{0} could not be read as a text file.").format(path), problem=True)
            return
        name = Path(path).name

        def add(uow: UnitOfWork) -> docketing.OfficeRuleSetView:
            return docketing.add_office_ruleset(uow, name, text)

        try:
            view = self.ctx.write(add)
        except QuashError as exc:
            self._say(plain_error(exc), problem=True)
            return
        self.refresh()
        self._say(self.tr("Added the rule set {0}: {1}.").format(view.id, ", ".join(view.rules)))

    def export_ruleset(self) -> None:
        set_id = self.selected()
        if set_id is None:
            return
        path = self.choose_export_path(f"{set_id}.toml")
        if not path:
            return
        try:
            text = self.ctx.read(lambda uow: docketing.office_ruleset_text(uow, set_id))
            Path(path).write_text(text, encoding="utf-8")
        except (QuashError, OSError) as exc:
            message = plain_error(exc) if isinstance(exc, QuashError) else str(exc.strerror)
            self._say(message, problem=True)
            return
        self._say(self.tr("Wrote the rule set {0} to {1}.").format(set_id, path))

    def remove_ruleset(self) -> None:
        set_id = self.selected()
        if set_id is None:
            return
        question = self.tr(
            "Remove the rule set {0}? Its rules are no longer offered; export it first to keep "
            "a copy."
        ).format(set_id)
        if not confirm(self, question):
            return
        try:
            self.ctx.write(lambda uow: docketing.remove_office_ruleset(uow, set_id))
        except QuashError as exc:
            self._say(plain_error(exc), problem=True)
            return
        self.refresh()
        self._say(self.tr("Removed the rule set {0}.").format(set_id))

    def _choose_import(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a rule set"), "", self.tr("Rule sets (*.toml)")
        )
        return path or None

    def _choose_export(self, filename: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the rule set"), filename, self.tr("Rule sets (*.toml)")
        )
        return path or None
