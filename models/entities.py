"""SQLAlchemy 2.0 typed entities: the tables of one vault.

Sealed fields (a client's legal name and contact details) are ordinary columns: the whole
database is encrypted at rest, and sealing is enforced where data leaves the vault
(services, exports, reports, logs), with every reveal audited.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from models.enums import (
    DeadlineStatus,
    EventKind,
    MatterStatus,
    Platform,
    StaffRole,
    SubpoenaKind,
    SubpoenaStatus,
)

SHORT = 200  # names, titles, handles, case numbers
LONG = 2000  # descriptions, summaries, stated purposes
NOTES = 20000  # free-text notes

# Columns that hold a file or a whole record, each its table's last column (migration 0019):
# SQLite keeps a row's columns in order and a value larger than a page on a chain of overflow
# pages, so reading any column stored after such a value reads all of it (a list of scans read
# every byte of every scan). tests/integration/test_migrations.py holds every table to this.
LARGE_VALUES = {
    "documents": "content",
    "templates": "content",
    "trash": "payload",
    "drafts": "payload",
}


def _enum(kind: type[StrEnum], name: str) -> Enum:
    return Enum(
        kind,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    pass


client_accounts = Table(
    "client_accounts",
    Base.metadata,
    Column("client_id", ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
)

matter_clients = Table(
    "matter_clients",
    Base.metadata,
    Column("matter_id", ForeignKey("matters.id", ondelete="CASCADE"), primary_key=True),
    Column("client_id", ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
)

subpoena_accounts = Table(
    "subpoena_accounts",
    Base.metadata,
    Column("subpoena_id", ForeignKey("subpoenas.id", ondelete="CASCADE"), primary_key=True),
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
)


class VaultSetting(Base):
    """Small key/value facts about the vault itself: office name, creation date."""

    __tablename__ = "vault_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    role: Mapped[StaffRole] = mapped_column(_enum(StaffRole, "staff_role"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Their id in the key file (a person's slot names them by it, never by name) and the
    # public half of their signing key: None for a name on the list who has no key yet.
    uid: Mapped[str | None] = mapped_column(
        String(36), index=True, unique=True, default=lambda: str(uuid.uuid4())
    )
    verify_key: Mapped[str | None] = mapped_column(String(64))


class Client(Base):
    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # A stable global id beside the local one, the same in every vault the record reaches
    # (interchange files, a later merge of case files); never changed (migration 0012).
    uid: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, default=lambda: str(uuid.uuid4())
    )
    pseudonym: Mapped[str] = mapped_column(String(SHORT), index=True)
    legal_name: Mapped[str | None] = mapped_column(String(SHORT))  # sealed
    contact: Mapped[str | None] = mapped_column(String(LONG))  # sealed
    language: Mapped[str | None] = mapped_column(String(64))
    intake_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    accounts: Mapped[list[Account]] = relationship(
        secondary=client_accounts, back_populates="clients", order_by="Account.id"
    )
    matters: Mapped[list[Matter]] = relationship(
        secondary=matter_clients, back_populates="clients", order_by="Matter.id"
    )


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, default=lambda: str(uuid.uuid4())
    )
    platform: Mapped[Platform] = mapped_column(_enum(Platform, "platform"))
    handle: Mapped[str] = mapped_column(String(SHORT), index=True)
    url: Mapped[str | None] = mapped_column(String(LONG))
    description: Mapped[str | None] = mapped_column(Text)

    clients: Mapped[list[Client]] = relationship(
        secondary=client_accounts, back_populates="accounts", order_by="Client.id"
    )
    subpoenas: Mapped[list[Subpoena]] = relationship(
        secondary=subpoena_accounts, back_populates="accounts", order_by="Subpoena.id"
    )


class Matter(Base):
    __tablename__ = "matters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, default=lambda: str(uuid.uuid4())
    )
    title: Mapped[str] = mapped_column(String(SHORT))
    status: Mapped[MatterStatus] = mapped_column(_enum(MatterStatus, "matter_status"), index=True)
    court: Mapped[str | None] = mapped_column(String(SHORT))
    case_number: Mapped[str | None] = mapped_column(String(SHORT), index=True)
    judge: Mapped[str | None] = mapped_column(String(SHORT))
    # Indexed so the people pick-lists read the distinct names, not every matter.
    attorney: Mapped[str | None] = mapped_column(String(SHORT), index=True)
    paralegal: Mapped[str | None] = mapped_column(String(SHORT), index=True)
    opened: Mapped[dt.date | None] = mapped_column(Date)
    closed: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    clients: Mapped[list[Client]] = relationship(
        secondary=matter_clients, back_populates="matters", order_by="Client.id"
    )
    subpoenas: Mapped[list[Subpoena]] = relationship(
        back_populates="matter", cascade="all, delete-orphan", order_by="Subpoena.id"
    )
    deadlines: Mapped[list[Deadline]] = relationship(
        back_populates="matter", cascade="all, delete-orphan", order_by="Deadline.due"
    )
    events: Mapped[list[DocketEvent]] = relationship(
        back_populates="matter", cascade="all, delete-orphan", order_by="DocketEvent.date"
    )
    documents: Mapped[list[Document]] = relationship(
        back_populates="matter", cascade="all, delete-orphan", order_by="Document.id"
    )


class Subpoena(Base):
    """Legal process received: a subpoena, summons, order or warrant aimed at an account."""

    __tablename__ = "subpoenas"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, default=lambda: str(uuid.uuid4())
    )
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    kind: Mapped[SubpoenaKind] = mapped_column(_enum(SubpoenaKind, "subpoena_kind"))
    issuer: Mapped[str] = mapped_column(String(SHORT), index=True)
    recipient: Mapped[str] = mapped_column(String(SHORT), index=True)
    issuing_officer: Mapped[str | None] = mapped_column(String(SHORT))
    authority: Mapped[str | None] = mapped_column(String(SHORT))
    stated_purpose: Mapped[str | None] = mapped_column(String(LONG))
    issued: Mapped[dt.date | None] = mapped_column(Date)
    served: Mapped[dt.date | None] = mapped_column(Date)
    user_notified: Mapped[dt.date | None] = mapped_column(Date)
    response_window_days: Mapped[int | None] = mapped_column(Integer)
    compliance_date: Mapped[dt.date | None] = mapped_column(Date)
    # Comma-separated Demand values, kept in the order the notice lists them.
    requested: Mapped[str] = mapped_column(String(LONG), default="")
    gag_order: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[SubpoenaStatus] = mapped_column(
        _enum(SubpoenaStatus, "subpoena_status"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)

    matter: Mapped[Matter] = relationship(back_populates="subpoenas")
    accounts: Mapped[list[Account]] = relationship(
        secondary=subpoena_accounts, back_populates="subpoenas", order_by="Account.id"
    )
    documents: Mapped[list[Document]] = relationship(
        back_populates="subpoena", cascade="all, delete-orphan", order_by="Document.id"
    )


class Document(Base):
    """A scanned page or file (the subpoena, the platform's notice, an order, a filed motion),
    stored inside the vault. It belongs to a matter, and to one of its subpoenas or docket
    events, or to the matter alone."""

    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint("subpoena_id IS NULL OR event_id IS NULL", name="documents_one_owner"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, default=lambda: str(uuid.uuid4())
    )
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    subpoena_id: Mapped[int | None] = mapped_column(
        ForeignKey("subpoenas.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("docket_events.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(SHORT))
    media_type: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    content: Mapped[bytes] = mapped_column(LargeBinary)  # last: see LARGE_VALUES

    subpoena: Mapped[Subpoena | None] = relationship(back_populates="documents")
    event: Mapped[DocketEvent | None] = relationship(back_populates="documents")
    matter: Mapped[Matter] = relationship(back_populates="documents")


class Deadline(Base):
    __tablename__ = "deadlines"
    # The dashboard and reports ask "open, due before X" of 100,000 deadlines; the list's text
    # filter counts and pages its matches from this index alone, without reading each row.
    __table_args__ = (
        Index("ix_deadlines_status_due_text", "status", "due", "title", "responsible", "citation"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, default=lambda: str(uuid.uuid4())
    )
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    subpoena_id: Mapped[int | None] = mapped_column(
        ForeignKey("subpoenas.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(SHORT))
    due: Mapped[dt.date] = mapped_column(Date, index=True)
    due_time: Mapped[dt.time | None] = mapped_column(Time)
    rule_id: Mapped[str | None] = mapped_column(String(64))
    trigger_date: Mapped[dt.date | None] = mapped_column(Date)
    citation: Mapped[str | None] = mapped_column(String(SHORT))
    # The computation trail, one step per line, as the deadline engine explained it.
    trail: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(String(SHORT), index=True)
    # Filtering by status uses ix_deadlines_status_due_text, whose first column it is.
    status: Mapped[DeadlineStatus] = mapped_column(_enum(DeadlineStatus, "deadline_status"))
    notes: Mapped[str | None] = mapped_column(Text)
    # Docketing: the event that triggered this deadline, the deadline it was counted from in a
    # chain, what the engine computed, and whether a person set the date by hand instead.
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("docket_events.id", ondelete="SET NULL"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("deadlines.id", ondelete="SET NULL"), index=True
    )
    computed_due: Mapped[dt.date | None] = mapped_column(Date)
    overridden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    calendar: Mapped[str | None] = mapped_column(String(32))
    service: Mapped[str | None] = mapped_column(String(32))
    # The court it was counted for (models/courts.toml), what the person gave the rule (JSON:
    # days, hours, service, compliance...), so it can be recounted, the calendar data it was
    # counted on (CourtCalendar.fingerprint), and a recount that moved it, for a person to
    # confirm (JSON: why, old and new date), or None.
    court_id: Mapped[str | None] = mapped_column(String(32))
    inputs: Mapped[str | None] = mapped_column(Text)
    calendar_version: Mapped[str | None] = mapped_column(String(32))
    review: Mapped[str | None] = mapped_column(Text)

    matter: Mapped[Matter] = relationship(back_populates="deadlines")
    subpoena: Mapped[Subpoena | None] = relationship()
    event: Mapped[DocketEvent | None] = relationship()
    parent: Mapped[Deadline | None] = relationship(remote_side=[id])


class DocketEvent(Base):
    __tablename__ = "docket_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, default=lambda: str(uuid.uuid4())
    )
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind, "event_kind"))
    summary: Mapped[str] = mapped_column(String(LONG))
    trigger_id: Mapped[str | None] = mapped_column(String(64))  # a rule book trigger, if docketed

    matter: Mapped[Matter] = relationship(back_populates="events")
    documents: Mapped[list[Document]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Document.id"
    )


class ClosureDay(Base):
    """A day a court or its clerk's office was closed or inaccessible (FRCP 6(a)(3)), for one
    court (models/courts.toml) or, with no court, for every court."""

    __tablename__ = "closure_days"
    __table_args__ = (UniqueConstraint("day", "court_id", name="uq_closure_days_day_court"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    # "" (not NULL, so the pair stays unique): every court.
    court_id: Mapped[str] = mapped_column(String(16), default="", server_default="")
    reason: Mapped[str] = mapped_column(String(SHORT))


class OfficeRuleSet(Base):
    """A rule set an office wrote (a judge's standing order), as TOML, validated like the
    shipped ones (models/rules/) before it is stored."""

    __tablename__ = "office_rulesets"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT))
    text: Mapped[str] = mapped_column(Text)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Draft(Base):
    """An editor's unsaved state, kept (encrypted, in the vault) while the vault was locked."""

    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[int | None] = mapped_column(Integer)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime)
    payload: Mapped[str] = mapped_column(Text)  # JSON of the editor's fields; last: LARGE_VALUES


class TrashEntry(Base):
    """A deleted record and everything its deletion took with it (services.trash), kept inside
    the vault, as they were, until the trash is emptied. `payload` is JSON of the rows; it may
    hold sealed values, so it never leaves the vault and is never shown or logged."""

    __tablename__ = "trash"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # a record kind: matters, clients, ...
    record_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(SHORT))  # never a sealed value
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON: what went with it
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    deleted_by: Mapped[str] = mapped_column(String(SHORT))
    payload: Mapped[str] = mapped_column(Text)  # last: see LARGE_VALUES


class AuditEntry(Base):
    """One line of the hash-chained audit log: who did what, when. Never holds sealed values."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(40))  # UTC, ISO 8601, to the microsecond
    actor: Mapped[str] = mapped_column(String(SHORT))
    action: Mapped[str] = mapped_column(String(32), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The person whose key signed the entry (staff.uid) and the Ed25519 signature of its
    # hash; None for entries written before people had keys, or with the recovery key.
    signer: Mapped[str | None] = mapped_column(String(36))
    signature: Mapped[str | None] = mapped_column(String(100))


class DraftTemplate(Base):
    """An office's own .docx template with merge fields (services.drafting), kept inside the
    vault: its wording may name clients or strategy. The shipped templates live beside the
    reports (reports/templates/) and are not stored here."""

    __tablename__ = "templates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, default=lambda: str(uuid.uuid4())
    )
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    language: Mapped[str] = mapped_column(String(8))  # the letter's language: "en" or "es"
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(SHORT))
    content: Mapped[bytes] = mapped_column(LargeBinary)  # last: see LARGE_VALUES
