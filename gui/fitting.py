"""Windows that fit the screen they open on, whatever the text: a dialog's first size is at most
the screen's free area, and long texts in combo boxes and lines wrap or elide instead of pushing
buttons off the screen (a 1,280×800 laptop, or 1,024×700)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

# Room left for the window manager's title bar and borders around a window's own area.
FRAME_ALLOWANCE = (16, 40)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give `window` the size it reads best at, or less where its screen is smaller."""
    screen = window.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - FRAME_ALLOWANCE[0])
        height = min(height, free.height() - FRAME_ALLOWANCE[1])
    window.resize(width, height)


def narrow_combo(combo: QComboBox, characters: int = 28) -> QComboBox:
    """A combo box as wide as `characters`, whatever its longest item (each item's whole text
    is its tooltip and shows in the open list)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def elide_label(label: QLabel, text: str, width: int) -> None:
    """Show `text` on one line of at most `width` pixels, with the whole text as tooltip when it
    had to be shortened."""
    metrics = QFontMetrics(label.font())
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    label.setText(shown)
    label.setToolTip(text if shown != text else "")


def elide_button(button: QAbstractButton, characters: int = 72) -> QAbstractButton:
    """A check box or button whose text cannot wrap: at most about `characters` wide, the whole
    text in its tooltip where it had to be shortened (a long matter title, a long label)."""
    text = button.text()
    metrics = button.fontMetrics()
    shown = metrics.elidedText(
        text, Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * characters
    )
    button.setText(shown)
    if shown != text:
        button.setToolTip(text)
        button.setAccessibleDescription(text)
    return button
