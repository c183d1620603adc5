"""Settings are saved (and audited) the moment they change; staff and closure days are kept
with plain validation messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.dashboard import alert_red
from gui.pages.settings_page import ClosuresModel, SettingsPage, StaffModel
from services import audit, docketing, records, vaults
from tests.gui.test_trash import _answer_next_question, _click_yes, _press_enter

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
    model = page.staff_model
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


def test_adding_a_staff_member(qtbot: QtBot, app_ctx: AppContext) -> None:
    page = open_page(qtbot, app_ctx)
    page.add_staff_button.click()
    dialog = page.staff_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "M. Duarte")
    dialog.role.setCurrentIndex(dialog.role.findData("paralegal"))

    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert staff_names(page) == ["M. Duarte"]
    assert page.staff_model.index(0, 1).data() == "Paralegal"
    assert page.staff_model.index(0, 2).data() == "Yes"
    saved = app_ctx.read(lambda uow: records.list_records(uow, "staff"))
    assert [(s.name, s.role, s.active) for s in saved] == [("M. Duarte", "paralegal", True)]


def test_a_duplicate_name_shows_the_validation_message(qtbot: QtBot, app_ctx: AppContext) -> None:
    add_staff(app_ctx, "A. Rivera")
    page = open_page(qtbot, app_ctx)
    page.add_staff_button.click()
    dialog = page.staff_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "A. Rivera")

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert dialog.isVisible()  # kept open so the name can be fixed
    assert dialog.error.isVisible()
    assert "'A. Rivera' is already taken by another staff member" in dialog.error.text()
    red = alert_red(dialog.palette())
    assert dialog.error.palette().color(QPalette.ColorRole.WindowText) == red
    assert staff_names(page) == ["A. Rivera"]

    dialog.name.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.text() == "Name is required."
    dialog.reject()


def test_editing_and_deactivating_staff(qtbot: QtBot, app_ctx: AppContext) -> None:
    add_staff(app_ctx, "S. Chen", "paralegal")
    page = open_page(qtbot, app_ctx)
    assert not page.edit_staff_button.isEnabled()

    page.staff_table.selectRow(0)
    assert page.deactivate_button.text() == "&Deactivate"
    page.deactivate_button.click()
    assert page.staff_model.index(0, 2).data() == "No (deactivated)"
    assert page.deactivate_button.text() == "Re&activate"  # the row stays selected

    page.edit_staff_button.click()
    dialog = page.staff_dialog
    assert dialog is not None and not dialog.active.isChecked()
    dialog.name.setText("S. Chen-Ward")
    dialog.active.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    saved = app_ctx.read(lambda uow: records.list_records(uow, "staff"))
    assert [(s.name, s.active) for s in saved] == [("S. Chen-Ward", True)]
    assert staff_names(page) == ["S. Chen-Ward"]


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
    app_ctx.locked.emit()
    assert page.staff_model.rowCount() == 0
    assert page.office_name.text() == ""


def test_staff_and_closure_models_pass_qt_model_tester(
    qtbot: QtBot, app_ctx: AppContext, qtmodeltester: object
) -> None:
    add_staff(app_ctx, "A. Rivera")
    add_staff(app_ctx, "J. Okafor")
    app_ctx.write(lambda uow: docketing.add_closure(uow, CLOSED, "Snow"))
    staff = StaffModel()
    staff.set_rows(app_ctx.read(lambda uow: records.list_records(uow, "staff")))
    qtmodeltester.check(staff)  # type: ignore[attr-defined]
    closures = ClosuresModel()
    closures.set_rows(app_ctx.read(docketing.closures))
    qtmodeltester.check(closures)  # type: ignore[attr-defined]
    closures.set_rows(())
    qtmodeltester.check(closures)  # type: ignore[attr-defined]
