"""What every report page shares: paper, the privilege header, "page X of Y", styles, and light
table rows that build their paragraphs only while they are laid out."""

from __future__ import annotations

import datetime as dt
import io
import re
import weakref
import zlib
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
from reportlab.pdfbase.pdfdoc import PDFBase85Encode, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus import Paragraph as PlatypusParagraph

from models.errors import ValidationError
from reports import fonts, rtl_lines
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
    Y" is a small form, drawn once the total is known at the end, so no page is kept waiting
    for it (a long report's pages would otherwise all be held in memory until then)."""

    class NumberedCanvas(Canvas):
        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            _decorate(self, meta, self._pageNumber)
            super().showPage()
            page = self._doc.Pages.pages[-1]
            if page.stream and page.compression and not page.Contents:
                # As PDFPage.check_format makes it at save, but deflated meanwhile.
                page.Contents = _HeldPageStream(page.stream)
                page.stream = None

        def save(self) -> None:
            total = self._pageNumber - 1
            for page in range(1, total + 1):
                self.beginForm(_page_form(page))
                _page_number(self, meta, page, total)
                self.endForm()
            super().save()

    return NumberedCanvas


class _HeldPageStream(PDFStream):
    """A finished page's content stream, kept deflated until `save` writes it: ReportLab holds
    every page's drawing code as text until then, tens of kilobytes a page. Read back, the
    content is the same text, so the file is written exactly as without it."""

    __Comment__ = "page stream"

    def __init__(self, content: str):
        filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
        super().__init__(content=content, filters=filters)

    @property
    def content(self) -> str | None:
        return None if self._held is None else zlib.decompress(self._held).decode("utf8")

    @content.setter
    def content(self, text: str | None) -> None:
        self._held = None if text is None else zlib.compress(text.encode("utf8"), 1)


def _page_form(page: int) -> str:
    return f"QuashPageNumber{page}"


def _decorate(canvas: Canvas, meta: ReportMeta, page: int) -> None:
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
    canvas.doForm(_page_form(page))  # "Page X of Y", drawn by save() once Y is known
    canvas.restoreState()


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
    """Lay out `story`, then write the PDF atomically to `out`. Returns the page count."""
    buffer = io.BytesIO()
    doc = ReportDoc(buffer, meta)
    doc.build(story, canvasmaker=_canvas_maker(meta))
    save_file(out, buffer.getvalue())
    return int(doc.page)


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
        self.width = width


PAD_X = 3.0
PAD_Y = 2.6


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
        # (the document, the code drawn in it: the text object's, or each line's text)
        self._drawn: tuple[Any, Any] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float) -> None:  # noqa: N802 (Flowable's name)
        first = self.height - self.lines[0][1]  # Paragraph's first baseline
        colour: Any = None
        # The code a line of text becomes depends only on its font, size and text and on the
        # document's font subsets, which never change for a character once it has been placed:
        # a cell drawn again in the same document (dates, days left, people repeat) reuses it.
        drawn = self._drawn
        again = drawn is not None and drawn[0]() is canvas._doc and canvas.bottomup
        codes: Any = drawn[1] if again and drawn is not None else None
        if self.by_line:
            # How plain and wholly bold lines have always been drawn: each line on its own.
            made: list[str] = []
            for n, (font, size, line_colour, text, _spacing) in enumerate(self.lines):
                if line_colour is not colour:
                    canvas.setFillColor(line_colour)
                    colour = line_colour
                canvas.setFont(font, size)
                if again:  # what drawString appends, placed anew
                    canvas._code.append(f"BT 1 0 0 1 {fp_str(x, y + first)} Tm {codes[n]}")
                else:
                    canvas.drawString(x, y + first, text)
                    made.append(canvas._code[-1].split(" Tm ", 1)[1])
                first -= self.leading
            if not again:
                self._drawn = (weakref.ref(canvas._doc), tuple(made))
            return
        # As Paragraph draws: one text object at the cell's origin, a line feed per line, so
        # every coordinate in the file, and every pixel on the page, is the one it wrote.
        if again:
            # What saveState, translate, drawText and restoreState append, without their work.
            canvas._code.extend(("q", f"{fp_str(1, 0, 0, 1, x, y)} cm", codes, "Q"))
            return
        canvas.saveState()
        canvas.translate(x, y)
        text_object = canvas.beginText(0, first)
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
        code = str(text_object.getCode())
        canvas._code.append(code)  # canvas.drawText
        canvas.restoreState()
        self._drawn = (weakref.ref(canvas._doc), code)


# The markup the reports' cells are made of; any other tag or entity goes to Paragraph.
_PIECES = re.compile(r"(<[^>]*>)")
_FONT_TAG = re.compile(r'<font((?:\s+(?:color|size)="[^"]*")+)\s*>')
_FONT_ATTR = re.compile(r'(color|size)="([^"]*)"')
_OTHER_ENTITY = re.compile(r"&(?!amp;|lt;|gt;)")
_COLOURS: dict[str, Any] = {}


def _colour(value: str) -> Any:
    found = _COLOURS.get(value)
    if found is None:
        found = _COLOURS[value] = colors.toColor(value)
    return found


def _plain_lines(
    markup: str, style: ParagraphStyle, colour: Any, width: float
) -> list[tuple[str, float, Any, str, float]] | None:
    """`markup` as lines of one font, size and colour each that fit `width` without wrapping,
    as Paragraph would print them; None when it needs Paragraph."""
    if not markup or _OTHER_ENTITY.search(markup):
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
                    else:
                        size = float(value)
                fonts_open.append((ink, size))
            continue
        if ">" in piece:
            return None
        text = unescape(piece)
        if any(ch.isspace() and ch not in " \u00a0" for ch in text):
            return None
        if not text.strip(" "):
            if line:  # a space between words, whatever font it is in
                line.append(text)
            continue
        ink, size = fonts_open[-1]
        font = tt2ps(
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
    space = pdfmetrics.stringWidth(" ", font, size)
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
        word_width = pdfmetrics.stringWidth(word, font, size)
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


_CELLS: OrderedDict[tuple[Any, ...], tuple[PlainCell | Paragraph, float]] = OrderedDict()
CELL_CACHE = 4096  # laid-out cells kept: dates, days left, matters and citations repeat


def plain_cell(
    markup: str, style: ParagraphStyle, width: float, colour: Any = None
) -> PlainCell | Paragraph:
    """`markup` as a cell `width` wide, in `colour` (default the style's): a PlainCell when
    every line (lines split by <br/>) is in one font, size and colour (plain, bold, italic,
    `<font color/size>`) and fits without wrapping; else the Paragraph that lays out everything
    else (fallback fonts, mixed styles on a line, long text)."""
    return laid_cell(markup, style, width, colour)[0]


def laid_cell(
    markup: str, style: ParagraphStyle, width: float, colour: Any = None, *, table: bool = True
) -> tuple[PlainCell | Paragraph, float]:
    """`plain_cell` wrapped to `width`, with its height. The same cell text in the same style
    and width is laid out once and drawn again: neither kind of cell changes when drawn.
    `table` False: a band or trail, which Paragraph always drew (see PlainCell.by_line)."""
    ink = style.textColor if colour is None else colour
    key = (markup, style.name, style.fontName, style.fontSize, style.leading, ink, width, table)
    found = _CELLS.get(key)
    if found is not None:
        _CELLS.move_to_end(key)
        return found
    simple_style = (
        style.alignment == TA_LEFT
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
        and rl_config.paraFontSizeHeightOffset
    )
    lines = _plain_lines(markup, style, ink, width) if simple_style else None
    cell: PlainCell | Paragraph
    if lines:
        by_line = (
            table
            and markup.count("<br/>") + 1 == len(lines)
            and _drawn_by_line(markup)
            and all(pdfmetrics.stringWidth(t, f, z) <= width for f, z, _c, t, _s in lines)
        )
        cell = PlainCell(lines, style.leading, by_line=by_line)
        height = cell.height
    else:
        cell = Paragraph(markup, style if colour is None else _coloured(style, colour))
        height = cell.wrap(width, 10_000)[1]
    _CELLS[key] = (cell, height)
    if len(_CELLS) > CELL_CACHE:
        _CELLS.popitem(last=False)
    return cell, height


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
        self._laid: list[PlainCell | Paragraph] | None = None
        self._below: PlainCell | Paragraph | None = None
        self._cell_height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._laid = []
        height = 0.0
        for text, width in zip(self.cells, self.columns.widths, strict=True):
            cell, h = laid_cell(text, self.style, width - 2 * PAD_X, self.text_color)
            self._laid.append(cell)
            height = max(height, h)
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
        assert self._laid is not None
        canvas = self.canv
        if self.background is not None:
            canvas.setFillColor(self.background)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        x = 0.0
        top = self.height
        for para, width in zip(self._laid, self.columns.widths, strict=True):
            para.drawOn(canvas, x + PAD_X, top - PAD_Y - para.height)
            x += width
        if self._below is not None:
            self._below.drawOn(canvas, self.columns.widths[0] + PAD_X, PAD_Y / 2)
        if not self.heading:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.3)
            canvas.line(0, 0, self.width, 0)
        self._laid = None  # layouts are rebuilt if the row is drawn again; nothing is kept
        self._below = None
        if self.on_draw is not None:
            self.on_draw()


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
        self._para: PlainCell | Paragraph | None = None

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


def key_value_rows(
    pairs: Iterable[tuple[str, str | None]], columns: Columns, styles: Styles
) -> list[Row]:
    """Label/value lines for a record's facts; empty values are left out."""
    return [
        Row(columns, [fonts.markup(label), fonts.markup(value)], styles.cell)
        for label, value in pairs
        if value
    ]
