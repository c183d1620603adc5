"""The settings: the interface language, kept for this person on this computer (QSettings);
and the office's settings, kept inside the vault: auto-lock, default calendar and rule set, the
office's name, its people (gui/pages/people_section.py), the vault's keys
(gui/pages/security_section.py) and the days the court or clerk's office was closed. Each change
is saved (and the office's audited) as soon as it is made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.errors import plain_error
from gui.i18n import (
    ENGLISH,
    LANGUAGE_NAMES,
    SPANISH,
    current_language,
    is_available,
    qm_path,
    save_language,
    weekday_date,
)
from gui.locking import DEFAULT_MINUTES
from gui.messages import confirm
from gui.pages.office_rules import OfficeRuleSetsBox
from gui.pages.people_section import PeopleSection
from gui.pages.security_section import SecuritySection
from gui.pages.settings_common import RowsModel, make_table, paint_red
from gui.pages.templates_section import TemplatesSection
from gui.reminders import ReminderSettings
from gui.vocabulary import calendar_title, ruleset_title
from models.calendars import CALENDARS
from models.courts import courts as registry_courts
from models.entities import SHORT
from models.errors import QuashError
from models.rules import default_rulebook
from services import docketing, vaults
from services.changes import Changes
from services.docketing import ClosureView

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

AUTOLOCK_MIN, AUTOLOCK_MAX = 1, 240
DEFAULT_CALENDAR = "federal"
OFFICE_NAME_MAX = SHORT
LANGUAGE_TITLE = "Language / Idioma"  # in both languages on purpose: see _build_language


class ClosuresModel(RowsModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__((self.tr("Day"), self.tr("Court"), self.tr("Reason")), parent)

    def cell(self, row: ClosureView, column: int) -> str:
        if column == 0:
            return weekday_date(row.day)
        if column == 1:
            court = registry_courts().get(row.court_id or "")
            return court.short if court else self.tr("Every court")
        return row.reason


class SettingsPage(QWidget):
    """Every office setting, saved on each change."""

    autolock_changed = Signal(int)  # minutes; the app's idle lock applies it at once
    saved = Signal(str)  # a line saying what was just saved
    language_chosen = Signal(str)  # "en" or "es", saved; the app rebuilds its window in it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self.setAccessibleName(self.tr("Settings"))

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What was saved"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        paint_red(self.error)
        self.error.hide()

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._build_language())
        self.reminders = ReminderSettings(ctx)  # this person's, on this computer
        column.addWidget(self.reminders)
        column.addWidget(self._build_office())
        self.people = PeopleSection(ctx)
        column.addWidget(self.people)
        self.security = SecuritySection(ctx)
        column.addWidget(self.security)
        column.addWidget(self._build_closures())
        self.office_rules = OfficeRuleSetsBox(ctx)
        column.addWidget(self.office_rules)
        self.templates = TemplatesSection(ctx)
        column.addWidget(self.templates)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

        ctx.data_changed.connect(self._on_data_changed)
        ctx.unlocked.connect(self.refresh)
        ctx.locked.connect(self.clear)
        if ctx.is_unlocked:
            self.refresh()

    # -- building

    def _build_language(self) -> QWidget:
        # Both words, so whoever cannot read the language on screen still finds the setting.
        box = QGroupBox(LANGUAGE_TITLE)
        self.language_form = form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the interface"))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in (ENGLISH, SPANISH):
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.spanish_missing = QLabel(
            self.tr(
                "Spanish is unavailable: its translation file ({0}) has not been built. "
                "“make run” builds it; see “Language / Idioma” in the README."
            ).format(qm_path(SPANISH).name)
        )
        self.spanish_missing.setWordWrap(True)
        self.spanish_missing.setObjectName("spanishMissing")
        hint = QLabel(
            self.tr(
                "Applies at once; open records stay open. Kept for you on this computer, "
                "not in the vault."
            )
        )
        hint.setWordWrap(True)
        picker = QHBoxLayout()
        picker.addWidget(self.language)
        picker.addSpacing(12)
        picker.addWidget(hint, 1)
        label = QLabel(self.tr("Lan&guage:"))
        label.setBuddy(self.language)
        form.addRow(label, picker)
        form.addRow("", self.spanish_missing)
        self._show_languages()
        self.language.currentIndexChanged.connect(self._language_picked)
        return box

    def _show_languages(self) -> None:
        """The language in use, with Spanish offered only when its translation is there."""
        spanish_ok = is_available(SPANISH)
        model = self.language.model()
        assert isinstance(model, QStandardItemModel)  # a plain combo box's own model
        item = model.item(self.language.findData(SPANISH))
        item.setEnabled(spanish_ok)
        self.language_form.setRowVisible(self.spanish_missing, not spanish_ok)
        self._loading = True
        try:
            self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        finally:
            self._loading = False

    def _language_picked(self, _index: int) -> None:
        language = str(self.language.currentData())
        if self._loading or language == current_language():
            return
        if self.ctx.runner.busy:
            self._show_error(
                self.tr(
                    "A report, export or backup is still being written. Change the language "
                    "when it has finished."
                )
            )
            self._show_languages()
            return
        save_language(self.ctx.preferences, language)
        self._hide_error()
        self.language_chosen.emit(language)

    def say_language(self, applied: str, wanted: str) -> None:
        """After the window was rebuilt: say which language is in use now, and why not the
        one chosen if it could not be loaded."""
        self._show_languages()
        if applied == wanted:
            self.status.setText(
                self.tr("The interface is now in {0}.").format(self._named(applied))
            )
        else:
            self._show_error(
                self.tr("Spanish could not be loaded, so the interface stays in English.")
            )

    def _count_minutes(self, minutes: int) -> None:
        # The box shows the number; its suffix is the rest of the words for it.
        words = self.tr("%n minute(s)", "", minutes)
        self.autolock.setSuffix(words.replace(str(minutes), "", 1))

    def _named(self, language: str) -> str:
        """A language's name inside a sentence, in the interface's language: lower-case in
        Spanish ("La interfaz ahora está en español"), unlike the picker's "Español"."""
        names = {ENGLISH: self.tr("English"), SPANISH: self.tr("Spanish")}
        return names.get(language, LANGUAGE_NAMES.get(language, language))

    def _build_office(self) -> QWidget:
        box = QGroupBox(self.tr("This office"))
        form = QFormLayout(box)
        self.office_name = QLineEdit()
        self.office_name.setMaxLength(OFFICE_NAME_MAX)
        self.office_name.setAccessibleName(self.tr("Office name"))
        self.office_name.editingFinished.connect(self._save_office_name)
        form.addRow(self.tr("&Office name:"), self.office_name)

        self.autolock = QSpinBox()
        self.autolock.setRange(AUTOLOCK_MIN, AUTOLOCK_MAX)
        self._count_minutes(self.autolock.value())  # "1 minute", "5 minutes"
        self.autolock.valueChanged.connect(self._count_minutes)
        self.autolock.setKeyboardTracking(False)  # save the number typed, not each keystroke
        self.autolock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.autolock.valueChanged.connect(self._save_autolock)
        form.addRow(self.tr("&Lock the vault after:"), self.autolock)
        hint = QLabel(self.tr("without keyboard or mouse use, and whenever the computer sleeps."))
        hint.setWordWrap(True)
        form.addRow("", hint)

        self.calendar = QComboBox()
        self.calendar.setAccessibleName(self.tr("Default court calendar"))
        for name in CALENDARS:
            if name == "agency":  # agency periods pick their calendar themselves
                continue
            title = calendar_title(name)
            self.calendar.addItem(title, name)
            self.calendar.setItemData(self.calendar.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.calendar.currentIndexChanged.connect(self._save_calendar)
        form.addRow(self.tr("Default &calendar:"), self.calendar)

        self.ruleset = QComboBox()
        self.ruleset.setAccessibleName(self.tr("Default rule set"))
        for ruleset_id, title in default_rulebook().rulesets.items():
            self.ruleset.addItem(ruleset_title(ruleset_id, title), ruleset_id)
        self.ruleset.currentIndexChanged.connect(self._save_ruleset)
        form.addRow(self.tr("Default &rule set:"), self.ruleset)
        return box

    def _build_closures(self) -> QWidget:
        box = QGroupBox(self.tr("Days the court or clerk's office was closed"))
        layout = QVBoxLayout(box)
        note = QLabel(
            self.tr(
                "A closure day counts as closed when a period ends on it (FRCP 6(a)(3)), for "
                "the court it names or for every court. Adding or removing one recounts the "
                "open deadlines it touches; each date that moves waits on the Deadlines page "
                "for a person to confirm it."
            )
        )
        note.setWordWrap(True)
        self.closures_model = ClosuresModel(self)
        self.closures_table = make_table(self.closures_model, self.tr("Closure days"), 2)
        self.closures_table.selectionModel().selectionChanged.connect(self._update_closure_buttons)
        self.closure_date = QDateEdit()
        self.closure_date.setCalendarPopup(True)
        self.closure_date.setDisplayFormat("ddd d MMM yyyy")
        self.closure_date.setDate(QDate.currentDate())
        self.closure_date.setAccessibleName(self.tr("Closure day"))
        self.closure_reason = QLineEdit()
        self.closure_reason.setMaxLength(200)
        self.closure_reason.setPlaceholderText(self.tr("Why, e.g. “Snow: clerk's office closed”"))
        self.closure_reason.setAccessibleName(self.tr("Reason for the closure"))
        self.closure_reason.returnPressed.connect(self.add_closure)
        self.closure_court = QComboBox()
        self.closure_court.setAccessibleName(self.tr("Court that was closed"))
        self.closure_court.addItem(self.tr("Every court"), None)
        for court in registry_courts().values():
            self.closure_court.addItem(court.short, court.id)
            self.closure_court.setItemData(
                self.closure_court.count() - 1, court.name, Qt.ItemDataRole.ToolTipRole
            )
        self.add_closure_button = QPushButton(self.tr("Add &closure day"))
        self.add_closure_button.clicked.connect(self.add_closure)
        self.remove_closure_button = QPushButton(self.tr("Re&move"))
        self.remove_closure_button.setAccessibleName(self.tr("Remove the selected closure day"))
        self.remove_closure_button.clicked.connect(self.remove_closure)
        adder = QHBoxLayout()
        day_label = QLabel(self.tr("Da&y:"))
        day_label.setBuddy(self.closure_date)
        reason_label = QLabel(self.tr("Rea&son:"))
        reason_label.setBuddy(self.closure_reason)
        adder.addWidget(day_label)
        adder.addWidget(self.closure_date)
        court_label = QLabel(self.tr("Co&urt:"))
        court_label.setBuddy(self.closure_court)
        adder.addWidget(court_label)
        adder.addWidget(self.closure_court)
        adder.addWidget(reason_label)
        adder.addWidget(self.closure_reason, 1)
        adder.addWidget(self.add_closure_button)
        layout.addWidget(note)
        layout.addWidget(self.closures_table)
        layout.addLayout(adder)
        remover = QHBoxLayout()
        remover.addWidget(self.remove_closure_button)
        remover.addStretch(1)
        layout.addLayout(remover)
        self._update_closure_buttons()
        return box

    # -- loading

    def refresh(self) -> None:
        """Show what the vault holds now."""
        if not self.ctx.is_unlocked:
            self.clear()
            return

        def load(uow: UnitOfWork) -> tuple[dict[str, str], list[ClosureView]]:
            values = {
                key: vaults.setting(uow, key)
                for key in (
                    "office_name",
                    "autolock_minutes",
                    "default_calendar",
                    "default_ruleset",
                )
            }
            return values, docketing.closures(uow)

        values, closures = self.ctx.read(load)
        self._loading = True
        try:
            self.office_name.setText(values["office_name"])
            self.autolock.setValue(self._minutes(values["autolock_minutes"]))
            calendar = values["default_calendar"] or DEFAULT_CALENDAR
            self.calendar.setCurrentIndex(max(0, self.calendar.findData(calendar)))
            ruleset = self.ruleset.findData(values["default_ruleset"])
            self.ruleset.setCurrentIndex(max(0, ruleset))
        finally:
            self._loading = False
        self.people.refresh()
        self.security.refresh()
        self.closures_model.set_rows(closures)
        self._update_closure_buttons()

    def clear(self) -> None:
        """Forget what was shown (the vault locked)."""
        self._loading = True
        try:
            self.office_name.clear()
        finally:
            self._loading = False
        self.people.clear()
        self.security.clear()
        self.closures_model.set_rows(())
        self.status.clear()
        self._hide_error()

    @staticmethod
    def _minutes(text: str) -> int:
        try:
            minutes = round(float(text)) if text else DEFAULT_MINUTES
        except ValueError:
            minutes = DEFAULT_MINUTES
        return int(min(AUTOLOCK_MAX, max(AUTOLOCK_MIN, minutes)))

    def autolock_minutes(self) -> int:
        return self.autolock.value()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("closures") and self.ctx.is_unlocked:
            self.closures_model.set_rows(self.ctx.read(docketing.closures))

    # -- saving one change at a time

    def _write(self, fn: Callable[[UnitOfWork], Any], done: str) -> bool:
        try:
            self.ctx.write(fn)
        except QuashError as exc:
            self._show_error(plain_error(exc))
            return False
        self._hide_error()
        self.status.setText(done)
        self.saved.emit(done)
        return True

    def _set(self, key: str, value: str, done: str) -> bool:
        return self._write(lambda uow: vaults.set_setting(uow, key, value), done)

    def _save_office_name(self) -> None:
        if self._loading or not self.ctx.is_unlocked:
            return
        name = self.office_name.text().strip()
        current = self.ctx.read(lambda uow: vaults.setting(uow, "office_name"))
        if name == current:
            return
        self._set("office_name", name, self.tr("Saved the office name."))

    def _save_autolock(self, minutes: int) -> None:
        if self._loading or not self.ctx.is_unlocked:
            return
        done = self.tr("Saved: the vault locks after %n minute(s) without use.", "", minutes)
        if self._set("autolock_minutes", str(minutes), done):
            self.autolock_changed.emit(minutes)

    def _save_calendar(self, _index: int) -> None:
        if self._loading or not self.ctx.is_unlocked:
            return
        self._set(
            "default_calendar",
            str(self.calendar.currentData()),
            self.tr(
                "Saved: where neither the matter nor a local rule names a court, new deadlines "
                "count by the calendar of {0}."
            ).format(self.calendar.currentText()),
        )

    def _save_ruleset(self, _index: int) -> None:
        if self._loading or not self.ctx.is_unlocked or self.ruleset.currentData() is None:
            return
        self._set(
            "default_ruleset",
            str(self.ruleset.currentData()),
            self.tr("Saved the default rule set."),
        )

    # -- closure days

    def _selected_closure(self) -> ClosureView | None:
        rows = self.closures_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.closures_model.rowCount():
            return None
        closure: ClosureView = self.closures_model.row(rows[0].row())
        return closure

    def _update_closure_buttons(self, *_args: object) -> None:
        self.remove_closure_button.setEnabled(self._selected_closure() is not None)

    def _reload_closures(self) -> None:
        self.closures_model.set_rows(self.ctx.read(docketing.closures))
        self._update_closure_buttons()

    def _recount_said(self, done: str, changes: list[docketing.Recomputed]) -> str:
        if not changes:
            return done + " " + self.tr("No open deadline changed.")
        return (
            done
            + " "
            + self.tr(
                "Moved: %n open deadline(s), marked on the Deadlines page for you to confirm.",
                "",
                len(changes),
            )
        )

    def add_closure(self) -> None:
        value = self.closure_date.date()
        day = dt.date(value.year(), value.month(), value.day())
        reason = self.closure_reason.text()
        court_id = self.closure_court.currentData()
        changes: list[docketing.Recomputed] = []

        def write(uow: UnitOfWork) -> None:
            changes.extend(docketing.add_closure(uow, day, reason, court_id))

        done = self.tr("Added {0} as a closure day.").format(weekday_date(day))
        if self._write(write, done):
            said = self._recount_said(done, changes)
            self.status.setText(said)
            self.closure_reason.clear()
            self._reload_closures()

    def remove_closure(self) -> None:
        closure = self._selected_closure()
        if closure is None:
            return
        question = self.tr(
            "Remove {0} as a closure day? Open deadlines counted across it are counted again, "
            "and each that moves waits for a person to confirm it."
        ).format(weekday_date(closure.day))
        if not confirm(self, question):
            return
        changes: list[docketing.Recomputed] = []

        def write(uow: UnitOfWork) -> None:
            changes.extend(docketing.remove_closure(uow, closure.day, closure.court_id))

        done = self.tr("{0} is no longer a closure day.").format(weekday_date(closure.day))
        if self._write(write, done):
            self.status.setText(self._recount_said(done, changes))
            self._reload_closures()

    # -- messages

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.status.clear()

    def _hide_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def set_closure_date(self, day: dt.date) -> None:
        self.closure_date.setDate(QDate(day.year, day.month, day.day))
