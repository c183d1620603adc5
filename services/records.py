"""Create, edit, delete, link and list every kind of case record, with validation and audit.

Each record kind is described once (`SPECS`): its fields, which are required, their types,
vocabularies and length limits, which are sealed, and which refer to other records. Validation,
the interchange format and the views all read the same description, so a field added here is
validated, imported, exported and listed alike.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from models.calendars import CALENDARS
from models.courts import courts
from models.deadline_engine import SERVICE_METHODS
from models.entities import (
    LONG,
    NOTES,
    SHORT,
    Account,
    Client,
    Deadline,
    DocketEvent,
    Matter,
    Staff,
    Subpoena,
)
from models.enums import (
    DeadlineStatus,
    Demand,
    EventKind,
    MatterStatus,
    Platform,
    StaffRole,
    SubpoenaKind,
    SubpoenaStatus,
)
from models.errors import NotFoundError, ValidationError
from services import audit
from storage.uow import UnitOfWork

Kind = Literal["text", "date", "time", "int", "bool", "enum", "enums", "ref", "refs"]
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind = "text"
    required: bool = False
    max_len: int = SHORT
    choices: type[StrEnum] | None = None
    sealed: bool = False
    target: str | None = None  # the record kind a ref/refs field points at
    attr: str | None = None  # the ORM relationship behind a refs field
    multiline: bool = False
    unique: bool = False
    default: Any = None  # stored when the value is absent (NOT NULL columns)
    # Values from the docketing engine's own lists (a calendar, a rule id, saved inputs): never
    # case text, and checked against those lists (check_consistency, check_rule_ids).
    engine_value: bool = False


@dataclass(frozen=True)
class RecordSpec:
    name: str  # plural, as in the interchange format and the command line: "clients"
    singular: str  # as in messages and the audit log: "client"
    entity: type[Any]  # a mapped class of models.entities
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _notes(name: str = "notes") -> Field:
    return Field(name, max_len=NOTES, multiline=True)


SPECS: dict[str, RecordSpec] = {
    spec.name: spec
    for spec in (
        RecordSpec(
            "clients",
            "client",
            Client,
            (
                Field("pseudonym", required=True),
                Field("legal_name", sealed=True),
                Field("contact", max_len=LONG, sealed=True, multiline=True),
                Field("language", max_len=64),
                Field("intake_date", "date"),
                _notes(),
            ),
        ),
        RecordSpec(
            "accounts",
            "account",
            Account,
            (
                Field("platform", "enum", required=True, choices=Platform),
                Field("handle", required=True),
                Field("url", max_len=LONG),
                Field("description", max_len=NOTES, multiline=True),
                Field("client_ids", "refs", target="clients", attr="clients"),
            ),
        ),
        RecordSpec(
            "matters",
            "matter",
            Matter,
            (
                Field("title", required=True),
                Field("status", "enum", required=True, choices=MatterStatus),
                Field("court"),
                Field("case_number"),
                Field("judge"),
                Field("attorney"),
                Field("paralegal"),
                Field("client_ids", "refs", target="clients", attr="clients"),
                Field("opened", "date"),
                Field("closed", "date"),
                _notes(),
            ),
        ),
        RecordSpec(
            "subpoenas",
            "subpoena",
            Subpoena,
            (
                Field("matter_id", "ref", required=True, target="matters"),
                Field("kind", "enum", required=True, choices=SubpoenaKind),
                Field("issuer", required=True),
                Field("recipient", required=True),
                Field("issuing_officer"),
                Field("authority"),
                Field("stated_purpose", max_len=LONG, multiline=True),
                Field("issued", "date"),
                Field("served", "date"),
                Field("user_notified", "date"),
                Field("response_window_days", "int"),
                Field("compliance_date", "date"),
                Field("requested", "enums", choices=Demand, default=""),
                Field("account_ids", "refs", target="accounts", attr="accounts"),
                Field("gag_order", "bool", default=False),
                Field("status", "enum", required=True, choices=SubpoenaStatus),
                _notes(),
            ),
        ),
        RecordSpec(
            "deadlines",
            "deadline",
            Deadline,
            (
                Field("matter_id", "ref", required=True, target="matters"),
                Field("subpoena_id", "ref", target="subpoenas"),
                Field("title", required=True),
                Field("due", "date", required=True),
                Field("due_time", "time"),
                Field("rule_id", max_len=64, engine_value=True),
                Field("trigger_date", "date"),
                Field("citation"),
                Field("trail", max_len=NOTES, multiline=True),
                Field("responsible"),
                Field("status", "enum", required=True, choices=DeadlineStatus),
                _notes(),
                Field("event_id", "ref", target="events"),
                Field("parent_id", "ref", target="deadlines"),
                Field("computed_due", "date"),
                Field("overridden", "bool", default=False),
                Field("calendar", max_len=32, engine_value=True),
                Field("service", max_len=32, engine_value=True),
                Field("court_id", max_len=32, engine_value=True),
                Field("inputs", max_len=NOTES, engine_value=True),
                Field("review", max_len=NOTES, engine_value=True),
            ),
        ),
        RecordSpec(
            "events",
            "docket event",
            DocketEvent,
            (
                Field("matter_id", "ref", required=True, target="matters"),
                Field("date", "date", required=True),
                Field("kind", "enum", required=True, choices=EventKind),
                Field("summary", required=True, max_len=LONG, multiline=True),
                Field("trigger_id", max_len=64, engine_value=True),
            ),
        ),
        RecordSpec(
            "staff",
            "staff member",
            Staff,
            (
                Field("name", required=True, unique=True),
                Field("role", "enum", required=True, choices=StaffRole),
                Field("active", "bool", default=True),
            ),
        ),
    )
}

SEALED_FIELDS = {(s.name, f.name) for s in SPECS.values() for f in s.fields if f.sealed}
MAX_WINDOW_DAYS = 3650
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200  # a date outside is a typo


def spec_for(kind: str) -> RecordSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise ValidationError(
            f"Unknown record kind {kind!r}; expected one of: {', '.join(SPECS)}.",
            code="record.unknown_kind",
            params={"kind": kind},
        ) from None


# ---- validation ------------------------------------------------------------------------------


def _fail(
    spec: RecordSpec, field: Field, problem: str, code: str, **params: Any
) -> ValidationError:
    """`problem` is the English after the field's name; `code` and `params` say the same for
    the GUI, which words it in the reader's language (gui/errors.py)."""
    return ValidationError(
        f"{spec.singular}: {field.name} {problem}",
        record=spec.singular,
        field=field.name,
        code=code,
        params=params,
    )


def _clean_value(spec: RecordSpec, field: Field, value: Any) -> Any:
    """Check one value and turn it into its stored form; None means absent."""
    if value is None or (isinstance(value, str) and not value.strip() and field.kind != "enums"):
        if field.required:
            raise _fail(spec, field, "is required", "field.required")
        return field.default
    kind = field.kind
    if kind == "text":
        if not isinstance(value, str):
            raise _fail(spec, field, "must be text", "field.not_text")
        value = value.strip()
        if len(value) > field.max_len:
            raise _fail(
                spec,
                field,
                f"is longer than {field.max_len} characters ({len(value)})",
                "field.too_long",
                max=field.max_len,
                got=len(value),
            )
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _fail(spec, field, "is not valid Unicode text", "field.not_unicode") from None
        bad = [
            c
            for c in value
            if (unicodedata.category(c) == "Cc" and not (field.multiline and c in "\n\t\r"))
            or (unicodedata.category(c) in ("Zl", "Zp") and not field.multiline)
        ]
        if bad:
            raise _fail(
                spec,
                field,
                "contains control characters" + ("" if field.multiline else " or line breaks"),
                "field.control_characters" if field.multiline else "field.line_breaks",
            )
        return value
    if kind == "date":
        if isinstance(value, dt.datetime):
            raise _fail(spec, field, "must be a date, not a date and time", "field.date_and_time")
        if isinstance(value, dt.date):
            parsed = value
        elif isinstance(value, str) and ISO_DATE.match(value):
            try:
                parsed = dt.date.fromisoformat(value)
            except ValueError:
                raise _fail(
                    spec,
                    field,
                    f"is not a real date: {value!r}",
                    "field.not_a_real_date",
                    value=value,
                ) from None
        else:
            raise _fail(
                spec,
                field,
                f"must be a date as YYYY-MM-DD, not {value!r}",
                "field.not_a_date",
                value=value,
            )
        if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
            raise _fail(
                spec,
                field,
                f"is out of range: {parsed.isoformat()}",
                "field.date_out_of_range",
                date=parsed,
                first=EARLIEST_YEAR,
                last=LATEST_YEAR,
            )
        return parsed
    if kind == "time":
        if isinstance(value, dt.time):
            return value
        if isinstance(value, str) and ISO_TIME.match(value):
            try:
                return dt.time.fromisoformat(value)
            except ValueError:
                pass
        raise _fail(
            spec, field, f"must be a time as HH:MM, not {value!r}", "field.not_a_time", value=value
        )
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(
                spec,
                field,
                f"must be a whole number, not {value!r}",
                "field.not_a_whole_number",
                value=value,
            )
        if not 0 <= value <= MAX_WINDOW_DAYS:
            raise _fail(
                spec,
                field,
                f"must be between 0 and {MAX_WINDOW_DAYS}, not {value}",
                "field.out_of_range",
                low=0,
                high=MAX_WINDOW_DAYS,
                value=value,
            )
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise _fail(
                spec,
                field,
                f"must be true or false, not {value!r}",
                "field.not_yes_or_no",
                value=value,
            )
        return value
    if kind == "enum":
        assert field.choices is not None
        allowed = [m.value for m in field.choices]
        if not isinstance(value, str) or value not in allowed:
            raise _fail(
                spec,
                field,
                f"must be one of {', '.join(allowed)}; got {value!r}",
                "field.not_a_choice",
                value=value,
                allowed=allowed,
            )
        return field.choices(value)
    if kind == "enums":
        assert field.choices is not None
        allowed = [m.value for m in field.choices]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise _fail(spec, field, "must be a list", "field.not_a_list")
        unknown = [v for v in value if v not in allowed]
        if unknown:
            raise _fail(
                spec,
                field,
                f"has unknown value {unknown[0]!r}; allowed: {', '.join(allowed)}",
                "field.not_a_choice",
                value=unknown[0],
                allowed=allowed,
            )
        if len(set(value)) != len(value):
            raise _fail(spec, field, "lists a value twice", "field.listed_twice")
        return ",".join(value)
    if kind == "ref":
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(
                spec,
                field,
                f"must be a record id, not {value!r}",
                "field.not_a_record_id",
                value=value,
            )
        return value
    if kind == "refs":
        if not isinstance(value, list | tuple) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            raise _fail(spec, field, "must be a list of record ids", "field.not_record_ids")
        if len(set(value)) != len(value):
            raise _fail(spec, field, "lists the same record twice", "field.listed_twice")
        return list(value)
    raise AssertionError(kind)


def clean(spec: RecordSpec, data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Validate `data` for a record of `spec`; unknown fields are rejected by name."""
    unknown = [k for k in data if k not in spec.field_names]
    if unknown:
        raise ValidationError(
            f"{spec.singular}: unknown field {unknown[0]!r}",
            record=spec.singular,
            field=unknown[0],
            code="field.unknown",
            params={"name": unknown[0]},
        )
    cleaned: dict[str, Any] = {}
    for field in spec.fields:
        if field.name in data:
            cleaned[field.name] = _clean_value(spec, field, data[field.name])
        elif not partial:
            cleaned[field.name] = _clean_value(spec, field, None)
    return cleaned


def _order(spec: RecordSpec, values: Mapping[str, Any], first: str, second: str) -> None:
    a, b = values.get(first), values.get(second)
    if a is not None and b is not None and b < a:
        raise _fail(
            spec,
            spec.field(second),
            f"({b.isoformat()}) is before the date it was {first} ({a.isoformat()})",
            "field.before",
            date=b,
            other=first,
            then=a,
        )


def _docketing_values(spec: RecordSpec, values: Mapping[str, Any]) -> None:
    """A deadline's calendar, service, court and saved inputs must be ones the docketing
    engine knows: an import must not carry a value later commands would refuse."""

    def refuse(name: str, problem: str) -> ValidationError:
        return _fail(spec, spec.field(name), problem, "field.unknown_value")

    if values.get("calendar") is not None and values["calendar"] not in CALENDARS:
        raise refuse("calendar", f"must be one of {', '.join(CALENDARS)}")
    if values.get("service") is not None and values["service"] not in SERVICE_METHODS:
        raise refuse("service", f"must be one of {', '.join(SERVICE_METHODS)}")
    if values.get("court_id") is not None and values["court_id"] not in courts():
        raise refuse("court_id", f"must be one of {', '.join(courts())}")
    for name, keys in (("inputs", INPUT_KEYS), ("review", REVIEW_KEYS)):
        if values.get(name) is None:
            continue
        try:
            doc = json.loads(values[name])
        except ValueError:
            doc = None
        if not isinstance(doc, dict) or set(doc) - set(keys):
            raise refuse(name, f"must be a JSON object with only {', '.join(keys)}")
        if name == "review":
            try:
                dt.date.fromisoformat(doc["old"]), dt.date.fromisoformat(doc["new"])
            except (KeyError, TypeError, ValueError):
                raise refuse(name, "must give the old and new dates (YYYY-MM-DD)") from None


INPUT_KEYS = ("days", "before", "court_days", "hours", "trigger_time", "service", "compliance")
REVIEW_KEYS = ("reason", "old", "new", "kept", "day")


def check_rule_ids(uow: UnitOfWork, spec: RecordSpec, values: Mapping[str, Any]) -> None:
    """A deadline's rule and an event's trigger must be in this vault's rule book."""
    from services.rulebooks import rulebook_for

    name = {"deadlines": "rule_id", "events": "trigger_id"}.get(spec.name)
    if name is None or values.get(name) is None:
        return
    book = rulebook_for(uow)
    known = book.rules if name == "rule_id" else book.triggers
    if values[name] not in known:
        raise _fail(
            spec,
            spec.field(name),
            "is not a rule Quash or this office's rule sets know (`rules list`)",
            "field.unknown_value",
        )


def check_consistency(spec: RecordSpec, values: Mapping[str, Any]) -> None:
    """Rules between fields of one record."""
    if spec.name == "deadlines":
        _docketing_values(spec, values)
    if spec.name == "subpoenas":
        _order(spec, values, "issued", "served")
        _order(spec, values, "served", "compliance_date")
        _order(spec, values, "issued", "compliance_date")
    elif spec.name == "matters":
        _order(spec, values, "opened", "closed")


# ---- views -----------------------------------------------------------------------------------


class RecordView:
    """Base of the frozen dataclasses services return; ORM objects never leave a service."""

    kind: str

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if isinstance(value, dt.date | dt.time):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out


@dataclass(frozen=True)
class ClientView(RecordView):
    id: int
    pseudonym: str
    legal_name_on_file: bool  # the value itself stays sealed; see reveal()
    contact_on_file: bool
    language: str | None
    intake_date: dt.date | None
    notes: str | None
    kind = "clients"


@dataclass(frozen=True)
class AccountView(RecordView):
    id: int
    platform: str
    handle: str
    url: str | None
    description: str | None
    client_ids: tuple[int, ...]
    kind = "accounts"


@dataclass(frozen=True)
class MatterView(RecordView):
    id: int
    title: str
    status: str
    court: str | None
    case_number: str | None
    judge: str | None
    attorney: str | None
    paralegal: str | None
    client_ids: tuple[int, ...]
    opened: dt.date | None
    closed: dt.date | None
    notes: str | None
    kind = "matters"


@dataclass(frozen=True)
class SubpoenaView(RecordView):
    id: int
    matter_id: int
    kind_of_process: str
    issuer: str
    recipient: str
    issuing_officer: str | None
    authority: str | None
    stated_purpose: str | None
    issued: dt.date | None
    served: dt.date | None
    user_notified: dt.date | None
    response_window_days: int | None
    compliance_date: dt.date | None
    requested: tuple[str, ...]
    account_ids: tuple[int, ...]
    gag_order: bool
    status: str
    notes: str | None
    kind = "subpoenas"


@dataclass(frozen=True)
class DeadlineView(RecordView):
    id: int
    matter_id: int
    subpoena_id: int | None
    title: str
    due: dt.date
    due_time: dt.time | None
    rule_id: str | None
    trigger_date: dt.date | None
    citation: str | None
    trail: str | None
    responsible: str | None
    status: str
    notes: str | None
    event_id: int | None
    parent_id: int | None
    computed_due: dt.date | None
    overridden: bool
    calendar: str | None
    service: str | None
    court_id: str | None
    inputs: str | None
    review: str | None
    kind = "deadlines"


@dataclass(frozen=True)
class EventView(RecordView):
    id: int
    matter_id: int
    date: dt.date
    kind_of_event: str
    summary: str
    trigger_id: str | None
    kind = "events"


@dataclass(frozen=True)
class StaffView(RecordView):
    id: int
    name: str
    role: str
    active: bool
    kind = "staff"


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


def view_of(spec: RecordSpec, entity: Any) -> RecordView:
    values: dict[str, Any] = {"id": entity.id}
    for field in spec.fields:
        if field.sealed:
            values[f"{field.name}_on_file"] = getattr(entity, field.name) is not None
        elif field.kind == "refs":
            assert field.attr is not None
            values[field.name] = tuple(r.id for r in getattr(entity, field.attr))
        elif field.kind == "enums":
            stored = getattr(entity, field.name) or ""
            values[field.name] = tuple(v for v in stored.split(",") if v)
        else:
            values[field.name] = _plain(getattr(entity, field.name))
    if spec.name == "subpoenas":
        values["kind_of_process"] = values.pop("kind")
    elif spec.name == "events":
        values["kind_of_event"] = values.pop("kind")
    return VIEWS[spec.name](**values)


VIEWS: dict[str, type[Any]] = {
    "clients": ClientView,
    "accounts": AccountView,
    "matters": MatterView,
    "subpoenas": SubpoenaView,
    "deadlines": DeadlineView,
    "events": EventView,
    "staff": StaffView,
}


# ---- use cases -------------------------------------------------------------------------------


def _get(uow: UnitOfWork, spec: RecordSpec, record_id: int) -> Any:
    entity = uow.session.get(spec.entity, record_id)
    if entity is None:
        raise NotFoundError(
            f"There is no {spec.singular} with id {record_id}.",
            record=spec.singular,
            code="record.not_found",
            params={"record": spec.singular, "id": record_id},
        )
    return entity


def _resolve_refs(uow: UnitOfWork, spec: RecordSpec, values: Mapping[str, Any]) -> dict[str, Any]:
    """Check every referenced record exists; return the related entities for `refs` fields."""
    related: dict[str, Any] = {}
    for field in spec.fields:
        if field.name not in values or field.kind not in ("ref", "refs"):
            continue
        assert field.target is not None
        target = SPECS[field.target]
        ids = values[field.name]
        if ids is None:
            continue
        wanted = [ids] if field.kind == "ref" else list(ids)
        found = {
            e.id: e
            for e in uow.session.scalars(select(target.entity).where(target.entity.id.in_(wanted)))
        }
        missing = [i for i in wanted if i not in found]
        if missing:
            raise NotFoundError(
                f"{spec.singular}: {field.name} refers to {target.singular} {missing[0]}, "
                "which does not exist",
                record=spec.singular,
                field=field.name,
                code="field.refers_to_nothing",
                params={"record": target.singular, "id": missing[0]},
            )
        if field.kind == "refs":
            assert field.attr is not None
            related[field.attr] = [found[i] for i in wanted]
    return related


def _check_unique(
    uow: UnitOfWork, spec: RecordSpec, values: Mapping[str, Any], record_id: int | None = None
) -> None:
    for field in spec.fields:
        value = values.get(field.name)
        if not field.unique or value is None:
            continue
        query = select(spec.entity.id).where(getattr(spec.entity, field.name) == value)
        if record_id is not None:
            query = query.where(spec.entity.id != record_id)
        if uow.session.scalar(query.limit(1)) is not None:
            raise _fail(
                spec,
                field,
                f"{value!r} is already taken by another {spec.singular}",
                "field.taken",
                value=value,
                record=spec.singular,
            )


def _check_same_matter(uow: UnitOfWork, spec: RecordSpec, values: Mapping[str, Any]) -> None:
    """A deadline's subpoena, triggering event and parent deadline belong to its own matter."""
    if spec.name != "deadlines":
        return
    owners: tuple[tuple[str, type[Any]], ...] = (
        ("subpoena_id", Subpoena),
        ("event_id", DocketEvent),
        ("parent_id", Deadline),
    )
    for name, entity in owners:
        if values.get(name) is None:
            continue
        other = uow.session.get(entity, values[name])
        if other is not None and other.matter_id != values.get("matter_id"):
            raise ValidationError(
                f"deadline: {name} {other.id} belongs to another matter",
                record="deadline",
                field=name,
                code="field.other_matter",
                params={"id": other.id},
            )


def _audit_value(spec: RecordSpec, name: str, value: Any) -> Any:
    if (spec.name, name) in SEALED_FIELDS:
        return "(sealed)"
    if isinstance(value, list):
        return [getattr(v, "id", v) for v in value]
    return _plain(value)


def create(uow: UnitOfWork, kind: str, data: Mapping[str, Any], *, audited: bool = True) -> Any:
    """Validate and add one record; returns its view."""
    spec = spec_for(kind)
    values = clean(spec, data)
    check_consistency(spec, values)
    check_rule_ids(uow, spec, values)
    related = _resolve_refs(uow, spec, values)
    _check_same_matter(uow, spec, values)
    _check_unique(uow, spec, values)
    columns = {f.name: values[f.name] for f in spec.fields if f.kind != "refs"}
    entity = spec.entity(**columns, **related)
    uow.session.add(entity)
    uow.session.flush()
    if audited:
        audit.record(
            uow,
            "create",
            spec.singular,
            entity.id,
            {"fields": sorted(k for k, v in values.items() if v not in (None, []))},
        )
    return view_of(spec, entity)


def update(uow: UnitOfWork, kind: str, record_id: int, changes: Mapping[str, Any]) -> Any:
    """Change some fields of one record; returns the new view. Audits old → new per field
    (sealed values are never written to the log, only that they changed)."""
    spec = spec_for(kind)
    entity = _get(uow, spec, record_id)
    values = clean(spec, changes, partial=True)
    merged = {f.name: getattr(entity, f.name) for f in spec.fields if f.kind != "refs"}
    merged.update(values)
    check_consistency(spec, merged)
    check_rule_ids(uow, spec, merged)
    related = _resolve_refs(uow, spec, values)
    _check_same_matter(uow, spec, merged)
    _check_unique(uow, spec, values, record_id)
    if spec.name == "events" and entity.trigger_id and "date" in values:
        if values["date"] != entity.date:
            raise ValidationError(
                "docket event: this event triggered deadlines; change its date by moving the "
                "trigger (`deadline move-trigger`) so they are recounted",
                record="docket event",
                field="date",
                code="event.moves_deadlines",
            )
    if spec.name == "deadlines" and entity.rule_id and "due" in values:
        if values["due"] != entity.due:
            values["overridden"] = True  # a person set a computed date by hand; keep it
            values["review"] = None  # and has seen it: no recount waits for them any more
    changed: dict[str, Any] = {}
    for name, value in values.items():
        field = spec.field(name)
        if field.kind == "refs":
            assert field.attr is not None
            old = [r.id for r in getattr(entity, field.attr)]
            new_list = related.get(field.attr, [])
            if old != [r.id for r in new_list]:
                setattr(entity, field.attr, new_list)
                changed[name] = [old, [r.id for r in new_list]]
            continue
        old_value = getattr(entity, name)
        if _plain(old_value) != _plain(value):
            setattr(entity, name, value)
            changed[name] = [_audit_value(spec, name, old_value), _audit_value(spec, name, value)]
    if changed:
        uow.session.flush()
        audit.record(uow, "change", spec.singular, entity.id, {"changed": changed})
    return view_of(spec, entity)


def delete(uow: UnitOfWork, kind: str, record_id: int) -> None:
    spec = spec_for(kind)
    entity = _get(uow, spec, record_id)
    uow.session.delete(entity)
    uow.session.flush()
    audit.record(uow, "delete", spec.singular, record_id)


def get(uow: UnitOfWork, kind: str, record_id: int) -> Any:
    spec = spec_for(kind)
    return view_of(spec, _get(uow, spec, record_id))


def list_records(uow: UnitOfWork, kind: str) -> list[Any]:
    spec = spec_for(kind)
    query = select(spec.entity).order_by(spec.entity.id)
    for field in spec.fields:
        if field.kind == "refs":
            assert field.attr is not None
            query = query.options(selectinload(getattr(spec.entity, field.attr)))
    return [view_of(spec, e) for e in uow.session.scalars(query)]


def count(uow: UnitOfWork, kind: str) -> int:
    spec = spec_for(kind)
    return int(uow.session.scalar(select(func.count()).select_from(spec.entity)) or 0)


def _link(
    uow: UnitOfWork, kind: str, record_id: int, field_name: str, target_id: int, add: bool
) -> Any:
    spec = spec_for(kind)
    field = spec.field(field_name)
    assert field.attr is not None and field.target is not None
    entity = _get(uow, spec, record_id)
    current = [r.id for r in getattr(entity, field.attr)]
    if add and target_id in current or not add and target_id not in current:
        return view_of(spec, entity)
    new_ids = current + [target_id] if add else [i for i in current if i != target_id]
    return update(uow, kind, record_id, {field_name: new_ids})


def link_account_to_client(uow: UnitOfWork, account_id: int, client_id: int) -> Any:
    return _link(uow, "accounts", account_id, "client_ids", client_id, add=True)


def unlink_account_from_client(uow: UnitOfWork, account_id: int, client_id: int) -> Any:
    return _link(uow, "accounts", account_id, "client_ids", client_id, add=False)


def link_account_to_subpoena(uow: UnitOfWork, subpoena_id: int, account_id: int) -> Any:
    return _link(uow, "subpoenas", subpoena_id, "account_ids", account_id, add=True)


def unlink_account_from_subpoena(uow: UnitOfWork, subpoena_id: int, account_id: int) -> Any:
    return _link(uow, "subpoenas", subpoena_id, "account_ids", account_id, add=False)


def add_client_to_matter(uow: UnitOfWork, matter_id: int, client_id: int) -> Any:
    return _link(uow, "matters", matter_id, "client_ids", client_id, add=True)


def remove_client_from_matter(uow: UnitOfWork, matter_id: int, client_id: int) -> Any:
    return _link(uow, "matters", matter_id, "client_ids", client_id, add=False)


def set_status(uow: UnitOfWork, kind: str, record_id: int, status: str) -> Any:
    """Move a matter, subpoena or deadline to another status (open → done, received → quashed)."""
    if kind not in ("matters", "subpoenas", "deadlines"):
        raise ValidationError(
            f"{kind} have no status.", code="record.no_status", params={"kind": kind}
        )
    return update(uow, kind, record_id, {"status": status})


def reveal(uow: UnitOfWork, client_id: int, field: str) -> str | None:
    """Show a sealed value on purpose; the audit log records who, which client, which field."""
    if ("clients", field) not in SEALED_FIELDS:
        raise ValidationError(
            f"client: {field} is not a sealed field",
            record="client",
            field=field,
            code="field.not_sealed",
        )
    client = _get(uow, SPECS["clients"], client_id)
    audit.record(uow, "reveal", "client", client_id, {"field": field})
    value: str | None = getattr(client, field)
    return value


def sealed_values(uow: UnitOfWork, client_ids: Sequence[int]) -> dict[int, dict[str, str | None]]:
    """Sealed fields for export with --include-sealed; the caller audits the export."""
    rows = uow.session.scalars(select(Client).where(Client.id.in_(list(client_ids))))
    return {c.id: {"legal_name": c.legal_name, "contact": c.contact} for c in rows}
