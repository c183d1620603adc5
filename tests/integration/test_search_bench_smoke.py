"""The search benchmark still runs end to end at toy sizes: a row per figure at the largest
size, every size's figures in its notes, and the growth plot as SVG (no timings checked)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from benchmarks import search_bench

SVG = "{http://www.w3.org/2000/svg}"


def test_search_bench_measures_each_size_and_plots_the_growth(tmp_path: Path) -> None:
    svg = tmp_path / "growth.svg"
    results = search_bench.search_growth(tmp_path / "cache", 1, (20, 40, 80), svg)

    names = [r.name for r in results]
    assert names == [
        "search: one keystroke in the search box, 1,480 records indexed (80 matters)",
        "search: a “more” page (80 matters)",
        "deadlines list: first rows shown with 800 deadlines",
        "deadlines list: one filter keystroke with 800 deadlines",
    ]
    assert [r.target for r in results] == ["≤ 50 ms", "≤ 50 ms", "≤ 0.3 s", "≤ 50 ms"]
    assert all(r.value > 0 for r in results)
    for r in results:  # each note says how the figure grew across the sizes
        assert "at 20 / 40 / 80 matters: " in r.note and r.note.count(" → ") >= 2
    assert "typing “reply”" in results[3].note
    assert "Matching: " in results[3].note  # what the count line said

    root = ET.parse(svg).getroot()
    assert root.tag == f"{SVG}svg"
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    for label in ("Keystrokes and pages", "Deadlines list: first rows", "20", "40", "80"):
        assert label in texts, label
    assert "search keystroke" in texts and "list filter keystroke" in texts
    assert "target 50 ms" in texts and "target 300 ms" in texts
    lines = list(root.iter(f"{SVG}polyline"))
    assert len(lines) == 6  # one per series
    assert all(len(p.get("points", "").split()) == 3 for p in lines)  # a point per size
