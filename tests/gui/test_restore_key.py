"""After a restore the new recovery key gets the wizard's treatment (a fixed font, a sheet to
print, proved copied before the dialog closes) in rows that do not overlap; after a wrong backup
passphrase the cursor is back in the field with the text selected, ready to retype."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.backup_page import BackupPage, RestoreDialog, VerifyDialog
from gui.recovery_key import last_group
from storage.vault import unlock_with_recovery_key
from tests.gui.test_backup_page import TIMEOUT, choose_file, make_backup
from tests.support.backups import BACKUP_PASSPHRASE, NEW_PASSPHRASE, RECOVERY_KEY


@pytest.fixture
def page(qtbot: QtBot, demo_ctx: AppContext) -> BackupPage:
    from storage.keyslots import MINIMUM_ARGON2

    widget = BackupPage(demo_ctx)
    widget.kdf_params = MINIMUM_ARGON2
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_restore(
    page: BackupPage, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> RestoreDialog:
    choose_file(monkeypatch, make_backup(ctx, tmp_path / "stick"))
    page.restore_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    dialog.folder.setText(str(tmp_path / "restored"))
    return dialog


def assert_retype(qtbot: QtBot, field: QLineEdit, typed: str) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    assert field.selectedText() == typed  # typing now replaces the wrong one


def test_a_wrong_passphrase_in_verify_returns_to_the_field_selected(
    qtbot: QtBot,
    page: BackupPage,
    demo_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_file(monkeypatch, make_backup(demo_ctx, tmp_path / "stick"))
    page.verify_button.click()
    dialog = page.dialog
    assert isinstance(dialog, VerifyDialog)
    dialog.activateWindow()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    dialog.go_button.setFocus()
    with qtbot.waitSignal(dialog.finished_work, timeout=TIMEOUT):
        qtbot.keyClick(dialog.go_button, Qt.Key.Key_Space)
    assert dialog.result_label.text() == "Wrong passphrase for this backup."
    assert_retype(qtbot, dialog.passphrase, "not the passphrase")
    dialog.close()


def test_a_wrong_passphrase_in_restore_returns_to_the_field_selected(
    qtbot: QtBot,
    page: BackupPage,
    demo_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_restore(page, demo_ctx, tmp_path, monkeypatch)
    dialog.activateWindow()
    qtbot.keyClicks(dialog.passphrase, "not it")
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_confirm, NEW_PASSPHRASE)
    dialog.go_button.setFocus()
    with qtbot.waitSignal(dialog.finished_work, timeout=TIMEOUT):
        qtbot.keyClick(dialog.go_button, Qt.Key.Key_Space)
    assert dialog.result_label.text() == "Wrong passphrase for this backup."
    assert_retype(qtbot, dialog.passphrase, "not it")
    assert not dialog.recovery_panel.isVisible()
    dialog.close()
    assert not dialog.isVisible()  # no key was made: nothing holds the dialog open


def overlapping(dialog: QWidget) -> list[str]:
    """Rows of the dialog that lie on top of each other or past its edge."""
    rows = [
        w
        for w in dialog.findChildren(QWidget)
        if w.parentWidget() in (dialog, getattr(dialog, "recovery_panel", None))
        and w.isVisible()
        and w.height() > 0
    ]
    problems = []
    for w in rows:
        where = QRect(w.mapTo(dialog, QPoint(0, 0)), w.size())
        if not dialog.rect().contains(where):
            problems.append(f"{type(w).__name__} {where} outside {dialog.rect()}")
        if w.height() < w.minimumSizeHint().height():
            problems.append(f"{type(w).__name__} squashed to {w.height()}")
    return problems


def test_the_restored_vaults_key_is_printed_and_proved_copied_before_closing(
    qtbot: QtBot,
    page: BackupPage,
    demo_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_restore(page, demo_ctx, tmp_path, monkeypatch)
    qtbot.keyClicks(dialog.passphrase, BACKUP_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_confirm, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.finished_work, timeout=TIMEOUT) as result:
        dialog.go_button.click()
    assert result.args == [True]
    panel = dialog.recovery_panel
    key = panel.key.text()
    assert panel.isVisible() and RECOVERY_KEY.fullmatch(key)
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert panel.key.font().family() == fixed.family()  # 0/O and 1/l told apart
    qtbot.waitUntil(lambda: not overlapping(dialog))

    # Not closed before the key is proved copied: Close is off, Esc and the close box refuse.
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    assert "before closing" in panel.still_needed.text() and panel.still_needed.isVisible()
    assert not overlapping(dialog)

    # The sheet, as the wizard prints it.
    sheet = tmp_path / "sheet"
    panel.ask_sheet_path = lambda: str(sheet)
    panel.print_button.click()
    qtbot.waitUntil(lambda: panel.sheet_saved is not None, timeout=TIMEOUT)
    assert panel.sheet_saved == tmp_path / "sheet.pdf"
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert "Print it and put it in the office safe" in panel.sheet_status.text()

    panel.written.setChecked(True)
    qtbot.keyClicks(panel.typed, "0000" if last_group(key) != "0000" else "1111")
    assert panel.match.text() == "That is not the key's last group."
    assert not dialog.close_button.isEnabled()
    panel.typed.clear()
    qtbot.keyClicks(panel.typed, last_group(key).lower())
    assert panel.match.text() == "✓ Matches the key."
    assert dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with unlock_with_recovery_key(tmp_path / "restored", key):
        pass
