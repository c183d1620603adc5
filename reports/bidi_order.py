"""Right-to-left text in the order a reader expects: one line's words put in visual order by the
Unicode bidirectional algorithm (python-bidi), each right-to-left word left in logical order for
HarfBuzz, which shapes and lays it out right to left itself (ReportLab's shaping).

ReportLab draws words left to right. "Stop ICE — محمد علي (X)" must print its Arabic words as
"علي محمد", each joined and read right to left, while the Latin around them keeps its order.
Only the order of words (and of neutral marks between them) changes here; letters are never
reversed by hand, which would break joining.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from bidi import algorithm
from bidi.mirror import MIRRORED

RTL_CLASSES = frozenset({"R", "AL"})


def paragraph_is_rtl(text: str) -> bool:
    """Whether a paragraph reads right to left: its first strong letter does (rules P2, P3)."""
    return bool(algorithm.get_base_level(text))


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in RTL_CLASSES for ch in text)


def levels(text: str, rtl: bool | None = None) -> list[int]:
    """The resolved embedding level of each character of one line (rules P2–I2). Characters
    the algorithm removes (X9: joiners such as Persian's zero-width non-joiner) take the level
    of the character before them, so they stay inside their word."""
    kept = [i for i, ch in enumerate(text) if unicodedata.bidirectional(ch) != "BN"]
    resolved = _levels("".join(text[i] for i in kept), rtl) if kept else []
    out = [0] * len(text)
    for i, level in zip(kept, resolved, strict=True):
        out[i] = level
    for i, ch in enumerate(text):
        if unicodedata.bidirectional(ch) == "BN":
            out[i] = out[i - 1] if i else (resolved[0] if resolved else 0)
    return out


def _levels(text: str, rtl: bool | None) -> list[int]:
    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(text) if rtl is None else int(rtl)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return [int(ch["level"]) for ch in storage["chars"]]


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """`line` (no line breaks) with its words in visual order; unchanged without RTL text."""
    if not has_rtl(line):
        return line
    return "".join(
        MIRRORED.get(line[i], line[i]) if turned else line[i] for i, turned in placement(line)
    )


@lru_cache(maxsize=4096)
def placement(line: str, rtl: bool | None = None) -> tuple[tuple[int, bool], ...]:
    """Where each character of `line` goes: for each visual position, the logical index of the
    character drawn there and whether it is turned round (a mirrored neutral mark). `rtl` is
    the direction of the paragraph the line belongs to (None: found from the line itself)."""
    if not has_rtl(line):
        return tuple((i, False) for i in range(len(line)))
    lv = levels(line, rtl)
    # Runs of one level, each kept whole; L2 reverses the order of runs, not their letters.
    runs: list[tuple[int, list[int]]] = []
    for i, level in enumerate(lv):
        if runs and runs[-1][0] == level:
            runs[-1][1].append(i)
        else:
            runs.append((level, [i]))
    highest = max(level for level, _ in runs)
    lowest_odd = min((level for level, _ in runs if level % 2), default=highest + 1)
    order = list(range(len(runs)))
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if runs[order[i]][0] >= level:
                j = i
                while j < len(order) and runs[order[j]][0] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    # Visual pieces: (level, placed characters) left to right, split at white space.
    pieces: list[tuple[int, _Placed]] = []
    for index in order:
        level, chars = runs[index]
        parts = [[(i, False) for i in part] for part in _split_spaces(line, chars)]
        if level % 2:
            # A right-to-left run: its words (and the spaces between them) in reverse order;
            # a word keeps its letters in logical order for the shaper.
            parts = [
                unit if _has_rtl(line, unit) or _is_space(line, unit) else _turned(unit)
                for part in parts[::-1]
                for unit in _script_units(line, part)[::-1]
            ]
        pieces += [(level, p) for p in parts]
    # Glue pieces into words again. A word that mixes a right-to-left word with marks of the
    # left-to-right text around it ("(محمد" before a Latin word) is shaped right to left as a
    # whole, so those marks are turned round and mirrored here to come out where they stood.
    words: list[list[tuple[int, _Placed]]] = []
    for level, part in pieces:
        if words and not _is_space(line, part) and not _is_space(line, words[-1][-1][1]):
            words[-1].append((level, part))
        else:
            words.append([(level, part)])
    return tuple(placed for word in words for placed in _glue(line, word))


_Placed = list[tuple[int, bool]]  # (logical index, turned round) in visual order


def _text(line: str, part: _Placed) -> str:
    return "".join(line[i] for i, _turned in part)


def _has_rtl(line: str, part: _Placed) -> bool:
    return has_rtl(_text(line, part))


def _is_space(line: str, part: _Placed) -> bool:
    return _text(line, part).isspace()


def _turned(part: _Placed) -> _Placed:
    """A piece of neutral marks only ("?!", "(", "—") inside right-to-left text: HarfBuzz leaves
    it as is, so it is turned round and mirrored here."""
    return [(i, not turned) for i, turned in reversed(part)]


def _glue(line: str, word: list[tuple[int, _Placed]]) -> _Placed:
    rtl = [i for i, (level, part) in enumerate(word) if level % 2 and _has_rtl(line, part)]
    if len(word) == 1 or len(rtl) != 1:
        return [placed for _level, part in word for placed in part]
    i = rtl[0]
    before = [placed for _level, part in word[:i] for placed in part]
    after = [placed for _level, part in word[i + 1 :] for placed in part]
    keep_before = len(before)
    while keep_before and line[before[keep_before - 1][0]] in _NEUTRAL_MARKS:
        keep_before -= 1
    moved_after = 0
    while moved_after < len(after) and line[after[moved_after][0]] in _NEUTRAL_MARKS:
        moved_after += 1
    return (
        before[:keep_before]
        + _turned(after[:moved_after])
        + word[i][1]
        + _turned(before[keep_before:])
        + after[moved_after:]
    )


_NEUTRAL_MARKS = "()[]{}<>«»‹›\"'“”‘’.,:;!?¡¿-–—/…·*"


def _script_units(line: str, part: _Placed) -> list[_Placed]:
    """A word of a right-to-left run cut where its letters change script ("محمد/שלום"), so
    each unit is shaped in its own font; marks stay with the letters before them."""
    units: list[_Placed] = []
    script = None
    for placed in part:
        ch = line[placed[0]]
        kind = unicodedata.bidirectional(ch)
        current = unicodedata.name(ch, "?").split(" ", 1)[0] if kind in ("L", "R", "AL") else None
        if units and (current is None or current == script):
            units[-1].append(placed)
        else:
            units.append([placed])
            script = current
    return units


def _split_spaces(line: str, chars: list[int]) -> list[list[int]]:
    pieces: list[list[int]] = []
    for i in chars:
        if pieces and line[pieces[-1][-1]].isspace() == line[i].isspace():
            pieces[-1].append(i)
        else:
            pieces.append([i])
    return pieces
