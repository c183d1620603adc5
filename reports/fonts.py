"""The fonts reports print with: a font per run of text, chosen by its script, every one embedded.

- Fira Sans (SIL Open Font License, from the pinned `fontpkg-fira-sans` package): Latin with
  every accent Spanish, Portuguese, French, Vietnamese or Haitian Creole needs, Greek, Cyrillic.
- Noto Sans Arabic (Arabic, Persian, Urdu), Hebrew, Devanagari (Hindi), SC (Chinese, with
  Japanese kana) and KR (Korean), static instances cut from the pinned packages' variable fonts
  (reports/font_files.py). ReportLab embeds a subset of each: only the letters a PDF uses.
- Arabic, Hebrew and Devanagari runs are shaped by HarfBuzz (ReportLab's shaping, `uharfbuzz`):
  Arabic letters join, Devanagari conjuncts form. Right-to-left words are put in visual order
  per line after the lines are broken in reading order (reports/rtl_lines.py, bidi_order.py,
  python-bidi). Fira Sans text is never shaped, so its "fi"
  stays two letters a reader can search for.
- A run in a script none of these covers (Thai, Tamil, …) is printed as a visible placeholder
  such as "[Thai text]" rather than as empty boxes, so a reader knows the file holds more.
- If a font package is missing, its scripts become placeholders and a warning is logged; without
  Fira Sans, reports fall back to Helvetica (Latin-1 only).
No font is ever fetched: each is a file installed with Quash.
"""

from __future__ import annotations

import importlib.resources
import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import String
from reportlab.lib.fonts import addMapping, ps2tt, tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr

from models.tasks import Task
from reports import bidi_order, font_files
from reports.i18n import Translator

log = logging.getLogger("quash.reports.fonts")

FAMILY = "QuashSans"
FONT_PACKAGE = "fontpkg_fira_sans"
FONT_FILES = {
    "": "FiraSans-Regular.ttf",
    "-Bold": "FiraSans-Bold.ttf",
    "-Italic": "FiraSans-Italic.ttf",
    "-BoldItalic": "FiraSans-BoldItalic.ttf",
}
# Script → the family registered for it (regular and bold; italic prints as upright).
SCRIPT_FAMILIES = {script: pair[0].name for script, pair in font_files.FACES.items()}
SHAPED = frozenset({"arabic", "hebrew", "devanagari"})  # scripts HarfBuzz must lay out
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


class UnshapedTTFont(TTFont):
    """Fira Sans: never shaped, so ligatures never turn "fi" into a glyph no search finds.
    (ReportLab shapes a word in the font of its first run; a Fira word is left as it is.)"""

    def hbFont(self, fontSize: float = 10) -> Any:  # noqa: N802 - ReportLab's name
        raise AttributeError("Fira Sans text is printed unshaped")


def script_of(ch: str) -> str | None:
    """The script whose font prints `ch`: None for Fira Sans's own letters and for neutral
    characters (spaces, digits, punctuation), which follow the text around them."""
    cp = ord(ch)
    if cp < 0x0590:
        return None
    if 0x0590 <= cp <= 0x05FF or 0xFB1D <= cp <= 0xFB4F:
        return "hebrew"
    if (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x0870 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    ):
        return "arabic"
    if 0x0900 <= cp <= 0x097F or 0xA8E0 <= cp <= 0xA8FF or 0x1CD0 <= cp <= 0x1CFF:
        return "devanagari"
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
        return "hangul"
    if (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x3000 <= cp <= 0x30FF
        or 0x31F0 <= cp <= 0x31FF
        or 0xFF00 <= cp <= 0xFFEF
    ):
        return "han"
    return None


def _register_family(family: str, regular: str, bold: str) -> None:
    addMapping(family, 0, 0, regular)
    addMapping(family, 1, 0, bold)
    addMapping(family, 0, 1, regular)
    addMapping(family, 1, 1, bold)


@lru_cache(maxsize=1)
def register() -> FontSet:
    """Register the report fonts once per process and say which family is in use."""
    try:
        folder = importlib.resources.files(FONT_PACKAGE) / "files"
        for suffix, filename in FONT_FILES.items():
            with importlib.resources.as_file(folder / filename) as path:
                pdfmetrics.registerFont(UnshapedTTFont(FAMILY + suffix, str(path)))
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
    # Other scripts' faces are registered when a text first needs one (script_cmap): reading
    # them costs a quarter of a second, most of a short report's time, and most reports use none.
    return fonts


def prepare(task: Task, tr: Translator) -> None:
    """Before a report registers its fonts: cut the faces for other scripts if this computer
    has not yet (once, a minute or two on a pip install), saying so through `task`, which may
    cancel between faces. Nothing to do once they are cut, or in the packaged app."""
    if not font_files.missing_faces():
        return
    text = tr.gettext("Preparing the report fonts (once on this computer)")
    task.progress(0, len(font_files.all_faces()), text)

    def ready(done: int, total: int) -> None:
        task.progress(done, total, text)
        task.check()

    try:
        font_files.static_paths(ready)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ImportError):
        return  # register() says why in the log; those scripts print as placeholders


_SCRIPT_CMAPS: dict[str, dict[int, int] | None] = {}  # script → its font's characters, once
_FAMILY_CMAPS: dict[str, dict[int, int]] = {}  # the same by family name
# Every face of those families, registered or not yet: markup may name one before it is read.
_SCRIPT_FACES = frozenset(face.name for pair in font_files.FACES.values() for face in pair)
_FAMILY_SCRIPTS = {family: script for script, family in SCRIPT_FAMILIES.items()}
_FACE_SCRIPTS = {face.name: script for script, pair in font_files.FACES.items() for face in pair}
_REGISTERING = threading.Lock()  # reports may be written from more than one thread


def script_cmap(script: str) -> dict[int, int] | None:
    """The characters of the face `script` prints in, registering its family with ReportLab the
    first time any text needs it; None when its font is not installed (placeholders print)."""
    if script in _SCRIPT_CMAPS:
        return _SCRIPT_CMAPS[script]
    with _REGISTERING:
        if script not in _SCRIPT_CMAPS:
            _SCRIPT_CMAPS[script] = _register_script(script)
    return _SCRIPT_CMAPS[script]


def _register_script(script: str) -> dict[int, int] | None:
    paths = _script_paths()
    if paths is None:
        return None
    regular, bold = font_files.FACES[script]
    for face in {regular.name: regular, bold.name: bold}.values():
        pdfmetrics.registerFont(TTFont(face.name, str(paths[face.name])))
    _register_family(regular.name, regular.name, bold.name)
    cmap: dict[int, int] = pdfmetrics.getFont(regular.name).face.charToGlyph
    _FAMILY_CMAPS[regular.name] = cmap
    return cmap


@lru_cache(maxsize=1)
def _script_paths() -> dict[str, Any] | None:
    try:
        return font_files.static_paths()
    except (ModuleNotFoundError, FileNotFoundError, OSError, ImportError) as exc:
        log.warning(
            "report fonts for other scripts unavailable (%s); they print as placeholders",
            type(exc).__name__,
        )
        return None


def need_faces(text: str) -> None:
    """Register every script family that markup `text` names (`<font name="QuashArabic">`),
    before ReportLab looks the name up: its face may not have been needed yet."""
    if "Quash" not in text:
        return
    for name in _NAMED_FACE.findall(text):
        script = _FACE_SCRIPTS.get(name)
        if script is not None:
            script_cmap(script)


def need_face(name: str) -> None:
    """Register the script family of face or family `name`, if it is one."""
    script = _FACE_SCRIPTS.get(name) or _FAMILY_SCRIPTS.get(name)
    if script is not None:
        script_cmap(script)


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


_UNPRINTABLE = "\0unprintable"
_FOLLOW = "\0follow"


def _strong_font(ch: str, covered: Callable[[str], bool]) -> str | None:
    """The font a letter of a script prints in; _FOLLOW for neutral characters (spaces,
    digits, punctuation, marks, joiners), which take the font of the word they are in."""
    script = script_of(ch)
    if script is not None:
        cmap = script_cmap(script)
        return SCRIPT_FAMILIES[script] if cmap is not None and ord(ch) in cmap else _UNPRINTABLE
    category = unicodedata.category(ch)
    if category[0] in "LM" and category != "Lm" and not covered(ch):
        return _FOLLOW if category[0] == "M" else _UNPRINTABLE
    if category[0] == "L" or (category[0] == "N" and not covered(ch)):
        return None if covered(ch) else _UNPRINTABLE
    return _FOLLOW


def _resolve(text: str, fonts: list[str | None], covered: Callable[[str], bool]) -> None:
    """Give each neutral character the font of the nearest letter in its word (before it,
    else after it) when that font has it, so "(محمد)" is one Arabic run HarfBuzz can shape
    and mirror; else the report's font; else it is unprintable (dropped if invisible)."""
    for i, font in enumerate(fonts):
        if font != _FOLLOW:
            continue
        ch = text[i]
        near = None
        if not ch.isspace():
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(text) and not text[j].isspace():
                    if fonts[j] != _FOLLOW:
                        near = fonts[j]
                        break
                    j += step
                if near is not None:
                    break
        if near == _UNPRINTABLE and unicodedata.category(ch)[0] == "M":
            fonts[i] = _UNPRINTABLE
        elif near is not None and ord(ch) in _FAMILY_CMAPS.get(near, {}):
            fonts[i] = near
        elif covered(ch) or ch in "\n\t":
            fonts[i] = None
        elif unicodedata.category(ch) in ("Cf", "Mn", "Me"):
            fonts[i] = ""  # zero-width marks no font here has: dropped rather than boxed
        else:
            fonts[i] = _UNPRINTABLE


def runs(text: str) -> list[tuple[str | None, str]]:
    """Split `text` into (font, text) runs: None means the report's own font; another names the
    family registered for the run's script; a run nothing can print is
    replaced by its placeholder (font None)."""
    # Most cells are printable ASCII, one run in the report's font: skip the per-letter work.
    if text.isascii() and text.isprintable() and _prints_ascii():
        return [(None, text)] if text else []
    covered = _coverage()
    fonts = [_strong_font(ch, covered) for ch in text]
    _resolve(text, fonts, covered)
    grouped: list[tuple[str | None, str]] = []
    for ch, font in zip(text, fonts, strict=True):
        if font == "":
            continue
        if grouped and grouped[-1][0] == font:
            grouped[-1] = (font, grouped[-1][1] + ch)
        else:
            grouped.append((font, ch))
    # Spaces between words of one unprintable run stay in it: one placeholder, not several.
    joined: list[tuple[str | None, str]] = []
    for i, (font, chunk) in enumerate(grouped):
        between = (
            font is None
            and chunk.isspace()
            and "\n" not in chunk
            and 0 < i < len(grouped) - 1
            and grouped[i - 1][0] == _UNPRINTABLE
            and grouped[i + 1][0] == _UNPRINTABLE
        )
        if (between or font == _UNPRINTABLE) and joined and joined[-1][0] == _UNPRINTABLE:
            joined[-1] = (_UNPRINTABLE, joined[-1][1] + chunk)
        else:
            joined.append((font, chunk))
    out: list[tuple[str | None, str]] = []
    for font, chunk in joined:
        if font == _UNPRINTABLE:
            font, chunk = None, _placeholder(chunk)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + chunk)
        else:
            out.append((font, chunk))
    return out


def font_for(run_font: str | None, base: str) -> str:
    """The face a run prints in under a base font: the script family's bold under a bold base."""
    if run_font is None:
        return base
    need_face(run_font)
    try:
        _family, bold, italic = ps2tt(base)
    except ValueError:
        bold = italic = 0
    return str(tt2ps(run_font, bold, italic))


def is_script_face(name: str) -> bool:
    """Whether `name` is one of the faces other scripts print in (not the report's own)."""
    return name in _SCRIPT_FACES


def _shaped(run_font: str | None) -> bool:
    return run_font is not None and any(
        run_font == SCRIPT_FAMILIES[script] for script in SHAPED if script in SCRIPT_FAMILIES
    )


def plain(text: str | None) -> str:
    """`text` as the report font alone prints it: runs in other fonts become placeholders
    (for chart labels and other single-font drawing)."""
    if not text:
        return ""
    names = {family: script.title() for script, family in SCRIPT_FAMILIES.items()}
    names[SCRIPT_FAMILIES["han"]] = "Chinese"
    names[SCRIPT_FAMILIES["hangul"]] = "Korean"
    out = []
    for font, chunk in runs(text):
        out.append(chunk if font is None else f"[{names.get(font, 'other script')} text]")
    return "".join(out)


_MARKUP: dict[str, str] = {}  # text → markup: a report's cells repeat (people, statuses)


def forget_markup() -> None:
    """Drop the markup kept for the texts of the report just written (reports.layout)."""
    _MARKUP.clear()


def markup(text: str | None) -> str:
    """`text` as safe Paragraph markup: escaped, line breaks kept, a font per run of script.
    Words stay in reading order: a report's Paragraph (reports/layout.py) puts each line it
    breaks in visual order (reports/rtl_lines.py)."""
    if not text:
        return ""
    found = _MARKUP.get(text)
    if found is None:
        if len(_MARKUP) > 20_000:
            _MARKUP.clear()
        found = _MARKUP[text] = _markup(text)
    return found


def _markup(text: str) -> str:
    lines = text.replace("\r\n", "\n").split("\n")
    parts = []
    for n, line in enumerate(lines):
        if n:
            parts.append("<br/>")
        previous: tuple[str | None, str] | None = None
        for font, chunk in runs(line):
            if previous is not None and glued(previous, (font, chunk)):
                # ReportLab shapes a word in the font of its first run: a shaped run and
                # another font in one word are parted by a zero-width space (a word break).
                parts.append("\u200b")
            escaped = escape(chunk)
            parts.append(f'<font name="{font}">{escaped}</font>' if font else escaped)
            previous = (font, chunk)
    return "".join(parts)


def glued(left: tuple[str | None, str], right: tuple[str | None, str]) -> bool:
    """Two runs in different fonts that touch inside a word, one of them shaped."""
    return (
        (_shaped(left[0]) or _shaped(right[0]))
        and not left[1][-1:].isspace()
        and not right[1][:1].isspace()
    )


_TAG = re.compile(
    r'<(/?)(b|strong)>|<font name="('
    + "|".join(re.escape(family) for family in SCRIPT_FAMILIES.values())
    + ')">'
)


def weigh(markup_text: str, base: str) -> str:
    """`markup_text` with each script run's font in the weight around it: a run inside <b>,
    or in a paragraph whose font is bold, names the script's bold face. (ReportLab's <font>
    tag resets bold to that of the face it names.)"""
    if '<font name="Quash' not in markup_text:
        return markup_text
    need_faces(markup_text)
    try:
        _family, bold, _italic = ps2tt(base)
    except ValueError:
        bold = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal bold
        if match.group(2):
            bold += -1 if match.group(1) else 1
            return match.group(0)
        return f'<font name="{tt2ps(match.group(3), 1 if bold > 0 else 0, 0)}">'

    return _TAG.sub(swap, markup_text)


_NAMED_FACE = re.compile(r"""<font\s[^>]*?name\s*=\s*["']([^"']+)["']""")


def _pieces(text: str, font: str, size: float) -> list[tuple[str, str, bool, float]]:
    """One line as (face, text, shaped, width) pieces in drawing order. A shaped run is cut
    into words: HarfBuzz lays out one word right to left, the words' order is bidi's."""
    out = []
    for run_font, chunk in runs(bidi_order.visual(text)):
        name = font_for(run_font, font)
        if not _shaped(run_font):
            out.append((name, chunk, False, pdfmetrics.stringWidth(chunk, name, size)))
            continue
        for word in re.split(r"(\s+)", chunk):
            if word:
                out.append(_shaped_piece(name, word, size))
    return out


def _shaped_piece(name: str, word: str, size: float) -> tuple[str, str, bool, float]:
    if word.isspace():
        return (name, word, False, pdfmetrics.stringWidth(word, name, size))
    shaped = shapeStr(word, name, size)
    data = getattr(shaped, "__shapeData__", None)
    if data is None:
        return (name, word, False, pdfmetrics.stringWidth(word, name, size))
    # The shaped string itself is drawn: ReportLab's canvas shapes only with its own bidi
    # package (rlbidi), which is not installed; its text object draws a shaped string as is.
    return (name, shaped, True, sum(d.x_advance for d in data) * size / 1000)


def line_strings(
    x: float, y: float, text: str, font: str, size: float, align: str = "left", **style: object
) -> list[String]:
    """One line as graphics Strings (for charts), a font per run of script, right-to-left
    words in order and shaped, as `draw_string` draws it on a canvas."""
    return [
        String(px, y, chunk, fontName=name, fontSize=size, **style)
        for px, name, chunk in _placed(x, text, font, size, align)
    ]


def _placed(
    x: float, text: str, font: str, size: float, align: str
) -> list[tuple[float, str, str]]:
    """Where each piece of one line starts, aligned left, right or centre on `x`."""
    pieces = _pieces(text, font, size)
    width = sum(piece[3] for piece in pieces)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    out = []
    for name, chunk, _shaped_run, piece_width in pieces:
        out.append((x, name, chunk))
        x += piece_width
    return out


def string_width(text: str, font: str, size: float) -> float:
    return sum(width for _name, _chunk, _shaped_run, width in _pieces(text, font, size))


def draw_string(
    canvas: object, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """Draw one line on a canvas with a font per run of script, right-to-left words in order
    and shaped; align is left, right or centre."""
    for px, name, chunk in _placed(x, text, font, size, align):
        canvas.setFont(name, size)  # type: ignore[attr-defined]
        canvas.drawString(px, y, chunk)  # type: ignore[attr-defined]
