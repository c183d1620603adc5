"""A Spanish report prints a counted deadline's explanation trail, and the docket event that
set it off, in Spanish: a motion to quash docketed in N.D. Cal. (its opposition counted over
Cesar Chavez Day), read back from the real PDFs of the deadline report and the matter summary."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from models.trail import render
from reports.deadline_report import DeadlineReportOptions, write_deadline_report
from reports.matter_summary import MatterSummaryOptions, write_matter_summary
from services import docketing, records
from services.reporting import DeadlineSelection
from storage.uow import UnitOfWork
from tests.support.pdf_text import all_text

D = dt.date
FILED = D(2026, 3, 17)  # the opposition's 14th day is Cesar Chavez Day, a California holiday
TODAY = D(2026, 3, 18)
# Words of the English trail and its labels that never belong in a Spanish report.
ENGLISH_STEP_WORDS = re.compile(
    r"(?<!\w)(day \d+|days?|excluded|court day|Calendar:|every day counts|is a|holiday|"
    r"weekend|the court's|Note:|Check the assigned|Rule:|after|before|governs|"
    r"Motion to quash filed)(?!\w)"
)


def _one_line(path: Path) -> str:
    return " ".join(all_text(path).split())


@pytest.fixture
def docketed(uow: UnitOfWork) -> tuple[int, list[str]]:
    """A matter in N.D. Cal. with a motion to quash docketed, and its deadlines' stored trails."""
    matter = int(
        records.create(
            uow, "matters", {"title": "Doe v. DHS", "status": "open", "court": "N.D. Cal."}
        ).id
    )
    docketing.docket(uow, matter, "motion-to-quash-filed", FILED)
    uow.commit()
    trails = [
        d.trail for d in records.list_records(uow, "deadlines") if d.matter_id == matter and d.trail
    ]
    assert len(trails) == 3  # the hearing, the opposition and the reply
    return matter, trails


def _check_spanish(text: str, trails: list[str]) -> None:
    left = sorted({m.group(0) for m in ENGLISH_STEP_WORDS.finditer(text)})
    assert left == [], f"English in a Spanish trail: {left}"
    for stored in trails:
        for line in render(stored, "en"):
            assert line not in text
        for line in render(stored, "es"):
            assert " ".join(line.split()) in text  # every step is there, in Spanish
    assert "día 0, no se cuenta" in text
    assert "Día de César Chávez, día festivo del estado" in text


def test_the_spanish_deadline_report_prints_the_trail_in_spanish(
    uow: UnitOfWork, docketed: tuple[int, list[str]], tmp_path: Path
) -> None:
    _matter, trails = docketed
    out = tmp_path / "plazos.pdf"
    options = DeadlineReportOptions(DeadlineSelection.next_days(TODAY, 60), trail=True)
    write_deadline_report(uow, options, out, language="es")
    _check_spanish(_one_line(out), trails)


def test_the_spanish_matter_summary_prints_the_trail_and_docket_in_spanish(
    uow: UnitOfWork, docketed: tuple[int, list[str]], tmp_path: Path
) -> None:
    matter, trails = docketed
    out = tmp_path / "resumen.pdf"
    write_matter_summary(uow, MatterSummaryOptions(matter, TODAY, trail=True), out, language="es")
    text = _one_line(out)
    _check_spanish(text, trails)
    assert "Moción para anular presentada" in text  # the docket event, as its trigger says it
    # In English the same summary keeps the English words.
    english = tmp_path / "summary.pdf"
    write_matter_summary(
        uow, MatterSummaryOptions(matter, TODAY, trail=True), english, language="en"
    )
    english_text = _one_line(english)
    assert "Motion to quash filed" in english_text
    assert "(day 0, excluded)" in english_text


def test_a_summary_someone_typed_stays_as_typed(
    uow: UnitOfWork, docketed: tuple[int, list[str]], tmp_path: Path
) -> None:
    matter, _trails = docketed
    docketing.docket(
        uow, matter, "motion-to-quash-filed", D(2026, 5, 4), summary="Amended motion to quash"
    )
    uow.commit()
    out = tmp_path / "resumen.pdf"
    write_matter_summary(uow, MatterSummaryOptions(matter, TODAY), out, language="es")
    assert "Amended motion to quash" in _one_line(out)
