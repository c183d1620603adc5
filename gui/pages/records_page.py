"""One page per record kind: a filter bar over a long, sortable list, and the everyday actions
on the selected rows (open, copy, mark a deadline done, move a subpoena's status)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.amounts import number
from gui.context import AppContext
from gui.editors.labels import deadline_status_said, record_label
from gui.fitting import narrow_combo
from gui.messages import show_error
from gui.table_models import RecordTableModel
from gui.vocabulary import choice_label
from gui.widgets import OptionalDateEdit
from models.errors import QuashError
from services import queries, records
from services.changes import Changes
from services.queries import DATE_COLUMN, PERSON_COLUMNS, ListQuery
from services.records import spec_for

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

FILTER_DELAY_MS = 250  # long enough to type a word, short enough to feel live
STATUS_MESSAGE_MS = 15000  # what a status change did stays readable for a while
# The tickler list: what is still to be done, unless the person asks for more.
DEFAULT_STATUS = {"deadlines": "open"}


class RecordsPage(QWidget):
    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self._spec = spec_for(kind)
        self._words = self._words_for(kind)
        self.setObjectName(f"{kind}Page")
        self.model = RecordTableModel(ctx, kind, self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)

        heading = QLabel(f"<h2>{self._words['title']}</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.new_button = QPushButton(self._words["new"])
        self.new_button.setAccessibleName(self._words["new"].rstrip("…").replace("&", ""))
        self.new_button.clicked.connect(lambda: ctx.open_record.emit(kind, 0))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self._build_filter_bar()
        self._build_table()
        self._build_actions()

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(24)
        bottom.addWidget(self.done_label, 1)
        bottom.addWidget(self.undo_button)
        layout.addLayout(bottom)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_actions())
        ctx.data_changed.connect(self._on_data_changed)
        ctx.unlocked.connect(self._fill_people)
        self._selected_ids: list[int] = []
        self._fill_people()
        self.apply_filter()

    # -- building

    def _words_for(self, kind: str) -> dict[str, str]:
        """Every sentence that names the kind, whole, so translators see each one."""
        words = {
            "matters": (
                self.tr("Matters"),
                self.tr("Ne&w matter…"),
                self.tr("No matters yet. Press “New matter…” to open the first case file."),
                self.tr("Opened"),
            ),
            "clients": (
                self.tr("Clients"),
                self.tr("Ne&w client…"),
                self.tr(
                    "No clients yet. Press “New client…” to add one under a pseudonym; "
                    "a legal name, if you record one, stays sealed."
                ),
                self.tr("Intake"),
            ),
            "accounts": (
                self.tr("Accounts"),
                self.tr("Ne&w account…"),
                self.tr(
                    "No accounts yet. Press “New account…” to add a social-media account "
                    "that a subpoena targets."
                ),
                "",
            ),
            "subpoenas": (
                self.tr("Subpoenas"),
                self.tr("Ne&w subpoena…"),
                self.tr(
                    "No subpoenas yet. Press “New subpoena…” to log one as soon as the "
                    "platform's notice arrives."
                ),
                self.tr("Issued"),
            ),
            "deadlines": (
                self.tr("Deadlines"),
                self.tr("Ne&w deadline…"),
                self.tr("No deadlines yet. Press “New deadline…” to add the first one."),
                self.tr("Due"),
            ),
            "events": (
                self.tr("Docket events"),
                self.tr("Ne&w docket event…"),
                self.tr("No docket events yet. Press “New docket event…” to record one."),
                self.tr("Date"),
            ),
            "staff": (
                self.tr("Staff"),
                self.tr("Ne&w staff member…"),
                self.tr("No staff yet. Press “New staff member…” to add someone."),
                "",
            ),
        }[kind]
        return dict(zip(("title", "new", "empty", "date"), words, strict=True))

    def _status_vocabulary(self) -> str:
        choices = self._spec.field("status").choices
        return choices.__name__ if choices is not None else ""

    def _build_filter_bar(self) -> None:
        bar = QHBoxLayout()
        self.filter_bar = bar

        def labelled(text: str, widget: QWidget, accessible: str) -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(accessible)
            bar.addWidget(label)
            bar.addWidget(widget)

        self.text_filter = QLineEdit()
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setPlaceholderText(self.tr("Type to filter"))
        self.text_filter.textChanged.connect(lambda _t: self._debounce.start())
        self.text_filter.returnPressed.connect(self.apply_filter)  # no need to wait
        labelled(self.tr("Filte&r:"), self.text_filter, self.tr("Filter text"))

        self.status_filter: QComboBox | None = None
        if "status" in self._spec.field_names:
            combo = narrow_combo(QComboBox(), 8)  # long status names must not widen the page
            combo.addItem(self.tr("Any status"), None)
            vocabulary = self._status_vocabulary()
            for choice in self._spec.field("status").choices or ():
                combo.addItem(choice_label(choice.value, vocabulary), choice.value)
            default = DEFAULT_STATUS.get(self.kind)
            if default:
                combo.setCurrentIndex(combo.findData(default))
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            labelled(self.tr("&Status:"), combo, self.tr("Status filter"))
            self.status_filter = combo

        self.person_filter: QComboBox | None = None
        if self.kind in PERSON_COLUMNS:
            combo = narrow_combo(QComboBox(), 8)  # nor a long name
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            labelled(self.tr("&Person:"), combo, self.tr("Person filter"))
            self.person_filter = combo

        self.date_from: OptionalDateEdit | None = None
        self.date_to: OptionalDateEdit | None = None
        if self.kind in DATE_COLUMN:
            self.date_from, self.date_to = OptionalDateEdit(), OptionalDateEdit()
            for edit in (self.date_from, self.date_to):
                edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 40)
                edit.date_changed.connect(self._debounce.start)
            labelled(
                self.tr("{0} fro&m:").format(self._words["date"]),
                self.date_from,
                self.tr("{0} from").format(self._words["date"]),
            )
            labelled(self.tr("t&o:"), self.date_to, self.tr("{0} to").format(self._words["date"]))

        self.clear_button = QPushButton(self.tr("C&lear filter"))
        self.clear_button.clicked.connect(self.clear_filter)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        # What the last status change did, with a way back (Undo, or Ctrl+Z on the list).
        self.done_label = QLabel()
        self.done_label.setObjectName("statusChangeMessage")
        self.done_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("undoStatusChange")
        self.undo_button.setAccessibleName(self.tr("Undo the last status change"))
        self.undo_button.clicked.connect(self.undo_status_change)
        self.undo_button.hide()
        self._undo: dict[int, str] = {}

    def _build_table(self) -> None:
        table = QTableView()
        self.table = table
        table.setObjectName(f"{self.kind}Table")
        table.setAccessibleName(self.tr("{0} list").format(self._words["title"]))
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move within it
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_context_menu)
        table.activated.connect(self._open_index)  # double-click (Enter is the Open action)
        table.installEventFilter(self)
        table.verticalHeader().hide()
        row_height = table.fontMetrics().height() + 10
        table.verticalHeader().setDefaultSectionSize(row_height)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        plain = table.fontMetrics()
        bold_font = table.font()
        bold_font.setBold(True)  # overdue rows are bold; their dates must still fit
        bold = QFontMetrics(bold_font)
        for i, column in enumerate(self.model.columns):
            if column.sample:
                text_width = bold.horizontalAdvance(column.sample)
            else:
                text_width = plain.averageCharWidth() * column.width
            # room for the cell's margins, and in the header for the sort arrow
            width = max(text_width + 16, plain.horizontalAdvance(column.header) + 28)
            header.resizeSection(i, width)
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        sorted_at, order = self.model.sorted_column()
        header.setSortIndicator(max(sorted_at, 0), order)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], *keys: QKeySequence) -> QAction:
            act = QAction(text, self)
            if keys:
                act.setShortcuts(list(keys))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.table.addAction(act)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.open_action = action(
            self.tr("&Open"),
            self.open_selected,
            QKeySequence(Qt.Key.Key_Return),
            QKeySequence(Qt.Key.Key_Enter),
        )
        self.copy_action = action(
            self.tr("&Copy row"), self.copy_selected, QKeySequence(QKeySequence.StandardKey.Copy)
        )
        self.status_actions: list[QAction] = []
        if self.kind == "deadlines":
            self.done_action = action(
                self.tr("Mark &done"),
                lambda: self.set_status_of_selection("done"),
                QKeySequence("Ctrl+D"),
            )
            self.vacate_action = action(
                self.tr("&Vacate"), lambda: self.set_status_of_selection("vacated")
            )
            self.reopen_action = action(
                self.tr("&Reopen"), lambda: self.set_status_of_selection("open")
            )
            self.status_actions = [self.done_action, self.vacate_action, self.reopen_action]
        self.undo_action = action(
            self.tr("&Undo status change"),
            self.undo_status_change,
            QKeySequence(QKeySequence.StandardKey.Undo),
        )
        self.undo_action.setEnabled(False)
        self.status_menu: QMenu | None = None
        if self.kind in ("matters", "subpoenas"):
            self.status_menu = QMenu(self.tr("Set &status"), self)
            vocabulary = self._status_vocabulary()
            for choice in self._spec.field("status").choices or ():
                act = self.status_menu.addAction(choice_label(choice.value, vocabulary))
                act.setCheckable(True)
                act.setData(choice.value)
                act.triggered.connect(
                    lambda _checked=False, value=choice.value: self.set_status_of_selection(value)
                )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The table claims Ctrl+C for copying one cell; a paralegal wants whole rows.
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            self.copy_selected()
            return True
        return super().eventFilter(watched, event)

    # -- filtering

    def current_query(self) -> ListQuery:
        """The filters as typed, keeping the list's sort. Half-typed dates are left out."""
        current = self.model.query

        def day(edit: OptionalDateEdit | None) -> dt.date | None:
            try:
                return edit.date() if edit else None
            except ValueError:
                return None

        return dataclasses.replace(
            current,
            text=self.text_filter.text().strip(),
            status=self.status_filter.currentData() if self.status_filter else None,
            person=self.person_filter.currentData() if self.person_filter else None,
            date_from=day(self.date_from),
            date_to=day(self.date_to),
        )

    def is_filtered(self) -> bool:
        q = self.current_query()
        return bool(q.text or q.status or q.person or q.date_from or q.date_to)

    def apply_filter(self) -> None:
        self._debounce.stop()
        query = self.current_query()
        if query != self.model.query:
            self._guard(lambda: self.model.set_query(query))
        else:
            self._update_state()

    def clear_filter(self) -> None:
        widgets = [self.text_filter, self.status_filter, self.person_filter]
        for widget in [*widgets, self.date_from, self.date_to]:
            if widget is not None:
                widget.blockSignals(True)
        self.text_filter.clear()
        for combo in (self.status_filter, self.person_filter):
            if combo is not None:
                combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            if edit is not None:
                edit.clear()
        for widget in [*widgets, self.date_from, self.date_to]:
            if widget is not None:
                widget.blockSignals(False)
        self.apply_filter()

    def _fill_people(self) -> None:
        combo = self.person_filter
        if combo is None or not self.ctx.is_unlocked:
            return
        chosen = combo.currentData()
        names = self.ctx.read(queries.people)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Anyone"), None)
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        combo.blockSignals(False)
        if chosen and combo.currentData() != chosen:
            self.apply_filter()  # the person chosen is no longer named anywhere

    # -- refreshing

    def refresh(self) -> None:
        """Read the list again (the main window calls this when the page is shown)."""
        self._fill_people()
        self._guard(self.model.reload)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("matters", "deadlines", "staff"):
            self._fill_people()

    def _remember_selection(self) -> None:
        self._selected_ids = [self.model.record_id(r) for r in self.selected_rows()]

    def _after_reset(self) -> None:
        selection = self.table.selectionModel()
        first = True
        for record_id in self._selected_ids:
            row = self.model.row_of(record_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)
        self._update_state()

    def _update_state(self) -> None:
        """Show the list, or say plainly why it is empty; keep the count line current."""
        matching = self.model.total
        filtered = self.is_filtered()
        in_vault = matching
        counted = self.model.counted
        if (filtered or counted != "exact") and self.ctx.is_unlocked:
            in_vault = self.model.vault_total()  # counted once per change, not per keystroke
        if matching:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(
                self.tr("Nothing matches the filter.") if in_vault else self._words["empty"]
            )
            self.stack.setCurrentWidget(self.empty_label)
        # Counting stops early in a large vault (queries.COUNT_LIMIT): counting every match
        # would cost each keystroke more than finding the rows shown.
        if filtered and counted == "more_than":
            self.count_label.setText(
                self.tr("Matching: more than {0} of {1}").format(number(matching), number(in_vault))
            )
        elif filtered and counted == "at_least":
            self.count_label.setText(
                self.tr("Matching: at least {0} of {1}").format(number(matching), number(in_vault))
            )
        elif filtered:
            self.count_label.setText(
                self.tr("Matching: {0} of {1}").format(number(matching), number(in_vault))
            )
        else:
            self.count_label.setText(self.tr("Total: {0}").format(number(in_vault)))
        self._enable_actions()

    def _keep_sortable_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A column the database cannot sort by keeps the arrow where the sort really is."""
        if self.model.is_sortable(column):
            return
        sorted_column, order = self.model.sorted_column()
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(sorted_column, order)
        header.blockSignals(False)

    # -- actions on the selection

    def selected_rows(self) -> list[int]:
        selection = self.table.selectionModel()
        return sorted({i.row() for i in selection.selectedRows()}) if selection else []

    def selected_ids(self) -> list[int]:
        return [self.model.record_id(row) for row in self.selected_rows()]

    def _enable_actions(self) -> None:
        """Offer only what would change something for the rows selected."""
        rows = self.selected_rows()
        self.open_action.setEnabled(bool(rows))
        self.copy_action.setEnabled(bool(rows))
        has_status = "status" in self._spec.field_names
        statuses = {self.model.view(row).status for row in rows} if has_status else set()
        if self.kind == "deadlines":
            self.done_action.setEnabled(bool(rows) and statuses != {"done"})
            self.vacate_action.setEnabled(bool(rows) and statuses != {"vacated"})
            self.reopen_action.setEnabled(bool(rows) and statuses != {"open"})
        if self.status_menu is not None:
            self.status_menu.setEnabled(bool(rows))
            for act in self.status_menu.actions():
                act.setChecked(statuses == {act.data()})

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.open_record.emit(self.kind, self.model.record_id(index.row()))

    def open_selected(self) -> None:
        current = self.table.currentIndex()
        rows = self.selected_rows()
        if current.isValid() and current.row() in rows:
            self._open_index(current)
        elif rows:
            self._open_index(self.model.index(rows[0], 0))

    def copy_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            text = "\n".join(self.model.row_text(row) for row in rows)
            QGuiApplication.clipboard().setText(text)

    def set_status_of_selection(self, status: str) -> None:
        views = [self.model.view(row) for row in self.selected_rows()]
        before = {v.id: v.status for v in views if v.status != status}
        if not before:
            return
        kind = self.kind

        def change(uow: UnitOfWork) -> None:
            for record_id in before:
                records.set_status(uow, kind, record_id, status)

        try:
            self.ctx.write(change)
        except QuashError as exc:
            show_error(self, exc)
            return
        changed = [v for v in views if v.id in before]
        self._say_done(self._status_said(status, changed), before)

    def _status_said(self, status: str, changed: list[Any]) -> str:
        """What a status change did, in the words of the list: "Marked done: Opposition due
        Tue 15 Dec 2026"; several: "Marked done: 3 deadlines"."""
        if self.kind == "deadlines":
            return deadline_status_said(status, [(v.title, v.due) for v in changed])
        label = choice_label(status, self._status_vocabulary())
        what = record_label(changed[0]) if len(changed) == 1 else str(len(changed))
        return self.tr("Status set to {0}: {1}").format(label, what)

    def _say_done(self, text: str, before: dict[int, str]) -> None:
        self._undo = before
        self.done_label.setText(text)
        self.undo_button.show()
        self.undo_action.setEnabled(True)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def undo_status_change(self) -> None:
        """Put back the statuses the last change replaced (audited, like any change)."""
        before = self._undo
        if not before:
            return
        kind = self.kind

        def change(uow: UnitOfWork) -> None:
            for record_id, status in before.items():
                records.set_status(uow, kind, record_id, status)

        try:
            self.ctx.write(change)
        except QuashError as exc:
            show_error(self, exc)
            return
        self._undo = {}
        self.undo_button.hide()
        self.undo_action.setEnabled(False)
        text = self.tr("Undone: the status is as it was.")
        self.done_label.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def context_menu(self) -> QMenu:
        """The menu for the selected rows (built fresh so it shows the current state)."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Actions on the selected rows"))
        menu.addAction(self.open_action)
        menu.addAction(self.copy_action)
        self._enable_actions()
        if self.status_actions:
            menu.addSeparator()
            menu.addActions(self.status_actions)
        if self.status_menu is not None:
            menu.addSeparator()
            menu.addMenu(self.status_menu)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in self.selected_rows():
            self.table.selectRow(index.row())
        if not self.selected_rows():
            return
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _guard(self, work: Callable[[], object]) -> None:
        """Run a read or change; a refusal is shown to the person as one sentence."""
        try:
            work()
        except QuashError as exc:
            show_error(self, exc)
