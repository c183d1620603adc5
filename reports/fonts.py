"""The fonts reports print with: an embedded Unicode TrueType family, and fallbacks per script.

- Fira Sans (SIL Open Font License, from the pinned `fontpkg-fira-sans` package) is embedded in
  every PDF: Latin with every accent Spanish, Portuguese, French, Polish or Vietnamese needs,
  Greek and Cyrillic. No font is ever fetched: it is a file installed with Quash.
- Chinese, Japanese and Korean text uses the PDF standard's Asian fonts (ReportLab's CID fonts),
  which every mainstream PDF reader supplies itself; nothing is embedded or downloaded.
- A run of text in a script neither covers (Arabic, Hebrew, Devanagari, …) is printed as a
  visible placeholder such as "[Arabic text]" rather than as empty boxes, so a reader knows the
  case file holds more than the page shows.
- If the font package is missing, reports fall back to Helvetica (Latin-1 only) with a logged
  warning; characters Helvetica lacks become placeholders the same way.
"""

from __future__ import annotations

import importlib.resources
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger("quash.reports.fonts")

FAMILY = "QuashSans"
FONT_PACKAGE = "fontpkg_fira_sans"
FONT_FILES = {
    "": "FiraSans-Regular.ttf",
    "-Bold": "FiraSans-Bold.ttf",
    "-Italic": "FiraSans-Italic.ttf",
    "-BoldItalic": "FiraSans-BoldItalic.ttf",
}
CJK_FONTS = {"han": "STSong-Light", "kana": "HeiseiKakuGo-W5", "hangul": "HYGothic-Medium"}
# Scripts named in the placeholder; others are called "other script".
NAMED_SCRIPTS = (
    "ARABIC",
    "ARMENIAN",
    "BENGALI",
    "DEVANAGARI",
    "ETHIOPIC",
    "GEORGIAN",
    "GUJARATI",
    "GURMUKHI",
    "HEBREW",
    "KANNADA",
    "KHMER",
    "LAO",
    "MALAYALAM",
    "MYANMAR",
    "SINHALA",
    "SYRIAC",
    "TAMIL",
    "TELUGU",
    "THAANA",
    "THAI",
    "TIBETAN",
)


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    embedded: bool  # False when the Unicode font is missing and Helvetica stands in


def _cjk_kind(ch: str) -> str | None:
    cp = ord(ch)
    if 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return "kana"
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
        return "hangul"
    if (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x3000 <= cp <= 0x303F
        or 0xFF00 <= cp <= 0xFF65
    ):
        return "han"
    return None


@lru_cache(maxsize=1)
def register() -> FontSet:
    """Register the report fonts once per process and say which family is in use."""
    try:
        folder = importlib.resources.files(FONT_PACKAGE) / "files"
        for suffix, filename in FONT_FILES.items():
            with importlib.resources.as_file(folder / filename) as path:
                pdfmetrics.registerFont(TTFont(FAMILY + suffix, str(path)))
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        log.warning(
            "report font %s unavailable (%s); printing with Helvetica, which lacks many "
            "accented letters",
            FONT_PACKAGE,
            type(exc).__name__,
        )
        fonts = FontSet(
            "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", False
        )
    else:
        addMapping(FAMILY, 0, 0, FAMILY)
        addMapping(FAMILY, 1, 0, FAMILY + "-Bold")
        addMapping(FAMILY, 0, 1, FAMILY + "-Italic")
        addMapping(FAMILY, 1, 1, FAMILY + "-BoldItalic")
        fonts = FontSet(FAMILY, FAMILY + "-Bold", FAMILY + "-Italic", FAMILY + "-BoldItalic", True)
    for name in CJK_FONTS.values():
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    return fonts


@lru_cache(maxsize=1)
def _coverage() -> Callable[[str], bool]:
    fonts = register()
    if fonts.embedded:
        face = pdfmetrics.getFont(fonts.regular).face
        cmap: dict[int, int] = face.charToGlyph
        return lambda ch: ord(ch) in cmap

    def latin1(ch: str) -> bool:
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            return False
        return True

    return latin1


def _placeholder(run: str) -> str:
    for ch in run:
        name = unicodedata.name(ch, "")
        first = name.split(" ", 1)[0]
        if first in NAMED_SCRIPTS:
            return f"[{first.title()} text]"
    return "[other script]" if len(run.strip()) > 1 else "[?]"


@lru_cache(maxsize=1)
def _prints_ascii() -> bool:
    covered = _coverage()
    return all(covered(chr(cp)) for cp in range(0x20, 0x7F))


def runs(text: str) -> list[tuple[str | None, str]]:
    """Split `text` into (font, text) runs: None means the report's own font; a CJK run names
    its CID font; a run nothing can print is replaced by its placeholder (font None)."""
    # Most cells are printable ASCII, one run in the report's font: skip the per-letter work.
    if text.isascii() and text.isprintable() and _prints_ascii():
        return [(None, text)] if text else []
    covered = _coverage()
    has_kana = any(_cjk_kind(ch) == "kana" for ch in text)
    out: list[tuple[str | None, str]] = []
    unprintable = ""

    def flush_unprintable() -> None:
        nonlocal unprintable
        if unprintable:
            trailing = unprintable[len(unprintable.rstrip()) :]
            out.append((None, _placeholder(unprintable) + trailing))
            unprintable = ""

    def add(font: str | None, chunk: str) -> None:
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + chunk)
        else:
            out.append((font, chunk))

    for ch in text:
        kind = _cjk_kind(ch)
        if kind is not None:
            flush_unprintable()
            if kind == "han" and has_kana:
                kind = "kana"
            add(CJK_FONTS[kind], ch)
        elif ch in "\n\t" or covered(ch):
            if unprintable and (ch.isspace() or unicodedata.category(ch).startswith("M")):
                unprintable += ch  # spaces between words of one foreign run stay in the run
                continue
            flush_unprintable()
            add(None, ch)
        elif unicodedata.category(ch) in ("Cf", "Mn", "Me") and not unprintable:
            continue  # zero-width marks the font lacks: drop rather than box them
        else:
            unprintable += ch
    flush_unprintable()
    merged: list[tuple[str | None, str]] = []
    for font, chunk in out:
        if merged and merged[-1][0] == font:
            merged[-1] = (font, merged[-1][1] + chunk)
        else:
            merged.append((font, chunk))
    return merged


def plain(text: str | None) -> str:
    """`text` as the report font alone prints it: CJK and other unprintable runs become
    placeholders (for chart labels and other single-font drawing)."""
    if not text:
        return ""
    out = []
    for font, chunk in runs(text):
        if font is None:
            out.append(chunk)
        else:
            out.append(
                "[Japanese text]"
                if font == CJK_FONTS["kana"]
                else "[Korean text]"
                if font == CJK_FONTS["hangul"]
                else "[Chinese text]"
            )
    return "".join(out)


def markup(text: str | None) -> str:
    """`text` as safe Paragraph markup: escaped, line breaks kept, fallback fonts per run."""
    if not text:
        return ""
    parts = []
    for font, chunk in runs(text):
        escaped = escape(chunk).replace("\r\n", "\n").replace("\n", "<br/>")
        parts.append(f'<font name="{font}">{escaped}</font>' if font else escaped)
    return "".join(parts)


def string_width(text: str, font: str, size: float) -> float:
    return sum(
        pdfmetrics.stringWidth(chunk, run_font or font, size) for run_font, chunk in runs(text)
    )


def draw_string(
    canvas: object, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """Draw one line on a canvas with per-run fallback fonts; align is left, right or centre."""
    width = string_width(text, font, size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for run_font, chunk in runs(text):
        name = run_font or font
        canvas.setFont(name, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, chunk)  # type: ignore[attr-defined]
        x += pdfmetrics.stringWidth(chunk, name, size)
