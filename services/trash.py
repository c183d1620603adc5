"""The trash: a deleted record goes here with everything its deletion took along (a matter's
subpoenas, their documents, its deadlines and docket; a record's links to others), kept inside
the vault as they were, ids, uids and sealed fields included, until a person restores it or
empties the trash. Every delete, restore and empty is audited.

What a deletion takes along is read from the schema itself: rows whose foreign key cascades go
with it, link rows (many-to-many) are kept to be re-linked, and references that are set to
nothing (a deadline's subpoena) are noted to be set back. Lists, reports, search and the
dashboard never see the trash: its records are no longer in their tables."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, Enum, LargeBinary, Table, Time, and_, delete, select, update
from sqlalchemy import func as sql_func
from sqlalchemy.orm import defer

from models.entities import Base, TrashEntry
from models.errors import NotFoundError, ValidationError
from services import audit
from services.record_kinds import SPECS, spec_for
from storage.uow import UnitOfWork

# The tables a deletion may take along, by record kind; anything else (the audit log, drafts,
# settings) never goes to the trash.
RECORD_TABLES = {
    "matters": "matters",
    "clients": "clients",
    "accounts": "accounts",
    "subpoenas": "subpoenas",
    "documents": "documents",
    "deadlines": "deadlines",
    "events": "docket_events",
    "staff": "staff",
}
KIND_OF_TABLE = {table: kind for kind, table in RECORD_TABLES.items()}
# What a person is told goes, in this order.
COUNTED = (
    "matters",
    "clients",
    "accounts",
    "staff",
    "subpoenas",
    "deadlines",
    "events",
    "documents",
)


@dataclass(frozen=True)
class TrashView:
    """One entry of the trash, as listed: never a sealed value."""

    id: int
    kind: str
    record_id: int
    label: str
    counts: dict[str, int]
    deleted_at: dt.datetime
    deleted_by: str


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _is_link(table: Table) -> bool:
    """A many-to-many link table: no id of its own, only the two records it joins."""
    return "id" not in table.c


# ---- what a deletion takes along ---------------------------------------------------------------


@dataclass
class _Taken:
    rows: dict[str, dict[int, dict[str, Any]]]  # table -> id -> column values
    links: dict[str, list[dict[str, Any]]]  # link table -> rows
    nulled: list[tuple[str, str, int, int]]  # (table, column, row id, id it pointed at)


def _collect(uow: UnitOfWork, table_name: str, record_id: int) -> _Taken:
    taken = _Taken({}, {}, [])
    session = uow.session
    todo: list[tuple[str, list[int]]] = [(table_name, [record_id])]
    while todo:
        name, ids = todo.pop(0)
        table = _table(name)
        fresh = [i for i in ids if i not in taken.rows.get(name, {})]
        if not fresh:
            continue
        for row in session.execute(select(table).where(table.c.id.in_(fresh))).mappings():
            taken.rows.setdefault(name, {})[row["id"]] = dict(row)
        for other in Base.metadata.sorted_tables:
            if other.name not in KIND_OF_TABLE and not _is_link(other):
                continue
            for fk in other.foreign_keys:
                if fk.column.table is not table:
                    continue
                where = fk.parent.in_(fresh)
                if _is_link(other):
                    rows = [dict(r) for r in session.execute(select(other).where(where)).mappings()]
                    known = taken.links.setdefault(other.name, [])
                    known.extend(r for r in rows if r not in known)
                elif fk.ondelete == "CASCADE":
                    child_ids = list(session.scalars(select(other.c.id).where(where)))
                    if child_ids:
                        todo.append((other.name, child_ids))
                elif fk.ondelete == "SET NULL":
                    for row_id, target in session.execute(
                        select(other.c.id, fk.parent).where(where)
                    ):
                        taken.nulled.append((other.name, fk.parent.name, row_id, target))
    # a reference from inside what is taken is kept with its row, not set back later
    taken.nulled = [n for n in taken.nulled if n[2] not in taken.rows.get(n[0], {})]
    return taken


def _counts(taken: _Taken, root_table: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table, rows in taken.rows.items():
        n = len(rows) - (1 if table == root_table else 0)
        if n:
            counts[KIND_OF_TABLE[table]] = n
    return _in_order(counts)


def _in_order(counts: Mapping[str, int]) -> dict[str, int]:
    return {k: counts[k] for k in sorted(counts, key=_count_order)}


def _count_order(kind: str) -> tuple[int, str]:
    return (COUNTED.index(kind) if kind in COUNTED else len(COUNTED), kind)


def goes_with(uow: UnitOfWork, kind: str, record_id: int) -> dict[str, int]:
    """What deleting this record takes along, by kind ({"subpoenas": 3, "deadlines": 12, …}),
    for the question a person answers before deleting it."""
    table_name = _table_of(kind)
    _entity(uow, kind, record_id)
    return _counts(_collect(uow, table_name, record_id), table_name)


def _table_of(kind: str) -> str:
    if kind not in RECORD_TABLES:
        spec_for(kind)  # an unknown kind: its own clear error
        raise ValidationError(
            f"{kind} cannot be put in the trash.", code="record.unknown_kind", params={"kind": kind}
        )
    return RECORD_TABLES[kind]


def _entity(uow: UnitOfWork, kind: str, record_id: int) -> Any:
    table = _table(_table_of(kind))
    found = uow.session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if found is None:
        singular = SPECS[kind].singular if kind in SPECS else "document"
        raise NotFoundError.of(singular, record_id)
    return found


# ---- keeping rows as JSON ----------------------------------------------------------------------


def _encode(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in row.items():
        if value is None:
            out[name] = None
        elif isinstance(table.c[name].type, LargeBinary):
            out[name] = base64.b64encode(value).decode("ascii")
        elif isinstance(value, dt.date | dt.time):
            out[name] = value.isoformat()
        elif isinstance(value, str):
            out[name] = str(value)  # an enum member as its stored value
        else:
            out[name] = value
    return out


def _decode(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in row.items():
        kind = table.c[name].type
        if value is None:
            out[name] = None
        elif isinstance(kind, LargeBinary):
            out[name] = base64.b64decode(value)
        elif isinstance(kind, DateTime):
            out[name] = dt.datetime.fromisoformat(value)
        elif isinstance(kind, Date):
            out[name] = dt.date.fromisoformat(value)
        elif isinstance(kind, Time):
            out[name] = dt.time.fromisoformat(value)
        elif isinstance(kind, Enum) and kind.enum_class is not None:
            out[name] = kind.enum_class(value)
        else:
            out[name] = value
    return out


def _label(kind: str, row: Mapping[str, Any]) -> str:
    """How the trash lists it; never a sealed value (a client is its pseudonym)."""
    words = {
        "matters": "title",
        "clients": "pseudonym",
        "accounts": "handle",
        "deadlines": "title",
        "events": "summary",
        "staff": "name",
        "documents": "filename",
    }
    if kind == "subpoenas":
        return f"{row['issuer']} → {row['recipient']}"[:200]
    return str(row.get(words.get(kind, "id"), row["id"]))[:200]


# ---- the use cases -----------------------------------------------------------------------------


def put(uow: UnitOfWork, kind: str, record_id: int) -> TrashView:
    """Delete a record, keeping it and what goes with it in the trash; audited."""
    table_name = _table_of(kind)
    root = _entity(uow, kind, record_id)
    taken = _collect(uow, table_name, record_id)
    counts = _counts(taken, table_name)
    payload = {
        "rows": {
            t: [_encode(_table(t), r) for _, r in sorted(rows.items())]
            for t, rows in taken.rows.items()
        },
        "links": {t: [_encode(_table(t), r) for r in rows] for t, rows in taken.links.items()},
        "nulled": [list(n) for n in taken.nulled],
    }
    entry = TrashEntry(
        kind=kind,
        record_id=record_id,
        label=_label(kind, root),
        counts=json.dumps(counts, sort_keys=True),
        payload=json.dumps(payload, sort_keys=True, separators=(",", ":")),
        deleted_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        deleted_by=uow.actor,
    )
    uow.session.add(entry)
    # Through the ORM where the kind has one, so its cascades run as they always did.
    orm = SPECS[kind].entity if kind in SPECS else None
    if orm is not None:
        uow.session.delete(uow.session.get(orm, record_id))
    else:
        uow.session.execute(delete(_table(table_name)).where(_table(table_name).c.id == record_id))
    uow.session.flush()
    audit.record(
        uow,
        "delete",
        _singular(kind),
        record_id,
        {"trash": entry.id, "with": counts} if counts else {"trash": entry.id},
    )
    return _view(entry)


def _singular(kind: str) -> str:
    return SPECS[kind].singular if kind in SPECS else "document"


def _view(entry: TrashEntry) -> TrashView:
    return TrashView(
        id=entry.id,
        kind=entry.kind,
        record_id=entry.record_id,
        label=entry.label,
        counts=_in_order(json.loads(entry.counts or "{}")),
        deleted_at=entry.deleted_at,
        deleted_by=entry.deleted_by,
    )


def entries(uow: UnitOfWork) -> list[TrashView]:
    """What the trash holds, newest first, without reading what the records held (a deleted
    scan's payload is megabytes; it is stored last, so nothing listed here reads it)."""
    query = (
        select(TrashEntry)
        .options(defer(TrashEntry.payload))
        .order_by(TrashEntry.deleted_at.desc(), TrashEntry.id.desc())
    )
    return [_view(e) for e in uow.session.scalars(query)]


def count(uow: UnitOfWork) -> int:
    return int(uow.session.scalar(select(sql_func.count()).select_from(TrashEntry)) or 0)


def _exists(uow: UnitOfWork, table_name: str, row_id: int) -> bool:
    table = _table(table_name)
    return uow.session.scalar(select(table.c.id).where(table.c.id == row_id)) is not None


def _refusal(entry: TrashEntry, message: str) -> str:
    """Restoring would clash with what the vault now holds: nothing is restored."""
    record = f"{_singular(entry.kind)} {entry.record_id}"
    return f"Cannot restore {record}: {message}. Nothing was restored."


def _check_restorable(
    uow: UnitOfWork, entry: TrashEntry, rows: Mapping[str, list[dict[str, Any]]]
) -> None:
    """One clear refusal, before anything is written, for what the vault now holds."""
    ours = {t: {r["id"] for r in rs} for t, rs in rows.items()}
    for table_name, table_rows in rows.items():
        table = _table(table_name)
        kind = KIND_OF_TABLE[table_name]
        for row in table_rows:
            if _exists(uow, table_name, row["id"]):
                raise ValidationError(
                    _refusal(entry, f"its number is now used by another {_singular(kind)}"),
                    code="trash.id_taken",
                    params={"record": _singular(entry.kind), "label": entry.label, "id": row["id"]},
                )
            for field in SPECS[kind].fields if kind in SPECS else ():
                value = row.get(field.name)
                if field.unique and value is not None:
                    taken = uow.session.scalar(
                        select(table.c.id).where(table.c[field.name] == value).limit(1)
                    )
                    if taken is not None:
                        raise ValidationError(
                            _refusal(entry, f"{value!r} has since been given to another"),
                            code="trash.value_taken",
                            params={
                                "record": _singular(entry.kind),
                                "label": entry.label,
                                "value": value,
                            },
                        )
            # Its global id comes back with it, so it must still be free: an import since may
            # have brought the same record back (a file exported before it was deleted).
            # Entries kept before records had uids (migration 0012) have none: restored, they
            # get a new one.
            uid = row.get("uid")
            if uid is not None and "uid" in table.c:
                held = uow.session.scalar(select(table.c.id).where(table.c.uid == uid).limit(1))
                if held is not None:
                    raise ValidationError(
                        _refusal(
                            entry,
                            f"its global id {uid} has since been given to {_singular(kind)} {held}",
                        ),
                        code="trash.value_taken",
                        params={
                            "record": _singular(entry.kind),
                            "label": entry.label,
                            "value": uid,
                        },
                    )
            for fk in table.foreign_keys:
                target = row.get(fk.parent.name)
                if target is None or fk.parent.nullable:
                    continue
                target_table = fk.column.table.name
                if target in ours.get(target_table, set()):
                    continue
                if not _exists(uow, target_table, target):
                    owner = _singular(KIND_OF_TABLE.get(target_table, target_table))
                    raise ValidationError(
                        _refusal(entry, f"the {owner} it belongs to ({target}) is gone"),
                        code="trash.owner_missing",
                        params={"record": _singular(entry.kind), "label": entry.label},
                    )


def restore(uow: UnitOfWork, entry_id: int) -> TrashView:
    """Put a deleted record back as it was, with what went with it: the same ids, links to the
    records that are still here, references set back. A clash changes nothing."""
    entry = uow.session.get(TrashEntry, entry_id)
    if entry is None:
        raise NotFoundError(
            f"There is nothing in the trash with id {entry_id}.",
            record="trash",
            code="trash.not_found",
            params={"id": entry_id},
        )
    view = _view(entry)
    payload = json.loads(entry.payload)
    rows: dict[str, list[dict[str, Any]]] = payload["rows"]
    _check_restorable(uow, entry, rows)
    ours = {t: {r["id"] for r in rs} for t, rs in rows.items()}
    session = uow.session
    for table in Base.metadata.sorted_tables:  # owners before what they own
        if table.name not in rows:
            continue
        for row in sorted(rows[table.name], key=lambda r: r["id"]):  # parents before children
            values = _decode(table, row)
            for fk in table.foreign_keys:  # an optional link to something gone stays empty
                target = values.get(fk.parent.name)
                target_table = fk.column.table.name
                if (
                    target is not None
                    and fk.parent.nullable
                    and target not in ours.get(target_table, set())
                    and not _exists(uow, target_table, target)
                ):
                    values[fk.parent.name] = None
            session.execute(table.insert().values(**values))
    relinked = 0
    for table_name, link_rows in payload["links"].items():
        table = _table(table_name)
        for row in link_rows:
            values = _decode(table, row)
            ends = [(fk.column.table.name, values[fk.parent.name]) for fk in table.foreign_keys]
            if not all(_exists(uow, t, i) for t, i in ends):
                continue  # the other record is gone (in the trash itself, perhaps)
            present = session.execute(
                select(table).where(and_(*(table.c[k] == v for k, v in values.items())))
            ).first()
            if present is None:
                session.execute(table.insert().values(**values))
                relinked += 1
    for table_name, column, row_id, target in payload["nulled"]:
        table = _table(table_name)
        session.execute(
            update(table)
            .where(table.c.id == row_id, table.c[column].is_(None))
            .values({column: target})
        )
    session.delete(entry)
    session.flush()
    session.expire_all()  # the ORM learns of the rows written beside it
    audit.record(
        uow,
        "restore",
        _singular(view.kind),
        view.record_id,
        {"trash": view.id, "with": view.counts} if view.counts else {"trash": view.id},
    )
    return view


def empty(uow: UnitOfWork, entry_ids: Iterable[int] | None = None) -> dict[str, int]:
    """Delete for good what the trash holds (or only these entries); audited. Returns what
    went, by kind, records and what they took along together."""
    query = select(TrashEntry).options(defer(TrashEntry.payload))  # deleted unread
    if entry_ids is not None:
        query = query.where(TrashEntry.id.in_(list(entry_ids)))
    gone = list(uow.session.scalars(query))
    totals = what_goes(_view(e) for e in gone)
    for entry in gone:
        uow.session.delete(entry)
    uow.session.flush()
    if gone:
        audit.record(uow, "empty", "trash", None, {"entries": [e.id for e in gone], "with": totals})
    return totals


def what_goes(views: Iterable[TrashView]) -> dict[str, int]:
    """Records and what they took along, added up by kind: what emptying them deletes."""
    totals: dict[str, int] = {}
    for view in views:
        totals[view.kind] = totals.get(view.kind, 0) + 1
        for kind, n in view.counts.items():
            totals[kind] = totals.get(kind, 0) + n
    return _in_order(totals)
