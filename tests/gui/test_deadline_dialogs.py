"""Docketing dialogs against a real vault: the live preview shows the date and every step of
the count before anything is saved, the engine's own message when it cannot count, and saving
creates what the preview showed."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors.deadline_dialogs import AddFromRuleDialog, DocketEventDialog
from services import queries, records
from services.queries import ListQuery

D = dt.date
REPO = Path(__file__).resolve().parents[2]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def matter_id(app_ctx: AppContext) -> int:
    view = app_ctx.write(
        lambda uow: records.create(
            uow,
            "matters",
            {
                "title": "Doe v. DHS: motion to quash",
                "status": "motion_filed",
                "paralegal": "S. Chen",
            },
        )
    )
    return int(view.id)


@pytest.fixture
def close_after(qtbot: QtBot) -> Iterator[list[QDialog]]:
    dialogs: list[QDialog] = []
    yield dialogs
    for dialog in dialogs:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.reject()


def shown(qtbot: QtBot, dialog: QDialog, keep: list[QDialog]) -> QDialog:
    keep.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def deadlines(ctx: AppContext, matter_id: int) -> list[records.DeadlineView]:
    return ctx.read(
        lambda uow: queries.page(
            uow, ListQuery("deadlines", matter_id=matter_id, sort="due"), 0, 50
        )
    )


def test_add_from_rule_previews_the_memorial_day_trail_and_saves_it(
    qtbot: QtBot, app_ctx: AppContext, matter_id: int, close_after: list[QDialog]
) -> None:
    dialog = shown(qtbot, AddFromRuleDialog(app_ctx, matter_id), close_after)
    choose(dialog.rule_combo, "ndcal-7-3a-opposition")
    assert "N.D. Cal. Civil L.R. 7-3(a)" in dialog.rule_combo.currentText()
    assert not dialog.ok_button.isEnabled()  # nothing to count from yet
    qtbot.keyClicks(dialog.trigger_edit, "2016-05-16")

    assert dialog.due_label.text() == "Opposition to the motion due: Tue 31 May 2016"
    trail = dialog.trail.toPlainText().splitlines()
    assert trail[:5] == [
        # The matter names no court; an N.D. Cal. local rule counts on N.D. Cal.'s calendar.
        "1. Calendar: Federal courts in California (adds state holidays for forward periods) "
        "(the court's, N.D. Cal.: this is its local rule)",
        "2. Filing of the motion Mon 16 May 2016 (day 0, excluded)",
        "3. day 14 after is Mon 30 May 2016 (every day counts: FRCP 6(a)(1)(B))",
        "4. Mon 30 May 2016 is Memorial Day, a legal holiday (FRCP 6(a)(6)(A))",
        "5. next day that is not a weekend or holiday: Tue 31 May 2016 (FRCP 6(a)(1)(C))",
    ]
    assert dialog.dependents_label.text() == (
        "Also creates: Reply in support of the motion due, Tue 7 Jun 2016"
    )
    assert deadlines(app_ctx, matter_id) == []  # a preview saves nothing

    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    saved = deadlines(app_ctx, matter_id)
    assert [(d.title, d.due, d.rule_id) for d in saved] == [
        ("Opposition to the motion due", D(2016, 5, 31), "ndcal-7-3a-opposition"),
        ("Reply in support of the motion due", D(2016, 6, 7), "ndcal-7-3c-reply"),
    ]
    assert "Memorial Day" in (saved[0].trail or "")
    assert (saved[0].citation, saved[0].responsible, saved[0].computed_due) == (
        "N.D. Cal. Civil L.R. 7-3(a)",
        "S. Chen",
        D(2016, 5, 31),
    )


def test_add_from_rule_shows_the_engines_message_and_will_not_save(
    qtbot: QtBot, app_ctx: AppContext, matter_id: int, close_after: list[QDialog]
) -> None:
    dialog = shown(qtbot, AddFromRuleDialog(app_ctx, matter_id), close_after)
    choose(dialog.rule_combo, "frcp-6a")
    assert dialog.days_spin.isVisibleTo(dialog) and dialog.before_box.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.trigger_edit, "2016-05-16")
    # What the form lacks, in its own words (the engine would name the command line's --days).
    assert dialog.message.text() == "Type the length of the period to see the date."
    assert not dialog.ok_button.isEnabled()

    dialog.days_spin.setValue(14)
    dialog.before_box.setChecked(True)
    assert dialog.due_label.text().endswith("Mon 2 May 2016")
    choose(dialog.service_combo, "mail")  # counting back, FRCP 6(d) cannot add days
    assert dialog.message.text().startswith("FRCP 6(d) adds days only to periods counted after")
    assert not dialog.ok_button.isEnabled()

    choose(dialog.service_combo, None)
    dialog.trigger_edit.clear()
    qtbot.keyClicks(dialog.trigger_edit, "2050-01-03")
    assert "2050 is outside it" in dialog.message.text()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and deadlines(app_ctx, matter_id) == []


def test_add_from_rule_takes_the_compliance_date_from_the_subpoena(
    qtbot: QtBot, app_ctx: AppContext, matter_id: int, close_after: list[QDialog]
) -> None:
    app_ctx.write(
        lambda uow: records.create(
            uow,
            "subpoenas",
            {
                "matter_id": matter_id,
                "kind": "civil_subpoena",
                "issuer": "Plaintiff's counsel",
                "recipient": "Meta",
                "served": "2016-05-16",
                "compliance_date": "2016-05-20",
                "status": "received",
            },
        )
    )
    dialog = shown(qtbot, AddFromRuleDialog(app_ctx, matter_id), close_after)
    choose(dialog.rule_combo, "frcp-45d2b-objections")
    assert dialog.subpoena_combo.currentIndex() == 1  # the matter's only subpoena
    assert dialog.trigger_edit.text() == "2016-05-16"  # served
    assert dialog.compliance_edit.text() == "2016-05-20"
    # Before the compliance time, whose hour is not recorded: the court day before Fri 20 May.
    assert dialog.due_label.text() == "Objections to the subpoena due: Thu 19 May 2016"
    assert (
        "The last court day before the compliance date Thu 19 May 2016 is earlier"
        in dialog.trail.toPlainText()
    )


def test_docket_event_previews_the_whole_chain_then_creates_it(
    qtbot: QtBot, app_ctx: AppContext, matter_id: int, close_after: list[QDialog]
) -> None:
    dialog = shown(qtbot, DocketEventDialog(app_ctx, matter_id), close_after)
    choose(dialog.event_combo, "motion-to-quash-filed")
    assert dialog.event_combo.currentText() == "Motion to quash filed"
    qtbot.keyClicks(dialog.date_edit, "2016-05-16")

    titles = dialog.chain_titles()
    assert titles == [
        "Earliest hearing date for the motion",
        "Opposition to the motion due",
        "Reply in support of the motion due",
    ]
    tree = dialog.chain_tree
    assert [tree.topLevelItem(i).text(1) for i in range(3)] == [
        "Mon 20 Jun 2016",
        "Tue 31 May 2016",
        "Tue 7 Jun 2016",
    ]
    opposition_steps = [tree.topLevelItem(1).child(i).text(0) for i in range(5)]
    assert "4. Mon 30 May 2016 is Memorial Day, a legal holiday (FRCP 6(a)(6)(A))" in (
        opposition_steps
    )
    tree.setCurrentItem(tree.topLevelItem(1))  # the chosen deadline's whole trail, below
    assert "Memorial Day" in dialog.chain_trail.toPlainText()
    assert deadlines(app_ctx, matter_id) == []

    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result_ is not None
    created = {d.rule_id: d.due for d in deadlines(app_ctx, matter_id)}
    assert created == {
        "ndcal-7-2a-hearing": D(2016, 6, 20),
        "ndcal-7-3a-opposition": D(2016, 5, 31),
        "ndcal-7-3c-reply": D(2016, 6, 7),
    }
    events = app_ctx.read(lambda uow: queries.events_for_matter(uow, matter_id))
    assert [(e.date, e.trigger_id, e.summary) for e in events] == [
        (D(2016, 5, 16), "motion-to-quash-filed", "Motion to quash filed")
    ]
    assert dialog.preview_box.title() == "Docketed; these deadlines were created"
    assert dialog.chain_titles() == titles
    assert dialog.message.text() == (
        "Docketed “Motion to quash filed” on Mon 16 May 2016 with 3 deadlines."
    )
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ok_button, LEFT)  # now "Close"


def test_docket_user_notified_counts_the_notices_window_from_the_subpoena(
    qtbot: QtBot, demo_ctx: AppContext, close_after: list[QDialog]
) -> None:
    matter = next(
        m
        for m in demo_ctx.read(lambda uow: records.list_records(uow, "matters"))
        if m.title.startswith("DHS administrative subpoenas to Meta")
    )
    dialog = shown(qtbot, DocketEventDialog(demo_ctx, matter.id), close_after)
    choose(dialog.event_combo, "user-notified")
    assert dialog.date_edit.text() == "2025-09-10"  # from the subpoena
    assert dialog.days_spin.value() == 10  # the window Meta's notice states
    assert dialog.chain_titles() == [
        "Motion to quash on file before the platform's response window closes"
    ]
    assert dialog.chain_tree.topLevelItem(0).text(1) == "Fri 19 Sep 2025"


def test_the_dialogs_close_when_the_vault_locks(
    qtbot: QtBot, app_ctx: AppContext, matter_id: int, close_after: list[QDialog]
) -> None:
    dialog = shown(qtbot, AddFromRuleDialog(app_ctx, matter_id), close_after)
    with qtbot.waitSignal(dialog.finished):
        app_ctx.about_to_lock.emit()


def test_the_offices_default_calendar_counts_where_no_court_is_known(
    qtbot: QtBot, app_ctx: AppContext, matter_id: int, close_after: list[QDialog]
) -> None:
    from services import vaults

    app_ctx.write(lambda uow: vaults.set_setting(uow, "default_calendar", "ny"))
    dialog = shown(qtbot, AddFromRuleDialog(app_ctx, matter_id), close_after)
    assert dialog.calendar() is None  # automatic: the engine chooses, and says why
    assert "otherwise Federal courts in New York" in dialog.calendar_combo.currentText()
    choose(dialog.rule_combo, "frcp-6a")
    dialog.days_spin.setValue(14)
    qtbot.keyClicks(dialog.trigger_edit, "2025-01-29")  # day 14 is Lincoln's Birthday
    assert "Thu 13 Feb 2025" in dialog.due_label.text()  # a New York holiday
    first = dialog.trail.toPlainText().splitlines()[0]
    assert "New York" in first and "the office's default in Settings" in first
    # A California local rule still counts on California's calendar, not the office's default.
    choose(dialog.rule_combo, "ndcal-7-3a-opposition")
    dialog.trigger_edit.clear()
    qtbot.keyClicks(dialog.trigger_edit, "2026-03-17")
    assert "Wed 1 Apr 2026" in dialog.due_label.text()  # 31 Mar is Cesar Chavez Day
    assert "N.D. Cal.: this is its local rule" in dialog.trail.toPlainText().splitlines()[0]


def test_the_dialog_counts_on_the_matters_court_and_matches_the_command_line(
    qtbot: QtBot, app_ctx: AppContext, close_after: list[QDialog]
) -> None:
    """A matter in N.D. Cal. counts on California's calendar; the dialog shows the same date
    and the same trail as `deadline compute --court ndcal`."""
    view = app_ctx.write(
        lambda uow: records.create(
            uow,
            "matters",
            {"title": "Doe v. DHS (Instagram)", "status": "open", "court": "N.D. Cal."},
        )
    )
    dialog = shown(qtbot, AddFromRuleDialog(app_ctx, int(view.id)), close_after)
    assert dialog.calendar_combo.currentText().startswith("The court's: N.D. Cal.")
    rules_offered = [dialog.rule_combo.itemData(i) for i in range(dialog.rule_combo.count())]
    assert "ndcal-7-3a-opposition" in rules_offered
    assert "cdcal-7-9-opposition" not in rules_offered  # another court's local rule
    choose(dialog.rule_combo, "ndcal-7-3a-opposition")
    qtbot.keyClicks(dialog.trigger_edit, "2026-03-17")
    assert dialog.due_label.text() == "Opposition to the motion due: Wed 1 Apr 2026"

    cli = subprocess.run(
        [
            sys.executable,
            "main.py",
            "deadline",
            "compute",
            "--rule",
            "ndcal-7-3a-opposition",
            "--trigger",
            "2026-03-17",
            "--court",
            "ndcal",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    computed = json.loads(cli.stdout)
    shown_steps = [
        line.split(". ", 1)[1] for line in dialog.trail.toPlainText().splitlines() if line
    ]
    assert computed["due"] == "2026-04-01"
    assert shown_steps == computed["steps"]
    assert any("Cesar Chavez Day" in step for step in shown_steps)


def test_responsible_offers_the_staff_without_case_or_accents(
    qtbot: QtBot, app_ctx: AppContext, matter_id: int, close_after: list[QDialog]
) -> None:
    def staff(uow: object) -> None:
        records.create(uow, "staff", {"name": "Ana Díaz", "role": "paralegal"})  # type: ignore[arg-type]

    app_ctx.write(staff)
    dialog = shown(qtbot, AddFromRuleDialog(app_ctx, matter_id), close_after)
    dialog.responsible_edit.clear()
    qtbot.keyClicks(dialog.responsible_edit, "diaz")
    assert dialog.responsible_pick.suggestions_now() == ["Ana Díaz"]
