"""Look for known strings in files as raw bytes, in the encodings text is usually stored in."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def files_under(*folders: Path) -> list[Path]:
    """Every regular file in `folders`, recursively (hidden files included)."""
    found: list[Path] = []
    for folder in folders:
        found.extend(p for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink())
    return found


def find_markers(files: Iterable[Path], markers: Iterable[str]) -> dict[str, list[str]]:
    """For each marker found anywhere: where, as 'path (encoding)'. Markers not found are absent
    from the result, so an empty dict means none of them is readable in any of the files."""
    patterns = [(m, enc, m.encode(enc)) for m in markers for enc in ENCODINGS]
    hits: dict[str, list[str]] = {}
    for path in files:
        data = path.read_bytes()
        for marker, encoding, needle in patterns:
            if needle in data:
                hits.setdefault(marker, []).append(f"{path} ({encoding})")
    return hits
