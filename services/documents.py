"""Scanned documents (the subpoena itself, the platform's notice) kept inside the vault."""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from models.entities import SHORT, Document, Subpoena
from models.errors import NotFoundError, ValidationError
from services import audit, trash
from storage.atomic import write_atomically
from storage.uow import UnitOfWork

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class DocumentView:
    id: int
    subpoena_id: int
    filename: str
    media_type: str
    size: int
    added_at: dt.datetime


def attach(uow: UnitOfWork, subpoena_id: int, filename: str, content: bytes) -> DocumentView:
    """Store a file with a subpoena. The bytes live only in the encrypted vault."""
    if uow.session.get(Subpoena, subpoena_id) is None:
        raise NotFoundError(
            f"There is no subpoena with id {subpoena_id}.",
            record="subpoena",
            code="record.not_found",
            params={"record": "subpoena", "id": subpoena_id},
        )
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
    if len(content) > MAX_BYTES:
        raise ValidationError(
            f"document: the file is larger than {MAX_BYTES // (1024 * 1024)} MB",
            record="document",
            field="content",
            code="document.too_large",
            params={"megabytes": MAX_BYTES // (1024 * 1024)},
        )
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    doc = Document(
        subpoena_id=subpoena_id,
        filename=name,
        media_type=media_type,
        content=content,
        added_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )
    uow.session.add(doc)
    uow.session.flush()
    audit.record(
        uow, "create", "document", doc.id, {"subpoena_id": subpoena_id, "bytes": len(content)}
    )
    return _view(doc, len(content))


def _view(doc: Document, size: int) -> DocumentView:
    return DocumentView(doc.id, doc.subpoena_id, doc.filename, doc.media_type, size, doc.added_at)


def list_for_subpoena(uow: UnitOfWork, subpoena_id: int) -> list[DocumentView]:
    """The documents of one subpoena, without loading their contents."""
    rows = uow.session.execute(
        select(
            Document.id,
            Document.subpoena_id,
            Document.filename,
            Document.media_type,
            func.length(Document.content),
            Document.added_at,
        )
        .where(Document.subpoena_id == subpoena_id)
        .order_by(Document.id)
    )
    return [DocumentView(*row) for row in rows]


def read(uow: UnitOfWork, document_id: int) -> bytes:
    doc = uow.session.get(Document, document_id)
    if doc is None:
        raise NotFoundError(
            f"There is no document with id {document_id}.",
            record="document",
            code="record.not_found",
            params={"record": "document", "id": document_id},
        )
    return doc.content


def remove(uow: UnitOfWork, document_id: int) -> None:
    doc = uow.session.get(Document, document_id)
    if doc is None:
        raise NotFoundError(
            f"There is no document with id {document_id}.",
            record="document",
            code="record.not_found",
            params={"record": "document", "id": document_id},
        )
    trash.put(uow, "documents", document_id)


def save_copy(uow: UnitOfWork, document_id: int, target: Path, *, subpoena_id: int | None) -> None:
    """Write a copy of a document outside the vault, owner-only (0600, as reports are), never
    half-written under its real name; a copy outside the vault is an export, so it is audited.
    The caller commits once the file is in place."""
    content = read(uow, document_id)
    write_atomically(target, content)
    audit.record(uow, "export", "document", document_id, {"subpoena_id": subpoena_id})
