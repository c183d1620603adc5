"""What each kind of case record holds, and how a value is checked before it is stored.

Each record kind is described once (`SPECS`): its fields, which are required, their types,
vocabularies and length limits, which are sealed, and which refer to other records. Validation,
the interchange format and the views all read the same description, so a field added here is
validated, imported, exported and listed alike. The use cases are in services.records.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

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
from models.errors import ValidationError
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

    @functools.cached_property
    def field_names(self) -> tuple[str, ...]:  # asked for each record of a large import
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


def field_error(
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
            raise field_error(spec, field, "is required", "field.required")
        return field.default
    kind = field.kind
    if kind == "text":
        if not isinstance(value, str):
            raise field_error(spec, field, "must be text", "field.not_text")
        value = value.strip()
        if len(value) > field.max_len:
            raise field_error(
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
            raise field_error(
                spec, field, "is not valid Unicode text", "field.not_unicode"
            ) from None
        # Cc, Zl and Zp are never printable: most text needs no look at each character.
        bad = [
            c
            for c in ("" if value.isprintable() else value)
            if (unicodedata.category(c) == "Cc" and not (field.multiline and c in "\n\t\r"))
            or (unicodedata.category(c) in ("Zl", "Zp") and not field.multiline)
        ]
        if bad:
            raise field_error(
                spec,
                field,
                "contains control characters" + ("" if field.multiline else " or line breaks"),
                "field.control_characters" if field.multiline else "field.line_breaks",
            )
        return value
    if kind == "date":
        if isinstance(value, dt.datetime):
            raise field_error(
                spec, field, "must be a date, not a date and time", "field.date_and_time"
            )
        if isinstance(value, dt.date):
            parsed = value
        elif isinstance(value, str) and ISO_DATE.match(value):
            try:
                parsed = dt.date.fromisoformat(value)
            except ValueError:
                raise field_error(
                    spec,
                    field,
                    f"is not a real date: {value!r}",
                    "field.not_a_real_date",
                    value=value,
                ) from None
        else:
            raise field_error(
                spec,
                field,
                f"must be a date as YYYY-MM-DD, not {value!r}",
                "field.not_a_date",
                value=value,
            )
        if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
            raise field_error(
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
        raise field_error(
            spec, field, f"must be a time as HH:MM, not {value!r}", "field.not_a_time", value=value
        )
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise field_error(
                spec,
                field,
                f"must be a whole number, not {value!r}",
                "field.not_a_whole_number",
                value=value,
            )
        if not 0 <= value <= MAX_WINDOW_DAYS:
            raise field_error(
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
            raise field_error(
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
            raise field_error(
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
            raise field_error(spec, field, "must be a list", "field.not_a_list")
        unknown = [v for v in value if v not in allowed]
        if unknown:
            raise field_error(
                spec,
                field,
                f"has unknown value {unknown[0]!r}; allowed: {', '.join(allowed)}",
                "field.not_a_choice",
                value=unknown[0],
                allowed=allowed,
            )
        if len(set(value)) != len(value):
            raise field_error(spec, field, "lists a value twice", "field.listed_twice")
        return ",".join(value)
    if kind == "ref":
        if isinstance(value, bool) or not isinstance(value, int):
            raise field_error(
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
            raise field_error(spec, field, "must be a list of record ids", "field.not_record_ids")
        if len(set(value)) != len(value):
            raise field_error(spec, field, "lists the same record twice", "field.listed_twice")
        return list(value)
    raise AssertionError(kind)


def _cleaned(
    spec: RecordSpec, data: Mapping[str, Any], partial: bool
) -> tuple[dict[str, Any], list[ValidationError]]:
    """Every value checked: the stored form of those that pass, and a problem for each that
    does not (unknown fields first, then the fields in the spec's order)."""
    problems = [
        ValidationError(
            f"{spec.singular}: unknown field {name!r}",
            record=spec.singular,
            field=name,
            code="field.unknown",
            params={"name": name},
        )
        for name in data
        if name not in spec.field_names
    ]
    cleaned: dict[str, Any] = {}
    for field in spec.fields:
        if field.name not in data and partial:
            continue
        try:
            cleaned[field.name] = _clean_value(spec, field, data.get(field.name))
        except ValidationError as exc:
            problems.append(exc)
    return cleaned, problems


def clean(spec: RecordSpec, data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Validate `data` for a record of `spec`; unknown fields are rejected by name. Raises the
    first of `problems(spec, data)`'s field problems."""
    cleaned, problems = _cleaned(spec, data, partial)
    if problems:
        raise problems[0]
    return cleaned


def problems(
    spec: RecordSpec, data: Mapping[str, Any], *, partial: bool = False
) -> list[ValidationError]:
    """Every problem of a form at once, by the same checks as `clean` and
    `check_consistency`: each field's own, then the rules between fields whose values passed.
    Empty when `clean` and `check_consistency` would both accept `data`."""
    cleaned, found = _cleaned(spec, data, partial)
    in_error = {p.field for p in found}
    return found + [p for p in consistency_problems(spec, cleaned) if p.field not in in_error]


def _order(
    spec: RecordSpec, values: Mapping[str, Any], first: str, second: str
) -> ValidationError | None:
    a, b = values.get(first), values.get(second)
    if a is not None and b is not None and b < a:
        return field_error(
            spec,
            spec.field(second),
            f"({b.isoformat()}) is before the date it was {first} ({a.isoformat()})",
            "field.before",
            date=b,
            other=first,
            then=a,
        )
    return None


def _docketing_values(spec: RecordSpec, values: Mapping[str, Any]) -> None:
    """A deadline's calendar, service, court and saved inputs must be ones the docketing
    engine knows: an import must not carry a value later commands would refuse."""

    def refuse(name: str, problem: str) -> ValidationError:
        return field_error(spec, spec.field(name), problem, "field.unknown_value")

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
        raise field_error(
            spec,
            spec.field(name),
            "is not a rule Quash or this office's rule sets know (`rules list`)",
            "field.unknown_value",
        )


ORDERED_DATES = {
    "subpoenas": (
        ("issued", "served"),
        ("served", "compliance_date"),
        ("issued", "compliance_date"),
    ),
    "matters": (("opened", "closed"),),
}


def consistency_problems(spec: RecordSpec, values: Mapping[str, Any]) -> list[ValidationError]:
    """Every broken rule between fields of one record (one problem per field at most)."""
    found: list[ValidationError] = []
    if spec.name == "deadlines":
        try:
            _docketing_values(spec, values)
        except ValidationError as exc:
            found.append(exc)
    for first, second in ORDERED_DATES.get(spec.name, ()):
        problem = _order(spec, values, first, second)
        if problem is not None and all(p.field != problem.field for p in found):
            found.append(problem)
    return found


def check_consistency(spec: RecordSpec, values: Mapping[str, Any]) -> None:
    """Rules between fields of one record; raises the first of `consistency_problems`."""
    found = consistency_problems(spec, values)
    if found:
        raise found[0]
