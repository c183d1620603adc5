"""The first-run wizard makes a real vault: it refuses a guessable passphrase, shows a recovery
key that really opens the vault, will not finish until the person proves they copied it, and
saves the office, the first staff member and an audit entry. It also opens the demo vault or
points at an existing one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from keyring.errors import PasswordSetError
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from gui.tasks import TaskRunner
from gui.wizard import DEMO_PASSPHRASE, SHEET_NAME, FirstRunWizard, Page
from services import audit, records, vaults
from storage.keyslots import Argon2Params
from storage.uow import UnitOfWork
from storage.vault import (
    Vault,
    unlock_with_keyring,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from storage.vault_folder import is_remembered
from tests.support.keyrings import MemoryKeyring
from tests.support.pdf_text import all_text

STRONG = "purple monkey dishwasher lamp"
KEY = re.compile(r"^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")
SLOW = 30_000  # ms: creating a vault runs real Argon2id (at its floor) and migrations


@pytest.fixture(autouse=True)
def no_keychain() -> Iterator[None]:
    """No system keychain, as on a Linux machine without a Secret Service."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keychain(no_keychain: None) -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def wizard(runner: TaskRunner, tmp_path: Path, fast_kdf: Argon2Params) -> Iterator[FirstRunWizard]:
    yield from open_wizard(runner, tmp_path / "data", fast_kdf)


def open_wizard(
    runner: TaskRunner, data_dir: Path, fast_kdf: Argon2Params
) -> Iterator[FirstRunWizard]:
    w = FirstRunWizard(runner, kdf_params=fast_kdf, data_dir=data_dir)
    w.show()
    yield w
    # Closed here rather than by qtbot: a wizard left on the recovery key page asks "close
    # without it?", which only a person can answer.
    runner.wait_all(10_000)
    if w.vault is not None:
        w.vault.lock()
        w.vault = None
    w.close()
    w.deleteLater()


def click(qtbot: QtBot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QCheckBox | QRadioButton) -> None:
    """Click the box itself: a full-width check box only reacts on its mark and its words."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_into(qtbot: QtBot, widget: Any, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def fill_until_passphrase(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)  # "Create a new vault" is the default
    assert wizard.currentId() == Page.LOCATION
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.OFFICE
    office = wizard.office_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_into(qtbot, office.office, "Eastside Legal Aid Collective")
    type_into(qtbot, office.person, "Sam Rivera")
    office.role.setCurrentIndex(office.role.findData("paralegal"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.PASSPHRASE


def create_vault_through_wizard(qtbot: QtBot, wizard: FirstRunWizard) -> str:
    """Fill every page up to the recovery key; returns the key shown."""
    fill_until_passphrase(qtbot, wizard)
    page = wizard.passphrase_page
    type_into(qtbot, page.passphrase, STRONG)
    type_into(qtbot, page.confirm, STRONG)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == Page.RECOVERY, timeout=SLOW)
    return wizard.recovery_page.key.text()


def test_creates_a_vault_whose_recovery_key_really_opens_it(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    assert wizard.location_page.folder.text() == str(tmp_path / "data" / "vault")
    fill_until_passphrase(qtbot, wizard)
    page = wizard.passphrase_page

    # A guessable passphrase is refused with zxcvbn's reason, and nothing is made.
    type_into(qtbot, page.passphrase, "password123")
    type_into(qtbot, page.confirm, "password123")
    assert page.strength_words.text() == "Very weak"
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert page.message.isVisible()
    assert "too easy to guess" in page.message.text()
    assert "This is a very common password." in page.message.text()
    assert wizard.currentId() == Page.PASSPHRASE
    assert not (tmp_path / "data" / "vault").exists()

    # A strong one is accepted; the vault is made off the GUI thread, with a busy bar.
    type_into(qtbot, page.passphrase, STRONG)
    type_into(qtbot, page.confirm, STRONG)
    assert page.strength_words.text() in ("Strong", "Very strong")
    assert not page.message.isVisible()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert page.progress.isVisible() and not page.passphrase.isEnabled()
    for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
        assert not wizard.button(button).isEnabled()  # nobody leaves while the vault is made
    qtbot.waitUntil(lambda: wizard.currentId() == Page.RECOVERY, timeout=SLOW)
    assert page.passphrase.text() == ""  # not kept in the widget once the vault is made

    recovery = wizard.recovery_page
    key = recovery.key.text()
    assert KEY.match(key)
    assert recovery.key.font().fixedPitch() or recovery.key.font().family()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()

    # Finish waits until the person ticks the box and types the key's last group.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and not finish.isEnabled()
    tick(qtbot, recovery.written)
    assert not finish.isEnabled()
    type_into(qtbot, recovery.typed, "ZZZZ" if not key.endswith("ZZZZ") else "YYYY")
    assert not finish.isEnabled()
    assert recovery.match.text() == "That is not the key's last group."
    assert recovery.written.isChecked()
    type_into(qtbot, recovery.typed, key[-4:].lower())
    assert finish.isEnabled()

    # No keychain here: "Remember" is off, greyed, and says why.
    assert not recovery.remember.isChecked()
    assert not recovery.remember.isEnabled()
    assert "no system keychain was found" in recovery.remember_note.text()

    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.kind == "created"
    assert wizard.folder == tmp_path / "data" / "vault"
    assert wizard.actor == "Sam Rivera"
    assert recovery.key.text() == "" and wizard.recovery_key == ""  # shown once only
    vault = wizard.vault
    assert isinstance(vault, Vault) and not vault.is_locked

    with UnitOfWork(vault, wizard.actor) as uow:
        assert vaults.setting(uow, "office_name") == "Eastside Legal Aid Collective"
        staff = records.list_records(uow, "staff")
        assert [(s.name, s.role, s.active) for s in staff] == [("Sam Rivera", "paralegal", True)]
        log = [(e.actor, e.action, e.entity) for e in reversed(audit.entries(uow))]
        # The vault's first entry gives Sam their key (a slot of their own) and signs it.
        assert log[0] == ("Sam Rivera", "create", "vault")
        assert audit.entries(uow)[-1].detail["name"] == "Sam Rivera"
        assert sorted(wizard.vault.key_file.kinds()) == ["person", "recovery"]
        assert audit.verify(uow).intact
    assert not is_remembered(wizard.folder)

    vault.lock()
    wizard.vault = None
    with unlock_with_recovery_key(wizard.folder, key) as reopened:
        assert reopened.vault_id == vault.vault_id
    with unlock_with_passphrase(wizard.folder, STRONG) as reopened:
        assert reopened.vault_id == vault.vault_id


def test_short_and_mismatched_passphrases_are_refused(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    fill_until_passphrase(qtbot, wizard)
    page = wizard.passphrase_page
    type_into(qtbot, page.passphrase, "Tr0ub4dor")
    type_into(qtbot, page.confirm, "Tr0ub4dor")
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert "at least 10 characters" in page.message.text()

    type_into(qtbot, page.passphrase, STRONG)
    type_into(qtbot, page.confirm, STRONG + "!")
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert page.message.isVisible()
    assert "not the same" in page.message.text()
    assert wizard.currentId() == Page.PASSPHRASE and wizard.vault is None


def test_the_passphrase_may_not_be_the_office_name(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    fill_until_passphrase(qtbot, wizard)
    page = wizard.passphrase_page
    type_into(qtbot, page.passphrase, "Eastside Legal Aid Collective")
    assert page.strength.score < 3
    type_into(qtbot, page.confirm, "Eastside Legal Aid Collective")
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert "too easy to guess" in page.message.text()


def test_print_recovery_sheet_saves_a_pdf_holding_the_key(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = create_vault_through_wizard(qtbot, wizard)
    asked: list[str] = []

    def save_dialog(parent: object, caption: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "for-the-safe"), filters  # no suffix typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    page = wizard.recovery_page
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sheet_status.isVisible(), timeout=SLOW)

    assert Path(asked[0]).name == SHEET_NAME
    pdf = tmp_path / "for-the-safe.pdf"
    assert page.sheet_status.text().startswith(f"Saved to {pdf}.")
    assert "then delete the file" in page.sheet_status.text()
    text = all_text(pdf)
    assert key[:19] in text and key[20:] in text  # printed in two lines of four groups
    assert "Eastside Legal Aid Collective" in text
    assert str(wizard.folder) in text


def test_remember_on_this_computer_is_offered_off_and_works_when_ticked(
    qtbot: QtBot, wizard: FirstRunWizard, memory_keychain: MemoryKeyring
) -> None:
    key = create_vault_through_wizard(qtbot, wizard)
    page = wizard.recovery_page
    assert page.remember.isEnabled() and not page.remember.isChecked()
    assert "anyone who can log in as you on this computer can open the vault" in (
        page.remember_note.text().lower()
    )
    tick(qtbot, page.written)
    type_into(qtbot, page.typed, key[-4:])
    tick(qtbot, page.remember)
    assert page.remember.isChecked()
    with qtbot.waitSignal(wizard.accepted, timeout=SLOW):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.folder is not None and is_remembered(wizard.folder)
    assert memory_keychain.secrets
    assert wizard.vault is not None
    wizard.vault.lock()
    with unlock_with_keyring(wizard.folder) as reopened:
        assert reopened.vault_id == wizard.vault.vault_id


def test_the_vault_folder_must_be_new_or_empty(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    busy = tmp_path / "documents"
    busy.mkdir()
    (busy / "letter.txt").write_text("not a vault")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.location_page
    type_into(qtbot, page.folder, str(busy))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.LOCATION
    assert page.message.isVisible() and "already holds files" in page.message.text()

    # Browse… into a folder with files: the vault gets a new folder of its own inside it.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(busy))
    qtbot.mouseClick(page.browse, Qt.MouseButton.LeftButton)
    assert page.folder.text() == str(busy / "Quash vault")
    assert page.hint.text() == "Quash will make this folder."
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.OFFICE


def test_open_an_existing_vault_asks_for_its_folder(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    vault: Vault,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tick(qtbot, wizard.choice_page.existing_vault)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.open_page
    assert wizard.currentId() == Page.OPEN
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Open" and not finish.isEnabled()  # no folder yet

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    qtbot.mouseClick(page.browse, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert page.message.isVisible()
    assert "There is no Quash vault in" in page.message.text()
    assert wizard.isVisible() and wizard.kind is None

    type_into(qtbot, page.folder, str(vault_dir))
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert (wizard.kind, wizard.folder, wizard.vault) == ("open", vault_dir, None)


def test_the_demo_vault_is_made_once_with_its_published_passphrase(
    qtbot: QtBot, wizard: FirstRunWizard, runner: TaskRunner, fast_kdf: Argon2Params
) -> None:
    tick(qtbot, wizard.choice_page.demo_vault)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.DEMO
    shown = [label.text() for label in wizard.demo_page.findChildren(QLabel)]
    assert DEMO_PASSPHRASE in shown
    with qtbot.waitSignal(wizard.accepted, timeout=SLOW):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.kind == "demo" and wizard.actor == "Demo user"
    assert wizard.vault is not None and wizard.folder is not None
    with UnitOfWork(wizard.vault, wizard.actor) as uow:
        assert records.count(uow, "matters") == 5
    wizard.vault.lock()

    # The second time, the same demo vault is opened, not made again.
    second = open_wizard(runner, wizard.data_dir, fast_kdf)
    again = next(second)
    tick(qtbot, again.choice_page.demo_vault)
    click(qtbot, again, QWizard.WizardButton.NextButton)
    with qtbot.waitSignal(again.accepted, timeout=SLOW):
        click(qtbot, again, QWizard.WizardButton.FinishButton)
    assert again.vault is not None and again.vault.vault_id == wizard.vault.vault_id
    with UnitOfWork(again.vault, again.actor) as uow:
        assert records.count(uow, "matters") == 5
    next(second, None)


class RefusingKeyring(MemoryKeyring):
    """A keychain that is there but says no (locked, or the person pressed Deny)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the keychain is locked")


def test_a_keychain_that_refuses_is_told_and_the_wizard_stays(
    qtbot: QtBot, wizard: FirstRunWizard, no_keychain: None
) -> None:
    keyring.set_keyring(RefusingKeyring())
    key = create_vault_through_wizard(qtbot, wizard)
    page = wizard.recovery_page
    tick(qtbot, page.written)
    type_into(qtbot, page.typed, key[-4:])
    tick(qtbot, page.remember)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=SLOW)
    assert page.message.text() == "The system keychain refused: the keychain is locked."
    assert wizard.isVisible() and wizard.kind is None
    assert wizard.folder is not None and not is_remembered(wizard.folder)

    # Untick it and finish: the vault still opens with the passphrase.
    tick(qtbot, page.remember)
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.kind == "created"


def test_a_folder_that_cannot_be_made_is_told_in_one_line(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    wizard.location_page.folder.setText(str(tmp_path / "notes.txt" / "vault"))
    fill_until_passphrase(qtbot, wizard)
    page = wizard.passphrase_page
    type_into(qtbot, page.passphrase, STRONG)
    type_into(qtbot, page.confirm, STRONG)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=SLOW)
    assert page.message.text() == (
        f"{tmp_path / 'notes.txt' / 'vault'} cannot be made: {tmp_path / 'notes.txt'} is a file, "
        "not a folder."
    )
    assert wizard.currentId() == Page.PASSPHRASE and wizard.vault is None
    assert page.passphrase.isEnabled()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
