"""The audit log, newest first, and a check that no entry was edited, removed or reordered."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.amounts import data_size, record_count, record_counts
from gui.context import AppContext
from gui.i18n import QT_TRANSLATE_NOOP, weekday_date
from gui.pages.dashboard import alert_red, heading_font
from gui.table_models import HeadedTableModel
from gui.tasks import TaskHandle
from gui.vocabulary import (
    audit_action,
    audit_entity,
    choice_label,
    field_label,
    rule_title,
    trigger_title,
    vocabulary_of,
)
from services import audit
from services.audit import AuditView, ChainReport
from services.changes import Changes
from services.records import SPECS

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

AnyIndex = QModelIndex | QPersistentModelIndex
BATCH = 200  # rows handed to the view at a time as it scrolls
SUMMARY_LENGTH = 160


def local_time(at: str) -> str:
    """An entry's UTC time as the reader's local time: Mon 16 May 2016 14:03:07."""
    try:
        when = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    when = when.astimezone()
    return f"{weekday_date(when.date())} {when:%H:%M:%S}"


# What the keys of an audit entry's detail mean, when they are not fields of the record.
DETAIL_KEYS = {
    "fields": QT_TRANSLATE_NOOP("AuditModel", "Fields"),
    "field": QT_TRANSLATE_NOOP("AuditModel", "Field"),
    "step": QT_TRANSLATE_NOOP("AuditModel", "Step"),
    "file": QT_TRANSLATE_NOOP("AuditModel", "File"),
    "backup_id": QT_TRANSLATE_NOOP("AuditModel", "Backup"),
    "bytes": QT_TRANSLATE_NOOP("AuditModel", "Size"),
    "audit_head": QT_TRANSLATE_NOOP("AuditModel", "Last audit entry"),
    "removed_older": QT_TRANSLATE_NOOP("AuditModel", "Older backups removed"),
    "backup_created": QT_TRANSLATE_NOOP("AuditModel", "Backup made"),
    "schema_upgraded_from": QT_TRANSLATE_NOOP("AuditModel", "Schema upgraded from"),
    "audit_head_matches": QT_TRANSLATE_NOOP("AuditModel", "Audit log as the backup recorded"),
    "replaced_a_vault": QT_TRANSLATE_NOOP("AuditModel", "Replaced a vault"),
    "trigger": QT_TRANSLATE_NOOP("AuditModel", "Event"),
    "deadlines": QT_TRANSLATE_NOOP("AuditModel", "Deadlines"),
    "day": QT_TRANSLATE_NOOP("AuditModel", "Day"),
    "counts": QT_TRANSLATE_NOOP("AuditModel", "Records"),
    "remembered": QT_TRANSLATE_NOOP("AuditModel", "Remembered on this computer"),
    "office_name_set": QT_TRANSLATE_NOOP("AuditModel", "Office name given"),
    "demo": QT_TRANSLATE_NOOP("AuditModel", "Demo vault"),
    "synthetic": QT_TRANSLATE_NOOP("AuditModel", "Made-up records"),
    "include_sealed": QT_TRANSLATE_NOOP("AuditModel", "Sealed values included"),
    "format": QT_TRANSLATE_NOOP("AuditModel", "Format"),
    "rows": QT_TRANSLATE_NOOP("AuditModel", "Rows"),
    "pages": QT_TRANSLATE_NOOP("AuditModel", "Pages"),
    "names_revealed": QT_TRANSLATE_NOOP("AuditModel", "Legal names shown"),
    "revealed_client_ids": QT_TRANSLATE_NOOP("AuditModel", "Clients whose names were shown"),
    "from": QT_TRANSLATE_NOOP("AuditModel", "From"),
    "to": QT_TRANSLATE_NOOP("AuditModel", "To"),
    "person": QT_TRANSLATE_NOOP("AuditModel", "Person"),
    "overdue_included": QT_TRANSLATE_NOOP("AuditModel", "Overdue included"),
    "group": QT_TRANSLATE_NOOP("AuditModel", "Grouped by"),
    "version": QT_TRANSLATE_NOOP("AuditModel", "Version"),
}
# The vault's settings (entity "setting"), by key.
SETTINGS = {
    "office_name": QT_TRANSLATE_NOOP("AuditModel", "Office name"),
    "default_calendar": QT_TRANSLATE_NOOP("AuditModel", "Default court calendar"),
    "autolock_minutes": QT_TRANSLATE_NOOP("AuditModel", "Lock after minutes idle"),
    "last_verified_backup": QT_TRANSLATE_NOOP("AuditModel", "Last verified backup"),
}
# Words the services write as values into the log.
STORED_VALUES = {
    "(sealed)": QT_TRANSLATE_NOOP("AuditModel", "(sealed)"),
    "created and verified": QT_TRANSLATE_NOOP("AuditModel", "created and verified"),
    "restored from a backup": QT_TRANSLATE_NOOP("AuditModel", "restored from a backup"),
}
_KINDS = {spec.singular: spec.name for spec in SPECS.values()}  # "staff member" -> "staff"


def _translated(table: dict[str, str], key: str, default: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate("AuditModel", text) if text is not None else default


def _key(entity: str, key: str) -> str:
    """A detail's key as the forms name it: a field's label, or what the key means."""
    if entity == "setting":
        return _translated(SETTINGS, key, key)
    if key in DETAIL_KEYS:
        return _translated(DETAIL_KEYS, key, key)
    return field_label(_KINDS.get(entity, "*"), key)


def _value(value: Any, entity: str = "", key: str = "") -> str:
    """A value of the log in words: choices as the forms show them, sizes, counts, yes or no."""
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("AuditModel", "(empty)")
    if isinstance(value, bool):
        yes = QCoreApplication.translate("AuditModel", "yes")
        return yes if value else QCoreApplication.translate("AuditModel", "no")
    kind = _KINDS.get(entity, "")
    if key in ("fields", "field"):
        names = value if isinstance(value, list) else [value]
        return ", ".join(field_label(kind or "*", str(n)) for n in names)
    if key == "counts" and isinstance(value, dict):
        return record_counts({str(k): int(n) for k, n in value.items()})
    if key == "deadlines" and isinstance(value, dict):
        return record_count("deadlines", len(value))
    if key == "bytes" and isinstance(value, int):
        return data_size(value)
    if key == "trigger" and isinstance(value, str):
        return trigger_title(value, value)
    if key == "rule_id" and isinstance(value, str):
        return rule_title(value, value)
    if isinstance(value, str):
        if value in STORED_VALUES:
            return _translated(STORED_VALUES, value, value)
        vocabulary = _vocabulary(kind, key)
        return choice_label(value, vocabulary) if vocabulary else value
    if isinstance(value, list):
        return ", ".join(_value(v, entity, key) for v in value)
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _vocabulary(kind: str, key: str) -> str:
    try:
        return vocabulary_of(kind, key) if kind else ""
    except (KeyError, StopIteration, ValueError):
        return ""  # not a field of that kind: shown as stored


def summarise(entity: str, detail: dict[str, Any]) -> str:
    """One line for the table; the full detail goes in the tooltip. Details hold field names
    and unsealed values only (the log never records a sealed value)."""
    parts: list[str] = []
    for key, value in detail.items():
        if key == "changed" and isinstance(value, dict):
            for name, change in value.items():
                label = _key(entity, name)
                if isinstance(change, list) and len(change) == 2:
                    old, new = (_value(v, entity, name) for v in change)
                    parts.append(f"{label}: {old} → {new}")
                else:
                    parts.append(f"{label}: {_value(change, entity, name)}")
        else:
            parts.append(f"{_key(entity, key)}: {_value(value, entity, key)}")
    text = "; ".join(parts)
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1] + "…"


def record_text(entry: AuditView) -> str:
    entity = audit_entity(entry.entity)
    return entity if entry.entity_id is None else f"{entity} {entry.entity_id}"


class AuditModel(HeadedTableModel):
    """Entries newest first. All are loaded off the GUI thread; the view is handed them a
    batch at a time as it scrolls (canFetchMore/fetchMore), so a long log opens quickly."""

    COLUMNS = ("at", "actor", "action", "record", "detail")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._entries: list[AuditView] = []
        self._shown = 0
        self._headers = (
            self.tr("Time"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Detail"),
        )

    def set_entries(self, entries: Sequence[AuditView]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._shown = min(BATCH, len(self._entries))
        self.endResetModel()

    def entry(self, row: int) -> AuditView:
        return self._entries[row]

    @property
    def total(self) -> int:
        return len(self._entries)

    # -- fetching on demand

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and self._shown < len(self._entries)

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802 - Qt's name
        if parent.isValid():
            return
        more = min(BATCH, len(self._entries) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    # -- Qt's model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else self._shown

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        entry = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "at":
                return local_time(entry.at)
            if column == "actor":
                return entry.actor
            if column == "action":
                return audit_action(entry.action)
            if column == "record":
                return record_text(entry)
            return summarise(entry.entity, entry.detail)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "detail":
                full = json.dumps(entry.detail, ensure_ascii=False, indent=1, sort_keys=True)
                return self.tr("Entry {0}\n{1}").format(entry.seq, full)
            if column == "at":
                return self.tr("Entry {0}, recorded {1} (UTC)").format(entry.seq, entry.at)
        if role == Qt.ItemDataRole.UserRole:
            return entry.seq
        return None


class AuditPage(QWidget):
    """Read the history of the vault, filter it by action, and check it is intact."""

    loaded = Signal(int)  # entries loaded
    verified = Signal(bool)  # True when the chain is intact

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._all: list[AuditView] = []
        self._stale = True
        self._load_generation = 0
        self._loading = False
        self.load_task: TaskHandle | None = None
        self.verify_task: TaskHandle | None = None
        self.setAccessibleName(self.tr("Audit log"))

        title = QLabel(self.tr("Audit log"))
        font = heading_font(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        explain = QLabel(
            self.tr(
                "Every change, reveal and export, newest first. Each entry is chained to the "
                "one before it, so an edited or deleted entry shows up when the history is "
                "verified. Sealed values are never written here."
            )
        )
        explain.setWordWrap(True)

        self.action_filter = QComboBox()
        self.action_filter.setAccessibleName(self.tr("Show entries for action"))
        self.action_filter.addItem(self.tr("All actions"), None)
        self.action_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        filter_label = QLabel(self.tr("&Action:"))
        filter_label.setBuddy(self.action_filter)
        self.count_label = QLabel()
        self.refresh_button = QPushButton(self.tr("&Reload"))
        self.refresh_button.setAccessibleName(self.tr("Reload the audit log"))
        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button = QPushButton(self.tr("&Verify history"))
        self.verify_button.setAccessibleName(
            self.tr("Verify that no audit entry was edited, removed or reordered")
        )
        self.verify_button.clicked.connect(self.verify)
        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.action_filter)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.verify_button)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Verification result"))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit entries, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column, mode in enumerate((fit, fit, fit, fit, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)

        ctx.data_changed.connect(self._on_data_changed)
        ctx.locked.connect(self.clear)

    # -- loading (off the GUI thread: a busy office's log is long)

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            self.clear()
            return
        if self._loading and not self._stale:
            return  # a load of the current history is already on its way
        self._stale = False
        self._loading = True
        self._load_generation += 1
        generation = self._load_generation
        self.count_label.setText(self.tr("Loading…"))

        def op(uow: UnitOfWork, _task: Any) -> list[AuditView]:
            return audit.entries(uow)

        self.load_task = self.ctx.background(
            op,
            on_done=lambda entries: self._loaded(generation, entries),
            on_error=self._load_failed,
        )

    def _loaded(self, generation: int, entries: list[AuditView]) -> None:
        if generation != self._load_generation or not self.ctx.is_unlocked:
            return  # a newer load is on its way, or the vault locked meanwhile
        self._loading = False
        self._all = entries
        self._fill_actions()
        self._apply_filter()
        self.loaded.emit(len(entries))

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self._stale = True
        self.count_label.setText(message)

    def _fill_actions(self) -> None:
        current = self.action_filter.currentData()
        actions = sorted({e.action for e in self._all})
        self.action_filter.blockSignals(True)
        try:
            self.action_filter.clear()
            self.action_filter.addItem(self.tr("All actions"), None)
            for action in actions:
                self.action_filter.addItem(audit_action(action), action)
            index = self.action_filter.findData(current) if current else 0
            self.action_filter.setCurrentIndex(max(0, index))
        finally:
            self.action_filter.blockSignals(False)

    def set_action(self, action: str | None) -> None:
        """Show only entries of one action ("create", "reveal", …), or all with None."""
        index = self.action_filter.findData(action) if action else 0
        self.action_filter.setCurrentIndex(max(0, index))

    def _entry_count(self, n: int) -> str:
        return self.tr("%n entr(y|ies)", "", n)

    def _apply_filter(self) -> None:
        action = self.action_filter.currentData()
        shown = [e for e in self._all if e.action == action] if action else self._all
        self.model.set_entries(shown)
        self.table.resizeColumnsToContents()
        if action:
            self.count_label.setText(
                self.tr("{0} of {1}").format(len(shown), self._entry_count(len(self._all)))
            )
        else:
            self.count_label.setText(self._entry_count(len(self._all)))

    def clear(self) -> None:
        """Forget what was shown (the vault locked)."""
        self._load_generation += 1
        self._loading = False
        self._all = []
        self._stale = True
        self.model.set_entries(())
        self.count_label.clear()
        self.result.clear()
        self.result.hide()
        self.verify_button.setEnabled(True)

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.touches("audit"):
            return
        self._stale = True  # while hidden, reload when next shown
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale and self.ctx.is_unlocked:
            self.refresh()

    # -- verifying the chain

    def verify(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.verify_button.setEnabled(False)
        self._say(self.tr("Checking every entry of the history…"), problem=False)

        def op(uow: UnitOfWork, _task: Any) -> ChainReport:
            return audit.verify(uow)

        self.verify_task = self.ctx.background(
            op, on_done=self._verified, on_error=self._verify_failed
        )

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.intact:
            self._say(
                self.tr("History intact: {0}.").format(self._entry_count(report.entries)),
                False,
            )
        else:
            lines = "\n".join(f"• {p}" for p in report.problems)
            heading = self.tr(
                "History NOT intact: %n problem(s) in {0}.", "", len(report.problems)
            ).format(self._entry_count(report.entries))
            self._say(heading + "\n" + lines, True)
        self.verified.emit(report.intact)

    def _verify_failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self._say(self.tr("The history could not be checked: {0}").format(message), True)

    def _say(self, text: str, problem: bool) -> None:
        palette = self.result.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            alert_red(self.palette())
            if problem
            else self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.result.setPalette(palette)
        self.result.setText(text)
        self.result.show()
