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


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in RTL_CLASSES for ch in text)


def levels(text: str) -> list[int]:
    """The resolved embedding level of each character of one line (rules P2–I2). Characters
    the algorithm removes (X9: joiners such as Persian's zero-width non-joiner) take the level
    of the character before them, so they stay inside their word."""
    kept = [i for i, ch in enumerate(text) if unicodedata.bidirectional(ch) != "BN"]
    resolved = _levels("".join(text[i] for i in kept)) if kept else []
    out = [0] * len(text)
    for i, level in zip(kept, resolved, strict=True):
        out[i] = level
    for i, ch in enumerate(text):
        if unicodedata.bidirectional(ch) == "BN":
            out[i] = out[i - 1] if i else (resolved[0] if resolved else 0)
    return out


def _levels(text: str) -> list[int]:
    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return [int(ch["level"]) for ch in storage["chars"]]


def _reverse_neutral(token: str) -> str:
    """A token of neutral marks only ("?!", "(", "—") inside right-to-left text: HarfBuzz leaves
    it as is, so it is turned round and mirrored here."""
    return "".join(MIRRORED.get(ch, ch) for ch in reversed(token))


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """`line` (no line breaks) with its words in visual order; unchanged without RTL text."""
    if not has_rtl(line):
        return line
    lv = levels(line)
    # Runs of one level, each kept whole; L2 reverses the order of runs, not their letters.
    runs: list[tuple[int, str]] = []
    for ch, level in zip(line, lv, strict=True):
        if runs and runs[-1][0] == level:
            runs[-1] = (level, runs[-1][1] + ch)
        else:
            runs.append((level, ch))
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
    # Visual pieces: (level, text) left to right, split at white space.
    pieces: list[tuple[int, str]] = []
    for index in order:
        level, text = runs[index]
        parts = _split_spaces(text)
        if level % 2:
            # A right-to-left run: its words (and the spaces between them) in reverse order;
            # a word keeps its letters in logical order for the shaper.
            parts = [
                unit if has_rtl(unit) or unit.isspace() else _reverse_neutral(unit)
                for part in parts[::-1]
                for unit in _script_units(part)[::-1]
            ]
        pieces += [(level, p) for p in parts]
    # Glue pieces into words again. A word that mixes a right-to-left word with marks of the
    # left-to-right text around it ("(محمد" before a Latin word) is shaped right to left as a
    # whole, so those marks are turned round and mirrored here to come out where they stood.
    words: list[list[tuple[int, str]]] = []
    for level, text in pieces:
        if words and not text.isspace() and not words[-1][-1][1].isspace():
            words[-1].append((level, text))
        else:
            words.append([(level, text)])
    return "".join(_glue(word) for word in words)


def _glue(word: list[tuple[int, str]]) -> str:
    rtl = [i for i, (level, text) in enumerate(word) if level % 2 and has_rtl(text)]
    if len(word) == 1 or len(rtl) != 1:
        return "".join(text for _level, text in word)
    i = rtl[0]
    before = "".join(text for _level, text in word[:i])
    after = "".join(text for _level, text in word[i + 1 :])
    keep_before = before.rstrip(_NEUTRAL_MARKS)
    keep_after = after.lstrip(_NEUTRAL_MARKS)
    moved_before = before[len(keep_before) :]
    moved_after = after[: len(after) - len(keep_after)]
    return (
        keep_before
        + _reverse_neutral(moved_after)
        + word[i][1]
        + _reverse_neutral(moved_before)
        + keep_after
    )


_NEUTRAL_MARKS = "()[]{}<>«»‹›\"'“”‘’.,:;!?¡¿-–—/…·*"


def _script_units(part: str) -> list[str]:
    """A word of a right-to-left run cut where its letters change script ("محمد/שלום"), so
    each unit is shaped in its own font; marks stay with the letters before them."""
    units: list[str] = []
    script = None
    for ch in part:
        kind = unicodedata.bidirectional(ch)
        current = unicodedata.name(ch, "?").split(" ", 1)[0] if kind in ("L", "R", "AL") else None
        if units and (current is None or current == script):
            units[-1] += ch
        else:
            units.append(ch)
            script = current
    return units


def _split_spaces(text: str) -> list[str]:
    pieces: list[str] = []
    for ch in text:
        if pieces and pieces[-1][-1].isspace() == ch.isspace():
            pieces[-1] += ch
        else:
            pieces.append(ch)
    return pieces
