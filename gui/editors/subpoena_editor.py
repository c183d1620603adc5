"""The subpoena editor: who issued it and on whom it was served, its dates and the notice's
response window, what it demands (a checklist), which accounts it targets, and the scanned
documents kept with it inside the vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.editors.base import RecordEditor
from gui.editors.fields import FieldInput
from gui.editors.labels import record_label
from gui.editors.pickers import AccountsInput
from gui.editors.tables import RecordList
from gui.fitting import fit_to_screen
from gui.vocabulary import field_label
from models.errors import QuashError
from services import documents, queries
from services.records import Field

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

DETAILS = (
    "matter_id",
    "kind",
    "status",
    "issuer",
    "issuing_officer",
    "recipient",
    "authority",
    "stated_purpose",
    "issued",
    "served",
    "user_notified",
    "response_window_days",
    "compliance_date",
    "gag_order",
    "notes",
)


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


class SubpoenaEditor(RecordEditor):
    def build_body(self) -> QWidget:
        # Questions to the file system; replaceable so tests never open a native dialog.
        self.choose_file_to_attach: Callable[[], str | None] = self._choose_attach
        self.choose_copy_path: Callable[[str], str | None] = self._choose_copy

        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.details = self.make_form(DETAILS)
        self.details.inputs["stated_purpose"].focus.setMaximumHeight(72)
        self.details.inputs["notes"].focus.setMinimumHeight(110)
        left.addWidget(self.details, 1)
        self.quash_button = QPushButton(self.tr("Docket the &motion to quash deadline…"))
        self.quash_button.setObjectName("docketQuash")
        self.quash_button.setAutoDefault(False)
        self.quash_button.setToolTip(
            self.tr("The motion must be on file before the compliance (return) date.")
        )
        self.quash_button.clicked.connect(self.docket_motion_to_quash)
        row = QHBoxLayout()
        row.addWidget(self.quash_button)
        row.addStretch(1)
        left.addLayout(row)
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        demands = QGroupBox(self.tr("What it demands"))
        demands_column = QVBoxLayout(demands)
        demands_column.addWidget(self.make_form(("requested",), bare=True))
        right.addWidget(demands)
        accounts = QGroupBox(self.tr("Targeted accounts"))
        accounts_column = QVBoxLayout(accounts)
        accounts_column.addWidget(
            self.make_form(("account_ids",), bare=True, make=self._accounts_input)
        )
        self.details.inputs["matter_id"].connect(self.refresh_accounts)
        right.addWidget(accounts, 1)
        right.addWidget(self._documents_box(), 1)
        columns.addLayout(right, 2)
        fit_to_screen(self, 980, 680)
        return body

    def _documents_box(self) -> QGroupBox:
        self.documents_box = QGroupBox(self.tr("Scanned documents"))
        column = QVBoxLayout(self.documents_box)
        self.document_list = RecordList(
            [self.tr("File"), self.tr("Size"), self.tr("Added")],
            self.tr("Scanned documents of this subpoena"),
            stretch=0,
        )
        column.addWidget(self.document_list, 1)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("&Attach…"), self.attach_document, self.tr("Attach a scanned document")),
            (
                self.tr("Save a &copy…"),
                self.save_document_copy,
                self.tr("Save a copy of the document"),
            ),
            (self.tr("Remove"), self.remove_document, self.tr("Remove the document")),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return self.documents_box

    def _accounts_input(self, kind: str, field: Field) -> FieldInput:
        self.accounts = AccountsInput(field, field_label(kind, field.name))
        return self.accounts

    def refresh_accounts(self) -> None:
        """The matter's clients' accounts first, then every other account in the vault."""
        matter_id = self.current_matter_id()
        choices = self.ctx.read(lambda uow: queries.account_choices(uow, matter_id))
        self.accounts.set_choices(
            [(v.id, record_label(v)) for v in choices.of_matter],
            [(v.id, record_label(v)) for v in choices.others],
        )

    def docket_motion_to_quash(self) -> None:
        """From this subpoena's compliance date: the day the motion to quash must be on file."""
        from gui.editors.deadline_dialogs import AddFromRuleDialog

        view = self.view
        if view is None:
            return
        dialog = AddFromRuleDialog(
            self.ctx,
            view.matter_id,
            self,
            rule_id="motion-to-quash-before-compliance",
            subpoena_id=view.id,
        )
        dialog.open()

    def load_extra(self, view: Any | None) -> None:
        self.refresh_accounts()
        self.quash_button.setEnabled(view is not None)
        self.quash_button.setToolTip(
            self.tr("The motion must be on file before the compliance (return) date.")
            if view is not None
            else self.tr("Save the subpoena first.")
        )
        self.documents_box.setEnabled(view is not None)
        self.documents_box.setToolTip(
            "" if view is not None else self.tr("Save the subpoena first, then attach its scans.")
        )
        self.refresh_documents()

    # ---- documents ----------------------------------------------------------------------------

    def refresh_documents(self) -> None:
        subpoena_id = self.record_id
        if subpoena_id is None:
            self.document_list.fill([])
            return
        docs = self.ctx.read(lambda uow: documents.list_for_subpoena(uow, subpoena_id))
        self.document_list.fill(
            (d.id, (d.filename, _size(d.size), d.added_at.strftime("%Y-%m-%d"))) for d in docs
        )

    def _choose_attach(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a scanned document"),
            "",
            self.tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )
        return path or None

    def _choose_copy(self, filename: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy outside the vault"), filename
        )
        return path or None

    def attach_document(self) -> None:
        subpoena_id = self.record_id
        if subpoena_id is None:
            return
        path = self.choose_file_to_attach()
        if not path:
            return
        try:
            content = Path(path).read_bytes()
        except OSError as exc:
            self.show_error(
                self.tr("Could not read {0}: {1}").format(Path(path).name, exc.strerror)
            )
            return
        self._documents_write(
            lambda uow: documents.attach(uow, subpoena_id, Path(path).name, content)
        )

    def save_document_copy(self) -> None:
        ids = self.document_list.selected_ids()
        if not ids:
            self.show_error(self.tr("Choose a document first."))
            return
        item = self.document_list.selectedItems()[0]
        target = self.choose_copy_path(item.text(0))
        if not target:
            return
        document_id, subpoena_id = ids[0], self.record_id
        try:
            self.ctx.write(
                lambda uow: documents.save_copy(
                    uow, document_id, Path(target), subpoena_id=subpoena_id
                )
            )
        except QuashError as exc:
            self.show_error(exc)
            return
        except OSError as exc:
            self.show_error(self.tr("Could not save the copy: {0}").format(exc.strerror))
            return
        self.status_label.setText(self.tr("Copy saved outside the vault."))

    def remove_document(self) -> None:
        ids = self.document_list.selected_ids()
        if not ids:
            self.show_error(self.tr("Choose a document first."))
            return
        question = self.tr(
            "Remove this document from the subpoena? It goes to the Trash, where it can be "
            "restored until the trash is emptied."
        )
        if not self.confirm(self, question):
            return
        self._documents_write(lambda uow: documents.remove(uow, ids[0]))

    def _documents_write(self, fn: Callable[[UnitOfWork], Any]) -> None:
        self.show_error(None)
        try:
            self.ctx.write(fn)
        except QuashError as exc:
            self.show_error(exc)
            return
        self.refresh_documents()
