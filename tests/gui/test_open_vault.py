"""File ▸ Open another vault… and File ▸ Recent vaults as a paralegal uses them: the other
vault's cases and name on screen after its passphrase, Cancel at any step leaving the open
vault as it was, a folder without a vault refused with one message, unsaved edits asked about
first, and the list of vaults opened on this computer (paths only) kept in order, once each,
with missing folders greyed out and a way to clear it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from gui.app import LockController, build_window
from gui.context import AppContext
from gui.editors import RecordEditor
from gui.help import ShortcutsDialog
from gui.main_window import MainWindow
from gui.pages.records_page import RecordsPage
from gui.recent_vaults import (
    EARLIER_VAULTS_KEY,
    LAST_VAULT_KEY,
    MAX_RECENT,
    MENU_PATH_WIDTH,
    forget_all_but,
    recent_vaults,
    remember,
)
from gui.start import choose_vault, remember_vault
from gui.tasks import TaskRunner
from gui.unlock import UnlockDialog
from services import drafts, records, vaults
from storage.keyslots import MINIMUM_ARGON2
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.test_editors import type_into
from tests.gui.test_unlock import when_shown

OTHER_PASSPHRASE = "eastside lantern orchard river"
OTHER_MATTER = "Doe v. ICE: summons for @eastside_voice"
SLOW = 20_000  # ms: an unlock runs real Argon2id (at its floor)


# ---- two real vaults and the app around the first ------------------------------------------


@pytest.fixture
def other_vault(tmp_path: Path) -> Path:
    """A second office's vault, locked, as the first-run wizard makes one: one staff member
    (who is then the one working) and one matter."""
    folder = tmp_path / "office-vault"
    made = vaults.create(
        folder,
        OTHER_PASSPHRASE,
        actor="Ana Ruiz",
        office_name="Eastside Legal Aid",
        first_person={"name": "Ana Ruiz", "role": "paralegal"},
        params=MINIMUM_ARGON2,
    )
    with vaults.unit_of_work(made.vault, "Ana Ruiz") as uow:
        records.create(uow, "matters", {"title": OTHER_MATTER, "status": "open"})
        uow.commit()
    made.vault.lock()
    return folder


@pytest.fixture
def app(
    qtbot: QtBot, qapp: QApplication, app_ctx: AppContext, vault_dir: Path
) -> Iterator[LockController]:
    """The running app on the first vault ("Test Office" in a folder named "vault"), which
    start-up remembered as it does."""
    remember_vault(app_ctx.preferences, vault_dir)
    window, controller = build_window(qapp, app_ctx)
    window.show()
    qtbot.waitExposed(window)
    yield controller
    controller.idle.stop()
    for dialog in (controller.unlock_dialog,):
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.hide()
    window = controller.window
    for editor in window.findChildren(RecordEditor):
        if shiboken6.isValid(editor):
            editor.close_for_lock()
    if app_ctx.is_unlocked:
        app_ctx.lock()  # the other vault, when the test opened it
    shiboken6.delete(window)


def file_menu(window: MainWindow) -> QMenu:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert isinstance(menu, QMenu)
    return menu


def menu_item(menu: QMenu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text() == text)


def recent_menu(window: MainWindow) -> QMenu:
    """File ▸ Recent vaults, read as it is when the person opens it."""
    menu = menu_item(file_menu(window), "&Recent vaults").menu()
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()
    return menu


def shown(menu: QMenu, number: int, folder: Path) -> str:
    """A folder's entry as the menu words it: long paths are shortened in the middle."""
    path = menu.fontMetrics().elidedText(str(folder), Qt.TextElideMode.ElideMiddle, MENU_PATH_WIDTH)
    return f"&{number} {path}"


def listed(menu: QMenu) -> list[tuple[str, bool]]:
    """(text, enabled) of each entry of a menu, separators left out."""
    return [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> list[str]:
    """The folder the person picks in the folder dialog (None: Cancel); notes each time the
    dialog is shown, with the folder it starts in."""
    shown: list[str] = []

    def pick(_parent: object, _caption: str, start: str = "", *_a: object, **_k: object) -> str:
        shown.append(start)
        return str(folder) if folder is not None else ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", pick)
    return shown


def type_passphrase(passphrase: str) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        dialog.passphrase.setText(passphrase)
        dialog.unlock_button.click()

    return act


def request(qtbot: QtBot, controller: LockController, item: QAction) -> bool:
    """Click a File menu item and wait until what it asked for has run its course (every
    dialog answered); whether the other vault is open."""
    with qtbot.waitSignal(controller.switch_finished, timeout=SLOW) as done:
        item.trigger()
    return bool(done.args[0])


def switched(qtbot: QtBot, controller: LockController, item: QAction) -> MainWindow:
    """Click a File menu item that opens the other vault; the window that shows it."""
    old = controller.window
    assert request(qtbot, controller, item)
    window = controller.window
    assert window is not old
    qtbot.waitExposed(window)
    return window


def shown_on_page(window: MainWindow, title: str) -> list[str]:
    """Every cell the records page titled `title` shows now."""
    window.show_page(window.page_index(title))
    page = window.pages.currentWidget()
    assert isinstance(page, RecordsPage)
    model = page.table.model()
    return [
        str(model.index(r, c).data())
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def assert_first_vault_as_it_was(controller: LockController, ctx: AppContext, first: Path) -> None:
    window = controller.window
    assert ctx.is_unlocked and ctx.folder == first and ctx.actor == "Test Paralegal"
    assert window.isVisible()
    assert window.windowTitle() == "Quash — Test Office (vault)"
    assert window.vault_label.text().startswith("Vault: Test Office (")


# ---- opening another vault -----------------------------------------------------------------


def test_the_file_menu_opens_another_vault_and_shows_its_cases_and_name(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    vault: Vault,
    vault_dir: Path,
    other_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = app.window
    assert first.windowTitle() == "Quash — Test Office (vault)"
    assert first.vault_label.toolTip() == str(vault_dir)
    started_in = choose_folder(monkeypatch, other_vault)
    when_shown(UnlockDialog, type_passphrase(OTHER_PASSPHRASE))
    item = menu_item(file_menu(first), "&Open another vault…")
    assert item.shortcut().toString() == "Ctrl+O"
    window = switched(qtbot, app, item)

    assert started_in == [str(vault_dir.parent)]  # the folder dialog starts beside this vault
    assert window.windowTitle() == "Quash — Eastside Legal Aid (office-vault)"
    assert window.vault_label.text().startswith("Vault: Eastside Legal Aid (")
    assert window.vault_label.toolTip() == str(other_vault)
    assert window.user_label.text() == "Working as: Ana Ruiz"  # the other office's staff
    assert OTHER_MATTER in shown_on_page(window, "Matters")
    assert not shiboken6.isValid(first)  # nothing of the first vault's is left on screen
    # The first vault is locked as Ctrl+L locks it: its connections closed, its key gone.
    assert vault.is_locked
    assert app_ctx.folder == other_vault and app_ctx.is_unlocked
    # Recent vaults now offers the first vault, and not the one open.
    menu = recent_menu(window)
    assert listed(menu)[0] == (shown(menu, 1, vault_dir), True)
    assert recent_vaults(app_ctx.preferences) == [other_vault, vault_dir]
    app_ctx.preferences.sync()
    kept = Path(app_ctx.preferences.fileName()).read_text()
    assert "Eastside" not in kept and "Test Office" not in kept  # folders' paths only


def test_a_recent_vault_opens_from_the_submenu_and_the_first_comes_back_the_same_way(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    vault_dir: Path,
    other_vault: Path,
) -> None:
    remember(app_ctx.preferences, other_vault)
    remember(app_ctx.preferences, vault_dir)  # the first vault is the one open, and last
    first = app.window
    entries = listed(recent_menu(first))
    assert entries == [(shown(recent_menu(first), 1, other_vault), True), ("&Clear the list", True)]

    when_shown(UnlockDialog, type_passphrase(OTHER_PASSPHRASE))
    window = switched(qtbot, app, recent_menu(first).actions()[0])
    assert window.windowTitle() == "Quash — Eastside Legal Aid (office-vault)"

    # And back: the first vault is now the recent one.
    when_shown(UnlockDialog, type_passphrase(PASSPHRASE))
    menu = recent_menu(window)
    assert listed(menu)[0] == (shown(menu, 1, vault_dir), True)
    back = switched(qtbot, app, menu.actions()[0])
    assert back.windowTitle() == "Quash — Test Office (vault)"
    assert back.user_label.text().startswith("Working as: ")
    assert app_ctx.folder == vault_dir


@pytest.mark.parametrize("step", ["folder dialog", "unlock dialog", "wrong passphrase"])
def test_cancel_at_any_step_leaves_the_open_vault_as_it_was(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    vault_dir: Path,
    other_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
) -> None:
    first = app.window
    matter = app_ctx.write(
        lambda uow: records.create(uow, "matters", {"title": "Roe v. DHS", "status": "open"})
    )
    first.show_page(first.page_index("Matters"))
    choose_folder(monkeypatch, None if step == "folder dialog" else other_vault)
    unlock_windows: list[UnlockDialog] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        unlock_windows.append(dialog)
        if step == "wrong passphrase":
            dialog.passphrase.setText("not the passphrase at all")
            dialog.unlock_button.click()
            # Told so; the person gives up once the key has been checked.
            qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=SLOW)
        dialog.cancel_button.click()

    if step != "folder dialog":
        when_shown(UnlockDialog, answer)
    assert not request(qtbot, app, first.open_vault_action)

    assert len(unlock_windows) == (0 if step == "folder dialog" else 1)
    assert app.window is first  # the same window, on the same page
    assert first.pages.currentIndex() == first.page_index("Matters")
    assert_first_vault_as_it_was(app, app_ctx, vault_dir)
    assert app_ctx.read(lambda uow: records.get(uow, "matters", matter.id)).title == "Roe v. DHS"
    assert app.unlock_dialog is None  # nothing to unlock again
    assert recent_vaults(app_ctx.preferences) == [vault_dir]  # the other was never opened


def test_a_folder_without_a_vault_is_refused_with_one_message(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    papers = tmp_path / "Scans"
    papers.mkdir()
    (papers / "subpoena.pdf").write_bytes(b"%PDF-1.4")
    choose_folder(monkeypatch, papers)
    said: list[str] = []

    def read_and_close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_shown(QMessageBox, read_and_close)
    first = app.window
    assert not request(qtbot, app, first.open_vault_action)

    assert said == [
        f"There is no Quash vault in {papers}: a vault's folder holds quash.keys and "
        "quash.db. The vault open now stays open."
    ]
    assert app.window is first
    assert_first_vault_as_it_was(app, app_ctx, vault_dir)
    assert sorted(p.name for p in papers.iterdir()) == ["subpoena.pdf"]  # nothing made there
    assert recent_vaults(app_ctx.preferences) == [vault_dir]


def test_choosing_the_vault_open_now_says_so_and_changes_nothing(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_folder(monkeypatch, vault_dir)
    first = app.window
    assert not request(qtbot, app, first.open_vault_action)
    assert first.statusBar().currentMessage() == "That vault is open already."
    assert_first_vault_as_it_was(app, app_ctx, vault_dir)


def test_ctrl_l_while_the_other_vault_is_asked_for_locks_this_one_and_opens_neither(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    vault: Vault,
    other_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A person leaving the desk with the other vault's unlock window up: Ctrl+L locks the
    vault that is open, as everywhere, and the switch is given up."""
    choose_folder(monkeypatch, other_vault)
    first = app.window

    def press_ctrl_l(dialog: QDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    when_shown(UnlockDialog, press_ctrl_l)
    assert not request(qtbot, app, first.open_vault_action)
    assert vault.is_locked and app_ctx.folder != other_vault
    assert not first.isVisible()
    assert app.unlock_dialog is not None and app.unlock_dialog.isVisible()
    assert app.unlock_dialog.folder == app_ctx.folder  # this vault's unlock, as after Ctrl+L
    assert QApplication.activeModalWidget() in (None, app.unlock_dialog)


# ---- unsaved edits are asked about first ---------------------------------------------------


@pytest.fixture
def unsaved_editor(qtbot: QtBot, app: LockController, app_ctx: AppContext) -> RecordEditor:
    """A saved matter open in its editor with a judge typed and not saved."""
    matter = app_ctx.write(
        lambda uow: records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
    )
    editor = app.window.open_record("matters", matter.id)
    assert isinstance(editor, RecordEditor)
    qtbot.waitExposed(editor)
    type_into(qtbot, editor, "judge", "Magistrate Judge Hixson")
    assert editor.has_unsaved_changes()
    return editor


def answer_unsaved(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """Answer the editor's question about its unsaved changes with `button`, as a click."""

    def click(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.windowTitle())
        box.button(button).click()

    when_shown(QMessageBox, click)


def test_unsaved_edits_are_asked_about_first_and_cancel_stops_there(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    unsaved_editor: RecordEditor,
    other_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder_dialogs = choose_folder(monkeypatch, other_vault)
    asked: list[str] = []
    answer_unsaved(QMessageBox.StandardButton.Cancel, asked)
    assert not request(qtbot, app, app.window.open_vault_action)
    assert asked == ["Unsaved changes"]
    assert folder_dialogs == []  # asked before anything else
    assert unsaved_editor.isVisible()
    assert unsaved_editor.find_input("judge").state() == "Magistrate Judge Hixson"
    assert unsaved_editor.has_unsaved_changes()


def test_discarded_edits_stay_on_screen_until_the_other_vault_is_open(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    vault_dir: Path,
    unsaved_editor: RecordEditor,
    other_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    matter_id = unsaved_editor.record_id
    assert matter_id is not None
    # Discard, then Cancel in the folder dialog: the typing is still there.
    choose_folder(monkeypatch, None)
    asked: list[str] = []
    answer_unsaved(QMessageBox.StandardButton.Discard, asked)
    assert not request(qtbot, app, app.window.open_vault_action)
    assert asked == ["Unsaved changes"]
    assert unsaved_editor.isVisible() and unsaved_editor.has_unsaved_changes()

    # Discard, then the other vault: the editor goes, nothing saved, no draft kept.
    choose_folder(monkeypatch, other_vault)
    answer_unsaved(QMessageBox.StandardButton.Discard, asked)
    first = app.window
    when_shown(UnlockDialog, type_passphrase(OTHER_PASSPHRASE))
    switched(qtbot, app, first.open_vault_action)
    assert asked == ["Unsaved changes", "Unsaved changes"]
    assert not shiboken6.isValid(unsaved_editor) or not unsaved_editor.isVisible()
    assert app.window.findChildren(RecordEditor) == []
    from storage.uow import UnitOfWork
    from storage.vault import unlock_with_passphrase

    with (
        unlock_with_passphrase(vault_dir, PASSPHRASE) as peek,
        UnitOfWork(peek, "check") as uow,
    ):
        assert records.get(uow, "matters", matter_id).judge is None
        assert drafts.all_drafts(uow) == []


def test_saved_edits_are_saved_in_the_first_vault_before_it_locks(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    vault_dir: Path,
    unsaved_editor: RecordEditor,
    other_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    matter_id = unsaved_editor.record_id
    assert matter_id is not None
    choose_folder(monkeypatch, other_vault)
    asked: list[str] = []
    answer_unsaved(QMessageBox.StandardButton.Save, asked)
    first = app.window
    when_shown(UnlockDialog, type_passphrase(OTHER_PASSPHRASE))
    window = switched(qtbot, app, first.open_vault_action)
    assert asked == ["Unsaved changes"]
    assert window.windowTitle() == "Quash — Eastside Legal Aid (office-vault)"
    from storage.uow import UnitOfWork
    from storage.vault import unlock_with_passphrase

    with (
        unlock_with_passphrase(vault_dir, PASSPHRASE) as peek,
        UnitOfWork(peek, "check") as uow,
    ):
        assert records.get(uow, "matters", matter_id).judge == "Magistrate Judge Hixson"


# ---- the list of recent vaults -------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "recent.ini"), QSettings.Format.IniFormat)


def test_recent_vaults_are_kept_most_recent_first_once_each_and_only_a_few(
    settings: QSettings, tmp_path: Path
) -> None:
    a, b, c = (tmp_path / name for name in ("a", "b", "c"))
    remember(settings, a)
    assert settings.allKeys() == [LAST_VAULT_KEY]  # one vault: one path, as before
    remember(settings, b)
    remember(settings, c)
    remember(settings, tmp_path / "x" / ".." / "a")  # a again, spelled another way
    assert recent_vaults(settings) == [a, c, b]
    assert settings.value(LAST_VAULT_KEY) == str(a)  # what start-up offers first
    for n in range(MAX_RECENT + 2):
        remember(settings, tmp_path / f"v{n}")
    kept = recent_vaults(settings)
    assert len(kept) == MAX_RECENT and kept[0] == tmp_path / f"v{MAX_RECENT + 1}"
    assert set(settings.allKeys()) == {LAST_VAULT_KEY, EARLIER_VAULTS_KEY}  # paths only
    forget_all_but(settings, kept[0])
    assert recent_vaults(settings) == [kept[0]]
    forget_all_but(settings, None)
    assert recent_vaults(settings) == [] and settings.allKeys() == []


def test_the_submenu_greys_out_a_missing_folder_leaves_out_the_open_one_and_clears(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    vault_dir: Path,
    other_vault: Path,
    tmp_path: Path,
) -> None:
    stick = tmp_path / "stick" / "vault"  # a vault on a stick that is not plugged in
    prefs = app_ctx.preferences
    remember(prefs, stick)
    remember(prefs, other_vault)
    remember(prefs, other_vault)  # twice, listed once
    remember(prefs, vault_dir)
    menu = recent_menu(app.window)
    assert listed(menu) == [
        (shown(menu, 1, other_vault), True),
        (shown(menu, 2, stick) + " (not found)", False),
        ("&Clear the list", True),
    ]
    assert "not plugged in" in menu.actions()[1].toolTip()
    assert menu.actions()[0].toolTip() == str(other_vault)

    menu_item(menu, "&Clear the list").trigger()
    assert listed(recent_menu(app.window)) == [
        ("No other vault opened yet", False),
        ("&Clear the list", False),
    ]
    # The open vault is still the one start-up offers next time.
    assert recent_vaults(prefs) == [vault_dir]
    assert vault_dir.is_dir() and other_vault.is_dir()  # the folders themselves untouched


def test_start_up_offers_the_most_recent_vault_that_is_there(
    qtbot: QtBot,
    runner: TaskRunner,
    settings: QSettings,
    other_vault: Path,
    tmp_path: Path,
) -> None:
    remember(settings, other_vault)
    remember(settings, tmp_path / "stick" / "vault")  # last, but not plugged in
    offered: list[Path] = []

    def unlock(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        offered.append(dialog.folder)
        type_passphrase(OTHER_PASSPHRASE)(dialog)

    when_shown(UnlockDialog, unlock)
    chosen = choose_vault(runner, settings=settings)
    assert chosen is not None
    opened, folder, actor = chosen
    opened.lock()
    assert offered == [other_vault] and (folder, actor) == (other_vault, "Ana Ruiz")
    assert recent_vaults(settings) == [other_vault, tmp_path / "stick" / "vault"]


def test_the_demo_vault_opened_from_the_menu_is_not_remembered(
    qtbot: QtBot,
    app: LockController,
    app_ctx: AppContext,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = tmp_path / "demo-vault"
    vaults.open_demo(
        demo, "demo vault passphrase", actor="Demo user", office_name="Demo", params=MINIMUM_ARGON2
    ).lock()
    choose_folder(monkeypatch, demo)
    when_shown(UnlockDialog, type_passphrase("demo vault passphrase"))
    first = app.window
    window = switched(qtbot, app, first.open_vault_action)
    assert window.demo_banner.isVisible()
    assert window.windowTitle() == "Quash — Demo (demo-vault)"
    assert recent_vaults(app_ctx.preferences) == [vault_dir]  # next start: the office's vault


def test_keyboard_shortcuts_list_open_another_vault(app: LockController) -> None:
    rows = ShortcutsDialog(app.window).rows()
    assert ("File ▸ Open another vault", "Ctrl+O") in rows
    assert ("File ▸ Lock now", "Ctrl+L") in rows
