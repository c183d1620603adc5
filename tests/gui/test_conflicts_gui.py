"""The conflict check in the real client and account editors: typing in a client or an account
that is already in the vault lists what matched in the editor and asks before saving ("Go back",
the default, saves nothing); something new saves straight away and says how much was
searched. Never a sealed legal name on screen."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import RecordEditor, open_editor
from gui.editors.conflicts import ask_about_conflicts
from gui.tasks import TaskRunner
from services import audit, records
from tests.support.vaults import office_vault

LEGAL = "José Ñandú Pérez"
MATTER = "ICE summons to Meta — Stop ICE Alerts"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def ctx(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    """One vault for the module, held as the app holds it: Águila Norte (sealed legal name José
    Ñandú Pérez) in a matter whose subpoena targets the account she holds, @StopICEnow on X."""
    folder = tmp_path_factory.mktemp("conflicts-gui")
    vault, _recovery = office_vault(folder / "vault")
    pool = QThreadPool()
    context = AppContext(
        TaskRunner(pool),
        "Test Paralegal",
        preferences=QSettings(str(folder / "preferences.ini"), QSettings.Format.IniFormat),
    )
    context.set_vault(vault, folder / "vault")

    def fill(uow: Any) -> None:
        client = records.create(uow, "clients", {"pseudonym": "Águila Norte", "legal_name": LEGAL})
        matter = records.create(
            uow, "matters", {"title": MATTER, "status": "open", "client_ids": [client.id]}
        )
        account = records.create(
            uow, "accounts", {"platform": "x", "handle": "@StopICEnow", "client_ids": [client.id]}
        )
        records.create(
            uow,
            "subpoenas",
            {
                "matter_id": matter.id,
                "kind": "administrative_subpoena",
                "issuer": "DHS",
                "recipient": "Meta",
                "status": "received",
                "account_ids": [account.id],
            },
        )

    context.write(fill)
    yield context
    pool.waitForDone(10000)
    vault.lock()


@pytest.fixture
def open_(qtbot: QtBot) -> Iterator[Any]:
    opened: list[RecordEditor] = []

    def opener(ctx: AppContext, kind: str, record_id: int = 0) -> Any:
        editor = open_editor(ctx, kind, record_id)
        editor.ask_unsaved = lambda: "discard"
        editor.show()
        qtbot.waitExposed(editor)
        opened.append(editor)
        return editor

    yield opener
    for editor in opened:
        if shiboken6.isValid(editor) and editor.isVisible():
            editor.close_for_lock()


class Asked:
    """Answers the conflict question when it opens, with the button a person would click,
    and keeps what it said."""

    def __init__(self, answer: str):
        self.answer = answer
        self.texts: list[str] = []
        self.default: str | None = None
        QTimer.singleShot(0, self._look)

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "conflictQuestion":
            QTimer.singleShot(20, self._look)
            return
        self.texts.append(box.text())
        default = box.defaultButton()
        self.default = default.text() if default is not None else None
        button = next(b for b in box.buttons() if b.text() == self.answer)
        button.click()


def count(ctx: AppContext, kind: str) -> int:
    return int(ctx.read(lambda uow: records.count(uow, kind)))


def checks(ctx: AppContext) -> list[audit.AuditView]:
    return [e for e in ctx.read(audit.entries) if e.action == "conflict check"]


def type_into(qtbot: QtBot, editor: RecordEditor, name: str, text: str) -> None:
    widget = editor.find_input(name).focus
    widget.setFocus()
    if isinstance(widget, QComboBox):  # a pick list
        widget.clearEditText()
    else:
        assert isinstance(widget, QLineEdit)
        widget.clear()
    if text.isascii() or not isinstance(widget, QLineEdit):
        qtbot.keyClicks(widget, text)
    else:  # QTest types Latin letters only: the rest is pasted
        widget.insert(text)


def shown_text(editor: RecordEditor) -> str:
    return " ".join(label.text() for label in editor.findChildren(QLabel))


def test_a_new_client_with_a_known_sealed_name_is_listed_and_go_back_saves_nothing(
    qtbot: QtBot, ctx: AppContext, open_: Any
) -> None:
    clients, audited = count(ctx, "clients"), len(checks(ctx))
    editor = open_(ctx, "clients")
    assert not editor.conflict_list.isVisible()
    type_into(qtbot, editor, "pseudonym", "Nuevo cliente")
    qtbot.keyClicks(editor.sealed["legal_name"].display, "Perez, Jose Nandu")
    asked = Asked("Go back")
    qtbot.mouseClick(editor.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(asked.texts))

    expected = f"Same as the sealed legal name of client 'Águila Norte' (matter: '{MATTER}')"
    assert editor.conflict_list.isVisible()
    assert editor.conflict_list.lines() == [expected]
    assert expected in asked.texts[0]
    assert asked.default == "Go back"  # the safe answer is the default
    assert count(ctx, "clients") == clients  # nothing saved
    assert editor.record_id is None and editor.has_unsaved_changes()
    assert editor.status_label.text() == "Not saved."
    assert len(checks(ctx)) == audited + 1  # the check itself is audited
    for text in (*asked.texts, *editor.conflict_list.lines(), shown_text(editor)):
        assert LEGAL not in text


def test_save_anyway_saves_the_client_the_check_warned_about(
    qtbot: QtBot, ctx: AppContext, open_: Any
) -> None:
    clients = count(ctx, "clients")
    editor = open_(ctx, "clients")
    type_into(qtbot, editor, "pseudonym", "aguila norte")
    asked = Asked("Save anyway")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.conflict_list.lines() == [
        f"Same as the pseudonym of client 'Águila Norte' (matter: '{MATTER}')"
    ]
    assert len(asked.texts) == 1
    assert count(ctx, "clients") == clients + 1
    assert editor.status_label.text().startswith("Saved at")


def test_a_new_account_with_a_known_handle_is_listed_and_go_back_saves_nothing(
    qtbot: QtBot, ctx: AppContext, open_: Any
) -> None:
    accounts = count(ctx, "accounts")
    editor = open_(ctx, "accounts")
    combo = editor.find_input("platform").combo
    combo.setCurrentIndex(combo.findData("x"))
    type_into(qtbot, editor, "handle", "https://twitter.com/StopICEnow/")
    asked = Asked("Go back")
    qtbot.mouseClick(editor.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(asked.texts))
    assert editor.conflict_list.lines() == [
        f"Same handle as client 'Águila Norte' (matter: '{MATTER}')",
        f"The X (Twitter) account '@StopICEnow' is already targeted by a subpoena "
        f"(matter: '{MATTER}')",
    ]
    assert count(ctx, "accounts") == accounts
    assert editor.record_id is None


def test_something_new_saves_straight_away_and_says_what_was_searched(
    qtbot: QtBot, ctx: AppContext, open_: Any
) -> None:
    clients, accounts = count(ctx, "clients"), count(ctx, "accounts")
    editor = open_(ctx, "clients")
    editor.ask_conflicts = lambda lines: pytest.fail(f"asked about {lines}")
    type_into(qtbot, editor, "pseudonym", "Lechuza del Sur")
    qtbot.keyClicks(editor.sealed["legal_name"].display, "Marta Solis")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, LEFT)
    assert not editor.conflict_list.isVisible()
    assert count(ctx, "clients") == clients + 1
    assert editor.status_label.text().startswith(
        f"No conflicts found in {clients} clients and {accounts} account"
    )
    assert "Saved at" in editor.status_label.text()

    account = open_(ctx, "accounts")
    account.ask_conflicts = lambda lines: pytest.fail(f"asked about {lines}")
    combo = account.find_input("platform").combo
    combo.setCurrentIndex(combo.findData("instagram"))
    type_into(qtbot, account, "handle", "@stopicenow")  # the same name on another platform
    with qtbot.waitSignal(account.saved, timeout=5000):
        qtbot.mouseClick(account.save_button, LEFT)
    assert count(ctx, "accounts") == accounts + 1
    assert account.status_label.text().startswith(
        f"No conflicts found in {clients + 1} clients and {accounts} account"
    )


def test_an_edit_is_checked_only_when_the_name_changes(
    qtbot: QtBot, ctx: AppContext, open_: Any
) -> None:
    client_id = ctx.write(lambda uow: records.create(uow, "clients", {"pseudonym": "Búho"}).id)
    editor = open_(ctx, "clients", client_id)
    editor.ask_conflicts = lambda lines: pytest.fail(f"asked about {lines}")
    audited = len(checks(ctx))
    type_into(qtbot, editor, "language", "Spanish")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, LEFT)
    assert len(checks(ctx)) == audited  # the name did not change: no check

    asked = Asked("Go back")
    editor.ask_conflicts = functools.partial(ask_about_conflicts, editor)  # the real question
    type_into(qtbot, editor, "pseudonym", "Águila  Norte")
    qtbot.mouseClick(editor.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(asked.texts))
    assert len(checks(ctx)) == audited + 1
    stored = ctx.read(lambda uow: records.get(uow, "clients", client_id))
    assert stored.pseudonym == "Búho"  # went back: the rename was not saved
