"""Search and the list filters as the case load grows: each figure at three vault sizes, the
largest against its target, and a plot of how each grew (hand-written SVG, no plotting library).

    python -m benchmarks.search_bench [--sizes 1000,10000,100000] [--repeat 3] [--svg FILE]

Ctrl+F's work per keystroke and a "more" page are timed in process on the unlocked vault; the
deadlines list's first rows and its filter keystrokes on the real widgets, in a fresh process
each (benchmarks/probe.py `list`). Page-sized work should stay flat as the vault grows.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import probe  # noqa: E402
from benchmarks.common import Result, large_vault, run_probe  # noqa: E402
from services import search  # noqa: E402
from storage.uow import UnitOfWork  # noqa: E402
from storage.vault import unlock_with_passphrase  # noqa: E402

SEARCH_WORDS = ("reply", "matter 01", "meta", "@watch_0")  # typed a letter at a time
SIZES = (1_000, 10_000, 100_000)
KEYSTROKE_LIMIT = 0.050
FIRST_ROWS_LIMIT = 0.3


@dataclass
class SearchFigures:
    """The search box at one size: every keystroke's time, the "more" pages', the hits."""

    indexed: int
    keys: list[float]
    pages: list[float]
    matched: dict[str, str]  # hits of each word, as counted ("1,000+": counting stopped)


def search_figures(folder: Path, repeat: int) -> SearchFigures:
    """The search box's work for each keystroke (two letters on) of a few words, and one "more"
    page for its first kind, on the vault's full-text index."""
    keys: list[float] = []
    pages: list[float] = []
    matched: dict[str, str] = {}
    with (
        unlock_with_passphrase(folder, probe.PASSPHRASE) as vault,
        UnitOfWork(vault, "b") as uow,
    ):
        indexed = int(uow.session.scalar(text(f"SELECT count(*) FROM {search.TABLE}")) or 0)
        for _ in range(repeat):
            for word in SEARCH_WORDS:
                for end in range(search.MIN_CHARS, len(word) + 1):
                    started = time.perf_counter()
                    found = search.search(uow, word[:end])
                    keys.append(time.perf_counter() - started)
                matched[word] = f"{found.total:,}" + (
                    "+" if any(not g.counted_all for g in found.groups) else ""
                )
                if found.groups:
                    started = time.perf_counter()
                    search.more(uow, word, found.groups[0].kind, search.PER_KIND)
                    pages.append(time.perf_counter() - started)
    return SearchFigures(indexed, keys, pages, matched)


def search_keystrokes(folder: Path, repeat: int) -> Result:
    """One row: the search box's keystroke on one vault (what bench.py measured before the
    sizes were compared)."""
    f = search_figures(folder, repeat)
    words = ", ".join(f"“{w}” {n}" for w, n in f.matched.items())
    return Result(
        f"search: one keystroke in the search box, {f.indexed:,} records indexed",
        "≤ 50 ms",
        statistics.median(f.keys),
        "ms",
        KEYSTROKE_LIMIT,
        f"{len(f.keys)} keystrokes, slowest {max(f.keys) * 1000:.0f} ms; a “more” page "
        f"{_median_ms(f.pages)}; hits for the whole word: {words}",
    )


def list_probe(folder: Path) -> dict[str, object]:
    """The deadlines list on the real widgets, in a process of its own."""
    return run_probe("list", folder)


@dataclass
class SizeFigures:
    """Everything measured on the vault of `size` matters, in seconds."""

    size: int
    search: SearchFigures
    first_rows: float
    filter_keys: list[float]
    listed: str  # the count line under the first rows
    counted: list[str]  # what the count line said after each filter keystroke

    def series(self) -> dict[str, float]:
        return {
            "search keystroke": statistics.median(self.search.keys),
            "search keystroke, slowest": max(self.search.keys),
            "search “more” page": statistics.median(self.search.pages or [math.nan]),
            "list filter keystroke": statistics.median(self.filter_keys),
            "list filter keystroke, slowest": max(self.filter_keys),
            "list first rows": self.first_rows,
        }


def measure_size(cache: Path, size: int, repeat: int) -> SizeFigures:
    folder = large_vault(cache, size)
    found = search_figures(folder, repeat)
    runs = [list_probe(folder) for _ in range(repeat)]
    first_rows = statistics.median(float(r["first_rows"]) for r in runs)  # type: ignore[arg-type]
    keys = [float(k) for r in runs for k in r["keystrokes"]]  # type: ignore[attr-defined]
    return SizeFigures(
        size,
        found,
        first_rows,
        keys,
        str(runs[0].get("first_counted", runs[0]["total"])),
        [str(s) for s in runs[0].get("counted", [])],  # type: ignore[attr-defined]
    )


def _median_ms(values: Sequence[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms" if values else "—"


def _growth(figures: Sequence[SizeFigures], name: str) -> str:
    """“12 → 14 → 15 ms” across the sizes."""
    return " → ".join(f"{f.series()[name] * 1000:.0f}" for f in figures) + " ms"


def search_growth(
    cache: Path, repeat: int, sizes: Sequence[int] = SIZES, svg: Path | None = None
) -> list[Result]:
    """The search box and the deadlines list at each size; rows for the largest, notes with
    every size's figures, and the plot written to `svg` when given."""
    figures = [measure_size(cache, size, repeat) for size in sorted(sizes)]
    if svg is not None:
        write_growth_svg(svg, figures)
    largest = figures[-1]
    sizes_said = " / ".join(f"{f.size:,}" for f in figures)
    words = ", ".join(f"“{w}” {n}" for w, n in largest.search.matched.items())
    counted = " → ".join(largest.counted) if largest.counted else ""
    keys, filters = largest.search.keys, largest.filter_keys
    return [
        Result(
            f"search: one keystroke in the search box, {largest.search.indexed:,} records "
            f"indexed ({largest.size:,} matters)",
            "≤ 50 ms",
            statistics.median(keys),
            "ms",
            KEYSTROKE_LIMIT,
            f"{len(keys)} keystrokes, slowest {max(keys) * 1000:.0f} ms; hits for the whole word: "
            f"{words}; median at {sizes_said} matters: {_growth(figures, 'search keystroke')}",
        ),
        Result(
            f"search: a “more” page ({largest.size:,} matters)",
            "≤ 50 ms",
            statistics.median(largest.search.pages or [math.nan]),
            "ms",
            KEYSTROKE_LIMIT,
            f"the next {search.PAGE} hits of the first kind, one per word; at {sizes_said} "
            f"matters: {_growth(figures, 'search “more” page')}",
        ),
        Result(
            f"deadlines list: first rows shown with {largest.size * 10:,} deadlines",
            "≤ 0.3 s",
            largest.first_rows,
            "s",
            FIRST_ROWS_LIMIT,
            f"open deadlines, the count line saying “{largest.listed}”; at {sizes_said} matters: "
            f"{_growth(figures, 'list first rows')}",
        ),
        Result(
            f"deadlines list: one filter keystroke with {largest.size * 10:,} deadlines",
            "≤ 50 ms",
            statistics.median(filters),
            "ms",
            KEYSTROKE_LIMIT,
            f"typing “{probe.FILTER_WORD}”, {len(filters)} keystrokes, slowest "
            f"{max(filters) * 1000:.0f} ms; the count line said: {counted}; at {sizes_said} "
            f"matters: {_growth(figures, 'list filter keystroke')}",
        ),
    ]


# ---- the plot --------------------------------------------------------------------------------

# Two panels side by side, x = matters on a log scale, y = milliseconds from zero.
PANELS = (
    (
        "Keystrokes and pages",
        (
            "search keystroke",
            "search keystroke, slowest",
            "search “more” page",
            "list filter keystroke",
            "list filter keystroke, slowest",
        ),
        KEYSTROKE_LIMIT,
    ),
    ("Deadlines list: first rows", ("list first rows",), FIRST_ROWS_LIMIT),
)
COLOURS = {
    "search keystroke": "#1f77b4",
    "search keystroke, slowest": "#1f77b4",
    "search “more” page": "#2ca02c",
    "list filter keystroke": "#d62728",
    "list filter keystroke, slowest": "#d62728",
    "list first rows": "#9467bd",
}
DASHED = {"search keystroke, slowest", "list filter keystroke, slowest"}
PANEL_W, PANEL_H = 330, 240
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 56, 20, 34, 46
LEGEND_H = 96


def _nice_top(value: float) -> float:
    """The smallest 1, 2 or 5 × 10^k at or above `value`."""
    if value <= 0 or math.isnan(value):
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return float(step * power)
    return float(10 * power)


def growth_svg(figures: Sequence[SizeFigures]) -> str:
    """The plot as SVG text: one line per series, a dashed grey line at each panel's target."""
    sizes = [f.size for f in figures]
    lo, hi = math.log10(min(sizes)), math.log10(max(sizes))
    span = (hi - lo) or 1.0
    width = len(PANELS) * (PANEL_W + MARGIN_L + MARGIN_R)
    height = MARGIN_T + PANEL_H + MARGIN_B + LEGEND_H
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
    ]
    for p, (title, names, limit) in enumerate(PANELS):
        left = p * (PANEL_W + MARGIN_L + MARGIN_R) + MARGIN_L
        top, bottom = MARGIN_T, MARGIN_T + PANEL_H
        values = [f.series()[n] * 1000 for f in figures for n in names]
        y_top = _nice_top(max([limit * 1000 * 1.1, *[v for v in values if not math.isnan(v)]]))

        def x_of(size: int, left: float = left) -> float:
            return left + (math.log10(size) - lo) / span * PANEL_W

        def y_of(ms: float, y_top: float = y_top, bottom: float = bottom) -> float:
            return bottom - ms / y_top * PANEL_H

        out.append(
            f'<text x="{left + PANEL_W / 2:.1f}" y="{top - 14}" text-anchor="middle" '
            f'font-size="13" font-weight="bold">{escape(title)}</text>'
        )
        out.append(
            f'<rect x="{left}" y="{top}" width="{PANEL_W}" height="{PANEL_H}" fill="none" '
            'stroke="#999"/>'
        )
        for i in range(6):  # y grid and labels
            ms = y_top * i / 5
            y = y_of(ms)
            out.append(
                f'<line x1="{left}" y1="{y:.1f}" x2="{left + PANEL_W}" y2="{y:.1f}" stroke="#eee"/>'
            )
            out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{ms:g}</text>')
        for size in sizes:  # x ticks
            x = x_of(size)
            out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" stroke="#eee"/>')
            out.append(f'<text x="{x:.1f}" y="{bottom + 16}" text-anchor="middle">{size:,}</text>')
        out.append(
            f'<text x="{left + PANEL_W / 2:.1f}" y="{bottom + 34}" text-anchor="middle">'
            "matters in the vault (log scale)</text>"
        )
        out.append(
            f'<text transform="translate({left - 42},{(top + bottom) / 2:.1f}) rotate(-90)" '
            'text-anchor="middle">ms</text>'
        )
        y = y_of(limit * 1000)
        out.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + PANEL_W}" y2="{y:.1f}" stroke="#888" '
            'stroke-dasharray="2,3"/>'
        )
        out.append(
            f'<text x="{left + PANEL_W - 4}" y="{y - 4:.1f}" text-anchor="end" fill="#666">'
            f"target {limit * 1000:g} ms</text>"
        )
        for name in names:
            points = [
                (x_of(f.size), y_of(f.series()[name] * 1000))
                for f in figures
                if not math.isnan(f.series()[name])
            ]
            colour = COLOURS[name]
            dash = ' stroke-dasharray="6,4"' if name in DASHED else ""
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            out.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>'
            )
            for x, y in points:
                out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>')
        legend_top = bottom + MARGIN_B + 6
        for i, name in enumerate(names):
            y = legend_top + i * 17
            dash = ' stroke-dasharray="6,4"' if name in DASHED else ""
            out.append(
                f'<line x1="{left}" y1="{y}" x2="{left + 28}" y2="{y}" stroke="{COLOURS[name]}" '
                f'stroke-width="2"{dash}/>'
            )
            out.append(f'<text x="{left + 36}" y="{y + 4}">{escape(name)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_growth_svg(path: Path, figures: Sequence[SizeFigures]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(growth_svg(figures), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=REPO / "benchmarks" / ".cache")
    parser.add_argument("--svg", type=Path, default=None, help="write the plot here")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    for r in search_growth(args.cache, args.repeat, sizes, args.svg):
        print(f"{'ok ' if r.ok else 'MISS'} {r.name}: {r.shown()} (target {r.target}); {r.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
