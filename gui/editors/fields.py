"""A form built from `services.records.SPECS`: one input per field, read and written as the
services expect, with a JSON-able state for drafts and a way to point at a field in error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from gui.vocabulary import choice_label, field_label
from gui.widgets import OptionalDateEdit
from models.errors import ValidationError
from services.records import MAX_WINDOW_DAYS, SPECS, Field

Options = Callable[[Field], list[tuple[int, str]]]

ERROR_STYLE = "color: #b00020; font-weight: bold;"
QWIDGETSIZE_MAX = (1 << 24) - 1  # a widget with no maximum width
FIELD_ERROR_STYLE = "color: #b00020;"


def view_values(view: Any) -> dict[str, Any]:
    """A service view as {field name: value} in the spec's own names."""
    values = dict(view.as_json()) if hasattr(view, "as_json") else dict(view)
    for renamed in ("kind_of_process", "kind_of_event"):
        if renamed in values:
            values["kind"] = values.pop(renamed)
    values.pop("id", None)
    return values


class FieldInput:
    """One field's input: reads the typed value as the service wants it, and keeps a raw
    state (half-typed text included) for drafts."""

    FORM_OPTIONS = False  # the form fills its choices (RecordForm.reload_options)

    def __init__(self, field: Field, label: str):
        self.field = field
        self.label = label
        self.widget: QWidget = QWidget()
        self.focus: QWidget = self.widget

    def _name_it(self) -> None:
        self.focus.setAccessibleName(self.label)
        self.focus.setObjectName(f"field_{self.field.name}")

    def value(self) -> Any:
        return self.state()

    def set_value(self, value: Any) -> None:
        self.set_state(value)

    def state(self) -> Any:
        raise NotImplementedError

    def set_state(self, state: Any) -> None:
        raise NotImplementedError

    def connect(self, slot: Callable[[], None]) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def _error(self, sentence: str) -> ValidationError:
        """`sentence` names the field as {0}."""
        return ValidationError(sentence.format(self.label), field=self.field.name)


class TextInput(FieldInput):
    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.edit = QLineEdit()
        self.edit.setMaxLength(field.max_len)
        self.widget = self.focus = self.edit
        self._name_it()

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def state(self) -> str:
        return self.edit.text()

    def set_state(self, state: Any) -> None:
        self.edit.setText("" if state is None else str(state))

    def connect(self, slot: Callable[[], None]) -> None:
        self.edit.textChanged.connect(lambda _text: slot())

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class MultilineInput(FieldInput):
    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.edit.setMinimumHeight(64)
        self.widget = self.focus = self.edit
        self._name_it()

    def value(self) -> str | None:
        return self.edit.toPlainText().strip() or None

    def state(self) -> str:
        return self.edit.toPlainText()

    def set_state(self, state: Any) -> None:
        self.edit.setPlainText("" if state is None else str(state))

    def connect(self, slot: Callable[[], None]) -> None:
        self.edit.textChanged.connect(slot)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class DateInput(FieldInput):
    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.edit = OptionalDateEdit()
        self.edit.setMaximumWidth(140)
        self.widget = self.focus = self.edit
        self._name_it()

    def value(self) -> dt.date | None:
        try:
            return self.edit.date()
        except ValueError:
            raise self._error(
                QCoreApplication.translate(
                    "fields", "{0} is not a date: type it as YYYY-MM-DD, e.g. 2026-03-31"
                )
            ) from None

    def state(self) -> str:
        return self.edit.text()

    def set_state(self, state: Any) -> None:
        if isinstance(state, dt.date):
            state = state.isoformat()
        self.edit.setText(state or "")

    def connect(self, slot: Callable[[], None]) -> None:
        self.edit.date_changed.connect(slot)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class TimeInput(FieldInput):
    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("fields", "HH:MM"))
        self.edit.setMaxLength(5)
        self.edit.setMaximumWidth(80)
        self.edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{0,2}(:\d{0,2})?$"), self.edit)
        )
        self.widget = self.focus = self.edit
        self._name_it()

    def value(self) -> dt.time | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            if len(text) != 5:
                raise ValueError(text)
            return dt.time.fromisoformat(text)
        except ValueError:
            raise self._error(
                QCoreApplication.translate(
                    "fields", "{0} is not a time: type it as HH:MM, e.g. 17:00"
                )
            ) from None

    def state(self) -> str:
        return self.edit.text()

    def set_state(self, state: Any) -> None:
        if isinstance(state, dt.time):
            state = state.strftime("%H:%M")
        self.edit.setText((state or "")[:5])

    def connect(self, slot: Callable[[], None]) -> None:
        self.edit.textChanged.connect(lambda _text: slot())

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class EnumInput(FieldInput):
    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.combo = QComboBox()
        if not field.required:
            self.combo.addItem(QCoreApplication.translate("fields", "(none)"), None)
        assert field.choices is not None
        for member in field.choices:
            self.combo.addItem(choice_label(member.value, field.choices.__name__), member.value)
        self.widget = self.focus = self.combo
        self._name_it()

    def state(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_state(self, state: Any) -> None:
        index = self.combo.findData(state)
        self.combo.setCurrentIndex(max(index, 0))

    def connect(self, slot: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _index: slot())


class EnumsInput(FieldInput):
    """A checklist: every choice a check box, reachable with Tab and toggled with Space."""

    COLUMNS = 2

    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.widget = QWidget()
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        assert field.choices is not None
        for index, member in enumerate(field.choices):
            text = choice_label(member.value, field.choices.__name__)
            box = QCheckBox(text)
            box.setAccessibleName(text)
            box.setObjectName(f"{field.name}_{member.value}")
            grid.addWidget(box, index // self.COLUMNS, index % self.COLUMNS)
            self.boxes[member.value] = box
        self.widget.setAccessibleName(label)
        self.widget.setObjectName(f"field_{field.name}")
        self.focus = next(iter(self.boxes.values()))

    def state(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_state(self, state: Any) -> None:
        wanted = set(state or ())
        for value, box in self.boxes.items():
            box.setChecked(value in wanted)

    def connect(self, slot: Callable[[], None]) -> None:
        for box in self.boxes.values():
            box.toggled.connect(lambda _on: slot())

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)


class BoolInput(FieldInput):
    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.box = QCheckBox(label)
        self.widget = self.focus = self.box
        self._name_it()

    def state(self) -> bool:
        return self.box.isChecked()

    def set_state(self, state: Any) -> None:
        self.box.setChecked(bool(state))

    def connect(self, slot: Callable[[], None]) -> None:
        self.box.toggled.connect(lambda _on: slot())


class IntInput(FieldInput):
    """A whole number of days that may be "not stated" (the spin box's lowest value)."""

    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.spin = QSpinBox()
        self.spin.setRange(-1, MAX_WINDOW_DAYS)
        self.spin.setSpecialValueText(QCoreApplication.translate("fields", "Not stated"))
        self.spin.setSuffix(QCoreApplication.translate("fields", " days"))
        self.spin.setValue(-1)
        self.spin.setMaximumWidth(140)
        self.widget = self.focus = self.spin
        self._name_it()

    def state(self) -> int | None:
        return None if self.spin.value() < 0 else self.spin.value()

    def set_state(self, state: Any) -> None:
        self.spin.setValue(-1 if state is None else int(state))

    def connect(self, slot: Callable[[], None]) -> None:
        self.spin.valueChanged.connect(lambda _value: slot())

    def set_read_only(self, read_only: bool) -> None:
        self.spin.setReadOnly(read_only)


class RefInput(FieldInput):
    """One record picked from a list (a matter, a subpoena of the matter)."""

    FORM_OPTIONS = True

    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setPlaceholderText(QCoreApplication.translate("fields", "Choose…"))
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.widget = self.focus = self.combo
        self._name_it()

    def set_options(self, options: Iterable[tuple[int, str]]) -> None:
        current = self.state()
        self.combo.blockSignals(True)
        self.combo.clear()
        if not self.field.required:
            self.combo.addItem(QCoreApplication.translate("fields", "(none)"), None)
        for record_id, text in options:
            self.combo.addItem(text, record_id)
        self.combo.blockSignals(False)
        self.set_state(current)

    def state(self) -> int | None:
        data = self.combo.currentData()
        return None if data is None else int(data)

    def set_state(self, state: Any) -> None:
        if state is None:
            index = 0 if not self.field.required else -1
        else:
            index = self.combo.findData(int(state))
            if index < 0:  # not among the options (e.g. not loaded): keep it, by number
                self.combo.addItem(f"#{int(state)}", int(state))
                index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def connect(self, slot: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _index: slot())


class RefsInput(FieldInput):
    """Several records ticked in a list (clients of an account, accounts a subpoena targets).
    Keeps the order they were linked in, so saving an untouched list changes nothing."""

    FORM_OPTIONS = True

    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.widget = self.focus = self.list
        self._order: list[int] = []
        self._name_it()
        self.list.itemChanged.connect(self._item_changed)

    def set_options(self, options: Iterable[tuple[int, str]]) -> None:
        checked = self.state()
        self.list.blockSignals(True)
        self.list.clear()
        for record_id, text in options:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.set_state(checked)

    def _items(self) -> dict[int, QListWidgetItem]:
        out = {}
        for row in range(self.list.count()):
            item = self.list.item(row)
            out[int(item.data(Qt.ItemDataRole.UserRole))] = item
        return out

    def _item_changed(self, item: QListWidgetItem) -> None:
        record_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked and record_id not in self._order:
            self._order.append(record_id)
        elif item.checkState() != Qt.CheckState.Checked and record_id in self._order:
            self._order.remove(record_id)

    def state(self) -> list[int]:
        return list(self._order)

    def set_state(self, state: Any) -> None:
        wanted = [int(v) for v in state or ()]
        items = self._items()
        self.list.blockSignals(True)
        for record_id in wanted:
            if record_id not in items:
                item = QListWidgetItem(f"#{record_id}")
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.list.addItem(item)
                items[record_id] = item
        for record_id, item in items.items():
            item.setCheckState(
                Qt.CheckState.Checked if record_id in wanted else Qt.CheckState.Unchecked
            )
        self.list.blockSignals(False)
        self._order = wanted

    def connect(self, slot: Callable[[], None]) -> None:
        self.list.itemChanged.connect(lambda _item: slot())

    def set_read_only(self, read_only: bool) -> None:
        self.list.setEnabled(not read_only)


def make_input(kind: str, field: Field) -> FieldInput:
    """The input a field of `kind` gets by default."""
    label = field_label(kind, field.name)
    if field.kind == "text":
        return (MultilineInput if field.multiline else TextInput)(field, label)
    by_kind: dict[str, type[FieldInput]] = {
        "date": DateInput,
        "time": TimeInput,
        "int": IntInput,
        "bool": BoolInput,
        "enum": EnumInput,
        "enums": EnumsInput,
        "ref": RefInput,
        "refs": RefsInput,
    }
    return by_kind[field.kind](field, label)


class RecordForm(QWidget):
    """Rows of labelled inputs for some fields of one record kind. A required field's label
    ends in an asterisk and its input says "Required" to a screen reader; a problem with a
    field is shown beside it, in red, every problem at once."""

    changed = Signal()

    def __init__(
        self,
        kind: str,
        names: Sequence[str],
        options: Options | None = None,
        *,
        bare: bool = False,
        beside: Mapping[str, QWidget] | None = None,
        make: Callable[[str, Field], FieldInput] = make_input,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.kind = kind
        self.spec = SPECS[kind]
        self.inputs: dict[str, FieldInput] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if bare:
            self.layout_.setContentsMargins(0, 0, 0, 0)
        beside = beside or {}
        for name in names:
            field = self.spec.field(name)
            field_input = make(kind, field)
            self.inputs[name] = field_input
            row_widget = self._row(name, field_input, beside.get(name))
            self._rows[name] = row_widget
            if bare or field.kind == "bool":
                self.layout_.addRow(row_widget)
            else:
                text = field_input.label + (" *" if field.required else "")
                label = QLabel(text)
                label.setBuddy(field_input.focus)
                self.labels[name] = label
                self.layout_.addRow(label, row_widget)
            field_input.focus.setAccessibleDescription(self._description(name))
            field_input.connect(self.changed.emit)
        if options is not None:
            self.reload_options(options)

    def _row(self, name: str, field_input: FieldInput, beside: QWidget | None) -> QWidget:
        """The input, what goes beside it, and room for its problem to the right: shown there,
        a problem narrows the input but never moves a row."""
        row_widget = QWidget()
        box = QHBoxLayout(row_widget)
        box.setContentsMargins(0, 0, 0, 0)
        if field_input.widget.maximumWidth() < QWIDGETSIZE_MAX:  # a date, a time: stays left
            box.addWidget(field_input.widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            box.addWidget(field_input.widget, 3)
        if beside is not None:
            box.addWidget(beside, 1)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(FIELD_ERROR_STYLE)
        error.setWordWrap(True)
        font = error.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        error.setFont(font)
        # Never taller than the row it sits in: a long sentence is cut, whole in its tooltip.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        policy.setHeightForWidth(False)
        error.setSizePolicy(policy)
        error.setMaximumHeight(max(field_input.widget.sizeHint().height(), 1))
        error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        error.hide()
        box.addWidget(error, 2)
        self.errors[name] = error
        row_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return row_widget

    def _description(self, name: str, problem: str = "") -> str:
        required = self.spec.field(name).required
        parts = [QCoreApplication.translate("fields", "Required")] if required else []
        return " ".join([*parts, problem]).strip()

    # -- reading and writing

    def reload_options(self, options: Options, names: Iterable[str] | None = None) -> None:
        for name in names or self.inputs:
            field_input = self.inputs[name]
            if isinstance(field_input, RefInput | RefsInput) and field_input.FORM_OPTIONS:
                field_input.set_options(options(field_input.field))

    def values(self) -> dict[str, Any]:
        """Every field as the services take it; raises ValidationError naming the field."""
        return {name: field_input.value() for name, field_input in self.inputs.items()}

    def read(self) -> tuple[dict[str, Any], list[ValidationError]]:
        """The fields that can be read, and a problem for each that cannot (a half-typed date)."""
        values: dict[str, Any] = {}
        problems: list[ValidationError] = []
        for name, field_input in self.inputs.items():
            try:
                values[name] = field_input.value()
            except ValidationError as exc:
                problems.append(exc)
        return values, problems

    def load(self, values: Mapping[str, Any]) -> None:
        for name, field_input in self.inputs.items():
            if name in values:
                field_input.set_value(values[name])

    def state(self) -> dict[str, Any]:
        return {name: field_input.state() for name, field_input in self.inputs.items()}

    def set_state(self, state: Mapping[str, Any]) -> None:
        for name, field_input in self.inputs.items():
            if name in state:
                field_input.set_state(state[name])

    def row_of(self, name: str) -> int:
        position: Any = self.layout_.getWidgetPosition(self._rows[name])  # (row, role)
        return int(position[0])

    def insert_row(self, row: int, label: QLabel, widget: QWidget) -> None:
        """A row that is not a generic field (a sealed value), placed among the fields."""
        self.layout_.insertRow(row, label, widget)

    # -- looks

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.layout_.setRowVisible(self._rows[name], visible)

    def set_read_only(self, name: str, read_only: bool = True) -> None:
        self.inputs[name].set_read_only(read_only)

    def mark_errors(self, problems: Mapping[str, str]) -> list[str]:
        """Show each problem ({field: sentence}) beside its field on this form: the label in
        red, the sentence to the right, the input's accessible description saying it. Returns
        the fields shown, in the form's order."""
        self.clear_errors()
        shown = [name for name in self.inputs if name in problems]
        for name in shown:
            label = self.labels.get(name)
            if label is not None:
                label.setStyleSheet(ERROR_STYLE)
            error = self.errors[name]
            error.setText(problems[name])
            error.setToolTip(problems[name])
            error.setAccessibleName(
                QCoreApplication.translate("fields", "Problem with {0}").format(
                    self.inputs[name].label
                )
            )
            error.show()
            self.inputs[name].focus.setAccessibleDescription(
                self._description(name, problems[name])
            )
        return shown

    def mark_error(self, name: str | None, sentence: str = "") -> bool:
        """Point at one field in error and focus it; False if it is not on this form."""
        if name is None or name not in self.inputs:
            self.clear_errors()
            return False
        self.mark_errors({name: sentence})
        self.focus_field(name)
        return True

    def focus_field(self, name: str) -> None:
        """Focus a field, bringing forward the tab it is on (a matter's Notes tab) first."""
        widget = self.inputs[name].focus
        ancestors: list[QWidget] = [widget]
        while (parent := ancestors[-1].parentWidget()) is not None:
            ancestors.append(parent)
        for page, tabs in zip(ancestors, ancestors[2:], strict=False):
            if isinstance(tabs, QTabWidget) and tabs.indexOf(page) >= 0:
                tabs.setCurrentWidget(page)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        for label in self.labels.values():
            label.setStyleSheet("")
        for name, error in self.errors.items():
            error.hide()
            error.clear()
            self.inputs[name].focus.setAccessibleDescription(self._description(name))

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for field_input in self.inputs.values():
            if isinstance(field_input, EnumsInput):
                chain.extend(field_input.boxes.values())
            else:
                chain.append(field_input.focus)
        return chain
