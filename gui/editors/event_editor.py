"""The docket entry editor. An entry that triggered deadlines keeps its date until it is moved on
purpose, which recounts every deadline it set off (kept dates set by hand are reported)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from gui.editors.base import RecordEditor
from gui.editors.documents_box import DocumentsBox
from gui.editors.labels import describe_recount
from gui.fitting import fit_to_screen
from gui.i18n import weekday_date
from gui.vocabulary import trigger_title
from gui.widgets import OptionalDateEdit
from models.errors import QuashError, ValidationError
from models.rules import default_rulebook
from services import docketing, documents, records

FIELDS = ("matter_id", "date", "kind", "summary")


class EventEditor(RecordEditor):
    def build_body(self) -> QWidget:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        # A docketed event's date changes only by moving it (its deadlines are recounted): the
        # field then reads as plain text, with the way to move it right beside it.
        self.move_to_button = QPushButton(self.tr("&Move to…"))
        self.move_to_button.setAutoDefault(False)
        self.move_to_button.setAccessibleName(self.tr("Move the event to another date"))
        self.move_to_button.clicked.connect(self.start_move)
        self.move_to_button.hide()
        self.form = self.make_form(FIELDS, beside={"date": self.move_to_button})
        column.addWidget(self.form)
        self.move_box = QWidget()
        move_column = QVBoxLayout(self.move_box)
        move_column.setContentsMargins(0, 0, 0, 0)
        self.trigger_label = QLabel()
        self.trigger_label.setWordWrap(True)
        move_column.addWidget(self.trigger_label)
        row = QHBoxLayout()
        label = QLabel(self.tr("Move to:"))
        self.new_date = OptionalDateEdit()
        self.new_date.setAccessibleName(self.tr("New date of the event"))
        self.new_date.setMaximumWidth(140)
        label.setBuddy(self.new_date)
        self.move_button = QPushButton(self.tr("Show the changes and &recount…"))
        self.move_button.setAutoDefault(False)
        self.move_button.clicked.connect(self.move_trigger)
        row.addWidget(label)
        row.addWidget(self.new_date)
        row.addWidget(self.move_button)
        row.addStretch(1)
        self.move_row = QWidget()
        self.move_row.setLayout(row)
        self.move_row.hide()  # until "Move to…"
        move_column.addWidget(self.move_row)
        self.recount_label = QLabel()
        self.recount_label.setObjectName("recountResult")
        self.recount_label.setWordWrap(True)
        move_column.addWidget(self.recount_label)
        column.addWidget(self.move_box)
        self.documents = DocumentsBox(
            self,
            self.tr("Documents"),
            lambda: documents.on_event(self.record_id) if self.record_id else None,
            unsaved_hint=self.tr("Save the docket entry first, then attach its documents."),
        )
        column.addWidget(self.documents, 1)
        fit_to_screen(self, 620, 520)
        return body

    def load_extra(self, view: Any | None) -> None:
        self.documents.refresh()
        triggered = view is not None and bool(view.trigger_id)
        self.move_box.setVisible(triggered)
        self.form.set_read_only("matter_id", view is not None)
        self.form.set_read_only("date", triggered)
        self._show_date_as_text(triggered)
        self.move_to_button.setVisible(triggered)
        if view is not None and triggered:
            trigger = default_rulebook().triggers.get(view.trigger_id)
            name = trigger_title(trigger.id, trigger.title) if trigger else view.trigger_id
            self.trigger_label.setText(
                self.tr(
                    "Docketed as “{0}”: its deadlines are counted from this date. Moving it "
                    "recounts them; dates set by hand are kept."
                ).format(name)
            )

    def _show_date_as_text(self, as_text: bool) -> None:
        """Read-only looks read-only: no frame, the window's background, and a tooltip that
        says how the date does change."""
        edit = self.form.inputs["date"].focus
        if isinstance(edit, QLineEdit):
            edit.setFrame(not as_text)
            edit.setStyleSheet("QLineEdit { background: palette(window); }" if as_text else "")
            edit.setFocusPolicy(Qt.FocusPolicy.NoFocus if as_text else Qt.FocusPolicy.StrongFocus)
        edit.setToolTip(
            self.tr("Its deadlines are counted from this date: change it with “Move to…”.")
            if as_text
            else ""
        )

    def start_move(self) -> None:
        self.move_row.show()
        self.new_date.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_trigger(self) -> None:
        event_id = self.record_id
        if event_id is None:
            return
        self.show_error(None)
        try:
            new_date = self.new_date.date()
        except ValueError:
            self.show_error(
                ValidationError(self.tr("New date is not a date: type it as YYYY-MM-DD"))
            )
            return
        if new_date is None:
            self.show_error(self.tr("Type the new date first."))
            return
        try:
            preview = self.ctx.read(
                lambda uow: docketing.preview_move_trigger(uow, event_id, new_date)
            )
        except QuashError as exc:
            self.show_error(exc)
            return
        if not self.confirm(self, self.move_question(new_date, preview)):
            return
        try:
            changes = self.ctx.write(lambda uow: docketing.move_trigger(uow, event_id, new_date))
        except QuashError as exc:
            self.show_error(exc)
            return
        self.recount_label.setText(
            "\n".join(describe_recount(c) for c in changes) or self.tr("Moved.")
        )
        self.new_date.clear()
        self.move_row.hide()
        typed = self.draft_state()["fields"]
        typed.pop("date", None)
        was_modified = self.has_unsaved_changes()
        self._load(self.ctx.read(lambda uow: records.get(uow, "events", event_id)))
        self.mark_clean()
        if was_modified:  # other fields typed but not saved stay as typed
            self.restore_draft({"fields": typed})

    def move_question(self, new_date: dt.date, preview: list[Any]) -> str:
        """What the move would change, deadline by deadline, before anything is written."""
        lines = "\n".join(f"• {describe_recount(c)}" for c in preview)
        if not lines:
            return self.tr("Move this event to {0}? No deadline is counted from it.").format(
                weekday_date(new_date)
            )
        return self.tr("Move this event to {0}? Its deadlines would change:\n{1}").format(
            weekday_date(new_date), lines
        )
