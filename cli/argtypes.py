"""Argument types the command line checks before any command runs: each bad value is one clear
line and exit 5, never an overflow deep in SQLite or a write onto a folder."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from models.errors import ValidationError

MAX_ID = 2**63 - 1  # SQLite's largest integer
MAX_ECHO = 80  # characters of a value a message repeats back


def visible(text: str, limit: int) -> str:
    """Text as a terminal should show it in one line: control characters (an ESC that would
    drive the terminal, a line break that would make two lines) made visible, and clipped."""
    safe = "".join(
        ch if unicodedata.category(ch)[0] != "C" else f"\\x{ord(ch):02x}"
        for ch in text[: limit + 1]
    )
    return safe if len(text) <= limit else safe[:limit] + "…"


def shown(value: str) -> str:
    """A value as an error message may repeat it."""
    return visible(value, MAX_ECHO)


def record_id(text: str) -> int:
    """A record id: a whole number from 1 to 2^63 - 1."""
    if not re.fullmatch(r"\s*\+?\d{1,30}\s*", text):
        raise ValidationError(
            f"An id is a whole number, not {shown(text)!r}.", field="id", code="cli.bad_id"
        )
    value = int(text)
    if not 1 <= value <= MAX_ID:
        raise ValidationError(
            f"There is no record with id {shown(text.strip())}: ids run from 1 to {MAX_ID}.",
            field="id",
            code="cli.id_out_of_range",
        )
    return value


def out_file(text: str) -> Path:
    """Where a command writes its file: not a folder, inside one that exists."""
    path = Path(text).expanduser()
    if path.is_dir():
        raise ValidationError(
            f"{shown(text)} is a folder; give the name of the file to write.",
            field="out",
            code="cli.out_is_a_folder",
        )
    if not path.parent.is_dir():
        raise ValidationError(
            f"The folder {shown(str(path.parent))} does not exist; nothing was written.",
            field="out",
            code="cli.out_no_folder",
        )
    return path
