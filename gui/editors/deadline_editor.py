"""The deadline editor: what is due and when, who is responsible, and for a deadline a rule
computed, how it was counted. Moving a computed date asks why and is kept as set by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.editors.base import RecordEditor
from gui.editors.labels import describe_recount
from gui.editors.trail import TrailView
from gui.errors import plain_error
from gui.fitting import fit_to_screen
from gui.i18n import weekday_date
from gui.vocabulary import calendar_title, choice_label, rule_citation, rule_title
from models.errors import QuashError
from models.rules import default_rulebook
from services import docketing, records

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

EDITABLE = (
    "matter_id",
    "subpoena_id",
    "title",
    "due",
    "due_time",
    "responsible",
    "status",
    "notes",
)


class DeadlineEditor(RecordEditor):
    def build_body(self) -> QWidget:
        # Asked when a computed date is moved by hand; replaceable so tests never block.
        self.ask_reason: Callable[[], str | None] = self._ask_reason
        self._reason: str | None = None
        self._recounted: list[Any] = []

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._build_review())
        self.computed_note = QLabel()
        self.computed_note.setObjectName("computedNote")
        self.computed_note.setWordWrap(True)
        self.form = self.make_form(EDITABLE, beside={"due": self.computed_note})
        self.form.inputs["matter_id"].connect(self._matter_changed)
        self.form.inputs["due"].connect(self._due_changed)
        column.addWidget(self.form)

        self.rule_box = QGroupBox(self.tr("Counted by rule"))
        rule_form = QFormLayout(self.rule_box)
        self.rule_fields: dict[str, QLineEdit] = {}
        for name, label in (
            ("rule", self.tr("Rule")),
            ("citation", self.tr("Citation")),
            ("trigger_date", self.tr("Counted from")),
            ("calendar", self.tr("Court calendar")),
            ("service", self.tr("Service")),
        ):
            line = QLineEdit()
            line.setReadOnly(True)
            line.setAccessibleName(label)
            line.setObjectName(f"rule_{name}")
            rule_form.addRow(label, line)
            self.rule_fields[name] = line
        self.set_by_hand = QLabel()
        self.set_by_hand.setObjectName("setByHand")
        self.set_by_hand.setWordWrap(True)
        rule_form.addRow(self.set_by_hand)
        self.trail = TrailView(self.tr("How it was counted"))
        trail_label = QLabel(self.tr("How it was counted"))
        trail_label.setBuddy(self.trail)
        rule_form.addRow(trail_label)
        rule_form.addRow(self.trail)
        column.addWidget(self.rule_box, 1)
        column.addStretch(0)  # a deadline typed by hand keeps its fields at the top
        self.form.inputs["notes"].focus.setMaximumHeight(90)
        fit_to_screen(self, 720, 680)
        return body

    def _build_review(self) -> QWidget:
        """A recount that moved this deadline without anyone editing it, until confirmed."""
        self.review_box = QFrame()
        self.review_box.setObjectName("reviewBox")
        self.review_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.review_box.setStyleSheet("#reviewBox { background: #fff4d6; }")
        row = QHBoxLayout(self.review_box)
        self.review_text = QLabel()
        self.review_text.setObjectName("reviewText")
        self.review_text.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("&Confirm the new date"))
        self.confirm_button.setObjectName("confirmReview")
        self.confirm_button.clicked.connect(self.confirm_review)
        row.addWidget(self.review_text, 1)
        row.addWidget(self.confirm_button)
        self.review_box.hide()
        return self.review_box

    def _show_review(self, view: Any | None) -> None:
        review = docketing.review_of(view) if view is not None else None
        self.review_box.setVisible(review is not None)
        if review is None:
            return
        why = {
            "trigger-moved": self.tr("its trigger moved"),
            "closure-added": self.tr("a closure day was added"),
            "closure-removed": self.tr("a closure day was removed"),
            "calendar-updated": self.tr("the holiday data changed"),
        }.get(review.reason, review.reason)
        if review.day is not None:
            why = self.tr("{0} ({1})").format(why, weekday_date(review.day))
        if review.kept_override:
            text = self.tr(
                "Recounted because {0}: the date set by hand, {1}, is kept; the rule now "
                "gives {2}. Check it, then confirm."
            ).format(why, weekday_date(review.old_due), weekday_date(review.new_due))
        else:
            text = self.tr(
                "Recounted because {0}: the date moved from {1} to {2}. Check it, then confirm."
            ).format(why, weekday_date(review.old_due), weekday_date(review.new_due))
        self.review_text.setText(text)

    def confirm_review(self) -> None:
        if self.record_id is None:
            return
        record_id = self.record_id
        try:
            self.ctx.write(lambda uow: docketing.confirm_review(uow, record_id))
            view = self.ctx.read(lambda uow: records.get(uow, "deadlines", record_id))
        except QuashError as exc:
            self.review_text.setText(plain_error(exc))
            return
        self._show_review(view)

    # ---- loading ------------------------------------------------------------------------------

    def load_extra(self, view: Any | None) -> None:
        self.form.set_read_only("matter_id", view is not None)
        self.form.reload_options(self.ref_options, ["subpoena_id"])
        if view is not None:
            self.form.inputs["subpoena_id"].set_value(view.subpoena_id)
        computed = view is not None and view.rule_id is not None
        self.rule_box.setVisible(computed)
        self._show_review(view)
        if view is None or not computed:
            self.computed_note.clear()
            return
        rule = default_rulebook().rules.get(view.rule_id)
        title = f"{rule_title(rule.id, rule.title)} ({view.rule_id})" if rule else view.rule_id
        self.rule_fields["rule"].setText(title)
        self.rule_fields["citation"].setText(rule_citation(view.rule_id, view.citation or ""))
        self.rule_fields["trigger_date"].setText(
            weekday_date(view.trigger_date) if view.trigger_date else ""
        )
        self.rule_fields["calendar"].setText(calendar_title(view.calendar or "federal"))
        self.rule_fields["service"].setText(
            choice_label(view.service, "ServiceMethod")
            if view.service
            else self.tr("Not applicable")
        )
        for line in self.rule_fields.values():
            line.setCursorPosition(0)
        self.set_by_hand.setText(
            self.tr("Set by hand: this date was changed from what the rule gives.")
            if view.overridden
            else self.tr("As computed by the rule.")
        )
        self.trail.show_stored(view.trail)
        self._due_changed()

    def _matter_changed(self) -> None:
        self.form.reload_options(self.ref_options, ["subpoena_id"])

    def _due_changed(self) -> None:
        view = self.view
        if view is None or view.computed_due is None:
            self.computed_note.clear()
            return
        try:
            due = self.form.inputs["due"].value()
        except QuashError:
            due = None
        if due is not None and due != view.computed_due:
            self.computed_note.setText(
                self.tr("The rule gives {0}").format(weekday_date(view.computed_due))
                + (self.tr(" — set by hand") if view.overridden and due == view.due else "")
            )
        else:
            self.computed_note.setText(self.tr("as the rule gives"))

    # ---- saving -------------------------------------------------------------------------------

    def _ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Date set by hand"),
            self.tr(
                "This date was computed from a rule. Why is it set by hand?\n"
                "(for example: order of 3 Oct; stipulation filed 12 May)"
            ),
        )
        return text if ok else None

    def prepare(self, values: dict[str, Any], changes: dict[str, Any]) -> bool:
        self._reason = None
        if self.view is not None and self.view.rule_id and "due" in changes:
            reason = self.ask_reason()
            if reason is None:
                self.status_label.setText(self.tr("Not saved."))
                return False
            self._reason = reason
        return True

    def write(self, uow: UnitOfWork, values: dict[str, Any], changes: dict[str, Any]) -> Any:
        if self.record_id is None:
            return super().write(uow, values, changes)
        view, self._recounted = docketing.edit_deadline(
            uow, self.record_id, changes, reason=self._reason
        )
        return view

    def save(self) -> bool:
        self._recounted = []
        ok = super().save()
        if ok and len(self._recounted) > 1:
            self.status_label.setText(
                self.tr("Saved; also recounted: {0}").format(
                    "; ".join(describe_recount(r) for r in self._recounted[1:])
                )
            )
        return ok
