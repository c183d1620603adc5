"""The reports-against-floor benchmark still runs end to end at a toy size: a time and a memory
row for each report, notes saying what was drawn, and a floor PDF with "Page X of Y" on each
page (no timings checked)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from benchmarks import probe, reports_bench
from benchmarks.common import large_vault


def test_each_report_is_measured_against_its_floor(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    folder = large_vault(cache, 20)
    results = reports_bench.reports_vs_floor(folder, cache, 1, 20)

    assert [r.name for r in results] == [
        "deadline report, `report deadlines` defaults (14 days and everything overdue): "
        "time vs the ReportLab-canvas floor",
        "deadline report, `report deadlines` defaults (14 days and everything overdue): "
        "peak memory vs the ReportLab-canvas floor",
        "subpoena register with charts, all 40 subpoenas: time vs the ReportLab-canvas floor",
        "subpoena register with charts, all 40 subpoenas: peak memory vs the ReportLab-canvas "
        "floor",
        "matter summary of a matter made large (20 deadlines): time vs the ReportLab-canvas floor",
        "matter summary of a matter made large (20 deadlines): peak memory vs the "
        "ReportLab-canvas floor",
    ]
    assert all(r.unit == "x" and r.limit == 2.0 and r.value > 0 for r in results)
    assert "40 rows on " in results[2].note  # every subpoena, drawn by both sides
    # The large matter: its 10 deadlines + 10 more, 4 more docket events, 1 more subpoena.
    assert results[4].note.startswith("32 rows on ")
    for time_row, memory_row in zip(results[::2], results[1::2], strict=True):
        assert "median of 1 pairs" in time_row.note
        assert " s vs " in time_row.note
        assert "MB vs" in memory_row.note and "whole process" in memory_row.note
    assert not (cache / "report-vs-floor.pdf").exists()  # the plaintext PDF is not left behind

    # The copy with the large matter is kept, and found again without being rebuilt.
    big, matter_id = reports_bench.large_matter_vault(cache, 20)
    assert (big, matter_id) == (cache / "vault-20-large-matter", 1)


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
