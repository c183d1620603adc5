"""The intake reader: suggest a subpoena's fields from its document, for a person to confirm.

    content = intake.read_file(path)          # or documents.read(uow, id): bytes in memory
    reading = intake.read_document(content, task=task)   # text per page (OCR where scanned)
    found = intake.suggest(reading)           # Suggestions: .fields["issuer"].value, .source …
    # or both at once: intake.scan(content, task=task)

Nothing is written anywhere: the bytes, the pictures of pages and the text stay in memory, and
nothing is stored until a person saves the subpoena. OCR, PDF and citation libraries load on
first use (start-up stays fast). Long work reports each page to `task` and stops between
pages when it is cancelled (models.tasks.Cancelled). Each problem with the file is one
ValidationError with its code: intake.too_large, intake.not_a_document, intake.damaged_pdf,
intake.password_pdf, intake.damaged_picture, intake.picture_too_large, intake.no_text,
intake.no_notice, intake.cannot_read, document.empty."""

from __future__ import annotations

from models.tasks import NO_TASK, Task
from services.intake.fields import FIELD_ORDER, suggest
from services.intake.reading import check_size, read_document, read_file, sniff
from services.intake.results import (
    Confidence,
    Handle,
    Method,
    Page,
    Reading,
    Suggestion,
    Suggestions,
    Word,
)

__all__ = [
    "FIELD_ORDER",
    "Confidence",
    "Handle",
    "Method",
    "Page",
    "Reading",
    "Suggestion",
    "Suggestions",
    "Word",
    "check_size",
    "read_document",
    "read_file",
    "scan",
    "sniff",
    "suggest",
]


def scan(content: bytes, *, task: Task = NO_TASK) -> Suggestions:
    """Read a document and suggest its fields."""
    return suggest(read_document(content, task=task))
