"""Settings → Security through the real widgets on a real vault: the key slots said in words, an
admin rotating the data key and printing a new recovery sheet (the key shown as the wizard shows
it, proved copied before the dialog closes), a paralegal seeing neither, and this computer's
keychain forgetting the vault after asking."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.security_section import NewRecoveryKeyDialog, RotateDialog, SecuritySection
from gui.pages.settings_page import SettingsPage
from gui.recovery_key import last_group
from gui.tasks import TaskRunner
from models.errors import QuashError, WrongKeyError
from services import audit, people, vaults
from services.vaults import (
    Argon2Params,
    Vault,
    unlock_with_keyring,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from tests.conftest import PASSPHRASE
from tests.gui.test_dialog_fit import assert_fits
from tests.gui.test_trash import _answer_next_question, _click_yes, _press_enter
from tests.support.keyrings import MemoryKeyring
from tests.support.vaults import office_vault

SLOW = 60_000  # ms: a key change runs real Argon2id and re-encrypts the database
ORTIZ = "lantern orchard velvet compass"
RECOVERY_KEY = re.compile(r"^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")


@pytest.fixture(autouse=True)
def keychain() -> Iterator[MemoryKeyring]:
    """A keychain in the test's memory (the real keyring API, nothing written anywhere)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Vault, Path, str]]:
    """A vault as Quash makes one, with its recovery key; its only person the admin."""
    folder = tmp_path / "office"
    vault, recovery = office_vault(folder, office_name="Bay Area Speech Defense")
    yield vault, folder, recovery
    vault.lock()


@pytest.fixture
def admin_ctx(
    office: tuple[Vault, Path, str], runner: TaskRunner, preferences: QSettings
) -> Iterator[AppContext]:
    vault, folder, _recovery = office
    ctx = AppContext(runner, "Test Paralegal", preferences=preferences)
    ctx.set_vault(vault, folder)
    yield ctx
    runner.wait_all(10000)


_OPEN: list[SettingsPage] = []  # the pages a test opened, alive until the next test


@pytest.fixture(autouse=True)
def _keep_pages() -> Iterator[None]:
    yield
    _OPEN.clear()


def open_security(qtbot: QtBot, ctx: AppContext) -> SecuritySection:
    """Settings, opened as a person opens it; its Security section."""
    page = SettingsPage(ctx)
    _OPEN.append(page)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    return page.security


def audit_steps(ctx: AppContext, n: int) -> list[tuple[str, str, object]]:
    return [
        (e.action, e.entity, e.detail.get("step"))
        for e in ctx.read(lambda uow: audit.entries(uow, limit=n))
    ]


def test_the_key_slots_in_words(
    qtbot: QtBot, admin_ctx: AppContext, office: tuple[Vault, Path, str], fast_kdf: Argon2Params
) -> None:
    vault, _folder, _recovery = office
    section = open_security(qtbot, admin_ctx)
    assert section.passphrases.text() == "1 of the 1 on the list, one key slot each."
    assert section.recovery.text().startswith("Opens the vault (the printed recovery sheet).")
    assert section.this_computer.text() == (
        "Does not remember the vault for you: you type your passphrase."
    )
    assert section.admin_buttons.isVisible() and not section.read_only.isVisible()
    assert section.remember_button.isVisible() and not section.forget_button.isVisible()

    people.add(vault, "R. Ortiz", "paralegal", ORTIZ, params=fast_kdf)
    section.refresh()
    assert section.passphrases.text() == "2 of the 2 on the list, one key slot each."


def test_without_a_keychain_it_says_so(
    qtbot: QtBot, admin_ctx: AppContext, keychain: MemoryKeyring
) -> None:
    keyring.set_keyring(fail.Keyring())
    section = open_security(qtbot, admin_ctx)
    assert section.this_computer.text().startswith(
        '"Remember on this computer" is unavailable: no system keychain was found'
    )
    assert not section.remember_button.isEnabled()


def test_rotating_the_data_key(
    qtbot: QtBot, admin_ctx: AppContext, office: tuple[Vault, Path, str], tmp_path: Path
) -> None:
    vault, folder, recovery = office
    old_keys = (folder / "quash.keys").read_bytes()
    old_data_key = vault.data_key()
    section = open_security(qtbot, admin_ctx)
    section.rotate_button.click()
    dialog = section.dialog
    assert isinstance(dialog, RotateDialog) and dialog.isVisible()

    dialog.go_button.click()
    assert dialog.message.text() == "Type the passphrase you unlocked with."
    dialog.passphrase.setText("not the passphrase")
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=SLOW)
    assert dialog.message.text() == "Wrong passphrase for this vault."
    assert vault.data_key() == old_data_key  # nothing changed

    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.finished, timeout=SLOW):
        dialog.go_button.click()

    assert section.status.text().startswith("The vault is under a new data key.")
    assert vault.data_key() != old_data_key
    assert audit_steps(admin_ctx, 2) == [
        ("rotate", "data key", "finished"),
        ("rotate", "data key", "started"),
    ]
    unlock_with_passphrase(folder, PASSPHRASE).lock()
    unlock_with_recovery_key(folder, recovery).lock()  # the printed sheet still opens it
    # An old copy of the key file opens nothing written since.
    copy = tmp_path / "old copy"
    copy.mkdir()
    shutil.copy(folder / "quash.db", copy / "quash.db")
    (copy / "quash.keys").write_bytes(old_keys)
    with pytest.raises(QuashError):
        unlock_with_passphrase(copy, PASSPHRASE).lock()


def test_a_new_recovery_sheet_is_proved_copied_before_the_dialog_closes(
    qtbot: QtBot, admin_ctx: AppContext, office: tuple[Vault, Path, str], tmp_path: Path
) -> None:
    _vault, folder, old_recovery = office
    section = open_security(qtbot, admin_ctx)
    section.sheet_button.click()
    dialog = section.dialog
    assert isinstance(dialog, NewRecoveryKeyDialog) and dialog.isVisible()
    assert not dialog.panel.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.done_ok or dialog.message.isVisible(), timeout=SLOW)
    assert not dialog.message.isVisible(), dialog.message.text()

    panel = dialog.panel
    key = panel.key.text()
    assert panel.isVisible() and RECOVERY_KEY.fullmatch(key)
    assert key != old_recovery
    # Not closed before the key is proved copied: Close is off, Esc and the close box refuse.
    assert not dialog.cancel_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    assert "before closing" in panel.still_needed.text() and panel.still_needed.isVisible()

    sheet = tmp_path / "sheet"
    panel.ask_sheet_path = lambda: str(sheet)
    panel.print_button.click()
    qtbot.waitUntil(lambda: panel.sheet_saved is not None, timeout=SLOW)
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")

    panel.written.setChecked(True)
    qtbot.keyClicks(panel.typed, "0000" if last_group(key) != "0000" else "1111")
    assert panel.match.text() == "That is not the key's last group."
    assert not dialog.cancel_button.isEnabled()
    panel.typed.clear()
    qtbot.keyClicks(panel.typed, last_group(key).lower())
    assert dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert section.status.text().startswith("The vault is under a new recovery key.")
    unlock_with_recovery_key(folder, key).lock()
    with pytest.raises(WrongKeyError):
        unlock_with_recovery_key(folder, old_recovery)
    unlock_with_passphrase(folder, PASSPHRASE).lock()  # every passphrase keeps working


def test_a_paralegal_neither_rotates_nor_prints_a_recovery_sheet(
    qtbot: QtBot,
    office: tuple[Vault, Path, str],
    runner: TaskRunner,
    preferences: QSettings,
    fast_kdf: Argon2Params,
) -> None:
    vault, folder, _recovery = office
    people.add(vault, "R. Ortiz", "paralegal", ORTIZ, params=fast_kdf)
    theirs = unlock_with_passphrase(folder, ORTIZ)
    ctx = AppContext(runner, "R. Ortiz", preferences=preferences)
    ctx.set_vault(theirs, folder)
    try:
        section = open_security(qtbot, ctx)
        assert not section.rotate_button.isVisible() and not section.sheet_button.isVisible()
        assert section.read_only.isVisible()
        assert section.read_only.text() == (
            "Only an admin rotates the data key or prints a new recovery sheet."
        )
        assert section.passphrases.text() == "2 of the 2 on the list, one key slot each."
        assert section.remember_button.isVisible()  # their own computer's keychain is theirs
    finally:
        runner.wait_all(10000)
        theirs.lock()


def test_forget_this_computer_asks_first(
    qtbot: QtBot,
    admin_ctx: AppContext,
    office: tuple[Vault, Path, str],
    keychain: MemoryKeyring,
) -> None:
    vault, folder, _recovery = office
    vaults.remember_here(vault, "Test Paralegal")
    assert keychain.secrets
    section = open_security(qtbot, admin_ctx)
    assert section.this_computer.text().startswith("Remembers the vault for you")
    assert section.forget_button.isVisible() and not section.remember_button.isVisible()

    seen = _answer_next_question(qtbot, _press_enter)  # Enter answers the safe default: No
    section.forget_button.click()
    assert seen[0].startswith("Forget this computer?") and seen[1] == "No"
    assert vault.remembered_here

    _answer_next_question(qtbot, _click_yes)
    section.forget_button.click()
    qtbot.waitUntil(lambda: section.task is None, timeout=SLOW)

    assert section.status.text() == "This computer no longer remembers the vault for you."
    assert not vault.remembered_here and not keychain.secrets
    assert section.this_computer.text().startswith("Does not remember the vault for you")
    assert section.remember_button.isVisible() and not section.forget_button.isVisible()
    with pytest.raises(QuashError):
        unlock_with_keyring(folder)
    last = admin_ctx.read(lambda uow: audit.entries(uow, limit=1))[0]
    assert (last.action, last.entity, last.detail) == (
        "change",
        "key slots",
        {"remembered": False},
    )


def test_remember_on_this_computer_asks_first(
    qtbot: QtBot, admin_ctx: AppContext, office: tuple[Vault, Path, str]
) -> None:
    vault, folder, _recovery = office
    section = open_security(qtbot, admin_ctx)
    seen = _answer_next_question(qtbot, _click_yes)
    section.remember_button.click()
    qtbot.waitUntil(lambda: section.task is None, timeout=SLOW)
    assert "Anyone who can log in as you" in seen[0] and seen[1] == "No"
    assert vault.remembered_here
    assert section.forget_button.isVisible()
    unlock_with_keyring(folder).lock()


def test_the_dialogs_fit_a_small_screen(
    qtbot: QtBot, admin_ctx: AppContext, office: tuple[Vault, Path, str]
) -> None:
    section = open_security(qtbot, admin_ctx)
    section.rotate_button.click()
    rotate = section.dialog
    assert isinstance(rotate, RotateDialog)
    qtbot.waitExposed(rotate)
    assert_fits(qtbot, rotate, rotate.go_button)
    rotate.reject()

    section.sheet_button.click()
    sheet = section.dialog
    assert isinstance(sheet, NewRecoveryKeyDialog)
    qtbot.waitExposed(sheet)
    assert_fits(qtbot, sheet, sheet.go_button)
    sheet._show_key("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB")  # as the worker hands it over
    sheet.reject()  # refused: the still-needed line shows too
    assert sheet.isVisible()
    assert_fits(qtbot, sheet, sheet.cancel_button)
    sheet.panel.written.setChecked(True)
    sheet.panel.typed.setText("89AB")
    sheet.reject()
