"""What the intake reader hands back: the text it read (per page, with OCR's confidence) and the
fields it suggests, each with the words it came from and how sure it is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Method = Literal["text", "ocr", "email"]  # a PDF's text layer, OCR of a picture, an email
Confidence = Literal["high", "medium", "low"]
SURENESS: tuple[Confidence, ...] = ("low", "medium", "high")


@dataclass(frozen=True)
class Word:
    """One word OCR read: where it sits in its page's text and Tesseract's confidence (0–100)."""

    start: int
    end: int
    confidence: float


@dataclass(frozen=True)
class Page:
    number: int  # 1-based, as a person counts pages
    text: str
    method: Method
    confidence: float | None = None  # OCR's mean word confidence (0–100); None for text
    words: tuple[Word, ...] = ()

    def confidence_of(self, start: int, end: int) -> float | None:
        """OCR's mean confidence over the words a stretch of this page's text touches."""
        if self.method != "ocr":
            return None
        touched = [w.confidence for w in self.words if w.start < end and w.end > start]
        return round(sum(touched) / len(touched), 1) if touched else self.confidence


@dataclass(frozen=True)
class Reading:
    """A document as text. For an email, `sent` is its Date header and `headers` the lines a
    person sees at its top (From, To, Date, Subject)."""

    method: Method
    pages: tuple[Page, ...]
    sent: dt.datetime | None = None
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return "\n\f".join(page.text for page in self.pages)

    @property
    def confidence(self) -> float | None:
        """OCR's mean confidence over the pages it read (None when nothing was OCR'd)."""
        read = [p.confidence for p in self.pages if p.method == "ocr" and p.confidence is not None]
        return round(sum(read) / len(read), 1) if read else None

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)


@dataclass(frozen=True)
class Handle:
    """An account a document names: its platform when the document says which (None when it
    does not), the handle without its @, and the address when one was written."""

    platform: str | None
    handle: str
    url: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"platform": self.platform, "handle": self.handle, "url": self.url}


# What a field's value can be: text, a vocabulary value, a date, a number of days, yes/no, the
# list of what is demanded, or the accounts named.
Value = str | int | bool | dt.date | tuple[str, ...] | tuple[Handle, ...]


@dataclass(frozen=True)
class Suggestion:
    """One field's suggested value, the words it came from (as they stand in the document) and
    the page they are on, and how sure the reader is: "high" when the document says it in so
    many words, "medium" when it is inferred, "low" when a guess or OCR was unsure of the words.
    `ocr_confidence` is Tesseract's mean confidence (0–100) over the source words, when OCR'd."""

    field: str
    value: Value
    source: str
    page: int
    confidence: Confidence
    ocr_confidence: float | None = None

    def plain_value(self) -> Any:
        """The value as the interchange format writes it (ISO dates, lists)."""
        if isinstance(self.value, dt.date):
            return self.value.isoformat()
        if isinstance(self.value, tuple):
            return [v.as_json() if isinstance(v, Handle) else str(v) for v in self.value]
        return self.value

    def as_json(self) -> dict[str, Any]:
        shown: dict[str, Any] = {
            "value": self.plain_value(),
            "source": self.source,
            "page": self.page,
            "confidence": self.confidence,
        }
        if self.ocr_confidence is not None:
            shown["ocr_confidence"] = self.ocr_confidence
        return shown


@dataclass(frozen=True)
class Suggestions:
    """Every field the reader found, keyed by the interchange format's field name; a field it
    did not find is absent."""

    method: Method
    pages: int
    confidence: float | None  # OCR's mean over the document, None when nothing was OCR'd
    fields: dict[str, Suggestion] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        """A field's value (None when not found)."""
        found = self.fields.get(name)
        return None if found is None else found.value

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"method": self.method, "pages": self.pages}
        if self.confidence is not None:
            out["ocr_confidence"] = self.confidence
        out["fields"] = {name: s.as_json() for name, s in self.fields.items()}
        return out
