"""Small widgets shared by editors and pages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class OptionalDateEdit(QLineEdit):
    """A date that may be left empty, typed as YYYY-MM-DD (QDateEdit cannot be empty)."""

    date_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$"), self
            )
        )
        self.setMaxLength(10)
        self.textChanged.connect(lambda _text: self.date_changed.emit())
        # The calendar button sits inside the field, so every date field has one wherever it
        # is laid out; Alt+Down or F4 opens it from the keyboard, as in a combo box.
        self.calendar_action = QAction(_calendar_icon(self.palette()), self.tr("Pick a date"), self)
        self.calendar_action.setToolTip(self.tr("Pick a date from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: CalendarPopup | None = None

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt's name
        super().setReadOnly(read_only)
        self.calendar_action.setEnabled(not read_only)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if (alt_down or event.key() == Qt.Key.Key_F4) and not self.isReadOnly():
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """A month calendar under the field, on the date typed (today when none); picking a
        day types it in, Esc leaves the field as it was."""
        if self.isReadOnly():
            return
        try:
            shown = self.date() or dt.date.today()
        except ValueError:
            shown = dt.date.today()
        self.popup = CalendarPopup(self, shown)
        self.popup.picked.connect(self._picked)
        self.popup.show_under(self)

    def _picked(self, day: dt.date) -> None:
        self.set_date(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def date(self) -> dt.date | None:
        """The date typed, None when empty. Raises ValueError when half-typed or not real."""
        text = self.text().strip()
        if not text:
            return None
        if not ISO.match(text):
            raise ValueError(f"{text!r} is not a date as YYYY-MM-DD")
        return dt.date.fromisoformat(text)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")


class CalendarPopup(QFrame):
    """The month calendar a date field opens: in the interface's language (month and day
    names), its week starting on the day the locale says."""

    picked = Signal(object)  # a datetime.date

    def __init__(self, parent: QWidget, shown: dt.date):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("calendarPopup")
        locale = QLocale()  # follows the interface language (gui.i18n.install_translator)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(locale)
        self.calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)  # Enter on the selected day
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(self.calendar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)

    def show_under(self, field: QWidget) -> None:
        self.adjustSize()
        below = field.mapToGlobal(QPoint(0, field.height()))
        screen = field.screen().availableGeometry()
        x = min(max(below.x(), screen.left()), screen.right() - self.width())
        y = below.y()
        if y + self.height() > screen.bottom():  # no room below: open above the field
            y = field.mapToGlobal(QPoint(0, 0)).y() - self.height()
        self.move(x, max(y, screen.top()))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(dt.date(day.year(), day.month(), day.day()))
        self.close()


def _calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar page drawn in the text colour (no icon files, no icon theme)."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    color = palette.color(QPalette.ColorRole.Text)
    painter.setPen(color)
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(1, 2, 14, 4), color)
    for row in (8, 11):
        for col in (3, 6, 9, 12):
            painter.fillRect(QRect(col, row, 2, 2), color)
    painter.end()
    return QIcon(pixmap)


def lay_out_listed_section(
    owner: QWidget, note: QLabel, listing: QWidget, buttons: Sequence[QPushButton], message: QLabel
) -> None:
    """The shape of a Settings section that keeps a list of the office's own things (rule
    sets, draft templates): what it is for, the list, a row of buttons, then a message line."""
    row = QHBoxLayout()
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(owner)
    layout.addWidget(note)
    layout.addWidget(listing)
    layout.addLayout(row)
    layout.addWidget(message)


def say(message: QLabel, text: str, *, problem: bool = False) -> None:
    """Put `text` on a section's message line, in the problem colour when it is one."""
    message.setText(text)
    message.setStyleSheet("color: #7a0016;" if problem else "")
