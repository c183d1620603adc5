"""Small widgets shared by editors and pages."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class OptionalDateEdit(QLineEdit):
    """A date that may be left empty, typed as YYYY-MM-DD (QDateEdit cannot be empty)."""

    date_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$"), self
            )
        )
        self.setMaxLength(10)
        self.textChanged.connect(lambda _text: self.date_changed.emit())

    def date(self) -> dt.date | None:
        """The date typed, None when empty. Raises ValueError when half-typed or not real."""
        text = self.text().strip()
        if not text:
            return None
        if not ISO.match(text):
            raise ValueError(f"{text!r} is not a date as YYYY-MM-DD")
        return dt.date.fromisoformat(text)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")
