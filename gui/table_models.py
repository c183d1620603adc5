"""Long record lists as Qt table models: filtered, sorted and paged in the database, so a list
of 100,000 deadlines holds only the rows a person has scrolled to."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from gui.context import AppContext
from gui.i18n import ENGLISH, current_language, short_date, weekday_date
from gui.vocabulary import choice_label, deadline_title, widest_label
from services import queries, records
from services.changes import Changes
from services.queries import ListQuery
from services.records import spec_for

# Rows read at a time: a screenful or more (each row read becomes an object, a filter keystroke
# reads the first page again).
PAGE_SIZE = 100
# After a change elsewhere, reload as many rows as were on screen, up to this many.
MAX_RELOAD = 1000
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles RecordTableModel.data answers; for the others (background, check state, size hint,
# ...) it returns at once.
_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        RECORD_ID_ROLE,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

# Lists that show another kind's words (a matter's title, a client count) reload with it.
SHOWS_ALSO = {
    "deadlines": {"matters"},
    "events": {"matters"},
    "accounts": {"clients"},
}

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # stable name, e.g. "due", "days_left"
    header: str  # translated
    sort: str | None  # the ListQuery.sort field; None when the database cannot sort by it
    width: int  # a sensible starting width, in average characters
    text: Callable[[Any], str]
    align_right: bool = False
    stretch: bool = False  # takes the room left over (the column people read most)
    sample: str = ""  # widest usual text, when measuring beats counting characters


def format_date(value: dt.date | None) -> str:
    """16 May 2016, in the reader's language."""
    return short_date(value) if value else ""


def format_due(value: dt.date, at: dt.time | None = None) -> str:
    """Mon 16 May 2016 (a due date is read for its weekday first), with the time if set."""
    text = weekday_date(value)
    return f"{text}, {at.strftime('%H:%M')}" if at else text


def language_name(code: str | None) -> str:
    """'es' reads as Spanish (in a Spanish interface "español", the name every speaker knows);
    anything that is not a language code is shown as typed."""
    if not code:
        return ""
    locale = QLocale(code)
    language = locale.language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    if current_language() != ENGLISH and locale.nativeLanguageName():
        return locale.nativeLanguageName()
    return QLocale.languageToString(language)


class HeadedTableModel(QAbstractTableModel):
    """A flat table whose column headings are texts already in the reader's language: the
    subclass sets `self._headers` (with its own tr(), so each keeps its translation context)
    and says what its rows are; this answers Qt's column count and header data."""

    _headers: tuple[str, ...] = ()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class RecordTableModel(QAbstractTableModel):
    """One kind of record as a table. Rows are frozen views fetched a page at a time."""

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        parent: QObject | None = None,
        *,
        today: Callable[[], dt.date] | None = None,
    ):
        super().__init__(parent)
        spec_for(kind)  # refuse an unknown kind now, not on first paint
        self.ctx = ctx
        self.kind = kind
        self._today = today or dt.date.today
        self.columns: tuple[Column, ...] = self._columns_for(kind)
        self._query = ListQuery(kind, sort=self.columns[0].sort or "id")
        self._rows: list[Any] = []
        self._total = 0
        # How `total` was counted (queries.FirstPage.counted): "exact", "more_than" or
        # "at_least" when counting stopped before the end of a large list.
        self._counted = "exact"
        self._matter_titles: dict[int, str] = {}
        self._vault_total: int | None = None  # counted once per change, not per keystroke
        self._as_of = self._today()
        ctx.data_changed.connect(self._on_data_changed)
        ctx.locked.connect(self.clear)
        ctx.unlocked.connect(self.reload)
        self.reload()

    # -- what is shown

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many records match the current query (loaded or not yet), counted up to
        queries.COUNT_LIMIT: see `counted`."""
        return self._total

    @property
    def counted(self) -> str:
        """ "exact", or how counting stopped: "more_than" (more than `total` match) or
        "at_least" (`total` or more match)."""
        return self._counted

    def vault_total(self) -> int:
        """How many records of this kind the vault holds, whatever the filter: "Matching: 5 of
        7". Counted again only after a change or an unlock, not on every filter keystroke."""
        if self._vault_total is None:
            if not self.ctx.is_unlocked:
                return 0
            self._vault_total = self.ctx.read(lambda uow: records.count(uow, self.kind))
        return self._vault_total

    def set_query(self, query: ListQuery) -> None:
        """Filter and sort in the database; starts again from the first page."""
        if query.kind != self.kind:
            raise ValueError(f"this list shows {self.kind}, not {query.kind}")
        self._query = query
        self._load(PAGE_SIZE)

    def reload(self) -> None:
        """Read again after a change, keeping about as many rows as were loaded."""
        self._vault_total = None
        self._load(min(max(len(self._rows), PAGE_SIZE), MAX_RELOAD))

    def clear(self) -> None:
        """Forget every row (the vault locked: case data must not stay in memory)."""
        self.beginResetModel()
        self._rows, self._total, self._matter_titles = [], 0, {}
        self._counted = "exact"
        self._vault_total = None
        self.endResetModel()

    def record_id(self, row: int) -> int:
        return int(self._rows[row].id)

    def view(self, row: int) -> Any:
        return self._rows[row]

    def row_text(self, row: int) -> str:
        """The row's visible cells, tab-separated, for the clipboard."""
        view = self._rows[row]
        return "\t".join(column.text(view) for column in self.columns)

    def row_of(self, record_id: int) -> int | None:
        """The loaded row showing `record_id`, if any."""
        for row, view in enumerate(self._rows):
            if view.id == record_id:
                return row
        return None

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort is not None

    def sorted_column(self) -> tuple[int, Qt.SortOrder]:
        """The column whose sort the query uses (the first that sorts that way)."""
        order = (
            Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
        )
        for i, column in enumerate(self.columns):
            if column.sort == self._query.sort:
                return i, order
        return -1, order

    def is_overdue(self, row: int) -> bool:
        view = self._rows[row]
        return self.kind == "deadlines" and view.status == "open" and view.due < self._as_of

    # -- loading

    def _read(
        self, offset: int, limit: int, with_total: bool
    ) -> tuple[list[Any], int, str, dict[int, str]]:
        query = self._query

        def op(uow: Any) -> tuple[list[Any], int, str, dict[int, str]]:
            total, counted = -1, "exact"
            if with_total:  # the first page and the count in one pass over the list
                first = queries.first_page(uow, query, limit)
                rows, total, counted = first.rows, first.matching, first.counted
            else:
                rows = queries.page(uow, query, offset, limit)
            titles: dict[int, str] = {}
            if self.kind in ("deadlines", "events") and rows:
                titles = queries.matter_titles(uow, sorted({r.matter_id for r in rows}))
            return rows, total, counted, titles

        return self.ctx.read(op)

    def _load(self, limit: int) -> None:
        rows: list[Any] = []
        total, counted, titles = 0, "exact", dict[int, str]()
        if self.ctx.is_unlocked:
            rows, total, counted, titles = self._read(0, limit, with_total=True)
        self.beginResetModel()
        self._as_of = self._today()
        self._rows, self._total, self._matter_titles = rows, total, titles
        self._counted = counted
        self.endResetModel()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(self.kind, *SHOWS_ALSO.get(self.kind, ())):
            self.reload()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        more = self._counted != "exact"
        return not parent.isValid() and (len(self._rows) < self._total or more)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.ctx.is_unlocked:
            return
        start = len(self._rows)
        rows, _total, _counted, titles = self._read(start, PAGE_SIZE, with_total=False)
        if not rows:
            self._total, self._counted = start, "exact"  # deleted meanwhile; stop asking
            return
        if self._counted != "exact" and start + len(rows) > self._total:
            # Scrolled past where counting stopped: the rows loaded are the count so far.
            self._total = start + len(rows)
            self._counted = "at_least" if len(rows) == PAGE_SIZE else "exact"
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self._matter_titles.update(titles)
        self.endInsertRows()

    # -- Qt's side

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.sort is None:
            return self.tr("{0} (this column cannot be sorted)").format(column.header)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self._rows):
            return None  # Qt asks each painted cell for seven roles; two never have an answer
        view = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(view)
        if role == RECORD_ID_ROLE:
            return int(view.id)
        recounted = self.kind == "deadlines" and bool(getattr(view, "review", None))
        if recounted and column.key == "title":
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return self.tr("Recounted: open the deadline to confirm its new date.")
        overdue = self.is_overdue(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return _overdue_look()[0]
        if role == Qt.ItemDataRole.FontRole and overdue:
            return _overdue_look()[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return self._overdue_text(view)
            if column.key == "legal_name" and view.legal_name_on_file:
                return self.tr(
                    "A legal name is on file and sealed. Open the client to reveal it; "
                    "the reveal is written to the audit log."
                )
            text = column.text(view)
            return text if len(text) > column.width else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and overdue:
            return self._overdue_text(view)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return  # e.g. a sealed name or a count: the database cannot order by it
        sort = self.columns[column].sort
        assert sort is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._query.sort, self._query.descending):
            return
        self.set_query(dataclasses.replace(self._query, sort=sort, descending=descending))

    # -- the columns a paralegal reads, per kind

    def _overdue_text(self, view: Any) -> str:
        days = (self._as_of - view.due).days
        if days == 1:
            return self.tr("Overdue: this was due yesterday, {0}.").format(format_due(view.due))
        return self.tr("Overdue: this was due %n day(s) ago, {0}.", "", days).format(
            format_due(view.due)
        )

    def _days_left(self, view: Any) -> str:
        if view.status != "open":
            return ""
        days = (view.due - self._as_of).days
        if days < 0:
            return self.tr("%n day(s) overdue", "", -days)
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Tomorrow")
        return self.tr("%n day(s)", "", days)

    def _matter(self, view: Any) -> str:
        return self._matter_titles.get(view.matter_id, "")

    def _columns_for(self, kind: str) -> tuple[Column, ...]:
        def text(name: str) -> Callable[[Any], str]:
            return lambda v: getattr(v, name) or ""

        def choice(name: str, vocabulary: str) -> Callable[[Any], str]:
            return lambda v: choice_label(getattr(v, name), vocabulary) if getattr(v, name) else ""

        def date(name: str) -> Callable[[Any], str]:
            return lambda v: format_date(getattr(v, name))

        if kind == "matters":
            return (
                Column("title", self.tr("Title"), "title", 44, text("title"), stretch=True),
                Column(
                    "status",
                    self.tr("Status"),
                    "status",
                    12,
                    choice("status", "MatterStatus"),
                    sample=widest_label("MatterStatus"),
                ),
                Column(
                    "case_number", self.tr("Case number"), "case_number", 14, text("case_number")
                ),
                Column("court", self.tr("Court"), "court", 10, text("court")),
                Column("attorney", self.tr("Attorney"), "attorney", 11, text("attorney")),
                Column("paralegal", self.tr("Paralegal"), "paralegal", 11, text("paralegal")),
                Column(
                    "opened",
                    self.tr("Opened"),
                    "opened",
                    12,
                    date("opened"),
                    sample=format_date(dt.date(2026, 9, 30)),
                ),
            )
        if kind == "clients":
            return (
                Column(
                    "pseudonym",
                    self.tr("Pseudonym"),
                    "pseudonym",
                    28,
                    text("pseudonym"),
                    stretch=True,
                ),
                # Never sorted: the order of sealed names would hint at them.
                Column(
                    "legal_name",
                    self.tr("Legal name"),
                    None,
                    10,
                    lambda v: self.tr("Sealed") if v.legal_name_on_file else "",
                ),
                Column(
                    "language",
                    self.tr("Language"),
                    "language",
                    10,
                    lambda v: language_name(v.language),
                ),
                Column(
                    "intake_date",
                    self.tr("Intake date"),
                    "intake_date",
                    12,
                    date("intake_date"),
                    sample=format_date(dt.date(2026, 9, 30)),
                ),
            )
        if kind == "accounts":
            return (
                Column(
                    "platform",
                    self.tr("Platform"),
                    "platform",
                    12,
                    choice("platform", "Platform"),
                    sample=widest_label("Platform"),
                ),
                Column("handle", self.tr("Handle"), "handle", 30, text("handle"), stretch=True),
                Column(
                    "clients",
                    self.tr("Clients"),
                    None,
                    7,
                    lambda v: str(len(v.client_ids)),
                    align_right=True,
                ),
            )
        if kind == "subpoenas":
            return (
                Column("issuer", self.tr("Issuer"), "issuer", 30, text("issuer"), stretch=True),
                Column("recipient", self.tr("Served on"), "recipient", 10, text("recipient")),
                Column(
                    "kind", self.tr("Kind"), "kind", 22, choice("kind_of_process", "SubpoenaKind")
                ),
                Column(
                    "issued",
                    self.tr("Issued"),
                    "issued",
                    12,
                    date("issued"),
                    sample=format_date(dt.date(2026, 9, 30)),
                ),
                Column(
                    "compliance_date",
                    self.tr("Compliance date"),
                    "compliance_date",
                    13,
                    date("compliance_date"),
                    sample=format_date(dt.date(2026, 9, 30)),
                ),
                Column(
                    "status",
                    self.tr("Status"),
                    "status",
                    11,
                    choice("status", "SubpoenaStatus"),
                    sample=widest_label("SubpoenaStatus"),
                ),
                Column(
                    "requested",
                    self.tr("Demands"),
                    None,
                    30,
                    lambda v: ", ".join(choice_label(d, "Demand") for d in v.requested),
                ),
            )
        if kind == "deadlines":
            return (
                Column(
                    "due",
                    self.tr("Due"),
                    "due",
                    16,
                    lambda v: format_due(v.due, v.due_time),
                    sample=format_due(dt.date(2026, 9, 30)),
                ),
                Column(
                    "days_left",
                    self.tr("Days left"),
                    "due",
                    14,
                    self._days_left,
                    sample=self.tr("%n day(s) overdue", "", 99),
                ),
                Column(
                    "title",
                    self.tr("Title"),
                    "title",
                    36,
                    lambda v: deadline_title(v.title),
                    stretch=True,
                ),
                Column("matter", self.tr("Matter"), "matter_id", 22, self._matter),
                Column(
                    "responsible", self.tr("Responsible"), "responsible", 12, text("responsible")
                ),
                Column(
                    "status",
                    self.tr("Status"),
                    "status",
                    9,
                    choice("status", "DeadlineStatus"),
                    sample=widest_label("DeadlineStatus"),
                ),
                Column("citation", self.tr("Citation"), "citation", 14, text("citation")),
            )
        if kind == "events":
            return (
                Column(
                    "date",
                    self.tr("Date"),
                    "date",
                    12,
                    date("date"),
                    sample=format_date(dt.date(2026, 9, 30)),
                ),
                Column(
                    "kind",
                    self.tr("Kind"),
                    "kind",
                    13,
                    choice("kind_of_event", "EventKind"),
                    sample=widest_label("EventKind"),
                ),
                Column("summary", self.tr("Summary"), "summary", 50, text("summary"), stretch=True),
                Column("matter", self.tr("Matter"), "matter_id", 30, self._matter),
            )
        return (  # staff
            Column("name", self.tr("Name"), "name", 24, text("name"), stretch=True),
            Column(
                "role",
                self.tr("Role"),
                "role",
                14,
                choice("role", "StaffRole"),
                sample=widest_label("StaffRole"),
            ),
            Column(
                "active",
                self.tr("Active"),
                "active",
                8,
                lambda v: self.tr("Yes") if v.active else self.tr("No"),
            ),
        )


def _overdue_look() -> tuple[QBrush, QFont]:
    """The red (one that stays readable on the current theme's background) and bold font of an
    overdue deadline's cells."""
    return _look(QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128)


@functools.cache
def _look(dark: bool) -> tuple[QBrush, QFont]:
    """Made once for a dark theme and once for a light one, not for each cell of each paint."""
    font = QFont()
    font.setBold(True)
    return QBrush(QColor("#ff8a80" if dark else "#b3261e")), font
