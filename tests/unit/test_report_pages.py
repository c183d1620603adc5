"""Whole report pages look exactly as they would if every table cell were laid out by ReportLab's
Paragraph and every row were placed by the frame on its own: reports.layout draws most cells
itself and hands the frame runs of rows, for speed, and a reader must not be able to tell. Each
report is written twice from the same small vault at the same moment — as Quash writes it, and
with the fast paths switched off so Paragraph lays out every cell — and the two
PDFs are rendered (pypdfium2, 100 dpi) and compared pixel by pixel and word by word, page by
page. The vault holds what makes cells hard: other scripts (Arabic, Hebrew, Persian,
Devanagari, CJK), text that wraps, markup characters, overdue rows, trails and long notes."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import ImageChops

from reports import deadline_report, layout, matter_summary, register
from reports.deadline_report import DeadlineReportOptions, write_deadline_report
from reports.matter_summary import MatterSummaryOptions, write_matter_summary
from reports.register import RegisterOptions, write_register
from services import demo, records
from services.reporting import DeadlineSelection, Period
from storage.uow import UnitOfWork
from storage.vault import Vault
from tests.support.vaults import office_vault

TODAY = dt.date(2026, 3, 2)
NOW = dt.datetime(2026, 3, 2, 9, 30)
SCRIPTS = ["Nguyễn Thị Hương", "Дмитрий Иванов", "محمد", "שלום", "नमन", "提交动议", "안녕하세요"]
HEBREW = "אחד שתים שלושה ארבעה חמישה שישה שבעה שמונה תשעה עשרה"
PERSIAN = "کمک می‌خواهم"
SCALE = 100 / 72  # 100 dpi


def _fill(uow: UnitOfWork) -> dict[str, int]:
    demo.fill_public_cases(uow, TODAY)
    demo.fill_synthetic(uow, 12, today=TODAY)
    awkward = records.create(
        uow,
        "matters",
        {
            "title": "Stop ICE Alerts — إنذارات (X @StopICEnow) התראות",
            "status": "open",
            "attorney": "Inés Ibáñez",
            "case_number": "3:26-cv-00017",
            "notes": " ".join([HEBREW] * 40),
        },
    ).id
    client = records.create(
        uow,
        "clients",
        {"pseudonym": "Smith & Jones <LLP>", "legal_name": "José Ñandú 张伟 محمد علي"},
    )
    records.add_client_to_matter(uow, awkward, client.id)
    for n, word in enumerate(SCRIPTS):
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": awkward,
                "title": f"script {n}: {word} (שלום עולם / {PERSIAN})",
                "due": (TODAY + dt.timedelta(days=n % 5 - 2)).isoformat(),
                "status": "open",
                "responsible": SCRIPTS[1],
                "citation": "19 U.S.C. § 1509(c)",
                "rule_id": "ndcal-7-3c-reply",
                "trail": "\n".join(f"step {i}: counted from Mon 23 Feb 2026" for i in range(n)),
            },
        )
    for n in range(40):  # a matter long enough for several pages of deadlines
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": awkward,
                "title": f"A motion to quash the customs summons served on Meta, part {n}, "
                "with two  spaces & <angles>" * (1 + n % 2),
                "due": (TODAY + dt.timedelta(days=n % 20 - 10)).isoformat(),
                "status": ("open", "done", "vacated")[n % 3],
                "responsible": "Notificación al cliente",
            },
        )
    records.create(
        uow,
        "subpoenas",
        {
            "matter_id": awkward,
            "kind": "administrative_subpoena",
            "issuer": f"DHS {SCRIPTS[5]} {SCRIPTS[4]}",
            "recipient": f"Meta {SCRIPTS[2]} {SCRIPTS[3]} {PERSIAN}",
            "served": "2026-02-20",
            "requested": ["name"],
            "status": "received",
            "gag_order": True,
        },
    )
    return {"awkward": awkward}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, int]]:
    vault, _key = office_vault(tmp_path_factory.mktemp("pages") / "vault", office_name="Oficina")
    with UnitOfWork(vault, "Test Paralegal") as uow:
        made = _fill(uow)
        uow.commit()
    yield vault, made["awkward"]
    vault.lock()


def _deadlines(language: str = "en", **options: Any) -> Callable[[UnitOfWork, Path, int], Any]:
    group = options.pop("group", "day")
    selection = DeadlineSelection.next_days(TODAY, 14, group=group)

    def write(uow: UnitOfWork, out: Path, _matter: int) -> Any:
        opts = DeadlineReportOptions(selection, **options)
        return write_deadline_report(uow, opts, out, now=NOW, language=language)

    return write


def _register(language: str = "en", **options: Any) -> Callable[[UnitOfWork, Path, int], Any]:
    def write(uow: UnitOfWork, out: Path, _matter: int) -> Any:
        opts = RegisterOptions(Period(), **options)
        return write_register(uow, opts, out, now=NOW, language=language)

    return write


def _summary(language: str = "en", **options: Any) -> Callable[[UnitOfWork, Path, int], Any]:
    def write(uow: UnitOfWork, out: Path, matter: int) -> Any:
        opts = MatterSummaryOptions(matter, TODAY, **options)
        return write_matter_summary(uow, opts, out, now=NOW, language=language)

    return write


REPORTS = {
    "deadline report, CLI defaults": _deadlines(),
    "deadline report, trail and legal names, Spanish, A4": _deadlines(
        "es", trail=True, reveal_names=True, page_size="a4"
    ),
    "deadline report by matter": _deadlines(group="matter"),
    "subpoena register": _register(),
    "subpoena register, Spanish, A4": _register("es", page_size="a4"),
    "matter summary, trail and legal names": _summary(trail=True, reveal_names=True),
    "matter summary, Spanish, A4": _summary("es", trail=True, page_size="a4"),
}


def _row_by_row(rows: Sequence[Any], after_first: Any = None) -> list[Any]:
    return [*rows[:1], *([after_first] if rows and after_first is not None else []), *rows[1:]]


def _write(vault: Vault, matter: int, write: Any, out: Path, *, paragraphs_only: bool) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(layout, "_CELLS", OrderedDict())  # no cell laid out the other way
        patch.setattr(layout, "_PARAGRAPHS", OrderedDict())
        if paragraphs_only:  # the reference: no cell is recognised as plain
            patch.setattr(layout, "_plain_lines", lambda *args, **kwargs: None)
            # and every row is a flowable of its own, placed by the frame (no RowRun)
            for module in (layout, deadline_report, register, matter_summary):
                patch.setattr(module, "table_body", _row_by_row)
        with UnitOfWork(vault, "Test Paralegal") as uow:
            write(uow, out, matter)  # not committed


def _pages(path: Path) -> list[tuple[Any, str]]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [
            (page.render(scale=SCALE).to_pil().convert("RGB"), page.get_textpage().get_text_range())
            for page in pdf
        ]
    finally:
        pdf.close()


@pytest.mark.parametrize("name", list(REPORTS))
def test_pages_are_those_paragraph_would_draw(
    filled: tuple[Vault, int], tmp_path: Path, name: str
) -> None:
    vault, matter = filled
    fast, reference = tmp_path / "fast.pdf", tmp_path / "reference.pdf"
    _write(vault, matter, REPORTS[name], fast, paragraphs_only=False)
    _write(vault, matter, REPORTS[name], reference, paragraphs_only=True)

    drawn, expected = _pages(fast), _pages(reference)
    assert len(drawn) == len(expected) > 1  # every report here runs over pages
    for number, ((image, text), (want_image, want_text)) in enumerate(
        zip(drawn, expected, strict=True), 1
    ):
        assert text == want_text, f"page {number}: the words differ"
        box = ImageChops.difference(image, want_image).getbbox()
        assert box is None, f"page {number}: pixels differ within {box}"
    if "Spanish" not in name:  # each page is numbered of the whole
        for number, (_image, text) in enumerate(drawn, 1):
            assert f"Page {number} of {len(drawn)}" in text
