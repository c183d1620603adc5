"""Create, edit, delete, link and list every kind of case record, with validation and audit.

What each kind holds and how its values are checked is services.record_kinds; what a read
returns is services.record_views. Both are re-exported here: `records.SPECS`, `records.clean`,
`records.DeadlineView`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from models.entities import (
    Client,
    Deadline,
    DocketEvent,
    Subpoena,
)
from models.errors import NotFoundError, ValidationError
from models.people import Action
from services import audit, people, trash
from services.record_kinds import (
    INPUT_KEYS,
    MAX_WINDOW_DAYS,
    REVIEW_KEYS,
    SEALED_FIELDS,
    SPECS,
    Field,
    RecordSpec,
    check_consistency,
    check_rule_ids,
    clean,
    field_error,
    problems,
    spec_for,
)
from services.record_views import (
    VIEWS,
    AccountView,
    ClientView,
    DeadlineView,
    EventView,
    MatterView,
    RecordView,
    StaffView,
    SubpoenaView,
    plain_value,
    view_of,
)
from storage.uow import UnitOfWork

__all__ = [
    "INPUT_KEYS",
    "MAX_WINDOW_DAYS",
    "REVIEW_KEYS",
    "SEALED_FIELDS",
    "SPECS",
    "VIEWS",
    "AccountView",
    "ClientView",
    "DeadlineView",
    "EventView",
    "Field",
    "MatterView",
    "RecordSpec",
    "RecordView",
    "StaffView",
    "SubpoenaView",
    "check_consistency",
    "check_rule_ids",
    "clean",
    "problems",
    "spec_for",
    "plain_value",
    "view_of",
]


# ---- use cases -------------------------------------------------------------------------------


def _get(uow: UnitOfWork, spec: RecordSpec, record_id: int) -> Any:
    entity = uow.session.get(spec.entity, record_id)
    if entity is None:
        raise NotFoundError.of(spec.singular, record_id)
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
            raise field_error(
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
    return plain_value(value)


def create(uow: UnitOfWork, kind: str, data: Mapping[str, Any], *, audited: bool = True) -> Any:
    """Validate and add one record; returns its view."""
    spec = spec_for(kind)
    values = clean(spec, data)
    _check_sealed_allowed(uow, kind, values)
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


def _check_sealed_allowed(uow: UnitOfWork, kind: str, values: Mapping[str, Any]) -> None:
    """A volunteer never sees sealed fields, so never fills them in either."""
    if any((kind, name) in SEALED_FIELDS and values[name] for name in values):
        people.require(uow.vault, Action.SEE_SEALED)


def counted_date_needs_a_reason() -> ValidationError:
    """A date a rule counted changes only when a person sets it by hand with a reason
    (docketing.edit_deadline / override_due), which recounts what was counted from it."""
    return ValidationError(
        "deadline: a date a rule counted changes only when it is set by hand with a "
        "reason (`deadline override`), so what was counted from it is recounted",
        record="deadline",
        field="due",
        code="deadline.due_set_by_hand_only",
    )


def update(uow: UnitOfWork, kind: str, record_id: int, changes: Mapping[str, Any]) -> Any:
    """Change some fields of one record; returns the new view. Audits old → new per field
    (sealed values are never written to the log, only that they changed)."""
    spec = spec_for(kind)
    entity = _get(uow, spec, record_id)
    values = clean(spec, changes, partial=True)
    _check_sealed_allowed(uow, kind, values)
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
        if values["due"] != entity.due:  # one door: docketing.edit_deadline / override_due
            raise counted_date_needs_a_reason()
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
        if plain_value(old_value) != plain_value(value):
            setattr(entity, name, value)
            changed[name] = [_audit_value(spec, name, old_value), _audit_value(spec, name, value)]
    if changed:
        uow.session.flush()
        audit.record(uow, "change", spec.singular, entity.id, {"changed": changed})
    return view_of(spec, entity)


def delete(uow: UnitOfWork, kind: str, record_id: int) -> None:
    """Delete a record into the trash (services.trash), with what goes with it; restorable
    until the trash is emptied."""
    spec = spec_for(kind)
    if kind == "matters":
        people.require(uow.vault, Action.DELETE_MATTER)
    _get(uow, spec, record_id)
    trash.put(uow, kind, record_id)


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
    people.require(uow.vault, Action.REVEAL_SEALED)
    client = _get(uow, SPECS["clients"], client_id)
    audit.record(uow, "reveal", "client", client_id, {"field": field})
    value: str | None = getattr(client, field)
    return value


def sealed_values(uow: UnitOfWork, client_ids: Sequence[int]) -> dict[int, dict[str, str | None]]:
    """Sealed fields for export with --include-sealed; the caller audits the export."""
    people.require(uow.vault, Action.REVEAL_SEALED)
    rows = uow.session.scalars(select(Client).where(Client.id.in_(list(client_ids))))
    return {c.id: {"legal_name": c.legal_name, "contact": c.contact} for c in rows}
