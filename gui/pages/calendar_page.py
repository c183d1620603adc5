"""The calendar: a month with its open deadlines marked, and the agenda of a day or the month."""

from __future__ import annotations

import calendar as pycalendar
import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.i18n import weekday_date
from gui.pages.dashboard import (
    DueItemsModel,
    MidnightTimer,
    alert_red,
    heading_font,
    make_due_table,
)
from gui.vocabulary import deadline_title
from services import queries
from services.changes import EVERYTHING, Changes
from services.queries import DueItem, ListQuery

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

MONTH_LIMIT = 2000  # a month of open deadlines is far fewer; the agenda says when it is cut
# The grid shows up to six weeks, so days of the months either side are marked too.
GRID_MARGIN = dt.timedelta(days=14)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class CalendarPage(QWidget):
    """Pick a day to see what is due on it; the month's open deadlines are marked."""

    refreshed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        today_provider: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.today_provider = today_provider
        self.by_day: dict[dt.date, list[DueItem]] = {}
        self.truncated = False
        self._stale = True
        self._turning = False
        self.setAccessibleName(self.tr("Calendar"))

        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Month of deadlines"))
        self.calendar.setAccessibleDescription(
            self.tr("Days with open deadlines are bold; arrow keys move between days.")
        )
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.calendar.setMinimumSize(320, 260)
        self._style_weekends()
        self.calendar.currentPageChanged.connect(self._on_page_changed)
        self.calendar.selectionChanged.connect(self._show_agenda)

        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.today_button.clicked.connect(self.go_to_today)
        self.whole_month = QCheckBox(self.tr("Show the whole &month"))
        self.whole_month.setAccessibleName(self.tr("Show the agenda for the whole month"))
        self.whole_month.toggled.connect(lambda _on: self._show_agenda())
        self.legend = QLabel()
        self.legend.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.calendar, 3)
        row = QHBoxLayout()
        row.addWidget(self.today_button)
        row.addWidget(self.whole_month)
        row.addStretch(1)
        left.addLayout(row)
        left.addWidget(self.legend)
        left.addStretch(1)

        self.agenda_heading = QLabel()
        self.agenda_heading.setFont(heading_font(self.font()))
        self.agenda_heading.setWordWrap(True)
        self.model = DueItemsModel(alert_red(self.palette()), self)
        self.agenda: QTableView = make_due_table(self.model, self.tr("Agenda"))
        self.agenda.activated.connect(
            lambda index: self.ctx.open_record.emit(
                "deadlines", self.model.item(index.row()).deadline_id
            )
        )
        self.agenda_heading.setBuddy(self.agenda)
        # One table, so columns fit their contents (an empty citation column stays narrow)
        # and the deadline and matter share the rest.
        header = self.agenda.horizontalHeader()
        for column in (0, 1, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_empty = QLabel()
        self.agenda_empty.setIndent(12)
        self.agenda_empty.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.agenda_heading)
        right.addWidget(self.agenda, 1)
        right.addWidget(self.agenda_empty)
        right.addStretch(0)

        left_widget, right_widget = QWidget(), QWidget()
        left.setContentsMargins(0, 0, 0, 0)
        right.setContentsMargins(0, 0, 0, 0)
        left_widget.setLayout(left)
        right_widget.setLayout(right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left_widget)
        self.splitter.addWidget(right_widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 680])
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.calendar, self.today_button)
        self.setTabOrder(self.today_button, self.whole_month)
        self.setTabOrder(self.whole_month, self.agenda)

        ctx.data_changed.connect(self._on_data_changed)
        ctx.unlocked.connect(self.refresh)
        ctx.locked.connect(self.clear)
        self.midnight = MidnightTimer(self)
        self.midnight.new_day.connect(lambda: self._on_data_changed(EVERYTHING))  # new "today"
        self.go_to_today()

    # -- what is shown

    def visible_month(self) -> tuple[int, int]:
        return self.calendar.yearShown(), self.calendar.monthShown()

    def month_range(self) -> tuple[dt.date, dt.date]:
        year, month = self.visible_month()
        first = dt.date(year, month, 1)
        return first, dt.date(year, month, pycalendar.monthrange(year, month)[1])

    def selected_day(self) -> dt.date:
        return to_date(self.calendar.selectedDate())

    def select_day(self, day: dt.date) -> None:
        """Select a day (turning to its month if need be) and list what is due on it."""
        before = self.visible_month()
        self._turn_to(day)
        if self._stale or self.visible_month() != before:
            self.refresh()
        else:
            self._show_agenda()

    def go_to_today(self) -> None:
        self._turn_to(self.today_provider())
        self.refresh()  # also picks up a new "today" after midnight

    def _turn_to(self, day: dt.date) -> None:
        """Select `day` and show its month, loading once afterwards rather than per step."""
        self._turning = True
        try:
            self.calendar.setSelectedDate(to_qdate(day))
            self.calendar.setCurrentPage(day.year, day.month)
        finally:
            self._turning = False

    def _on_page_changed(self, _year: int, _month: int) -> None:
        if not self._turning:
            self.refresh()

    # -- loading

    def refresh(self) -> None:
        """Load the open deadlines of the visible month (and the grid's edges) and mark them."""
        if not self.ctx.is_unlocked:
            self.clear()
            return
        first, last = self.month_range()
        today = self.today_provider()
        query = ListQuery(
            kind="deadlines",
            date_from=first - GRID_MARGIN,
            date_to=last + GRID_MARGIN,
            status="open",
            sort="due",
        )

        def load(uow: UnitOfWork) -> tuple[list[DueItem], bool]:
            views = queries.page(uow, query, 0, MONTH_LIMIT)
            titles = queries.matter_titles(uow, sorted({v.matter_id for v in views}))
            items = [
                DueItem(
                    v.id,
                    v.matter_id,
                    titles.get(v.matter_id, ""),
                    v.title,
                    v.due,
                    v.due_time,
                    v.responsible,
                    v.citation,
                    (v.due - today).days,
                )
                for v in views
            ]
            return items, len(views) >= MONTH_LIMIT

        items, self.truncated = self.ctx.read(load)
        items.sort(key=lambda i: (i.due, i.due_time or dt.time.max, i.deadline_id))
        self.by_day = defaultdict(list)
        for item in items:
            self.by_day[item.due].append(item)
        self.by_day = dict(self.by_day)
        self._stale = False
        self._mark_days(today)
        self._show_agenda()
        self.refreshed.emit()

    def clear(self) -> None:
        """Forget what was shown (the vault locked)."""
        self.by_day = {}
        self._stale = True
        self._mark_days(None)
        self.model.set_items(())
        self.agenda_heading.clear()
        self.agenda_empty.clear()

    def _style_weekends(self) -> None:
        """Qt paints weekends red by default, which would read as "overdue" here and is hard
        to read on a dark background; the Sat and Sun headings already say which days they
        are."""
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, plain)

    def _mark_days(self, today: dt.date | None) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every day's format
        palette = self.palette()
        red = alert_red(palette)
        accent = palette.color(QPalette.ColorRole.Link)
        for day, items in self.by_day.items():
            marked = QTextCharFormat()
            marked.setFontWeight(700)
            overdue = today is not None and day < today
            marked.setForeground(red if overdue else accent)
            lines = [
                f"• {deadline_title(i.title)} ({i.matter_title})"
                if i.matter_title
                else f"• {deadline_title(i.title)}"
                for i in items
            ]
            heading = self.tr("%n open deadline(s):", "", len(items))
            marked.setToolTip("\n".join([weekday_date(day), heading, *lines]))
            self.calendar.setDateTextFormat(to_qdate(day), marked)
        if today is not None:
            today_format = self.calendar.dateTextFormat(to_qdate(today))
            today_format.setFontUnderline(True)
            if not today_format.toolTip():
                today_format.setToolTip(self.tr("{0} (today)").format(weekday_date(today)))
            self.calendar.setDateTextFormat(to_qdate(today), today_format)
            self.legend.setText(
                self.tr(
                    "Bold days have open deadlines; red ones are overdue. "
                    "Today ({0}) is underlined."
                ).format(weekday_date(today))
            )

    def relative_day(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        if days == -1:
            return self.tr("yesterday")
        if days > 0:
            return self.tr("in %n day(s)", "", days)
        return self.tr("%n day(s) ago", "", -days)

    def _show_agenda(self) -> None:
        if self.whole_month.isChecked():
            first, last = self.month_range()
            items = [
                item
                for day in sorted(self.by_day)
                if first <= day <= last
                for item in self.by_day[day]
            ]
            year, month = self.visible_month()
            title = f"{QLocale().standaloneMonthName(month)} {year}"
            heading = self.tr("Open deadlines in {0} ({1})").format(title, len(items))
            empty = self.tr("Nothing due in {0}.").format(title)
        else:
            day = self.selected_day()
            items = list(self.by_day.get(day, []))
            when = self.relative_day((day - self.today_provider()).days)
            heading = self.tr("Open deadlines on {0}, {1} ({2})").format(
                weekday_date(day), when, len(items)
            )
            empty = self.tr("Nothing due on {0}.").format(weekday_date(day))
        if self.truncated:
            heading += self.tr(" (only the first {0} of the month are shown)").format(MONTH_LIMIT)
        self.model.set_items(items)
        # the heading already says the day and how far off it is; a month needs the dates
        self.agenda.setColumnHidden(0, not self.whole_month.isChecked())
        self.agenda.setColumnHidden(1, True)
        self.agenda_heading.setText(heading)
        self.agenda_empty.setText(empty)
        self.agenda.setVisible(bool(items))
        self.agenda_empty.setVisible(not items)

    # -- keeping up

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.touches("deadlines", "matters", "events"):
            return
        if self.isVisible() and self.ctx.is_unlocked:
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale and self.ctx.is_unlocked:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "model"):
            self.model.set_alert(alert_red(self.palette()))
            self._style_weekends()
            if self.by_day:
                self._mark_days(self.today_provider())
