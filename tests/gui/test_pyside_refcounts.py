"""PySide6 must not lose references to Python objects it hands back.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call of a Qt method that
returns void (update(), setText(), processEvents() …). None is an ordinary object there, so after
a few thousand such calls its count reached zero and the interpreter aborted ("deallocating
None"), in the middle of a paralegal's work or at the latest when the app quit. Python 3.12 made
None immortal, which hides the fault there; the packaged app runs Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

CALLS = 2_000


def test_calling_qt_methods_that_return_nothing_keeps_none_alive(qtbot: QtBot) -> None:
    label = QLabel("Reply due")
    qtbot.addWidget(label)
    label.show()
    app = QApplication.instance()
    assert app is not None
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText(f"Reply due in {i} days")  # void
        label.update()  # void
        app.processEvents()  # void
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"{lost} references to None lost in {CALLS} rounds of calls"
