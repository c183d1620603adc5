"""The client editor: the pseudonym everyone sees, and the sealed legal name and contact details,
which stay hidden until someone reveals them on purpose (and the audit log says who).

Saving a new client, or a new pseudonym or legal name, first runs the conflict check
(services.conflicts): what it finds is listed in the editor, and the person chooses to save
anyway or go back. The account editor runs the same check (gui/editors/conflicts.py)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from gui import roles
from gui.editors.conflicts import ConflictCheckedEditor
from gui.editors.fields import ERROR_STYLE
from gui.editors.sealed import SealedInput
from gui.fitting import fit_to_screen
from gui.vocabulary import field_label
from models.people import Action
from services import conflicts, records

if TYPE_CHECKING:
    from services.conflicts import ConflictReport
    from storage.uow import UnitOfWork

SEALED = ("legal_name", "contact")


class ClientEditor(ConflictCheckedEditor):
    FORM_FIELDS = ("pseudonym", "language", "intake_date", "notes")
    CHECKED_FIELDS = ("pseudonym", "legal_name")
    REVEAL_MS: int | None = None  # tests shorten SealedInput's times per editor
    CLIPBOARD_MS: int | None = None

    def build_form(self) -> QWidget:
        self.form = self.make_form(self.FORM_FIELDS)
        self.sealed: dict[str, SealedInput] = {}
        self.sealed_labels: dict[str, QLabel] = {}
        row = self.form.row_of("pseudonym") + 1
        # A volunteer never sees sealed fields at all (not even that they exist).
        for name in SEALED if roles.may(self.ctx, Action.SEE_SEALED) else ():
            field = self.spec.field(name)
            label = field_label("clients", name)
            sealed = SealedInput(
                label,
                functools.partial(self._reveal, name),
                multiline=field.multiline,
                max_len=field.max_len,
            )
            sealed.setObjectName(f"sealed_{name}")
            if self.REVEAL_MS is not None:
                sealed.REVEAL_MS = self.REVEAL_MS
            if self.CLIPBOARD_MS is not None:
                sealed.CLIPBOARD_MS = self.CLIPBOARD_MS
            sealed.changed.connect(self._update_modified)
            sealed.failed.connect(self.show_error)
            row_label = QLabel(self.tr("{0} (sealed)").format(label))
            row_label.setBuddy(sealed.display)
            self.form.insert_row(row, row_label, sealed)
            row += 1
            self.sealed[name] = sealed
            self.sealed_labels[name] = row_label
        # Tab runs down the page: pseudonym, each sealed value and its buttons, the rest.
        chain = [self.form.inputs["pseudonym"].focus]
        for sealed in self.sealed.values():
            chain += [sealed.display, sealed.reveal_button, sealed.copy_button, sealed.edit_button]
        chain.append(self.form.inputs["language"].focus)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        fit_to_screen(self, 640, 520)
        return self.form

    def new_defaults(self) -> dict[str, Any]:
        return {**super().new_defaults(), "intake_date": dt.date.today()}

    def check_conflicts(self, uow: UnitOfWork, values: dict[str, Any]) -> ConflictReport:
        # A legal name is compared only when one was typed (a sealed one on file stays put).
        return conflicts.check_client(
            uow,
            pseudonym=values.get("pseudonym"),
            legal_name=values.get("legal_name"),
            exclude_client_id=self.record_id,
        )

    def _reveal(self, name: str) -> str | None:
        """An audited read: the reveal is committed to the audit log before it is shown."""
        client_id = self.record_id
        assert client_id is not None
        value: str | None = self.ctx.write(lambda uow: records.reveal(uow, client_id, name))
        return value

    def load_extra(self, view: Any | None) -> None:
        for name, sealed in self.sealed.items():
            if view is None:
                sealed.set_new()
            else:
                sealed.set_on_file(bool(getattr(view, f"{name}_on_file")))
            # A paralegal fills sealed fields in at intake; revealing them is an attorney's.
            for button in (sealed.reveal_button, sealed.copy_button):
                roles.offer(button, self.ctx, Action.REVEAL_SEALED)

    def extra_values(self) -> dict[str, Any]:
        return {name: s.value() for name, s in self.sealed.items() if s.editing}

    def extra_state(self) -> dict[str, Any]:
        typed = {name: s.state() for name, s in self.sealed.items() if s.editing}
        return {"sealed": typed} if typed else {}

    def restore_extra(self, state: dict[str, Any]) -> None:
        for name, typed in (state.get("sealed") or {}).items():
            if name in self.sealed:
                self.sealed[name].set_state(typed)

    def mark_extra_error(self, field: str | None) -> None:
        for name, label in self.sealed_labels.items():
            label.setStyleSheet(ERROR_STYLE if name == field else "")
            if name == field:
                self.sealed[name].display.setFocus()

    def show_error(self, problem: BaseException | str | None) -> None:
        if problem is None:
            for label in self.sealed_labels.values():
                label.setStyleSheet("")
        super().show_error(problem)

    def forget_secrets(self) -> None:
        for sealed in self.sealed.values():
            sealed.forget()
