"""Auto-lock: after a stretch with no keyboard or mouse input, and when the machine suspends."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
DEFAULT_MINUTES = 5


class IdleLock(QObject):
    """Calls `lock` after `minutes` without input anywhere in the app, or on suspend."""

    def __init__(self, app: QGuiApplication, lock: Callable[[], None], minutes: float = 5):
        super().__init__(app)
        self._lock = lock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_idle)
        self.set_minutes(minutes)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_state)
        self.active = False

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

    def _on_idle(self) -> None:
        if self.active:
            self.stop()
            self._lock()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        # Qt reports suspension on platforms that tell it; lock before the lid closes.
        if self.active and state == Qt.ApplicationState.ApplicationSuspended:
            self.stop()
            self._lock()
