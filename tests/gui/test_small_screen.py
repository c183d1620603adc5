"""The main window works at 1,024×700: it takes that size, and on every page the controls a
person needs lie inside the window (none cut off past its edge)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.main_window import MainWindow

SMALL = QSize(1024, 700)
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)


@pytest.fixture
def small_window(qtbot: QtBot, demo_ctx: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    yield window


def in_scroll_area(widget: QWidget, page: QWidget) -> bool:
    """Inside a scroll area a control may lie below the fold: the area scrolls to it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def cut_off(window: MainWindow, page: QWidget) -> list[str]:
    inside = window.rect()
    out = []
    for control in page.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisible():
            continue
        if in_scroll_area(control, page) or control.window() is not window:
            continue
        where = QRect(control.mapTo(window, QPoint(0, 0)), control.size())
        if not inside.contains(where):
            name = control.accessibleName() or getattr(control, "text", lambda: "")()
            out.append(f"{type(control).__name__} {name!r} at {where}")
    return out


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_works_at_1024_by_700(
    qtbot: QtBot, request: pytest.FixtureRequest, language: str
) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    window = request.getfixturevalue("small_window")
    assert window.size() == SMALL
    assert window.minimumSizeHint().width() <= SMALL.width()
    assert window.minimumSizeHint().height() <= SMALL.height()
    for index in range(window.pages.count()):
        window.show_page(index)
        QApplication.processEvents()
        assert window.size() == SMALL, window._page_titles[index]
        page = window.pages.currentWidget()
        assert page.isVisible()
        problems = cut_off(window, page)
        assert not problems, (window._page_titles[index], problems)
    assert window.search.isVisible() and window.nav.isVisible()
