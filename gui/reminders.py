"""Deadline reminders while Quash runs: a tray icon whose tooltip and badge count the working
person's deadlines due today and overdue, and a desktop notification at the lead times the
person chose (3 days, 1 day, the morning of), each deadline once per lead time per day.

Only deadline and matter titles are shown, never a client. The choice of lead times is kept
per person and per computer in QSettings, under a hash of the person's name (no name on disk);
which reminders were shown is kept in memory only. Nothing runs, and nothing is shown, while
the vault is locked."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.i18n import short_date
from gui.vocabulary import deadline_title
from models.errors import QuashError
from models.reminders import DEFAULT_LEADS, LEADS, checked_leads, lead_due
from services import reminders
from services.changes import Changes

CHECK_EVERY_MS = 60_000
SHOWN_LINES = 5  # a notification lists this many deadlines, then "and N more"
MESSAGE_MS = 15_000


def _settings_key(person: str) -> str:
    digest = hashlib.sha256(person.encode("utf-8")).hexdigest()[:16]
    return f"reminders/{digest}/leads"


def chosen_leads(settings: QSettings, person: str) -> tuple[int, ...]:
    """The lead times (days before; 0 the morning of) this person chose on this computer."""
    value = settings.value(_settings_key(person))
    if value is None:
        return DEFAULT_LEADS
    text = ",".join(value) if isinstance(value, list) else str(value)
    return checked_leads(part for part in text.split(",") if part.strip())


def save_leads(settings: QSettings, person: str, leads: tuple[int, ...]) -> None:
    settings.setValue(_settings_key(person), ",".join(map(str, checked_leads(leads))) or "none")
    settings.sync()


class ReminderSettings(QGroupBox):
    """Settings: when this person is reminded of a deadline (and the calendars they export)."""

    leads_changed = Signal(tuple)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Deadline reminders"), parent)
        self.setObjectName("reminderSettings")
        self.ctx = ctx
        labels = {
            3: self.tr("3 days before"),
            1: self.tr("1 day before"),
            0: self.tr("The morning of the due day"),
        }
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "While Quash is open and unlocked, it reminds you of your deadlines and of "
                "unassigned ones. Calendar exports carry the same alarms, at 9:00 on the days "
                "before; the due day's own alarm rings as that day begins, because Outlook "
                "keeps no alarm set after an all-day event starts. Kept for you on this "
                "computer."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        chosen = chosen_leads(ctx.preferences, ctx.actor)
        self.boxes: dict[int, QCheckBox] = {}
        for lead in LEADS:
            box = QCheckBox(labels[lead])
            box.setObjectName(f"remindLead{lead}")
            box.setChecked(lead in chosen)
            box.toggled.connect(self._save)
            layout.addWidget(box)
            self.boxes[lead] = box

    def leads(self) -> tuple[int, ...]:
        return tuple(lead for lead, box in self.boxes.items() if box.isChecked())

    def _save(self) -> None:
        save_leads(self.ctx.preferences, self.ctx.actor, self.leads())
        self.leads_changed.emit(self.leads())


def _badge_icon(count: int) -> QIcon:
    """The app's icon (or a plain "Q"), with a red badge counting what is due and overdue."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = QApplication.windowIcon()
    if base.isNull():
        painter.setBrush(QColor("#1f3a5f"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(4, 4, size - 8, size - 8, 12, 12)
        painter.setPen(QColor("white"))
        painter.setFont(_bold_font(30))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "Q")
    else:
        painter.drawPixmap(0, 0, base.pixmap(size, size))
    if count:
        painter.setBrush(QColor("#c0392b"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(size - 34, 0, 34, 34)
        painter.setPen(QColor("white"))
        painter.setFont(_bold_font(14 if count < 100 else 10))
        text = str(count) if count < 1000 else "999+"
        painter.drawText(size - 34, 0, 34, 34, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class DeadlineReminders(QObject):
    """Counts and reminds while the vault is unlocked; stops, and shows nothing, once it locks."""

    counts_changed = Signal(int, int)  # due today, overdue (0, 0 while locked)
    reminded = Signal(str, str)  # a notification's title and text, as shown

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        use_tray: bool | None = None,
    ):
        super().__init__(parent if parent is not None else ctx)
        self.ctx = ctx
        self._clock = clock
        # (vault, deadline, lead time, day) already reminded: in memory only, kept across a lock
        # so unlocking again the same day does not repeat them.
        self._shown: set[tuple[str, int, int, dt.date]] = set()
        self.counts = reminders.DueCounts(0, 0)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = QSystemTrayIcon(self) if use_tray else None
        if self.tray is not None:
            self.tray.setIcon(_badge_icon(0))
            self.tray.activated.connect(self._tray_clicked)
            self.tray.show()
        ctx.unlocked.connect(self.start)
        ctx.about_to_lock.connect(self.stop)
        ctx.locked.connect(self.stop)
        ctx.data_changed.connect(self._data_changed)
        self.window_to_raise: QWidget | None = None
        if ctx.is_unlocked:
            self.start()
        else:
            self.stop()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)  # once the window that unlocked is up

    def stop(self) -> None:
        """Locked: no timer, no counts, no titles anywhere on the desktop."""
        self.timer.stop()
        self.counts = reminders.DueCounts(0, 0)
        if self.tray is not None:
            self.tray.setIcon(_badge_icon(0))
            self.tray.setToolTip(self.tr("Quash — locked"))
        self.counts_changed.emit(0, 0)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("deadlines") and self.running:
            self.check()

    def _tray_clicked(self, _reason: QSystemTrayIcon.ActivationReason) -> None:
        window = self.window_to_raise
        if window is not None and self.ctx.is_unlocked:
            window.showNormal()
            window.raise_()
            window.activateWindow()

    def tooltip(self) -> str:
        due, overdue = self.counts.today, self.counts.overdue
        return self.tr("Quash — {0}, {1}").format(
            self.tr("%n due today", "", due), self.tr("%n overdue", "", overdue)
        )

    def check(self) -> None:
        """Count, and remind of what a chosen lead time has reached and was not yet shown."""
        if not self.ctx.is_unlocked:
            self.stop()
            return
        today = self._clock().date()
        person = self.ctx.actor
        leads = chosen_leads(self.ctx.preferences, person)
        try:
            counts, coming = self.ctx.read(
                lambda uow: (
                    reminders.due_counts(uow, person, today),
                    reminders.upcoming(uow, person, today, max(leads, default=0)) if leads else [],
                )
            )
        except QuashError:  # locked between the check and the read: nothing to show
            return
        self.counts = counts
        if self.tray is not None:
            self.tray.setIcon(_badge_icon(counts.today + counts.overdue))
            self.tray.setToolTip(self.tooltip())
        self.counts_changed.emit(counts.today, counts.overdue)
        vault = self.ctx.vault
        vault_key = str(getattr(vault, "vault_id", "")) if vault is not None else ""
        fresh: list[reminders.Upcoming] = []
        for item in coming:
            lead = lead_due(item.days_left, leads)
            if lead is None:
                continue
            key = (vault_key, item.deadline_id, lead, today)
            if key not in self._shown:
                self._shown.add(key)
                fresh.append(item)
        if fresh:
            self._notify(fresh)

    def _when(self, item: reminders.Upcoming) -> str:
        if item.days_left == 0:
            when = self.tr("Today")
        elif item.days_left == 1:
            when = self.tr("Tomorrow")
        else:
            when = self.tr("In %n day(s)", "", item.days_left)
        if item.due_time is not None:
            when = self.tr("{0} at {1}").format(when, item.due_time.strftime("%H:%M"))
        return self.tr("{0} ({1})").format(when, short_date(item.due))

    def _notify(self, items: list[reminders.Upcoming]) -> None:
        title = self.tr("%n deadline(s) coming up", "", len(items))
        lines = [
            self.tr("{0}: {1} — {2}").format(
                self._when(item), deadline_title(item.title), item.matter_title
            )
            for item in items[:SHOWN_LINES]
        ]
        if len(items) > SHOWN_LINES:
            lines.append(self.tr("and %n more", "", len(items) - SHOWN_LINES))
        text = "\n".join(lines)
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        self.reminded.emit(title, text)


def _bold_font(points: int) -> QFont:
    """The system's own sans-serif face, bold, at `points`."""
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSize(points)
    font.setBold(True)
    return font
