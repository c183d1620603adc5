"""Docketing "Motion to quash filed" offers, ticked, to mark done the open "motion to quash on
file before…" deadline and to move the subpoena from Received to Challenged (both read from the
rule data: the trigger's `answers` and `subpoena_status`); docketing records them in the same
transaction, and the dashboard counts the subpoena as challenged."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors.deadline_dialogs import DocketEventDialog
from models.rules import default_rulebook
from services import docketing, queries, records

D = dt.date


def _case(ctx: AppContext) -> tuple[int, int, int]:
    def build(uow: object) -> tuple[int, int, int]:
        matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"}).id
        subpoena = records.create(
            uow,
            "subpoenas",
            {
                "matter_id": matter,
                "kind": "administrative_subpoena",
                "issuer": "DHS",
                "recipient": "Meta",
                "status": "received",
                "user_notified": "2026-02-02",
                "response_window_days": 10,
            },
        ).id
        [window] = docketing.add_from_rule(
            uow, matter, "notice-response-window", D(2026, 2, 2), subpoena_id=subpoena, days=10
        )
        return int(matter), int(subpoena), int(window.id)

    return ctx.write(build)  # type: ignore[arg-type]


def test_the_rule_data_says_what_the_filing_answers() -> None:
    trigger = default_rulebook().trigger("motion-to-quash-filed")
    assert "notice-response-window" in trigger.answers
    assert trigger.subpoena_status == "challenged"


def test_docketing_the_motion_offers_and_records_what_it_answers(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    matter, subpoena, window = _case(app_ctx)
    dialog = DocketEventDialog(app_ctx, matter, trigger_id="motion-to-quash-filed")
    dialog.show()
    qtbot.waitExposed(dialog)
    offered = [c.text() for c in dialog.answers_box.checks()]
    title = "Motion to quash on file before the platform's response window closes"
    # Shown whole, or shortened to fit (how much fits depends on the system's font) with the
    # whole text in its tooltip.
    whole = dialog.answers_box.checks()[0].toolTip() or offered[0]
    assert whole.startswith(f"Mark done: {title} (due ")
    assert offered[0].startswith("Mark done: Motion to quash")
    assert offered[1] == "Subpoena status → Challenged: DHS → Meta"
    assert all(c.isChecked() for c in dialog.answers_box.checks())
    assert dialog.answers_box.isVisible()

    qtbot.keyClicks(dialog.date_edit, "2026-02-05")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result_ is not None
    assert app_ctx.read(lambda uow: records.get(uow, "deadlines", window).status) == "done"
    assert app_ctx.read(lambda uow: records.get(uow, "subpoenas", subpoena).status) == (
        "challenged"
    )
    board = app_ctx.read(lambda uow: queries.dashboard(uow, D(2026, 2, 5)))
    assert board.open_subpoenas_by_status == {"challenged": 1}
    if shiboken6.isValid(dialog):
        dialog.reject()


def test_unticked_answers_are_left_as_they_were(qtbot: QtBot, app_ctx: AppContext) -> None:
    matter, subpoena, window = _case(app_ctx)
    dialog = DocketEventDialog(app_ctx, matter, trigger_id="motion-to-quash-filed")
    dialog.show()
    qtbot.waitExposed(dialog)
    for check in dialog.answers_box.checks():
        check.setChecked(False)
    qtbot.keyClicks(dialog.date_edit, "2026-02-05")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result_ is not None
    assert app_ctx.read(lambda uow: records.get(uow, "deadlines", window).status) == "open"
    assert app_ctx.read(lambda uow: records.get(uow, "subpoenas", subpoena).status) == "received"
    if shiboken6.isValid(dialog):
        dialog.reject()
