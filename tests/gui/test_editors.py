"""Record editors against a real vault: typing into the widgets, saving, sealed values, errors
that name the field, and drafts that survive the vault locking."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import ClientEditor, RecordEditor, open_editor
from gui.editors.sealed import CLEAR_TIMER, PASSWORD_HINT
from models.entities import Client
from services import audit, docketing, drafts, records
from storage.vault import unlock_with_passphrase
from tests.conftest import PASSPHRASE

D = dt.date
LEFT = Qt.MouseButton.LeftButton
Opener = Callable[..., Any]


@pytest.fixture
def open_(qtbot: QtBot) -> Iterator[Opener]:
    """Open an editor as the main window would, answer its questions without a message box,
    and close whatever is still open at the end."""
    opened: list[RecordEditor] = []

    def opener(ctx: AppContext, kind: str, record_id: int = 0, **prefill: Any) -> Any:
        editor = open_editor(ctx, kind, record_id, prefill=prefill or None)
        editor.ask_unsaved = lambda: "discard"
        editor.confirm = lambda _parent, _question: True
        editor.show()
        qtbot.waitExposed(editor)
        opened.append(editor)
        return editor

    yield opener
    for editor in opened:
        if shiboken6.isValid(editor) and editor.isVisible():
            editor.close_for_lock()


def type_into(qtbot: QtBot, editor: RecordEditor, name: str, text: str) -> None:
    widget = editor.find_input(name).focus
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.clear()
    elif isinstance(widget, QComboBox) and widget.isEditable():  # a pick list
        widget.clearEditText()
    qtbot.keyClicks(widget, text)


def pick(editor: RecordEditor, name: str, value: Any) -> None:
    combo = editor.find_input(name).combo
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered for {name}"
    combo.setCurrentIndex(index)


def save(qtbot: QtBot, editor: RecordEditor) -> None:
    qtbot.mouseClick(editor.save_button, LEFT)


def button(editor: RecordEditor, text: str) -> QPushButton:
    return next(b for b in editor.findChildren(QPushButton) if b.text() == text)


def make_matter(ctx: AppContext, title: str = "DHS summons to Meta") -> int:
    view = ctx.write(lambda uow: records.create(uow, "matters", {"title": title, "status": "open"}))
    return int(view.id)


def make_client(ctx: AppContext, legal_name: str | None = "Ana Example (fictional)") -> int:
    view = ctx.write(
        lambda uow: records.create(
            uow, "clients", {"pseudonym": "Watch page admin", "legal_name": legal_name}
        )
    )
    return int(view.id)


def entries(ctx: AppContext, entity: str, entity_id: int) -> list[audit.AuditView]:
    return ctx.read(lambda uow: audit.entries(uow, entity=entity, entity_id=entity_id))


# ---- matters ---------------------------------------------------------------------------------


def test_a_matter_typed_into_the_editor_is_saved_with_ctrl_s(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    editor = open_(app_ctx, "matters")
    assert editor.windowTitle().startswith("New matter")
    assert not editor.tabs.isTabEnabled(3)  # deadlines need a saved matter
    assert editor.find_input("opened").state() == dt.date.today().isoformat()
    assert not editor.has_unsaved_changes()  # defaults are not typed work
    type_into(qtbot, editor, "title", "DHS subpoena to Meta for @pa_watch")
    pick(editor, "status", "open")
    type_into(qtbot, editor, "court", "N.D. Cal.")
    type_into(qtbot, editor, "opened", "2026-01-05")
    type_into(qtbot, editor, "attorney", "A. Rivera")
    assert editor.has_unsaved_changes() and editor.isWindowModified()

    with qtbot.waitActive(editor):
        editor.activateWindow()
    with qtbot.waitSignal(editor.saved, timeout=3000) as saved:
        qtbot.keyClick(
            editor.find_input("court").focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )

    matter = app_ctx.read(lambda uow: records.get(uow, "matters", saved.args[0]))
    assert (matter.title, matter.status, matter.court, matter.opened, matter.attorney) == (
        "DHS subpoena to Meta for @pa_watch",
        "open",
        "N.D. Cal.",
        D(2026, 1, 5),
        "A. Rivera",
    )
    assert editor.draft_key() == ("matters", matter.id)
    assert not editor.has_unsaved_changes()
    assert editor.tabs.isTabEnabled(3)
    assert "DHS subpoena to Meta" in editor.windowTitle()
    assert editor.error_label.isHidden()


def test_matter_tabs_add_a_client_and_show_it_in_the_history(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    matter_id = make_matter(app_ctx)
    client_id = make_client(app_ctx)
    app_ctx.write(
        lambda uow: records.create(
            uow,
            "accounts",
            {"platform": "instagram", "handle": "@watch", "client_ids": [client_id]},
        )
    )
    editor = open_(app_ctx, "matters", matter_id)
    editor.tabs.setCurrentIndex(1)
    assert editor.client_choice.currentData() == client_id
    qtbot.mouseClick(editor.add_client_button, LEFT)

    assert app_ctx.read(lambda uow: records.get(uow, "matters", matter_id)).client_ids == (
        client_id,
    )
    top = editor.clients_tree.topLevelItem(0)
    assert top.text(0) == "Watch page admin"
    assert top.text(2) == "Legal name on file (sealed)"
    assert top.child(0).text(0) == "@watch"
    history = [
        editor.history_list.topLevelItem(i).text(2)
        for i in range(editor.history_list.topLevelItemCount())
    ]
    assert any(h.startswith("Changed Clients") for h in history)
    assert editor.history_list.topLevelItem(0).text(1) == "Test Paralegal"


def test_deadlines_tab_lists_them_and_marks_done_or_vacated(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    matter_id = make_matter(app_ctx)
    app_ctx.write(
        lambda uow: docketing.docket(uow, matter_id, "motion-to-quash-filed", D(2016, 5, 16))
    )
    editor = open_(app_ctx, "matters", matter_id)
    editor.tabs.setCurrentIndex(3)
    table = editor.deadline_list
    rows = {
        table.topLevelItem(i).text(1): table.topLevelItem(i)
        for i in range(table.topLevelItemCount())
    }
    assert rows["Opposition to the motion due"].text(0) == "2016-05-31"
    assert rows["Opposition to the motion due"].text(3) == "N.D. Cal. Civil L.R. 7-3(a)"
    assert rows["Opposition to the motion due"].text(2) == "Open, overdue"

    rows["Opposition to the motion due"].setSelected(True)
    qtbot.mouseClick(button(editor, "&Mark done"), LEFT)
    rows = {
        table.topLevelItem(i).text(1): table.topLevelItem(i)
        for i in range(table.topLevelItemCount())
    }
    assert rows["Opposition to the motion due"].text(2) == "Done"
    table.clearSelection()
    rows["Reply in support of the motion due"].setSelected(True)
    qtbot.mouseClick(button(editor, "&Vacate"), LEFT)
    statuses = {
        d.title: d.status for d in app_ctx.read(lambda uow: records.list_records(uow, "deadlines"))
    }
    assert statuses == {
        "Earliest hearing date for the motion": "open",
        "Opposition to the motion due": "done",
        "Reply in support of the motion due": "vacated",
    }
    # Each says what it did, and the last can be undone.
    assert (
        editor.status_label.text() == "Vacated: Reply in support of the motion due (Tue 7 Jun 2016)"
    )
    assert editor.undo_status_button.isVisible()
    qtbot.mouseClick(editor.undo_status_button, LEFT)
    reply = next(
        d
        for d in app_ctx.read(lambda uow: records.list_records(uow, "deadlines"))
        if d.title == "Reply in support of the motion due"
    )
    assert reply.status == "open" and not editor.undo_status_button.isVisible()
    assert editor.status_label.text() == "Undone: the status is as it was."


def test_demo_matter_opens_with_its_docket_and_subpoena(
    demo_ctx: AppContext, open_: Opener
) -> None:
    matter = next(
        m
        for m in demo_ctx.read(lambda uow: records.list_records(uow, "matters"))
        if m.title.startswith("DHS administrative subpoenas to Meta")
    )
    editor = open_(demo_ctx, "matters", matter.id)
    assert editor.subpoena_list.topLevelItem(0).text(0) == (
        "U.S. Department of Homeland Security → Meta"
    )
    assert editor.subpoena_list.topLevelItem(0).text(4) == "Name, Email addresses, Phone numbers"
    summaries = [
        editor.event_list.topLevelItem(i).text(2)
        for i in range(editor.event_list.topLevelItemCount())
    ]
    assert "Motion to quash filed with the Civil Liberties Defense Center." in summaries


def test_accounts_and_staff_use_the_generic_form(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    client_id = make_client(app_ctx)
    account = open_(app_ctx, "accounts")
    pick(account, "platform", "x")
    assert account.find_input("platform").combo.currentText() == "X (Twitter)"
    type_into(qtbot, account, "handle", "@ALT_USCIS")
    clients = account.find_input("client_ids").list
    assert clients.item(0).text() == "Watch page admin"  # the pseudonym, never a sealed name
    clients.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(account.saved) as saved:
        save(qtbot, account)
    view = app_ctx.read(lambda uow: records.get(uow, "accounts", saved.args[0]))
    assert (view.platform, view.handle, view.client_ids) == ("x", "@ALT_USCIS", (client_id,))

    staff = open_(app_ctx, "staff")
    assert staff.find_input("active").box.isChecked()  # a new staff member is active
    type_into(qtbot, staff, "name", "S. Chen")
    pick(staff, "role", "paralegal")
    with qtbot.waitSignal(staff.saved):
        save(qtbot, staff)
    twin = open_(app_ctx, "staff")
    type_into(qtbot, twin, "name", "S. Chen")
    save(qtbot, twin)
    assert twin.error_label.text() == "Name 'S. Chen' is already taken by another staff member."


# ---- clients and sealed values ---------------------------------------------------------------


def test_a_new_clients_legal_name_is_sealed_once_saved(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    editor = open_(app_ctx, "clients")
    type_into(qtbot, editor, "pseudonym", "Stop ICE page admin")
    qtbot.keyClicks(editor.sealed["legal_name"].display, "Kai Andersen (fictional)")
    with qtbot.waitSignal(editor.saved) as saved:
        save(qtbot, editor)

    client = app_ctx.read(lambda uow: records.get(uow, "clients", saved.args[0]))
    assert client.legal_name_on_file and not client.contact_on_file  # what lists show
    assert editor.sealed["legal_name"].display_text() == "Sealed"
    assert editor.sealed["contact"].display_text() == "Not on file"
    assert "Kai" not in json.dumps(entries(app_ctx, "client", client.id)[0].detail)

    again = open_(app_ctx, "clients", client.id)
    assert again.sealed["legal_name"].display_text() == "Sealed"
    assert not again.sealed["legal_name"].copy_button.isEnabled()
    assert "Kai" not in json.dumps(again.draft_state())
    assert [e.action for e in entries(app_ctx, "client", client.id)] == ["create"]


def test_reveal_shows_the_name_writes_the_audit_log_and_reseals(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ClientEditor, "REVEAL_MS", 400)
    client_id = make_client(app_ctx)
    editor = open_(app_ctx, "clients", client_id)
    sealed = editor.sealed["legal_name"]

    with qtbot.waitSignal(sealed.revealed):
        qtbot.mouseClick(sealed.reveal_button, LEFT)
    assert sealed.display_text() == "Ana Example (fictional)"
    assert sealed.countdown.text().startswith("Sealed again in")
    log = entries(app_ctx, "client", client_id)
    assert (log[0].action, log[0].actor, log[0].detail) == (
        "reveal",
        "Test Paralegal",
        {"field": "legal_name"},
    )

    with qtbot.waitSignal(sealed.resealed, timeout=3000):
        pass
    assert sealed.display_text() == "Sealed"
    assert not sealed.copy_button.isEnabled()


def test_a_reveal_that_fails_is_a_plain_message_and_shows_nothing(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    client_id = make_client(app_ctx)
    editor = open_(app_ctx, "clients", client_id)
    app_ctx.write(lambda uow: records.delete(uow, "clients", client_id))  # elsewhere
    qtbot.mouseClick(editor.sealed["legal_name"].edit_button, LEFT)
    assert editor.error_label.text() == f"There is no client with id {client_id}; was it deleted?"
    assert editor.sealed["legal_name"].display_text() == "Sealed"
    assert not editor.sealed["legal_name"].editing


def test_copy_marks_the_value_secret_and_clears_the_clipboard(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ClientEditor, "CLIPBOARD_MS", 300)
    client_id = make_client(app_ctx)
    editor = open_(app_ctx, "clients", client_id)
    sealed = editor.sealed["legal_name"]
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(sealed.reveal_button, LEFT)
    qtbot.mouseClick(sealed.copy_button, LEFT)

    assert clipboard.text() == "Ana Example (fictional)"
    assert bytes(clipboard.mimeData().data(PASSWORD_HINT).data()) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    # Something else copied in the meantime is left alone.
    qtbot.mouseClick(sealed.copy_button, LEFT)
    clipboard.setText("case number 3:17-cv-01916")
    qtbot.waitUntil(lambda: not clipboard.findChildren(QTimer, CLEAR_TIMER), timeout=3000)
    assert clipboard.text() == "case number 3:17-cv-01916"


def test_edit_reveals_on_the_record_then_saves_the_new_value_sealed(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    client_id = make_client(app_ctx)
    editor = open_(app_ctx, "clients", client_id)
    sealed = editor.sealed["legal_name"]
    qtbot.mouseClick(sealed.edit_button, LEFT)
    assert entries(app_ctx, "client", client_id)[0].action == "reveal"
    assert sealed.editing and sealed.display_text() == "Ana Example (fictional)"
    sealed.display.clear()
    qtbot.keyClicks(sealed.display, "Ana Q. Example (fictional)")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved):
        save(qtbot, editor)

    assert sealed.display_text() == "Sealed"
    stored = app_ctx.read(lambda uow: uow.session.get(Client, client_id).legal_name)
    assert stored == "Ana Q. Example (fictional)"
    change = entries(app_ctx, "client", client_id)[0]
    assert change.action == "change"
    assert change.detail == {"changed": {"legal_name": ["(sealed)", "(sealed)"]}}


# ---- subpoenas -------------------------------------------------------------------------------


def test_a_subpoena_with_a_demands_checklist_is_saved_and_reloaded(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    matter_id = make_matter(app_ctx)
    account = app_ctx.write(
        lambda uow: records.create(
            uow, "accounts", {"platform": "instagram", "handle": "@LBProtest"}
        )
    )
    editor = open_(app_ctx, "subpoenas", matter_id=matter_id)
    assert editor.find_input("matter_id").state() == matter_id
    assert editor.find_input("response_window_days").spin.text() == "Not stated"
    pick(editor, "kind", "administrative_subpoena")
    type_into(qtbot, editor, "issuer", "U.S. Department of Homeland Security")
    type_into(qtbot, editor, "recipient", "Meta")
    type_into(qtbot, editor, "issued", "2025-09-03")
    type_into(qtbot, editor, "user_notified", "2025-09-10")
    editor.find_input("response_window_days").spin.setValue(10)
    boxes = editor.find_input("requested").boxes
    for demand in ("name", "email", "phone", "ip_logs"):
        qtbot.keyClick(boxes[demand], Qt.Key.Key_Space)  # the checklist works from the keyboard
    qtbot.keyClick(boxes["email"], Qt.Key.Key_Space)  # changed their mind
    assert boxes["ip_signup"].text() == "Sign-up IP address"
    accounts = editor.find_input("account_ids")
    accounts.show_all.setFocus()
    qtbot.keyClick(accounts.show_all, Qt.Key.Key_Space)  # an account of no client: with the others
    accounts._items()[account.id].setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(editor.find_input("gag_order").box, Qt.Key.Key_Space)
    with qtbot.waitSignal(editor.saved) as saved:
        save(qtbot, editor)

    view = app_ctx.read(lambda uow: records.get(uow, "subpoenas", saved.args[0]))
    assert view.requested == ("name", "phone", "ip_logs")
    assert view.account_ids == (account.id,)
    assert (view.response_window_days, view.gag_order, view.user_notified) == (
        10,
        True,
        D(2025, 9, 10),
    )

    again = open_(app_ctx, "subpoenas", view.id)
    checked = {v for v, box in again.find_input("requested").boxes.items() if box.isChecked()}
    assert checked == {"name", "phone", "ip_logs"}
    assert again.find_input("response_window_days").spin.text() == "10 days"
    assert again.find_input("account_ids").state() == [account.id]
    assert not again.has_unsaved_changes()
    assert all(
        isinstance(b, QCheckBox) and b.accessibleName()
        for b in again.find_input("requested").boxes.values()
    )


def test_compliance_before_service_is_a_plain_message_naming_the_field_and_saves_nothing(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    matter_id = make_matter(app_ctx)
    editor = open_(app_ctx, "subpoenas", matter_id=matter_id)
    type_into(qtbot, editor, "issuer", "U.S. Customs and Border Protection")
    type_into(qtbot, editor, "recipient", "Twitter")
    type_into(qtbot, editor, "served", "2017-03-14")
    type_into(qtbot, editor, "compliance_date", "2017-03-01")
    save(qtbot, editor)

    message = editor.error_label.text()
    assert editor.error_label.isVisible()
    assert message.startswith("Compliance date (2017-03-01) is before the date it was served")
    assert "Traceback" not in message and "compliance_date" not in message
    assert editor.forms[0].labels["compliance_date"].styleSheet()
    assert app_ctx.read(lambda uow: records.count(uow, "subpoenas")) == 0
    assert editor.isVisible() and editor.has_unsaved_changes()

    # a half-typed date and a missing required field are named the same way
    type_into(qtbot, editor, "compliance_date", "2017-04")
    save(qtbot, editor)
    assert editor.error_label.text() == (
        "Compliance date is not a date: type it as YYYY-MM-DD, e.g. 2026-03-31."
    )
    type_into(qtbot, editor, "compliance_date", "2017-04-01")
    editor.find_input("issuer").edit.clear()
    save(qtbot, editor)
    assert editor.error_label.text() == "Issuing agency is required."
    assert app_ctx.read(lambda uow: records.count(uow, "subpoenas")) == 0


def test_scanned_documents_are_kept_in_the_vault_and_copied_out_on_the_record(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener, tmp_path: Path
) -> None:
    matter_id = make_matter(app_ctx)
    subpoena = app_ctx.write(
        lambda uow: records.create(
            uow,
            "subpoenas",
            {
                "matter_id": matter_id,
                "kind": "customs_summons",
                "issuer": "U.S. Customs and Border Protection",
                "recipient": "Twitter",
                "status": "received",
            },
        )
    )
    scan = tmp_path / "summons.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned summons")
    editor = open_(app_ctx, "subpoenas", subpoena.id)
    editor.documents.choose_file_to_attach = lambda: str(scan)
    qtbot.mouseClick(button(editor, "&Attach…"), LEFT)
    assert editor.documents.list.topLevelItem(0).text(0) == "summons.pdf"

    editor.documents.list.topLevelItem(0).setSelected(True)
    copy = tmp_path / "out.pdf"
    editor.documents.choose_copy_path = lambda _name: str(copy)
    qtbot.mouseClick(button(editor, "Save a &copy…"), LEFT)
    assert copy.read_bytes() == b"%PDF-1.4 scanned summons"
    if os.name == "posix":
        assert copy.stat().st_mode & 0o777 == 0o600  # owner-only, as reports are
    assert not list(tmp_path.glob("*.tmp")) and not (tmp_path / "out.pdf.part").exists()
    document_id = editor.documents.list.ids()[0]
    assert entries(app_ctx, "document", document_id)[0].action == "export"

    qtbot.mouseClick(button(editor, "Remove"), LEFT)
    assert editor.documents.list.topLevelItemCount() == 0


def test_a_document_is_viewed_from_memory_and_its_printing_is_audited(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener, tmp_path: Path
) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from tests.support.viewer_documents import text_pdf

    matter_id = make_matter(app_ctx)
    event = app_ctx.write(
        lambda uow: records.create(
            uow,
            "events",
            {"matter_id": matter_id, "date": "2026-12-01", "kind": "order", "summary": "Stay"},
        )
    )
    order = tmp_path / "order.pdf"
    order.write_bytes(text_pdf())
    editor = open_(app_ctx, "events", event.id)
    editor.documents.choose_file_to_attach = lambda: str(order)
    qtbot.mouseClick(button(editor, "&Attach…"), LEFT)
    [document_id] = editor.documents.list.ids()

    editor.documents.list.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(button(editor, "&View"), LEFT)
    [viewer] = editor.documents.viewers
    qtbot.waitUntil(lambda: viewer.page_count() == 3, timeout=10000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # Only so the test can read what was printed: the viewer never chooses a file.
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(viewer.printed, timeout=20000):
        viewer.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 3
    [printed] = [e for e in entries(app_ctx, "document", document_id) if e.action == "print"]
    assert printed.actor == "Test Paralegal" and printed.detail["pages"] == 3
    viewer.close()


# ---- deadlines and docket entries -------------------------------------------------------------


def test_moving_a_computed_date_asks_why_and_keeps_it_as_set_by_hand(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    matter_id = make_matter(app_ctx)
    result = app_ctx.write(
        lambda uow: docketing.docket(uow, matter_id, "motion-to-quash-filed", D(2016, 5, 16))
    )
    opposition = next(d for d in result.deadlines if d.rule_id == "ndcal-7-3a-opposition")
    editor = open_(app_ctx, "deadlines", opposition.id)
    assert "Mon 30 May 2016 is Memorial Day" in editor.trail.toPlainText()
    assert editor.rule_fields["citation"].text() == "N.D. Cal. Civil L.R. 7-3(a)"
    assert editor.computed_note.text() == "as the rule gives"

    type_into(qtbot, editor, "due", "2016-06-03")
    assert editor.computed_note.text() == "The rule gives Tue 31 May 2016"
    editor.ask_reason = lambda: None  # the person cancels: nothing is saved
    save(qtbot, editor)
    assert app_ctx.read(lambda uow: records.get(uow, "deadlines", opposition.id)).due == D(
        2016, 5, 31
    )

    editor.ask_reason = lambda: "order of 20 May"
    with qtbot.waitSignal(editor.saved):
        save(qtbot, editor)
    saved = app_ctx.read(lambda uow: records.get(uow, "deadlines", opposition.id))
    assert (saved.due, saved.computed_due, saved.overridden) == (
        D(2016, 6, 3),
        D(2016, 5, 31),
        True,
    )
    assert "order of 20 May" in (saved.notes or "")
    assert editor.set_by_hand.text().startswith("Set by hand")
    assert editor.computed_note.text() == "The rule gives Tue 31 May 2016 — set by hand"
    assert "recounted" in editor.status_label.text()  # the reply moved with it
    assert [e.action for e in entries(app_ctx, "deadline", opposition.id)][0] == "override"


def test_add_by_hand_prefills_the_matter(qtbot: QtBot, app_ctx: AppContext) -> None:
    from gui.editors import add_by_hand

    matter_id = make_matter(app_ctx)
    editor = add_by_hand(app_ctx, matter_id)
    editor.ask_unsaved = lambda: "discard"
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.find_input("matter_id").state() == matter_id
    assert not editor.has_unsaved_changes()
    type_into(qtbot, editor, "title", "Call the client")
    type_into(qtbot, editor, "due", "2026-02-02")
    with qtbot.waitSignal(editor.saved) as saved:
        save(qtbot, editor)
    view = app_ctx.read(lambda uow: records.get(uow, "deadlines", saved.args[0]))
    assert (view.matter_id, view.title, view.due, view.rule_id) == (
        matter_id,
        "Call the client",
        D(2026, 2, 2),
        None,
    )
    assert not editor.rule_box.isVisibleTo(editor)
    editor.close_for_lock()


def test_a_docketed_event_moves_only_by_recounting(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    matter_id = make_matter(app_ctx)
    result = app_ctx.write(
        lambda uow: docketing.docket(uow, matter_id, "motion-to-quash-filed", D(2016, 5, 16))
    )
    editor = open_(app_ctx, "events", result.event_id)
    assert editor.find_input("date").edit.isReadOnly()
    qtbot.keyClicks(editor.new_date, "2016-05-23")
    qtbot.mouseClick(editor.move_button, LEFT)
    assert "Opposition to the motion due: Tue 31 May 2016 → Mon 6 Jun 2016" in (
        editor.recount_label.text()
    )
    assert editor.find_input("date").state() == "2016-05-23"
    assert not editor.has_unsaved_changes()


# ---- closing, drafts and locking -------------------------------------------------------------


def test_escape_asks_before_dropping_typed_work(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    editor = open_(app_ctx, "matters")
    type_into(qtbot, editor, "title", "Half-typed matter")
    asked: list[str] = []
    editor.ask_unsaved = lambda: asked.append("asked") or "cancel"
    qtbot.keyClick(editor.find_input("title").focus, Qt.Key.Key_Escape)
    assert asked == ["asked"] and editor.isVisible()

    editor.ask_unsaved = lambda: "discard"
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor.find_input("title").focus, Qt.Key.Key_Escape)
    assert app_ctx.read(lambda uow: records.count(uow, "matters")) == 0
    assert app_ctx.lock() == 0  # closed editors keep no drafts


def test_draft_state_round_trip_keeps_what_was_typed(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener
) -> None:
    editor = open_(app_ctx, "matters")
    type_into(qtbot, editor, "title", "Customs summons to Meta")
    type_into(qtbot, editor, "opened", "2026-0")  # half a date is kept as typed
    editor.tabs.setCurrentIndex(5)
    notes = editor.find_input("notes").focus
    qtbot.keyClicks(notes, "Client prefers Signal.")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "Call after 6pm.")
    state = json.loads(json.dumps(editor.draft_state()))
    assert editor.draft_key() == ("matters", None)

    fresh = open_(app_ctx, "matters")
    fresh.restore_draft(state)
    assert fresh.find_input("title").edit.text() == "Customs summons to Meta"
    assert fresh.find_input("opened").edit.text() == "2026-0"
    assert fresh.find_input("notes").edit.toPlainText() == "Client prefers Signal.\nCall after 6pm."
    assert fresh.has_unsaved_changes() and fresh.isWindowModified()


def test_locking_keeps_typed_work_as_a_draft_and_unlocking_puts_it_back(
    qtbot: QtBot, app_ctx: AppContext, vault_dir: Path, open_: Opener
) -> None:
    client_id = make_client(app_ctx)
    editor = open_(app_ctx, "clients", client_id)
    type_into(qtbot, editor, "pseudonym", "Renamed admin")
    contact = editor.sealed["contact"]
    qtbot.mouseClick(contact.edit_button, LEFT)  # nothing on file: no reveal needed
    qtbot.keyClicks(contact.display, "Signal via counsel")
    untouched = open_(app_ctx, "matters")

    with qtbot.waitSignal(editor.finished):
        assert app_ctx.lock() == 1
    assert not shiboken6.isValid(untouched) or not untouched.isVisible()

    app_ctx.set_vault(unlock_with_passphrase(vault_dir, PASSPHRASE), vault_dir)
    kept = app_ctx.read(drafts.all_drafts)
    assert [(d.kind, d.record_id) for d in kept] == [("clients", client_id)]
    reopened = open_(app_ctx, kept[0].kind, kept[0].record_id or 0)
    reopened.restore_draft(kept[0].state)
    assert reopened.find_input("pseudonym").edit.text() == "Renamed admin"
    assert reopened.sealed["legal_name"].display_text() == "Sealed"
    assert reopened.sealed["contact"].editing
    assert reopened.sealed["contact"].display_text() == "Signal via counsel"
    assert [e.action for e in entries(app_ctx, "client", client_id)] == ["create"]
    assert reopened.has_unsaved_changes()
    app_ctx.vault.lock()  # the vault fixture locks the vault it made; this one is ours


def test_unknown_kind_and_missing_record_are_plain_errors(app_ctx: AppContext) -> None:
    from models.errors import QuashError

    with pytest.raises(QuashError, match="no editor for 'widgets'"):
        open_editor(app_ctx, "widgets", 0)
    with pytest.raises(QuashError, match="There is no matter with id 99"):
        open_editor(app_ctx, "matters", 99)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible()
    ]


def test_a_docket_entry_its_trigger_named_reads_in_spanish_on_a_spanish_screen(
    qtbot: QtBot, app_ctx: AppContext, open_: Opener, spanish: str
) -> None:
    matter_id = make_matter(app_ctx)
    app_ctx.write(
        lambda uow: docketing.docket(uow, matter_id, "motion-to-quash-filed", D(2016, 5, 16))
    )
    retyped = app_ctx.write(
        lambda uow: docketing.docket(
            uow, matter_id, "motion-to-quash-filed", D(2016, 6, 1), summary="ECF 12, refiled"
        )
    )
    assert retyped.event_id
    editor = open_(app_ctx, "matters", matter_id)
    summaries = {
        editor.event_list.topLevelItem(i).text(2)
        for i in range(editor.event_list.topLevelItemCount())
    }
    assert summaries == {"Moción para anular presentada", "ECF 12, refiled"}
