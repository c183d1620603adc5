"""The search box: as a person types, matters, clients, accounts, subpoenas, deadlines and docket
events that match drop down below it, the best of each kind first, with a "N more…" row under
a kind that has more; Enter or a click opens a hit. Sealed names are never searched or shown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from gui.amounts import number
from gui.context import AppContext
from gui.vocabulary import choice_label, kind_name
from services import search
from services.search import SearchHit, SearchResults

SEARCH_DELAY_MS = 200
MIN_CHARS = search.MIN_CHARS
LABEL_CHARS = 90  # a long summary or excerpt is cut here, whole in the tooltip
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 2
MORE_ROLE = Qt.ItemDataRole.UserRole + 3  # the kind a "N more…" row reveals, else None

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MoreRow:
    """Under a kind's hits: how many more there are; choosing it shows the next page."""

    kind: str
    remaining: int
    exact: bool = True  # False: at least `remaining` (search stops counting at 1,000)


def _cut(text: str, limit: int = LABEL_CHARS) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class SearchHitModel(QAbstractListModel):
    """Search hits as a list, grouped by kind, each labelled with what kind of record it is."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[SearchHit | MoreRow] = []
        self._searched = False  # after a search that found nothing, say so in the list

    def set_results(self, results: SearchResults | None) -> None:
        """Show a search's results; None clears the list (nothing searched)."""
        self.beginResetModel()
        self._rows = []
        for group in results.groups if results else ():
            self._rows.extend(group.hits)
            if group.remaining > 0:
                self._rows.append(MoreRow(group.kind, group.remaining, group.counted_all))
        self._searched = results is not None
        self.endResetModel()

    def set_hits(self, hits: list[SearchHit], searched: bool = True) -> None:
        """Show these hits as they are, without "more" rows."""
        self.beginResetModel()
        self._rows = list(hits)
        self._searched = searched
        self.endResetModel()

    @property
    def hits(self) -> list[SearchHit]:
        return [r for r in self._rows if isinstance(r, SearchHit)]

    def shown(self, kind: str) -> int:
        return sum(1 for r in self._rows if isinstance(r, SearchHit) and r.kind == kind)

    def hit_at(self, row: int) -> SearchHit | None:
        if 0 <= row < len(self._rows):
            found = self._rows[row]
            return found if isinstance(found, SearchHit) else None
        return None

    def more_row(self, kind: str) -> int:
        return next(
            (i for i, r in enumerate(self._rows) if isinstance(r, MoreRow) and r.kind == kind), -1
        )

    def reveal(self, kind: str, hits: tuple[SearchHit, ...]) -> int:
        """Put the next hits of `kind` where its "more" row is, and a new "more" row after them
        if some are still hidden. Returns the row of the first one revealed (-1: none)."""
        row = self.more_row(kind)
        if row < 0:
            return -1
        more = self._rows[row]
        assert isinstance(more, MoreRow)
        known = {(h.kind, h.record_id) for h in self.hits}
        new = [h for h in hits if (h.kind, h.record_id) not in known]
        if more.exact:
            new = new[: more.remaining]
        remaining = more.remaining - len(new) if new else 0  # nothing new: the list changed
        if not more.exact and new and len(hits) >= search.PAGE:
            remaining = max(remaining, 1)  # a full page: more may follow, however many
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        added: list[SearchHit | MoreRow] = [*new]
        if remaining > 0:
            added.append(MoreRow(kind, remaining, more.exact))
        if added:
            self.beginInsertRows(QModelIndex(), row, row + len(added) - 1)
            self._rows[row:row] = added
            self.endInsertRows()
        return row if new else -1

    def kind_label(self, kind: str) -> str:
        return kind_name(kind)

    def _says_nothing_found(self) -> bool:
        return self._searched and not self._rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 1 if self._says_nothing_found() else len(self._rows)

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
        row = self._rows[index.row()]
        if isinstance(row, MoreRow):
            return self._more_data(row, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            line = f"{self.kind_label(row.kind)}: {_cut(self.describe(row))}"
            if row.excerpt:
                line += f" — {_cut(row.excerpt, LABEL_CHARS // 2 + 10)}"
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.excerpt:
                return self.tr("Found in its notes or text: {0}").format(row.excerpt)
            return self.describe(row)
        if role == KIND_ROLE:
            return row.kind
        if role == RECORD_ID_ROLE:
            return row.record_id
        return None

    def _more_data(self, row: MoreRow, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.more_text(row.kind, row.remaining, row.exact)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Show the next {0} of them").format(
                number(min(row.remaining, search.PAGE))
            )
        if role == MORE_ROLE:
            return row.kind
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def more_text(self, kind: str, n: int, exact: bool = True) -> str:
        """A "more" row in words: "Matters: 20 more…", or "Matters: 995+ more…" when search
        stopped counting."""
        texts = {
            "matters": lambda: self.tr("Matters: {0} more…"),
            "clients": lambda: self.tr("Clients: {0} more…"),
            "accounts": lambda: self.tr("Accounts: {0} more…"),
            "subpoenas": lambda: self.tr("Subpoenas: {0} more…"),
            "deadlines": lambda: self.tr("Deadlines: {0} more…"),
            "events": lambda: self.tr("Docket events: {0} more…"),
        }
        return texts.get(kind, lambda: self.tr("{0} more…"))().format(
            number(n) + ("" if exact else "+")
        )

    def describe(self, hit: SearchHit) -> str:
        """The hit in words: its label with what goes with it."""
        if hit.detail is None:
            return hit.label
        if hit.kind == "matters":
            return self.tr("{0} ({1})").format(hit.label, hit.detail)
        if hit.kind == "accounts":
            return self.tr("{0} on {1}").format(hit.label, choice_label(hit.detail, "Platform"))
        if hit.kind == "subpoenas":
            return self.tr("{0}, issued {1}").format(hit.label, hit.detail)
        if hit.kind == "deadlines":
            return self.tr("{0}, due {1}").format(hit.label, hit.detail)
        if hit.kind == "events":
            return self.tr("{1}: {0}").format(hit.label, hit.detail)
        return hit.label


class SearchBox(QLineEdit):
    """Type two letters or more; pick a hit with the arrows and Enter, or click it."""

    searched = Signal(int)  # a search finished: how many hits are listed
    revealed = Signal(str, int)  # a "more" row was chosen: the kind, how many hits were added

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setPlaceholderText(self.tr("Search matters, clients, handles, case numbers, notes…"))
        self.setAccessibleName(self.tr("Search records"))
        self.setAccessibleDescription(
            self.tr("Results appear below as you type; press Down to choose one, Enter to open.")
        )
        self.setClearButtonEnabled(True)

        self.hits = SearchHitModel(self)
        self._searched_text = ""
        # The completer is attached with setWidget, not setCompleter, so choosing a hit opens
        # the record instead of overwriting what the person typed.
        self.results = QCompleter(self.hits, self)
        self.results.setWidget(self)
        self.results.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.results.setMaxVisibleItems(14)
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
            self.hits.set_results(None)
            self._popup().hide()
            self.searched.emit(0)
            return
        found = self.ctx.read(lambda uow: search.search(uow, text))
        self._searched_text = text
        self.hits.set_results(found)
        self.results.setCompletionPrefix("")
        self.results.complete()
        self.searched.emit(len(found.hits))

    def show_more(self, kind: str) -> None:
        """Reveal the next page of hits of one kind, in place, and keep the list open."""
        offset = self.hits.shown(kind)
        text = self._searched_text
        page = self.ctx.read(lambda uow: search.more(uow, text, kind, offset))
        first = self.hits.reveal(kind, page)
        self.results.complete()
        popup = self._popup()
        if first >= 0 and popup.model() is not None:  # the completer's own (proxy) model
            popup.setCurrentIndex(popup.model().index(first, 0))
        self.revealed.emit(kind, len(page))

    def open_hit(self, row: int) -> None:
        hit = self.hits.hit_at(row)
        if hit is not None:
            self._popup().hide()
            self.ctx.open_record.emit(hit.kind, hit.record_id)

    def _open_index(self, index: QModelIndex) -> None:
        more = index.data(MORE_ROLE)
        if more:
            self.show_more(str(more))
            return
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
            self.hits.set_results(None)
            self._popup().hide()

    def _forget(self) -> None:
        """The vault locked: what was typed and found must not stay on screen."""
        self._timer.stop()
        self.clear()
        self._searched_text = ""
        self.hits.set_results(None)
        self._popup().hide()
