"""The side list of small pages: click one to go to it. Only the thumbnails in sight are
rendered, after the page on screen; those long out of sight go back to a blank sheet."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from gui.viewer.rendering import THUMBNAILS, Key, RenderQueue

BOX = QSize(96, 124)  # a thumbnail fits in this, whatever the page's shape
KEEP = 120  # thumbnails kept drawn; the rest show a blank sheet until in sight again


class ThumbnailList(QListWidget):
    page_chosen = Signal(int)  # 0-based

    def __init__(self, queue: RenderQueue, parent: QWidget | None = None):
        super().__init__(parent)
        self._queue = queue
        queue.rendered.connect(self._on_rendered)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(BOX)
        self.setSpacing(6)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(BOX.width() + 48)
        self.setStyleSheet("QListWidget { background: #d9dbde; }")  # white pages stand out
        self._sizes: list[tuple[float, float]] = []
        self._drawn: OrderedDict[int, None] = OrderedDict()
        self._blanks: dict[tuple[int, int], QIcon] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._request_visible)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._timer.start())
        self.itemClicked.connect(lambda item: self.page_chosen.emit(self.row(item)))
        self.itemActivated.connect(lambda item: self.page_chosen.emit(self.row(item)))

    def set_pages(self, sizes: Sequence[tuple[float, float]]) -> None:
        self.clear()
        self._sizes = list(sizes)
        self._drawn.clear()
        for number, size in enumerate(self._sizes, start=1):
            item = QListWidgetItem(self._blank(size), str(number))
            said = self.tr("Page {0}").format(number)
            item.setToolTip(said)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        self._timer.start()

    def forget(self) -> None:
        self.clear()
        self._sizes = []
        self._drawn.clear()
        self._blanks.clear()

    def mark_current(self, index: int) -> None:
        """Select page `index`'s thumbnail (without going there again) and keep it in sight."""
        if 0 <= index < self.count():
            self.blockSignals(True)
            self.setCurrentRow(index)
            self.blockSignals(False)
            self.scrollToItem(self.item(index))

    def _thumb_size(self, size: tuple[float, float]) -> tuple[int, int]:
        w, h = size
        scale = min(BOX.width() / w, BOX.height() / h)
        return max(1, round(w * scale)), max(1, round(h * scale))

    def _blank(self, size: tuple[float, float]) -> QIcon:
        shape = self._thumb_size(size)
        if shape not in self._blanks:
            pixmap = QPixmap(*shape)
            pixmap.fill(Qt.GlobalColor.white)
            painter = QPainter(pixmap)
            painter.setPen(QColor("#b0b0b0"))
            painter.drawRect(0, 0, shape[0] - 1, shape[1] - 1)
            painter.end()
            self._blanks[shape] = QIcon(pixmap)
        return self._blanks[shape]

    def _key(self, index: int) -> Key:
        return (index, round(self._thumb_size(self._sizes[index])[0] * self.devicePixelRatioF()))

    def visible_rows(self) -> list[int]:
        area = self.viewport().rect()
        rows = []
        for row in range(self.count()):
            rect = self.visualItemRect(self.item(row))
            if rect.top() > area.bottom():
                break
            if rect.bottom() >= area.top():
                rows.append(row)
        return rows

    def _request_visible(self) -> None:
        if not self._sizes:
            return
        rows = self.visible_rows()
        wanted = [self._key(r) for r in rows if r not in self._drawn]
        self._queue.want(THUMBNAILS, wanted)
        for row in rows:  # seen again: least likely to be let go
            if row in self._drawn:
                self._drawn.move_to_end(row)

    def _on_rendered(self, lane: str, key: Key, image: QImage) -> None:
        index = key[0]
        if lane != THUMBNAILS or index >= self.count():
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.item(index).setIcon(QIcon(pixmap))
        self._drawn[index] = None
        in_sight = set(self.visible_rows())
        for row in list(self._drawn):
            if len(self._drawn) <= KEEP:
                break
            if row not in in_sight:
                del self._drawn[row]
                self.item(row).setIcon(self._blank(self._sizes[row]))

    def drawn_count(self) -> int:
        return len(self._drawn)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._timer.start()
