"""The benchmark suite still runs end to end, every measurement at a toy size (the real run is
`make bench`), through bench.py's own wiring: the table it writes, each row's target and what
its note says it measured, the search growth plot, and the caches it keeps. No timings are
checked."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from benchmarks import backup_bench, bench, probe, reports_bench

SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Row:
    target: str
    median: str
    note: str


@dataclass(frozen=True)
class Run:
    text: str
    rows: dict[str, Row]
    folder: Path  # where the table was written
    cache: Path


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "PERFORMANCE.md"
    out.write_text("# Performance\n\nold table\n\n## History\n\n- an earlier fix, kept\n")
    cache = folder / "cache"
    assert (
        bench.main(
            [
                *("--size", "20", "--repeat", "1", "--documents-bytes", "2500000"),
                "--phases-in-process",  # one fresh process is checked on its own, below
                *("--out", str(out), "--cache", str(cache)),
            ]
        )
        == 0
    )
    text = out.read_text()
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] not in ("what", "---"):
            rows[cells[0]] = Row(cells[1], cells[2], cells[4])
    return Run(text, rows, folder, cache)


def row(run: Run, start: str) -> Row:
    (found,) = [r for name, r in run.rows.items() if name.startswith(start)]
    return found


def test_the_table_replaces_the_old_one_and_keeps_the_history(run: Run) -> None:
    assert "| what | target | median | met | note |" in run.text
    assert "old table" not in run.text
    assert run.text.count("## History") == 1
    assert "- an earlier fix, kept" in run.text
    for name in (
        "unlock (excluding key derivation)",
        "deadlines list: first rows shown with 200 deadlines",
        "app start to unlock window",
        "resident memory after unlocking the large vault",
        "deadline report for the next 30 days",
        "subpoena register with charts for all",
        "subpoena register: peak resident memory",
        "import of the large interchange file",
        "SQLCipher vault vs the same workload",
    ):
        row(run, name)
    assert [n for n in run.rows if n.startswith("deadlines list: one filter keystroke")] == [
        "deadlines list: one filter keystroke",  # on the vault of --size
        "deadlines list: one filter keystroke with 2,000 deadlines",  # search_bench, 10 × size
    ]
    assert len(run.rows) == 26


def test_search_and_the_lists_at_three_sizes_with_their_growth_plot(run: Run) -> None:
    keystroke = row(run, "search: one keystroke in the search box")
    assert "(200 matters)" in next(n for n in run.rows if n.startswith("search: one keystroke"))
    assert keystroke.target == "≤ 50 ms"
    assert "typing “reply”" in row(run, "deadlines list: one filter keystroke with 2,000").note
    assert "Matching: " in row(run, "deadlines list: one filter keystroke with 2,000").note
    for start in (
        "search: one keystroke",
        "search: a “more” page",
        "deadlines list: first rows shown with 2,000",
        "deadlines list: one filter keystroke with 2,000",
    ):  # each note says how the figure grew across the sizes
        note = row(run, start).note
        assert "at 2 / 20 / 200 matters: " in note and note.count(" → ") >= 2, start

    root = ET.parse(run.folder / "performance-growth.svg").getroot()  # beside the table
    assert root.tag == f"{SVG}svg"
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    for label in ("Keystrokes and pages", "Deadlines list: first rows", "2", "20", "200"):
        assert label in texts, label
    assert "search keystroke" in texts and "list filter keystroke" in texts
    assert "target 50 ms" in texts and "target 300 ms" in texts
    lines = list(root.iter(f"{SVG}polyline"))
    assert len(lines) == 6  # one per series
    assert all(len(p.get("points", "").split()) == 3 for p in lines)  # a point per size


def test_each_report_against_its_floor(run: Run) -> None:
    deadlines = "deadline report, `report deadlines` defaults (14 days and everything overdue): "
    register = "subpoena register with charts, all 40 subpoenas: "
    matter = "matter summary of a matter made large (20 deadlines): "
    for report in (deadlines, register, matter):
        time_row = row(run, report + "time vs the ReportLab-canvas floor")
        memory_row = row(run, report + "peak memory vs the ReportLab-canvas floor")
        assert time_row.target == memory_row.target == "≤ 2×"
        assert "median of 1 pairs" in time_row.note and " s vs " in time_row.note
        assert "MB vs" in memory_row.note and "whole process" in memory_row.note
    assert row(run, register + "time").note.startswith("40 rows on ")  # every subpoena
    # The large matter: its 10 deadlines + 10 more, 4 more docket events, 1 more subpoena.
    assert row(run, matter + "time").note.startswith("32 rows on ")
    assert not (run.cache / "report-vs-floor.pdf").exists()  # no plaintext PDF left behind
    # The copy with the large matter is kept, and found again without being rebuilt.
    big, matter_id = reports_bench.large_matter_vault(run.cache, 20)
    assert (big, matter_id) == (run.cache / "vault-20-large-matter", 1)


def test_backups_against_cp_with_and_without_documents(run: Run) -> None:
    made = row(run, "backup create + verify vs copying the vault file with `cp`")
    assert "reading the copy back" in next(n for n in run.rows if n.startswith("backup create"))
    assert made.target == "≤ 2.5×"
    assert "reading the copy back from the device" in made.note and "verify" in made.note
    restored = row(run, "restore vs copying the vault file with `cp`")
    assert restored.target == "≤ 1.5×"
    assert "re-encryption" in restored.note and "new data key" in restored.note

    docs = "of a vault with 2.5 MB of scanned documents"
    made = row(run, f"backup create + verify {docs} vs `cp` and reading the copy back")
    assert "2.5 MB of scans (" in made.note and "built once in" in made.note
    assert "re-encryption" in row(run, f"restore {docs}").note
    memory = row(run, "backup, verify, restore with 2.5 MB of documents: peak resident memory")
    assert "VmHWM" in memory.note
    for phase in ("create", "verify", "deep verify", "restore"):
        assert f"{phase} " in memory.note
    waits = row(run, "backup, verify, restore with 2.5 MB of documents: longest wait")
    assert waits.target == "≤ 2 s" and "reports: create" in waits.note
    assert (run.cache / "vault-docs-2500000" / "build-seconds").exists()
    assert not [p for p in run.cache.iterdir() if p.name.startswith("tmp")]  # copies are gone


def test_a_backup_phase_runs_in_a_process_of_its_own(run: Run, tmp_path: Path) -> None:
    """What `make bench` does for each backup, verify and restore (the run above kept them in
    its own process): the child reports its figures back."""
    folder = run.cache / "vault-docs-2500000"
    stick, restored = tmp_path / "stick", tmp_path / "restored"
    stick.mkdir()
    backup_bench.run_phase("create", folder, stick, restored)
    verified = backup_bench.phase_in_fresh_process("verify", folder, stick, restored)
    assert verified["seconds"] > 0 and verified["reports"] > 0
    assert verified["peak_mb"] >= verified["base_peak_mb"] > 0


def test_the_floor_numbers_its_pages_of_the_total(tmp_path: Path) -> None:
    out = tmp_path / "floor.pdf"
    rows = [(f"row {n}", "cell", "another cell") for n in range(probe.FLOOR_ROWS_PER_PAGE + 1)]
    drawn = probe.draw_floor(out, "A header", len(rows), iter(rows))

    assert (drawn.rows, drawn.pages) == (len(rows), 2)
    pdf = pdfium.PdfDocument(out)
    texts = [page.get_textpage().get_text_range() for page in pdf]
    assert len(texts) == 2
    assert "A header" in texts[0] and "Page 1 of 2" in texts[0] and "row 0" in texts[0]
    assert "A header" in texts[1] and "Page 2 of 2" in texts[1]
    assert f"row {len(rows) - 1}" in texts[1]
    pdf.close()
