"""Table cells of the markup reports make (plain, bold, italic, coloured, sized lines; long text
wrapped at spaces) are drawn without Paragraph (reports.layout.plain_cell), for speed.
A reader must not be able to tell: the same words, in the same font, on the same baselines, in
a cell of the same height; and anything plain drawing cannot do is still laid out by Paragraph."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from reports.layout import EmptyCell, PlainCell, make_styles, plain_cell

WIDTH = 120.0
REPO = Path(__file__).resolve().parents[2]
X, Y = 72.0, 500.0


def drawn_text(
    cell: PlainCell | EmptyCell | Paragraph, width: float = WIDTH
) -> list[tuple[str, str, float, float]]:
    """(text, font, x, baseline) of every piece of text `cell` puts on a page, top down."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    _w, height = cell.wrap(width, 10_000)
    cell.drawOn(canvas, X, Y - height)
    canvas.showPage()
    canvas.save()
    found: list[tuple[str, str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")).split("+")[-1] if font else ""
            found.append((text.strip(), name, round(x, 2), round(y, 2)))

    PdfReader(buffer).pages[0].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize(
    "markup",
    [
        "Motion to quash",
        "in 3 days",
        "<b>Tue 24 Nov 2026</b>",
        "Matter 00017<br/>3:26-cv-00017",
        "Smith &amp; Jones &lt;LLP&gt;",
        "two  spaces   between",
        "Notificación al cliente",
        "220\u00a0d",
        '<font color="#b42318"><b>OVERDUE</b><br/>3 days overdue</font>',
        "Section 1509<br/>" + '<font size="6.8">ca-fed-1509</font>',
        '<font size="6.8">ca-fed-1509</font>',
        "<i>gag order</i>",
        "A motion to quash the customs summons served on Meta for the account's subscriber data",
        "Matter 02186: U.S. Immigration and Customs Enforcement v. X Corp. user<br/>3:26-cv-02186",
    ],
)
def test_a_plain_cell_reads_and_sits_exactly_as_its_paragraph(markup: str) -> None:
    style = make_styles().cell
    fast = plain_cell(markup, style, WIDTH)
    assert isinstance(fast, PlainCell)
    paragraph = Paragraph(markup, style)
    assert fast.wrap(WIDTH, 10_000)[1] == paragraph.wrap(WIDTH, 10_000)[1]
    assert drawn_text(fast) == drawn_text(paragraph)
    assert drawn_text(fast)  # it did draw something


@pytest.mark.parametrize(
    "markup",
    [
        "<b>bold</b> and plain",
        "Supercalifragilisticexpialidocious-and-then-some-more-letters",  # cut across lines
        "soft\u00adhyphen " * 6,
        '<font name="QuashArabic">محمد</font>',
        "a<br/><br/>b",
    ],
)
def test_anything_else_is_still_laid_out_by_paragraph(markup: str) -> None:
    style = make_styles().cell
    assert isinstance(plain_cell(markup, style, WIDTH), Paragraph)


def test_an_empty_cell_takes_no_height_and_draws_nothing_as_its_paragraph() -> None:
    for style in (make_styles().cell, make_styles().trail):
        empty = plain_cell("", style, WIDTH)
        paragraph = Paragraph("", style)
        assert empty.wrap(WIDTH, 10_000)[1] == paragraph.wrap(WIDTH, 10_000)[1] == 0
        assert drawn_text(empty) == drawn_text(paragraph) == []


def test_text_too_long_for_its_column_wraps_onto_more_lines() -> None:
    style = make_styles().cell
    text = "A motion to quash the customs summons served on Meta for subscriber data"
    cell = plain_cell(text, style, WIDTH)
    lines = drawn_text(cell)
    assert len({baseline for _t, _f, _x, baseline in lines}) > 1
    assert " ".join(t for t, _f, _x, _y in lines).split() == text.split()


def test_lines_break_where_paragraph_breaks_them() -> None:
    """Many widths and word mixes, some lines landing on the edge where Paragraph lets the
    spaces shrink: the same lines, the same height, the same word spacing."""
    import random

    rng = random.Random(19)
    styles = make_styles()
    vocab = (
        "Matter 02186: U.S. Immigration and Customs Enforcement v. X Corp. user "
        "@watch_00748; Homeland Security Investigations Reddit a I of"
    ).split()
    checked = 0
    for _ in range(300):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 25)))
        markup = rng.choice([text, text + "<br/>3:26-cv-02186", f"<b>{text}</b>"])
        style = rng.choice([styles.cell, styles.trail, styles.band])
        width = rng.uniform(40, 200)
        fast = plain_cell(markup, style, width)
        if not isinstance(fast, PlainCell):
            continue
        checked += 1
        paragraph = Paragraph(markup, style)
        assert fast.wrap(width, 10_000)[1] == paragraph.wrap(width, 10_000)[1]
        assert drawn_text(fast, width) == drawn_text(paragraph, width), (markup, width)
    assert checked > 250


def test_markup_naming_another_scripts_font_prints_before_any_text_needed_that_font() -> None:
    """Other scripts' fonts are read only when a report first needs one; markup that names one
    first (a cell, a heading) still prints in it. A fresh process, so that nothing before it
    has read those fonts."""
    script = """
import io
from reportlab.platypus import SimpleDocTemplate
from reports.layout import Paragraph, make_styles, plain_cell
styles = make_styles()
cell = plain_cell('<font name="QuashArabic">محمد</font>', styles.cell, 120)
heading = Paragraph('<b><font name="QuashHebrew">שלום</font></b> and more', styles.heading)
out = io.BytesIO()
SimpleDocTemplate(out).build([cell, heading])
pdf = out.getvalue()
print(pdf.count(b"+NotoSansArabic-Regular"), pdf.count(b"+NotoSansHebrew-Bold"))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    arabic, hebrew_bold = map(int, done.stdout.split())
    assert arabic and hebrew_bold  # each face is embedded in the PDF (a subset of it)
