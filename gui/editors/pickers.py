"""Inputs that offer what to pick: a pick list for free text that must not split the register
(an agency, a platform, a person; `services.pick_lists`), and the accounts a subpoena targets,
the matter's clients' accounts first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.editors.fields import FieldInput, RefsInput
from services.pick_lists import Suggestion, matching
from services.records import Field

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # what a pick puts in the field


def shown(suggestion: Suggestion) -> str:
    """A suggestion as the list shows it: the value, and its note when it has one."""
    if suggestion.note:
        return QCoreApplication.translate("fields", "{0} — {1}").format(
            suggestion.value, suggestion.note
        )
    return suggestion.value


class PickInput(FieldInput):
    """An editable combo: the known values (a shipped list or the staff) and then, after a
    line, the ones this office has used. Typing offers every value whose name or short name
    contains what was typed, ignoring case and accents; any other value may be typed."""

    def __init__(self, field: Field, label: str, offered: Sequence[Suggestion]):
        super().__init__(field, label)
        self.offered = list(offered)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit = self.combo.lineEdit()
        assert edit is not None
        self.edit = edit
        self.edit.setMaxLength(field.max_len)
        previous = None
        for suggestion in self.offered:
            if previous is not None and suggestion.source == "office" != previous:
                self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(shown(suggestion), suggestion.value)
            previous = suggestion.source
        self.combo.setCurrentIndex(-1)
        self.combo.activated.connect(self._chosen)
        # What typing offers: a list of its own, filled as the person types (Qt's completer
        # matches only case-insensitively, never ignoring accents or by a short name).
        self.matches = QStandardItemModel(self.combo)
        self.completer = QCompleter(self.matches, self.combo)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(VALUE_ROLE)
        self.completer.setMaxVisibleItems(10)
        self.combo.setCompleter(self.completer)
        self.edit.textEdited.connect(self._offer)
        self._closer = _PopupCloser(self)
        self.edit.installEventFilter(self._closer)
        self.widget = self.focus = self.combo
        self._name_it()

    def _offer(self, typed: str) -> None:
        found = matching(self.offered, typed) if typed.strip() else []
        self.matches.clear()
        for suggestion in found:
            item = QStandardItem(shown(suggestion))
            item.setData(suggestion.value, VALUE_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        popup = self.completer.popup()
        if found and [s.value for s in found] != [typed]:
            self.completer.setCompletionPrefix("")
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def _chosen(self, index: int) -> None:
        value = self.combo.itemData(index)
        if value is not None:
            self.edit.setText(str(value))

    def suggestions_now(self) -> list[str]:
        """What the list under the field offers now, as shown."""
        popup = self.completer.popup()
        if popup is None or not popup.isVisible():
            return []
        return [self.matches.item(row).text() for row in range(self.matches.rowCount())]

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def state(self) -> str:
        return self.edit.text()

    def set_state(self, state: Any) -> None:
        self.edit.setText("" if state is None else str(state))

    def connect(self, slot: Any) -> None:
        self.edit.textChanged.connect(lambda _text: slot())

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.combo.setEnabled(not read_only)


class _PopupCloser(QObject):
    """Closes the offered list when the field loses focus to another field."""

    def __init__(self, pick: PickInput):
        super().__init__(pick.combo)
        self.pick = pick

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            reason = getattr(event, "reason", lambda: None)()
            popup = self.pick.completer.popup()
            if reason != Qt.FocusReason.PopupFocusReason and popup is not None:
                popup.hide()
        return False


class AccountsInput(RefsInput):
    """The accounts a subpoena targets: this matter's clients' accounts first; then, under a
    heading and behind "Show all accounts", every other account in the vault, which may be
    picked too. An account already targeted is always shown."""

    FORM_OPTIONS = False  # filled by the editor, grouped (set_choices), not by the form

    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.show_all = QCheckBox(QCoreApplication.translate("fields", "Show all accounts"))
        self.show_all.setObjectName("showAllAccounts")
        self.show_all.setToolTip(
            QCoreApplication.translate(
                "fields", "Also list accounts of clients who are not on this matter"
            )
        )
        self.show_all.toggled.connect(lambda _on: self._apply_visibility())
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addWidget(self.show_all)
        self._others: set[int] = set()
        self._heading: QListWidgetItem | None = None
        self._none_hint: QListWidgetItem | None = None

    def set_choices(
        self, of_matter: Iterable[tuple[int, str]], others: Iterable[tuple[int, str]]
    ) -> None:
        checked = self.state()
        first, rest = list(of_matter), list(others)
        self.list.blockSignals(True)
        self.list.clear()
        self._none_hint = None
        if not first:
            self._none_hint = self._note(
                QCoreApplication.translate(
                    "fields", "No client of this matter has an account on file."
                ),
                italic=True,
            )
        for record_id, text in first:
            self.list.addItem(self._account(record_id, text))
        self._heading = self._note(
            QCoreApplication.translate("fields", "Other accounts in the vault"), bold=True
        )
        for record_id, text in rest:
            self.list.addItem(self._account(record_id, text))
        self._others = {record_id for record_id, _text in rest}
        self.list.blockSignals(False)
        self.set_state(checked)

    def _account(self, record_id: int, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _note(self, text: str, *, bold: bool = False, italic: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: read, never ticked or selected
        font = QFont(self.list.font())
        font.setBold(bold)
        font.setItalic(italic)
        item.setFont(font)
        self.list.addItem(item)
        return item

    def _items(self) -> dict[int, QListWidgetItem]:
        out = {}
        for row in range(self.list.count()):
            item = self.list.item(row)
            record_id = item.data(Qt.ItemDataRole.UserRole)
            if record_id is not None:
                out[int(record_id)] = item
        return out

    def set_state(self, state: Any) -> None:
        super().set_state(state)
        self._apply_visibility()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole) is not None:
            super()._item_changed(item)

    def _apply_visibility(self) -> None:
        checked = set(self.state())
        everything = self.show_all.isChecked()
        any_other = False
        for record_id, item in self._items().items():
            if record_id in self._others:
                visible = everything or record_id in checked
                item.setHidden(not visible)
                any_other = any_other or visible
        if self._heading is not None:
            self._heading.setHidden(not any_other)

    def shown_accounts(self) -> list[str]:
        """The list as a person sees it, headings included."""
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.show_all.setEnabled(not read_only)
