"""The subpoena editor: who issued it and on whom it was served, its dates and the notice's
response window, what it demands (a checklist), which accounts it targets, and the scanned
documents kept with it inside the vault."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.editors.base import RecordEditor
from gui.editors.documents_box import DocumentsBox
from gui.editors.fields import FieldInput
from gui.editors.labels import notice_said, record_label
from gui.editors.pickers import AccountsInput
from gui.fitting import fit_to_screen
from gui.vocabulary import field_label
from services import docketing, documents, queries
from services.docketing import NoticeDeadline
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


class SubpoenaEditor(RecordEditor):
    notice: NoticeDeadline | None = None  # what the last save did to the notice's deadline

    def build_body(self) -> QWidget:
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
        self.documents = DocumentsBox(
            self,
            self.tr("Documents"),
            lambda: documents.on_subpoena(self.record_id) if self.record_id else None,
            unsaved_hint=self.tr("Save the subpoena first, then attach its scans."),
        )
        return self.documents

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
        self.documents.refresh()

    # ---- the platform notice's deadline, saved with the subpoena --------------------------------

    def write(self, uow: UnitOfWork, values: dict[str, Any], changes: dict[str, Any]) -> Any:
        """The subpoena and the deadline its notice sets, in one transaction."""
        created = self.record_id is None
        view = super().write(uow, values, changes)
        self.notice = docketing.follow_notice(uow, view.id, None if created else changes)
        return view

    def save(self) -> bool:
        self.notice = None
        if not super().save():
            return False
        if self.notice is not None:
            self.status_label.setText(self.notice_sentence(self.notice))
        return True

    def notice_sentence(self, notice: NoticeDeadline) -> str:
        return notice_said(notice)
