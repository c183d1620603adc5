"""What every report page shares: paper, the privilege header, "page X of Y", styles, and light
table rows that build their paragraphs only while they are laid out."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import unescape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFBase85Encode,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, FILL_NON_ZERO, PATH_OPS, Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus import Paragraph as PlatypusParagraph

from models.errors import ValidationError
from reports import bidi_order, fonts, rtl_lines
from reports.bidi_order import has_rtl
from reports.i18n import BABEL_LOCALES, N_, Language, Translator, translator
from services.files import save_file

PRIVILEGE = N_("Privileged & Confidential — Attorney Work Product")
PAGE_SIZES = {"letter": LETTER, "a4": A4}
MARGIN = 0.5 * inch
RTL_SLACK = 1.0  # points: see Paragraph.breakLines
HEADER_SPACE = 0.55 * inch
FOOTER_SPACE = 0.5 * inch

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
BAND = colors.HexColor("#e4e7eb")
HEAD = colors.HexColor("#323f4b")
OVERDUE = colors.HexColor("#b42318")
OVERDUE_BG = colors.HexColor("#fde8e7")
STRIPE = colors.HexColor("#f5f7fa")


@dataclass(frozen=True)
class ReportMeta:
    title: str
    office_name: str
    generated_at: dt.datetime
    generated_by: str
    names_revealed: bool
    page_size: str = "letter"
    landscape: bool = False
    language: Language = "en"

    @property
    def pagesize(self) -> tuple[float, float]:
        size = PAGE_SIZES[self.page_size]
        return landscape(size) if self.landscape else size

    @property
    def tr(self) -> Translator:
        return translator(self.language)

    @property
    def privilege(self) -> str:
        return self.tr.gettext(PRIVILEGE)

    @property
    def generated_text(self) -> str:
        return self.tr.gettext(
            "Generated %(when)s by %(who)s",
            when=self.tr.moment(self.generated_at),
            who=self.generated_by,
        )


def fit(text: str, font: str, size: float, room: float) -> str:
    """`text` cut short with "…" where it would be wider than `room` points."""
    if fonts.string_width(text, font, size) <= room:
        return text
    cut = text
    while cut and fonts.string_width(cut + "…", font, size) > room:
        cut = cut[:-1]
    return cut.rstrip() + "…" if cut else ""


def check_page_size(name: str) -> str:
    key = name.strip().lower()
    if key not in PAGE_SIZES:
        raise ValidationError(f"Page size must be letter or a4, not {name!r}.", field="page_size")
    return key


class Paragraph(PlatypusParagraph):
    """ReportLab's Paragraph, with other scripts' runs in the weight of the text around them,
    and right-to-left words in visual order on each line it breaks (reports/rtl_lines.py)."""

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any, **kwargs: Any):
        if text is not None:
            text = fonts.weigh(text, style.fontName)
        super().__init__(text, style, *args, **kwargs)
        # A paragraph ReportLab split off another (text None) holds lines already in order.
        parsed: list[Any] = getattr(self, "frags", [])
        self._logical = list(parsed) if text is not None and has_rtl(text) else None

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - ReportLab's name
        if self._logical is None:
            return super().breakLines(width)

        self.frags = list(self._logical)
        # Broken a little narrower than the room, so that the same words fit once reordered
        # (a neutral mark may print in the neighbouring script's face, a hair wider).
        narrower = [w - RTL_SLACK for w in width] if isinstance(width, list) else width - RTL_SLACK
        lines = super().breakLines(narrower)
        counts = rtl_lines.words_per_line(lines.lines, lines.kind)
        try:
            self.frags = rtl_lines.in_visual_order(self._logical, counts, self.style.fontName)
        except rtl_lines.LinesDoNotMatch:  # a word was cut across lines: order each text line
            whole = rtl_lines.words_per_text_line(self._logical)
            self.frags = rtl_lines.in_visual_order(self._logical, whole, self.style.fontName)
        return super().breakLines(width)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) == 2 and self._logical is not None:
            # ReportLab starts the second part with the break that ended the first part's last
            # line, which would print as an empty line: the lines here are parted by breaks.
            rest = parts[1].frags
            while rest and _is_break(rest[0]):
                rest.pop(0)
        return parts


def _is_break(frag: Any) -> bool:
    """An explicit line break, as a parsed fragment or as ReportLab's processed word list."""
    if isinstance(frag, list):
        return all(getattr(f, "lineBreak", False) for f, _text in frag[1:])
    return bool(getattr(frag, "lineBreak", False))


# ---- styles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    trail: ParagraphStyle
    band: ParagraphStyle
    warning: ParagraphStyle


def make_styles() -> Styles:
    f = fonts.register()
    # shaping: HarfBuzz lays out Arabic, Hebrew and Devanagari words (reports/fonts.py).
    base = ParagraphStyle(
        "base", fontName=f.regular, fontSize=9, leading=11.5, textColor=INK, shaping=1
    )
    return Styles(
        title=ParagraphStyle("title", base, fontName=f.bold, fontSize=17, leading=21),
        subtitle=ParagraphStyle("subtitle", base, fontSize=9.5, leading=12.5, textColor=MUTED),
        heading=ParagraphStyle(
            "heading",
            base,
            fontName=f.bold,
            fontSize=11.5,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=base,
        small=ParagraphStyle("small", base, fontSize=8, leading=10, textColor=MUTED),
        cell=ParagraphStyle("cell", base, fontSize=8, leading=9.8),
        cell_bold=ParagraphStyle("cell_bold", base, fontName=f.bold, fontSize=8, leading=9.8),
        cell_head=ParagraphStyle(
            "cell_head", base, fontName=f.bold, fontSize=7.5, leading=9, textColor=colors.white
        ),
        trail=ParagraphStyle(
            "trail", base, fontName=f.italic, fontSize=7.3, leading=9, textColor=MUTED
        ),
        band=ParagraphStyle("band", base, fontName=f.bold, fontSize=9.5, leading=12),
        warning=ParagraphStyle(
            "warning", base, fontName=f.bold, fontSize=9, leading=11.5, textColor=OVERDUE
        ),
    )


# ---- page template ---------------------------------------------------------------------------


def _canvas_maker(meta: ReportMeta) -> type[Canvas]:
    """A canvas that puts the header and footer on each page as the page ends. Its "Page X of
    Y" is a second, small content stream of the page, written once the total is known at the
    end, so no page is kept waiting for it (a long report's pages would otherwise all be held
    in memory until then)."""

    class NumberedCanvas(Canvas):
        # The header and footer's code: the same on every page (a character's code in a font
        # subset never changes once placed).
        _decoration: list[str] | None = None
        _code: list[str]  # the current page's drawing code (ReportLab's)

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            code: list[str] = self._code
            if self._decoration is None:
                start = len(code)
                _decorate(self, meta)
                self._decoration = code[start:]
            else:
                code.extend(self._decoration)
            super().showPage()
            page = self._doc.Pages.pages[-1]
            if page.stream and page.compression and not page.Contents:
                # As PDFPage.check_format makes it at save, but deflated meanwhile.
                page.Contents = _HeldPageStream(page.stream)
                page.stream = None

        def save(self) -> None:
            pages = self._doc.Pages.pages
            total = len(pages)
            kept: list[str] = self._code
            for number, page in enumerate(pages, start=1):
                self._code = ["q"]
                _page_number(self, meta, number, total)
                self._code.append("Q")
                numbering = "\n".join(self._code) + "\n"
                if page.Contents is None:
                    page.stream = (page.stream or "") + numbering
                else:  # a page's content may be several streams, read as one
                    stream = PDFStream(content=numbering, filters=[PDFZCompress])
                    stream.__Comment__ = "page number"
                    page.Contents = PDFArray([page.Contents, stream])
            self._code = kept
            super().save()

    return NumberedCanvas


class _HeldPageStream(PDFStream):
    """A finished page's content stream, filtered (deflated, and ASCII85 where ReportLab does
    that) as the page ends, as ReportLab would filter it at `save`: ReportLab otherwise holds
    every page's drawing code as text until then, tens of kilobytes a page."""

    __Comment__ = "page stream"

    def __init__(self, content: str):
        filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
        encoded: Any = content
        for step in reversed(filters):  # as PDFStream.format applies them
            encoded = step.encode(encoded)
        dictionary = PDFDictionary()
        # With its Filter named, PDFStream.format writes the content as it is.
        dictionary["Filter"] = PDFArray([PDFName(step.pdfname) for step in filters])
        super().__init__(dictionary=dictionary, content=encoded)


def _decorate(canvas: Canvas, meta: ReportMeta) -> None:
    f = fonts.register()
    tr = meta.tr
    width, height = meta.pagesize
    left, right = MARGIN, width - MARGIN
    top = height - MARGIN
    canvas.saveState()
    canvas.setFillColor(OVERDUE)
    fonts.draw_string(canvas, left, top - 9, meta.privilege, f.bold, 9)
    canvas.setFillColor(INK)
    room = right - left - fonts.string_width(meta.privilege, f.bold, 9) - 24
    office = fit(meta.office_name or "", f.bold, 9, room)  # Spanish's legend is long
    fonts.draw_string(canvas, right, top - 9, office, f.bold, 9, "right")
    canvas.setFillColor(MUTED)
    fonts.draw_string(canvas, left, top - 21, meta.title, f.regular, 8)
    if meta.names_revealed:
        canvas.setFillColor(OVERDUE)
        fonts.draw_string(
            canvas,
            right,
            top - 21,
            tr.gettext("Contains clients' sealed legal names"),
            f.bold,
            8,
            "right",
        )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, top - 26, right, top - 26)
    bottom = MARGIN - 4
    canvas.line(left, bottom + 14, right, bottom + 14)
    canvas.setFillColor(MUTED)
    fonts.draw_string(canvas, left, bottom + 3, meta.generated_text, f.regular, 7.5)
    fonts.draw_string(
        canvas,
        width / 2,
        bottom + 3,
        tr.gettext("Confidential: do not leave unattended"),
        f.regular,
        7.5,
        "centre",
    )
    canvas.restoreState()  # "Page X of Y" follows, from save(), once Y is known


def _page_number(canvas: Canvas, meta: ReportMeta, page: int, total: int) -> None:
    f = fonts.register()
    width = meta.pagesize[0]
    canvas.setFillColor(INK)
    fonts.draw_string(
        canvas,
        width - MARGIN,
        MARGIN - 4 + 3,
        meta.tr.gettext("Page %(page)d of %(total)d", page=page, total=total),
        f.bold,
        8,
        "right",
    )


class ReportDoc(BaseDocTemplate):
    def __init__(self, target: io.BytesIO, meta: ReportMeta):
        width, height = meta.pagesize
        super().__init__(
            target,
            pagesize=meta.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_SPACE,
            bottomMargin=MARGIN + FOOTER_SPACE,
            initialFontName=fonts.register().regular,
            title=meta.title,
            author=meta.office_name or "Quash",
            creator="Quash",
            subject=meta.privilege,
            lang=BABEL_LOCALES[meta.language].replace("_", "-"),  # read aloud in its language
            invariant=False,
        )
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_SPACE - 8,
            width - 2 * MARGIN,
            height - 2 * MARGIN - HEADER_SPACE - FOOTER_SPACE + 8,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.meta = meta

    @property
    def body_width(self) -> float:
        return float(self.meta.pagesize[0] - 2 * MARGIN)


def render(meta: ReportMeta, story: list[Flowable], out: Path) -> int:
    """Lay out `story`, then write the PDF atomically to `out`. Returns the page count. The
    case text laid out for it is forgotten once it is written (or fails)."""
    buffer = io.BytesIO()
    try:
        doc = ReportDoc(buffer, meta)
        doc.build(story, canvasmaker=_canvas_maker(meta))
        save_file(out, buffer.getvalue())
        return int(doc.page)
    finally:
        forget_case_text()


def forget_case_text() -> None:
    """Drop what the caches of laid-out cells, word widths, markup and right-to-left lines
    keep: a report's own text (pseudonyms, notes, legal names it revealed), worth keeping while
    that report repeats it down its pages, not in memory after it, when the vault may be
    locked."""
    _CELLS.clear()
    _PARAGRAPHS.clear()
    _WIDTHS.clear()
    fonts.forget_markup()
    bidi_order.visual.cache_clear()
    bidi_order.placement.cache_clear()


def new_doc_width(meta: ReportMeta) -> float:
    return float(meta.pagesize[0] - 2 * MARGIN)


# ---- light table rows ------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    heading: str
    weight: float  # share of the table's width


class Columns:
    """Column widths for a table `width` wide, shared by every row of one table."""

    def __init__(self, columns: Sequence[Column], width: float):
        total = sum(c.weight for c in columns)
        self.columns = tuple(columns)
        self.widths = tuple(width * c.weight / total for c in columns)
        self.inner = tuple(w - 2 * PAD_X for w in self.widths)  # a cell's room for its text
        self.width = width


PAD_X = 3.0
PAD_Y = 2.6


def _dynamic(font: str) -> bool:
    return bool(pdfmetrics.getFont(font)._dynamicFont)


class PlainCell:
    """A cell of lines that fit its column, each line in one font, size and colour: drawn where
    Paragraph would draw them, without Paragraph's markup parser and line breaker, which cost
    most of a long report's time. Only what `plain_cell` recognises takes this path; anything
    else stays a Paragraph."""

    def __init__(
        self, lines: Sequence[tuple[str, float, Any, str, float]], leading: float, *, by_line: bool
    ):
        self.lines = tuple(lines)  # (font name, size, colour, text, word spacing)
        self.leading = leading
        self.height = len(self.lines) * leading
        self.by_line = by_line
        # Every line in a TrueType font, whose text carries its own font selection.
        self._dynamic = all(_dynamic(font) for font, *_rest in self.lines)
        # (the document, the code drawn in it: the text object's, or each line's text)
        self._drawn: tuple[Any, Any] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float) -> None:  # noqa: N802 (Flowable's name)
        self.draw_code(canvas, x, y, None)

    def draw_code(self, canvas: Canvas, x: float, y: float, fill: Any) -> Any:
        """Append the cell's drawing code with its origin at (x, y). `fill` is the fill colour
        the page already has there (None: not known); returns the one it has afterwards."""
        first = self.height - self.lines[0][1]  # Paragraph's first baseline
        code = canvas._code
        # The code a line of text becomes depends only on its font, size and text and on the
        # document's font subsets, which never change for a character once it has been placed:
        # a cell drawn again in the same document (dates, days left, people repeat) reuses it.
        drawn = self._drawn
        again = drawn is not None and drawn[0]() is canvas._doc and canvas.bottomup
        codes: Any = drawn[1] if again and drawn is not None else None
        if self.by_line:
            # How plain and wholly bold lines have always been drawn: each line on its own.
            if again and self._dynamic:  # what drawString appended, placed anew
                for n, line in enumerate(self.lines):
                    if line[2] is not fill:
                        fill = line[2]
                        code.append(_fill_code(fill))
                    code.append(f"BT 1 0 0 1 {fp_str(x, y + first)} Tm {codes[n]}")
                    first -= self.leading
                return fill
            made: list[str] = []
            if self._dynamic and canvas.bottomup:
                # What drawString appends, written here (ReportLab's text object costs most
                # of a report's drawing): the same code, as _text_code says.
                for font, size, line_colour, text, _spacing in self.lines:
                    if line_colour is not fill:
                        fill = line_colour
                        code.append(_fill_code(fill))
                    drawn_line = f"{_text_code(canvas, font, size, size * 1.2, text)} T* ET"
                    code.append(f"BT 1 0 0 1 {fp_str(x, y + first)} Tm {drawn_line}")
                    made.append(drawn_line)
                    first -= self.leading
                self._drawn = (weakref.ref(canvas._doc), tuple(made))
                return fill
            # The canvas's own idea of its font is left as it was (rows are drawn without
            # saving and restoring the canvas's state for each).
            font_before = canvas._fontname, canvas._fontsize, canvas._leading
            for n, (font, size, line_colour, text, _spacing) in enumerate(self.lines):
                if line_colour is not fill:
                    fill = line_colour
                    code.append(_fill_code(fill))
                canvas.setFont(font, size)  # (for ReportLab's own fonts, this draws too)
                if again:
                    code.append(f"BT 1 0 0 1 {fp_str(x, y + first)} Tm {codes[n]}")
                else:
                    canvas.drawString(x, y + first, text)
                    made.append(code[-1].split(" Tm ", 1)[1])
                first -= self.leading
            canvas._fontname, canvas._fontsize, canvas._leading = font_before
            if not again:
                self._drawn = (weakref.ref(canvas._doc), tuple(made))
            return fill
        # As Paragraph draws: one text object at the cell's origin, a line feed per line, so
        # every coordinate in the file, and every pixel on the page, is the one it wrote.
        # Its colour is set inside the text object, and the state restored after it.
        if not again and self._dynamic and canvas.bottomup:
            # What the text object below appends, written here.
            parts = ["BT", f"1 0 0 1 {fp_str(0, first)} Tm"]
            colour: Any = None
            for font, size, line_colour, text, spacing in self.lines:
                if line_colour is not colour:
                    parts.append(_fill_code(line_colour))
                    colour = line_colour
                if spacing:
                    parts.append(f"{fp_str(spacing)} Tw")
                parts.append(f"{_text_code(canvas, font, size, self.leading, text)} T*")
                if spacing:
                    parts.append("0 Tw")
            parts.append("ET")
            codes = " ".join(parts)
            self._drawn = (weakref.ref(canvas._doc), codes)
            again = True
        if again:
            # What saveState, translate, drawText and restoreState append, without their work.
            code.extend(("q", f"{fp_str(1, 0, 0, 1, x, y)} cm", codes, "Q"))
            return fill
        canvas.saveState()
        canvas.translate(x, y)
        text_object = canvas.beginText(0, first)
        colour = None
        for font, size, line_colour, text, spacing in self.lines:
            if line_colour is not colour:
                text_object.setFillColor(line_colour)
                colour = line_colour
            text_object.setFont(font, size, self.leading)
            if spacing:
                text_object.setWordSpace(spacing)
            text_object.textLine(text)
            if spacing:
                text_object.setWordSpace(0)
        made_code = str(text_object.getCode())
        code.append(made_code)  # canvas.drawText
        canvas.restoreState()
        self._drawn = (weakref.ref(canvas._doc), made_code)
        return fill


def _text_code(canvas: Canvas, font_name: str, size: float, leading: float, text: str) -> str:
    """What ReportLab's text object writes for `text` in a TrueType font (which names its
    font subset itself, so each line starts afresh): the font subset, then the string, for each
    run of characters that falls in one subset (PDFTextObject._formatText)."""
    font = pdfmetrics.getFont(font_name)
    doc = canvas._doc
    escape = canvas._escape
    selected = f"{fp_str(size)} Tf {fp_str(leading)} TL"
    # Letters of printable ASCII the subset already holds at their own codes: a line of only
    # those is one run in subset 0, its bytes its letters (what splitString would work out
    # letter by letter).
    known: dict[str, tuple[str, set[str]]] = canvas.__dict__.setdefault("_quash_ascii", {})
    own = known.get(font_name)
    if own is not None and text.isascii() and own[1].issuperset(text):
        return f"{own[0]} {selected} ({escape(text.encode('latin-1'))}) Tj"
    parts: list[str] = []
    current = -1
    for subset, chunk in font.splitString(text, doc):
        if subset != current:
            parts.append(f"{font.getSubsetInternalName(subset, doc)} {selected}")
            current = subset
        parts.append(f"({escape(chunk)}) Tj")
    if own is None:
        own = known[font_name] = (font.getSubsetInternalName(0, doc), set())
    assigned = font.state[doc].assignments
    own[1].update(ch for ch in text if " " <= ch <= "~" and assigned.get(ord(ch)) == ord(ch))
    return " ".join(parts)


class EmptyCell:
    """A cell with no text: Paragraph lays it out 0 points high and draws nothing visible
    (a saved state with nothing in it), so nothing is drawn."""

    height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 0.0

    def drawOn(self, canvas: Canvas, x: float, y: float) -> None:  # noqa: N802 (Flowable's name)
        return None


EMPTY_CELL = EmptyCell()


@functools.cache
def _fill_code(colour: Any) -> str:
    """What canvas.setFillColor appends for one of the reports' (opaque RGB) colours."""
    return f"{fp_str(colour.red, colour.green, colour.blue)} rg"


def _stroke_code(colour: Any) -> str:
    return f"{fp_str(colour.red, colour.green, colour.blue)} RG"


# The markup the reports' cells are made of; any other tag or entity goes to Paragraph.
_PIECES = re.compile(r"(<[^>]*>)")
_FONT_TAG = re.compile(r'<font((?:\s+(?:color|size)="[^"]*")+)\s*>')
_FONT_ATTR = re.compile(r'(color|size)="([^"]*)"')
_OTHER_ENTITY = re.compile(r"&(?!amp;|lt;|gt;)")
_ODD_SPACE = re.compile("[^\\S \u00a0]")  # white space other than spaces: Paragraph's to place


@functools.cache
def _face(family: str, bold: int, italic: int) -> str:
    """tt2ps, remembered (ReportLab's looks through every mapping)."""
    return str(tt2ps(family, bold, italic))


@functools.cache
def _base_font(name: str) -> str | None:
    """The face a style's own text prints in, as the markup loop names it; None if ReportLab
    knows no family for `name`."""
    try:
        family, bold, italic = ps2tt(name)
    except ValueError:
        return None
    return str(tt2ps(family, 1 if bold else 0, 1 if italic else 0))


@functools.cache
def _colour(value: str) -> Any:
    return colors.toColor(value)


def _opaque_rgb(colour: Any) -> bool:
    """A colour drawn with one `rg` (no transparency, no CMYK): what the plain path writes."""
    return type(colour) is colors.Color and colour.alpha == 1


def _plain_lines(
    markup: str, style: ParagraphStyle, colour: Any, width: float
) -> list[tuple[str, float, Any, str, float]] | None:
    """`markup` as lines of one font, size and colour each that fit `width` without wrapping,
    as Paragraph would print them (none for no markup at all); None when it needs Paragraph."""
    if not markup:
        return []
    if not _opaque_rgb(colour):
        return None
    if "<" not in markup and "&" not in markup and ">" not in markup:
        # Most cells: text alone, one style, as the loop below would take it.
        if _ODD_SPACE.search(markup):
            return None
        font = _base_font(style.fontName)
        words = [word for word in markup.split(" ") if word]
        if font is None or not words:
            return None
        broken = _break_words(words, font, style.fontSize, width)
        if broken is None:
            return None
        return [(font, style.fontSize, colour, text, spacing) for text, spacing in broken]
    if _OTHER_ENTITY.search(markup):
        return None
    try:
        family, base_bold, base_italic = ps2tt(style.fontName)
    except ValueError:
        return None
    bold = italic = 0
    fonts_open: list[tuple[Any, float]] = [(colour, style.fontSize)]
    lines: list[tuple[str, float, Any, str, float]] = []
    line: list[str] = []
    line_style: tuple[str, float, Any] | None = None

    def end_line() -> bool:
        words = [word for word in "".join(line).split(" ") if word]
        if not words or line_style is None:
            return False
        font, size, ink = line_style
        broken = _break_words(words, font, size, width)
        if broken is None:
            return False
        lines.extend((font, size, ink, text, spacing) for text, spacing in broken)
        return True

    for piece in _PIECES.split(markup):
        if not piece:
            continue
        if piece[0] == "<":
            if piece == "<br/>":
                if not end_line():
                    return None
                line, line_style = [], None
            elif piece in ("<b>", "</b>"):
                bold += 1 if piece == "<b>" else -1
            elif piece in ("<i>", "</i>"):
                italic += 1 if piece == "<i>" else -1
            elif piece == "</font>":
                if len(fonts_open) == 1:
                    return None
                fonts_open.pop()
            else:
                tag = _FONT_TAG.fullmatch(piece)
                if tag is None:
                    return None
                ink, size = fonts_open[-1]
                for name, value in _FONT_ATTR.findall(tag.group(1)):
                    if name == "color":
                        ink = _colour(value)
                        if not _opaque_rgb(ink):
                            return None
                    else:
                        size = float(value)
                fonts_open.append((ink, size))
            continue
        if ">" in piece:
            return None
        text = unescape(piece) if "&" in piece else piece
        if _ODD_SPACE.search(text):
            return None
        if not text.strip(" "):
            if line:  # a space between words, whatever font it is in
                line.append(text)
            continue
        ink, size = fonts_open[-1]
        font = _face(
            family, 1 if bold > 0 or base_bold else 0, 1 if italic > 0 or base_italic else 0
        )
        if line_style is not None and line_style != (font, size, ink):
            return None  # two styles on one line: Paragraph places the words
        line_style = (font, size, ink)
        line.append(text)
    if bold or italic or len(fonts_open) != 1 or not end_line():
        return None
    return lines


def _drawn_by_line(markup: str) -> bool:
    """Whether every line is plain or wholly bold: the cells drawn line by line before other
    markup had a fast path (their pages stay exactly as they were)."""
    for piece in markup.split("<br/>"):
        if piece.startswith("<b>") and piece.endswith("</b>"):
            piece = piece[3:-4]
        if "<" in piece or "\u00a0" in piece:
            return False
    return True


SPACE_SHRINKAGE = rl_config.spaceShrinkage  # how much narrower Paragraph lets spaces get


def _break_words(
    words: list[str], font: str, size: float, width: float
) -> list[tuple[str, float]] | None:
    """Words in one font as Paragraph breaks them into lines at most `width` wide, each with
    the word spacing it prints with (a line may fit only with its spaces a little narrower);
    None where Paragraph would cut or hyphenate a word instead."""
    widths = _widths(font, size)
    space = _width(widths, " ", font, size)
    lines: list[tuple[str, float]] = []
    current: list[str] = []
    used = gap = 0.0

    def end(used: float) -> None:
        text = " ".join(current)
        extra = width - used  # Paragraph's arithmetic again, for the same spacing
        spaces = len(current) + text.count("\u00a0") - 1
        lines.append((text, extra / float(spaces) if extra < -1e-8 and spaces > 0 else 0.0))

    for word in words:
        if "\u00ad" in word:
            return None  # a soft hyphen: Paragraph may hyphenate there
        word_width = widths.get(word)
        if word_width is None:
            word_width = _width(widths, word, font, size)
        if word_width > width:
            return None  # Paragraph cuts a word longer than the line
        # Paragraph's own arithmetic, step by step, so a word on the edge falls the same way.
        wider = used + gap + word_width
        limit = width
        if SPACE_SHRINKAGE:
            shrink = gap
            if len(current) > 1:
                shrink += (len(current) - 1) * space
            limit += shrink * SPACE_SHRINKAGE
        if current and wider > limit:
            end(used)
            current, used = [word], word_width
        else:
            current.append(word)
            used = wider
        gap = space
    end(used)
    return lines


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _widths(font: str, size: float) -> dict[str, float]:
    """Widths of words and lines measured in `font` at `size`, kept: words repeat."""
    found = _WIDTHS.get((font, size))
    if found is None:
        found = _WIDTHS[(font, size)] = {}
    return found


def _width(widths: dict[str, float], text: str, font: str, size: float) -> float:
    found = widths.get(text)
    if found is None:
        if len(widths) > 100_000:
            widths.clear()
        found = widths[text] = pdfmetrics.stringWidth(text, font, size)
    return found


_Cell = PlainCell | EmptyCell | Paragraph  # a laid-out table cell
# Laid-out cells kept (least recently used dropped first): dates, days left, people, matters
# and citations repeat far apart down a long report. Paragraphs, larger, are kept fewer.
_CELLS: OrderedDict[tuple[Any, ...], tuple[_Cell, float]] = OrderedDict()
CELL_CACHE = 32768
_PARAGRAPHS: OrderedDict[tuple[Any, ...], tuple[_Cell, float]] = OrderedDict()
PARAGRAPH_CACHE = 4096


def plain_cell(
    markup: str, style: ParagraphStyle, width: float, colour: Any = None
) -> PlainCell | EmptyCell | Paragraph:
    """`markup` as a cell `width` wide, in `colour` (default the style's): a PlainCell when
    every line (lines split by <br/>) is in one font, size and colour (plain, bold, italic,
    `<font color/size>`) and fits without wrapping; else the Paragraph that lays out everything
    else (fallback fonts, mixed styles on a line, long text)."""
    return laid_cell(markup, style, width, colour)[0]


def laid_cell(
    markup: str, style: ParagraphStyle, width: float, colour: Any = None, *, table: bool = True
) -> tuple[PlainCell | EmptyCell | Paragraph, float]:
    """`plain_cell` wrapped to `width`, with its height. The same cell text in the same style
    and width is laid out once and drawn again: neither kind of cell changes when drawn.
    `table` False: a band or trail, which Paragraph always drew (see PlainCell.by_line)."""
    ink = style.textColor if colour is None else colour
    return _laid_cell(markup, style, width, colour, ink, _style_key(style, ink), table)


def _laid_cell(
    markup: str,
    style: ParagraphStyle,
    width: float,
    colour: Any,
    ink: Any,
    style_key: int,
    table: bool,
) -> tuple[PlainCell | EmptyCell | Paragraph, float]:
    key = (markup, style_key, width, table)
    for kept in (_CELLS, _PARAGRAPHS):
        found = kept.get(key)
        if found is not None:
            kept.move_to_end(key)
            return found
    simple_style = (
        style.alignment == TA_LEFT
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
        and rl_config.paraFontSizeHeightOffset
    )
    lines = _plain_lines(markup, style, ink, width) if simple_style else None
    cell: PlainCell | EmptyCell | Paragraph
    if lines == []:
        cell, height = EMPTY_CELL, 0.0
        kept, limit = _CELLS, CELL_CACHE
    elif lines:
        by_line = (
            table
            and markup.count("<br/>") + 1 == len(lines)
            and _drawn_by_line(markup)
            and all(_width(_widths(f, z), t, f, z) <= width for f, z, _c, t, _s in lines)
        )
        cell = PlainCell(lines, style.leading, by_line=by_line)
        height = cell.height
        kept, limit = _CELLS, CELL_CACHE
    else:
        cell = Paragraph(markup, style if colour is None else _coloured(style, colour))
        height = cell.wrap(width, 10_000)[1]
        kept, limit = _PARAGRAPHS, PARAGRAPH_CACHE
    kept[key] = (cell, height)
    if len(kept) > limit:
        kept.popitem(last=False)
    return cell, height


_STYLE_KEYS: dict[tuple[int, int], tuple[ParagraphStyle, Any, int]] = {}
_STYLE_NUMBERS: dict[tuple[Any, ...], int] = {}


def _style_key(style: ParagraphStyle, ink: Any) -> int:
    """A number for what of `style` and `ink` a laid-out cell depends on, the same for equal
    styles: found by the objects' identity, since hashing a colour costs a Python call."""
    found = _STYLE_KEYS.get((id(style), id(ink)))
    if found is None or found[0] is not style or found[1] is not ink:
        if len(_STYLE_KEYS) > 256:  # styles are made afresh for each report
            _STYLE_KEYS.clear()
        what = (style.name, style.fontName, style.fontSize, style.leading, ink)
        number = _STYLE_NUMBERS.setdefault(what, len(_STYLE_NUMBERS))
        # (holding the style and colour keeps their ids from being reused meanwhile)
        found = _STYLE_KEYS[(id(style), id(ink))] = (style, ink, number)
    return found[2]


_STYLES: dict[tuple[int, Any], ParagraphStyle] = {}


def _coloured(style: ParagraphStyle, colour: Any) -> ParagraphStyle:
    """`style` in another text colour, made once per style and colour."""
    key = (id(style), colour)
    found = _STYLES.get(key)
    if found is None or found.parent is not style:
        if len(_STYLES) > 64:  # styles are made afresh for each report
            _STYLES.clear()
        found = _STYLES[key] = ParagraphStyle(f"{style.name}-c", style, textColor=colour)
    return found


class Row(Flowable):
    """One table row. It keeps only its cell markup; the Paragraphs exist from wrap to draw,
    so a report of thousands of rows holds thousands of strings, not thousands of layouts."""

    def __init__(
        self,
        columns: Columns,
        cells: Sequence[str],
        style: ParagraphStyle,
        *,
        background: Any = None,
        text_color: Any = None,
        below: str | None = None,
        below_style: ParagraphStyle | None = None,
        heading: bool = False,
        on_draw: Callable[[], None] | None = None,
    ):
        super().__init__()
        self.columns = columns
        self.cells = tuple(cells)
        self.style = style
        self.background = background
        self.text_color = text_color
        self.below = below
        self.below_style = below_style
        self.heading = heading
        self.on_draw = on_draw
        self._laid: list[PlainCell | EmptyCell | Paragraph] | None = None
        self._below: PlainCell | EmptyCell | Paragraph | None = None
        self._cell_height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._laid = laid = []
        height = 0.0
        style, colour = self.style, self.text_color
        ink = style.textColor if colour is None else colour
        style_key = _style_key(style, ink)
        cells = _CELLS
        for text, width in zip(self.cells, self.columns.inner, strict=True):
            key = (text, style_key, width, True)
            found = cells.get(key)  # laid_cell, its common case inline: rows are many
            if found is None:
                found = _laid_cell(text, style, width, colour, ink, style_key, True)
            else:
                cells.move_to_end(key)
            laid.append(found[0])
            if found[1] > height:
                height = found[1]
        self._cell_height = height + 2 * PAD_Y
        total = self._cell_height
        self._below = None
        if self.below:
            indent = self.columns.widths[0]
            room = self.columns.width - indent - 2 * PAD_X
            self._below, h = laid_cell(
                self.below, self.below_style or self.style, room, table=False
            )
            total += h + PAD_Y
        self.width, self.height = self.columns.width, total
        return self.width, self.height

    def draw(self) -> None:
        if self._laid is None:
            self.wrap(self.columns.width, 10_000)
        self.draw_code(self.canv)

    def draw_code(self, canvas: Canvas) -> None:
        """Append the row's drawing code with its origin at the current point: the cells' own
        code, each colour and rule appended as the canvas would append it."""
        assert self._laid is not None
        code = canvas._code
        fill: Any = None
        if self.background is not None:
            fill = self.background
            if _opaque_rgb(fill):
                code.append(_fill_code(fill))
            else:
                canvas.setFillColor(fill)
            code.append(f"n 0 0 {fp_str(self.width, self.height)} re {_FILL[canvas._fillMode]}")
        x = 0.0
        top = self.height
        for cell, width in zip(self._laid, self.columns.widths, strict=True):
            if type(cell) is PlainCell:
                fill = cell.draw_code(canvas, x + PAD_X, top - PAD_Y - cell.height, fill)
            elif cell is not EMPTY_CELL:  # a Paragraph saves and restores the state around it
                cell.drawOn(canvas, x + PAD_X, top - PAD_Y - cell.height)
            x += width
        if self._below is not None:
            self._below.drawOn(canvas, self.columns.widths[0] + PAD_X, PAD_Y / 2)
        if not self.heading:
            code.append(_RULE_STROKE)
            code.append(_RULE_WIDTH)
            code.append(f"n 0 0 m {fp_str(self.width, 0)} l S")
        self._laid = None  # layouts are rebuilt if the row is drawn again; nothing is kept
        self._below = None
        if self.on_draw is not None:
            self.on_draw()


_FILL = {mode: PATH_OPS[0, 1, mode] for mode in (FILL_EVEN_ODD, FILL_NON_ZERO)}
_RULE_STROKE = _stroke_code(RULE)
_RULE_WIDTH = f"{fp_str(0.3)} w"
_FUZZ = 1e-6  # as the frame's own test of whether a flowable fits (reportlab.platypus.frames)


class RowRun(Flowable):
    """Consecutive rows of one table as a single flowable, which splits where a page ends:
    the frame's and the document's work per flowable is then done per page, not per row. Each
    row is placed exactly where the frame would have placed it on its own (rows have no space
    before or after), and each is drawn in its own saved state at its own origin, as the frame
    draws a flowable. The first row of a table or group stays a Row of its own: it is the one
    a heading before it keeps with (keepWithNext)."""

    def __init__(self, rows: Sequence[Row], start: int = 0, end: int | None = None):
        super().__init__()
        self.rows = rows
        self.start = start
        self.end = len(rows) if end is None else end
        self.width = rows[start].columns.width if self.end > start else 0.0
        self.height = 0.0

    def _fitting(self, available_width: float, available_height: float) -> tuple[int, float]:
        """How many rows fit from the start, and their height (with the first that does not
        fit, if one does not)."""
        frame = self.__dict__.get("_frame")
        # The frame's own arithmetic: its current y less each row's height in turn.
        y = frame._y if frame is not None else available_height
        bottom = frame._y1p if frame is not None else 0.0
        total = 0.0
        rows = self.rows
        for n in range(self.start, self.end):
            row = rows[n]
            if row._laid is None:
                row.wrap(available_width, available_height)
            y -= row.height
            total += row.height
            if y < bottom - _FUZZ:
                return n - self.start, total
        return self.end - self.start, total

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _fits, self.height = self._fitting(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fits, _height = self._fitting(available_width, available_height)
        if fits == 0:
            return []  # the frame moves on to the next page, as for a row that does not fit
        middle = self.start + fits
        if middle >= self.end:
            return [RowRun(self.rows, self.start, self.end)]
        return [RowRun(self.rows, self.start, middle), RowRun(self.rows, middle, self.end)]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        frame = self.__dict__.get("_frame")
        top = frame._y if frame is not None else y + self.height
        code = canvas._code
        canvas.saveState()  # the canvas's own state, once for the run
        for n in range(self.start, self.end):
            row = self.rows[n]
            if row._laid is None:
                row.wrap(self.width, 10_000)
            top -= row.height
            code.append("q")
            code.append(f"{fp_str(1, 0, 0, 1, x, top)} cm")
            row.draw_code(canvas)
            code.append("Q")
        canvas.restoreState()


def table_body(rows: Sequence[Row], after_first: Flowable | None = None) -> list[Flowable]:
    """A table's (or a group's) rows for a story: the first on its own, then `after_first` if
    given, then the rest as one RowRun."""
    if not rows:
        return []
    body: list[Flowable] = [rows[0]]
    if after_first is not None:
        body.append(after_first)
    if len(rows) > 1:
        body.append(RowRun(rows, 1))
    return body


def header_row(columns: Columns, styles: Styles, tr: Translator) -> Row:
    """The dark heading row; column headings are English messages, translated here."""
    return Row(
        columns,
        [fonts.markup(tr.gettext(c.heading) if c.heading else "") for c in columns.columns],
        styles.cell_head,
        background=HEAD,
        heading=True,
    )


class Band(Flowable):
    """A full-width group heading ("Overdue", "Tue 3 Jun 2026", "J. Okafor")."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        width: float,
        *,
        background: Any = BAND,
        text_color: Any = None,
    ):
        super().__init__()
        self.text = text
        self.style = style
        self.band_width = width
        self.background = background
        self.text_color = text_color
        self._para: PlainCell | EmptyCell | Paragraph | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._para, h = laid_cell(
            self.text, self.style, self.band_width - 2 * PAD_X, self.text_color, table=False
        )
        self.width, self.height = self.band_width, h + 2 * PAD_Y + 1
        return self.width, self.height

    def draw(self) -> None:
        if self._para is None:
            self.wrap(self.band_width, 10_000)
        assert self._para is not None
        self.canv.setFillColor(self.background)
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        self._para.drawOn(self.canv, PAD_X, PAD_Y)
        self._para = None


class PlainText(Flowable):
    """A paragraph of the story (a record's heading line) drawn as `Paragraph(markup, style)`
    draws it, through the plain-cell path where that can copy it exactly, and by a Paragraph
    otherwise. It splits across pages as that Paragraph would."""

    def __init__(self, markup: str, style: ParagraphStyle):
        super().__init__()
        self.markup = markup
        self.style = style  # its space before and after, keepWithNext, as for a Paragraph
        self._cell: PlainCell | None = None
        self._paragraph: Paragraph | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._paragraph is None:
            cell, height = laid_cell(self.markup, self.style, available_width, table=False)
            if type(cell) is PlainCell:
                self._cell = cell
                self.width, self.height = available_width, height
                return self.width, self.height
            self._cell, self._paragraph = None, Paragraph(self.markup, self.style)
        width, height = self._paragraph.wrap(available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = Paragraph(self.markup, self.style).split(
            available_width, available_height
        )
        return parts

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        if self._paragraph is not None:
            self._paragraph.drawOn(canvas, x, y, _sW)
        elif self._cell is not None:
            self._cell.drawOn(canvas, x, y)  # where Paragraph, aligned left, draws


def key_value_rows(
    pairs: Iterable[tuple[str, str | None]], columns: Columns, styles: Styles
) -> list[Flowable]:
    """Label/value lines for a record's facts; empty values are left out."""
    return table_body(
        [
            Row(columns, [fonts.markup(label), fonts.markup(value)], styles.cell)
            for label, value in pairs
            if value
        ]
    )
