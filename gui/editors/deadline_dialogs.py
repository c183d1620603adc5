"""Docketing dialogs: add the deadline a rule gives (with a live preview of the date and how it
was counted), and docket an event such as "Motion to quash filed", previewing every deadline
the chain will create before anything is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.editors.filing_answers import FilingAnswersBox
from gui.editors.labels import record_label
from gui.editors.pickers import PickInput
from gui.editors.trail import TrailView
from gui.errors import plain_error
from gui.fitting import fit_to_screen
from gui.i18n import current_language, weekday_date
from gui.vocabulary import (
    calendar_title,
    choice_label,
    deadline_title,
    rule_citation,
    rule_note,
    rule_period,
    rule_title,
    rule_trigger,
    trigger_title,
)
from gui.widgets import OptionalDateEdit
from models import trail as trails
from models.calendars import CALENDARS
from models.deadline_engine import MAX_PERIOD_DAYS, SERVICE_METHODS
from models.errors import QuashError, ValidationError
from models.rules import Computation, Rule, RuleBook, offered_in
from services import docketing, pick_lists, queries, records, vaults
from services.queries import ListQuery

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

# Where a rule's trigger date usually comes from on the subpoena, to fill it in for the person.
TRIGGER_FROM_SUBPOENA = {
    "service of the subpoena": "served",
    "the day the user was notified": "user_notified",
}
EVENT_DATE_FROM_SUBPOENA = {
    "subpoena-served": "served",
    "subpoena-received": "served",
    "user-notified": "user_notified",
}
DUE_STYLE = "font-size: 15pt; font-weight: bold;"
PROBLEM_STYLE = "color: #7a0016;"


def _narrow(combo: QComboBox) -> QComboBox:
    """Long rule titles and subpoena labels must not stretch the dialog off the screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(28)
    combo.currentTextChanged.connect(combo.setToolTip)  # the whole text, where it is cut
    return combo


class _DocketingDialog(QDialog):
    """What both dialogs share: the matter's subpoenas, the court calendar, the options a rule
    may need (days, compliance date), who is responsible, and closing when the vault locks."""

    def __init__(self, ctx: AppContext, matter_id: int, parent: QWidget | None = None):
        matter = ctx.read(lambda uow: records.get(uow, "matters", matter_id))
        super().__init__(parent)
        self.ctx = ctx
        self.matter_id = matter_id
        self.matter = matter
        self.court = docketing.court_of(matter)

        def read(uow: UnitOfWork) -> tuple[list[Any], list[Any], str, RuleBook]:
            subpoenas = queries.page(uow, ListQuery("subpoenas", matter_id=matter_id), 0, 1000)
            calendar = vaults.setting(uow, "default_calendar", "federal")
            people = pick_lists.suggestions(uow, "deadlines", "responsible")
            return subpoenas, people, calendar, docketing.rulebook_for(uow)

        subpoenas, people, default_calendar, self.book = ctx.read(read)
        self._filled_date: str | None = None  # a date the dialog typed in (see below)
        self.subpoenas = {s.id: s for s in subpoenas}
        # The court offers its rule sets; the office's own sets are offered everywhere.
        self.rules_offered, self.triggers_offered = offered_in(self.book, self.court)

        self.subpoena_combo = _narrow(QComboBox())
        self.subpoena_combo.setAccessibleName(self.tr("Subpoena"))
        self.subpoena_combo.addItem(self.tr("(none)"), None)
        for s in subpoenas:
            self.subpoena_combo.addItem(record_label(s), s.id)
        if len(subpoenas) == 1:
            self.subpoena_combo.setCurrentIndex(1)
        self.calendar_combo = _narrow(QComboBox())
        self.calendar_combo.setAccessibleName(self.tr("Court calendar"))
        if self.court is not None:
            automatic = self.tr("The court's: {0}, {1}").format(
                self.court.short, calendar_title(self.court.calendar)
            )
        else:
            # No court on the matter: a local rule counts on its own court's calendar, any
            # other rule on the office's default (Settings), as the engine decides.
            fallback = default_calendar if default_calendar in CALENDARS else "federal"
            automatic = self.tr("Automatic: a local rule's own court, otherwise {0}").format(
                calendar_title(fallback)
            )
        self.calendar_combo.addItem(automatic, None)
        for name in CALENDARS:
            if name != "agency":  # an agency's period picks the agency calendar itself
                self.calendar_combo.addItem(calendar_title(name), name)
        for i in range(self.calendar_combo.count()):  # the combo is narrow: whole titles here
            text = self.calendar_combo.itemText(i)
            self.calendar_combo.setItemData(i, text, Qt.ItemDataRole.ToolTipRole)
        self.calendar_combo.setToolTip(self.calendar_combo.currentText())
        self.calendar_combo.currentTextChanged.connect(self.calendar_combo.setToolTip)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(-1, MAX_PERIOD_DAYS)
        self.days_spin.setSpecialValueText(self.tr("Not stated"))
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setValue(-1)
        self.days_spin.setAccessibleName(self.tr("Length of the period in days"))
        self.compliance_edit = OptionalDateEdit()
        self.compliance_edit.setAccessibleName(self.tr("Compliance date"))
        self.compliance_edit.setMaximumWidth(140)
        # Who is responsible: the staff and the names this office has used, as in the editors.
        self.responsible_pick = PickInput(
            records.spec_for("deadlines").field("responsible"), self.tr("Responsible"), people
        )
        self.responsible_edit = self.responsible_pick.edit
        self.responsible_edit.setText(matter.paralegal or matter.attorney or "")

        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Preview message"))

        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self._ok)
        self.ok_button.clicked.connect(self._ok)
        ctx.about_to_lock.connect(self.reject)
        ctx.editors_closing.connect(self.reject)  # also when the window is rebuilt
        self.finished.connect(self._disconnect)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _disconnect(self, _result: int = 0) -> None:
        self.ctx.about_to_lock.disconnect(self.reject)
        self.ctx.editors_closing.disconnect(self.reject)

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ok_button)
        row.addWidget(self.cancel_button)
        return row

    def _ok(self) -> None:
        raise NotImplementedError

    # -- reading the inputs

    def subpoena(self) -> Any | None:
        subpoena_id = self.subpoena_combo.currentData()
        return self.subpoenas.get(subpoena_id) if subpoena_id is not None else None

    def calendar(self) -> str | None:
        data = self.calendar_combo.currentData()
        return str(data) if data else None

    def responsible(self) -> str | None:
        return self.responsible_edit.text().strip() or None

    @staticmethod
    def _date(edit: OptionalDateEdit, what: str) -> dt.date | None:
        try:
            day = edit.date()
        except ValueError:
            raise ValidationError(
                QCoreApplication.translate(
                    "fields", "{0} is not a date: type it as YYYY-MM-DD."
                ).format(what)
            ) from None
        return day  # a year outside the holiday data: the engine says so (a coded error)

    @staticmethod
    def _missing_input(rule: Rule, options: dict[str, Any]) -> str:
        """What the rule still needs from the form, said before the engine asks for it in the
        command line's words (--days N); "" when nothing is missing."""
        if rule.period is None and options.get("days") is None:
            return QCoreApplication.translate(
                "_DocketingDialog", "Type the length of the period to see the date."
            )
        uses = rule.earlier_of == "compliance" or rule.counts_from == "compliance"
        if uses and options.get("compliance") is None:
            return QCoreApplication.translate(
                "_DocketingDialog", "Type the subpoena's compliance date to see the date."
            )
        return ""

    def _date_from_subpoena(
        self, edit: OptionalDateEdit, subpoena: Any | None, source: str | None
    ) -> None:
        """Put the subpoena's date for the chosen rule or event into `edit`, unless the person
        typed one. A date the dialog itself filled in for the previous choice is not the
        person's: it is taken back first."""
        if self._filled_date is not None and edit.text().strip() == self._filled_date:
            edit.set_date(None)
        self._filled_date = None
        value = getattr(subpoena, source) if subpoena is not None and source else None
        if value is not None and not edit.text().strip():
            edit.set_date(value)
            self._filled_date = edit.text().strip()

    def _fill_from_subpoena(self) -> None:
        """A subpoena knows its compliance date and the window its notice states."""
        subpoena = self.subpoena()
        if subpoena is None:
            return
        if subpoena.compliance_date and not self.compliance_edit.text().strip():
            self.compliance_edit.set_date(subpoena.compliance_date)
        if subpoena.response_window_days is not None and self.days_spin.value() < 0:
            self.days_spin.setValue(subpoena.response_window_days)

    def _compute(
        self, uow: UnitOfWork, rule: Rule, trigger: dt.date, options: dict[str, Any]
    ) -> list[Computation]:
        """The rule's date and those of its dependents, in the order they would be saved,
        counted by the service exactly as saving will count them."""
        subpoena = self.subpoena()
        return docketing.chain_preview(
            uow,
            [rule.id],
            trigger,
            matter_id=self.matter_id,
            calendar=self.calendar(),
            subpoena_id=subpoena.id if subpoena else None,
            options=options,
        )

    def _rule_options(self, rule: Rule, *, for_preview: bool) -> dict[str, Any]:
        """The options `rule` takes, read from the inputs (shown only when the rule needs them)."""
        options: dict[str, Any] = {}
        if rule.period is None:
            options["days"] = self.days_spin.value() if self.days_spin.value() >= 0 else None
        if rule.earlier_of == "compliance" or rule.counts_from == "compliance":
            compliance = self._date(self.compliance_edit, self.tr("Compliance date"))
            if compliance is not None or not for_preview:
                options["compliance"] = compliance
        return options


class AddFromRuleDialog(_DocketingDialog):
    """Pick a rule and the date it counts from; the date it gives and every step of the count
    are shown before saving. Save creates the deadline (and the rule's dependents)."""

    def __init__(
        self,
        ctx: AppContext,
        matter_id: int,
        parent: QWidget | None = None,
        *,
        rule_id: str | None = None,
        subpoena_id: int | None = None,
    ):
        super().__init__(ctx, matter_id, parent)
        if subpoena_id is not None:
            self.subpoena_combo.setCurrentIndex(max(0, self.subpoena_combo.findData(subpoena_id)))
        self.created: tuple[Any, ...] = ()
        self.setWindowTitle(self.tr("Add a deadline from a rule — {0}").format(self.matter.title))
        self.ok_button.setText(self.tr("&Save deadline"))

        self.rule_combo = _narrow(QComboBox())
        self.rule_combo.setMinimumContentsLength(46)
        self.rule_combo.setAccessibleName(self.tr("Rule"))
        for rule in self.rules_offered:
            self.rule_combo.addItem(
                f"{rule_title(rule.id, rule.title)} — {rule_citation(rule.id, rule.citation)}",
                rule.id,
            )
        self.rule_info = QLabel()
        self.rule_info.setObjectName("ruleInfo")
        self.rule_info.setWordWrap(True)
        self.trigger_edit = OptionalDateEdit()
        self.trigger_edit.setAccessibleName(self.tr("Date counted from"))
        self.trigger_edit.setMaximumWidth(140)
        self.before_box = QCheckBox(self.tr("Count back (days before an event)"))
        self.court_days_box = QCheckBox(self.tr("Count court days only"))
        self.service_combo = QComboBox()
        self.service_combo.setAccessibleName(self.tr("How the paper was served"))
        self.service_combo.addItem(self.tr("Not applicable"), None)
        for method in SERVICE_METHODS:
            self.service_combo.addItem(choice_label(method, "ServiceMethod"), method)

        form = QFormLayout()
        self.form = form
        form.addRow(self._label(self.tr("&Rule:"), self.rule_combo), self.rule_combo)
        form.addRow("", self.rule_info)
        form.addRow(self._label(self.tr("Su&bpoena:"), self.subpoena_combo), self.subpoena_combo)
        self.trigger_label = self._label(self.tr("Counted &from:"), self.trigger_edit)
        form.addRow(self.trigger_label, self.trigger_edit)
        form.addRow(self._label(self.tr("&Period:"), self.days_spin), self.days_spin)
        form.addRow("", self.before_box)
        form.addRow("", self.court_days_box)
        form.addRow(self._label(self.tr("Ser&ved by:"), self.service_combo), self.service_combo)
        form.addRow(
            self._label(self.tr("Co&mpliance date:"), self.compliance_edit), self.compliance_edit
        )
        form.addRow(self._label(self.tr("C&alendar:"), self.calendar_combo), self.calendar_combo)
        form.addRow(
            self._label(self.tr("Res&ponsible:"), self.responsible_pick.combo),
            self.responsible_pick.combo,
        )

        preview_box = QGroupBox(self.tr("Preview"))
        preview = QVBoxLayout(preview_box)
        self.due_label = QLabel()
        self.due_label.setObjectName("previewDue")
        self.due_label.setStyleSheet(DUE_STYLE)
        self.due_label.setWordWrap(True)  # a long rule title must not widen the dialog
        self.due_label.setAccessibleName(self.tr("Due date"))
        self.due_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trail = TrailView(self.tr("How the date is counted"))
        self.trail.setObjectName("previewTrail")
        self.dependents_label = QLabel()
        self.dependents_label.setObjectName("previewDependents")
        self.dependents_label.setWordWrap(True)
        preview.addWidget(self.due_label)
        preview.addWidget(self.message)
        preview.addWidget(self.trail, 1)
        preview.addWidget(self.dependents_label)

        columns = QHBoxLayout()
        columns.addLayout(form, 5)
        columns.addWidget(preview_box, 6)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addLayout(self._button_row())
        fit_to_screen(self, 1120, 460)

        if rule_id is not None:
            index = self.rule_combo.findData(rule_id)
            if index >= 0:
                self.rule_combo.setCurrentIndex(index)
        self.rule_combo.currentIndexChanged.connect(self._rule_changed)
        self.subpoena_combo.currentIndexChanged.connect(self._subpoena_changed)
        for signal in (
            self.trigger_edit.date_changed,
            self.compliance_edit.date_changed,
            self.days_spin.valueChanged,
            self.before_box.toggled,
            self.court_days_box.toggled,
            self.service_combo.currentIndexChanged,
            self.calendar_combo.currentIndexChanged,
        ):
            signal.connect(self.update_preview)
        self._rule_changed()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def rule(self) -> Rule:
        return self.book.rule(str(self.rule_combo.currentData()))

    def _rule_changed(self) -> None:
        rule = self.rule()
        trigger = rule_trigger(rule.id, rule.trigger)
        citation = rule_citation(rule.id, rule.citation)
        info = [self.tr("{0}. Counted from {1}.").format(citation, trigger)]
        if rule.period is not None:
            info.append(rule_period(rule.period, rule.unit, rule.direction) + ".")
        if rule.note:
            info.append(rule_note(rule.id, rule.note))
        self.rule_info.setText(" ".join(info))
        generic = rule.period is None
        self.form.setRowVisible(self.days_spin, generic)
        self.form.setRowVisible(self.before_box, generic and rule.method == "frcp-6a")
        self.form.setRowVisible(self.court_days_box, generic and rule.method == "frcp-6a")
        self.form.setRowVisible(self.service_combo, rule.service)
        from_compliance = rule.counts_from == "compliance"
        self.form.setRowVisible(
            self.compliance_edit, rule.earlier_of == "compliance" or from_compliance
        )
        # Counted back from the compliance date: that date is the one to type.
        self.form.setRowVisible(self.trigger_edit, not from_compliance)
        self.trigger_label.setText(self.tr("Counted &from:"))
        self.trigger_edit.setToolTip(self.tr("Date of {0}").format(trigger))
        self.trigger_edit.setAccessibleDescription(self.tr("Date of {0}").format(trigger))
        self._subpoena_changed()

    def _subpoena_changed(self) -> None:
        self._fill_from_subpoena()
        subpoena = self.subpoena()
        source = TRIGGER_FROM_SUBPOENA.get(self.rule().trigger)
        self._date_from_subpoena(self.trigger_edit, subpoena, source)
        self.update_preview()

    def options(self, *, for_preview: bool = True) -> dict[str, Any]:
        rule = self.rule()
        options = self._rule_options(rule, for_preview=for_preview)
        if rule.period is None and rule.method == "frcp-6a":
            options["before"] = self.before_box.isChecked()
            options["court_days"] = self.court_days_box.isChecked()
        service = self.service_combo.currentData() if rule.service else None
        if service is not None:
            options["service"] = service
        return options

    def update_preview(self) -> None:
        """Recount from what is typed; the engine's own message when it cannot."""
        self.created = ()
        rule = self.rule()
        self.ok_button.setEnabled(False)
        self.dependents_label.clear()
        try:
            trigger = self._trigger()
            if trigger is None:
                self._problem(
                    self.tr("Type the date of {0} to see the date.").format(
                        rule_trigger(rule.id, rule.trigger)
                    )
                )
                return
            options = self.options()
            missing = self._missing_input(rule, options)
            if missing:
                self._problem(missing)
                return
            chain = self.ctx.read(lambda uow: self._compute(uow, rule, trigger, options))
        except QuashError as exc:
            self._problem(plain_error(exc))
            return
        first = chain[0]
        when = weekday_date(first.due) + (f" {first.due_time:%H:%M}" if first.due_time else "")
        title = deadline_title(first.title)
        self.due_label.setText(self.tr("{0}: {1}").format(title, when))
        self.message.clear()
        self.message.hide()
        self.trail.show_trail(first.trail)
        if len(chain) > 1:
            self.dependents_label.setText(
                self.tr("Also creates: {0}").format(
                    "; ".join(
                        f"{deadline_title(c.title)}, {weekday_date(c.due)}" for c in chain[1:]
                    )
                )
            )
        self.ok_button.setEnabled(True)

    def _trigger(self) -> dt.date | None:
        if self.rule().counts_from == "compliance":
            return self._date(self.compliance_edit, self.tr("Compliance date"))
        return self._date(self.trigger_edit, self.tr("The date counted from"))

    def _problem(self, text: str) -> None:
        self.due_label.setText(self.tr("No date yet"))
        self.message.setText(text)
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.show()
        self.trail.clear()

    def _ok(self) -> None:
        if not self.ok_button.isEnabled():
            return
        rule = self.rule()
        subpoena = self.subpoena()
        try:
            trigger = self._trigger()
            assert trigger is not None
            options = self.options(for_preview=False)
            if rule.period is None and options.get("days") is None:
                options.pop("days", None)  # let the service take it from the subpoena
            self.created = self.ctx.write(
                lambda uow: docketing.add_from_rule(
                    uow,
                    self.matter_id,
                    rule.id,
                    trigger,
                    calendar=self.calendar(),
                    subpoena_id=subpoena.id if subpoena else None,
                    responsible=self.responsible(),
                    **options,
                )
            )
        except QuashError as exc:
            self._problem(plain_error(exc))
            self.ok_button.setEnabled(True)
            return
        self.accept()


class DocketEventDialog(_DocketingDialog):
    """Pick the event (e.g. "Motion to quash filed") and its date; every deadline its chain will
    create is previewed with its trail. Docket records the event and creates them."""

    def __init__(
        self,
        ctx: AppContext,
        matter_id: int,
        parent: QWidget | None = None,
        *,
        trigger_id: str | None = None,
    ):
        super().__init__(ctx, matter_id, parent)
        self.result_: docketing.DocketResult | None = None
        self.setWindowTitle(self.tr("Docket an event — {0}").format(self.matter.title))
        self.ok_button.setText(self.tr("&Docket"))

        self.event_combo = _narrow(QComboBox())
        self.event_combo.setAccessibleName(self.tr("Event"))
        for trig in self.triggers_offered:
            self.event_combo.addItem(trigger_title(trig.id, trig.title), trig.id)
        if trigger_id is not None:
            index = self.event_combo.findData(trigger_id)
            if index >= 0:
                self.event_combo.setCurrentIndex(index)
        self.date_edit = OptionalDateEdit()
        self.date_edit.setAccessibleName(self.tr("Date of the event"))
        self.date_edit.setMaximumWidth(140)
        self.summary_edit = QLineEdit()
        self.summary_edit.setAccessibleName(self.tr("Docket entry"))
        self.summary_edit.setMaxLength(2000)

        form = QFormLayout()
        self.form = form
        for text, widget in (
            (self.tr("&Event:"), self.event_combo),
            (self.tr("Da&te:"), self.date_edit),
            (self.tr("Su&bpoena:"), self.subpoena_combo),
            (self.tr("&Period:"), self.days_spin),
            (self.tr("Co&mpliance date:"), self.compliance_edit),
            (self.tr("C&alendar:"), self.calendar_combo),
            (self.tr("Res&ponsible:"), self.responsible_pick.combo),
            (self.tr("Docket &entry:"), self.summary_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.preview_box = QGroupBox(self.tr("Deadlines this will create"))
        preview = QVBoxLayout(self.preview_box)
        self.chain_tree = QTreeWidget()
        self.chain_tree.setObjectName("chainPreview")
        self.chain_tree.setColumnCount(3)
        self.chain_tree.setHeaderLabels([self.tr("Deadline"), self.tr("Due"), self.tr("Citation")])
        self.chain_tree.setAccessibleName(self.tr("Deadlines this event will create"))
        self.chain_tree.setWordWrap(True)
        self.chain_trail = TrailView(self.tr("How the chosen deadline is counted"))
        self.chain_trail.setObjectName("chainTrail")
        self.chain_tree.currentItemChanged.connect(self._show_item_trail)
        preview.addWidget(self.message)
        preview.addWidget(self.chain_tree, 3)
        preview.addWidget(self.chain_trail, 2)

        self.answers_box = FilingAnswersBox()  # what the filing answers, from the rule data
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.answers_box)
        left.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.preview_box, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addLayout(self._button_row())
        fit_to_screen(self, 1080, 520)

        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.subpoena_combo.currentIndexChanged.connect(self._event_changed)
        for signal in (
            self.date_edit.date_changed,
            self.compliance_edit.date_changed,
            self.days_spin.valueChanged,
            self.calendar_combo.currentIndexChanged,
        ):
            signal.connect(self.update_preview)
        self._event_changed()

    def trigger_id(self) -> str:
        return str(self.event_combo.currentData())

    def _event_changed(self) -> None:
        trig = self.book.trigger(self.trigger_id())
        rules = self.book.set_off_by(self.trigger_id())
        self.form.setRowVisible(self.days_spin, any(r.period is None for r in rules))
        self.form.setRowVisible(
            self.compliance_edit,
            any(r.earlier_of == "compliance" or r.counts_from == "compliance" for r in rules),
        )
        self.summary_edit.setPlaceholderText(trigger_title(trig.id, trig.title))
        self._fill_from_subpoena()
        subpoena = self.subpoena()
        source = EVENT_DATE_FROM_SUBPOENA.get(trig.id)
        self._date_from_subpoena(self.date_edit, subpoena, source)
        self._fill_answers()
        self.update_preview()

    def _fill_answers(self) -> None:
        """Offer, ticked, what the chosen event answers for the chosen subpoena."""
        subpoena_id = subpoena.id if (subpoena := self.subpoena()) else None
        trigger_id = self.trigger_id()
        try:
            answers = self.ctx.read(
                lambda uow: docketing.answered_by(uow, self.matter_id, trigger_id, subpoena_id)
            )
        except QuashError as exc:
            self._problem(plain_error(exc))
            answers = docketing.Answers()
        self.answers_box.show_answers(answers)

    def update_preview(self) -> None:
        self.chain_tree.clear()
        self.chain_trail.clear()
        self.ok_button.setEnabled(False)
        trig = self.book.trigger(self.trigger_id())
        try:
            date = self._date(self.date_edit, self.tr("The date of the event"))
            if date is None:
                self._problem(self.tr("Type the date of the event to see its deadlines."))
                return

            rules = [self.book.rule(rule_id) for rule_id in trig.rules]
            options = {r.id: self._rule_options(r, for_preview=True) for r in rules}
            for rule in rules:
                missing = self._missing_input(rule, options[rule.id])
                if missing:
                    self._problem(missing)
                    return

            def compute(uow: UnitOfWork) -> list[Computation]:
                out: list[Computation] = []
                for rule in rules:
                    out.extend(self._compute(uow, rule, date, options[rule.id]))
                return out

            chain = self.ctx.read(compute)
        except QuashError as exc:
            self._problem(plain_error(exc))
            return
        self.message.hide()
        self._show_chain(chain, fmt_due=lambda c: weekday_date(c.due))
        self.ok_button.setEnabled(True)

    def _show_chain(self, chain: list[Any], fmt_due: Callable[[Any], str]) -> None:
        self.chain_tree.clear()
        for item_data in chain:
            language = current_language()
            steps = (
                trails.words(item_data.trail, language)
                if isinstance(item_data, Computation)
                else trails.render(item_data.trail, language)
            )
            title = deadline_title(item_data.title)
            citation = rule_citation(item_data.rule_id or "", item_data.citation or "")
            item = QTreeWidgetItem([title, fmt_due(item_data), citation])
            item.setToolTip(0, title)
            item.setData(0, Qt.ItemDataRole.UserRole, list(steps))
            for number, step in enumerate(steps, 1):
                child = QTreeWidgetItem([f"{number}. {step}"])
                child.setToolTip(0, step)
                item.addChild(child)
            self.chain_tree.addTopLevelItem(item)
            for index in range(item.childCount()):  # a step reads across the whole row
                step_item = item.child(index)
                if step_item is not None:
                    step_item.setFirstColumnSpanned(True)
        self.chain_tree.resizeColumnToContents(1)
        self.chain_tree.setColumnWidth(0, max(self.chain_tree.columnWidth(0), 320))
        first = self.chain_tree.topLevelItem(0)
        if first is not None:
            self.chain_tree.setCurrentItem(first)

    def _show_item_trail(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            self.chain_trail.clear()
            return
        self.chain_trail.show_steps(item.data(0, Qt.ItemDataRole.UserRole) or [])

    def chain_titles(self) -> list[str]:
        items = (
            self.chain_tree.topLevelItem(i) for i in range(self.chain_tree.topLevelItemCount())
        )
        return [item.text(0) for item in items if item is not None]

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.show()

    def _ok(self) -> None:
        if self.result_ is not None:
            self.accept()
            return
        if not self.ok_button.isEnabled():
            return
        subpoena = self.subpoena()
        try:
            date = self._date(self.date_edit, self.tr("The date of the event"))
            assert date is not None
            options: dict[str, Any] = {}
            if self.days_spin.value() >= 0:
                options["days"] = self.days_spin.value()
            compliance = self._date(self.compliance_edit, self.tr("Compliance date"))
            if compliance is not None:
                options["compliance"] = compliance
            self.result_ = self.ctx.write(
                lambda uow: docketing.docket(
                    uow,
                    self.matter_id,
                    self.trigger_id(),
                    date,
                    calendar=self.calendar(),
                    subpoena_id=subpoena.id if subpoena else None,
                    responsible=self.responsible(),
                    summary=self.summary_edit.text().strip() or None,
                    mark_done=self.answers_box.mark_done(),
                    challenge_subpoena=self.answers_box.challenge(),
                    **options,
                )
            )
        except QuashError as exc:
            self._problem(plain_error(exc))
            return
        self.answers_box.freeze()
        self.preview_box.setTitle(self.tr("Docketed; these deadlines were created"))
        self._show_chain(list(self.result_.deadlines), fmt_due=lambda d: weekday_date(d.due))
        self.message.setText(
            self.tr(
                "Docketed “{0}” on {1} with %n deadline(s).", "", len(self.result_.deadlines)
            ).format(self.event_combo.currentText(), weekday_date(date))
        )
        self.message.setStyleSheet("")
        self.message.show()
        for widget in (
            self.event_combo,
            self.date_edit,
            self.subpoena_combo,
            self.days_spin,
            self.compliance_edit,
            self.calendar_combo,
            self.responsible_pick.combo,
            self.summary_edit,
        ):
            widget.setEnabled(False)
        self.ok_button.setText(self.tr("Close"))
        self.cancel_button.hide()
