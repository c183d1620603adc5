"""Printed reports from a real vault, read back from the PDF: rows, grouping, overdue marking,
page numbering, paper sizes, sealed names, accents and other scripts, size and cancel."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest

from models.errors import NothingToWriteError
from reports import fonts, layout
from reports.deadline_report import DeadlineReportOptions, ReportResult, write_deadline_report
from reports.matter_summary import MatterSummaryOptions, write_matter_summary
from reports.register import RegisterOptions, write_register
from services import audit, demo, records, reporting
from services.reporting import DeadlineSelection, Period
from storage.uow import UnitOfWork
from tests.support.pdf_text import all_text, font_names, page_count, page_size, page_texts

TODAY = dt.date(2026, 3, 2)  # a Monday; the demo's deadlines fall at -2, 0, +3, +9, +21 days
SEALED = ("Tomás Herrera", "Marisol Ortega", "Kai Andersen", "Dana Whitlock", "Ruth Kowalczyk")


class Cancelled(Exception):
    pass


class CancelAfter:
    """A task that a person cancels once `limit` rows were reported."""

    def __init__(self, limit: int):
        self.limit = limit
        self.seen: list[tuple[int, int, str]] = []

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.seen.append((done, total, text))

    def check(self) -> None:
        if any(done >= self.limit for done, _total, _text in self.seen):
            raise Cancelled()


def _demo(uow: UnitOfWork) -> None:
    demo.fill_public_cases(uow, TODAY)
    # One of A. Rivera's matters has work due tomorrow, so attorneys and matters both group.
    records.create(
        uow,
        "deadlines",
        {
            "matter_id": 2,
            "title": "Reply brief on the motion to quash",
            "due": (TODAY + dt.timedelta(days=1)).isoformat(),
            "status": "open",
            "responsible": "A. Rivera",
            "citation": "N.D. Cal. Civil L.R. 7-3(c)",
            "rule_id": "ndcal-7-3c-reply",
            "trail": "Opposition filed Mon 23 Feb 2026 (day 0, excluded)\n"
            "day 7 after is Mon 2 Mar 2026",
        },
    )


def _deadlines(
    uow: UnitOfWork,
    out: Path,
    *,
    group: str = "day",
    reveal_names: bool = False,
    trail: bool = False,
    page_size: str = "letter",
) -> ReportResult:
    selection = DeadlineSelection.next_days(TODAY, group=group)
    options = DeadlineReportOptions(selection, reveal_names, trail, page_size)
    return write_deadline_report(uow, options, out)


def _audit_of(uow: UnitOfWork, what: str) -> list[audit.AuditView]:
    return [e for e in audit.entries(uow, entity=what)]


def test_deadline_report_by_day_puts_overdue_first_and_marks_it(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    _demo(uow)
    out = tmp_path / "deadlines.pdf"
    result = _deadlines(uow, out)
    text = all_text(out)

    assert result.rows == 5 and result.pages == 1
    # Overdue first, in its own marked group, then each day in order.
    order = [
        text.index("OVERDUE · 1 deadline"),
        text.index("Call client to confirm the account details"),
        text.index("Monday 2 March 2026 — today"),
        text.index("Ask Meta to hold production pending a motion"),
        text.index("Tuesday 3 March 2026 — tomorrow"),
        text.index("Reply brief on the motion to quash"),
        text.index("Thursday 5 March 2026"),
        text.index("Draft motion to quash"),
        text.index("Wednesday 11 March 2026"),
    ]
    assert order == sorted(order)
    assert "2 days overdue" in text
    assert "1 overdue" in text
    # Each row: due date with weekday, days left, matter, client, account, person, citation.
    assert "Sat 28 Feb 2026" in text and "in 3 days" in text and "tomorrow" in text
    assert "Practice: DHS summons to Meta for" in text
    assert "Northside Watch" in text and "Northside Rapid" in text
    assert "J. Okafor" in text and "S. Chen" in text
    assert "N.D. Cal. Civil L.R. 7-3(c)" in text
    # Outside the 14 days: the co-counsel check (+21), and done or vacated work.
    assert "Status check with co-counsel" not in text
    assert "John Doe: customs summonses" not in text  # its deadline was vacated
    # Every page: privilege header, office, page X of Y, generated date and time.
    assert "Privileged & Confidential — Attorney Work Product" in text
    assert "Test Office" in text
    assert "Page 1 of 1" in text
    assert re.search(r"Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} by Test Paralegal", text)


def test_deadline_report_groups_by_attorney_and_by_matter(uow: UnitOfWork, tmp_path: Path) -> None:
    _demo(uow)
    by_attorney = tmp_path / "attorney.pdf"
    _deadlines(uow, by_attorney, group="attorney")
    text = all_text(by_attorney)
    rivera, okafor = (
        text.index("Attorney: A. Rivera · 1 deadline"),
        text.index("Attorney: J. Okafor · 4 deadlines"),
    )
    assert rivera < text.index("Reply brief on the motion") < okafor
    # Within an attorney, overdue work still comes first.
    assert okafor < text.index("OVERDUE") < text.index("Ask Meta to hold production")

    by_matter = tmp_path / "matter.pdf"
    _deadlines(uow, by_matter, group="matter")
    text = all_text(by_matter)
    first = text.index("Matter 2: DHS administrative subpoenas to Meta")
    second = text.index("Matter 4: Practice: DHS summons to Meta")
    assert first < text.index("Reply brief on the motion") < second


def test_explanation_trail_only_when_asked(uow: UnitOfWork, tmp_path: Path) -> None:
    _demo(uow)
    plain, with_trail = tmp_path / "plain.pdf", tmp_path / "trail.pdf"
    _deadlines(uow, plain)
    _deadlines(uow, with_trail, trail=True)
    assert "day 7 after is Mon 2 Mar 2026" not in all_text(plain)
    assert "day 7 after is Mon 2 Mar 2026" in all_text(with_trail)


def test_sealed_names_absent_by_default_and_printed_only_on_request(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    _demo(uow)
    hidden, shown = tmp_path / "hidden.pdf", tmp_path / "shown.pdf"
    _deadlines(uow, hidden)
    text = all_text(hidden)
    assert not [name for name in SEALED if name in text]
    assert "sealed legal names are left out" in text

    _deadlines(uow, shown, reveal_names=True)
    text = all_text(shown)
    assert "Tomás Herrera (fictional)" in text
    assert "Marisol Ortega (fictional)" in text  # A. Rivera's matter has two clients
    assert "Contains clients' sealed legal names" in text  # on every page's header
    assert "printed at the explicit request of Test Paralegal" in text

    entries = _audit_of(uow, "deadline report")
    assert [e.detail["names_revealed"] for e in entries] == [True, False]
    assert sorted(entries[0].detail["revealed_client_ids"]) == [2, 3, 5]
    assert "revealed_client_ids" not in entries[1].detail
    assert entries[0].action == "report" and entries[0].actor == "Test Paralegal"
    assert not any(name in str(entries[0].detail) for name in SEALED)
    # Once written, the report's text is not kept in the layout's caches (the vault may be
    # locked next): no revealed name, no cell.
    kept = [*layout._CELLS, *layout._PARAGRAPHS, *fonts._MARKUP, *layout._WIDTHS.values()]
    assert kept == [] and not any(name in str(kept) for name in SEALED)


def test_letter_and_a4(uow: UnitOfWork, tmp_path: Path) -> None:
    _demo(uow)
    letter, a4 = tmp_path / "letter.pdf", tmp_path / "a4.pdf"
    _deadlines(uow, letter)
    _deadlines(uow, a4, page_size="a4")
    assert page_size(letter) == pytest.approx((792, 612))  # landscape Letter
    assert page_size(a4) == pytest.approx((841.89, 595.28), abs=0.01)  # landscape A4
    summary = tmp_path / "summary.pdf"
    write_matter_summary(uow, MatterSummaryOptions(2, TODAY, page_size="a4"), summary)
    assert page_size(summary) == pytest.approx((595.28, 841.89), abs=0.01)  # portrait A4


def test_spanish_and_other_scripts_print_without_missing_glyphs(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    matter = records.create(
        uow,
        "matters",
        {"title": "Moción para anular — Ñandú Peña", "status": "open", "attorney": "Inés Ibáñez"},
    )
    client = records.create(uow, "clients", {"pseudonym": "José Peña", "legal_name": "Sealed"})
    records.add_client_to_matter(uow, matter.id, client.id)
    records.create(
        uow,
        "deadlines",
        {
            "matter_id": matter.id,
            "title": "Llamar a Tomás — 提交动议 — محمد علي",
            "due": TODAY.isoformat(),
            "status": "open",
            "responsible": "Inés Ibáñez",
        },
    )
    out = tmp_path / "unicode.pdf"
    _deadlines(uow, out)
    text = all_text(out)
    assert "José Peña" in text and "Moción para anular — Ñandú Peña" in text
    assert "Llamar a Tomás" in text and "Inés Ibáñez" in text
    assert "提交动议" in text  # Chinese in the embedded Noto Sans SC
    # Arabic joined and embedded (read back through its presentation forms), no stand-in.
    assert "محمد" in unicodedata.normalize("NFKC", text) and "[Arabic text]" not in text
    fonts = font_names(out)
    assert "/AAAAAA+FiraSans-Regular" in fonts  # the embedded (subset) Unicode TrueType font
    assert any("NotoSansSC" in n for n in fonts) and any("NotoSansArabic" in n for n in fonts)
    assert not any("Helvetica" in name for name in fonts)


def test_thousands_of_rows_number_every_page_and_read_in_batches(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    demo.fill_synthetic(uow, 500, today=TODAY)
    selection = DeadlineSelection(today=TODAY, status="any")
    expected = reporting.count_deadlines(uow, selection)
    assert expected == 5000

    seen: list[tuple[int, int, str]] = []

    class Watch:
        def progress(self, done: int, total: int, text: str = "") -> None:
            seen.append((done, total, text))

        def check(self) -> None:
            pass

    out = tmp_path / "big.pdf"
    result = write_deadline_report(uow, DeadlineReportOptions(selection), out, task=Watch())
    assert result.rows == expected
    pages = page_count(out)
    assert result.pages == pages and pages > 100
    first, last = page_texts(out, [0, pages - 1])
    assert f"Page 1 of {pages}" in first
    assert f"Page {pages} of {pages}" in last
    assert "Privileged & Confidential" in last and "Due" in last  # headings repeat
    reading = [done for done, _t, text in seen if text == "Reading deadlines"]
    assert reading[1:] == [500 * i for i in range(1, 11)]  # 500 rows a batch
    assert any(text == "Laying out pages" for _d, _t, text in seen)


def test_cancel_writes_nothing_and_audits_nothing(uow: UnitOfWork, tmp_path: Path) -> None:
    demo.fill_synthetic(uow, 200, today=TODAY)
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    task = CancelAfter(300)
    with pytest.raises(Cancelled):
        write_deadline_report(
            uow, DeadlineReportOptions(DeadlineSelection(today=TODAY, status="any")), out, task=task
        )
    assert not out.exists()
    assert list(folder.iterdir()) == []  # no temporary file left behind
    assert _audit_of(uow, "deadline report") == []


def test_empty_selection_says_so_and_writes_nothing(uow: UnitOfWork, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    with pytest.raises(NothingToWriteError) as raised:
        _deadlines(uow, out)
    assert str(raised.value) == "No deadlines match (2 Mar – 15 Mar); no file was written."
    assert not out.exists() and not list(tmp_path.glob("*.pdf"))
    assert _audit_of(uow, "deadline report") == []


def test_matter_summary_shows_the_whole_matter(uow: UnitOfWork, tmp_path: Path) -> None:
    _demo(uow)
    out = tmp_path / "matter.pdf"
    write_matter_summary(uow, MatterSummaryOptions(2, TODAY, trail=True), out)
    text = all_text(out)
    for expected in (
        "DHS administrative subpoenas to Meta: Instagram community",
        "Magistrate Judge Hixson",
        "LB Protest organizer",  # clients, by pseudonym
        "Stop ICE page admin",
        "@LBProtest",  # accounts
        "Administrative subpoena from U.S. Department of Homeland Security to Meta",
        "name, email, phone",  # what it demands
        "Officer Safety / Doxing",
        "Motion to quash before Meta's response window",  # deadlines
        "Reply brief on the motion to quash",
        "day 7 after is Mon 2 Mar 2026",  # the trail, asked for
        "Magistrate Judge Hixson orders Meta not to produce",  # docket events
        "Demo data. Agencies, platforms",  # notes
        "Page 1 of",
    ):
        assert expected in text, expected
    assert not [name for name in SEALED if name in text]

    revealed = tmp_path / "revealed.pdf"
    write_matter_summary(uow, MatterSummaryOptions(2, TODAY, reveal_names=True), revealed)
    text = all_text(revealed)
    assert "Marisol Ortega (fictional)" in text and "Kai Andersen (fictional)" in text
    assert "Tomás Herrera" not in text  # another matter's client
    entries = _audit_of(uow, "matter summary")
    assert [e.detail["names_revealed"] for e in entries] == [True, False]
    assert entries[0].detail["revealed_client_ids"] == [2, 3]


def test_matter_summary_keeps_a_count_of_days_whole_in_its_narrow_column(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
    late = TODAY - dt.timedelta(days=220)
    records.create(
        uow,
        "deadlines",
        {"matter_id": matter.id, "title": "Reply", "due": late.isoformat(), "status": "open"},
    )
    out = tmp_path / "matter.pdf"
    write_matter_summary(uow, MatterSummaryOptions(matter.id, TODAY), out)
    text = page_texts(out)[0]  # line breaks kept
    assert "OVERDUE" in text
    assert re.search(r"\b220[ \u00a0]d\b", text), text  # not "220", then "d" a line below


def test_matter_summary_of_a_missing_matter_is_a_clear_error(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    from models.errors import NotFoundError

    with pytest.raises(NotFoundError, match="no matter with id 42"):
        write_matter_summary(uow, MatterSummaryOptions(42, TODAY), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_register_lists_every_subpoena_in_the_period_with_charts(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    _demo(uow)
    everything = tmp_path / "register.pdf"
    result = write_register(uow, RegisterOptions(Period()), everything)
    assert result.rows == 4
    text = all_text(everything)
    for expected in (
        "Subpoena register",
        "4 demands for account holders' identities",
        "By agency",
        "By recipient platform",
        "By outcome",
        "U.S. Customs and Border Protection",  # an agency, as a chart label and a row
        "Twitter",
        "Withdrawn",
        "19 U.S.C. 1509",
        "name, email, phone",
        "1 with no date recorded",
    ):
        assert expected in text, expected
    assert "By year issued" in text  # 2017 to 2026 is too long for months

    year = tmp_path / "2025.pdf"
    result = write_register(
        uow, RegisterOptions(Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))), year
    )
    assert result.rows == 1
    text = all_text(year)
    assert "By month issued" in text and "Sep 25" in text
    assert "U.S. Department of Homeland Security" in text
    assert "Twitter" not in text and "U.S. Customs and Border Protection" not in text
    entry = _audit_of(uow, "subpoena register")[0]
    assert entry.detail["rows"] == 1 and entry.detail["names_revealed"] is False


def test_a_matter_summary_with_notes_longer_than_a_page_prints_them_all(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    words = [f"note{n}" for n in range(2200)]  # about 19,000 characters: near the limit
    matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"}).id
    records.update(uow, "matters", matter, {"notes": " ".join(words)})
    out = tmp_path / "summary.pdf"
    write_matter_summary(uow, MatterSummaryOptions(matter, TODAY), out)
    assert page_count(out) > 2
    printed = [word for word in all_text(out).split() if word.startswith("note")]
    assert printed == words
