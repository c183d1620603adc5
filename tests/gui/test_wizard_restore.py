"""The first-run wizard restores a backup on a replacement laptop, through its pages as a
paralegal goes: the file (what its outside says, or one sentence on why it is no backup), its
passphrase (checked; a wrong one keeps them there, the cursor back in the field), where the
vault goes (a folder holding a vault only when they confirm replacing it), their name and new
passphrase, the restore (progress, Cancel), then the recovery key page a new vault shows. It
ends with the restored vault unlocked as them; a pulled stick or Cancel leaves nothing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from gui.start import choose_vault, last_vault
from gui.tasks import TaskRunner
from gui.wizard import FirstRunWizard, Page
from models.errors import WrongKeyError
from services import audit, backups, demo, records, vaults
from storage.keyslots import Argon2Params
from storage.uow import UnitOfWork
from storage.vault import unlock_with_passphrase, unlock_with_recovery_key
from tests.gui.test_unlock import when_shown
from tests.gui.test_wizard import KEY, SLOW, STRONG, click, open_wizard, tick, type_into
from tests.support.backups import BACKUP_PASSPHRASE
from tests.support.pdf_text import all_text

OFFICE = "Eastside Legal Aid Collective"
OLD_PASSPHRASE = "the stolen laptop's passphrase"
COUNTED = ("matters", "clients", "subpoenas", "deadlines", "staff")


@pytest.fixture(autouse=True)
def no_keychain() -> Iterator[None]:
    """No system keychain, as on a Linux machine without a Secret Service."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@dataclass(frozen=True)
class OfficeBackup:
    path: Path
    counts: dict[str, int]
    old_vault: Path


@pytest.fixture
def office_backup(tmp_path: Path, fast_kdf: Argon2Params) -> OfficeBackup:
    """The office's vault on the laptop that was lost (Ana, its admin; Sam, a paralegal on the
    staff list), backed up to a stick."""
    folder = tmp_path / "old-laptop" / "vault"
    vault = vaults.create(
        folder, OLD_PASSPHRASE, actor="Ana Ortiz", office_name=OFFICE, params=fast_kdf
    ).vault
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        with UnitOfWork(vault, "Ana Ortiz") as uow:
            demo.fill_public_cases(uow)
            records.create(uow, "staff", {"name": "Sam Rivera", "role": "paralegal"})
            uow.commit()
        with UnitOfWork(vault, "Ana Ortiz") as uow:
            path = backups.create_backup(uow, stick, BACKUP_PASSPHRASE, params=fast_kdf).path
            counts = {kind: records.count(uow, kind) for kind in COUNTED}
            uow.commit()
    finally:
        vault.lock()
    return OfficeBackup(path, counts, folder)


@pytest.fixture
def wizard(runner: TaskRunner, tmp_path: Path, fast_kdf: Argon2Params) -> Iterator[FirstRunWizard]:
    yield from open_wizard(runner, tmp_path / "new-laptop", fast_kdf)


def start_restore(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    tick(qtbot, wizard.choice_page.restore_backup)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.RESTORE_FILE


def choose_backup(
    qtbot: QtBot, wizard: FirstRunWizard, backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Browse… to the file on the stick, as a person picks it."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    qtbot.mouseClick(wizard.backup_file_page.browse, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.RESTORE_PASSPHRASE


def open_with(qtbot: QtBot, wizard: FirstRunWizard, passphrase: str) -> None:
    type_into(qtbot, wizard.backup_passphrase_page.passphrase, passphrase)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=SLOW)


def name_and_passphrase(qtbot: QtBot, wizard: FirstRunWizard, name: str) -> None:
    page = wizard.restorer_page
    assert wizard.currentId() == Page.RESTORE_PERSON
    assert page.person.text() == ""  # prefilled with nothing
    type_into(qtbot, page.person, name)
    type_into(qtbot, page.passphrase, STRONG)
    type_into(qtbot, page.confirm, STRONG)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.RESTORE_RUN


def through_to_run(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    office_backup: OfficeBackup,
    monkeypatch: pytest.MonkeyPatch,
    name: str = "Sam Rivera",
) -> None:
    start_restore(qtbot, wizard)
    choose_backup(qtbot, wizard, office_backup.path, monkeypatch)
    open_with(qtbot, wizard, BACKUP_PASSPHRASE)
    assert wizard.currentId() == Page.RESTORE_LOCATION
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    name_and_passphrase(qtbot, wizard, name)


def squashed(page: QWidget) -> list[str]:
    """Rows of a page drawn shorter than they need (on top of each other)."""
    return [
        type(w).__name__
        for w in page.findChildren(QWidget)
        if w.parentWidget() is page and w.isVisible() and w.height() < w.minimumSizeHint().height()
    ]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_restore_through_the_wizard_opens_as_the_restorer_with_the_records_backed_up(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    office_backup: OfficeBackup,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start_restore(qtbot, wizard)
    files = wizard.backup_file_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(office_backup.path), "")
    )
    qtbot.mouseClick(files.browse, Qt.MouseButton.LeftButton)
    # Before its passphrase, the file says only when it was made and its size.
    about = files.about.text()
    assert about.startswith(office_backup.path.name + "\n")
    assert "today" in about and "sealed inside" in about and OFFICE not in about
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    page = wizard.backup_passphrase_page
    assert page.backup.text().startswith(f"Backup: {office_backup.path.name}, made ")
    type_into(qtbot, page.passphrase, BACKUP_PASSPHRASE)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert page.progress.isVisible() and not page.passphrase.isEnabled()  # checked off-thread
    qtbot.waitUntil(lambda: wizard.currentId() == Page.RESTORE_LOCATION, timeout=SLOW)

    # The folder the create path offers; Quash says it will make it.
    where = wizard.restore_location_page
    new_home = tmp_path / "new-laptop" / "vault"
    assert where.folder.text() == str(new_home)
    assert where.hint.text() == "Quash will make this folder."
    assert not where.replace.isVisible()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    # Whose key: the page explains, and measures the passphrase as creating a vault does.
    person = wizard.restorer_page
    assert "becomes the vault's admin" in person.person_note.text()
    assert "An admin then gives the others in the office their keys again" in person.subTitle()
    type_into(qtbot, person.person, "Sam Rivera")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_into(qtbot, person.passphrase, "password123")
    type_into(qtbot, person.confirm, "password123")
    assert person.strength_words.text() == "Very weak"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert "too easy to guess" in person.message.text()
    assert wizard.currentId() == Page.RESTORE_PERSON
    type_into(qtbot, person.passphrase, STRONG)
    type_into(qtbot, person.confirm, STRONG)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    # What will happen, then Restore: off the GUI thread, with progress.
    run = wizard.restore_page
    assert wizard.currentId() == Page.RESTORE_RUN
    assert run.backup.text().startswith(office_backup.path.name)
    assert run.into.text() == str(new_home)
    assert run.holder.text() == "Sam Rivera, under the new passphrase"
    restore = wizard.button(QWizard.WizardButton.CommitButton)
    assert restore.text() == "&Restore"
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert run.progress.isVisible() and not restore.isEnabled()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()  # Cancel stops it
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentId() == Page.RECOVERY, timeout=SLOW)

    # The recovery key page a new vault shows, saying what was restored.
    recovery = wizard.recovery_page
    key = recovery.key.text()
    assert KEY.match(key) and key == wizard.recovery_key
    assert "the old sheet does not open it" in recovery.subTitle()
    said = recovery.restored.text()
    assert said.startswith(f"Restored into {new_home}.")
    assert "Sam Rivera holds its one key, as Paralegal." in said  # on the list: kept their role
    assert "audit log is intact" in said and not recovery.restored_warning.isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    tick(qtbot, recovery.written)
    type_into(qtbot, recovery.typed, key[-4:].lower())
    assert recovery.match.text() == "✓ Matches the key."
    with qtbot.waitSignal(wizard.accepted, timeout=SLOW):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    # Handed to the app as a created vault is: unlocked, as Sam.
    assert (wizard.kind, wizard.folder, wizard.actor) == ("restored", new_home, "Sam Rivera")
    assert wizard.recovery_key == "" and recovery.key.text() == ""  # shown once only
    assert page.passphrase.text() == "" and person.passphrase.text() == ""
    vault = wizard.vault
    assert vault is not None and not vault.is_locked
    with UnitOfWork(vault, wizard.actor) as uow:
        assert {kind: records.count(uow, kind) for kind in COUNTED} == office_backup.counts
        assert vaults.setting(uow, "office_name") == OFFICE
        [restore_entry] = audit.entries(uow, entity="restore")
        assert restore_entry.actor == "Sam Rivera"
        assert restore_entry.detail["name"] == "Sam Rivera"
        assert restore_entry.detail["role"] == "paralegal"
    vault.lock()
    wizard.vault = None

    # The shown recovery key and the new passphrase open it; the lost laptop's does not.
    with unlock_with_recovery_key(new_home, key) as reopened:
        assert reopened.vault_id == vault.vault_id
    with unlock_with_passphrase(new_home, STRONG) as reopened:
        assert reopened.identity is not None and reopened.identity.name == "Sam Rivera"
    with pytest.raises(WrongKeyError):
        unlock_with_passphrase(new_home, OLD_PASSPHRASE)
    assert leftovers(new_home.parent) == ["vault"]


def test_a_name_not_on_the_staff_list_becomes_the_admin(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    office_backup: OfficeBackup,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    through_to_run(qtbot, wizard, office_backup, monkeypatch, name="  Dana   Wells ")
    assert wizard.restore_page.holder.text() == "Dana Wells, under the new passphrase"
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == Page.RECOVERY, timeout=SLOW)
    assert "Dana Wells holds its one key, as Admin." in wizard.recovery_page.restored.text()
    assert wizard.actor == "Dana Wells"


def test_a_file_that_is_no_backup_gets_one_clear_sentence(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.quashbackup"
    letter.write_text("Dear court, …")
    start_restore(qtbot, wizard)
    page = wizard.backup_file_page
    type_into(qtbot, page.path, str(letter))
    assert page.message.isVisible()
    assert page.message.text() == (
        "letter.quashbackup is not a Quash backup (or its first bytes are damaged)."
    )
    assert page.about.text() == ""
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.RESTORE_FILE

    type_into(qtbot, page.path, str(tmp_path / "gone.quashbackup"))
    assert not page.message.isVisible()  # typing is not yet choosing
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert page.message.text() == f"There is no backup file at {tmp_path / 'gone.quashbackup'}."
    assert wizard.currentId() == Page.RESTORE_FILE


def test_a_wrong_backup_passphrase_keeps_them_on_the_page_with_the_cursor_in_the_field(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    office_backup: OfficeBackup,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard.activateWindow()
    start_restore(qtbot, wizard)
    choose_backup(qtbot, wizard, office_backup.path, monkeypatch)
    page = wizard.backup_passphrase_page
    open_with(qtbot, wizard, "not the passphrase")
    assert wizard.currentId() == Page.RESTORE_PASSPHRASE
    assert page.message.isVisible() and page.message.text() == "Wrong passphrase for this backup."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.passphrase)
    assert page.passphrase.selectedText() == "not the passphrase"  # typing replaces it

    qtbot.keyClicks(page.passphrase, BACKUP_PASSPHRASE)
    assert not page.message.isVisible()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == Page.RESTORE_LOCATION, timeout=SLOW)


def test_a_folder_holding_a_vault_is_replaced_only_when_they_confirm(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    office_backup: OfficeBackup,
    tmp_path: Path,
    fast_kdf: Argon2Params,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    there = tmp_path / "new-laptop" / "vault"
    vaults.create(there, OLD_PASSPHRASE, actor="Trial user", params=fast_kdf).vault.lock()
    start_restore(qtbot, wizard)
    choose_backup(qtbot, wizard, office_backup.path, monkeypatch)
    open_with(qtbot, wizard, BACKUP_PASSPHRASE)
    where = wizard.restore_location_page
    assert where.folder.text() == str(there)
    assert where.hint.text() == "This folder holds a Quash vault."
    assert where.replace.isVisible() and not where.replace.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.RESTORE_LOCATION
    assert where.message.text() == (
        f"{there} already holds a Quash vault. Choose another folder, or tick “Replace the "
        "vault in this folder”: the vault there is then kept beside it, renamed."
    )

    tick(qtbot, where.replace)
    assert not where.message.isVisible()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    name_and_passphrase(qtbot, wizard, "Sam Rivera")
    assert wizard.restore_page.into.text() == (
        f"{there}, in place of the vault there (which is kept beside it, renamed)"
    )
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == Page.RECOVERY, timeout=SLOW)

    [aside] = [p for p in there.parent.iterdir() if p.name.startswith("vault.replaced-")]
    recovery = wizard.recovery_page
    assert f"The vault that was there is kept at {aside}." in recovery.restored.text()
    assert wizard.restored is not None and wizard.restored.replaced == aside
    with unlock_with_passphrase(aside, OLD_PASSPHRASE):  # the old one, whole, beside it
        pass
    assert wizard.vault is not None and wizard.folder == there

    # The recovery sheet, as at creation: the restored vault's key, office and folder.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "sheet"), "")
    )
    qtbot.mouseClick(recovery.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: recovery.sheet_status.isVisible(), timeout=SLOW)
    key, text = recovery.key.text(), all_text(tmp_path / "sheet.pdf")
    assert key[:19] in text and key[20:] in text
    assert OFFICE in text
    assert str(there) in text.replace(" ", ""), "the folder, wrapped at any character"
    qtbot.waitUntil(lambda: not squashed(recovery))  # the wizard grew for the extra rows


def test_cancel_during_the_restore_leaves_nothing_and_the_wizard_stays(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    office_backup: OfficeBackup,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    through_to_run(qtbot, wizard, office_backup, monkeypatch)
    run = wizard.restore_page
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)  # while the backup is read
    qtbot.waitUntil(lambda: not wizard.busy, timeout=SLOW)

    assert run.status.text() == "Canceled: nothing was restored."
    assert wizard.isVisible() and wizard.currentId() == Page.RESTORE_RUN
    assert wizard.restored is None and wizard.vault is None and wizard.recovery_key == ""
    assert not run.key.isVisible() and not run.message.isVisible()
    assert leftovers(tmp_path / "new-laptop") == []  # no vault, no half-made staging folder
    # They may start it again, or go back to change something, or close.
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    with qtbot.waitSignal(wizard.rejected):
        click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.kind is None


@pytest.mark.parametrize("mishap", ["stick pulled out", "damaged"])
def test_a_pulled_stick_or_damaged_backup_says_so_and_leaves_nothing(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    office_backup: OfficeBackup,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mishap: str,
) -> None:
    through_to_run(qtbot, wizard, office_backup, monkeypatch)
    backup = office_backup.path
    if mishap == "stick pulled out":
        backup.unlink()
        expected = f"There is no backup file at {backup}."
    else:
        with backup.open("r+b") as handle:  # the copy on the stick lost its end
            handle.truncate(os.path.getsize(backup) - 1000)
        expected = (
            f"{backup.name} is incomplete: it is 1.0 KB shorter than its header says "
            "(truncated; the copy or the stick failed?)."
        )
    run = wizard.restore_page
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: run.message.isVisible(), timeout=SLOW)

    assert run.message.text() == expected  # one sentence
    assert wizard.currentId() == Page.RESTORE_RUN and wizard.restored is None
    assert not run.key.isVisible() and wizard.recovery_key == ""
    assert not run.progress.isVisible()
    assert leftovers(tmp_path / "new-laptop") == []
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()


def test_start_up_hands_on_the_restored_vault_and_offers_it_next_time(
    qtbot: QtBot,
    runner: TaskRunner,
    office_backup: OfficeBackup,
    tmp_path: Path,
    preferences: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new laptop: nothing remembered, so the first-run window; a restore through it opens
    the main window on the restored vault as the restorer, and is the vault offered next time
    (as a created one is). The wizard here is the app's own: its passphrase check calibrated to
    this computer, its folder in this (temporary) user's data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "new-laptop-data"))
    failures: list[BaseException] = []

    def restore(wizard: QDialog) -> None:
        assert isinstance(wizard, FirstRunWizard)
        try:
            through_to_run(qtbot, wizard, office_backup, monkeypatch)
            click(qtbot, wizard, QWizard.WizardButton.CommitButton)
            qtbot.waitUntil(lambda: wizard.currentId() == Page.RECOVERY, timeout=SLOW)
            key = wizard.recovery_page.key.text()
            tick(qtbot, wizard.recovery_page.written)
            type_into(qtbot, wizard.recovery_page.typed, key[-4:])
            click(qtbot, wizard, QWizard.WizardButton.FinishButton)
        except BaseException as exc:  # never leave the modal wizard open: the test would hang
            failures.append(exc)
            if wizard.vault is not None:
                wizard.vault.lock()
                wizard.vault = None
            QDialog.done(wizard, QDialog.DialogCode.Rejected)

    when_shown(FirstRunWizard, restore)
    chosen = choose_vault(runner, settings=preferences)
    assert not failures, failures
    assert chosen is not None
    vault, folder, actor = chosen
    try:
        assert folder == tmp_path / "new-laptop-data" / "Quash" / "vault"
        assert actor == "Sam Rivera" and not vault.is_locked
        assert vault.identity is not None and vault.identity.name == "Sam Rivera"
    finally:
        vault.lock()
    assert last_vault(preferences) == folder
