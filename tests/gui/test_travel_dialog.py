"""Travel mode as a person uses it: the dialog says what will happen before anything does and its
default button is the safe one (a stray Enter removes nothing); passphrases that differ are
refused; Cancel removes nothing; a full run backs up to the stick, removes the vault and ends
with what was removed, what is left and how to restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import open_editor
from gui.travel_dialog import TravelDialog, run_travel_mode
from services import backups
from storage.keyslots import MINIMUM_ARGON2
from tests.gui.test_editors import type_into
from tests.support.backups import BACKUP_PASSPHRASE

TIMEOUT = 60_000


@pytest.fixture
def dialog(qtbot: QtBot, demo_ctx: AppContext) -> TravelDialog:
    widget = TravelDialog(demo_ctx)
    widget.kdf_params = MINIMUM_ARGON2  # real Argon2id at its floor, no calibration
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(html: str) -> str:
    """A rich-text label's words, as a person reads them."""
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


def fill(qtbot: QtBot, dialog: TravelDialog, again: str = BACKUP_PASSPHRASE) -> None:
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)  # the stick fixture's
    qtbot.keyClicks(dialog.passphrase, BACKUP_PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, again)


def vault_is_there(ctx: AppContext) -> bool:
    assert ctx.folder is not None
    return (ctx.folder / "quash.db").is_file() and (ctx.folder / "quash.keys").is_file()


def test_it_says_what_will_happen_and_enter_does_the_safe_thing(
    qtbot: QtBot, dialog: TravelDialog, stick: Path, demo_ctx: AppContext
) -> None:
    plan = shown(dialog.plan.text())
    assert "writes a new encrypted backup" in plan
    assert "reads that backup back from the stick, in full, with the passphrase" in plan
    assert "Only then it removes the vault from this computer" in plan
    assert "nothing is removed and the vault stays as it is" in plan
    assert dialog.cancel_button.isDefault()
    assert not dialog.go_button.isDefault() and not dialog.go_button.autoDefault()
    fill(qtbot, dialog)
    # A folder beside the vault is no stick: said before anything happens.
    assert dialog.disk_warning.isVisible() and "same disk" in dialog.disk_warning.text()

    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # a stray Enter after typing

    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert dialog.task is None and dialog.summary is None
    assert list(stick.iterdir()) == [] and vault_is_there(demo_ctx) and demo_ctx.is_unlocked


def test_passphrases_that_differ_are_refused_before_anything_runs(
    qtbot: QtBot, dialog: TravelDialog, stick: Path, demo_ctx: AppContext
) -> None:
    fill(qtbot, dialog, again=BACKUP_PASSPHRASE + "x")
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "The two passphrases differ; type the same one twice."
    assert dialog.task is None and dialog.isVisible()
    dialog.passphrase.setText("short")
    dialog.confirm.setText("short")
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert "too short" in dialog.status.text() and dialog.task is None
    assert list(stick.iterdir()) == [] and vault_is_there(demo_ctx) and demo_ctx.is_unlocked


def test_cancel_removes_nothing_and_says_so(
    qtbot: QtBot, dialog: TravelDialog, stick: Path, demo_ctx: AppContext
) -> None:
    fill(qtbot, dialog)
    with qtbot.waitSignal(dialog.finished_work, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        assert not dialog.go_button.isEnabled() and dialog.cancel_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args == [False]
    assert dialog.isVisible() and dialog.status.text() == (
        "Canceled. Nothing was removed: the vault on this computer is as it was."
    )
    assert dialog.go_button.isEnabled()  # ready to try again
    assert vault_is_there(demo_ctx) and demo_ctx.is_unlocked
    assert demo_ctx.read(lambda uow: backups.last_verified_backup(uow)).when == ""


def test_closing_it_while_it_works_stops_the_work_and_removes_nothing(
    qtbot: QtBot, dialog: TravelDialog, stick: Path, demo_ctx: AppContext
) -> None:
    """Escape, the window's close button or the vault locking: the work stops, then the dialog
    closes."""
    fill(qtbot, dialog)
    with qtbot.waitSignal(dialog.finished_work, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        dialog.reject()
        assert dialog.isVisible()  # until the work has stopped
    assert finished.args == [False]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.summary is None
    assert vault_is_there(demo_ctx) and demo_ctx.is_unlocked


def test_an_editor_with_unsaved_changes_is_saved_or_closed_first(
    qtbot: QtBot, dialog: TravelDialog, stick: Path, demo_ctx: AppContext
) -> None:
    editor = open_editor(demo_ctx, "matters", 0)
    editor.ask_unsaved = lambda: "discard"
    editor.show()
    type_into(qtbot, editor, "title", "Doe v. DHS (typed, not saved)")
    fill(qtbot, dialog)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("An editor has unsaved changes. Save or close it")
    assert dialog.task is None and list(stick.iterdir()) == [] and vault_is_there(demo_ctx)
    editor.close_for_lock()


def test_a_full_run_ends_with_what_was_removed_what_is_left_and_how_to_restore(
    qtbot: QtBot, dialog: TravelDialog, stick: Path, demo_ctx: AppContext
) -> None:
    folder = demo_ctx.folder
    assert folder is not None
    fill(qtbot, dialog)
    with qtbot.waitSignal(demo_ctx.locked, timeout=TIMEOUT):
        with qtbot.waitSignal(dialog.finished_work, timeout=TIMEOUT) as finished:
            qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
            assert dialog.status.text() == "Starting…"
    assert finished.args == [True]

    [backup] = stick.iterdir()
    assert not folder.exists() and not demo_ctx.is_unlocked
    text = shown(dialog.summary_label.text())
    assert text.startswith("The case file is off this computer.")
    assert f"On the stick: {backup} (" in text and "matters" in text
    assert f"Removed from this computer: quash.keys, quash.db in {folder}." in text
    assert "The folder itself is gone too." in text
    assert "The vault was not remembered in this computer's keychain." in text
    assert "Left on this computer: nothing of the case file." in text
    assert "Quash itself stays installed" in text
    assert "SSDs and journaling file systems may keep old blocks" in text
    assert f'python main.py backup restore "{backup}" --vault NEW_FOLDER' in text
    assert "backup itself is on this computer's disk" in text  # the test's stick is a folder
    assert dialog.summary_label.isVisible() and not dialog.plan.isVisible()
    assert dialog.close_button.isVisible() and dialog.close_button.isDefault()
    assert not dialog.go_button.isVisible()
    dialog.close_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_run_travel_mode_closed_without_going_on_removes_nothing(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def close_it() -> None:
        shown_now = QApplication.activeModalWidget()
        assert isinstance(shown_now, TravelDialog)
        seen.append(shown_now.windowTitle())
        shown_now.cancel_button.click()

    QTimer.singleShot(0, close_it)
    assert run_travel_mode(parent, demo_ctx) is False
    assert seen == ["Travel mode"]
    assert vault_is_there(demo_ctx) and demo_ctx.is_unlocked
