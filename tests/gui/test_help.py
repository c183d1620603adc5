"""The Help menu as a person uses it (every shortcut of the window listed, F1 opens the how-to)
and the demo vault's banner, shown only in the demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.help import HowToDialog, ShortcutsDialog
from gui.main_window import MainWindow
from gui.tasks import TaskRunner
from services import vaults
from storage.keyslots import MINIMUM_ARGON2

BANNER = "Demo vault — public sample cases only; do not enter real clients"


def _show(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, app_ctx: AppContext) -> MainWindow:
    return _show(qtbot, app_ctx)


@pytest.fixture
def demo_window(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, preferences: QSettings
) -> Iterator[MainWindow]:
    """The main window on a vault made as the first-run wizard's "open the demo" makes it."""
    folder = tmp_path / "demo"
    vault = vaults.open_demo(
        folder, "demo vault passphrase", actor="S. Chen", office_name="Demo", params=MINIMUM_ARGON2
    )
    ctx = AppContext(runner, "S. Chen", preferences=preferences)
    ctx.set_vault(vault, folder)
    yield _show(qtbot, ctx)
    runner.wait_all(10000)
    vault.lock()


def test_the_demo_vault_says_so_on_every_page(qtbot: QtBot, demo_window: MainWindow) -> None:
    banner = demo_window.demo_banner
    assert banner.isVisible() and banner.text() == BANNER
    assert "background" in banner.styleSheet()  # coloured, not a plain line of text
    for index in range(demo_window.pages.count()):
        demo_window.show_page(index)
        assert banner.isVisible()
    # The window shows the banner over the pages, across the whole width.
    assert banner.width() >= demo_window.pages.width()


def test_an_office_vault_shows_no_demo_banner(window: MainWindow) -> None:
    assert not window.demo_banner.isVisible()
    # Public sample cases typed into an office's vault do not make it the demo.
    from services import demo

    window.ctx.write(lambda uow: demo.fill_public_cases(uow))
    window.update_status()
    assert not window.demo_banner.isVisible()


def _with_keys(window: MainWindow) -> list[QAction]:
    return [
        a for a in window.findChildren(QAction) if a.menu() is None and not a.shortcut().isEmpty()
    ]


def test_keyboard_shortcuts_lists_every_shortcut_of_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    item = next(a for a in menu.actions() if a.text() == "&Keyboard shortcuts")
    item.trigger()
    dialog = next(d for d in window.findChildren(ShortcutsDialog) if d.isVisible())
    rows = dialog.rows()
    assert ("File ▸ Lock now", "Ctrl+L") in rows
    assert ("New ▸ Matter", "Ctrl+N") in rows
    assert ("Go ▸ Reports", "Ctrl+8") in rows
    assert ("Edit ▸ Find", "Ctrl+F") in rows
    assert ("Help ▸ How to", "F1") in rows
    assert ("In an editor ▸ Save", "Ctrl+S") in rows  # the keys every editor answers
    assert ("In an editor ▸ Close, asking about unsaved changes", "Esc") in rows
    shown = " ".join(keys for _what, keys in rows)
    whats = [what for what, _keys in rows]
    for action in _with_keys(window):  # every key the window answers is in the list
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert native in shown, native
        name = action.text().replace("&", "").rstrip("…")
        assert any(what.endswith(name) for what in whats), name
    # A key added later is listed without anyone editing the dialog: it never drifts.
    extra = QAction("Print the docket", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+P"))
    window.addAction(extra)
    assert ("Print the docket", "Ctrl+Shift+P") in ShortcutsDialog(window).rows()


def test_f1_opens_the_how_to(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(HowToDialog)))
    dialog = next(d for d in window.findChildren(HowToDialog) if d.isVisible())
    titles = [dialog.topics.item(i).text() for i in range(dialog.topics.count())]
    assert titles == [
        "First run and the recovery key",
        "Add a deadline from a rule",
        "Docket an event",
        "Reports and calendar export",
        "Back up to a USB stick",
        "Locking",
    ]
    assert "recovery sheet" in dialog.section_text(0)
    assert "Add from rule" in dialog.section_text(1)
    assert "Docket event" in dialog.section_text(2)
    assert "Export calendar (.ics)" in dialog.section_text(3)
    assert "Create backup" in dialog.section_text(4)
    assert "Ctrl+L" in dialog.section_text(5)
    # Nothing in it reaches out: no link to follow, no browser to open.
    assert not dialog.text.openExternalLinks() and not dialog.text.openLinks()
    assert "href" not in dialog.text.toHtml()


def test_the_buttons_the_how_to_names_exist(qapp: QApplication) -> None:
    """The how-to names buttons by their text: they must be the texts the app shows."""
    sources = "".join(
        p.read_text(encoding="utf-8")
        for p in (Path(__file__).resolve().parents[2] / "gui").rglob("*.py")
        if p.name != "help.py"
    )
    for button in (
        "Add from &rule…",
        "&Docket event…",
        "&Save deadline",
        "Save PDF as…",
        "Export calendar (.ics)…",
        "Create backup",
        "Verify a file…",
        "Restore…",
        "&Lock now",
    ):
        assert f'"{button}"' in sources, button
