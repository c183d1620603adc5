"""The record editor every kind shares: a non-modal dialog that loads one record through the
services, saves with Ctrl+S, asks before throwing typed work away, shows errors as one plain
sentence naming the field, and hands its unsaved state over as a draft when the vault locks."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import messages
from gui.context import AppContext
from gui.editors.fields import RecordForm, view_values
from gui.editors.labels import record_label
from gui.errors import plain_error
from gui.vocabulary import (
    delete_button_name,
    delete_question,
    kind_name,
    new_title,
    unsaved_question,
)
from models.errors import QuashError, ValidationError
from services import queries, records
from services.queries import ListQuery
from services.records import Field

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

log = logging.getLogger("quash.gui.editors")

PEOPLE_FIELDS = ("attorney", "paralegal", "responsible")
MATTER_SCOPED = ("subpoenas", "events", "deadlines")
MAX_OPTIONS = 5000
ERROR_BOX_STYLE = (
    "QLabel#errorLabel { color: #7a0016; background: #fdecee; border: 1px solid #e3a1aa;"
    " border-radius: 3px; padding: 6px; }"
)


class RecordEditor(QDialog):
    """Edits one record of `kind` (record_id 0 or None = a new one).

    Subclasses choose the fields (`FORM_FIELDS`) and may override `build_body` (layout),
    `load_extra`/`extra_values`/`extra_state` (inputs outside the generic form), `prepare`
    (questions to ask before writing) and `write` (the service calls)."""

    FORM_FIELDS: tuple[str, ...] = ()
    saved = Signal(int)  # the record's id, after each successful save

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        record_id: int | None = None,
        parent: QWidget | None = None,
        *,
        prefill: Mapping[str, Any] | None = None,
    ):
        spec = records.spec_for(kind)
        # Read first: a missing record raises before any window exists.
        view = ctx.read(lambda uow: records.get(uow, kind, record_id)) if record_id else None
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.spec = spec
        self.record_id: int | None = record_id or None
        self.view: Any = view
        self.forms: list[RecordForm] = []
        self._baseline: dict[str, Any] = {}
        self._saved_values: dict[str, Any] = {}
        self._closing = False
        self._cleaned_up = False
        # Questions a person answers; replaceable so tests never block on a message box.
        self.confirm: Callable[[QWidget, str], bool] = messages.confirm
        self.ask_unsaved: Callable[[], str] = self._ask_unsaved

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.setObjectName(f"{kind}Editor")
        self.setStyleSheet(ERROR_BOX_STYLE)
        self._people = self._load_people()

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")

        outer = QVBoxLayout(self)
        outer.addWidget(self.error_label)
        outer.addWidget(self.build_body(), 1)
        outer.addLayout(self._build_buttons())
        QWidget.setTabOrder(self.close_button, self.delete_button)  # the risky one comes last

        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        if view is not None:
            self._load(view)
        else:
            self.load_new(dict(prefill or {}))
        self.mark_clean()
        for form in self.forms:
            form.changed.connect(self._update_modified)
        self.finished.connect(self._cleanup)
        ctx.register_editor(self)

    # ---- building -----------------------------------------------------------------------------

    def form_fields(self) -> tuple[str, ...]:
        return self.FORM_FIELDS or self.spec.field_names

    def make_form(self, names: Sequence[str], **kwargs: Any) -> RecordForm:
        """A form for some fields of this kind; the editor reads, saves and drafts it."""
        completions = {n: self._people for n in names if n in PEOPLE_FIELDS}
        form = RecordForm(self.kind, names, self.ref_options, completions=completions, **kwargs)
        self.forms.append(form)
        return form

    def build_body(self) -> QWidget:
        """The dialog's main area. The default is one form of `form_fields()`."""
        return self.make_form(self.form_fields())

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(delete_button_name(self.kind))
        self.delete_button.clicked.connect(self.delete_record)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.save_close_button = QPushButton(self.tr("Save and clos&e"))
        self.save_close_button.clicked.connect(self.save_and_close)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.reject)
        for button in (
            self.delete_button,
            self.save_button,
            self.save_close_button,
            self.close_button,
        ):
            button.setAutoDefault(False)  # Enter in a field never saves or closes by surprise
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.status_label)
        row.addWidget(self.save_button)
        row.addWidget(self.save_close_button)
        row.addWidget(self.close_button)
        return row

    # ---- reading ------------------------------------------------------------------------------

    def _load_people(self) -> list[str]:
        def read(uow: UnitOfWork) -> list[str]:
            names = set(queries.people(uow))
            names.update(s.name for s in records.list_records(uow, "staff") if s.active)
            return sorted(names, key=str.casefold)

        return self.ctx.read(read)

    def ref_options(self, field: Field) -> list[tuple[int, str]]:
        """The records a ref field may point at: every matter, client or account; only this
        matter's subpoenas, events and deadlines."""
        target = field.target
        assert target is not None
        if target in MATTER_SCOPED:
            matter_id = self.current_matter_id()
            if matter_id is None:
                return []
            query = ListQuery(target, matter_id=matter_id)
            views = self.ctx.read(lambda uow: queries.page(uow, query, 0, MAX_OPTIONS))
            pairs = [(v.id, record_label(v)) for v in views]
        else:
            views = self.ctx.read(lambda uow: records.list_records(uow, target))
            pairs = sorted(((v.id, record_label(v)) for v in views), key=lambda p: p[1].casefold())
        if target == self.kind and self.record_id:
            pairs = [p for p in pairs if p[0] != self.record_id]
        return pairs

    def current_matter_id(self) -> int | None:
        field_input = self.find_input("matter_id")
        if field_input is not None:
            state = field_input.state()
            return int(state) if state is not None else None
        if self.kind == "matters":
            return self.record_id
        return None

    def find_input(self, name: str) -> Any:
        for form in self.forms:
            if name in form.inputs:
                return form.inputs[name]
        return None

    def _load(self, view: Any) -> None:
        self.view = view
        values = view_values(view)
        for form in self.forms:
            form.load(values)
        self.load_extra(view)
        self._saved_values = self._read_values()
        self._update_title()

    def _read_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for form in self.forms:
            try:
                values.update(form.values())
            except ValidationError:
                pass
        return values

    def new_defaults(self) -> dict[str, Any]:
        """What a new record starts with: the spec's defaults for check boxes (a staff member
        is active), and whatever a subclass adds (a matter opens today)."""
        return {f.name: f.default for f in self.spec.fields if f.kind == "bool" and f.default}

    def load_new(self, prefill: dict[str, Any]) -> None:
        """A new record: defaults, then whatever the caller knows (e.g. the matter)."""
        values = {**self.new_defaults(), **prefill}
        for form in self.forms:
            form.load(values)
        self.load_extra(None)
        self._update_title()

    def load_extra(self, view: Any | None) -> None:
        """Fill inputs that are not part of the generic forms."""

    def _update_title(self) -> None:
        if self.view is None:
            title = new_title(self.kind)
        else:
            title = self.tr("{0}: {1}").format(kind_name(self.kind), record_label(self.view))
        self.setWindowTitle(self.tr("{0}[*] — Quash").format(title))
        self.delete_button.setVisible(self.record_id is not None)

    # ---- saving -------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Everything to save; raises ValidationError naming the field that cannot be read."""
        out: dict[str, Any] = {}
        for form in self.forms:
            out.update(form.values())
        out.update(self.extra_values())
        return out

    def extra_values(self) -> dict[str, Any]:
        return {}

    def prepare(self, values: dict[str, Any], changes: dict[str, Any]) -> bool:
        """Ask what must be asked before writing; False cancels the save."""
        return True

    def write(self, uow: UnitOfWork, values: dict[str, Any], changes: dict[str, Any]) -> Any:
        """The service calls for one save, in one transaction; returns the record's view."""
        if self.record_id is None:
            return records.create(uow, self.kind, values)
        return records.update(uow, self.kind, self.record_id, changes)

    def save(self) -> bool:
        self.show_error(None)
        try:
            values = self.values()
        except ValidationError as exc:
            self.show_error(exc)
            return False
        if self.record_id is None:
            changes = dict(values)
        else:
            changes = {
                k: v
                for k, v in values.items()
                if k not in self._saved_values or self._saved_values[k] != v
            }
            if not changes:
                self.mark_clean()
                self.status_label.setText(self.tr("Nothing to save."))
                return True
        if not self.prepare(values, changes):
            return False
        try:
            view = self.ctx.write(lambda uow: self.write(uow, values, changes))
        except QuashError as exc:
            self.show_error(exc)
            return False
        except Exception as exc:  # never a traceback on screen; never values in the log
            log.error("saving a %s failed: %s", self.spec.singular, type(exc).__name__)
            self.show_error(exc)
            return False
        self.record_id = view.id
        self._load(view)
        self.mark_clean()
        self.status_label.setText(
            self.tr("Saved at {0}").format(dt.datetime.now().strftime("%H:%M"))
        )
        self.saved.emit(view.id)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self._closing = True
            self.accept()

    def delete_record(self) -> None:
        if self.record_id is None:
            return
        record_id = self.record_id
        question = self.delete_question()
        if not self.confirm(self, question):
            return
        try:
            self.ctx.write(lambda uow: records.delete(uow, self.kind, record_id))
        except QuashError as exc:
            self.show_error(exc)
            return
        self._closing = True
        self.reject()

    def delete_question(self) -> str:
        return delete_question(self.kind)

    # ---- errors -------------------------------------------------------------------------------

    def show_error(self, problem: BaseException | str | None) -> None:
        """One plain sentence above the form, and the field it names pointed out."""
        if problem is None:
            self.error_label.hide()
            self.error_label.clear()
            for form in self.forms:
                form.clear_errors()
            return
        if isinstance(problem, BaseException):
            text = plain_error(problem, self.kind)
            field = getattr(problem, "field", None)
        else:
            text, field = problem, None
        self.error_label.setText(text)
        self.error_label.setAccessibleDescription(text)
        self.error_label.show()
        self.status_label.clear()
        found = False
        for form in self.forms:
            found = form.mark_error(field) or found
        if not found:
            self.mark_extra_error(field)

    def mark_extra_error(self, field: str | None) -> None:
        """Point at a field in error that is not on a generic form."""

    # ---- drafts (the DraftHolder protocol) ------------------------------------------------------

    def draft_key(self) -> tuple[str, int | None]:
        return (self.kind, self.record_id)

    def draft_state(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        for form in self.forms:
            fields.update(form.state())
        return {"fields": fields, **self.extra_state()}

    def extra_state(self) -> dict[str, Any]:
        return {}

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Refill the form with what was typed before the vault locked."""
        fields = state.get("fields", {})
        for form in self.forms:
            form.set_state(fields)
        self.restore_extra(state)
        self._update_modified()

    def restore_extra(self, state: dict[str, Any]) -> None:
        """Put back inputs outside the generic forms."""

    def has_unsaved_changes(self) -> bool:
        return self.draft_state() != self._baseline

    def mark_clean(self) -> None:
        self._baseline = self.draft_state()
        self.setWindowModified(False)

    def _update_modified(self) -> None:
        self.setWindowModified(self.has_unsaved_changes())
        if self.isWindowModified():
            self.status_label.clear()

    def close_for_lock(self) -> None:
        """The vault is locking and the draft is already kept: close without asking."""
        self._closing = True
        self.forget_secrets()
        QDialog.reject(self)

    def forget_secrets(self) -> None:
        """Seal anything revealed and take copied secrets off the clipboard."""

    # ---- closing ------------------------------------------------------------------------------

    def _ask_unsaved(self) -> str:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            unsaved_question(self.kind),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def reject(self) -> None:
        """Esc, Close or the window's close box: ask first if something is unsaved."""
        if not self._closing and self.has_unsaved_changes():
            answer = self.ask_unsaved()
            if answer == "cancel":
                return
            if answer == "save" and not self.save():
                return
        self._closing = True
        super().reject()

    def _cleanup(self, _result: int = 0) -> None:
        if self._cleaned_up:
            return
        self._cleaned_up = True
        self.forget_secrets()
        self.ctx.unregister_editor(self)
