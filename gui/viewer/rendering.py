"""Pages rendered off the GUI thread, the page on screen first: the viewer says which pages it
wants now (the visible ones and their neighbours, then thumbnails) and gets each back as a
QImage by signal. A wish that is out of date when its turn comes is dropped unrendered."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from gui.tasks import TaskContext, TaskRunner
from gui.viewer.sources import Closed, PageSource
from models.tasks import Cancelled

# (page index, width in device pixels): one bitmap of one page at one size.
Key = tuple[int, int]
PAGES, THUMBNAILS = "pages", "thumbnails"
LANES = (PAGES, THUMBNAILS)  # in the order they are served
# PDFium renders one page at a time anyway; a second task lets a picture decode meanwhile,
# and leaves the rest of the shared thread pool to the app's other work.
IN_FLIGHT = 2


class RenderQueue(QObject):
    rendered = Signal(str, object, object)  # lane, key, QImage
    failed = Signal(str, object)  # lane, key: that page cannot be drawn

    def __init__(self, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._source: PageSource | None = None
        self._wanted: dict[str, list[Key]] = {lane: [] for lane in LANES}
        self._running: set[tuple[str, Key]] = set()

    def set_source(self, source: PageSource | None) -> None:
        self._source = source
        for lane in LANES:
            self._wanted[lane] = []

    def want(self, lane: str, keys: list[Key]) -> None:
        """What `lane` wants now, most wanted first; it replaces what it wanted before."""
        self._wanted[lane] = list(dict.fromkeys(keys))
        self._dispatch()

    def is_wanted(self, lane: str, key: Key) -> bool:
        return key in self._wanted[lane]

    def busy(self) -> bool:
        return bool(self._running)

    def _dispatch(self) -> None:
        source = self._source
        if source is None:
            return
        for lane in LANES:
            for key in self._wanted[lane]:
                if len(self._running) >= IN_FLIGHT:
                    return
                if (lane, key) not in self._running:
                    self._start(source, lane, key)

    def _start(self, source: PageSource, lane: str, key: Key) -> None:
        job = (lane, key)
        self._running.add(job)
        wanted = self._wanted  # read by the worker: a dict of lists, replaced, never mutated

        def op(task: TaskContext) -> QImage:
            if key not in wanted[lane]:  # scrolled past, zoomed, or closed meanwhile
                raise Cancelled()
            try:
                return source.render(key[0], key[1])
            except Closed:
                raise Cancelled() from None

        self._runner.run(
            op,
            on_done=lambda image: self._finished(job, image),
            on_failure=lambda _exc: self._finished(job, None),
            on_cancelled=lambda: self._finished(job, None, dropped=True),
        )

    def _finished(self, job: tuple[str, Key], image: QImage | None, dropped: bool = False) -> None:
        if not shiboken6.isValid(self):  # the viewer was deleted with its parent window
            return
        self._running.discard(job)
        lane, key = job
        if self._source is not None and key in self._wanted[lane]:
            self._wanted[lane] = [k for k in self._wanted[lane] if k != key]
            if image is not None:
                self.rendered.emit(lane, key, image)
            elif not dropped:
                self.failed.emit(lane, key)
        self._dispatch()

    def stop(self) -> None:
        """Nothing more is wanted: queued renders are dropped when their turn comes."""
        for lane in LANES:
            self._wanted[lane] = []
        self._source = None
