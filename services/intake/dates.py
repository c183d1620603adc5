"""Dates as legal papers write them ("September 17, 2025", "Sept. 17, 2025", "11/03/2026",
"2026-11-03", "3 November 2026", "the 17th day of September, 2025", "3 de noviembre de 2026").

A pattern finds a candidate first and dateparser reads only that span: let loose on a whole
page, dateparser takes a section number ("§1509") or a file number ("1355") for a year."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

EARLIEST, LATEST = 1970, 2100  # a year outside is a number that only looks like one

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre"
).split()
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WORD = r"(?P<month>[A-Za-zÁÉÍÓÚáéíóú]{3,10})"
PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # September 17, 2025 · Sept. 17, 2025 · September 17th 2025
        rf"\b{_WORD}\.?\s+{_DAY},?\s+{_YEAR}\b",
        # 17 September 2025 · the 17th day of September, 2025
        rf"\b{_DAY}\s+(?:day\s+of\s+)?{_WORD}\.?,?\s+{_YEAR}\b",
        # 3 de noviembre de 2026 · 3 de noviembre del 2026
        rf"\b{_DAY}\s+de\s+{_WORD}\s+(?:de[l]?\s+)?{_YEAR}\b",
        # 11/03/2026 · 11-03-2026 (American order, as federal papers write it) · 11/3/26
        r"(?<![\d/.-])(?P<m>[01]?\d)(?P<sep>[/-])(?P<d>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)"
        r"(?![\d/-]|\.\d)",
        # 2026-11-03
        r"(?<![\d/.-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])",
    )
)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int
    guessed_month: bool  # the month's name was misread (OCR) and taken as the nearest month


def find_dates(text: str) -> list[FoundDate]:
    """Every date written in the text, in reading order (overlapping readings: the longest)."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and end > a for a, b in taken):
                continue
            reading = _read(match)
            if reading is None:
                continue
            date, guessed = reading
            found.append(FoundDate(date, start, end, guessed))
            taken.append((start, end))
    return sorted(found, key=lambda f: f.start)


def _read(match: re.Match[str]) -> tuple[dt.date, bool] | None:
    groups = match.groupdict()
    guessed = False
    if groups.get("month"):
        month = month_name(groups["month"])
        if month is None:
            return None
        guessed = month.lower() != groups["month"].lower().rstrip(".")
        span = f"{groups['day']} {month} {groups['year']}"
        order = "DMY"
    elif groups.get("iy"):
        span = f"{groups['iy']}-{groups['im']}-{groups['id']}"
        order = "YMD"
    else:
        year = groups["y"] if len(groups["y"]) == 4 else f"20{groups['y']}"
        span = f"{groups['m']}/{groups['d']}/{year}"
        order = "MDY"
    parsed = _parse(span, order)
    if parsed is None or not EARLIEST <= parsed.year <= LATEST:
        return None
    return parsed, guessed


@lru_cache(maxsize=1024)
def _parse(span: str, order: str) -> dt.date | None:
    import dateparser

    settings: Any = {
        "DATE_ORDER": order,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "current_period",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(span, languages=["en", "es"], settings=settings)
    return parsed.date() if parsed is not None else None


@lru_cache(maxsize=512)
def month_name(word: str) -> str | None:
    """A month's name as written, or the month OCR misread ("Septernber"), or None."""
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return word
    if len(word) < 5:
        return None  # "Room", "Page", "Form": too short to guess from
    from rapidfuzz import fuzz, process

    best = process.extractOne(word, MONTHS[:12], scorer=fuzz.ratio, score_cutoff=80)
    return str(best[0]) if best else None
