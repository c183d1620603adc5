"""Settings → People through the real widgets on a real vault: an admin adds a person (who can
then unlock), gives a key to a name on the list, removes a person (whose passphrase then opens
nothing) and changes roles; a paralegal sees the list read-only; everyone changes their own
passphrase; every refusal is said in plain words beside the form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.people_dialogs import AddPersonDialog, ChangePassphraseDialog, ChangeRoleDialog
from gui.pages.people_section import PeopleModel, PeopleSection
from gui.pages.settings_page import SettingsPage
from gui.tasks import TaskRunner
from models.errors import WrongKeyError
from services import audit, people, records
from services.vaults import Argon2Params, Vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.gui.test_dialog_fit import assert_fits
from tests.gui.test_trash import _answer_next_question, _click_yes, _press_enter

SLOW = 60_000  # ms: a key change runs real Argon2id and re-encrypts the database
ORTIZ = "lantern orchard velvet compass"  # R. Ortiz's passphrase
OKAFOR = "granite meadow whistle harbor"
WEAK = "password123"


@pytest.fixture(autouse=True)
def no_keychain() -> Iterator[None]:
    """No system keychain, as on a Linux machine without a Secret Service."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


_OPEN: list[SettingsPage] = []  # the pages a test opened, alive until the next test


@pytest.fixture(autouse=True)
def _keep_pages() -> Iterator[None]:
    yield
    _OPEN.clear()


def open_people(qtbot: QtBot, ctx: AppContext, kdf: Argon2Params) -> PeopleSection:
    """Settings, opened as a person opens it; its People section."""
    page = SettingsPage(ctx)
    _OPEN.append(page)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.people.kdf_params = kdf
    page.show()
    qtbot.waitExposed(page)
    return page.people


def rows(section: PeopleSection) -> list[tuple[str, str, str]]:
    model = section.model
    return [
        tuple(model.index(r, c).data() for c in range(3))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def select(section: PeopleSection, name: str) -> None:
    names = [row[0] for row in rows(section)]
    section.table.selectRow(names.index(name))


def fill_passphrase(
    dialog: AddPersonDialog | ChangePassphraseDialog, text: str, again: str
) -> None:
    fields = dialog.passphrase
    fields.passphrase.setText(text)
    fields.confirm.setText(again)


def last_audit(ctx: AppContext) -> audit.AuditView:
    return ctx.read(lambda uow: audit.entries(uow, limit=1))[0]


@pytest.fixture
def paralegal_ctx(
    app_ctx: AppContext,
    vault: Vault,
    vault_dir: Path,
    runner: TaskRunner,
    preferences: QSettings,
    fast_kdf: Argon2Params,
) -> Iterator[AppContext]:
    """The same vault, unlocked by R. Ortiz, a paralegal the admin added."""
    people.add(vault, "R. Ortiz", "paralegal", ORTIZ, params=fast_kdf)
    theirs = unlock_with_passphrase(vault_dir, ORTIZ)
    ctx = AppContext(runner, "R. Ortiz", preferences=preferences)
    ctx.set_vault(theirs, vault_dir)
    yield ctx
    runner.wait_all(10000)
    theirs.lock()


def test_the_list_shows_each_persons_role_and_key(
    qtbot: QtBot, app_ctx: AppContext, vault: Vault, fast_kdf: Argon2Params
) -> None:
    app_ctx.write(
        lambda uow: records.create(uow, "staff", {"name": "M. Duarte", "role": "volunteer"})
    )
    people.add(vault, "R. Ortiz", "paralegal", ORTIZ, params=fast_kdf)
    section = open_people(qtbot, app_ctx, fast_kdf)

    assert rows(section) == [
        ("M. Duarte", "Volunteer", "No key"),
        ("R. Ortiz", "Paralegal", "Has a key"),
        ("Test Paralegal", "Admin", "Has a key (you)"),
    ]
    assert section.intro.text().startswith("You are working as Test Paralegal (Admin).")
    assert section.admin_buttons.isVisible() and not section.read_only.isVisible()
    assert not section.remove_button.isEnabled()  # nobody selected
    select(section, "Test Paralegal")
    assert not section.remove_button.isEnabled()  # never one's own key
    select(section, "M. Duarte")
    assert not section.remove_button.isEnabled()  # no key to remove
    select(section, "R. Ortiz")
    assert section.remove_button.isEnabled() and section.role_button.isEnabled()


def test_an_admin_adds_a_person_who_can_then_unlock(
    qtbot: QtBot, app_ctx: AppContext, vault_dir: Path, fast_kdf: Argon2Params
) -> None:
    section = open_people(qtbot, app_ctx, fast_kdf)
    section.add_button.click()
    dialog = section.dialog
    assert isinstance(dialog, AddPersonDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "J. Okafor")
    dialog.role.setCurrentIndex(dialog.role.findData("attorney"))

    fill_passphrase(dialog, WEAK, WEAK)
    assert dialog.passphrase.strength_words.text() in ("Very weak", "Weak")
    dialog.go_button.click()
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("This passphrase would be too easy to guess.")
    fill_passphrase(dialog, OKAFOR, OKAFOR + " ")
    dialog.go_button.click()
    assert dialog.message.text() == "The two passphrases are not the same. Type them again."
    assert dialog.isVisible()

    fill_passphrase(dialog, OKAFOR, OKAFOR)
    with qtbot.waitSignal(dialog.finished, timeout=SLOW):
        dialog.go_button.click()

    assert ("J. Okafor", "Attorney", "Has a key") in rows(section)
    assert section.status.text() == (
        "J. Okafor has a key now (Attorney): they unlock the vault with their own passphrase."
    )
    entry = last_audit(app_ctx)
    assert (entry.action, entry.entity, entry.actor) == ("add key", "person", "Test Paralegal")
    with unlock_with_passphrase(vault_dir, OKAFOR) as theirs:
        assert theirs.identity is not None
        assert (theirs.identity.name, theirs.identity.role) == ("J. Okafor", "attorney")


def test_a_name_on_the_list_without_a_key_gets_one(
    qtbot: QtBot, app_ctx: AppContext, vault_dir: Path, fast_kdf: Argon2Params
) -> None:
    app_ctx.write(
        lambda uow: records.create(uow, "staff", {"name": "M. Duarte", "role": "volunteer"})
    )
    section = open_people(qtbot, app_ctx, fast_kdf)
    select(section, "M. Duarte")
    section.add_button.click()
    dialog = section.dialog
    assert isinstance(dialog, AddPersonDialog)
    assert dialog.name.text() == "M. Duarte"
    assert dialog.role.currentData() == "volunteer"
    fill_passphrase(dialog, OKAFOR, OKAFOR)
    with qtbot.waitSignal(dialog.finished, timeout=SLOW):
        dialog.go_button.click()

    assert ("M. Duarte", "Volunteer", "Has a key") in rows(section)
    assert len(rows(section)) == 2  # the same person, not a second M. Duarte
    with unlock_with_passphrase(vault_dir, OKAFOR) as theirs:
        assert theirs.identity is not None and theirs.identity.name == "M. Duarte"


def test_adding_someone_who_has_a_key_is_refused_in_plain_words(
    qtbot: QtBot, app_ctx: AppContext, fast_kdf: Argon2Params
) -> None:
    section = open_people(qtbot, app_ctx, fast_kdf)
    section.add_button.click()
    dialog = section.dialog
    assert isinstance(dialog, AddPersonDialog)
    dialog.go_button.click()
    assert dialog.message.text() == "Type the person's name."

    qtbot.keyClicks(dialog.name, "Test Paralegal")
    fill_passphrase(dialog, OKAFOR, OKAFOR)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=SLOW)
    assert dialog.message.text() == (
        "Test Paralegal already has a key; each person changes their own passphrase."
    )
    assert dialog.isVisible()  # kept open, so the name can be fixed
    assert len(rows(section)) == 1
    dialog.reject()


def test_removing_a_person_asks_first_then_their_passphrase_opens_nothing(
    qtbot: QtBot, app_ctx: AppContext, vault: Vault, vault_dir: Path, fast_kdf: Argon2Params
) -> None:
    people.add(vault, "R. Ortiz", "paralegal", ORTIZ, params=fast_kdf)
    section = open_people(qtbot, app_ctx, fast_kdf)
    select(section, "R. Ortiz")

    seen = _answer_next_question(qtbot, _press_enter)  # Enter answers the safe default: No
    section.remove_button.click()
    assert seen[0].startswith("Remove R. Ortiz's key?") and seen[1] == "No"
    assert "their passphrase" in seen[0].lower() and "old copy of the vault's key file" in seen[0]
    assert "will open nothing written from now on" in seen[0]
    assert ("R. Ortiz", "Paralegal", "Has a key") in rows(section)
    unlock_with_passphrase(vault_dir, ORTIZ).lock()  # still opens

    _answer_next_question(qtbot, _click_yes)
    section.remove_button.click()
    qtbot.waitUntil(lambda: section.task is None, timeout=SLOW)

    assert not section.error.isVisible(), section.error.text()
    assert ("R. Ortiz", "Paralegal", "Inactive") in rows(section)
    assert section.status.text().startswith("R. Ortiz's key is removed")
    with pytest.raises(WrongKeyError):
        unlock_with_passphrase(vault_dir, ORTIZ)
    unlock_with_passphrase(vault_dir, PASSPHRASE).lock()  # everyone else's still works
    entry = last_audit(app_ctx)
    assert (entry.action, entry.detail.get("step")) == ("remove key", "finished")


def test_changing_a_role(
    qtbot: QtBot, app_ctx: AppContext, vault: Vault, fast_kdf: Argon2Params
) -> None:
    people.add(vault, "R. Ortiz", "paralegal", ORTIZ, params=fast_kdf)
    section = open_people(qtbot, app_ctx, fast_kdf)
    select(section, "R. Ortiz")
    section.role_button.click()
    dialog = section.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    dialog.role.setCurrentIndex(dialog.role.findData("attorney"))
    with qtbot.waitSignal(dialog.finished):
        dialog.go_button.click()

    assert ("R. Ortiz", "Attorney", "Has a key") in rows(section)
    assert section.status.text() == "R. Ortiz is now: Attorney."
    saved = app_ctx.read(people.people)
    assert [(p.name, p.role) for p in saved if p.name == "R. Ortiz"] == [("R. Ortiz", "attorney")]
    entry = last_audit(app_ctx)
    assert (entry.action, entry.detail["role"]) == ("change role", ["paralegal", "attorney"])


def test_the_only_admin_keeps_the_role_and_is_told_why(
    qtbot: QtBot, app_ctx: AppContext, fast_kdf: Argon2Params
) -> None:
    section = open_people(qtbot, app_ctx, fast_kdf)
    select(section, "Test Paralegal")
    section.role_button.click()
    dialog = section.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    dialog.role.setCurrentIndex(dialog.role.findData("paralegal"))
    dialog.go_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "Test Paralegal is the office's only admin; make someone else an admin first."
    )
    dialog.reject()
    assert ("Test Paralegal", "Admin", "Has a key (you)") in rows(section)


def test_an_admin_who_gives_up_the_role_sees_the_list_read_only(
    qtbot: QtBot, app_ctx: AppContext, vault: Vault, fast_kdf: Argon2Params
) -> None:
    people.add(vault, "A. Reyes", "admin", OKAFOR, params=fast_kdf)
    section = open_people(qtbot, app_ctx, fast_kdf)
    select(section, "Test Paralegal")
    section.role_button.click()
    dialog = section.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    dialog.role.setCurrentIndex(dialog.role.findData("attorney"))
    with qtbot.waitSignal(dialog.finished):
        dialog.go_button.click()

    assert not section.admin_buttons.isVisible()
    assert section.read_only.isVisible()
    assert section.intro.text().startswith("You are working as Test Paralegal (Attorney).")


def test_a_refusal_while_the_form_is_open_is_said_beside_it(
    qtbot: QtBot, app_ctx: AppContext, vault: Vault, fast_kdf: Argon2Params
) -> None:
    """Another admin's change (here, made through the service) can take the role away while
    the form is open: the refusal is worded beside the form, and nothing is added."""
    people.add(vault, "A. Reyes", "admin", OKAFOR, params=fast_kdf)
    section = open_people(qtbot, app_ctx, fast_kdf)
    section.add_button.click()
    dialog = section.dialog
    assert isinstance(dialog, AddPersonDialog)
    qtbot.keyClicks(dialog.name, "J. Okafor")
    fill_passphrase(dialog, ORTIZ, ORTIZ)
    people.change_role(vault, "Test Paralegal", "paralegal")

    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=SLOW)
    assert dialog.message.text() == (
        "Only the roles Admin may manage people; Test Paralegal is: Paralegal."
    )
    assert "Traceback" not in dialog.message.text()
    assert "J. Okafor" not in [p.name for p in app_ctx.read(people.people)]
    dialog.reject()


def test_a_paralegal_sees_the_list_read_only(
    qtbot: QtBot, paralegal_ctx: AppContext, fast_kdf: Argon2Params
) -> None:
    section = open_people(qtbot, paralegal_ctx, fast_kdf)

    assert rows(section) == [
        ("R. Ortiz", "Paralegal", "Has a key (you)"),
        ("Test Paralegal", "Admin", "Has a key"),
    ]
    assert section.intro.text().startswith("You are working as R. Ortiz (Paralegal).")
    assert not section.admin_buttons.isVisible()
    assert not section.add_button.isVisible() and not section.remove_button.isVisible()
    assert section.read_only.isVisible()
    assert section.read_only.text() == "Only an admin adds or removes people and changes roles."
    assert not section.note.isVisible()  # what removing does is an admin's concern
    assert section.passphrase_button.isVisible() and section.passphrase_button.isEnabled()
    select(section, "Test Paralegal")
    section.table.activated.emit(section.model.index(1, 0))  # Enter on a row: nothing opens
    assert section.dialog is None


def test_changing_my_own_passphrase(
    qtbot: QtBot, paralegal_ctx: AppContext, vault_dir: Path, fast_kdf: Argon2Params
) -> None:
    section = open_people(qtbot, paralegal_ctx, fast_kdf)
    section.passphrase_button.click()
    dialog = section.dialog
    assert isinstance(dialog, ChangePassphraseDialog) and dialog.isVisible()
    new = "saffron kettle glacier puzzle"

    dialog.current.setText("not my passphrase at all")
    fill_passphrase(dialog, new, new)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=SLOW)
    assert dialog.message.text() == "Wrong passphrase for this vault."
    assert dialog.current.hasFocus() or dialog.current.selectedText() == "not my passphrase at all"

    dialog.current.setText(ORTIZ)
    with qtbot.waitSignal(dialog.finished, timeout=SLOW):
        dialog.go_button.click()

    assert section.status.text().startswith("Your passphrase is changed.")
    with pytest.raises(WrongKeyError):
        unlock_with_passphrase(vault_dir, ORTIZ)
    with unlock_with_passphrase(vault_dir, new) as theirs:
        assert theirs.identity is not None and theirs.identity.name == "R. Ortiz"
    unlock_with_passphrase(vault_dir, PASSPHRASE).lock()  # nobody else's changed
    steps = [
        (e.action, e.entity, e.detail.get("step"), e.actor)
        for e in paralegal_ctx.read(lambda uow: audit.entries(uow, limit=2))
    ]
    assert steps == [
        ("change", "passphrase", "finished", "R. Ortiz"),
        ("change", "passphrase", "started", "R. Ortiz"),
    ]


def test_the_people_model_passes_qt_model_tester(
    app_ctx: AppContext, vault: Vault, fast_kdf: Argon2Params, qtmodeltester: object
) -> None:
    people.add(vault, "R. Ortiz", "paralegal", ORTIZ, params=fast_kdf)
    model = PeopleModel()
    model.set_rows(app_ctx.read(people.people))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_rows(())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_dialogs_fit_a_small_screen_with_the_longest_name(
    qtbot: QtBot, app_ctx: AppContext, vault: Vault, fast_kdf: Argon2Params
) -> None:
    longest = ("Maria de los Angeles Villanueva-Santamaria " * 5)[:200].strip()
    people.add(vault, longest, "volunteer", ORTIZ, params=fast_kdf)
    section = open_people(qtbot, app_ctx, fast_kdf)
    select(section, longest)
    for button in (section.add_button, section.role_button, section.passphrase_button):
        button.click()
        dialog = section.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        if isinstance(dialog, AddPersonDialog):
            dialog.name.setText(longest)
            fill_passphrase(dialog, WEAK, WEAK)
            dialog.go_button.click()  # the advice and the problem, both shown
        assert_fits(qtbot, dialog, dialog.go_button)
        dialog.reject()
