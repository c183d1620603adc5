"""The record editor every kind shares: a non-modal dialog that loads one record through the
services, saves with Ctrl+S, asks before throwing typed work away, shows every problem of the
form at once beside its field (and says how many above, in a space kept for it), and hands its
unsaved state over as a draft when the vault locks."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
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

from gui import messages, roles
from gui.context import AppContext
from gui.editors.fields import FieldInput, RecordForm, make_input, view_values
from gui.editors.labels import record_label
from gui.editors.pickers import PickInput
from gui.errors import plain_error
from gui.i18n import QT_TRANSLATE_NOOP
from gui.vocabulary import (
    delete_button_name,
    delete_question_with,
    field_label,
    kind_name,
    new_title,
    unsaved_question,
)
from models.errors import QuashError, ValidationError
from models.people import Action
from services import pick_lists, queries, records, trash
from services.queries import ListQuery
from services.records import Field

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

log = logging.getLogger("quash.gui.editors")

MATTER_SCOPED = ("subpoenas", "events", "deadlines")
MAX_OPTIONS = 5000
ERROR_BOX_STYLE = (
    "QLabel#errorLabel { color: #7a0016; background: #fdecee; border: 1px solid #e3a1aa;"
    " border-radius: 3px; padding: 6px; }"
    " QLabel#requiredNote { color: palette(placeholder-text); }"
)
MESSAGE_LINES = 2  # the space kept above the form for what went wrong


# The keys every editor answers, for the editor and Help ▸ Keyboard shortcuts alike (Escape is
# every dialog's own: it closes, asking first about unsaved changes).
EDITOR_KEYS = (
    (QT_TRANSLATE_NOOP("RecordEditor", "Save"), QKeySequence.StandardKey.Save),
    (QT_TRANSLATE_NOOP("RecordEditor", "Close, asking about unsaved changes"), Qt.Key.Key_Escape),
)


class _ProblemCount(QObject):
    """A class of its own for the counted sentence: lupdate reads plural forms from a class's
    tr() only, and not from RecordEditor, which other classes derive from."""

    def problems(self, n: int) -> str:
        # Only ever said of two or more: one problem is shown as its own sentence.
        return self.tr("%n problems to fix; each is shown beside its field.", "", n)


_WORDS = _ProblemCount()


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

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")

        outer = QVBoxLayout(self)
        outer.addWidget(self._build_message_area())
        outer.addWidget(self.build_body(), 1)
        outer.addLayout(self._build_buttons())
        QWidget.setTabOrder(self.close_button, self.delete_button)  # the risky one comes last

        QShortcut(QKeySequence(EDITOR_KEYS[0][1]), self).activated.connect(self.save)
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

    def _build_message_area(self) -> QWidget:
        """Room above the form, kept whether or not something is wrong (so showing a problem
        never moves a field): which fields are required until a save fails, then what
        went wrong."""
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.required_note = QLabel(self.tr("Fields marked * are required."))
        self.required_note.setObjectName("requiredNote")
        area = QWidget()
        area.setObjectName("messageArea")
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.required_note)
        column.addWidget(self.error_label)
        column.addStretch(1)
        area.setFixedHeight(self.fontMetrics().lineSpacing() * MESSAGE_LINES + 16)
        return area

    def make_form(self, names: Sequence[str], **kwargs: Any) -> RecordForm:
        """A form for some fields of this kind; the editor reads, saves and drafts it."""
        kwargs.setdefault("make", self.make_input)
        form = RecordForm(self.kind, names, self.ref_options, **kwargs)
        self.forms.append(form)
        return form

    def make_input(self, kind: str, field: Field) -> FieldInput:
        """A pick list for a free-text field that has one (services.pick_lists), otherwise
        the field's usual input."""
        if pick_lists.has_pick_list(kind, field.name):
            offered = self.ctx.read(lambda uow: pick_lists.suggestions(uow, kind, field.name))
            return PickInput(field, field_label(kind, field.name), offered)
        return make_input(kind, field)

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
            values.update(form.read()[0])
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
        if self.kind == "matters":  # deleting a matter is an attorney's or an admin's
            roles.offer(self.delete_button, self.ctx, Action.DELETE_MATTER)

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

    def problems(self) -> tuple[dict[str, Any], list[ValidationError]]:
        """Everything to save, and every problem with it: fields that cannot be read, then
        what the services' checks say of the rest (records.problems, the checks a save runs)."""
        values: dict[str, Any] = {}
        found: list[ValidationError] = []
        for form in self.forms:
            read, unreadable = form.read()
            values.update(read)
            found += unreadable
        try:
            values.update(self.extra_values())
        except ValidationError as exc:
            found.append(exc)
        checked = {k: v for k, v in values.items() if k in self.spec.field_names}
        found += records.problems(self.spec, checked, partial=True)
        return values, found

    def save(self) -> bool:
        self.show_error(None)
        values, found = self.problems()
        if found:
            self.show_problems(found)
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
        kind = self.kind
        try:
            counts = self.ctx.read(lambda uow: trash.goes_with(uow, kind, record_id))
        except QuashError as exc:
            self.show_error(exc)
            return
        if not self.confirm(self, self.delete_question(counts)):
            return
        try:
            self.ctx.write(lambda uow: records.delete(uow, kind, record_id))
        except QuashError as exc:
            self.show_error(exc)
            return
        self._closing = True
        self.reject()

    def delete_question(self, counts: dict[str, int]) -> str:
        """What goes, with what it takes along counted, and that the Trash keeps it."""
        return delete_question_with(self.kind, counts)

    # ---- errors -------------------------------------------------------------------------------

    def show_error(self, problem: BaseException | str | None) -> None:
        """One problem (None: none any more): shown above the form, and beside its field."""
        if problem is None:
            self.error_label.hide()
            self.error_label.clear()
            self.error_label.setToolTip("")
            self.required_note.show()
            for form in self.forms:
                form.clear_errors()
            return
        self.show_problems([problem])

    def show_problems(self, problems: Sequence[BaseException | str]) -> None:
        """Every problem at once: each beside its field (label in red, the sentence to the
        right, the input's accessible description saying it), and above the form the one
        sentence, or how many there are; the focus goes to the first field in error."""
        sentences: list[str] = []
        by_field: dict[str, str] = {}
        for problem in problems:
            if isinstance(problem, BaseException):
                text = plain_error(problem, self.kind)
                field = getattr(problem, "field", None)
            else:
                text, field = problem, None
            sentences.append(text)
            if field and field not in by_field:
                by_field[field] = text
        if len(sentences) == 1:
            summary = sentences[0]
        else:
            summary = _WORDS.problems(len(sentences))
        self.error_label.setText(summary)
        self.error_label.setToolTip("\n".join(sentences))
        self.error_label.setAccessibleDescription(" ".join(sentences))
        self.required_note.hide()
        self.error_label.show()
        self.status_label.clear()
        shown: list[tuple[RecordForm, str]] = []
        for form in self.forms:
            shown += [(form, name) for name in form.mark_errors(by_field)]
        if shown:
            form, name = shown[0]
            form.focus_field(name)
        left = [f for f in by_field if not any(name == f for _form, name in shown)]
        self.mark_extra_error(left[0] if left else None)

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
