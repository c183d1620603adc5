"""Until the full GUI lands, `make run` opens a window that says how to use Quash today."""

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from gui.app import PlaceholderWindow


def test_placeholder_window_opens_and_points_to_the_command_line(qtbot: QtBot) -> None:
    window = PlaceholderWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Quash"
    text = window.findChild(QLabel).text()
    assert "python main.py init --vault DIR" in text
    assert not window.grab().isNull()
