"""The Reports page: choose a report and its options, save it as PDF in the background with
progress and Cancel, or export deadlines to a calendar (.ics) or a spreadsheet (CSV).

Every report and export takes only the options the page shows as active: a range that is greyed
out (or labelled for other dates) is not used, and the export falls back to the command line's
default. Each says what it wrote ("3 deadlines, 30 Nov – 2 Mar"); one that would hold nothing
says so and writes no file. The options survive a change of language (kept in memory)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import roles
from gui.context import AppContext
from gui.errors import plain_error
from gui.i18n import LANGUAGE_NAMES, current_language
from gui.reminders import chosen_leads
from gui.tasks import TaskHandle
from gui.widgets import OptionalDateEdit
from models.errors import QuashError
from models.people import Action
from services import queries, reporting
from services.changes import Changes
from services.reporting import DEFAULT_DAYS, DeadlineSelection, Period, Span

if TYPE_CHECKING:
    from storage.uow import UnitOfWork


STATE_KEY = "reports"  # the page's options in AppContext.view_state


def _combo(items: tuple[tuple[str, str], ...], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for value, label in items:
        box.addItem(label, value)
    return box


class ReportsPage(QWidget):
    report_written = Signal(str)  # the path of a report or export just saved
    report_failed = Signal(str)  # one plain sentence
    report_cancelled = Signal()
    nothing_written = Signal(str)  # the sentence saying why no file was written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._handle: TaskHandle | None = None
        self._today = dt.date.today()
        self._pending_span: tuple[Span | None, bool] = (None, False)

        kinds = (
            ("deadlines", self.tr("Deadline report")),
            ("matter", self.tr("Matter summary")),
            ("register", self.tr("Subpoena register")),
        )
        self.kind = _combo(kinds, "reportKind")
        self.date_from = OptionalDateEdit()
        self.date_from.setObjectName("dateFrom")
        self.date_to = OptionalDateEdit()
        self.date_to.setObjectName("dateTo")
        groups = (
            ("day", self.tr("Day")),
            ("attorney", self.tr("Attorney")),
            ("matter", self.tr("Matter")),
        )
        self.group = _combo(groups, "groupBy")
        self.person = QComboBox()
        self.person.setObjectName("person")
        self.person.setEditable(True)
        self.matter = QComboBox()
        self.matter.setObjectName("matter")
        statuses = (
            ("open", self.tr("Open")),
            ("done", self.tr("Done")),
            ("vacated", self.tr("Vacated")),
            ("any", self.tr("Any status")),
        )
        self.status = _combo(statuses, "status")
        self.trail = QCheckBox(self.tr("Print how each date was computed (explanation trail)"))
        self.trail.setObjectName("trail")
        page_sizes = (("letter", self.tr("Letter")), ("a4", self.tr("A4")))
        self.page_size = _combo(page_sizes, "pageSize")
        # Reports, calendars and lists are written in the interface's language unless a person
        # picks the other one (a Spanish-speaking paralegal printing for an English court).
        self.language = _combo(tuple(LANGUAGE_NAMES.items()), "reportLanguage")
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.reveal = QCheckBox(self.tr("Include clients' legal names"))
        self.reveal.setObjectName("revealNames")
        self.reveal_warning = QLabel(
            self.tr(
                "Legal names are sealed. With this box ticked they are printed on every page "
                "that shows the client, the report says so, and the audit log records that you "
                "asked for them. Keep the printout under lock."
            )
        )
        self.reveal_warning.setObjectName("revealWarning")
        self.reveal_warning.setWordWrap(True)
        self.reveal_warning.setStyleSheet("color: #b42318; font-weight: bold;")
        self.reveal_warning.setVisible(False)

        self.save_button = QPushButton(self.tr("Save PDF as…"))
        self.save_button.setObjectName("savePdf")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setEnabled(False)
        self.ics_button = QPushButton(self.tr("Export calendar (.ics)…"))
        self.ics_button.setObjectName("exportIcs")
        self.csv_deadlines_button = QPushButton(self.tr("Export deadlines (CSV)…"))
        self.csv_deadlines_button.setObjectName("exportDeadlinesCsv")
        self.csv_subpoenas_button = QPushButton(self.tr("Export subpoenas (CSV)…"))
        self.csv_subpoenas_button.setObjectName("exportSubpoenasCsv")
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        self._dates_label = QLabel(self.tr("Due from"))
        form.addRow(self._dates_label, dates)
        form.addRow(self.tr("Group by"), self.group)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Matter"), self.matter)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Paper"), self.page_size)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.trail)
        form.addRow("", self.reveal)
        form.addRow("", self.reveal_warning)
        options = QGroupBox(self.tr("Options"))
        options.setLayout(form)

        run_row = QHBoxLayout()
        run_row.addWidget(self.save_button)
        run_row.addWidget(self.cancel_button)
        run_row.addStretch(1)
        export_row = QHBoxLayout()
        export_row.addWidget(self.ics_button)
        export_row.addWidget(self.csv_deadlines_button)
        export_row.addWidget(self.csv_subpoenas_button)
        export_row.addStretch(1)
        exports = QGroupBox(self.tr("Export for other programs (nothing leaves this computer)"))
        exports.setLayout(export_row)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Reports</h2>")))
        layout.addWidget(options)
        layout.addLayout(run_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(exports)
        note = QLabel(
            self.tr(
                "Saved reports and exports are not encrypted. Every one is recorded in the "
                "audit log; delete files when done."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.reveal.toggled.connect(self.reveal_warning.setVisible)
        self.save_button.clicked.connect(self.save_report)
        self.cancel_button.clicked.connect(self.cancel)
        self.ics_button.clicked.connect(self.export_calendar)
        self.csv_deadlines_button.clicked.connect(lambda: self.export_csv("deadlines"))
        self.csv_subpoenas_button.clicked.connect(lambda: self.export_csv("subpoenas"))
        ctx.data_changed.connect(self._data_changed)
        ctx.unlocked.connect(self.refresh)
        self._kind_changed()
        self.refresh()
        self._restore_options(ctx.view_state.get(STATE_KEY))
        for combo in (self.kind, self.group, self.matter, self.status, self.page_size):
            combo.currentIndexChanged.connect(self._remember_options)
        self.language.currentIndexChanged.connect(self._remember_options)
        self.person.currentTextChanged.connect(self._remember_options)
        for field in (self.date_from, self.date_to):
            field.date_changed.connect(self._remember_options)
        for box in (self.trail, self.reveal):
            box.toggled.connect(self._remember_options)

    # -- options kept while the app runs (a change of language rebuilds this page)

    def options_state(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "from": self.date_from.text(),
            "to": self.date_to.text(),
            "group": self.group.currentData(),
            "person": self.person.currentText(),
            "person_is_everyone": self.person.currentIndex() == 0
            and self.person.currentText() == self.person.itemText(0),
            "matter": self.matter.currentData(),
            "status": self.status.currentData(),
            "page_size": self.page_size.currentData(),
            "language": self.language.currentData(),
            "trail": self.trail.isChecked(),
            "reveal": self.reveal.isChecked(),
        }

    def _remember_options(self, *_args: Any) -> None:
        self.ctx.view_state[STATE_KEY] = self.options_state()

    def _restore_options(self, state: dict[str, Any] | None) -> None:
        if not state:
            return
        for combo, key in (
            (self.kind, "kind"),
            (self.group, "group"),
            (self.matter, "matter"),
            (self.status, "status"),
            (self.page_size, "page_size"),
            (self.language, "language"),
        ):
            index = combo.findData(state.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.date_from.setText(state.get("from", ""))
        self.date_to.setText(state.get("to", ""))
        if state.get("person_is_everyone", True):
            self.person.setCurrentIndex(0)
        else:
            self.person.setCurrentText(state.get("person", ""))
        self.trail.setChecked(bool(state.get("trail")))
        self.reveal.setChecked(bool(state.get("reveal")))

    # -- choices

    def refresh(self) -> None:
        """Reload the people and matters offered in the pick-lists."""
        if not self.ctx.is_unlocked or self.is_running:
            return
        # Legal names are an attorney's or an admin's to print (whoever unlocked may change).
        allowed = roles.may(self.ctx, Action.REVEAL_SEALED)
        if not allowed:
            self.reveal.setChecked(False)
        self.reveal.setEnabled(allowed)
        self.reveal.setToolTip("" if allowed else roles.who_may(self.ctx, Action.REVEAL_SEALED))
        people, matters = self.ctx.read(
            lambda uow: (queries.people(uow), reporting.matter_choices(uow))
        )
        person = self.person.currentText()
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        for name in people:
            self.person.addItem(name, name)
        if person and person != self.tr("Everyone"):
            self.person.setCurrentText(person)
        chosen = self.matter.currentData()
        self.matter.clear()
        self.matter.addItem(self.tr("All matters"), None)
        for matter_id, title in matters:
            self.matter.addItem(f"{matter_id}: {title}", matter_id)
        if chosen is not None:
            index = self.matter.findData(chosen)
            self.matter.setCurrentIndex(max(index, 0))

    def _data_changed(self, _changes: Changes) -> None:
        self.refresh()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        deadlines = kind == "deadlines"
        for widget in (self.group, self.person, self.status):
            widget.setEnabled(deadlines)
        self.matter.setEnabled(kind in ("deadlines", "matter"))
        self.trail.setEnabled(kind in ("deadlines", "matter"))
        self.reveal.setEnabled(kind in ("deadlines", "matter"))
        self.date_from.setEnabled(kind != "matter")
        self.date_to.setEnabled(kind != "matter")
        if kind == "register":
            self._dates_label.setText(self.tr("Issued from"))
            self.date_from.set_date(None)
            self.date_to.set_date(None)
        else:
            self._dates_label.setText(self.tr("Due from"))
            if deadlines and not self.date_from.text() and not self.date_to.text():
                self.date_from.set_date(self._today)
                self.date_to.set_date(self._today + dt.timedelta(days=DEFAULT_DAYS - 1))

    def _dates(self) -> tuple[dt.date | None, dt.date | None]:
        try:
            return self.date_from.date(), self.date_to.date()
        except ValueError as exc:
            raise QuashError(self.tr("Check the dates: {0}.").format(exc)) from None

    def selection(self, *, overdue: bool = True, status: str | None = None) -> DeadlineSelection:
        date_from, date_to = self._dates()
        person = self.person.currentText().strip()
        return DeadlineSelection(
            today=self._today,
            date_from=date_from,
            date_to=date_to,
            person=person if person and person != self.tr("Everyone") else None,
            matter_id=self.matter.currentData(),
            status=status or self.status.currentData(),
            include_overdue=overdue,
            group=self.group.currentData(),
        ).checked()

    # -- running

    @property
    def is_running(self) -> bool:
        return self._handle is not None

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        start = str(Path.home() / name)
        path, _filter = QFileDialog.getSaveFileName(self, title, start, pattern)
        if not path:
            return None
        out = Path(path)
        suffix = pattern.rsplit("*", 1)[-1].rstrip(")")
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        return out

    def _work_for_report(self, out: Path) -> Callable[[UnitOfWork, Any], Any]:
        kind = self.kind.currentData()
        page_size = self.page_size.currentData()
        language = self.language.currentData()
        reveal = self.reveal.isChecked() and self.reveal.isEnabled()
        trail = self.trail.isChecked()
        if kind == "deadlines":
            from reports.deadline_report import DeadlineReportOptions, write_deadline_report

            options = DeadlineReportOptions(
                self.selection(), reveal_names=reveal, trail=trail, page_size=page_size
            )
            return lambda uow, task: write_deadline_report(
                uow, options, out, task=task, language=language
            )
        if kind == "matter":
            from reports.matter_summary import MatterSummaryOptions, write_matter_summary

            matter_id = self.matter.currentData()
            if matter_id is None:
                raise QuashError(self.tr("Choose the matter to summarize."))
            summary = MatterSummaryOptions(
                matter_id, self._today, reveal_names=reveal, trail=trail, page_size=page_size
            )
            return lambda uow, task: write_matter_summary(
                uow, summary, out, task=task, language=language
            )
        from reports.register import RegisterOptions, write_register

        date_from, date_to = self._dates()
        register = RegisterOptions(Period(date_from, date_to).checked(), page_size=page_size)
        return lambda uow, task: write_register(uow, register, out, task=task, language=language)

    def save_report(self) -> None:
        if self.is_running:
            return
        kind = self.kind.currentData()
        try:
            if kind == "matter" and self.matter.currentData() is None:
                raise QuashError(self.tr("Choose the matter to summarize."))
            if kind != "matter":
                self._dates()
            span = self._span_of_report(kind)
        except QuashError as exc:
            self._fail(plain_error(exc))
            return
        if span is not None and self._say_if_empty(span, kind == "register"):
            return
        self._pending_span = (span, kind == "register")
        name = f"{kind}-{self._today.isoformat()}.pdf"
        out = self._ask_path(self.tr("Save report as"), name, self.tr("PDF files (*.pdf)"))
        if out is None:
            return
        try:
            work = self._work_for_report(out)
        except QuashError as exc:
            self._fail(plain_error(exc))
            return
        self._start(work, self.tr("Preparing the report…"))

    # -- what an export takes: only what the page shows as active

    def _due_range_active(self) -> bool:
        """The range is a due-date range, not greyed out: the deadline report's."""
        return self.kind.currentData() == "deadlines"

    def export_selection(self, *, calendar: bool) -> DeadlineSelection:
        """The deadlines a calendar or CSV export holds: the page's due range, person and
        status when they are active (the deadline report's options), the matter when it is;
        otherwise the command line's defaults (a calendar: open deadlines from today on; a
        list: every deadline)."""
        deadlines = self._due_range_active()
        date_from, date_to = self._dates() if deadlines else (None, None)
        if calendar and date_from is None:
            date_from = self._today  # a calendar looks forward unless told otherwise
            if date_to is not None and date_to < date_from:
                date_from = date_to
        person = self.person.currentText().strip() if deadlines else ""
        default_status = "open" if calendar else "any"
        return DeadlineSelection(
            today=self._today,
            date_from=date_from,
            date_to=date_to,
            person=person if person and person != self.tr("Everyone") else None,
            matter_id=self.matter.currentData() if self.matter.isEnabled() else None,
            status=self.status.currentData() if deadlines else default_status,
            include_overdue=False,
        ).checked()

    def export_period(self) -> Period:
        """The subpoenas a CSV export holds: the page's issue range when the register is
        chosen (its dates are issue dates), otherwise every subpoena."""
        if self.kind.currentData() != "register":
            return Period()
        date_from, date_to = self._dates()
        return Period(date_from, date_to).checked()

    def _span_of_report(self, kind: str) -> Span | None:
        if kind == "deadlines":
            selection = self.selection()
            return self.ctx.read(lambda uow: reporting.deadline_span(uow, selection))
        if kind == "register":
            date_from, date_to = self._dates()
            period = Period(date_from, date_to).checked()
            return self.ctx.read(lambda uow: reporting.subpoena_span(uow, period))
        return None

    def _range_text(self, span: Span) -> str:
        """ "30 Nov – 2 Mar" in the interface's language; years shown when not this year's."""
        locale = QLocale()

        def day(value: dt.date) -> str:
            pattern = "d MMM" if value.year == self._today.year else "d MMM yyyy"
            return locale.toString(QDate(value.year, value.month, value.day), pattern)

        if span.start and span.end:
            if span.start == span.end:
                return day(span.start)
            return self.tr("{0} – {1}").format(day(span.start), day(span.end))
        if span.start:
            return self.tr("from {0} on").format(day(span.start))
        if span.end:
            return self.tr("until {0}").format(day(span.end))
        return self.tr("any date")

    def summary(self, span: Span, subpoenas: bool, count: int | None = None) -> str:
        """What a file holds: "3 deadlines, 30 Nov – 2 Mar"."""
        n = span.count if count is None else count
        what = self.tr("%n subpoena(s)", "", n) if subpoenas else self.tr("%n deadline(s)", "", n)
        return self.tr("{0}, {1}").format(what, self._range_text(span))

    def _say_if_empty(self, span: Span, subpoenas: bool) -> bool:
        """Nothing to write: say so, ask for no file name, write nothing."""
        if span.count:
            return False
        text = (
            self.tr("No subpoenas match ({0}); no file was written.")
            if subpoenas
            else self.tr("No deadlines match ({0}); no file was written.")
        ).format(self._range_text(span))
        self.message.setStyleSheet("color: #9a6700;")
        self.message.setText(text)
        self.nothing_written.emit(text)
        return True

    def export_calendar(self) -> None:
        if self.is_running:
            return
        try:
            selection = self.export_selection(calendar=True)
            span = self.ctx.read(lambda uow: reporting.deadline_span(uow, selection))
        except QuashError as exc:
            self._fail(plain_error(exc))
            return
        if self._say_if_empty(span, False):
            return
        out = self._ask_path(
            self.tr("Export calendar as"),
            f"deadlines-{self._today.isoformat()}.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if out is None:
            return
        from reports.ics import write_calendar

        language = self.language.currentData()
        leads = chosen_leads(self.ctx.preferences, self.ctx.actor)
        self._pending_span = (span, False)
        self._start(
            lambda uow, task: write_calendar(
                uow, selection, out, task=task, language=language, leads=leads
            ),
            self.tr("Writing calendar events…"),
        )

    def export_csv(self, what: str) -> None:
        if self.is_running:
            return
        reveal = self.reveal.isChecked() and self.reveal.isEnabled() and what == "deadlines"
        try:
            if what == "deadlines":
                selection = self.export_selection(calendar=False)
                span = self.ctx.read(lambda uow: reporting.deadline_span(uow, selection))
            else:
                period = self.export_period()
                span = self.ctx.read(lambda uow: reporting.subpoena_span(uow, period))
        except QuashError as exc:
            self._fail(plain_error(exc))
            return
        if self._say_if_empty(span, what == "subpoenas"):
            return
        out = self._ask_path(
            self.tr("Export list as"),
            f"{what}-{self._today.isoformat()}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if out is None:
            return
        from reports.csv_export import write_deadlines_csv, write_subpoenas_csv

        language = self.language.currentData()

        def work(uow: UnitOfWork, task: Any) -> Any:
            if what == "deadlines":
                return write_deadlines_csv(
                    uow, selection, out, reveal_names=reveal, task=task, language=language
                )
            return write_subpoenas_csv(uow, period, out, task=task, language=language)

        self._pending_span = (span, what == "subpoenas")
        self._start(work, self.tr("Writing the list…"))

    def _start(self, work: Callable[[UnitOfWork, Any], Any], text: str) -> None:
        self._set_running(True)
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.progress.setRange(0, 0)
        try:
            handle = self.ctx.background(
                work, self._done, self._error, self._progressed, commit=True
            )
        except QuashError as exc:
            self._set_running(False)
            self._fail(plain_error(exc))
            return
        handle.cancelled.connect(self._cancelled)
        self._handle = handle

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Canceling…"))

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.save_button,
            self.ics_button,
            self.csv_deadlines_button,
            self.csv_subpoenas_button,
            self.kind,
        ):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        if not running:
            self._handle = None

    def _progressed(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if text:
            self.message.setText(
                self.tr("{0}… {1} of {2}").format(text, done, total) if total else text
            )

    def _done(self, result: Any) -> None:
        self._set_running(False)
        path = str(result.path)
        revealed = getattr(result, "names_revealed", False)
        span, subpoenas = self._pending_span
        self._pending_span = (None, False)
        saved = (
            self.tr("Saved {0}: {1}.").format(path, self.summary(span, subpoenas, result.rows))
            if span is not None
            else self.tr("Saved {0}.").format(path)
        )
        warning = (
            self.tr("It is not encrypted and includes clients' legal names; delete it when done.")
            if revealed
            else self.tr("It is not encrypted; delete it when done.")
        )
        self.message.setStyleSheet("")
        self.message.setText(f"{saved} {warning}")
        self.report_written.emit(path)

    def _error(self, message: str) -> None:
        self._set_running(False)
        self._fail(message)

    def _fail(self, message: str) -> None:
        self.message.setStyleSheet("color: #b42318;")
        self.message.setText(message)
        self.report_failed.emit(message)

    def _cancelled(self) -> None:
        self._set_running(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Canceled; nothing was saved."))
        self.report_cancelled.emit()
