"""Draft a document from a template: choose the template (shipped or the office's), the
matter's subpoena, whether clients' legal names are merged (only a role that may reveal them
can tick it), then Save as…; the dialog says where the draft went and that it is not
encrypted. The work is services.drafting's, through the context."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import roles
from gui.context import AppContext
from gui.errors import plain_error
from gui.i18n import short_date
from gui.vocabulary import choice_label
from models.errors import QuashError
from models.people import Action
from services import drafting

if TYPE_CHECKING:
    from storage.uow import UnitOfWork


def shipped_title(name: str) -> str:
    """What a shipped template (services.drafting.SHIPPED) is called on screen."""
    titles = {
        "motion_to_quash": QCoreApplication.translate(
            "DraftDialog", "Motion to quash, with the client's declaration"
        ),
        "hold_letter": QCoreApplication.translate(
            "DraftDialog", "Letter asking the platform to hold production"
        ),
        "client_letter_en": QCoreApplication.translate(
            "DraftDialog", "Letter to the client about the notice"
        ),
        "client_letter_es": QCoreApplication.translate(
            "DraftDialog", "Letter to the client about the notice"
        ),
    }
    return titles.get(name, name)


def _language_name(language: str) -> str:
    if language == "es":
        return QCoreApplication.translate("DraftDialog", "Spanish")
    return QCoreApplication.translate("DraftDialog", "English")


class DraftDialog(QDialog):
    draft_written = Signal(str)  # the path of the draft just saved

    def __init__(self, ctx: AppContext, matter_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.matter_id = matter_id
        self.setObjectName("draftDialog")
        self.setWindowTitle(self.tr("Draft a document"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = QLabel(
            self.tr(
                "Fill in a template from this matter and save it as a Word document you can "
                "edit. Bracketed text is for the attorney to write."
            )
        )
        intro.setWordWrap(True)
        self.template = QComboBox()
        self.template.setObjectName("draftTemplate")
        self.template.setAccessibleName(self.tr("Template"))
        self.subpoena = QComboBox()
        self.subpoena.setObjectName("draftSubpoena")
        self.subpoena.setAccessibleName(self.tr("Subpoena"))
        self.reveal = QCheckBox(self.tr("Merge the clients' legal names"))
        self.reveal.setObjectName("draftReveal")
        self.reveal_note = QLabel()
        self.reveal_note.setObjectName("draftRevealNote")
        self.reveal_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("draftMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("draftSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("S&ubpoena:"), self.subpoena)
        form.addRow("", self.reveal)
        form.addRow("", self.reveal_note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 300)

        self._offer_reveal()
        self.reveal.toggled.connect(self._reveal_toggled)
        ctx.about_to_lock.connect(self.reject)  # the matter's details are case data
        self.finished.connect(self._disconnect)
        self._fill()

    def _disconnect(self, _result: int = 0) -> None:
        self.ctx.about_to_lock.disconnect(self.reject)

    # -- choices

    def _fill(self) -> None:
        def read(
            uow: UnitOfWork,
        ) -> tuple[list[drafting.TemplateView], list[drafting.SubpoenaChoice]]:
            return drafting.templates(uow), drafting.subpoenas_of(uow, self.matter_id)

        try:
            found, subpoenas = self.ctx.read(read)
        except QuashError as exc:
            self._fail(plain_error(exc))
            self.save_button.setEnabled(False)
            return
        self.template.clear()
        for view in found:
            language = _language_name(view.language)
            if view.shipped:
                label = self.tr("{0} ({1})").format(shipped_title(view.name), language)
                key: object = view.name
            else:
                label = self.tr("{0} ({1}, the office's)").format(view.name, language)
                key = view.id
            self.template.addItem(label, key)
        self.subpoena.clear()
        for choice in subpoenas:
            kind = choice_label(choice.kind, "SubpoenaKind")
            label = self.tr("{0} from {1} to {2}").format(kind, choice.issuer, choice.recipient)
            if choice.issued is not None:
                label = self.tr("{0}, issued {1}").format(label, short_date(choice.issued))
            self.subpoena.addItem(label, choice.id)
        if not subpoenas:
            self.subpoena.addItem(self.tr("This matter has no subpoena yet"), None)
        self.subpoena.setEnabled(bool(subpoenas))

    def _offer_reveal(self) -> None:
        """Legal names are an attorney's or an admin's to merge: anyone else sees the box
        disabled, with the sentence saying who may."""
        allowed = roles.may(self.ctx, Action.REVEAL_SEALED)
        self.reveal.setChecked(False)
        self.reveal.setEnabled(allowed)
        if allowed:
            self.reveal.setToolTip(
                self.tr("The draft will hold the clients' legal names; the audit log records it.")
            )
            self.reveal_note.setVisible(False)
        else:
            who = roles.who_may(self.ctx, Action.REVEAL_SEALED)
            self.reveal.setToolTip(who)
            self.reveal_note.setText(who)
            self.reveal_note.setVisible(True)

    def _reveal_toggled(self, checked: bool) -> None:
        if not roles.may(self.ctx, Action.REVEAL_SEALED):
            return
        self.reveal_note.setStyleSheet("color: #b42318; font-weight: bold;")
        self.reveal_note.setText(
            self.tr(
                "The draft will hold the clients' legal names. Keep it safe; the audit log "
                "records that they were merged."
            )
        )
        self.reveal_note.setVisible(checked)

    # -- saving

    def choose_path(self, suggested: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the draft"),
            str(Path.home() / suggested),
            self.tr("Word documents (*.docx)"),
        )
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        return out

    def save(self) -> None:
        key = self.template.currentData()
        if key is None:
            return
        name = key if isinstance(key, str) else self.template.currentText()
        suggested = re.sub(r"[^\w.-]+", "_", str(name)).strip("_") or "draft"
        out = self.choose_path(f"{suggested}.docx")
        if out is None:
            return
        subpoena_id = self.subpoena.currentData()
        reveal = self.reveal.isChecked() and self.reveal.isEnabled()
        try:
            result = self.ctx.write(
                lambda uow: drafting.draft(
                    uow, key, self.matter_id, out, subpoena_id=subpoena_id, reveal=reveal
                )
            )
        except QuashError as exc:
            self._fail(plain_error(exc))
            return
        except OSError as exc:
            self._fail(self.tr("Could not save the draft: {0}").format(exc.strerror or exc))
            return
        warning = (
            self.tr(
                "The draft is not encrypted, and it holds clients' legal names: anyone who can "
                "open the file can read it. Delete it when it is no longer needed."
            )
            if result.names_revealed
            else self.tr(
                "The draft is not encrypted: anyone who can open the file can read it. Delete "
                "it when it is no longer needed."
            )
        )
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved to {0}").format(str(result.path)) + "\n" + warning)
        self.draft_written.emit(str(result.path))

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet("color: #b42318;")
        self.message.setText(text)
