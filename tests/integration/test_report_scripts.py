"""Every PDF Quash writes prints every script its clients write: Latin with Vietnamese and
Haitian Creole accents, Cyrillic, Arabic and Persian (joined, right to left), Hebrew,
Devanagari (shaped) and Chinese, each in an embedded font chosen per run, with no placeholder.
Read back from real PDFs written from a real vault."""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from pathlib import Path

import pytest

from reports import font_files
from reports.csv_export import write_deadlines_csv
from reports.deadline_report import DeadlineReportOptions, write_deadline_report
from reports.matter_summary import MatterSummaryOptions, write_matter_summary
from reports.recovery_sheet import write_recovery_sheet
from reports.register import RegisterOptions, write_register
from services import records
from services.reporting import DeadlineSelection, Period
from storage.keyslots import new_recovery_key
from storage.uow import UnitOfWork
from tests.support.pdf_text import all_text, font_names, page_count, page_texts
from tests.support.tasks import Watching

TODAY = dt.date(2026, 3, 2)
TITLE = "Stop ICE Alerts — إنذارات (X @StopICEnow) התראות"
SEALED = "José Ñandú 张伟 محمد علي"
# What a reader searching the PDF finds, per script. Shaped Arabic and Devanagari are read back
# through their glyphs' Unicode (presentation forms, folded by NFKC): words whose joined
# letters each keep their own glyph, as a search tool sees them. Persian prints in the same
# Arabic face (its page images are checked by eye, docs/screenshots/report-scripts-*.png), but
# its own letters (پ چ ژ گ) come back from the PDF as Arabic skeletons: ReportLab writes no
# ActualText for shaped glyphs, so Persian is asserted as printed, not as searchable.
PERSIAN = "کمک می‌خواهم"
WORDS = {
    "vietnamese": "Nguyễn Thị Hương",
    "haitian creole": "Pòl ak Elèn",
    "cyrillic": "Дмитрий Иванов",
    "arabic": "محمد",
    "hebrew": "שלום",
    "hindi": "नमन",
    "chinese": "提交动议",
    "japanese": "こんにちは",
    "korean": "안녕하세요",
}
FONTS = (
    "FiraSans",
    "NotoSansArabic",
    "NotoSansHebrew",
    "NotoSansDevanagari",
    "NotoSansSC",
    "NotoSansKR",
)
PLACEHOLDERS = ("□", "[?]", "text]", "[other script]", "\ufffd")


def _fill(uow: UnitOfWork) -> int:
    matter = records.create(
        uow, "matters", {"title": TITLE, "status": "open", "attorney": "Inés Ibáñez"}
    ).id
    client = records.create(
        uow,
        "clients",
        {"pseudonym": f"{WORDS['vietnamese']} · {WORDS['haitian creole']}", "legal_name": SEALED},
    )
    records.add_client_to_matter(uow, matter, client.id)
    for n, (script, word) in enumerate(WORDS.items()):
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": matter,
                "title": f"{script}: {word} (שלום עולם / {PERSIAN})",
                "due": (TODAY + dt.timedelta(days=n % 5)).isoformat(),
                "status": "open",
                "responsible": WORDS["cyrillic"],
            },
        )
    records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter,
            "kind": "administrative_subpoena",
            "issuer": f"DHS {WORDS['chinese']} {WORDS['hindi']}",
            "recipient": f"Meta {WORDS['arabic']} {WORDS['hebrew']} {PERSIAN}",
            "authority": f"{WORDS['cyrillic']} {WORDS['japanese']} {WORDS['vietnamese']}",
            "served": "2026-02-20",
            "requested": ["name"],
            "status": "received",
        },
    )
    return matter


def _read(path: Path) -> str:
    return unicodedata.normalize("NFKC", all_text(path))


def _assert_every_script(path: Path, words: dict[str, str] = WORDS) -> None:
    text = _read(path)
    missing = [script for script, word in words.items() if word not in text]
    assert not missing, (missing, text)
    assert not [p for p in PLACEHOLDERS if p in text], text
    used = " ".join(font_names(path))
    assert [f for f in FONTS if f in used] == list(FONTS), used


@pytest.fixture
def matter(uow: UnitOfWork) -> int:
    return _fill(uow)


def test_matter_summary_with_a_revealed_sealed_name_prints_every_script(
    uow: UnitOfWork, matter: int, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    write_matter_summary(uow, MatterSummaryOptions(matter, TODAY, reveal_names=True), out)
    _assert_every_script(out)
    text = _read(out)
    assert "Stop ICE Alerts —" in text and "(X @StopICEnow)" in text
    assert "José Ñandú 张伟" in text  # the sealed name, revealed on purpose
    # Right to left: the two Arabic words print in visual order, "علي" left of "محمد".
    assert text.index("محمد", text.index("张伟")) > text.index("عل", text.index("张伟"))


def test_deadline_report_prints_every_script(uow: UnitOfWork, matter: int, tmp_path: Path) -> None:
    out = tmp_path / "deadlines.pdf"
    selection = DeadlineSelection.next_days(TODAY, group="matter")
    write_deadline_report(uow, DeadlineReportOptions(selection), out)
    _assert_every_script(out)


# Hebrew one to ten: a title long enough to wrap in the deadline report's title column.
HEBREW_COUNT = "אחד שתים שלושה ארבעה חמישה שישה שבעה שמונה תשעה עשרה".split()


def test_right_to_left_text_that_wraps_keeps_its_first_words_on_the_first_line(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"}).id
    title = " ".join(HEBREW_COUNT * 2)  # twenty words, read right to left
    records.create(
        uow,
        "deadlines",
        {"matter_id": matter, "title": title, "due": TODAY.isoformat(), "status": "open"},
    )
    out = tmp_path / "deadlines.pdf"
    write_deadline_report(uow, DeadlineReportOptions(DeadlineSelection.next_days(TODAY)), out)
    # A PDF's text comes back line by line, each line left to right as it is drawn.
    lines = [
        line.split()
        for line in unicodedata.normalize("NFKC", page_texts(out)[0]).splitlines()
        if set(line.split()) & set(HEBREW_COUNT)
    ]
    assert len(lines) >= 2, lines  # it did wrap
    spoken = [word for line in lines for word in reversed(line)]  # each line read from the right
    assert spoken == (HEBREW_COUNT * 2), lines


def test_a_long_right_to_left_note_runs_over_pages_in_reading_order(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    notes = " ".join(HEBREW_COUNT * 250)  # 2,500 words: several pages of the summary
    matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"}).id
    records.update(uow, "matters", matter, {"notes": notes})
    out = tmp_path / "summary.pdf"
    write_matter_summary(uow, MatterSummaryOptions(matter, TODAY), out)
    assert page_count(out) > 2
    lines = [
        line.split()
        for page in page_texts(out)
        for line in unicodedata.normalize("NFKC", page).splitlines()
        if set(line.split()) & set(HEBREW_COUNT)
    ]
    assert [word for line in lines for word in reversed(line)] == HEBREW_COUNT * 250


def test_register_prints_every_script(uow: UnitOfWork, matter: int, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    write_register(uow, RegisterOptions(Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))), out)
    text = _read(out)
    for script in ("chinese", "hindi", "arabic", "hebrew", "cyrillic", "japanese"):
        assert WORDS[script] in text, (script, text)
    # the bar charts' labels (agencies, platforms) too: no "[Arabic text]" stand-ins
    assert not [p for p in PLACEHOLDERS if p in text], text


def test_recovery_sheet_prints_an_office_and_folder_in_every_script(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    write_recovery_sheet(
        out,
        office_name=" ".join([WORDS["arabic"], WORDS["hebrew"], PERSIAN, WORDS["vietnamese"]]),
        vault_folder="/home/" + "/".join(WORDS[s] for s in WORDS if s not in ("arabic", "hebrew")),
        vault_id="2f1c0b8e-4a7d-4a51-9d1e-0c9a3b7e5f21",
        recovery_key=new_recovery_key(),
        created=dt.datetime(2026, 3, 4, 9, 30, tzinfo=dt.UTC),
    )
    _assert_every_script(out)


def test_csv_export_keeps_every_script_for_excel(
    uow: UnitOfWork, matter: int, tmp_path: Path
) -> None:
    out = tmp_path / "deadlines.csv"
    selection = DeadlineSelection.next_days(TODAY, group="matter")
    write_deadlines_csv(uow, selection, out, reveal_names=True)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads it as UTF-8
    text = data.decode("utf-8-sig")
    for word in [*WORDS.values(), PERSIAN, TITLE, SEALED]:
        assert word in text, word  # logical order, as typed: the spreadsheet lays it out


def test_a_report_says_when_it_prepares_the_fonts_the_first_time(
    uow: UnitOfWork, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A computer whose cache lacks one face (as on a fresh pip install, where all are missing):
    # copies of the others, cut by an earlier report, in a new cache folder.
    cut = font_files.static_paths()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for face in font_files.all_faces():
        if face.name != "QuashHebrew":
            target = font_files.cache_folder() / cut[face.name].parent.name / face.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cut[face.name], target)
    assert [f.name for f in font_files.missing_faces()] == ["QuashHebrew"]
    matter = _fill(uow)
    seen: list[tuple[int, int, str]] = []
    watching = Watching(on_progress=lambda done, total, text: seen.append((done, total, text)))
    write_matter_summary(
        uow, MatterSummaryOptions(matter, TODAY), tmp_path / "a.pdf", task=watching
    )
    preparing = [(d, t) for d, t, text in seen if text.startswith("Preparing the report fonts")]
    faces = len(font_files.all_faces())
    assert preparing[0] == (0, faces) and preparing[-1] == (faces, faces)
    assert not font_files.missing_faces()
    seen.clear()  # the next report has nothing to prepare
    write_matter_summary(
        uow, MatterSummaryOptions(matter, TODAY), tmp_path / "b.pdf", task=watching
    )
    assert not [text for _d, _t, text in seen if text.startswith("Preparing")]
