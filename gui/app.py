"""Start the desktop app. Until the full GUI lands this is a placeholder window that says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

PLACEHOLDER = (
    "<h2>Quash</h2>"
    "<p>The encrypted case file works from the command line while the desktop window "
    "is being built:</p>"
    "<pre>python main.py init --vault DIR\n"
    "python main.py demo --vault DIR\n"
    "python main.py status --vault DIR\n"
    "python main.py list matters --vault DIR</pre>"
    "<p>See README.md for every command.</p>"
)


class PlaceholderWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Quash"))
        label = QLabel(self.tr(PLACEHOLDER))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(label)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.resize(560, 360)


def run_gui(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Quash")
    window = PlaceholderWindow()
    window.show()
    return int(app.exec())
