"""The search box: as a person types, matters, clients, accounts and subpoenas that match drop
down below it; Enter or a click opens one. Sealed names are never searched or shown."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from gui.context import AppContext
from services import queries
from services.queries import SearchHit

SEARCH_DELAY_MS = 200
MIN_CHARS = 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class SearchHitModel(QAbstractListModel):
    """Search hits as a list, each labelled with what kind of record it is."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._searched = False  # after a search that found nothing, say so in the list

    def set_hits(self, hits: list[SearchHit], searched: bool = True) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._searched = searched
        self.endResetModel()

    @property
    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def kind_label(self, kind: str) -> str:
        return {
            "matters": self.tr("Matter"),
            "clients": self.tr("Client"),
            "accounts": self.tr("Account"),
            "subpoenas": self.tr("Subpoena"),
        }.get(kind, kind)

    def _says_nothing_found(self) -> bool:
        return self._searched and not self._hits

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 1 if self._says_nothing_found() else len(self._hits)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or self._says_nothing_found():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if self._says_nothing_found():
            return self.tr("Nothing found") if role == Qt.ItemDataRole.DisplayRole else None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.kind_label(hit.kind)}: {hit.label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Found by its {0}").format(self._matched(hit))
        if role == KIND_ROLE:
            return hit.kind
        if role == RECORD_ID_ROLE:
            return hit.record_id
        return None

    def _matched(self, hit: SearchHit) -> str:
        return {
            "matter": self.tr("title, case number, court or judge"),
            "client pseudonym": self.tr("pseudonym"),
            "account": self.tr("handle or platform"),
            "subpoena": self.tr("issuing agency, recipient or authority"),
        }.get(hit.matched, hit.matched)


class SearchBox(QLineEdit):
    """Type two letters or more; pick a hit with the arrows and Enter, or click it."""

    searched = Signal(int)  # a search finished: how many hits are listed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setPlaceholderText(
            self.tr("Search matters, clients, handles, case numbers, agencies…")
        )
        self.setAccessibleName(self.tr("Search records"))
        self.setAccessibleDescription(
            self.tr("Results appear below as you type; press Down to choose one, Enter to open.")
        )
        self.setClearButtonEnabled(True)

        self.hits = SearchHitModel(self)
        # The completer is attached with setWidget, not setCompleter, so choosing a hit opens
        # the record instead of overwriting what the person typed.
        self.results = QCompleter(self.hits, self)
        self.results.setWidget(self)
        self.results.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.results.setMaxVisibleItems(12)
        self._popup().setAccessibleName(self.tr("Search results"))
        self.results.activated[QModelIndex].connect(self._open_index)  # type: ignore[index]

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._on_text_changed)
        self.returnPressed.connect(self._on_return)
        ctx.locked.connect(self._forget)

    def _popup(self) -> QAbstractItemView:
        popup = self.results.popup()  # made with the completer; never None once it exists
        assert popup is not None
        return popup

    @property
    def popup_visible(self) -> bool:
        return self._popup().isVisible()

    def run_search(self) -> None:
        """Search now (the timer calls this once typing pauses)."""
        self._timer.stop()
        text = self.text().strip()
        if len(text) < MIN_CHARS or not self.ctx.is_unlocked:
            self.hits.set_hits([], searched=False)
            self._popup().hide()
            self.searched.emit(0)
            return
        found = self.ctx.read(lambda uow: queries.search(uow, text))
        self.hits.set_hits(found)
        self.results.setCompletionPrefix("")
        self.results.complete()
        self.searched.emit(len(found))

    def open_hit(self, row: int) -> None:
        hits = self.hits.hits
        if 0 <= row < len(hits):
            self._popup().hide()
            self.ctx.open_record.emit(hits[row].kind, hits[row].record_id)

    def _open_index(self, index: QModelIndex) -> None:
        kind, record_id = index.data(KIND_ROLE), index.data(RECORD_ID_ROLE)
        if kind and record_id is not None:
            self._popup().hide()
            self.ctx.open_record.emit(kind, int(record_id))

    def _on_return(self) -> None:
        popup = self._popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer opens the highlighted hit itself
        if self._timer.isActive() or not self.hits.hits:
            self.run_search()  # Enter before the pause: search now, then open the first
        self.open_hit(0)

    def _on_text_changed(self, text: str) -> None:
        if len(text.strip()) < MIN_CHARS:  # cleared, or set from code
            self._timer.stop()
            self.hits.set_hits([], searched=False)
            self._popup().hide()

    def _forget(self) -> None:
        """The vault locked: what was typed and found must not stay on screen."""
        self._timer.stop()
        self.clear()
        self.hits.set_hits([], searched=False)
        self._popup().hide()
