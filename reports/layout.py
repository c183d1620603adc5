"""What every report page shares: paper, the privilege header, "page X of Y", styles, and light
table rows that build their paragraphs only while they are laid out."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import unescape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.fonts import tt2ps
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
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
    """A canvas that holds each page until the end, so every footer can say "of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _decorate(self, meta, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(canvas: Canvas, meta: ReportMeta, page: int, total: int) -> None:
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
    canvas.setFillColor(INK)
    fonts.draw_string(
        canvas,
        right,
        bottom + 3,
        tr.gettext("Page %(page)d of %(total)d", page=page, total=total),
        f.bold,
        8,
        "right",
    )
    canvas.restoreState()


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
    """A cell of plain lines that fit its column: drawn where Paragraph would draw them, without
    Paragraph's markup parser and line breaker, which cost most of a long report's time. Only
    what `plain_cell` recognises takes this path; anything else stays a Paragraph."""

    def __init__(self, lines: Sequence[tuple[str, str]], style: ParagraphStyle):
        self.lines = tuple(lines)  # (font name, text)
        self.style = style
        self.height = len(self.lines) * style.leading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float) -> None:  # noqa: N802 (Flowable's name)
        style = self.style
        canvas.setFillColor(style.textColor)
        baseline = y + self.height - style.fontSize  # Paragraph's first baseline
        for font, text in self.lines:
            canvas.setFont(font, style.fontSize)
            canvas.drawString(x, baseline, text)
            baseline -= style.leading


def plain_cell(markup: str, style: ParagraphStyle, width: float) -> PlainCell | Paragraph:
    """`markup` as a cell `width` wide: a PlainCell when every line (lines split by <br/>) is
    plain text or wholly bold text in the style's own font and fits without wrapping; else the
    Paragraph that lays out everything else (fallback fonts, colours, sizes, long text)."""
    simple_style = (
        style.alignment == TA_LEFT
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
        and rl_config.paraFontSizeHeightOffset
    )
    lines: list[tuple[str, str]] = []
    for piece in markup.split("<br/>") if markup and simple_style else ():
        font = style.fontName
        if piece.startswith("<b>") and piece.endswith("</b>"):
            piece, font = piece[3:-4], tt2ps(style.fontName, 1, 0)
        if "<" in piece or any(ch.isspace() and ch != " " for ch in piece):
            break
        text = " ".join(word for word in unescape(piece).split(" ") if word)
        if not text or pdfmetrics.stringWidth(text, font, style.fontSize) > width:
            break
        lines.append((font, text))
    else:
        if lines:
            return PlainCell(lines, style)
    return Paragraph(markup, style)


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
        self._below: Paragraph | None = None
        self._cell_height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        style = self.style
        if self.text_color is not None:
            style = ParagraphStyle(f"{style.name}-c", style, textColor=self.text_color)
        self._laid = []
        height = 0.0
        for text, width in zip(self.cells, self.columns.widths, strict=True):
            cell = plain_cell(text, style, width - 2 * PAD_X)
            _w, h = cell.wrap(width - 2 * PAD_X, 10_000)
            self._laid.append(cell)
            height = max(height, h)
        self._cell_height = height + 2 * PAD_Y
        total = self._cell_height
        self._below = None
        if self.below:
            self._below = Paragraph(self.below, self.below_style or self.style)
            indent = self.columns.widths[0]
            _w, h = self._below.wrap(self.columns.width - indent - 2 * PAD_X, 10_000)
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
        self._para: Paragraph | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        style = self.style
        if self.text_color is not None:
            style = ParagraphStyle(f"{style.name}-c", style, textColor=self.text_color)
        self._para = Paragraph(self.text, style)
        _w, h = self._para.wrap(self.band_width - 2 * PAD_X, 10_000)
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
