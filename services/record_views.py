"""The frozen views services hand the front-ends, one per kind of record: ORM objects never
leave a service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from services.record_kinds import RecordSpec

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


def plain_value(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


def view_of(spec: RecordSpec, entity: Any) -> RecordView:
    stored: list[Any] = []
    for field in spec.fields:
        if field.sealed:
            stored.append(getattr(entity, field.name) is not None)
        elif field.kind == "refs":
            assert field.attr is not None
            stored.append(tuple(r.id for r in getattr(entity, field.attr)))
        else:
            stored.append(getattr(entity, field.name))
    return _view(spec, entity.id, stored)


def row_columns(spec: RecordSpec) -> list[Any] | None:
    """What to select for `spec`'s views straight from its table, for `view_of_row`: a list's
    page of a hundred rows costs about half as much without an ORM object each, and a sealed field
    is read only as whether it is on file. None for a kind that links other records (those
    views come from `view_of`)."""
    if any(field.kind == "refs" for field in spec.fields):
        return None
    columns = [spec.entity.id]
    for field in spec.fields:
        column = getattr(spec.entity, field.name)
        columns.append(column.is_not(None) if field.sealed else column)
    return columns


def view_of_row(spec: RecordSpec, row: Sequence[Any]) -> RecordView:
    """The view of a row selected with `row_columns(spec)`."""
    return _view(spec, row[0], row[1:])


def _view(spec: RecordSpec, record_id: int, stored: Sequence[Any]) -> RecordView:
    values: dict[str, Any] = {"id": record_id}
    for field, value in zip(spec.fields, stored, strict=True):
        if field.sealed:
            values[f"{field.name}_on_file"] = bool(value)
        elif field.kind == "enums":
            values[field.name] = tuple(v for v in (value or "").split(",") if v)
        else:
            values[field.name] = plain_value(value)
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
