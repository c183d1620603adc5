"""The Reports page: a report saved in the background with progress, Cancel that leaves nothing
behind, the legal-names box and its warning, and the calendar and CSV exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.reports_page import ReportsPage
from services import audit, demo
from tests.support.pdf_text import all_text


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The Save dialog answers `path` (without its suffix, as a person may type it)."""
    asked: list[str] = []

    def answer(parent: object, title: str, start: str, pattern: str) -> tuple[str, str]:
        asked.append(title)
        return str(path.with_suffix("")), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


@pytest.fixture
def page(qtbot: QtBot, demo_ctx: AppContext) -> ReportsPage:
    widget = ReportsPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_deadline_report_saved_in_the_background(
    qtbot: QtBot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "deadlines.pdf"
    _save_to(monkeypatch, out)
    steps: list[tuple[int, int]] = []
    page.progress.valueChanged.connect(lambda v: steps.append((v, page.progress.maximum())))
    page.group.setCurrentIndex(page.group.findData("attorney"))
    with qtbot.waitSignal(page.report_written, timeout=20000) as done:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isEnabled() and not page.save_button.isEnabled()
    assert done.args == [str(out)]
    text = all_text(out)
    assert "Deadline report" in text and "Attorney: J. Okafor" in text
    assert "OVERDUE" in text and "Call client to confirm the account details" in text
    assert "Tomás Herrera" not in text
    assert page.save_button.isEnabled() and not page.cancel_button.isEnabled()
    assert "not encrypted" in page.message.text()
    assert steps  # the progress bar moved
    entry = page.ctx.read(lambda uow: audit.entries(uow, entity="deadline report"))[0]
    assert entry.detail["names_revealed"] is False and entry.detail["group"] == "attorney"


def test_legal_names_only_with_the_box_ticked_and_a_warning(
    qtbot: QtBot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert not page.reveal.isChecked() and not page.reveal_warning.isVisible()
    page.reveal.setChecked(True)
    assert page.reveal_warning.isVisible()
    assert "audit log" in page.reveal_warning.text()
    out = tmp_path / "revealed.pdf"
    _save_to(monkeypatch, out)
    with qtbot.waitSignal(page.report_written, timeout=20000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    text = all_text(out)
    assert "Tomás Herrera (fictional)" in text
    assert "Contains clients' sealed legal names" in text
    assert "includes clients' legal names" in page.message.text()
    entry = page.ctx.read(lambda uow: audit.entries(uow, entity="deadline report"))[0]
    assert entry.detail["names_revealed"] is True and entry.actor == "Test Paralegal"


def test_matter_summary_and_register_from_the_page(
    qtbot: QtBot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page.kind.setCurrentIndex(page.kind.findData("matter"))
    assert not page.group.isEnabled() and not page.date_from.isEnabled()
    with qtbot.waitSignal(page.report_failed, timeout=5000) as failed:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["Choose the matter to summarize."]

    page.matter.setCurrentIndex(page.matter.findData(2))
    summary = tmp_path / "summary.pdf"
    _save_to(monkeypatch, summary)
    with qtbot.waitSignal(page.report_written, timeout=20000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "LB Protest organizer" in all_text(summary)

    page.kind.setCurrentIndex(page.kind.findData("register"))
    assert page.date_from.text() == "" and not page.reveal.isEnabled()
    register = tmp_path / "register.pdf"
    _save_to(monkeypatch, register)
    with qtbot.waitSignal(page.report_written, timeout=20000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "By recipient platform" in all_text(register)


def test_cancel_stops_a_large_report_and_saves_nothing(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    demo_ctx.write(lambda uow: demo.fill_synthetic(uow, 500))
    page = ReportsPage(demo_ctx)
    qtbot.addWidget(page)
    page.date_from.set_date(None)
    page.date_to.set_date(None)
    page.status.setCurrentIndex(page.status.findData("any"))
    out = tmp_path / "big.pdf"
    _save_to(monkeypatch, out)
    with qtbot.waitSignal(page.report_cancelled, timeout=30000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert not out.exists() and list(tmp_path.glob(".big.pdf*")) == []
    assert "nothing was saved" in page.message.text()
    assert page.save_button.isEnabled()
    assert demo_ctx.read(lambda uow: audit.entries(uow, entity="deadline report")) == []


def test_calendar_and_csv_exports(
    qtbot: QtBot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ics = tmp_path / "deadlines.ics"
    _save_to(monkeypatch, ics)
    with qtbot.waitSignal(page.report_written, timeout=20000):
        qtbot.mouseClick(page.ics_button, Qt.MouseButton.LeftButton)
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    today = dt.date.today()
    # The page's default range is the next 14 days: the demo's open work at 0, +3 and +9.
    assert sorted(e.decoded("dtstart") for e in events) == [
        today + dt.timedelta(days=d) for d in (0, 3, 9)
    ]

    deadlines_csv = tmp_path / "deadlines.csv"
    _save_to(monkeypatch, deadlines_csv)
    with qtbot.waitSignal(page.report_written, timeout=20000):
        qtbot.mouseClick(page.csv_deadlines_button, Qt.MouseButton.LeftButton)
    assert "Call client" not in deadlines_csv.read_text(encoding="utf-8-sig")  # overdue: out

    subpoenas_csv = tmp_path / "subpoenas.csv"
    _save_to(monkeypatch, subpoenas_csv)
    page.date_from.set_date(None)
    page.date_to.set_date(None)
    with qtbot.waitSignal(page.report_written, timeout=20000):
        qtbot.mouseClick(page.csv_subpoenas_button, Qt.MouseButton.LeftButton)
    assert subpoenas_csv.read_text(encoding="utf-8-sig").count("\n") == 5  # header + 4


def test_bad_dates_are_one_clear_line(qtbot: QtBot, page: ReportsPage) -> None:
    page.date_from.setText("2026-02")
    with qtbot.waitSignal(page.report_failed, timeout=5000) as failed:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert failed.args[0].startswith("Check the dates")
    page.date_from.set_date(dt.date(2026, 5, 1))
    page.date_to.set_date(dt.date(2026, 4, 1))
    with qtbot.waitSignal(page.report_failed, timeout=5000) as failed:
        qtbot.mouseClick(page.ics_button, Qt.MouseButton.LeftButton)
    assert "before it starts" in failed.args[0]


def test_reports_are_written_in_the_interfaces_language_or_the_one_chosen(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    default = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
    try:
        page = ReportsPage(demo_ctx)  # as built after switching the interface to Español
        qtbot.addWidget(page)
        page.show()
        assert page.language.currentData() == "es"

        spanish = tmp_path / "plazos.pdf"
        _save_to(monkeypatch, spanish)
        with qtbot.waitSignal(page.report_written, timeout=20000):
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        text = all_text(spanish)
        assert "Informe de plazos" in text and "Deadline report" not in text

        ics = tmp_path / "plazos.ics"
        _save_to(monkeypatch, ics)
        with qtbot.waitSignal(page.report_written, timeout=20000):
            qtbot.mouseClick(page.ics_button, Qt.MouseButton.LeftButton)
        raw = ics.read_bytes().decode("utf-8")
        assert "CATEGORIES:Plazo," in raw and "CATEGORIES:Deadline" not in raw

        page.language.setCurrentIndex(page.language.findData("en"))  # for an English court
        english = tmp_path / "deadlines.pdf"
        _save_to(monkeypatch, english)
        with qtbot.waitSignal(page.report_written, timeout=20000):
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert "Deadline report" in all_text(english)
    finally:
        QLocale.setDefault(default)
