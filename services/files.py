"""Saving a file a person asked for (a report, a calendar, an export): owner-only, and whole or
not at all, so a crash, a kill or a full disk never leaves half a file under its name."""

from __future__ import annotations

from pathlib import Path

from storage.atomic import write_atomically


def save_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` (0600), replacing it in one step; on failure `path` is as it was."""
    write_atomically(path, data)
