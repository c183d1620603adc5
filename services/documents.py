"""Documents (the subpoena itself, the platform's notice, orders, filed motions) kept inside
the vault, on a matter, one of its subpoenas or one of its docket events."""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Select, func, select

from models.entities import SHORT, DocketEvent, Document, Matter, Subpoena
from models.errors import NotFoundError, ValidationError
from services import audit, trash
from storage.atomic import write_atomically
from storage.uow import UnitOfWork

MAX_BYTES = 50 * 1024 * 1024
MAX_MEGABYTES = MAX_BYTES // (1024 * 1024)

OWNER_KINDS = ("matter", "subpoena", "event")


@dataclass(frozen=True)
class Owner:
    """What a document is attached to: a matter, one of its subpoenas, or a docket event."""

    kind: str  # one of OWNER_KINDS
    id: int


def on_matter(matter_id: int) -> Owner:
    return Owner("matter", matter_id)


def on_subpoena(subpoena_id: int) -> Owner:
    return Owner("subpoena", subpoena_id)


def on_event(event_id: int) -> Owner:
    return Owner("event", event_id)


@dataclass(frozen=True)
class DocumentView:
    id: int
    matter_id: int
    subpoena_id: int | None
    event_id: int | None
    filename: str
    media_type: str
    size: int
    added_at: dt.datetime

    @property
    def owner(self) -> Owner:
        if self.subpoena_id is not None:
            return on_subpoena(self.subpoena_id)
        if self.event_id is not None:
            return on_event(self.event_id)
        return on_matter(self.matter_id)


_OWNER_MODELS: dict[str, type[Matter] | type[Subpoena] | type[DocketEvent]] = {
    "matter": Matter,
    "subpoena": Subpoena,
    "event": DocketEvent,
}
_OWNER_RECORDS = {"matter": "matter", "subpoena": "subpoena", "event": "event"}


def _matter_of(uow: UnitOfWork, owner: Owner) -> int:
    """The matter a document attached to `owner` belongs to; NotFoundError if there is none."""
    record = uow.session.get(_OWNER_MODELS[owner.kind], owner.id)
    if record is None:
        raise NotFoundError.of(_OWNER_RECORDS[owner.kind], owner.id)
    if isinstance(record, Matter):
        return record.id
    assert isinstance(record, Subpoena | DocketEvent)
    return record.matter_id


def check_size(size: int) -> None:
    """Refuse a file over the limit before anyone reads it whole (a 500 MB scan)."""
    if size > MAX_BYTES:
        raise ValidationError(
            f"document: the file is larger than {MAX_MEGABYTES} MB",
            record="document",
            field="content",
            code="document.too_large",
            params={"megabytes": MAX_MEGABYTES},
        )


def attach(uow: UnitOfWork, owner: Owner, filename: str, content: bytes) -> DocumentView:
    """Store a file with a matter, subpoena or docket event. The bytes live only in the
    encrypted vault."""
    matter_id = _matter_of(uow, owner)
    name = filename.strip().replace("/", "_").replace("\\", "_")
    if not name or len(name) > SHORT:
        raise ValidationError(
            "document: filename must be 1 to 200 characters",
            record="document",
            field="filename",
            code="document.bad_filename",
            params={"max": SHORT},
        )
    if not content:
        raise ValidationError(
            "document: the file is empty",
            record="document",
            field="content",
            code="document.empty",
        )
    check_size(len(content))
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    doc = Document(
        matter_id=matter_id,
        subpoena_id=owner.id if owner.kind == "subpoena" else None,
        event_id=owner.id if owner.kind == "event" else None,
        filename=name,
        media_type=media_type,
        content=content,
        added_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )
    uow.session.add(doc)
    uow.session.flush()
    audit.record(
        uow,
        "create",
        "document",
        doc.id,
        {f"{owner.kind}_id": owner.id, "bytes": len(content)},
    )
    return _view(doc, len(content))


def _view(doc: Document, size: int) -> DocumentView:
    return DocumentView(
        doc.id,
        doc.matter_id,
        doc.subpoena_id,
        doc.event_id,
        doc.filename,
        doc.media_type,
        size,
        doc.added_at,
    )


def _listing() -> Select[tuple[int, int, int | None, int | None, str, str, int, dt.datetime]]:
    return select(
        Document.id,
        Document.matter_id,
        Document.subpoena_id,
        Document.event_id,
        Document.filename,
        Document.media_type,
        func.length(Document.content),
        Document.added_at,
    ).order_by(Document.id)


def list_for(uow: UnitOfWork, owner: Owner) -> list[DocumentView]:
    """The documents of a subpoena or docket event, or every document of a matter (its own
    and its subpoenas' and events'), without loading their contents."""
    column = {
        "matter": Document.matter_id,
        "subpoena": Document.subpoena_id,
        "event": Document.event_id,
    }[owner.kind]
    return [DocumentView(*row) for row in uow.session.execute(_listing().where(column == owner.id))]


def list_for_subpoena(uow: UnitOfWork, subpoena_id: int) -> list[DocumentView]:
    return list_for(uow, on_subpoena(subpoena_id))


def list_all(uow: UnitOfWork) -> list[DocumentView]:
    """Every document in the vault, without loading their contents."""
    return [DocumentView(*row) for row in uow.session.execute(_listing())]


def view(uow: UnitOfWork, document_id: int) -> DocumentView:
    row = uow.session.execute(_listing().where(Document.id == document_id)).one_or_none()
    if row is None:
        raise _no_document(document_id)
    return DocumentView(*row)


def _no_document(document_id: int) -> NotFoundError:
    return NotFoundError.of("document", document_id)


def read(uow: UnitOfWork, document_id: int) -> bytes:
    """A document's bytes, decrypted, in memory: for the viewer and intake, never a file."""
    doc = uow.session.get(Document, document_id)
    if doc is None:
        raise _no_document(document_id)
    return doc.content


def remove(uow: UnitOfWork, document_id: int) -> None:
    if uow.session.get(Document, document_id) is None:
        raise _no_document(document_id)
    trash.put(uow, "documents", document_id)


def save_copy(uow: UnitOfWork, document_id: int, target: Path) -> DocumentView:
    """Write a copy of a document outside the vault, owner-only (0600, as reports are), never
    half-written under its real name; a copy outside the vault is an export, so it is audited.
    The caller commits once the file is in place."""
    shown = view(uow, document_id)
    write_atomically(target, read(uow, document_id))
    owner = shown.owner
    audit.record(uow, "export", "document", document_id, {f"{owner.kind}_id": owner.id})
    return shown


def record_printed(uow: UnitOfWork, document_id: int, pages: int) -> None:
    """A document printed from the viewer: on paper, it is out of the vault, so the audit log
    says who printed how many pages of which document."""
    shown = view(uow, document_id)
    owner = shown.owner
    audit.record(
        uow, "print", "document", document_id, {f"{owner.kind}_id": owner.id, "pages": pages}
    )
