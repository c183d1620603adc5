"""The main window as a paralegal uses it: navigation, shortcuts, the status bar, and a whole
case from a new matter to a docketed motion to quash with one deadline marked done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import RecordEditor
from gui.editors.deadline_dialogs import DocketEventDialog
from gui.main_window import MainWindow
from services import records, vaults
from tests.gui.test_editors import pick, type_into

D = dt.date
LEFT = Qt.MouseButton.LeftButton
PAGES = [
    "Dashboard",
    "Matters",
    "Clients",
    "Accounts",
    "Subpoenas",
    "Deadlines",
    "Calendar",
    "Reports",
    "Backup",
    "Audit log",
    "Settings",
]


@pytest.fixture
def window(qtbot: QtBot, app_ctx: AppContext) -> Iterator[MainWindow]:
    main = MainWindow(app_ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for editor in main.findChildren(RecordEditor):
        if shiboken6.isValid(editor):
            editor.close_for_lock()


def action(window: MainWindow, keys: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence(keys))


def new_editor(qtbot: QtBot, window: MainWindow, keys: str) -> RecordEditor:
    before = set(window.findChildren(RecordEditor))
    action(window, keys).trigger()
    editor = next(e for e in window.findChildren(RecordEditor) if e not in before)
    editor.ask_unsaved = lambda: "discard"
    qtbot.waitExposed(editor)
    return editor


def save(qtbot: QtBot, editor: RecordEditor) -> int:
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.mouseClick(editor.save_button, LEFT)
    return int(saved.args[0])


def test_every_page_is_in_the_navigation_and_reachable_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == PAGES
    for index, keys in ((5, "Ctrl+6"), (6, "Ctrl+7"), (9, "Ctrl+0"), (0, "Ctrl+1")):
        action(window, keys).trigger()
        assert window.pages.currentIndex() == index
    assert action(window, "Ctrl+L").text() == "&Lock now"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&File" and "&Go" in menus


def test_status_bar_names_the_vault_the_person_and_the_backup_age(
    window: MainWindow, app_ctx: AppContext
) -> None:
    assert "Test Office" in window.vault_label.text()
    assert window.user_label.text() == "Working as: Test Paralegal"
    assert window.backup_label.text() == "No verified backup yet"
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(days=9)).isoformat()
    app_ctx.write(lambda uow: vaults.set_setting(uow, "last_verified_backup", old))
    assert window.backup_label.text().startswith("Last verified backup: 9 days ago")
    assert "make a new backup" in window.backup_label.text()


def test_search_box_is_focused_with_ctrl_f(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    action(window, QKeySequence(QKeySequence.StandardKey.Find).toString()).trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)


def test_a_whole_case_from_new_matter_to_a_docketed_motion(
    qtbot: QtBot, window: MainWindow, app_ctx: AppContext
) -> None:
    # A new matter (Ctrl+N).
    matter_editor = new_editor(qtbot, window, "Ctrl+N")
    type_into(qtbot, matter_editor, "title", "Doe v. DHS: summons for @northbay_watch")
    pick(matter_editor, "status", "open")
    matter_id = save(qtbot, matter_editor)

    # A client whose legal name is sealed.
    client_editor = new_editor(qtbot, window, "Ctrl+Shift+C")
    type_into(qtbot, client_editor, "pseudonym", "Northbay watcher")
    qtbot.keyClicks(client_editor.sealed["legal_name"].display, "Rosa Delgado (fictional)")
    client_id = save(qtbot, client_editor)
    assert client_editor.sealed["legal_name"].display_text() == "Sealed"

    # The account the client runs.
    account_editor = new_editor(qtbot, window, "Ctrl+Shift+A")
    pick(account_editor, "platform", "instagram")
    type_into(qtbot, account_editor, "handle", "@northbay_watch")
    clients = account_editor.find_input("client_ids").list
    clients.item(0).setCheckState(Qt.CheckState.Checked)
    account_id = save(qtbot, account_editor)

    # The subpoena served on the platform.
    subpoena_editor = new_editor(qtbot, window, "Ctrl+Shift+S")
    pick(subpoena_editor, "matter_id", matter_id)
    pick(subpoena_editor, "kind", "customs_summons")
    type_into(qtbot, subpoena_editor, "issuer", "U.S. Customs and Border Protection")
    type_into(qtbot, subpoena_editor, "recipient", "Meta")
    type_into(qtbot, subpoena_editor, "served", "2016-05-02")
    for demand in ("name", "email", "ip_logs"):
        subpoena_editor.find_input("requested").boxes[demand].setChecked(True)
    # The client is not yet on the matter, so its account is with the vault's others.
    accounts = subpoena_editor.find_input("account_ids")
    accounts.show_all.setFocus()
    qtbot.keyClick(accounts.show_all, Qt.Key.Key_Space)
    accounts._items()[account_id].setCheckState(Qt.CheckState.Checked)
    subpoena_id = save(qtbot, subpoena_editor)

    # The client joins the matter; the motion to quash is docketed from the matter.
    matter_editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(matter_editor.add_client_button, LEFT)
    matter_editor.tabs.setCurrentIndex(3)
    docket_button = next(
        b for b in matter_editor.findChildren(QPushButton) if b.text() == "&Docket event…"
    )
    qtbot.mouseClick(docket_button, LEFT)
    dialog = matter_editor.findChild(DocketEventDialog)
    qtbot.waitExposed(dialog)
    dialog.event_combo.setCurrentIndex(dialog.event_combo.findData("motion-to-quash-filed"))
    qtbot.keyClicks(dialog.date_edit, "2016-05-16")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result_ is not None
    qtbot.mouseClick(dialog.ok_button, LEFT)  # Close

    # The Deadlines page shows the hearing, opposition and reply with their dates.
    window.show_page(PAGES.index("Deadlines"))
    page = window.pages.currentWidget()
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    model = page.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    shown = {model.index(r, 2).data(): model.index(r, 0).data() for r in range(3)}
    assert shown == {
        "Earliest hearing date for the motion": "Mon 20 Jun 2016",
        "Opposition to the motion due": "Tue 31 May 2016",
        "Reply in support of the motion due": "Tue 7 Jun 2016",
    }

    # Mark the opposition done from the list (Ctrl+D on the selected row).
    row = next(r for r in range(3) if model.index(r, 2).data() == "Opposition to the motion due")
    page.table.selectRow(row)
    page.done_action.trigger()
    statuses = {
        d.title: d.status for d in app_ctx.read(lambda uow: records.list_records(uow, "deadlines"))
    }
    assert statuses["Opposition to the motion due"] == "done"
    assert statuses["Reply in support of the motion due"] == "open"

    # Everything is linked as the paralegal entered it.
    matter = app_ctx.read(lambda uow: records.get(uow, "matters", matter_id))
    subpoena = app_ctx.read(lambda uow: records.get(uow, "subpoenas", subpoena_id))
    account = app_ctx.read(lambda uow: records.get(uow, "accounts", account_id))
    assert matter.client_ids == (client_id,) and account.client_ids == (client_id,)
    assert subpoena.account_ids == (account_id,) and subpoena.requested == (
        "name",
        "email",
        "ip_logs",
    )
