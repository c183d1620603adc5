"""The Trash: what was deleted, with what each deletion took along, until it is restored or the
trash is emptied (services.trash). Restoring puts a record back as it was; a clash with what the
vault now holds is one sentence and changes nothing. Emptying asks first, counting what goes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import messages
from gui.context import AppContext
from gui.errors import plain_error
from gui.i18n import weekday_date
from gui.vocabulary import goes_with, kind_name
from models.errors import QuashError
from services import trash
from services.changes import Changes

ID_ROLE = Qt.ItemDataRole.UserRole


def _kind_name(kind: str) -> str:
    if kind == "documents":
        return QCoreApplication.translate("TrashDialog", "Document")
    return kind_name(kind)


class TrashDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The question before emptying; replaceable so a test can answer it without a box.
        self.confirm: Callable[[QWidget, str], bool] = messages.confirm

        note = QLabel(
            self.tr(
                "Deleted records stay here, with what was deleted with them, until the trash "
                "is emptied. Restoring puts them back as they were."
            )
        )
        note.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("trashList")
        self.list.setAccessibleName(self.tr("Deleted records"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("Record"), self.tr("Name"), self.tr("Deleted with it"), self.tr("Deleted")]
        )
        self.list.setColumnWidth(0, 110)
        self.list.setColumnWidth(1, 220)
        self.list.setColumnWidth(2, 260)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda _item, _col: self.restore_selected())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("trashMessage")
        self.empty_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("trashError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected record"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.clicked.connect(self.empty_trash)
        self.restore_button.setAutoDefault(False)
        self.empty_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        self.resize(760, 420)

        ctx.data_changed.connect(self._data_changed)
        ctx.about_to_lock.connect(self.reject)  # deleted titles are case data: gone on a lock
        self.finished.connect(self._disconnect)
        self.refresh()

    def _disconnect(self, _result: int = 0) -> None:
        self.ctx.data_changed.disconnect(self._data_changed)
        self.ctx.about_to_lock.disconnect(self.reject)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("trash"):
            self.refresh()

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        chosen = self.selected_id()
        self.entries = self.ctx.read(trash.entries)
        self.list.clear()
        for entry in self.entries:
            item = QTreeWidgetItem(
                [
                    _kind_name(entry.kind),
                    entry.label,
                    goes_with(entry.counts) or self.tr("nothing else"),
                    self.tr("{0} by {1}").format(
                        weekday_date(entry.deleted_at.date()), entry.deleted_by
                    ),
                ]
            )
            item.setData(0, ID_ROLE, entry.id)
            item.setToolTip(1, entry.label)
            self.list.addTopLevelItem(item)
            if entry.id == chosen:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if first is not None and self.list.currentItem() is None:
            self.list.setCurrentItem(first)
        self.empty_label.setText(
            self.tr("The trash holds %n deleted record(s).", "", len(self.entries))
            if self.entries
            else self.tr("The trash is empty.")
        )
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)
        self.empty_button.setEnabled(bool(self.entries))

    def _say(self, problem: str | None) -> None:
        self.error_label.setVisible(bool(problem))
        self.error_label.setText(problem or "")

    def restore_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            return
        self._say(None)
        try:
            view = self.ctx.write(lambda uow: trash.restore(uow, entry_id))
        except QuashError as exc:
            self._say(plain_error(exc))
            return
        self.refresh()
        self.empty_label.setText(self.tr("Restored: {0}").format(view.label))

    def empty_trash(self) -> None:
        if not self.entries:
            return
        taken = goes_with(trash.what_goes(self.entries))
        question = self.tr(
            "Empty the trash? These will be deleted for good: {0}. This cannot be undone."
        ).format(taken)
        if not self.confirm(self, question):
            return
        self._say(None)
        try:
            self.ctx.write(trash.empty)
        except QuashError as exc:
            self._say(plain_error(exc))
            return
        self.refresh()
