"""Read back what a generated PDF says, as a person (or a search) would: pypdf's text per page."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path, pages: list[int] | None = None) -> list[str]:
    """The extracted text of each page (or only of the 0-based `pages`)."""
    reader = PdfReader(str(path))
    chosen = range(len(reader.pages)) if pages is None else pages
    return [reader.pages[i].extract_text() or "" for i in chosen]


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def all_text(path: Path) -> str:
    """Every page's text with runs of white space (line breaks inside table cells) as one
    space, so a phrase wrapped over two lines is still found."""
    return " ".join(" ".join(page_texts(path)).split())


def page_size(path: Path) -> tuple[float, float]:
    box = PdfReader(str(path)).pages[0].mediabox
    return float(box.width), float(box.height)


def font_names(path: Path) -> set[str]:
    """BaseFont names of every font the PDF's pages use."""
    names: set[str] = set()
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        fonts = resources.get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names
