"""The pages, one under the other in a scrolling view, at the zoom chosen: fit width (the
default), fit page or a percentage. Only the pages in sight and their neighbours are rendered;
a few bitmaps are kept, the rest let go. Search hits are drawn over the page."""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from gui.viewer.rendering import PAGES, Key, RenderQueue
from gui.viewer.sources import Hit

FIT_WIDTH, FIT_PAGE, FIXED = "fit_width", "fit_page", "fixed"
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
GAP = 12  # between pages, and around them
KEEP_PAGES = 6  # bitmaps kept beyond the ones in sight
KEEP_BYTES = 160 * 1024 * 1024
BACKDROP = QColor("#6b6f75")
HIT = QColor(255, 214, 0, 110)
CURRENT_HIT = QColor(255, 120, 0, 150)


class PageCanvas(QWidget):
    """The tall surface the pages are painted on; PagesView owns what is painted."""

    def __init__(self, view: PagesView):
        super().__init__()
        self._view = view
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            self._view.paint(painter, event.rect())
        finally:
            painter.end()


class PagesView(QScrollArea):
    current_changed = Signal(int)  # 0-based page now at the top of the view
    zoom_changed = Signal()

    def __init__(self, queue: RenderQueue, parent: QWidget | None = None):
        super().__init__(parent)
        self._queue = queue
        queue.rendered.connect(self._on_rendered)
        queue.failed.connect(self._on_failed)
        self.canvas = PageCanvas(self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(f"QScrollArea {{ background: {BACKDROP.name()}; }}")
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sizes: list[tuple[float, float]] = []
        self.mode = FIT_WIDTH
        self.zoom = 1.0
        self.current = 0
        self._tops: list[int] = []
        self._rects: list[QRect] = []
        self._images: OrderedDict[Key, QImage] = OrderedDict()
        self._failed: set[int] = set()
        self._hits: tuple[Hit, ...] = ()
        self._current_hit = -1
        self._placing = False  # scrolling on purpose: the current page is what was asked
        self._request_timer = QTimer(self)
        self._request_timer.setSingleShot(True)
        self._request_timer.setInterval(0)
        self._request_timer.timeout.connect(self._request_visible)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self._request_later())

    # ---- the document --------------------------------------------------------------------

    def set_pages(self, sizes: Sequence[tuple[float, float]]) -> None:
        self.sizes = list(sizes)
        self.forget_images()
        self.current = 0
        self._relayout(keep_place=False)
        self._scroll_to_page(0)
        self.current_changed.emit(0)

    def forget_images(self) -> None:
        """Let go of every bitmap (the window closes, the vault locks)."""
        self._images.clear()
        self._failed.clear()
        self._hits = ()
        self._current_hit = -1
        self.canvas.update()

    def clear(self) -> None:
        self.sizes = []
        self.forget_images()
        self._relayout(keep_place=False)

    # ---- zoom ----------------------------------------------------------------------------

    def set_mode(self, mode: str, zoom: float | None = None) -> None:
        """FIT_WIDTH, FIT_PAGE, or FIXED at `zoom` (1.0 = 100 %)."""
        self.mode = mode
        if zoom is not None:
            self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._relayout(keep_place=True)

    def zoom_in(self) -> None:
        bigger = [z for z in ZOOM_STEPS if z > self.zoom * 1.01]
        self.set_mode(FIXED, bigger[0] if bigger else MAX_ZOOM)

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom * 0.99]
        self.set_mode(FIXED, smaller[-1] if smaller else MIN_ZOOM)

    def _fitted_zoom(self) -> float:
        if not self.sizes:
            return self.zoom
        room_w = max(50, self.viewport().width() - 2 * GAP)
        room_h = max(50, self.viewport().height() - 2 * GAP)
        if self.mode == FIT_WIDTH:
            zoom = room_w / max(w for w, _h in self.sizes)
        elif self.mode == FIT_PAGE:
            w, h = self.sizes[min(self.current, len(self.sizes) - 1)]
            zoom = min(room_w / w, room_h / h)
        else:
            return self.zoom
        return max(MIN_ZOOM / 4, min(MAX_ZOOM, zoom))

    # ---- layout --------------------------------------------------------------------------

    def _relayout(self, keep_place: bool) -> None:
        anchor = self._anchor() if keep_place else None
        self.zoom = self._fitted_zoom()
        widths = [max(1, round(w * self.zoom)) for w, _h in self.sizes]
        heights = [max(1, round(h * self.zoom)) for _w, h in self.sizes]
        total_w = max([self.viewport().width(), *(w + 2 * GAP for w in widths)])
        self._tops, self._rects, y = [], [], GAP
        for w, h in zip(widths, heights, strict=True):
            self._tops.append(y)
            self._rects.append(QRect((total_w - w) // 2, y, w, h))
            y += h + GAP
        self.canvas.resize(total_w, max(y, self.viewport().height()))
        if anchor is not None:
            page, fraction_y, fraction_x = anchor
            self._placing = True
            rect = self._rects[page]
            self.verticalScrollBar().setValue(round(rect.top() - GAP + fraction_y * rect.height()))
            bar = self.horizontalScrollBar()
            bar.setValue(round(fraction_x * self.canvas.width() - self.viewport().width() / 2))
            self._placing = False
        self.canvas.update()
        self._request_later()
        self.zoom_changed.emit()

    def _anchor(self) -> tuple[int, float, float] | None:
        """Where the view is, so a new zoom shows the same place: the current page, how far
        down it the top of the view is, and the middle of the view across."""
        if not self._rects:
            return None
        page = min(self.current, len(self._rects) - 1)
        rect = self._rects[page]
        top = self.verticalScrollBar().value() + GAP
        fraction_y = (top - rect.top()) / max(1, rect.height())
        middle = self.horizontalScrollBar().value() + self.viewport().width() / 2
        return page, max(-0.05, min(1.0, fraction_y)), middle / max(1, self.canvas.width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.sizes:
            self._relayout(keep_place=True)

    def page_rect(self, index: int) -> QRect:
        """Where page `index` is painted on the canvas, at the current zoom."""
        return QRect(self._rects[index])

    # ---- paging --------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        if not self.sizes:
            return
        index = max(0, min(len(self.sizes) - 1, index))
        self._scroll_to_page(index)
        if self.mode == FIT_PAGE:
            self._relayout(keep_place=True)
        self._set_current(index)

    def _scroll_to_page(self, index: int) -> None:
        if not self._rects:
            return
        self._placing = True
        self.verticalScrollBar().setValue(self._rects[index].top() - GAP)
        self._placing = False
        self.current = index
        self._request_later()

    def _on_scrolled(self, _value: int) -> None:
        if not self._placing and self._rects:
            self._set_current(self._page_at_reading_line())
        self._request_later()

    def _page_at_reading_line(self) -> int:
        """The page a person is reading: the one across a line a third of the way down the
        view; the last page once the view cannot scroll further."""
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum() and bar.maximum() > 0:
            last = len(self._rects) - 1
            if self._rects[last].top() >= bar.value():
                return last
        line = bar.value() + self.viewport().height() // 3
        return max(0, bisect.bisect_right(self._tops, line) - 1)

    def _set_current(self, index: int) -> None:
        if index != self.current:
            self.current = index
            self.current_changed.emit(index)
        else:
            self.current = index

    def visible_pages(self) -> list[int]:
        if not self._rects:
            return []
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        pages = []
        for index in range(first, len(self._rects)):
            if self._rects[index].top() > bottom:
                break
            if self._rects[index].bottom() >= top:
                pages.append(index)
        return pages

    # ---- rendering -----------------------------------------------------------------------

    def key_for(self, index: int) -> Key:
        return (index, max(1, round(self._rects[index].width() * self.devicePixelRatioF())))

    def _request_later(self) -> None:
        self._request_timer.start()

    def _request_visible(self) -> None:
        visible = self.visible_pages()
        if not visible:
            self._queue.want(PAGES, [])
            return
        nearest = sorted(visible, key=lambda i: abs(i - self.current))
        around = [i for i in (visible[-1] + 1, visible[0] - 1) if 0 <= i < len(self._rects)]
        keys = [self.key_for(i) for i in nearest + around if i not in self._failed]
        self._queue.want(PAGES, [k for k in keys if k not in self._images])

    def _on_rendered(self, lane: str, key: Key, image: QImage) -> None:
        if lane != PAGES or not self._rects or key[0] >= len(self._rects):
            return
        for old in [k for k in self._images if k[0] == key[0]]:  # other sizes of that page
            del self._images[old]
        self._images[key] = image
        self._keep_few()
        self.canvas.update(self._rects[key[0]])

    def _on_failed(self, lane: str, key: Key) -> None:
        if lane == PAGES and key[0] < len(self._rects):
            self._failed.add(key[0])
            self.canvas.update(self._rects[key[0]])

    def _keep_few(self) -> None:
        """Let go of the bitmaps longest out of sight, keeping those in sight."""
        in_sight = set(self.visible_pages())
        held = sum(image.sizeInBytes() for image in self._images.values())
        for key in list(self._images):
            if len(self._images) <= len(in_sight) + KEEP_PAGES and held <= KEEP_BYTES:
                break
            if key[0] not in in_sight:
                held -= self._images.pop(key).sizeInBytes()

    def image_for(self, index: int) -> QImage | None:
        """The bitmap page `index` is shown with now (maybe another zoom's, until this one's is
        ready), None while none is."""
        for key, image in self._images.items():
            if key[0] == index:
                return image
        return None

    def is_rendered(self, index: int) -> bool:
        """Page `index` is shown sharp: its bitmap is the size of the page as shown."""
        return bool(self._rects) and self.key_for(index) in self._images

    def held_images(self) -> int:
        return len(self._images)

    def page_failed(self, index: int) -> bool:
        return index in self._failed

    # ---- search hits ---------------------------------------------------------------------

    def set_hits(self, hits: tuple[Hit, ...], current: int = -1) -> None:
        self._hits = hits
        self._current_hit = current
        self.canvas.update()

    def show_hit(self, number: int) -> None:
        """Bring search hit `number` into view and mark it as the current one."""
        self._current_hit = number
        hit = self._hits[number]
        rect = self._rects[hit.page]
        box = self._box_rect(rect, hit.boxes[0])
        self._placing = True
        self.ensureVisible(
            round(box.center().x()),
            round(box.center().y()),
            round(box.width() / 2) + 40,
            round(self.viewport().height() / 3),
        )
        self._placing = False
        self._set_current(hit.page)
        self.canvas.update()

    @staticmethod
    def _box_rect(page: QRect, box: tuple[float, float, float, float]) -> QRectF:
        left, top, right, bottom = box
        return QRectF(
            QPointF(page.left() + left * page.width(), page.top() + top * page.height()),
            QPointF(page.left() + right * page.width(), page.top() + bottom * page.height()),
        ).adjusted(-2, -2, 2, 2)

    # ---- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, area: QRect) -> None:
        painter.fillRect(area, BACKDROP)
        if not self._rects:
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        first = max(0, bisect.bisect_right(self._tops, area.top()) - 1)
        for index in range(first, len(self._rects)):
            rect = self._rects[index]
            if rect.top() > area.bottom():
                break
            if not rect.intersects(area):
                continue
            painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 60))  # a shadow: paper
            image = self.image_for(index)
            if image is not None:
                painter.drawImage(QRectF(rect), image)
            else:
                painter.fillRect(rect, Qt.GlobalColor.white)
                if index in self._failed:
                    painter.setPen(QColor("#7a0016"))
                    painter.drawText(
                        rect,
                        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                        self.tr("This page could not be shown."),
                    )
            for number, hit in enumerate(self._hits):
                if hit.page != index:
                    continue
                color = CURRENT_HIT if number == self._current_hit else HIT
                for box in hit.boxes:
                    painter.fillRect(self._box_rect(rect, box), color)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)
