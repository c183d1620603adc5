"""Small read-only lists inside editors (a matter's deadlines, its docket, its history): one row
per record, the record's id kept on the row, opened with Enter or a double click."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole
ALERT_COLOR = "#b00020"


class RecordList(QTreeWidget):
    """A flat list with columns; `activated_id` fires on Enter or double click."""

    activated_id = Signal(int)

    def __init__(
        self,
        headers: Sequence[str],
        accessible_name: str,
        *,
        multi: bool = False,
        stretch: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setColumnCount(len(headers))
        self.setHeaderLabels(list(headers))
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(accessible_name)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.header()
        header.setStretchLastSection(stretch is None)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.itemDoubleClicked.connect(lambda item, _col: self._activate(item))

    def fill(
        self, rows: Iterable[tuple[int, Sequence[str]] | tuple[int, Sequence[str], str]]
    ) -> None:
        """Replace the rows, keeping the selection where the same ids are still listed. A row
        may carry a tone: "alert" (overdue) or "muted" (done, vacated)."""
        selected = set(self.selected_ids())
        self.clear()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row in rows:
            record_id, texts = row[0], row[1]
            tone = row[2] if len(row) > 2 else ""
            item = QTreeWidgetItem([str(t) for t in texts])
            item.setData(0, ID_ROLE, record_id)
            for column, text in enumerate(texts):
                item.setToolTip(column, str(text))
                if tone == "alert":
                    item.setForeground(column, QBrush(QColor(ALERT_COLOR)))
                elif tone == "muted":
                    item.setForeground(column, QBrush(muted))
            self.addTopLevelItem(item)
            if record_id in selected:
                item.setSelected(True)
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
        first = self.topLevelItem(0)
        if self.currentItem() is None and first is not None:
            # a current row for the keyboard, without selecting it
            self.setCurrentItem(first, 0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def items(self) -> list[QTreeWidgetItem]:
        found = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in found if item is not None]

    def ids(self) -> list[int]:
        return [int(item.data(0, ID_ROLE)) for item in self.items()]

    def selected_ids(self) -> list[int]:
        return [
            int(item.data(0, ID_ROLE)) for item in self.selectedItems() if item.parent() is None
        ]

    def select_id(self, record_id: int) -> None:
        for item in self.items():
            if int(item.data(0, ID_ROLE)) == record_id:
                self.setCurrentItem(item)
                return

    def _activate(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, ID_ROLE)
        if data is not None:
            self.activated_id.emit(int(data))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._activate(current)
            return
        super().keyPressEvent(event)
