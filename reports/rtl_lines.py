"""Right-to-left text that wraps: lines are broken in reading (logical) order, then each line's
words are put in visual order, as the Unicode bidirectional algorithm asks (rule L1 onwards).

A paragraph's markup keeps its words in logical order (fonts.markup). ReportLab breaks the
lines of that text, which finds where each line ends; the words of each line are then put in
visual order (bidi_order.placement) and the paragraph is laid out again with those lines fixed
by explicit breaks. So a three-line Arabic note prints its first words on the first line, read
from the right, instead of its last ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib.fonts import ps2tt, tt2ps

from reports import bidi_order, fonts

# What parts words for ReportLab's line breaker: white space but the no-break space. (The
# zero-width space fonts.markup glues a word's runs with does not part it.)
_SEPARATORS = "".join(chr(cp) for cp in range(0x3001) if chr(cp).isspace() and cp != 0xA0)
_WORD = re.compile(f"[^{re.escape(_SEPARATORS)}]+")
_GLUE = "\u200b"


class LinesDoNotMatch(Exception):
    """ReportLab's lines hold other words than the paragraph (it cut a long word)."""


def words_per_line(lines: Any, kind: int) -> list[int]:
    """How many words ReportLab put on each line it broke (its own count: a shaped word's
    text no longer reads as its letters)."""
    if kind == 1:
        return [int(line.wordCount) for line in lines]
    return [len([word for word in line[1] if _WORD.search(str(word))]) for line in lines]


def words_per_text_line(frags: Sequence[Any]) -> list[int]:
    """How many words each line of the text itself holds (between explicit breaks)."""
    text = "".join(ch for ch, _frag in _characters(frags))
    return [len(_WORD.findall(line)) for line in text.split("\n")]


def _characters(frags: Sequence[Any]) -> list[tuple[str, Any]]:
    """Each character of the paragraph with the fragment (its style) it came from; an explicit
    line break becomes a newline."""
    out: list[tuple[str, Any]] = []
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            out.append(("\n", frag))
        else:
            out.extend((ch, frag) for ch in str(getattr(frag, "text", "")))
    return out


def in_visual_order(frags: Sequence[Any], counts: list[int], base_font: str) -> list[Any]:
    """The paragraph's fragments cut into the lines ReportLab found (`counts` words each), each
    line's words in visual order, lines parted by explicit breaks. None when the lines do not
    account for the paragraph's words (a word too long for its line was cut), so the caller
    keeps the paragraph whole."""
    chars = _characters(frags)
    text = "".join(ch for ch, _frag in chars)
    spans = [m.span() for m in _WORD.finditer(text)]
    if sum(counts) != len(spans):
        raise LinesDoNotMatch(f"{sum(counts)} words on the lines, {len(spans)} in the text")
    out: list[Any] = []
    first = 0
    for n, count in enumerate(counts):
        if n:
            before = chars[spans[first - 1][1] - 1][1] if first else frags[0]
            out.append(_line_break(before, base_font))
        if not count:
            continue
        start, end = spans[first][0], spans[first + count - 1][1]
        # The direction is the text line's (the paragraph's, in the bidi algorithm's terms).
        begins = text.rfind("\n", 0, start) + 1
        ends = text.find("\n", end)
        rtl = bidi_order.paragraph_is_rtl(text[begins : ends if ends >= 0 else len(text)])
        out += _line(chars[start:end], rtl, base_font)
        first += count
    return out


def _line_break(frag: Any, base_font: str) -> Any:
    """An explicit break in the face of the text around it: never in a script's face, so the
    next line's first shaped word starts with its own font (ReportLab fails drawing a shaped
    word that continues the face before it and begins with a raised mark)."""
    return frag.clone(
        text="", lineBreak=True, _selfClosingTag="br", fontName=_base(frag, base_font)
    )


def _line(chars: list[tuple[str, Any]], rtl: bool, base_font: str) -> list[Any]:
    """One line's fragments in visual order, each run of script in its font, glued as
    fonts.markup glues them."""
    chars = [(ch, frag) for ch, frag in chars if ch != _GLUE]
    logical = "".join(ch for ch, _frag in chars)
    placed = bidi_order.placement(logical, rtl)
    shown = "".join(
        bidi_order.MIRRORED.get(logical[i], logical[i]) if turned else logical[i]
        for i, turned in placed
    )
    sources = [chars[i][1] for i, _turned in placed]
    script_fonts: list[str | None] = []
    for run_font, chunk in fonts.runs(shown):
        script_fonts += [run_font] * len(chunk)
    if len(script_fonts) != len(shown):  # runs() changed the text: keep each letter's font
        script_fonts = [None] * len(shown)
        own = True
    else:
        own = False
    pieces: list[tuple[Any, str | None, str, str]] = []  # (source, script font, face, text)
    for ch, source, run_font in zip(shown, sources, script_fonts, strict=True):
        face = source.fontName if own else fonts.font_for(run_font, _base(source, base_font))
        if pieces and pieces[-1][0] is source and pieces[-1][2] == face:
            pieces[-1] = (source, pieces[-1][1], face, pieces[-1][3] + ch)
        else:
            pieces.append((source, run_font, face, ch))
    out = []
    for n, (source, run_font, face, chunk) in enumerate(pieces):
        left = (pieces[n - 1][1], pieces[n - 1][3]) if n else None
        if left and left[0] != run_font and fonts.glued(left, (run_font, chunk)):
            out.append(source.clone(text=_GLUE, fontName=_base(source, base_font)))
        out.append(source.clone(text=chunk, fontName=face))
    return out


def _base(frag: Any, base_font: str) -> str:
    """The face the text around a fragment prints in: its own, unless it is a script's face
    (then the paragraph's family in the fragment's weight)."""
    if not fonts.is_script_face(frag.fontName):
        return str(frag.fontName)
    try:
        family = ps2tt(base_font)[0]
    except ValueError:
        return base_font
    return str(tt2ps(family, 1 if getattr(frag, "bold", 0) else 0, 0))
