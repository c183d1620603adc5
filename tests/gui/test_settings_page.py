"""Settings are saved (and audited) the moment they change; people and closure days are kept
with plain validation messages (People and Security in depth: test_people_page.py,
test_security_page.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.people_dialogs import AddPersonDialog, ChangeRoleDialog
from gui.pages.people_section import PeopleModel
from gui.pages.settings_page import ClosuresModel, SettingsPage
from gui.unlock import problem_label
from services import audit, docketing, people, records, vaults
from services.vaults import Vault
from storage.keyslots import MINIMUM_ARGON2
from tests.gui.test_trash import _answer_next_question, _click_yes, _press_enter

SLOW = 60_000  # ms: a person's key is made with real Argon2id
THEIR_PASSPHRASE = "lantern orchard velvet compass"
TRIGGER = dt.date(2026, 3, 2)  # + 14 days = Mon 16 Mar 2026, an ordinary court day
CLOSED = dt.date(2026, 3, 16)


def open_page(qtbot: QtBot, ctx: AppContext) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def setting(ctx: AppContext, key: str) -> str:
    return ctx.read(lambda uow: vaults.setting(uow, key))


def staff_names(page: SettingsPage) -> list[str]:
    model = page.people.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def add_staff(ctx: AppContext, name: str, role: str = "attorney") -> int:
    view = ctx.write(lambda uow: records.create(uow, "staff", {"name": name, "role": role}))
    return int(view.id)


def test_auto_lock_defaults_to_five_minutes(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = open_page(qtbot, app_ctx)
    assert setting(app_ctx, "autolock_minutes") == ""
    assert page.autolock_minutes() == 5


def test_typing_a_new_auto_lock_saves_it_and_tells_the_app(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    page = open_page(qtbot, app_ctx)
    emitted: list[int] = []
    page.autolock_changed.connect(emitted.append)

    page.autolock.setFocus()
    page.autolock.lineEdit().selectAll()
    qtbot.keyClicks(page.autolock, "12")
    assert emitted == []  # nothing saved half-typed ("1")
    with qtbot.waitSignal(page.autolock_changed, check_params_cb=lambda n: n == 12):
        qtbot.keyClick(page.autolock, Qt.Key.Key_Return)

    assert emitted == [12]
    assert setting(app_ctx, "autolock_minutes") == "12"
    assert "12 minutes" in page.status.text()
    last = app_ctx.read(lambda uow: audit.entries(uow, limit=1))[0]
    assert (last.action, last.entity) == ("change", "setting")
    assert last.detail == {"changed": {"autolock_minutes": [None, "12"]}}

    reopened = open_page(qtbot, app_ctx)
    assert reopened.autolock_minutes() == 12


def test_arrow_key_steps_the_auto_lock(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = open_page(qtbot, app_ctx)
    page.autolock.setFocus()
    with qtbot.waitSignal(page.autolock_changed, check_params_cb=lambda n: n == 6):
        qtbot.keyClick(page.autolock, Qt.Key.Key_Up)
    assert setting(app_ctx, "autolock_minutes") == "6"


def test_calendar_rule_set_and_office_name_are_saved(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = open_page(qtbot, app_ctx)
    assert page.office_name.text() == "Test Office"
    assert page.calendar.currentData() == "federal"
    assert page.ruleset.currentData() == "federal"

    page.calendar.setCurrentIndex(page.calendar.findData("ca"))
    assert setting(app_ctx, "default_calendar") == "ca"

    page.office_name.setFocus()
    page.office_name.selectAll()
    qtbot.keyClicks(page.office_name, "Bay Area Speech Defense")
    qtbot.keyClick(page.office_name, Qt.Key.Key_Return)
    assert setting(app_ctx, "office_name") == "Bay Area Speech Defense"

    reopened = open_page(qtbot, app_ctx)
    assert reopened.calendar.currentData() == "ca"
    assert reopened.office_name.text() == "Bay Area Speech Defense"
    assert setting(app_ctx, "default_ruleset") == ""  # loading the page saved nothing


def test_saving_says_settings_changed(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = open_page(qtbot, app_ctx)
    with qtbot.waitSignal(app_ctx.data_changed, check_params_cb=lambda c: c.touches("settings")):
        page.calendar.setCurrentIndex(page.calendar.findData("federal-dc"))


def add_person(qtbot: QtBot, page: SettingsPage, name: str, role: str) -> AddPersonDialog:
    """Settings → People → Add a person…, filled in as an admin fills it in."""
    page.people.kdf_params = MINIMUM_ARGON2
    page.people.add_button.click()
    dialog = page.people.dialog
    assert isinstance(dialog, AddPersonDialog) and dialog.isVisible()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    dialog.passphrase.passphrase.setText(THEIR_PASSPHRASE)
    dialog.passphrase.confirm.setText(THEIR_PASSPHRASE)
    return dialog


def test_adding_a_person(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = open_page(qtbot, app_ctx)
    dialog = add_person(qtbot, page, "M. Duarte", "paralegal")

    with qtbot.waitSignal(dialog.finished, timeout=SLOW):
        dialog.go_button.click()

    assert staff_names(page) == ["M. Duarte", "Test Paralegal"]  # by name
    assert page.people.model.index(0, 1).data() == "Paralegal"
    assert page.people.model.index(0, 2).data() == "Has a key"
    saved = app_ctx.read(lambda uow: records.list_records(uow, "staff"))
    assert [(s.name, s.role, s.active) for s in saved] == [
        ("Test Paralegal", "admin", True),
        ("M. Duarte", "paralegal", True),
    ]


def test_a_name_that_has_a_key_shows_the_refusal(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = open_page(qtbot, app_ctx)
    first = add_person(qtbot, page, "M. Duarte", "paralegal")
    with qtbot.waitSignal(first.finished, timeout=SLOW):
        first.go_button.click()
    dialog = add_person(qtbot, page, "M. Duarte", "attorney")

    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=SLOW)

    assert dialog.isVisible()  # kept open so the name can be fixed
    assert dialog.message.text() == (
        "M. Duarte already has a key; each person changes their own passphrase."
    )
    red = problem_label("").palette().color(QPalette.ColorRole.WindowText)  # every form's
    assert dialog.message.palette().color(QPalette.ColorRole.WindowText) == red
    assert staff_names(page) == ["M. Duarte", "Test Paralegal"]
    assert page.people.model.index(0, 1).data() == "Paralegal"  # the role did not change

    dialog.name.clear()
    dialog.go_button.click()
    assert dialog.message.text() == "Type the person's name."
    dialog.reject()


def test_changing_a_role_and_removing_a_person(
    qtbot: QtBot, app_ctx: AppContext, vault: Vault
) -> None:
    people.add(vault, "S. Chen", "paralegal", THEIR_PASSPHRASE, params=MINIMUM_ARGON2)
    page = open_page(qtbot, app_ctx)
    assert not page.people.role_button.isEnabled()  # nobody selected

    row = staff_names(page).index("S. Chen")
    page.people.table.selectRow(row)
    page.people.role_button.click()
    dialog = page.people.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    dialog.role.setCurrentIndex(dialog.role.findData("attorney"))
    with qtbot.waitSignal(dialog.finished):
        dialog.go_button.click()
    assert page.people.model.index(row, 1).data() == "Attorney"

    _answer_next_question(qtbot, _click_yes)
    page.people.remove_button.click()  # the row stays selected
    qtbot.waitUntil(lambda: page.people.task is None, timeout=SLOW)
    assert page.people.model.index(row, 2).data() == "Inactive"
    saved = app_ctx.read(lambda uow: records.list_records(uow, "staff"))
    assert [(s.name, s.role, s.active) for s in saved if s.name != "Test Paralegal"] == [
        ("S. Chen", "attorney", False)
    ]
    assert staff_names(page) == ["S. Chen", "Test Paralegal"]  # history still names them


def test_a_closure_day_is_used_by_the_next_computation(qtbot: QtBot, app_ctx: AppContext) -> None:
    before = app_ctx.read(lambda uow: docketing.preview(uow, "frcp-6a", TRIGGER, days=14))
    assert before.due == CLOSED
    page = open_page(qtbot, app_ctx)

    page.set_closure_date(CLOSED)
    page.closure_reason.setText("Snow: clerk's office closed")
    page.add_closure_button.click()

    assert page.closures_model.rowCount() == 1
    assert page.closures_model.index(0, 0).data() == "Mon 16 Mar 2026"
    assert page.closure_reason.text() == ""
    after = app_ctx.read(lambda uow: docketing.preview(uow, "frcp-6a", TRIGGER, days=14))
    assert after.due == dt.date(2026, 3, 17)
    trail = "\n".join(after.steps)
    assert "Mon 16 Mar 2026 is an office closure day (Snow: clerk's office closed)" in trail
    assert "FRCP 6(a)(3)" in trail

    page.closures_table.selectRow(0)
    seen = _answer_next_question(qtbot, _press_enter)  # Enter answers the safe default: No
    page.remove_closure_button.click()
    assert seen[0].startswith("Remove Mon 16 Mar 2026 as a closure day?") and seen[1] == "No"
    assert page.closures_model.rowCount() == 1
    _answer_next_question(qtbot, _click_yes)
    page.remove_closure_button.click()
    assert page.closures_model.rowCount() == 0
    again = app_ctx.read(lambda uow: docketing.preview(uow, "frcp-6a", TRIGGER, days=14))
    assert again.due == CLOSED


def test_a_closure_day_needs_a_reason(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = open_page(qtbot, app_ctx)
    page.set_closure_date(CLOSED)
    page.add_closure_button.click()
    assert page.error.isVisible()
    assert page.error.text() == "Reason is required."
    assert page.closures_model.rowCount() == 0

    page.closure_reason.setText("Power cut")
    page.add_closure_button.click()
    assert not page.error.isVisible()
    page.closure_reason.setText("Again")
    page.add_closure_button.click()
    assert page.error.text() == "Mon 16 Mar 2026 is already recorded as a closure day."


def test_locking_clears_the_page(qtbot: QtBot, app_ctx: AppContext) -> None:
    add_staff(app_ctx, "A. Rivera")
    page = open_page(qtbot, app_ctx)
    assert page.people.model.rowCount() == 2
    app_ctx.locked.emit()
    assert page.people.model.rowCount() == 0
    assert page.security.passphrases.text() == ""
    assert page.office_name.text() == ""


def test_people_and_closure_models_pass_qt_model_tester(
    qtbot: QtBot, app_ctx: AppContext, qtmodeltester: object
) -> None:
    add_staff(app_ctx, "A. Rivera")
    add_staff(app_ctx, "J. Okafor")
    app_ctx.write(lambda uow: docketing.add_closure(uow, CLOSED, "Snow"))
    everyone = PeopleModel()
    everyone.set_rows(app_ctx.read(people.people))
    qtmodeltester.check(everyone)  # type: ignore[attr-defined]
    closures = ClosuresModel()
    closures.set_rows(app_ctx.read(docketing.closures))
    qtmodeltester.check(closures)  # type: ignore[attr-defined]
    closures.set_rows(())
    qtmodeltester.check(closures)  # type: ignore[attr-defined]
