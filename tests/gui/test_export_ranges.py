"""Reports → exports take the range a person sees as active, say what they wrote, never write an
empty file, carry the person's reminder lead times as calendar alarms, and keep the page's
options when the window is rebuilt (a change of language)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.reports_page import ReportsPage
from gui.reminders import save_leads
from services import records
from tests.support.fresh_plurals import fresh_english_plurals


@pytest.fixture(autouse=True)
def english_counts(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """This module's counts in English ("3 deadlines"), from the sources as they are now."""
    with fresh_english_plurals(
        qapp, ["gui/pages/reports_page.py"], tmp_path_factory.mktemp("plurals")
    ):
        yield


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def answer(parent: object, title: str, start: str, pattern: str) -> tuple[str, str]:
        asked.append(title)
        return str(path), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def _page(qtbot: QtBot, ctx: AppContext) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _events(path: Path) -> list[object]:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def _open_from_today(ctx: AppContext) -> int:
    today = dt.date.today()
    return sum(
        1
        for d in ctx.read(lambda uow: records.list_records(uow, "deadlines"))
        if d.status == "open" and d.due >= today
    )


def test_calendar_ignores_a_greyed_out_range_and_says_what_it_wrote(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = _page(qtbot, demo_ctx)
    page.kind.setCurrentIndex(page.kind.findData("matter"))  # the due range greys out
    assert not page.date_from.isEnabled() and page.date_from.text()  # still holds 14 days
    far = dt.date.today() + dt.timedelta(days=60)  # outside that fortnight
    matter_id = demo_ctx.read(lambda uow: records.list_records(uow, "matters"))[0].id
    demo_ctx.write(
        lambda uow: records.create(
            uow,
            "deadlines",
            {"matter_id": matter_id, "title": "Far one", "due": far, "status": "open"},
        )
    )
    expected = _open_from_today(demo_ctx)
    out = tmp_path / "deadlines.ics"
    _save_to(monkeypatch, out)
    with qtbot.waitSignal(page.report_written, timeout=20000):
        qtbot.mouseClick(page.ics_button, Qt.MouseButton.LeftButton)
    events = _events(out)
    assert len(events) == expected >= 4
    assert "Far one" in {str(e.get("summary")).split(" — ")[0] for e in events}
    assert page.message.text().startswith(f"Saved {out}: {expected} deadlines, ")
    assert far.strftime("%-d %b") in page.message.text()  # the range runs to the last one


def test_an_export_with_nothing_to_write_says_so_and_writes_no_file(
    qtbot: QtBot, app_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = _page(qtbot, app_ctx)  # an empty vault
    asked = _save_to(monkeypatch, tmp_path / "x.ics")
    for button in (page.ics_button, page.csv_deadlines_button, page.save_button):
        with qtbot.waitSignal(page.nothing_written, timeout=5000) as said:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert said.args[0].startswith("No deadlines match (")
        assert said.args[0].endswith("); no file was written.")
        assert page.message.text() == said.args[0]
    with qtbot.waitSignal(page.nothing_written, timeout=5000) as said:
        qtbot.mouseClick(page.csv_subpoenas_button, Qt.MouseButton.LeftButton)
    assert said.args[0] == "No subpoenas match (any date); no file was written."
    assert asked == []  # never asked where to save nothing
    assert not list(tmp_path.glob("x.*"))


def test_an_active_range_is_used_and_its_emptiness_is_said(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = _page(qtbot, demo_ctx)
    asked = _save_to(monkeypatch, tmp_path / "x.ics")
    page.date_from.set_date(dt.date(2031, 1, 1))
    page.date_to.set_date(dt.date(2031, 1, 31))
    with qtbot.waitSignal(page.nothing_written, timeout=5000) as said:
        qtbot.mouseClick(page.ics_button, Qt.MouseButton.LeftButton)
    assert said.args == ["No deadlines match (1 Jan 2031 – 31 Jan 2031); no file was written."]
    assert asked == [] and not list(tmp_path.glob("x.*"))


def test_calendar_alarms_follow_the_persons_lead_times(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_leads(demo_ctx.preferences, demo_ctx.actor, (3, 0))
    page = _page(qtbot, demo_ctx)
    page.kind.setCurrentIndex(page.kind.findData("matter"))
    out = tmp_path / "alarms.ics"
    _save_to(monkeypatch, out)
    with qtbot.waitSignal(page.report_written, timeout=20000):
        qtbot.mouseClick(page.ics_button, Qt.MouseButton.LeftButton)
    all_day = [e for e in _events(out) if not isinstance(e.decoded("dtstart"), dt.datetime)]
    assert all_day
    for event in all_day:
        triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
        # 09:00 three days before, and the due day's own as that day begins (Outlook keeps
        # no alarm set after an all-day event starts)
        assert triggers == [dt.timedelta(days=-3, hours=9), dt.timedelta(0)]


def test_the_pages_options_survive_a_rebuilt_window(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = _page(qtbot, demo_ctx)
    page.kind.setCurrentIndex(page.kind.findData("register"))
    page.date_from.set_date(dt.date(2025, 9, 1))
    page.page_size.setCurrentIndex(page.page_size.findData("a4"))
    page.language.setCurrentIndex(page.language.findData("es"))
    again = _page(qtbot, demo_ctx)  # as the window rebuilt in another language makes it
    assert again.kind.currentData() == "register"
    assert again.date_from.text() == "2025-09-01" and again.date_to.text() == ""
    assert again.page_size.currentData() == "a4"
    assert again.language.currentData() == "es"
