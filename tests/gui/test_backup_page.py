"""The Backup page as a paralegal uses it: pick a stick or folder, type the backup passphrase
twice, Create (progress, then the last verified backup updates and the status bar is told);
Cancel; Verify a file; Restore into a new folder and see the new recovery key once."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.backup_page import BackupPage, RestoreDialog, VerifyDialog
from services import backups, vaults
from services.changes import Changes
from storage import backup
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import unlock_with_passphrase, unlock_with_recovery_key
from tests.support.backups import BACKUP_PASSPHRASE, NEW_PASSPHRASE, RECOVERY_KEY

TIMEOUT = 30_000


@pytest.fixture
def page(qtbot: QtBot, demo_ctx: AppContext) -> BackupPage:
    widget = BackupPage(demo_ctx)
    widget.kdf_params = MINIMUM_ARGON2  # real Argon2id at its floor, no calibration
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def fill_and_create(qtbot: QtBot, page: BackupPage, passphrase: str = BACKUP_PASSPHRASE) -> None:
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClicks(page.confirm, passphrase)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)


def make_backup(ctx: AppContext, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)

    def op(uow: UnitOfWork) -> Path:
        return backups.create_backup(uow, folder, BACKUP_PASSPHRASE, params=MINIMUM_ARGON2).path

    return ctx.write(op)


def test_a_new_vault_says_no_backup_yet_and_offers_targets(page: BackupPage, stick: Path) -> None:
    assert "No verified backup yet" in page.last_label.text()
    assert page.targets.count() >= 1
    assert not page.cancel_button.isEnabled()
    page.choose_button.click()
    assert page.selected_target() == stick
    assert "free" in page.targets.currentText()


def test_create_shows_progress_then_the_last_verified_backup(
    qtbot: QtBot, page: BackupPage, stick: Path, demo_ctx: AppContext
) -> None:
    seen: list[int] = []
    page.progress.valueChanged.connect(seen.append)
    changed: list[Changes] = []
    demo_ctx.data_changed.connect(changed.append)

    with qtbot.waitSignal(page.backup_done, timeout=TIMEOUT) as done:
        fill_and_create(qtbot, page)
        assert page.cancel_button.isEnabled() and not page.create_button.isEnabled()
    path = Path(done.args[0])
    assert path.parent == stick and path.name.startswith("backup-")  # not the office
    assert "written and verified" in page.status.text()
    assert seen and max(seen) == page.progress.maximum() == 1000
    assert any(c.touches("settings") for c in changed)  # the status bar re-reads it
    assert "Last verified backup" in page.last_label.text() and path.name in page.last_label.text()
    assert "today" in page.last_label.text()
    assert page.passphrase.text() == "" and page.confirm.text() == ""
    assert page.create_button.isEnabled() and not page.cancel_button.isEnabled()
    when = demo_ctx.read(lambda uow: vaults.setting(uow, backups.LAST_VERIFIED))
    assert when == backup.peek_header(path).created
    backup.verify_file(path, BACKUP_PASSPHRASE)


def test_keep_the_last_n_from_the_page(
    qtbot: QtBot, page: BackupPage, stick: Path, demo_ctx: AppContext
) -> None:
    older = [make_backup(demo_ctx, stick) for _ in range(2)]
    page.keep_check.setChecked(True)
    page.keep_spin.setValue(1)
    with qtbot.waitSignal(page.backup_done, timeout=TIMEOUT) as done:
        fill_and_create(qtbot, page)
    assert sorted(p.name for p in stick.iterdir()) == [Path(done.args[0]).name]
    assert "Removed 2 older backups" in page.status.text()
    assert all(not p.exists() for p in older)


def test_cancel_leaves_no_backup(
    qtbot: QtBot, page: BackupPage, stick: Path, demo_ctx: AppContext
) -> None:
    with qtbot.waitSignal(page.backup_cancelled, timeout=TIMEOUT):
        fill_and_create(qtbot, page)
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert list(stick.iterdir()) == []
    assert demo_ctx.folder is not None
    assert not [p for p in demo_ctx.folder.iterdir() if p.name.startswith(".")]
    assert "Canceled. No backup was written." in page.status.text()
    assert "No verified backup yet" in page.last_label.text()
    assert page.create_button.isEnabled()


def test_passphrases_that_differ_or_are_short_are_refused_before_anything_runs(
    qtbot: QtBot, page: BackupPage, stick: Path
) -> None:
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.passphrase, BACKUP_PASSPHRASE)
    qtbot.keyClicks(page.confirm, BACKUP_PASSPHRASE + "x")
    with qtbot.waitSignal(page.backup_failed) as failed:
        page.create_button.click()
    assert "differ" in failed.args[0]
    page.passphrase.setText("short")
    page.confirm.setText("short")
    with qtbot.waitSignal(page.backup_failed) as failed:
        page.create_button.click()
    assert "too short" in failed.args[0]
    assert page.task is None and list(stick.iterdir()) == []


def test_a_stick_pulled_after_choosing_it_is_reported_on_the_page(
    qtbot: QtBot, page: BackupPage, stick: Path
) -> None:
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    stick.rmdir()  # pulled out before Create
    qtbot.keyClicks(page.passphrase, BACKUP_PASSPHRASE)
    qtbot.keyClicks(page.confirm, BACKUP_PASSPHRASE)
    with qtbot.waitSignal(page.backup_failed, timeout=TIMEOUT) as failed:
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == f"The folder {stick} does not exist."
    assert page.status.text() == failed.args[0]
    assert page.create_button.isEnabled() and not page.progress.isVisible()
    assert "No verified backup yet" in page.last_label.text()


def test_the_page_warns_when_the_last_backup_is_old(page: BackupPage, demo_ctx: AppContext) -> None:
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(days=10)).isoformat(timespec="seconds")
    demo_ctx.write(lambda uow: vaults.set_setting(uow, backups.LAST_VERIFIED, old))
    assert "10 days ago" in page.last_label.text()
    assert "Time for a new one" in page.last_label.text()
    assert "c0392b" in page.last_label.styleSheet()


def test_verify_a_file(
    qtbot: QtBot,
    page: BackupPage,
    demo_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = make_backup(demo_ctx, tmp_path / "stick")
    choose_file(monkeypatch, path)
    page.verify_button.click()
    dialog = page.dialog
    assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
    # Before the passphrase a backup does not say whose it is.
    assert "Test Office" not in dialog.about.text() and "sealed" in dialog.about.text()

    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    with qtbot.waitSignal(dialog.finished_work, timeout=TIMEOUT) as result:
        dialog.go_button.click()
    assert result.args == [False]
    assert dialog.result_label.text() == "Wrong passphrase for this backup."

    dialog.passphrase.setText(BACKUP_PASSPHRASE)
    with qtbot.waitSignal(dialog.finished_work, timeout=TIMEOUT) as result:
        dialog.go_button.click()
    assert result.args == [True]
    assert "Verified" in dialog.result_label.text()
    assert "integrity check" in dialog.result_label.text()  # the GUI runs the deep check
    assert "Test Office" in dialog.about.text()  # opened: now it can say
    dialog.close()


def test_verify_a_damaged_file_says_so_without_asking_for_the_passphrase(
    page: BackupPage, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_backup(demo_ctx, tmp_path / "stick")
    path.write_bytes(path.read_bytes()[:-100])
    choose_file(monkeypatch, path)
    page.verify_button.click()
    dialog = page.dialog
    assert isinstance(dialog, VerifyDialog)
    assert "truncated" in dialog.about.text()
    assert not dialog.go_button.isEnabled()
    dialog.close()


def test_restore_into_a_new_folder_shows_the_new_recovery_key(
    qtbot: QtBot,
    page: BackupPage,
    demo_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = make_backup(demo_ctx, tmp_path / "stick")
    choose_file(monkeypatch, path)
    page.restore_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RestoreDialog)
    assert not dialog.recovery.isVisible()

    # Into the open vault's own folder: refused, even with the box ticked.
    assert demo_ctx.folder is not None
    dialog.folder.setText(str(demo_ctx.folder))
    dialog.replace.setChecked(True)
    qtbot.keyClicks(dialog.passphrase, BACKUP_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_confirm, NEW_PASSPHRASE)
    dialog.go_button.click()
    assert "open now" in dialog.result_label.text()

    target = tmp_path / "restored"
    dialog.folder.setText(str(target))
    dialog.replace.setChecked(False)
    # The key is on screen before the restored vault exists: a restore killed after it appears
    # never leaves a vault whose recovery key nobody saw.
    shown_when: list[bool] = []
    dialog.recovery_key_ready.connect(
        lambda _key: shown_when.append(target.exists() or not dialog.recovery.isVisible()),
        Qt.ConnectionType.BlockingQueuedConnection,  # as the dialog's own: the worker waits
    )
    with qtbot.waitSignal(dialog.finished_work, timeout=TIMEOUT) as result:
        dialog.go_button.click()
    assert result.args == [True]
    assert shown_when == [False]
    assert (
        "Restored into" in dialog.result_label.text()
        and "Audit log intact" in dialog.result_label.text()
    )
    assert dialog.recovery.isVisible()
    key = dialog.recovery.text()
    assert RECOVERY_KEY.fullmatch(key)
    assert not dialog.go_button.isEnabled()
    assert dialog.passphrase.text() == dialog.new_passphrase.text() == ""
    with unlock_with_recovery_key(target, key):
        pass
    with unlock_with_passphrase(target, NEW_PASSPHRASE):
        pass
    dialog.close()


def test_restore_over_an_existing_vault_needs_the_box_ticked(
    qtbot: QtBot,
    page: BackupPage,
    demo_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = make_backup(demo_ctx, tmp_path / "stick")
    existing = tmp_path / "existing"
    backup.restore_backup(
        path, BACKUP_PASSPHRASE, existing, "older passphrase", params=MINIMUM_ARGON2
    )
    choose_file(monkeypatch, path)
    page.restore_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RestoreDialog)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(existing))
    dialog.choose_button.click()
    assert dialog.folder.text() == str(existing)
    qtbot.keyClicks(dialog.passphrase, BACKUP_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_confirm, NEW_PASSPHRASE)
    dialog.go_button.click()
    assert "already holds a vault" in dialog.result_label.text()

    dialog.replace.setChecked(True)
    with qtbot.waitSignal(dialog.finished_work, timeout=TIMEOUT) as result:
        dialog.go_button.click()
    assert result.args == [True]
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("existing.replaced-")]
    assert re.search(r"kept at .*existing\.replaced-", dialog.result_label.text())
    with unlock_with_passphrase(aside, "older passphrase"):
        pass
    dialog.close()
