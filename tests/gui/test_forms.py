"""Forms as a person meets them: the accounts a subpoena may target (the matter's first), pick
lists that keep one name for one agency, platform or person, a calendar beside every date, the
required fields marked before anything goes wrong, and every problem of a form shown at once
beside its field without moving the form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import RecordEditor, open_editor
from gui.widgets import CalendarPopup, OptionalDateEdit
from services import records
from tests.gui.test_editors import make_matter, save, type_into

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[list[RecordEditor]]:
    editors: list[RecordEditor] = []
    yield editors
    for editor in editors:
        if shiboken6.isValid(editor) and editor.isVisible():
            editor.close_for_lock()


def show(
    qtbot: QtBot, opened: list[RecordEditor], ctx: AppContext, kind: str, **prefill: Any
) -> Any:
    record_id = prefill.pop("record_id", 0)
    editor = open_editor(ctx, kind, record_id, prefill=prefill or None)
    editor.ask_unsaved = lambda: "discard"
    editor.show()
    qtbot.waitExposed(editor)
    opened.append(editor)
    return editor


def create(ctx: AppContext, record_kind: str, **values: Any) -> Any:
    return ctx.write(lambda uow: records.create(uow, record_kind, values))


def subpoena(ctx: AppContext, matter_id: int, **values: Any) -> Any:
    base = {
        "matter_id": matter_id,
        "kind": "administrative_subpoena",
        "issuer": "U.S. Department of Homeland Security",
        "recipient": "Meta",
        "status": "received",
    }
    return create(ctx, "subpoenas", **{**base, **values})


def tick(qtbot: QtBot, box: QWidget) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


# ---- 14: the accounts a subpoena targets ------------------------------------------------------


def test_targeted_accounts_offer_the_matters_clients_first_and_any_other_behind_show_all(
    qtbot: QtBot, app_ctx: AppContext, opened: list[RecordEditor]
) -> None:
    ours = create(app_ctx, "clients", pseudonym="Stop ICE page admin")
    theirs = create(app_ctx, "clients", pseudonym="Other matter's client")
    mine = create(
        app_ctx, "accounts", platform="instagram", handle="@LBProtest", client_ids=[ours.id]
    )
    other = create(app_ctx, "accounts", platform="x", handle="@ALT_USCIS", client_ids=[theirs.id])
    loose = create(app_ctx, "accounts", platform="facebook", handle="@nobody_yet")
    matter_id = make_matter(app_ctx)
    app_ctx.write(lambda uow: records.add_client_to_matter(uow, matter_id, ours.id))
    make_matter(app_ctx, "CBP summons to Twitter")

    editor = show(qtbot, opened, app_ctx, "subpoenas", matter_id=matter_id)
    accounts = editor.find_input("account_ids")
    assert accounts.shown_accounts() == ["@LBProtest (Instagram)"]  # only this matter's
    assert accounts.show_all.text() == "Show all accounts" and accounts.show_all.isVisible()

    tick(qtbot, accounts.show_all)
    assert accounts.shown_accounts() == [
        "@LBProtest (Instagram)",
        "Other accounts in the vault",
        "@ALT_USCIS (X (Twitter))",
        "@nobody_yet (Facebook)",
    ]
    heading = accounts.list.item(1)
    assert not heading.flags() & Qt.ItemFlag.ItemIsUserCheckable  # a heading, not a choice
    accounts._items()[mine.id].setCheckState(Qt.CheckState.Checked)
    accounts._items()[loose.id].setCheckState(Qt.CheckState.Checked)  # any may be picked
    type_into(qtbot, editor, "issuer", "U.S. Department of Homeland Security")
    type_into(qtbot, editor, "recipient", "Meta Platforms, Inc.")
    with qtbot.waitSignal(editor.saved) as saved:
        save(qtbot, editor)
    view = app_ctx.read(lambda uow: records.get(uow, "subpoenas", saved.args[0]))
    assert view.account_ids == (mine.id, loose.id)

    again = show(qtbot, opened, app_ctx, "subpoenas", record_id=view.id)
    shown = again.find_input("account_ids").shown_accounts()
    # A targeted account of no client stays in sight; the rest wait behind "Show all".
    assert shown == [
        "@LBProtest (Instagram)",
        "Other accounts in the vault",
        "@nobody_yet (Facebook)",
    ]
    assert other.id not in [
        i for i, item in again.find_input("account_ids")._items().items() if not item.isHidden()
    ]


def test_choosing_another_matter_offers_that_matters_accounts(
    qtbot: QtBot, app_ctx: AppContext, opened: list[RecordEditor]
) -> None:
    client = create(app_ctx, "clients", pseudonym="Watch page admin")
    create(app_ctx, "accounts", platform="instagram", handle="@pa_watch", client_ids=[client.id])
    first = make_matter(app_ctx, "DHS summons to Meta")
    second = make_matter(app_ctx, "Customs summons to Meta")
    app_ctx.write(lambda uow: records.add_client_to_matter(uow, second, client.id))

    editor = show(qtbot, opened, app_ctx, "subpoenas", matter_id=first)
    accounts = editor.find_input("account_ids")
    assert accounts.shown_accounts() == ["No client of this matter has an account on file."]
    matter = editor.find_input("matter_id").combo
    matter.setCurrentIndex(matter.findData(second))
    assert accounts.shown_accounts() == ["@pa_watch (Instagram)"]


# ---- 16: pick lists ----------------------------------------------------------------------------


def offered(pick: Any) -> list[str]:
    return [pick.combo.itemText(i) for i in range(pick.combo.count()) if pick.combo.itemText(i)]


def test_typing_meta_offers_the_canonical_name_and_picking_it_fills_the_field(
    qtbot: QtBot, app_ctx: AppContext, opened: list[RecordEditor]
) -> None:
    editor = show(qtbot, opened, app_ctx, "subpoenas", matter_id=make_matter(app_ctx))
    recipient = editor.find_input("recipient")
    type_into(qtbot, editor, "recipient", "meta")
    suggestions = recipient.suggestions_now()
    assert suggestions[0] == "Meta Platforms, Inc. — Facebook, Instagram"
    popup = recipient.completer.popup()
    index = popup.model().index(0, 0)
    qtbot.mouseClick(popup.viewport(), LEFT, pos=popup.visualRect(index).center())
    assert recipient.edit.text() == "Meta Platforms, Inc."

    # An abbreviation finds the agency by its full name; so does a short name of a platform.
    type_into(qtbot, editor, "issuer", "hsi")
    assert editor.find_input("issuer").suggestions_now()[0] == (
        "Homeland Security Investigations — HSI"
    )
    type_into(qtbot, editor, "recipient", "twitter")
    assert recipient.suggestions_now() == ["X Corp. — X, Twitter"]


def test_values_the_office_used_join_the_list_matched_without_accents(
    qtbot: QtBot, app_ctx: AppContext, opened: list[RecordEditor]
) -> None:
    matter_id = make_matter(app_ctx)
    subpoena(app_ctx, matter_id, issuing_officer="Agente Núñez", recipient="Acme Hosting LLC")
    create(app_ctx, "clients", pseudonym="Águila page admin", legal_name="Sealed Person Name")

    editor = show(qtbot, opened, app_ctx, "subpoenas", matter_id=matter_id)
    officer = editor.find_input("issuing_officer")
    type_into(qtbot, editor, "issuing_officer", "NUNEZ")
    assert officer.suggestions_now() == ["Agente Núñez"]
    recipients = offered(editor.find_input("recipient"))
    assert recipients[0] == "Meta Platforms, Inc. — Facebook, Instagram"  # the shipped list…
    assert recipients[-1] == "Acme Hosting LLC"  # …then, after a line, the office's own
    assert recipients.index("Acme Hosting LLC") > recipients.index("Signal Messenger LLC — Signal")

    # A new value is allowed, and is offered from then on.
    editor.find_input("issuer").edit.insert("Oficina del Sheriff de Cañón")  # as pasted
    type_into(qtbot, editor, "recipient", "Mastodon gGmbH")
    with qtbot.waitSignal(editor.saved):
        save(qtbot, editor)
    fresh = show(qtbot, opened, app_ctx, "subpoenas", matter_id=matter_id)
    assert "Mastodon gGmbH" in offered(fresh.find_input("recipient"))
    type_into(qtbot, fresh, "issuer", "canon")
    assert fresh.find_input("issuer").suggestions_now() == ["Oficina del Sheriff de Cañón"]

    # A sealed value is never in a pick list, wherever one is.
    everywhere = [
        text
        for editor in opened
        for form in editor.forms
        for field in form.inputs.values()
        if hasattr(field, "offered")
        for text in offered(field)
    ]
    assert everywhere and not any("Sealed Person Name" in t for t in everywhere)


def test_people_fields_offer_the_staff_then_names_the_office_used(
    qtbot: QtBot, app_ctx: AppContext, opened: list[RecordEditor]
) -> None:
    create(app_ctx, "staff", name="Sofía Chen", role="paralegal")
    create(app_ctx, "staff", name="Former Person", role="paralegal", active=False)
    create(app_ctx, "matters", title="Old matter", status="closed", attorney="A. Rivera")
    editor = show(qtbot, opened, app_ctx, "matters")
    for name in ("attorney", "paralegal"):
        # the office's people (the vault's first person too), then names used before
        assert offered(editor.find_input(name)) == ["Sofía Chen", "Test Paralegal", "A. Rivera"]
    type_into(qtbot, editor, "paralegal", "sofia")
    assert editor.find_input("paralegal").suggestions_now() == ["Sofía Chen"]
    assert editor.find_input("court").suggestions_now() == []
    type_into(qtbot, editor, "court", "northern district of cal")
    assert editor.find_input("court").suggestions_now()[0].startswith("N.D. Cal. — ")


# ---- 17: dates, required fields, every problem at once ----------------------------------------


def open_calendar(qtbot: QtBot, edit: OptionalDateEdit) -> CalendarPopup:
    buttons = edit.findChildren(QToolButton)
    button = next(b for b in buttons if b.defaultAction() is edit.calendar_action)
    assert button.isVisible() and button.toolTip() == "Pick a date from a calendar (Alt+Down)"
    qtbot.mouseClick(button, LEFT)
    popup = edit.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    return popup


def test_every_date_field_has_a_calendar_that_types_the_date_picked(
    qtbot: QtBot, app_ctx: AppContext, opened: list[RecordEditor]
) -> None:
    editor = show(qtbot, opened, app_ctx, "subpoenas", matter_id=make_matter(app_ctx))
    for name in ("issued", "served", "user_notified", "compliance_date"):
        edit = editor.find_input(name).edit
        assert isinstance(edit, OptionalDateEdit) and edit.calendar_action.isEnabled()
    issued = editor.find_input("issued").edit
    type_into(qtbot, editor, "issued", "2025-09-03")
    popup = open_calendar(qtbot, issued)
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2025, 9, 3)  # opens on the date typed
    assert calendar.firstDayOfWeek() == QLocale().firstDayOfWeek()
    calendar.setSelectedDate(QDate(2025, 9, 10))
    qtbot.keyClick(calendar.findChild(QWidget, "qt_calendar_calendarview"), Qt.Key.Key_Return)
    assert issued.text() == "2025-09-10" and not popup.isVisible()

    # Esc leaves the field as it was; from the keyboard, Alt+Down opens it.
    served = editor.find_input("served").edit
    served.setFocus()
    qtbot.keyClick(served, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert served.popup is not None and served.popup.isVisible()
    assert served.popup.calendar.selectedDate() == QDate.currentDate()  # empty: today
    qtbot.keyClick(served.popup.calendar, Qt.Key.Key_Escape)
    assert served.text() == ""  # an optional date stays empty
    type_into(qtbot, editor, "issuer", "U.S. Department of Homeland Security")
    type_into(qtbot, editor, "recipient", "Meta Platforms, Inc.")
    with qtbot.waitSignal(editor.saved) as saved:
        save(qtbot, editor)
    view = app_ctx.read(lambda uow: records.get(uow, "subpoenas", saved.args[0]))
    assert (view.issued, view.served) == (dt.date(2025, 9, 10), None)


def test_a_spanish_calendar_names_the_months_in_spanish(
    qtbot: QtBot, app_ctx: AppContext, opened: list[RecordEditor], spanish: str
) -> None:
    editor = show(qtbot, opened, app_ctx, "matters")
    opened_field = editor.find_input("opened").edit
    type_into(qtbot, editor, "opened", "2025-09-03")
    opened_field.open_calendar()
    popup = opened_field.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    month = popup.calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month.text().lower() == "septiembre"
    assert popup.calendar.firstDayOfWeek() == QLocale().firstDayOfWeek()
    popup.close()


def test_required_fields_are_marked_before_anything_goes_wrong(
    qtbot: QtBot, app_ctx: AppContext, opened: list[RecordEditor]
) -> None:
    editor = show(qtbot, opened, app_ctx, "subpoenas", matter_id=make_matter(app_ctx))
    form = editor.forms[0]
    assert editor.required_note.isVisible()
    assert editor.required_note.text() == "Fields marked * are required."
    for name in ("matter_id", "kind", "issuer", "recipient", "status"):
        assert form.labels[name].text().endswith(" *")
        assert form.inputs[name].focus.accessibleDescription() == "Required"
    for name in ("issuing_officer", "served"):
        assert not form.labels[name].text().endswith("*")
        assert form.inputs[name].focus.accessibleDescription() == ""


def test_every_problem_is_shown_at_once_beside_its_field_and_the_form_stays_put(
    qtbot: QtBot, app_ctx: AppContext, opened: list[RecordEditor]
) -> None:
    editor = show(qtbot, opened, app_ctx, "subpoenas", matter_id=make_matter(app_ctx))
    form = editor.forms[0]

    def places() -> list[QPoint]:
        return [form.inputs[n].focus.mapTo(editor, QPoint(0, 0)) for n in form.inputs]

    before = places()
    type_into(qtbot, editor, "served", "2017-03-14")
    type_into(qtbot, editor, "compliance_date", "2017-04")  # half a date
    save(qtbot, editor)

    assert editor.error_label.text() == "3 problems to fix; each is shown beside its field."
    expected = {
        "issuer": "Issuing agency is required.",
        "recipient": "Served on (platform) is required.",
        "compliance_date": (
            "Compliance date is not a date: type it as YYYY-MM-DD, e.g. 2026-03-31."
        ),
    }
    for name, sentence in expected.items():
        error = form.findChild(QLabel, f"error_{name}")
        assert error.isVisible() and error.text() == sentence
        assert "b00020" in error.styleSheet() and form.labels[name].styleSheet()
        assert form.inputs[name].focus.accessibleDescription().endswith(sentence)
    assert not form.findChild(QLabel, "error_served").isVisible()
    assert editor.focusWidget() in (
        form.inputs["issuer"].focus,
        form.inputs["issuer"].edit,
    )  # the first field in error
    assert places() == before  # nothing moved down or up
    assert app_ctx.read(lambda uow: records.count(uow, "subpoenas")) == 0

    # Fixing two leaves one; a rule between fields is named beside the later one.
    type_into(qtbot, editor, "issuer", "U.S. Customs and Border Protection")
    type_into(qtbot, editor, "recipient", "X Corp.")
    type_into(qtbot, editor, "compliance_date", "2017-03-01")
    save(qtbot, editor)
    assert editor.error_label.text().startswith("Compliance date (2017-03-01) is before")
    assert not form.findChild(QLabel, "error_issuer").isVisible()
    assert form.findChild(QLabel, "error_compliance_date").isVisible()
    assert form.inputs["issuer"].focus.accessibleDescription() == "Required"
    assert places() == before

    type_into(qtbot, editor, "compliance_date", "2017-03-24")
    with qtbot.waitSignal(editor.saved):
        save(qtbot, editor)
    assert editor.error_label.isHidden() and editor.required_note.isVisible()
    assert not any(e.isVisible() for e in form.errors.values())
    assert places() == before


def test_the_calendar_is_not_offered_on_a_read_only_date(qtbot: QtBot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.setReadOnly(True)
    assert not edit.calendar_action.isEnabled()
    edit.open_calendar()
    assert edit.popup is None


def test_a_problem_on_another_tab_brings_that_tab_forward(
    qtbot: QtBot, app_ctx: AppContext, opened: list[RecordEditor]
) -> None:
    matter_id = make_matter(app_ctx)
    editor = show(qtbot, opened, app_ctx, "matters", record_id=matter_id)
    assert editor.tabs.currentIndex() == 0
    notes = editor.notes_form.inputs["notes"].focus
    notes.setPlainText("Met the client\x07 at the library")  # a bell: a control character
    save(qtbot, editor)
    assert editor.tabs.currentWidget() is editor.notes_page
    qtbot.waitUntil(lambda: notes.hasFocus())
