"""The docket entry editor. An entry that triggered deadlines keeps its date until it is moved on
purpose, which recounts every deadline it set off (kept dates set by hand are reported)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.editors.base import RecordEditor
from gui.editors.labels import describe_recount
from gui.vocabulary import trigger_title
from gui.widgets import OptionalDateEdit
from models.errors import QuashError, ValidationError
from models.rules import default_rulebook
from services import docketing, records

FIELDS = ("matter_id", "date", "kind", "summary")


class EventEditor(RecordEditor):
    def build_body(self) -> QWidget:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = self.make_form(FIELDS)
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
        self.move_button = QPushButton(self.tr("Move and &recount deadlines"))
        self.move_button.setAutoDefault(False)
        self.move_button.clicked.connect(self.move_trigger)
        row.addWidget(label)
        row.addWidget(self.new_date)
        row.addWidget(self.move_button)
        row.addStretch(1)
        move_column.addLayout(row)
        self.recount_label = QLabel()
        self.recount_label.setObjectName("recountResult")
        self.recount_label.setWordWrap(True)
        move_column.addWidget(self.recount_label)
        column.addWidget(self.move_box)
        column.addStretch(1)
        self.resize(620, 360)
        return body

    def load_extra(self, view: Any | None) -> None:
        triggered = view is not None and bool(view.trigger_id)
        self.move_box.setVisible(triggered)
        self.form.set_read_only("matter_id", view is not None)
        self.form.set_read_only("date", triggered)
        if view is not None and triggered:
            trigger = default_rulebook().triggers.get(view.trigger_id)
            name = trigger_title(trigger.id, trigger.title) if trigger else view.trigger_id
            self.trigger_label.setText(
                self.tr(
                    "Docketed as “{0}”: its deadlines are counted from this date. Moving it "
                    "recounts them; dates set by hand are kept."
                ).format(name)
            )

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
            changes = self.ctx.write(lambda uow: docketing.move_trigger(uow, event_id, new_date))
        except QuashError as exc:
            self.show_error(exc)
            return
        self.recount_label.setText(
            "\n".join(describe_recount(c) for c in changes) or self.tr("Moved.")
        )
        self.new_date.clear()
        typed = self.draft_state()["fields"]
        typed.pop("date", None)
        was_modified = self.has_unsaved_changes()
        self._load(self.ctx.read(lambda uow: records.get(uow, "events", event_id)))
        self.mark_clean()
        if was_modified:  # other fields typed but not saved stay as typed
            self.restore_draft({"fields": typed})
