"""The intake reader on the papers a paralegal is handed: a subpoena as a PDF with text, the
same subpoena scanned (clean, worn, as a picture), a platform's notice email, and the broken
files that come in too. Real PDFs, real OCR (Tesseract), the command line in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from models.errors import ValidationError
from models.tasks import Cancelled
from services import intake
from services.documents import MAX_BYTES
from services.intake.dates import find_dates
from tests.conftest import REPO, run_cli
from tests.support import intake_documents as docs
from tests.support.tasks import Watching

# ---- the documents, made once (OCR takes a few seconds a page) -------------------------------


@pytest.fixture(scope="module")
def ice_pdf() -> bytes:
    return docs.ice_subpoena_pdf()


@pytest.fixture(scope="module")
def ice_scan_pages(ice_pdf: bytes) -> list[Any]:
    return docs.scan_images(ice_pdf)


@pytest.fixture(scope="module")
def from_text(ice_pdf: bytes) -> intake.Suggestions:
    return intake.scan(ice_pdf)


@pytest.fixture(scope="module")
def from_scan(ice_scan_pages: list[Any]) -> intake.Suggestions:
    return intake.scan(docs.image_only_pdf(ice_scan_pages))


@pytest.fixture(scope="module")
def from_noisy_scan(ice_pdf: bytes) -> intake.Suggestions:
    return intake.scan(docs.image_only_pdf(docs.scan_images(ice_pdf, noisy=True)[:1]))


def values(found: intake.Suggestions) -> dict[str, Any]:
    """Each field's value as the interchange format writes it."""
    return {name: s.plain_value() for name, s in found.fields.items()}


def accounts(found: intake.Suggestions) -> list[dict[str, Any]]:
    return [
        {"platform": h["platform"], "handle": h["handle"]}
        for h in found.fields["handles"].plain_value()
    ]


def refusal(content: bytes) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        intake.scan(content)
    return caught.value


# ---- a subpoena with a text layer -------------------------------------------------------------


def test_every_field_of_a_text_pdf_is_right_and_says_where_it_came_from(
    from_text: intake.Suggestions,
) -> None:
    assert (from_text.method, from_text.pages, from_text.confidence) == ("text", 2, None)
    found = values(from_text)
    assert {k: found[k] for k in docs.ICE_FIELDS} == docs.ICE_FIELDS
    assert accounts(from_text) == docs.ICE_HANDLES
    # Nothing the subpoena does not say: a subpoena carries no notice date or window.
    assert set(found) == {*docs.ICE_FIELDS, "handles"}

    fields = from_text.fields
    assert {s.confidence for s in fields.values()} == {"high"}
    assert all(s.ocr_confidence is None for s in fields.values())
    assert fields["issued"].source == "Date issued: September 3, 2025"
    assert "on or before September 17, 2025" in fields["compliance_date"].source
    assert fields["issuing_officer"].source.startswith("Issued by: Raymond T. Okoro")
    assert "8 U.S.C. 1225(d)" in fields["authority"].source
    assert fields["recipient"].source == "To: Meta Platforms, Inc."
    assert "not to disclose the existence of this subpoena" in fields["gag_order"].source
    # The list of records is on Attachment A, the second page.
    assert fields["requested"].page == 2
    assert "Email addresses" in fields["requested"].source
    assert [s.page for k, s in fields.items() if k != "requested"] == [1] * (len(fields) - 1)


def test_what_the_subpoena_excludes_is_not_taken_as_demanded(
    from_text: intake.Suggestions,
) -> None:
    # "Do not include the content of any communications."; "user names" are not a name.
    assert "content" not in from_text.get("requested")
    assert "address" not in from_text.get("requested")  # email and IP addresses only


def test_a_customs_summons_to_x_with_numeric_dates(tmp_path: Path) -> None:
    found = intake.scan(docs.cbp_summons_pdf())
    got = values(found)
    assert {k: got[k] for k in docs.CBP_FIELDS} == docs.CBP_FIELDS
    assert accounts(found) == docs.CBP_HANDLES
    assert found.fields["handles"].plain_value()[0]["url"] == "https://x.com/ALT_USCIS"
    # The summons states no purpose and no gag: those fields are absent, not guessed.
    assert "stated_purpose" not in found.fields and "gag_order" not in found.fields
    assert found.fields["issued"].source == "Dated: 11/03/2026"


# ---- scans: real OCR --------------------------------------------------------------------------


def test_an_image_only_scan_gives_the_same_fields_with_ocrs_confidence(
    from_scan: intake.Suggestions,
) -> None:
    assert (from_scan.method, from_scan.pages) == ("ocr", 2)
    assert from_scan.confidence is not None and from_scan.confidence > 85
    found = values(from_scan)
    assert {k: found[k] for k in docs.ICE_FIELDS} == docs.ICE_FIELDS
    assert accounts(from_scan) == docs.ICE_HANDLES
    for suggestion in from_scan.fields.values():
        assert suggestion.ocr_confidence is not None and 0 <= suggestion.ocr_confidence <= 100
    assert from_scan.fields["issued"].source == "Date issued: September 3, 2025"
    assert from_scan.fields["issuer"].confidence == "high"


def test_a_multipage_tiff_read_frame_by_frame(ice_scan_pages: list[Any]) -> None:
    # A phone's picture of the top of the first page, then the whole second page.
    first, second = ice_scan_pages
    top = first.crop((0, 0, first.width, first.height * 45 // 100))
    progress: list[tuple[int, int]] = []
    found = intake.scan(
        docs.multipage_tiff([top, second]),
        task=Watching(on_progress=lambda done, total, _text: progress.append((done, total))),
    )
    assert (found.method, found.pages) == ("ocr", 2)
    assert progress == [(0, 2), (1, 2), (2, 2)]
    got = values(found)
    shown = ("kind", "issuer", "recipient", "compliance_date", "authority", "requested")
    assert {k: got[k] for k in shown} == {k: docs.ICE_FIELDS[k] for k in shown}
    assert found.fields["requested"].page == 2
    assert "issued" not in found.fields  # its date is lower on the first page, not pictured


def test_a_worn_scan_says_it_is_less_sure(
    from_scan: intake.Suggestions, from_noisy_scan: intake.Suggestions
) -> None:
    assert from_noisy_scan.confidence is not None and from_scan.confidence is not None
    assert from_noisy_scan.confidence < from_scan.confidence - 5
    # Still read: what the worn page says plainly comes through…
    assert from_noisy_scan.get("kind") == "administrative_subpoena"
    assert from_noisy_scan.get("issuer") == docs.ICE_FIELDS["issuer"]
    # …and where OCR was unsure of the words, the suggestion says so.
    fields = from_noisy_scan.fields.values()
    assert any(s.confidence != "high" for s in fields)
    for suggestion in fields:
        assert suggestion.ocr_confidence is not None
        if suggestion.ocr_confidence < 65:
            assert suggestion.confidence == "low"


def test_ocr_reports_each_page_and_stops_between_pages_when_cancelled() -> None:
    scan = docs.image_only_pdf(docs.scan_images(docs.multipage_pdf(3)))
    seen: list[tuple[int, int, str]] = []
    reading = intake.read_document(scan, task=Watching(on_progress=lambda *step: seen.append(step)))
    assert [(d, t) for d, t, _ in seen] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert {text for _, _, text in seen} == {"Reading the document"}
    assert [p.number for p in reading.pages] == [1, 2, 3]
    assert "Exhibit page 3 of 3" in reading.pages[2].text

    # The person presses Cancel while the first page is read: the second is never started.
    cancelled = False
    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int, _text: str) -> None:
        nonlocal cancelled
        steps.append((done, total))
        cancelled = True

    def check() -> None:
        if cancelled:
            raise Cancelled()

    with pytest.raises(Cancelled):
        intake.read_document(scan, task=Watching(on_progress=progress, on_check=check))
    assert steps == [(0, 3)]


# ---- notice emails ----------------------------------------------------------------------------


def test_a_notice_email_gives_the_notice_date_the_window_and_the_accounts() -> None:
    found = intake.scan(docs.meta_notice_eml())
    assert (found.method, found.pages) == ("email", 1)
    got = values(found)
    assert {k: got[k] for k in docs.NOTICE_FIELDS} == docs.NOTICE_FIELDS
    assert accounts(found) == docs.NOTICE_HANDLES
    assert found.fields["user_notified"].source == "Date: Wed, 10 Sep 2025 09:14:00 -0700"
    assert "within 10 days" in found.fields["response_window_days"].source
    # The help link is not an account, the sender's and the user's addresses are not handles.
    assert "help" not in json.dumps(got["handles"])
    # A notice is not the subpoena: no issued or compliance date is taken from it.
    assert "issued" not in found.fields and "compliance_date" not in found.fields


def test_an_html_only_notice_with_its_window_in_words() -> None:
    found = intake.scan(docs.x_notice_eml())
    got = values(found)
    assert got["user_notified"] == "2026-11-06"
    assert got["response_window_days"] == 10  # "ten (10) days"
    assert got["kind"] == "customs_summons"
    assert got["issuer"] == "U.S. Customs and Border Protection"
    assert got["recipient"] == "X Corp."
    assert accounts(found) == [{"platform": "x", "handle": "ALT_USCIS"}]


@pytest.mark.parametrize(
    ("words", "days", "sure"),
    [
        ("within 10 days", 10, "high"),
        ("within ten (10) days", 10, "high"),
        ("within 14 calendar days", 14, "high"),
        ("within twenty-one days", 21, "high"),
        ("within 5 business days", 5, "medium"),
    ],
)
def test_the_windows_notices_state(words: str, days: int, sure: str) -> None:
    text = (
        f"We received a subpoena for your account. If you object, tell us {words} of this notice."
    )
    found = intake.scan(docs.notice_eml(text))
    window = found.fields["response_window_days"]
    assert (window.value, window.confidence) == (days, sure)


def test_a_notice_without_a_date_header_takes_the_date_it_gives() -> None:
    text = "On 3 de noviembre de 2026 recibimos una citación (subpoena) sobre su cuenta @ejemplo."
    found = intake.scan(docs.notice_eml(text, date=None))
    assert found.fields["user_notified"].plain_value() == "2026-11-03"
    assert found.fields["user_notified"].confidence == "medium"
    assert "response_window_days" not in found.fields


# ---- dates: patterns first, then dateparser on what a pattern found ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "November 3, 2026",
        "Nov. 3, 2026",
        "11/03/2026",
        "2026-11-03",
        "3 November 2026",
        "the 3rd day of November, 2026",
        "3 de noviembre de 2026",
    ],
)
def test_dates_as_papers_write_them(text: str) -> None:
    found = find_dates(f"Dated: {text}.")
    assert [f.date.isoformat() for f in found] == ["2026-11-03"]
    assert not found[0].guessed_month


def test_a_month_ocr_misread_is_read_but_marked() -> None:
    (found,) = find_dates("on or before Septernber 17, 2025")
    assert found.date.isoformat() == "2025-09-17" and found.guessed_month


@pytest.mark.parametrize(
    "text",
    [
        "1355",
        "§1509",
        "19 U.S.C. §1509(a)(1)",
        "Subpoena No. HSI-SF-2025-1355",
        "CBP Form 1355 (11/2016)",
        "Form I-138 (Rev. 08/2019)",
        "1355 Market Street, Suite 900",
        "Room 590, San Francisco, CA 94111",
        "Case 3:17-cv-01916",
    ],
)
def test_numbers_that_only_look_like_dates_are_never_dates(text: str) -> None:
    assert find_dates(text) == []


def test_a_summons_whose_address_is_1355_market_street_is_dated_by_its_date() -> None:
    found = intake.scan(docs.cbp_summons_pdf())
    assert found.fields["issued"].plain_value() == "2026-11-03"
    assert "1355" not in found.fields["issued"].source


# ---- bad input: one clear message each, nothing half done ----------------------------------------


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (docs.damaged_pdf, "intake.damaged_pdf"),
        (docs.password_pdf, "intake.password_pdf"),
        (lambda: b"PK\x03\x04" + b"\x00" * 200, "intake.not_a_document"),  # a .zip
        (lambda: b"Notes from the intake call.\nNothing else.", "intake.not_a_document"),
        (lambda: b"", "document.empty"),
        (docs.unrelated_eml, "intake.no_notice"),
        (docs.blank_png, "intake.no_text"),
        (lambda: docs.blank_png()[:300], "intake.damaged_picture"),
        (lambda: docs.oversized_png(9000, 7500), "intake.picture_too_large"),  # 67 million
        (lambda: docs.oversized_png(30000, 30000), "intake.picture_too_large"),  # 900 million
    ],
)
def test_each_bad_file_gives_its_one_message(make: Any, code: str) -> None:
    error = refusal(make())
    assert error.code == code
    assert error.exit_code == 5
    assert str(error) and "\n" not in str(error)


def test_a_file_over_the_limit_is_refused_by_its_size_alone(tmp_path: Path) -> None:
    error = refusal(b"%PDF-1.7\n" + bytes(MAX_BYTES))
    assert (error.code, error.params) == ("intake.too_large", {"megabytes": 50})
    huge = tmp_path / "scan-500MB.pdf"
    with open(huge, "wb") as file:
        file.truncate(500 * 1024 * 1024)  # sparse: takes no disk
    with pytest.raises(ValidationError) as caught:
        intake.read_file(huge)
    assert caught.value.code == "intake.too_large"


def test_what_a_file_is_is_told_by_its_bytes_not_its_name(tmp_path: Path) -> None:
    misnamed = tmp_path / "subpoena.pdf"
    misnamed.write_bytes(docs.meta_notice_eml())
    found = intake.scan(intake.read_file(misnamed))
    assert found.method == "email" and found.get("response_window_days") == 10
    with pytest.raises(ValidationError) as caught:
        intake.read_file(tmp_path / "gone.pdf")
    assert caught.value.code == "intake.cannot_read"


def test_reading_loads_no_heavy_library_until_a_document_is_read() -> None:
    """Start-up stays fast: PDF, OCR, citation and date libraries load on first use."""
    heavy = ("pypdfium2", "tesserocr", "eyecite", "dateparser", "PIL", "rapidfuzz")
    probe = (
        "import sys, cli.intake_commands, services.intake; "
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "[]"


# ---- the command line ----------------------------------------------------------------------------

PAGE_ONE = {k: v for k, v in docs.ICE_FIELDS.items() if k != "requested"}


def test_intake_scan_prints_the_suggestions_as_json_and_leaves_nothing_on_disk(
    tmp_path: Path, ice_scan_pages: list[Any]
) -> None:
    scan = tmp_path / "ice-subpoena-scan.pdf"
    scan.write_bytes(docs.image_only_pdf(ice_scan_pages[:1]))
    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    before = sorted(os.listdir(tmp_path))
    result = run_cli(
        "intake", "scan", str(scan), "--json", env={"HOME": str(home), "TMPDIR": str(temp)}
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # Tesseract's and Leptonica's chatter kept off the terminal
    shown = json.loads(result.stdout)
    assert (shown["file"], shown["method"], shown["pages"]) == (str(scan), "ocr", 1)
    assert shown["ocr_confidence"] > 85
    got = {name: field["value"] for name, field in shown["fields"].items()}
    assert {k: got[k] for k in PAGE_ONE} == PAGE_ONE
    assert got["handles"][0] == {"platform": "instagram", "handle": "lbprotest", "url": None}
    issued = shown["fields"]["issued"]
    assert issued["source"] == "Date issued: September 3, 2025"
    assert (issued["page"], issued["confidence"]) == (1, "high")
    assert 85 < issued["ocr_confidence"] <= 100
    # The scan was read in memory: no picture of a page, no text, anywhere on disk.
    assert list(home.iterdir()) == [] and list(temp.iterdir()) == []
    assert sorted(os.listdir(tmp_path)) == before


def test_intake_scan_refuses_a_damaged_pdf_in_one_line(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(docs.damaged_pdf())
    result = run_cli("intake", "scan", str(damaged), "--json")
    assert result.returncode == 5
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "quash: The PDF is damaged and cannot be read (a download or a copy cut short?)."
    ]


def test_intake_scan_plain_lines_and_a_huge_file(
    tmp_path: Path, ice_pdf: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.app import run

    subpoena = tmp_path / "subpoena.pdf"
    subpoena.write_bytes(ice_pdf)
    assert run(["intake", "scan", str(subpoena)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Read 2 pages from its text layer. Check each value against the document."
    assert (
        'issued: 2025-09-03  (from "Date issued: September 3, 2025", page 1, sure: high)' in lines
    )
    assert "gag_order: yes  (from" in "\n".join(lines)
    assert any(
        line.startswith("handles: @lbprotest (instagram), @stopice.lb (instagram, ")
        for line in lines
    )

    huge = tmp_path / "scan-500MB.pdf"
    with open(huge, "wb") as file:
        file.truncate(500 * 1024 * 1024)  # sparse: takes no disk, and is never read
    assert run(["intake", "scan", str(huge)]) == 5
    shown = capsys.readouterr()
    assert shown.out == ""
    assert shown.err.splitlines() == [
        "quash: The file is larger than 50 MB; Quash reads documents up to that size."
    ]
