"""The one background-task helper: run work off the GUI thread with progress and cancel.

    handle = runner.run(op, on_done=..., on_error=..., on_progress=...)
    handle.cancel()

`op(ctx)` runs on a QThreadPool thread. It must never touch a widget; it opens its own unit of
work, and `ctx` is its `models.tasks.Task`: it reports `ctx.progress(done, total, text)` and
calls `ctx.check()`, which raises `Cancelled` when the person cancelled. Services take the
context itself (`task=ctx`), as backups, reports and imports all do.
Results and errors come back to the GUI thread through signals. A failure comes back as the
exception object itself (`on_failure`, or the handle's `failed` signal); it is worded only
there, on the GUI thread: a `QuashError` as its one-line message in the reader's language
(gui.errors), anything else as a plain sentence naming only the error's type (`on_error`).
Progress texts are shown in the reader's language too (gui.progress).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from gui.errors import plain_error
from gui.progress import progress_text
from models.errors import QuashError
from models.tasks import Cancelled

log = logging.getLogger("quash.gui.tasks")


def failure_text(exc: object) -> str:
    """A failed task's exception as one line in the reader's language."""
    if isinstance(exc, QuashError):
        return plain_error(exc)
    return QCoreApplication.translate(
        "TaskRunner", "Something went wrong ({0}); nothing more was changed."
    ).format(type(exc).__name__)


class TaskContext:
    """The op's `models.tasks.Task`: its progress goes to the GUI thread, and `check()` raises
    `Cancelled` once the person pressed Cancel."""

    def __init__(self, signals: _TaskSignals, cancel: threading.Event):
        self._signals = signals
        self._cancel = cancel

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)  # the exception, worded on the GUI thread
    cancelled = Signal()
    progress = Signal(int, int, str)


class _Task(QRunnable):
    def __init__(
        self, op: Callable[[TaskContext], Any], signals: _TaskSignals, cancel: threading.Event
    ):
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._op(TaskContext(self._signals, self._cancel))
        except Cancelled:
            self._signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - a worker must never take the app down
            if not isinstance(exc, QuashError):
                log.error("background task failed: %s", type(exc).__name__)
            self._signals.failed.emit(exc.with_traceback(None))  # no frames kept alive
        else:
            self._signals.finished.emit(result)


class TaskHandle(QObject):
    """Lives in the GUI thread, so the callbacks run there (queued connections)."""

    done = Signal(object)
    failed = Signal(object)  # the exception object
    error = Signal(str)  # the same failure, worded for the reader
    cancelled = Signal()
    progressed = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self.signals = _TaskSignals()
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)
        self.signals.cancelled.connect(self._on_cancelled)
        self.signals.progress.connect(self._on_progress)
        self.running = True

    def cancel(self) -> None:
        self._cancel.set()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.running = False
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.running = False
        self.failed.emit(exc)
        self.error.emit(failure_text(exc))

    @Slot()
    def _on_cancelled(self) -> None:
        self.running = False
        self.cancelled.emit()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progressed.emit(done, total, progress_text(text))


class TaskRunner(QObject):
    """Starts ops on the thread pool `main.py` hands in."""

    def __init__(self, pool: QThreadPool, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool
        self._live: set[TaskHandle] = set()

    def run(
        self,
        op: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        # No Qt parent: were the runner the handle's parent, a runner that goes away while a
        # handle's deferred deletion is pending (a test's runner, kept alive only by the
        # handle's own callbacks) would delete the handle a second time. Python keeps the
        # handle alive in `_live` until it reports, then as long as anyone holds it.
        handle = TaskHandle()
        if on_done:
            handle.done.connect(on_done)
        if on_failure:
            handle.failed.connect(on_failure)
        if on_error:
            handle.error.connect(on_error)
        if on_progress:
            handle.progressed.connect(on_progress)
        if on_cancelled:
            handle.cancelled.connect(on_cancelled)
        self._live.add(handle)
        for signal in (handle.done, handle.failed, handle.cancelled):
            signal.connect(lambda *_: self._forget(handle))
        self.pool.start(_Task(op, handle.signals, handle._cancel))
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        self._live.discard(handle)

    @property
    def busy(self) -> bool:
        """True while a task started here has not reported back yet."""
        return bool(self._live)

    def wait_all(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
