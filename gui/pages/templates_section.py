"""The templates drafts are made from, in Settings: the ones that ship with Quash and the office's
own (a .docx with merge fields), which are checked like the command line checks them before they
are kept in the vault; add one from a file, remove an office's, and see the merge fields a
template may use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.drafting_dialog import shipped_title
from gui.errors import plain_error
from gui.i18n import short_date
from gui.messages import confirm
from gui.pages.settings_common import RowsModel, make_table
from gui.widgets import lay_out_listed_section, say
from models.entities import SHORT
from models.errors import QuashError
from services import drafting
from services.changes import Changes
from services.drafting import TemplateView

if TYPE_CHECKING:
    from storage.uow import UnitOfWork


def _added_on(added_at: dt.datetime) -> dt.date:
    """The day it was added where this computer is (the vault keeps UTC)."""
    return added_at.replace(tzinfo=dt.UTC).astimezone().date()


class TemplatesModel(RowsModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(
            (self.tr("Template"), self.tr("Language"), self.tr("Whose"), self.tr("Added")), parent
        )

    def cell(self, row: TemplateView, column: int) -> str:
        if column == 0:
            return shipped_title(row.name) if row.shipped else row.name
        if column == 1:
            return self.tr("Spanish") if row.language == "es" else self.tr("English")
        if column == 2:
            return self.tr("ships with Quash") if row.shipped else self.tr("the office's")
        if row.shipped or row.added_at is None:
            return ""
        day = short_date(_added_on(row.added_at))
        if row.added_by:
            return self.tr("by {0} on {1}").format(row.added_by, day)
        return self.tr("on {0}").format(day)


class TemplateDetailsDialog(QDialog):
    """The name an office's template goes by and the language it is written in."""

    def __init__(self, filename: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("templateDetails")
        self.setWindowTitle(self.tr("Add a template"))
        intro = QLabel(self.tr("Quash checks {0} before keeping it in the vault.").format(filename))
        intro.setWordWrap(True)
        self.name = QLineEdit(Path(filename).stem)
        self.name.setMaxLength(SHORT)
        self.name.setAccessibleName(self.tr("Template name"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language the template is written in"))
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Spanish"), "es")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def details(self) -> tuple[str, str]:
        """(name, language code)."""
        return self.name.text().strip(), str(self.language.currentData())


class MergeFieldsDialog(QDialog):
    """The merge fields a template may use, to copy from while writing one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeFields")
        self.setWindowTitle(self.tr("Merge fields"))
        intro = QLabel(
            self.tr(
                "A template names these fields between double braces, e.g. "
                "{{ matter.title }}; a list is gone through with "
                "{% for a in accounts %}{{ a.handle }}{% endfor %}. Any other name is refused."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(drafting.known_fields()))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Merge fields a template may use"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(460, 480)


class TemplatesSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Draft templates"), parent)
        self.ctx = ctx
        # Questions to the person; replaceable so tests never open a native dialog.
        self.choose_file: Callable[[], str | None] = self._choose_file
        self.fields_dialog: MergeFieldsDialog | None = None
        note = QLabel(
            self.tr(
                "Drafts are made from these Word documents. An office's own template is checked "
                "before it is kept in the vault: it may name only the merge fields Quash fills "
                "in. The ones that ship with Quash cannot be removed."
            )
        )
        note.setWordWrap(True)
        self.model = TemplatesModel(self)
        self.table = make_table(self.model, self.tr("Draft templates"), 0)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.message = QLabel()
        self.message.setObjectName("templatesMessage")
        self.message.setWordWrap(True)
        # Alt+D: every other letter of these labels is taken by another Settings section.
        self.add_button = QPushButton(self.tr("A&dd a template…"))
        self.add_button.clicked.connect(self.add_template)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected template"))
        self.remove_button.clicked.connect(self.remove_template)
        self.fields_button = QPushButton(self.tr("Merge fields…"))
        self.fields_button.clicked.connect(self.show_fields)
        lay_out_listed_section(
            self,
            note,
            self.table,
            (self.add_button, self.remove_button, self.fields_button),
            self.message,
        )
        ctx.unlocked.connect(self.refresh)
        ctx.locked.connect(self.clear)
        ctx.data_changed.connect(self._on_data_changed)
        if ctx.is_unlocked:
            self.refresh()
        self._update_buttons()

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.read(drafting.templates))
        self._update_buttons()

    def clear(self) -> None:
        self.model.set_rows(())
        self.message.clear()
        self._update_buttons()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("templates") and self.ctx.is_unlocked:
            self.refresh()

    def selected(self) -> TemplateView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        view: TemplateView = self.model.row(rows[0].row())
        return view

    def select(self, name: str) -> None:
        """Select the template called `name` (shipped ones by their file name)."""
        for row, view in enumerate(self.model.rows()):
            if view.name == name:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args: object) -> None:
        view = self.selected()
        self.remove_button.setEnabled(view is not None and not view.shipped)
        if view is not None and view.shipped:
            self.remove_button.setToolTip(
                self.tr("This template ships with Quash and cannot be removed.")
            )
        elif view is None:
            self.remove_button.setToolTip(self.tr("Select one of the office's templates."))
        else:
            self.remove_button.setToolTip("")

    def _say(self, text: str, *, problem: bool = False) -> None:
        say(self.message, text, problem=problem)

    def add_template(self) -> None:
        path = self.choose_file()
        if not path:
            return
        file = Path(path)
        try:
            drafting.check_size(file.stat().st_size)  # before reading it whole
            content = file.read_bytes()
        except QuashError as exc:
            self._say(plain_error(exc), problem=True)
            return
        except OSError:
            self._say(self.tr("{0} could not be read.").format(path), problem=True)
            return
        asked = self.ask_details(file.name)
        if asked is None:
            return
        name, language = asked

        def add(uow: UnitOfWork) -> TemplateView:
            return drafting.add_template(uow, name, content, language)

        try:
            view = self.ctx.write(add)
        except QuashError as exc:
            self._say(plain_error(exc), problem=True)
            return
        self.refresh()
        self.select(view.name)
        self._say(
            self.tr("Added the template {0}; drafts can now be made from it.").format(view.name)
        )

    def ask_details(self, filename: str) -> tuple[str, str] | None:
        dialog = TemplateDetailsDialog(filename, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.details()
        finally:
            dialog.deleteLater()

    def remove_template(self) -> None:
        view = self.selected()
        if view is None or view.id is None:
            return
        template_id = view.id
        question = self.tr(
            "Remove the template {0}? Drafts can no longer be made from it; drafts already "
            "saved are not touched."
        ).format(view.name)
        if not confirm(self, question):
            return
        try:
            self.ctx.write(lambda uow: drafting.remove_template(uow, template_id))
        except QuashError as exc:
            self._say(plain_error(exc), problem=True)
            return
        self.refresh()
        self._say(self.tr("Removed the template {0}.").format(view.name))

    def show_fields(self) -> None:
        if self.fields_dialog is None:
            self.fields_dialog = MergeFieldsDialog(self)
        self.fields_dialog.show()
        self.fields_dialog.raise_()
        self.fields_dialog.activateWindow()

    def _choose_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a template"), "", self.tr("Word documents (*.docx)")
        )
        return path or None
