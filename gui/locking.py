"""Auto-lock: after a stretch with no keyboard or mouse input, and when the system locks the
screen, switches user or goes to sleep (gui.session_lock)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from gui.session_lock import SessionLockWatch

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
DEFAULT_MINUTES = 5
log = logging.getLogger("quash.gui")


class IdleLock(QObject):
    """Calls `lock` after `minutes` without input anywhere in the app, and when the system locks
    the screen, switches user, sleeps or (where Qt knows it) suspends the app."""

    def __init__(
        self,
        app: QGuiApplication,
        lock: Callable[[], None],
        minutes: float = 5,
        system: SessionLockWatch | None = None,
    ):
        super().__init__(app)
        self.active = False
        self._lock = lock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_idle)
        self.set_minutes(minutes)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_state)
        self.system = system if system is not None else SessionLockWatch(self)
        self.system.locked.connect(self._on_system_lock)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        if self._timer.isActive():
            self._timer.start()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self.active = True
        self._timer.start()

    def stop(self) -> None:
        self.active = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.active and event.type() in ACTIVITY:
            self._timer.start()
        return False

    def _lock_now(self, reason: str) -> None:
        if self.active:
            log.info("locking (%s)", reason)
            self.stop()
            self._lock()

    def _on_idle(self) -> None:
        self._lock_now("idle")

    def _on_system_lock(self, reason: str) -> None:
        self._lock_now(reason)  # screen-locked, session-locked, user-switched, sleep

    def _on_state(self, state: Qt.ApplicationState) -> None:
        # Qt reports suspension on platforms that tell it; lock before the lid closes.
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._lock_now("suspended")
