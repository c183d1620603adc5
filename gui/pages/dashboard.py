"""The dashboard: what is overdue, due today, this week and this month, open subpoenas, and
open matters that have no deadline at all (a file nobody is tickling)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.amounts import number
from gui.context import AppContext
from gui.i18n import weekday_date
from gui.table_models import HeadedTableModel
from gui.vocabulary import deadline_title
from services import queries
from services.changes import EVERYTHING, Changes
from services.queries import Dashboard, DueItem

AnyIndex = QModelIndex | QPersistentModelIndex
MATTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_VISIBLE_ROWS = 12  # a longer section scrolls inside its own table
# Widths to measure columns by, never shown: a usual name and a long citation.
NAME_SAMPLE = "M. Abcdefghi"
CITATION_SAMPLE = "FRCP 45(d)(2)(B)"


def alert_red(palette: QPalette) -> QColor:
    """A red that reads on the palette's background: darker on light themes, lighter on dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#b42318")


def heading_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    font.setPointSizeF(base.pointSizeF() * 1.15 if base.pointSizeF() > 0 else 11)
    return font


def due_text(item: DueItem) -> str:
    text = weekday_date(item.due)
    return f"{text} {item.due_time:%H:%M}" if item.due_time else text


class MidnightTimer(QObject):
    """Says when the local date has changed, so a window left open over midnight moves
    yesterday's "due today" into "overdue" without waiting for someone to click."""

    new_day = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._arm()

    def _arm(self) -> None:
        now = dt.datetime.now()
        next_day = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 5))
        self._timer.start(max(1000, int((next_day - now).total_seconds() * 1000)))

    def _fire(self) -> None:
        self._arm()
        self.new_day.emit()


class DueItemsModel(HeadedTableModel):
    """Deadlines as rows: due (with weekday), how far off, title, matter, who, citation.
    Overdue rows are painted in the alert colour."""

    COLUMNS = ("due", "when", "title", "matter", "responsible", "citation")

    def __init__(self, alert: QColor | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[DueItem] = []
        self.alert = alert or QColor("#b42318")
        self._headers = (
            self.tr("Due"),
            self.tr("When"),
            self.tr("Deadline"),
            self.tr("Matter"),
            self.tr("Responsible"),
            self.tr("Citation"),
        )

    # -- contents

    def set_items(self, items: Sequence[DueItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_alert(self, colour: QColor) -> None:
        self.alert = colour
        if self._items:
            last = self.index(len(self._items) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.ForegroundRole])

    def item(self, row: int) -> DueItem:
        return self._items[row]

    def items(self) -> list[DueItem]:
        return list(self._items)

    def when_text(self, days_left: int) -> str:
        n = days_left
        if n < 0:
            return self.tr("overdue by %n day(s)", "", -n)
        if n == 0:
            return self.tr("today")
        if n == 1:
            return self.tr("tomorrow")
        return self.tr("in %n day(s)", "", n)

    # -- Qt's model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = {
                "due": due_text(item),
                "when": self.when_text(item.days_left),
                "title": deadline_title(item.title),
                "matter": item.matter_title,
                "responsible": item.responsible or "",
                "citation": item.citation or "",
            }[column]
            if role == Qt.ItemDataRole.ToolTipRole:
                return value or None
            return value
        if role == Qt.ItemDataRole.ForegroundRole and item.days_left < 0:
            return self.alert
        if role == Qt.ItemDataRole.UserRole:
            return item.deadline_id
        if role == MATTER_ID_ROLE:
            return item.matter_id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # one sentence per row for screen readers, not six unrelated cells
            when = self.when_text(item.days_left)
            return f"{deadline_title(item.title)}, {when}, {due_text(item)}, {item.matter_title}"
        return None


def make_due_table(model: DueItemsModel, accessible_name: str) -> QTableView:
    """A read-only, keyboard-friendly table of deadlines; Enter or double-click opens one."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next section
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    # The same widths in every table, so the dashboard's sections line up column by column;
    # titles and matters share what is left (full text in the tooltip).
    metrics = view.fontMetrics()
    samples = {
        0: weekday_date(dt.date(2026, 9, 30)),
        1: model.when_text(-99),
        4: NAME_SAMPLE,
        5: CITATION_SAMPLE,
    }
    for column in range(model.columnCount()):
        if column in samples:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header_text = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(samples[column]),
                metrics.horizontalAdvance(header_text),
            )
            header.resizeSection(column, width + 16)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


class _DueSection(QWidget):
    """One heading and its table, or a sentence when there is nothing in it."""

    def __init__(
        self,
        heading: Callable[[int], str],
        empty_text: str,
        accessible_name: str,
        opened: Callable[[int], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._heading = heading
        self.model = DueItemsModel(alert_red(self.palette()), self)
        self.heading = QLabel(heading(0))
        self.heading.setFont(heading_font(self.font()))
        self.table = make_due_table(self.model, accessible_name)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.activated.connect(lambda index: opened(self.model.item(index.row()).deadline_id))
        self.heading.setBuddy(self.table)
        self.empty = QLabel(empty_text)
        self.empty.setIndent(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def set_items(self, items: Sequence[DueItem], total: int | None = None) -> None:
        """Show `items`; `total` counts them all when the list was cut short."""
        self.model.set_items(items)
        self.heading.setText(self._heading(len(items) if total is None else total))
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        self._fit()

    def _fit(self) -> None:
        """Show up to MAX_VISIBLE_ROWS rows without an inner scroll bar."""
        rows = min(self.model.rowCount(), MAX_VISIBLE_ROWS)
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        if self.table.horizontalScrollBar().isVisible():
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)

    def paint_alert(self, colour: QColor) -> None:
        """Colour the heading and every row (the overdue section)."""
        palette = self.heading.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.heading.setPalette(palette)
        self.model.set_alert(colour)


class DashboardPage(QWidget):
    """Deadlines by urgency and the files that need a look, refreshed whenever data changes."""

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
        self.data: Dashboard | None = None
        self._stale = True
        self.setAccessibleName(self.tr("Dashboard"))

        title_font = heading_font(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.title = QLabel(self.tr("Dashboard"))
        self.title.setFont(title_font)
        self.today_label = QLabel()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.today_label)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.overdue = _DueSection(
            lambda n: self.tr("Overdue ({0})").format(number(n)),
            self.tr("Nothing overdue."),
            self.tr("Overdue deadlines"),
            self._open_deadline,
        )
        self.overdue.paint_alert(alert_red(self.palette()))
        self.due_today = _DueSection(
            lambda n: self.tr("Due today ({0})").format(number(n)),
            self.tr("Nothing due today."),
            self.tr("Deadlines due today"),
            self._open_deadline,
        )
        self.this_week = _DueSection(
            lambda n: self.tr("This week ({0})").format(number(n)),
            self.tr("Nothing due in the next 7 days."),
            self.tr("Deadlines due in the next 7 days"),
            self._open_deadline,
        )
        self.next_30_days = _DueSection(
            lambda n: self.tr("Next 30 days ({0})").format(number(n)),
            self.tr("Nothing due from day 8 to day 30."),
            self.tr("Deadlines due from day 8 to day 30"),
            self._open_deadline,
        )
        self.sections = (self.overdue, self.due_today, self.this_week, self.next_30_days)

        deadlines = QWidget()
        deadlines_layout = QVBoxLayout(deadlines)
        for section in self.sections:
            deadlines_layout.addWidget(section)
        deadlines_layout.addWidget(self._build_untickled())
        deadlines_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(deadlines)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._build_summary())
        layout.addWidget(scroll, 1)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.unlocked.connect(self.refresh)
        ctx.locked.connect(self.clear)
        self.midnight = MidnightTimer(self)
        self.midnight.new_day.connect(lambda: self._on_data_changed(EVERYTHING))  # new "today"
        if ctx.is_unlocked:
            self.refresh()

    # -- building

    def _build_summary(self) -> QHBoxLayout:
        """One line above the deadlines: open subpoenas by status, and a warning when open
        matters have nothing docketed (listed at the end)."""
        row = QHBoxLayout()
        row.setContentsMargins(10, 0, 10, 4)
        self.subpoena_heading = QLabel(self.tr("Open subpoenas:"))
        self.subpoena_heading.setFont(heading_font(self.font()))
        row.addWidget(self.subpoena_heading)
        names = {
            "received": self.tr("received"),
            "challenged": self.tr("challenged"),
            "modified": self.tr("modified"),
        }
        self.subpoena_counts: dict[str, QLabel] = {}
        for status in (s.value for s in queries.OPEN_SUBPOENA):
            name = names.get(status, status.replace("_", " "))
            count = QLabel("0")
            count.setFont(heading_font(self.font()))
            count.setAccessibleName(self.tr("Subpoenas {0}").format(name))
            row.addSpacing(10)
            row.addWidget(count)
            row.addWidget(QLabel(name))
            self.subpoena_counts[status] = count
        row.addStretch(1)
        self.untickled_warning = QLabel()
        self.untickled_warning.setFont(heading_font(self.font()))
        self.untickled_warning.setWordWrap(True)  # wraps on a narrow window, in any language
        self.untickled_warning.setAlignment(Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.untickled_warning, 1)
        return row

    def _build_untickled(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 8)
        self.untickled_heading = QLabel(self.tr("Matters with no open deadline"))
        self.untickled_heading.setFont(heading_font(self.font()))
        self.untickled_note = QLabel(
            self.tr("These open matters have nothing docketed. Check that no date was missed.")
        )
        self.untickled_note.setWordWrap(True)
        self.untickled = QListWidget()
        self.untickled.setAccessibleName(self.tr("Open matters with no open deadline"))
        # One line per matter, a long title elided (the whole of it in the tooltip): every row
        # the same height, so none hides behind the list's edge or a scroll bar.
        self.untickled.setWordWrap(False)
        self.untickled.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.untickled.setUniformItemSizes(True)
        self.untickled.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.untickled.setSpacing(3)
        self.untickled.setAlternatingRowColors(True)
        self.untickled.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.untickled.itemActivated.connect(self._open_matter)
        self.untickled_heading.setBuddy(self.untickled)
        self.untickled_empty = QLabel(self.tr("Every open matter has an open deadline."))
        self.untickled_empty.setWordWrap(True)
        self.untickled_empty.setIndent(12)
        layout.addWidget(self.untickled_heading)
        layout.addWidget(self.untickled_note)
        layout.addWidget(self.untickled)
        layout.addWidget(self.untickled_empty)
        return box

    # -- loading

    def refresh(self) -> None:
        """Ask the vault again, for today's date as of now."""
        if not self.ctx.is_unlocked:
            self.clear()
            return
        today = self.today_provider()
        self.data = self.ctx.read(lambda uow: queries.dashboard(uow, today))
        self._stale = False
        self._show(self.data)
        self.refreshed.emit()

    def clear(self) -> None:
        """Forget what was shown (the vault locked)."""
        self.data = None
        self._stale = True
        for section in self.sections:
            section.set_items(())
        self.today_label.clear()
        for label in self.subpoena_counts.values():
            label.setText("0")
        self.untickled.clear()
        self.untickled_warning.clear()

    def _show(self, data: Dashboard) -> None:
        self.today_label.setText(self.tr("Today is {0}").format(weekday_date(data.today)))
        self.overdue.set_items(data.overdue, data.overdue_count or len(data.overdue))
        self.due_today.set_items(data.due_today)
        self.this_week.set_items(data.this_week)
        self.next_30_days.set_items(data.next_30_days)
        total = 0
        for status, label in self.subpoena_counts.items():
            n = data.open_subpoenas_by_status.get(status, 0)
            total += n
            label.setText(number(n))
        self.subpoena_heading.setText(self.tr("Open subpoenas ({0}):").format(number(total)))
        self.untickled.clear()
        for matter_id, title in data.matters_without_open_deadline:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, matter_id)
            item.setToolTip(title)
            self.untickled.addItem(item)
        n = len(data.matters_without_open_deadline)
        self.untickled_heading.setText(
            self.tr("Matters with no open deadline ({0})").format(number(n))
        )
        self.untickled.setVisible(bool(n))
        self.untickled_note.setVisible(bool(n))
        self.untickled_empty.setVisible(not n)
        self.untickled_warning.setText(
            self.tr("%n open matter(s) without an open deadline (listed below)", "", n) if n else ""
        )
        shown = min(n, MAX_VISIBLE_ROWS)
        row_height = self.untickled.sizeHintForRow(0) if n else 0
        self.untickled.setFixedHeight(
            shown * (row_height + 2 * self.untickled.spacing()) + 2 * self.untickled.frameWidth()
        )

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.touches("deadlines", "matters", "subpoenas", "events"):
            return  # nothing the dashboard shows
        if self.isVisible() and self.ctx.is_unlocked:
            self.refresh()
        else:
            self._stale = True  # reload when next shown, not for every change while hidden

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale and self.ctx.is_unlocked:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "overdue"):
            self.overdue.paint_alert(alert_red(self.palette()))

    # -- opening records

    def _open_deadline(self, deadline_id: int) -> None:
        self.ctx.open_record.emit("deadlines", deadline_id)

    def _open_matter(self, item: QListWidgetItem) -> None:
        self.ctx.open_record.emit("matters", int(item.data(Qt.ItemDataRole.UserRole)))
