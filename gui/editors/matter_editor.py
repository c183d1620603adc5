"""The matter editor: the case at a glance in tabs (overview, clients and their accounts,
subpoenas, deadlines, docket, notes, history), with the docketing actions beside the deadlines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.editors.base import RecordEditor
from gui.editors.documents_box import DocumentsBox
from gui.editors.labels import (
    deadline_status_said,
    describe_audit,
    notice_said,
    record_label,
)
from gui.editors.tables import ID_ROLE, RecordList
from gui.fitting import fit_to_screen, narrow_combo
from gui.vocabulary import choice_label, deadline_title, event_summary, goes_with
from models.errors import QuashError
from services import audit, documents, queries, records
from services.changes import Changes
from services.queries import ListQuery

if TYPE_CHECKING:
    from gui.intake_dialog import IntakeDialog
    from storage.uow import UnitOfWork

OVERVIEW = (
    "title",
    "status",
    "court",
    "case_number",
    "judge",
    "attorney",
    "paralegal",
    "opened",
    "closed",
)
LIST_LIMIT = 5000
ALL_PARTS = frozenset({"clients", "subpoenas", "deadlines", "events", "documents", "history"})
# Which lists a change to one kind of record can affect.
PARTS_FOR: dict[str, frozenset[str]] = {
    "matters": frozenset({"clients", "history"}),
    "clients": frozenset({"clients"}),
    "accounts": frozenset({"clients"}),
    "subpoenas": frozenset({"subpoenas"}),
    "deadlines": frozenset({"deadlines", "events"}),
    "events": frozenset({"events", "deadlines"}),
    "audit": frozenset({"history"}),
    "documents": frozenset({"documents"}),
}


def _button(text: str, slot: Callable[[], None], accessible: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    if accessible:
        button.setAccessibleName(accessible)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def _local_time(at: str) -> str:
    when = dt.datetime.fromisoformat(at)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class MatterEditor(RecordEditor):
    # How the matter opens the records it lists (gui.editors.open_editor, handed in when the
    # editor is made, so this module need not import the package that imports it).
    open_related: Callable[..., RecordEditor]

    def build_body(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Matter"))
        self.overview = self.make_form(OVERVIEW)
        overview_page = QWidget()
        column = QVBoxLayout(overview_page)
        column.addWidget(self.overview)
        column.addStretch(1)
        self.tabs.addTab(overview_page, self.tr("&Overview"))
        self.tabs.addTab(self._clients_tab(), self.tr("&Clients && accounts"))
        self.tabs.addTab(self._subpoenas_tab(), self.tr("Su&bpoenas"))
        self.tabs.addTab(self._deadlines_tab(), self.tr("Dead&lines"))
        self.tabs.addTab(self._docket_tab(), self.tr("Doc&ket"))
        self.tabs.addTab(self._documents_tab(), self.tr("Doc&uments"))
        self.notes_page = notes_page = QWidget()
        notes_column = QVBoxLayout(notes_page)
        self.notes_form = self.make_form(("notes",))
        notes_input = self.notes_form.inputs["notes"]
        notes_input.focus.setMinimumHeight(240)
        notes_column.addWidget(self.notes_form, 1)
        self.tabs.addTab(notes_page, self.tr("&Notes"))
        self.tabs.addTab(self._history_tab(), self.tr("&History"))
        fit_to_screen(self, 940, 620)
        self.ctx.data_changed.connect(self._data_changed)
        return self.tabs

    # ---- tabs ---------------------------------------------------------------------------------

    def _clients_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.clients_tree = QTreeWidget()
        self.clients_tree.setColumnCount(3)
        self.clients_tree.setHeaderLabels(
            [self.tr("Client or account"), self.tr("Platform"), self.tr("Identity")]
        )
        self.clients_tree.setAccessibleName(self.tr("Clients of this matter and their accounts"))
        self.clients_tree.itemDoubleClicked.connect(lambda item, _c: self._open_client_item(item))
        column.addWidget(self.clients_tree, 1)
        add_row = QHBoxLayout()
        self.client_choice = QComboBox()
        self.client_choice.setAccessibleName(self.tr("Client to add"))
        narrow_combo(self.client_choice, 24)  # a long pseudonym must not widen the editor
        label = QLabel(self.tr("Add a client:"))
        label.setBuddy(self.client_choice)
        add_row.addWidget(label)
        add_row.addWidget(self.client_choice, 1)
        self.add_client_button = _button(self.tr("&Add to matter"), self.add_client)
        add_row.addWidget(self.add_client_button)
        add_row.addWidget(_button(self.tr("New client…"), self.new_client))
        column.addLayout(add_row)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.tr("Open"), self.open_client))
        self.remove_client_button = _button(self.tr("&Remove from matter"), self.remove_client)
        buttons.addWidget(self.remove_client_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return page

    def _subpoenas_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.subpoena_list = RecordList(
            [
                self.tr("Issued by → served on"),
                self.tr("Kind"),
                self.tr("Issued"),
                self.tr("Status"),
                self.tr("Demands"),
            ],
            self.tr("Subpoenas of this matter"),
            stretch=4,
        )
        self.subpoena_list.activated_id.connect(lambda i: self._open("subpoenas", i))
        column.addWidget(self.subpoena_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.tr("Ne&w subpoena…"), self.new_subpoena))
        buttons.addWidget(
            _button(self.tr("New subpoena from a &document…"), self.new_subpoena_from_document)
        )
        buttons.addWidget(
            _button(
                self.tr("Open"),
                lambda: self._open_selected(self.subpoena_list, "subpoenas"),
                self.tr("Open subpoena"),
            )
        )
        buttons.addStretch(1)
        column.addLayout(buttons)
        return page

    def _deadlines_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.deadline_list = RecordList(
            [
                self.tr("Due"),
                self.tr("What is due"),
                self.tr("Status"),
                self.tr("Citation"),
                self.tr("Responsible"),
            ],
            self.tr("Deadlines of this matter"),
            multi=True,
            stretch=1,
        )
        self.deadline_list.activated_id.connect(lambda i: self._open("deadlines", i))
        column.addWidget(self.deadline_list, 1)
        add = QHBoxLayout()
        self.add_rule_button = _button(self.tr("Add from &rule…"), self.add_from_rule)
        add.addWidget(self.add_rule_button)
        add.addWidget(_button(self.tr("Add by h&and…"), self.add_by_hand))
        add.addWidget(_button(self.tr("&Docket event…"), self.docket_event))
        add.addStretch(1)
        add.addWidget(
            _button(
                self.tr("Open"),
                lambda: self._open_selected(self.deadline_list, "deadlines"),
                self.tr("Open deadline"),
            )
        )
        add.addWidget(_button(self.tr("&Mark done"), lambda: self.set_deadline_status("done")))
        add.addWidget(_button(self.tr("&Vacate"), lambda: self.set_deadline_status("vacated")))
        self.undo_status_button = _button(
            self.tr("&Undo"), self.undo_deadline_status, self.tr("Undo the last status change")
        )
        self.undo_status_button.hide()
        self._status_undo: dict[int, str] = {}  # what the last Mark done or Vacate replaced
        add.addWidget(self.undo_status_button)
        column.addLayout(add)
        return page

    def _documents_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.documents = DocumentsBox(
            self,
            self.tr("Documents of this matter, its subpoenas and its docket"),
            lambda: documents.on_matter(self.record_id) if self.record_id else None,
            whole_matter=True,
        )
        column.addWidget(self.documents, 1)
        row = QHBoxLayout()
        row.addWidget(
            _button(
                self.tr("&Draft from a template…"),
                self.draft_document,
                self.tr("Draft a motion or letter from a template"),
            )
        )
        row.addStretch(1)
        column.addLayout(row)
        return page

    def draft_document(self) -> None:
        """A .docx draft (a motion to quash, a letter) merged from this matter's records."""
        from gui.drafting_dialog import DraftDialog

        if self.record_id is None:
            return
        self.draft_dialog = DraftDialog(self.ctx, self.record_id, self)
        self.draft_dialog.open()

    def _docket_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.event_list = RecordList(
            [self.tr("Date"), self.tr("Kind"), self.tr("What happened")],
            self.tr("Docket of this matter"),
            stretch=2,
        )
        self.event_list.activated_id.connect(lambda i: self._open("events", i))
        column.addWidget(self.event_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(
            _button(
                self.tr("Docket event…"),
                self.docket_event,
                self.tr("Docket an event and its deadlines"),
            )
        )
        buttons.addWidget(
            _button(
                self.tr("Add entry…"),
                self.new_event,
                self.tr("Add a docket entry without deadlines"),
            )
        )
        buttons.addWidget(
            _button(
                self.tr("Open"),
                lambda: self._open_selected(self.event_list, "events"),
                self.tr("Open docket entry"),
            )
        )
        buttons.addStretch(1)
        column.addLayout(buttons)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.history_list = RecordList(
            [self.tr("When"), self.tr("Who"), self.tr("What")],
            self.tr("History of this matter"),
            stretch=2,
        )
        column.addWidget(self.history_list, 1)
        self.history_empty = QLabel(
            self.tr(
                "Nothing is recorded for this matter yet. Records brought in by an import are "
                "logged as one import entry in the audit log."
            )
        )
        self.history_empty.setWordWrap(True)
        self.history_empty.hide()
        column.addWidget(self.history_empty)
        return page

    # ---- loading ------------------------------------------------------------------------------

    def new_defaults(self) -> dict[str, Any]:
        return {**super().new_defaults(), "opened": dt.date.today()}

    def load_extra(self, view: Any | None) -> None:
        saved = view is not None
        for index in range(1, self.tabs.count()):
            if self.tabs.widget(index) is not self.notes_page:
                self.tabs.setTabEnabled(index, saved)
        if saved:
            self.refresh_lists()

    def _data_changed(self, changes: Changes) -> None:
        parts = frozenset().union(*(PARTS_FOR.get(kind, frozenset()) for kind in changes.kinds))
        if self.record_id is not None and parts and self.ctx.is_unlocked:
            try:
                self.refresh_lists(parts)
            except QuashError:
                pass  # the matter was deleted elsewhere; its editor stays as typed

    def refresh_lists(self, parts: frozenset[str] = ALL_PARTS) -> None:
        """Reload the lists a change can affect (all of them by default)."""
        matter_id = self.record_id
        if matter_id is None:
            return

        def read(uow: UnitOfWork) -> dict[str, Any]:
            data: dict[str, Any] = {}
            if "clients" in parts:
                matter = records.get(uow, "matters", matter_id)
                wanted = set(matter.client_ids)
                data["clients"] = [records.get(uow, "clients", c) for c in matter.client_ids]
                data["accounts"] = [
                    a for a in records.list_records(uow, "accounts") if wanted & set(a.client_ids)
                ]
                data["others"] = [
                    c for c in records.list_records(uow, "clients") if c.id not in wanted
                ]
            if "subpoenas" in parts:
                query = ListQuery("subpoenas", matter_id=matter_id)
                data["subpoenas"] = queries.page(uow, query, 0, LIST_LIMIT)
            if "deadlines" in parts:
                query = ListQuery("deadlines", matter_id=matter_id, sort="due")
                data["deadlines"] = queries.page(uow, query, 0, LIST_LIMIT)
            if "events" in parts:
                data["events"] = queries.events_for_matter(uow, matter_id)
            if "history" in parts:
                data["history"] = audit.entries(uow, entity="matter", entity_id=matter_id)
            return data

        data = self.ctx.read(read)
        if "documents" in parts:
            self.documents.refresh()
        if "clients" in data:
            self._fill_clients(data["clients"], data["accounts"], data["others"])
        if "subpoenas" in data:
            self._fill_subpoenas(data["subpoenas"])
        if "deadlines" in data:
            self._fill_deadlines(data["deadlines"])
        if "events" in data:
            self.event_list.fill(
                (
                    e.id,
                    (
                        e.date.isoformat(),
                        choice_label(e.kind_of_event, "EventKind"),
                        event_summary(e.summary, e.trigger_id),
                    ),
                )
                for e in data["events"]
            )
        if "history" in data:
            self.history_list.fill(
                (
                    e.seq,
                    (_local_time(e.at), e.actor, describe_audit("matters", e.action, e.detail)),
                )
                for e in data["history"]
            )
            self.history_empty.setVisible(not data["history"])

    def _fill_subpoenas(self, subpoenas: list[Any]) -> None:
        self.subpoena_list.fill(
            (
                s.id,
                (
                    f"{s.issuer} → {s.recipient}",
                    choice_label(s.kind_of_process, "SubpoenaKind"),
                    s.issued.isoformat() if s.issued else "",
                    choice_label(s.status, "SubpoenaStatus"),
                    ", ".join(choice_label(d, "Demand") for d in s.requested),
                ),
            )
            for s in subpoenas
        )

    def _fill_deadlines(self, deadlines: list[Any]) -> None:
        today = dt.date.today()
        self.deadline_list.fill(
            (
                d.id,
                (
                    d.due.isoformat()
                    + (f" {d.due_time.strftime('%H:%M')}" if d.due_time else "")
                    + (self.tr(" (set by hand)") if d.overridden else ""),
                    deadline_title(d.title),
                    choice_label(d.status, "DeadlineStatus")
                    + (self.tr(", overdue") if d.status == "open" and d.due < today else ""),
                    d.citation or "",
                    d.responsible or "",
                ),
                "muted" if d.status != "open" else ("alert" if d.due < today else ""),
            )
            for d in deadlines
        )

    def _fill_clients(self, clients: list[Any], accounts: list[Any], others: list[Any]) -> None:
        self.clients_tree.clear()
        for client in clients:
            identity = (
                self.tr("Legal name on file (sealed)")
                if client.legal_name_on_file
                else self.tr("No legal name on file")
            )
            item = QTreeWidgetItem([client.pseudonym, "", identity])
            item.setData(0, ID_ROLE, ("clients", client.id))
            for account in accounts:
                if client.id in account.client_ids:
                    child = QTreeWidgetItem(
                        [
                            account.handle,
                            choice_label(account.platform, "Platform"),
                            account.url or "",
                        ]
                    )
                    child.setData(0, ID_ROLE, ("accounts", account.id))
                    item.addChild(child)
            self.clients_tree.addTopLevelItem(item)
            item.setExpanded(True)
        for column in range(2):
            self.clients_tree.resizeColumnToContents(column)
        self.client_choice.clear()
        for client in sorted(others, key=lambda c: c.pseudonym.casefold()):
            self.client_choice.addItem(record_label(client), client.id)
        self.add_client_button.setEnabled(bool(others))

    # ---- actions ------------------------------------------------------------------------------

    def _open(self, kind: str, record_id: int, prefill: dict[str, Any] | None = None) -> QDialog:
        editor = self.open_related(self.ctx, kind, record_id, self.parentWidget(), prefill=prefill)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _open_selected(self, table: RecordList, kind: str) -> None:
        current = table.currentItem()
        ids = table.selected_ids() or ([int(current.data(0, ID_ROLE))] if current else [])
        if ids:
            self._open(kind, ids[0])

    def _write(self, fn: Callable[[UnitOfWork], Any]) -> bool:
        self.show_error(None)
        try:
            self.ctx.write(fn)
        except QuashError as exc:
            self.show_error(exc)
            return False
        return True

    def add_client(self) -> None:
        client_id = self.client_choice.currentData()
        matter_id = self.record_id
        if client_id is None or matter_id is None:
            return
        self._write(
            lambda uow: records.add_client_to_matter(uow, matter_id, int(client_id)),
        )

    def remove_client(self) -> None:
        item = self.clients_tree.currentItem()
        matter_id = self.record_id
        if item is None or matter_id is None:
            return
        while (parent := item.parent()) is not None:
            item = parent
        _kind, client_id = item.data(0, ID_ROLE)
        self._write(
            lambda uow: records.remove_client_from_matter(uow, matter_id, client_id),
        )

    def new_client(self) -> None:
        editor = self._open("clients", 0)
        matter_id = self.record_id
        assert matter_id is not None

        def link(client_id: int) -> None:
            if self.ctx.is_unlocked:
                self._write(
                    lambda uow: records.add_client_to_matter(uow, matter_id, client_id),
                )

        editor.saved.connect(link)  # type: ignore[attr-defined]

    def open_client(self) -> None:
        item = self.clients_tree.currentItem()
        if item is not None:
            self._open_client_item(item)

    def _open_client_item(self, item: QTreeWidgetItem) -> None:
        kind, record_id = item.data(0, ID_ROLE)
        self._open(kind, record_id)

    def new_subpoena(self) -> None:
        self._open("subpoenas", 0, {"matter_id": self.record_id})

    def new_subpoena_from_document(self) -> None:
        """Read a subpoena, a scan or a platform's notice email and confirm its fields."""
        from gui.intake_dialog import IntakeDialog

        assert self.record_id is not None
        dialog = IntakeDialog(self.ctx, self.record_id, self)
        dialog.accepted.connect(lambda: self._intake_saved(dialog))
        dialog.open()

    def _intake_saved(self, dialog: IntakeDialog) -> None:
        """Say what the save did to the deadline the platform's notice sets, as the subpoena
        editor does."""
        if dialog.notice_deadline is not None:
            self.status_label.setText(notice_said(dialog.notice_deadline))

    def new_event(self) -> None:
        self._open("events", 0, {"matter_id": self.record_id, "date": dt.date.today()})

    def add_by_hand(self) -> None:
        self._open("deadlines", 0, {"matter_id": self.record_id})

    def add_from_rule(self) -> None:
        from gui.editors.deadline_dialogs import AddFromRuleDialog

        assert self.record_id is not None
        dialog = AddFromRuleDialog(self.ctx, self.record_id, self)
        dialog.open()

    def docket_event(self) -> None:
        from gui.editors.deadline_dialogs import DocketEventDialog

        assert self.record_id is not None
        dialog = DocketEventDialog(self.ctx, self.record_id, self)
        dialog.open()

    def set_deadline_status(self, status: str) -> None:
        ids = self.deadline_list.selected_ids()
        if not ids:
            self.show_error(self.tr("Choose one or more deadlines first."))
            return

        def change(uow: UnitOfWork) -> dict[int, tuple[str, str, Any]]:
            before = {}
            for deadline_id in ids:
                old = records.get(uow, "deadlines", deadline_id)
                records.set_status(uow, "deadlines", deadline_id, status)
                before[deadline_id] = (old.status, old.title, old.due)
            return before

        self.show_error(None)
        try:
            before = self.ctx.write(change)
        except QuashError as exc:
            self.show_error(exc)
            return
        self._status_undo = {deadline_id: old for deadline_id, (old, _t, _d) in before.items()}
        changed = [(title, due) for _old, title, due in before.values()]
        self.status_label.setText(deadline_status_said(status, changed))
        self.undo_status_button.show()

    def undo_deadline_status(self) -> None:
        """Put back the statuses the last Mark done or Vacate replaced (audited)."""
        before = self._status_undo
        if not before:
            return

        def change(uow: UnitOfWork) -> None:
            for deadline_id, status in before.items():
                records.set_status(uow, "deadlines", deadline_id, status)

        if self._write(change):
            self._status_undo = {}
            self.undo_status_button.hide()
            self.status_label.setText(self.tr("Undone: the status is as it was."))

    def delete_question(self, counts: dict[str, int]) -> str:
        taken = goes_with(counts)
        if not taken:
            return super().delete_question(counts)
        return self.tr(
            "Delete this matter with {0}? Clients and accounts stay. It goes to the Trash, "
            "where it can be restored until the trash is emptied."
        ).format(taken)

    def _cleanup(self, _result: int = 0) -> None:
        if not self._cleaned_up:
            self.ctx.data_changed.disconnect(self._data_changed)
        super()._cleanup(_result)
