"""Deadline reminders as the person working sees them: the tray's counts, one notification per
lead time per day for their own and unassigned deadlines (never a client), nothing while the
vault is locked, and the lead times chosen in Settings kept per person on this computer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.reminders import DeadlineReminders, ReminderSettings, chosen_leads, save_leads
from services import records
from tests.support.fresh_plurals import fresh_english_plurals

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def english_counts(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """This module's counts in English ("3 deadlines"), from the sources as they are now."""
    with fresh_english_plurals(qapp, ["gui/reminders.py"], tmp_path_factory.mktemp("plurals")):
        yield


def _deadlines(ctx: AppContext) -> None:
    def add(uow: object) -> None:
        matter = records.create(
            uow, "matters", {"title": "Stop ICE Alerts v. DHS", "status": "open"}
        )
        client = records.create(
            uow, "clients", {"pseudonym": "Organizer", "legal_name": "José Ñandú Sealed"}
        )
        records.update(uow, "matters", matter.id, {"client_ids": [client.id]})
        for title, due, who in (
            ("Mine tomorrow", TODAY + dt.timedelta(days=1), "Test Paralegal"),
            ("Unassigned today", TODAY, None),
            ("Someone else's tomorrow", TODAY + dt.timedelta(days=1), "A. Rivera"),
            ("Mine overdue", TODAY - dt.timedelta(days=2), "Test Paralegal"),
            ("Mine in three days", TODAY + dt.timedelta(days=3), "Test Paralegal"),
        ):
            records.create(
                uow,
                "deadlines",
                {
                    "matter_id": matter.id,
                    "title": title,
                    "due": due,
                    "responsible": who,
                    "status": "open",
                },
            )

    ctx.write(add)


# The offscreen platform has no tray to dock in, and says so when the icon is shown.
NO_TRAY_HERE = pytest.mark.qt_log_ignore("systemTrayWindowChanged")


@NO_TRAY_HERE
def test_reminds_the_person_once_and_counts_in_the_tray(qtbot: QtBot, app_ctx: AppContext) -> None:
    _deadlines(app_ctx)
    shown: list[tuple[str, str]] = []
    reminders = DeadlineReminders(app_ctx, use_tray=True)
    reminders.reminded.connect(lambda title, text: shown.append((title, text)))
    reminders.check()  # the default lead times: 1 day before and the morning of
    assert reminders.running
    assert reminders.tray is not None
    assert reminders.tray.toolTip() == "Quash — 1 due today, 1 overdue"
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "2 deadlines coming up"
    lines = text.splitlines()
    assert (
        lines[0].startswith("Today (") and "Unassigned today — Stop ICE Alerts v. DHS" in lines[0]
    )
    assert lines[1].startswith("Tomorrow (") and "Mine tomorrow" in lines[1]
    assert "Someone else" not in text and "three days" not in text
    assert "José" not in text and "Organizer" not in text  # never a client

    reminders.check()  # the same day: nothing new
    assert len(shown) == 1

    save_leads(app_ctx.preferences, app_ctx.actor, (3, 1, 0))
    reminders.check()  # a newly chosen lead time reminds once more
    assert len(shown) == 2 and "Mine in three days" in shown[1][1]


@NO_TRAY_HERE
def test_nothing_runs_or_shows_while_locked(qtbot: QtBot, app_ctx: AppContext) -> None:
    _deadlines(app_ctx)
    reminders = DeadlineReminders(app_ctx, use_tray=True)
    shown: list[str] = []
    reminders.reminded.connect(lambda title, _text: shown.append(title))
    reminders.check()
    assert reminders.running and reminders.counts.today == 1
    shown.clear()
    app_ctx.lock()
    assert not reminders.running
    assert reminders.tray is not None and reminders.tray.toolTip() == "Quash — locked"
    assert (reminders.counts.today, reminders.counts.overdue) == (0, 0)
    reminders.check()  # a stray tick after the lock reads and shows nothing
    assert not reminders.running and shown == []


def test_lead_times_are_kept_per_person_without_their_name(
    qtbot: QtBot, app_ctx: AppContext, preferences: QSettings, tmp_path: Path
) -> None:
    box = ReminderSettings(app_ctx)
    qtbot.addWidget(box)
    assert [lead for lead, b in box.boxes.items() if b.isChecked()] == [1, 0]  # the default
    box.boxes[3].setChecked(True)
    box.boxes[0].setChecked(False)
    assert chosen_leads(preferences, "Test Paralegal") == (3, 1)
    assert chosen_leads(preferences, "Someone Else") == (1, 0)  # another person: untouched
    preferences.sync()
    stored = (tmp_path / "preferences.ini").read_text()
    assert "Test Paralegal" not in stored and "3,1" in stored
    for lead in (3, 1):
        box.boxes[lead].setChecked(False)
    assert chosen_leads(preferences, "Test Paralegal") == ()
