"""The explanation trail of a computed deadline: one step of the count per line, read-only,
so a paralegal can check the date against the rules by hand."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from gui.i18n import current_language
from models import trail as trails


class TrailView(QPlainTextEdit):
    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible_name)
        self.setObjectName("trail")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines = QFontMetrics(self.font()).lineSpacing()
        self.setMinimumHeight(lines * 6)

    def show_steps(self, steps: Sequence[str]) -> None:
        self.setPlainText("\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1)))

    def show_trail(self, steps: Sequence[trails.Step]) -> None:
        """A trail as data, worded in the reader's language."""
        self.show_steps(trails.words(steps, current_language()))

    def show_stored(self, stored: str | None) -> None:
        """A trail as the vault keeps it (steps as JSON, or the English lines of old vaults)."""
        self.show_steps(trails.render(stored, current_language()))

    def show_message(self, text: str) -> None:
        self.setPlainText(text)

    def steps_text(self) -> str:
        return self.toPlainText()
