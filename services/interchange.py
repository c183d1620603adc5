"""Interchange format v1: a lossless JSON form of a vault's case data, for import and export.

    {"format": "quash-interchange", "version": 1,
     "clients": [], "accounts": [], "matters": [], "subpoenas": [], "deadlines": [], "events": []}

Every record has a string `id` unique in the file; references (`client_ids`, `matter_id`,
`account_ids`, `subpoena_id`) use those ids. Every record may carry its `uid`, the stable global
id it keeps in every vault (a UUID, lowercase 8-4-4-4-12); an export always writes it, an import
keeps it, or gives the record a new one when the file has none. Fields are those of
`services.records.SPECS`. An import is validated whole before anything is written and then
written in one transaction.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import selectinload

from models.calendars import CourtCalendar
from models.entities import (
    Account,
    Client,
    Deadline,
    DocketEvent,
    Matter,
    Subpoena,
    client_accounts,
    matter_clients,
    subpoena_accounts,
)
from models.errors import ValidationError
from models.people import Action
from models.tasks import NO_TASK, Task
from services import audit, conflicts, people
from services.conflicts import ImportConflicts, IncomingAccount, IncomingClient
from services.records import (
    SPECS,
    RecordSpec,
    check_consistency,
    check_rule_ids,
    clean,
    plain_value,
)
from storage import search_index
from storage.uow import UnitOfWork

FORMAT = "quash-interchange"
VERSION = 1
# Import order: every record's references point at sections already read.
SECTIONS = ("clients", "accounts", "matters", "subpoenas", "events", "deadlines")
ENTITIES: dict[str, type[Any]] = {
    "clients": Client,
    "accounts": Account,
    "matters": Matter,
    "subpoenas": Subpoena,
    "deadlines": Deadline,
    "events": DocketEvent,
}
ID_PREFIX = {
    "clients": "client",
    "accounts": "account",
    "matters": "matter",
    "subpoenas": "subpoena",
    "deadlines": "deadline",
    "events": "event",
}
MAX_RECORDS = 2_000_000
EXAMPLE_UID = "3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f"  # for the message that refuses one
# A uid as Quash writes it (str(uuid4())): only this spelling, so one record never has two.
UID_FORM = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Per section, each record's file id and its cleaned values (references still as file ids; the
# record's uid under "uid", None when the file gives none).
Validated = dict[str, list[tuple[str, dict[str, Any]]]]


def _where(section: str, index: int, record: Mapping[str, Any]) -> str:
    rid = record.get("id") if isinstance(record, Mapping) else None
    return f"{section}[{index}]" + (f" (id {rid!r})" if isinstance(rid, str) else "")


def _shown(value: Any) -> str:
    """A value as an error line quotes it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _problem(spec: RecordSpec, error: ValidationError) -> str:
    text = str(error)
    prefix = f"{spec.singular}: "
    return text[len(prefix) :] if text.startswith(prefix) else text


def validate(doc: Any) -> Validated:
    """Check a parsed interchange document completely. Returns, per section, each record's
    file id and its cleaned values, with references still as file ids."""
    if not isinstance(doc, dict):
        raise ValidationError(
            "The file is not an interchange document (expected a JSON object).",
            code="import.not_a_document",
        )
    if doc.get("format") != FORMAT:
        raise ValidationError(
            f'The file\'s "format" must be {FORMAT!r}.',
            field="format",
            code="import.wrong_format",
            params={"expected": FORMAT},
        )
    version = doc.get("version")
    if type(version) is not int or version != VERSION:
        raise ValidationError(
            f"Interchange version {doc.get('version')!r} is not supported "
            f"(this Quash reads {VERSION}).",
            field="version",
            code="import.unsupported_version",
            params={"version": doc.get("version"), "supported": VERSION},
        )
    unknown = [k for k in doc if k not in ("format", "version", *SECTIONS)]
    if unknown:
        raise ValidationError(
            f"Unknown top-level field {unknown[0]!r}.",
            field=unknown[0],
            code="import.unknown_section",
            params={"name": unknown[0]},
        )

    seen_ids: dict[str, str] = {}  # file id -> section
    seen_uids: dict[str, str] = {}  # uid -> where in the file
    result: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    total = 0
    for section in SECTIONS:
        records = doc.get(section, [])
        if records is None:
            records = []
        if not isinstance(records, list):
            raise ValidationError(
                f'"{section}" must be a list.',
                record=section,
                code="import.section_not_a_list",
                params={"section": section},
            )
        total += len(records)
        if total > MAX_RECORDS:
            raise ValidationError(
                f"The file holds more than {MAX_RECORDS:,} records.",
                code="import.too_many_records",
                params={"max": MAX_RECORDS},
            )
        spec = SPECS[section]
        cleaned_section = []
        for index, record in enumerate(records):
            where = _where(section, index, record)
            if not isinstance(record, dict):
                raise ValidationError(
                    f"{where}: each record must be a JSON object.",
                    record=section,
                    code="import.record_not_an_object",
                    params={"where": where},
                )
            rid = record.get("id")
            if not isinstance(rid, str) or not rid.strip():
                raise ValidationError(
                    f"{where}: id is required and must be text.",
                    record=section,
                    field="id",
                    code="import.id_required",
                    params={"where": where},
                )
            if len(rid) > 200:
                raise ValidationError(
                    f"{where}: id is longer than 200 characters.",
                    record=section,
                    field="id",
                    code="import.id_too_long",
                    params={"where": where, "max": 200},
                )
            if rid in seen_ids:
                raise ValidationError(
                    f"{where}: id {rid!r} is used twice in the file.",
                    record=section,
                    field="id",
                    code="import.id_twice",
                    params={"where": where, "id": rid},
                )
            seen_ids[rid] = section
            uid = record.get("uid")
            if uid is not None and not (isinstance(uid, str) and UID_FORM.fullmatch(uid)):
                raise ValidationError(
                    f"{where}: uid must be a UUID in lowercase 8-4-4-4-12 form "
                    f"(like {EXAMPLE_UID}), not {_shown(uid)}.",
                    record=section,
                    field="uid",
                    code="import.uid_malformed",
                    params={"where": where, "uid": uid},
                )
            if uid is not None and uid in seen_uids:
                raise ValidationError(
                    f"{where}: uid {uid!r} is used twice in the file (also by {seen_uids[uid]}).",
                    record=section,
                    field="uid",
                    code="import.uid_twice",
                    params={"where": where, "uid": uid, "other": seen_uids[uid]},
                )
            if uid is not None:
                seen_uids[uid] = where
            fields = {k: v for k, v in record.items() if k not in ("id", "uid")}
            # References are checked here, against the sections read so far; clean() sees
            # placeholders of the right type.
            placeholders: dict[str, Any] = {}
            for field in spec.fields:
                if field.kind not in ("ref", "refs") or fields.get(field.name) is None:
                    continue
                value = fields[field.name]
                refs = [value] if field.kind == "ref" else value
                if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
                    shape = "a record id (text)" if field.kind == "ref" else "a list of record ids"
                    raise ValidationError(
                        f"{where}: {field.name} must be {shape}.",
                        record=section,
                        field=field.name,
                        code="import.not_a_reference",
                        params={"where": where, "shape": shape},
                    )
                for ref in refs:
                    if ref == rid or seen_ids.get(ref) != field.target:
                        raise ValidationError(
                            f"{where}: {field.name} refers to {ref!r}, which is not one of the "
                            f"file's {field.target}.",
                            record=section,
                            field=field.name,
                            code="import.reference_unknown",
                            params={"where": where, "ref": ref, "target": field.target},
                        )
                if len(set(refs)) != len(refs):
                    raise ValidationError(
                        f"{where}: {field.name} lists the same record twice.",
                        record=section,
                        field=field.name,
                        code="import.reference_twice",
                        params={"where": where},
                    )
                placeholders[field.name] = value
                fields[field.name] = 0 if field.kind == "ref" else list(range(len(refs)))
            try:
                values = clean(spec, fields)
                check_consistency(spec, values)
            except ValidationError as exc:
                raise ValidationError(
                    f"{where}: {_problem(spec, exc)}",
                    record=section,
                    field=exc.field,
                    code="import.record_invalid",
                    params={"where": where, "problem": exc},
                ) from None
            values.update(placeholders)
            values["uid"] = uid
            cleaned_section.append((rid, values))
        result[section] = cleaned_section

    # A deadline's subpoena, triggering event and parent deadline belong to its own matter.
    matter_of = {
        "subpoena_id": {rid: v["matter_id"] for rid, v in result["subpoenas"]},
        "event_id": {rid: v["matter_id"] for rid, v in result["events"]},
        "parent_id": {rid: v["matter_id"] for rid, v in result["deadlines"]},
    }
    for index, (rid, values) in enumerate(result["deadlines"]):
        for name, owners in matter_of.items():
            ref = values.get(name)
            if ref is not None and owners[ref] != values["matter_id"]:
                raise ValidationError(
                    f"deadlines[{index}] (id {rid!r}): {name} {ref!r} belongs to another matter.",
                    record="deadlines",
                    field=name,
                    code="import.other_matter",
                    params={"index": index, "id": rid, "ref": ref},
                )
    return result


# The link table behind each list-of-references field: (table, this record's column, target's).
LINKS = {
    ("accounts", "client_ids"): (client_accounts, "account_id", "client_id"),
    ("matters", "client_ids"): (matter_clients, "matter_id", "client_id"),
    ("subpoenas", "account_ids"): (subpoena_accounts, "subpoena_id", "account_id"),
}
BATCH = 5000


def import_document(uow: UnitOfWork, doc: Any, *, task: Task = NO_TASK) -> dict[str, int]:
    """Validate then add every record of `doc`, in the caller's transaction. Returns counts."""
    return import_validated(uow, validate(doc), task=task)


def _check_uids_are_new(
    uow: UnitOfWork, section: str, records: list[tuple[str, dict[str, Any]]]
) -> None:
    """A uid the file gives must not be one a record of the same kind here already holds: that
    record is already in this vault (imported before, or where the file came from)."""
    entity = ENTITIES[section]
    given = [(i, rid, v["uid"]) for i, (rid, v) in enumerate(records) if v.get("uid")]
    held: set[str] = set()
    for start in range(0, len(given), BATCH):
        chunk = [uid for _, _, uid in given[start : start + BATCH]]
        held.update(uow.session.scalars(select(entity.uid).where(entity.uid.in_(chunk))))
    for index, rid, uid in given:
        if uid in held:
            where = f"{section}[{index}] (id {rid!r})"
            raise ValidationError(
                f"{where}: this vault already holds the {SPECS[section].singular} with uid "
                f"{uid!r}.",
                record=section,
                field="uid",
                code="import.uid_taken",
                params={"where": where, "uid": uid},
            )


@dataclass(frozen=True)
class Imported:
    """What an import added (records per section), and what its conflict check found."""

    counts: dict[str, int]
    conflicts: ImportConflicts


def import_validated(
    uow: UnitOfWork, sections: Validated, *, task: Task = NO_TASK
) -> dict[str, int]:
    """`import_checked`'s counts: for callers that need nothing else."""
    return import_checked(uow, sections, task=task).counts


def import_checked(uow: UnitOfWork, sections: Validated, *, task: Task = NO_TASK) -> Imported:
    """Add records `validate` has already checked, in the caller's transaction.

    Records get ids in the file's order, so references resolve before anything is written and
    rows go in as batched INSERTs (a large office's file imports in seconds, not minutes).
    `task` hears how many records are in, batch by batch; a cancel leaves the caller's
    transaction to roll back, so nothing of the file is kept. A volunteer never fills in sealed
    fields: a file that holds any is refused whole. Every incoming client and account goes
    through the conflict check (one audit entry); what it finds is handed back, not refused.
    """
    if any(
        values.get("legal_name") or values.get("contact") for _id, values in sections["clients"]
    ):
        people.require(uow.vault, Action.SEE_SEALED)
    ids: dict[str, dict[str, int]] = {s: {} for s in SECTIONS}
    session = uow.session
    total = sum(len(sections[s]) for s in SECTIONS)
    done = 0
    task.progress(done, total, "Importing records")
    for section in ("deadlines", "events"):
        for index, (rid, values) in enumerate(sections[section]):
            try:
                check_rule_ids(uow, SPECS[section], values)
            except ValidationError as exc:
                where = f"{section}[{index}] (id {rid!r})"
                raise ValidationError(
                    f"{where}: {_problem(SPECS[section], exc)}",
                    record=section,
                    field=exc.field,
                    code="import.record_invalid",
                    params={"where": where, "problem": exc},
                ) from None
    for section in SECTIONS:
        _check_uids_are_new(uow, section, sections[section])
    # Checked once the file is known to be good, and before its rows go in: the vault as it was
    # is what the new records may clash with, and none of them then matches itself (or the
    # accounts the file gives its clients). Matches never stop an import: an office merging its
    # own case files expects them; they are reported, and audited. A file without clients or
    # accounts has nothing to check.
    found = (
        conflicts.check_import(
            uow,
            [
                IncomingClient(rid, v.get("pseudonym"), v.get("legal_name"))
                for rid, v in sections["clients"]
            ],
            [
                IncomingAccount(
                    rid,
                    v["platform"].value if v.get("platform") is not None else None,
                    v.get("handle"),
                    v.get("url"),
                )
                for rid, v in sections["accounts"]
            ],
        )
        if sections["clients"] or sections["accounts"]
        else conflicts.NOTHING_TO_CHECK
    )
    # Indexed for search once at the end, not a row at a time by the index's triggers.
    with search_index.filled_once(session):
        for section in SECTIONS:
            spec = SPECS[section]
            entity_class = ENTITIES[section]
            next_id = int(session.scalar(select(func.max(entity_class.id))) or 0) + 1
            rows: list[dict[str, Any]] = []
            links: dict[str, list[dict[str, int]]] = {}
            for rid, values in sections[section]:
                record_id = next_id
                next_id += 1
                ids[section][rid] = record_id
                # Every row names its uid, so each batch INSERT has the same columns.
                row: dict[str, Any] = {
                    "id": record_id,
                    "uid": values.get("uid") or str(uuid.uuid4()),
                }
                for field in spec.fields:
                    value = values.get(field.name)
                    if field.kind == "ref":
                        row[field.name] = None if value is None else ids[field.target or ""][value]
                    elif field.kind == "refs":
                        table, mine, theirs = LINKS[(section, field.name)]
                        links.setdefault(field.name, []).extend(
                            {mine: record_id, theirs: ids[field.target or ""][r]}
                            for r in value or []
                        )
                    else:
                        row[field.name] = value
                if section == "deadlines" and row.get("rule_id"):
                    # The file's dates are the office's, as counted when it exported them: taken
                    # as they are, not recounted on the next unlock (calendar changes after this
                    # import are, as for any deadline).
                    row["calendar_version"] = CourtCalendar(
                        row.get("calendar") or "federal"
                    ).fingerprint()
                rows.append(row)
            for start in range(0, len(rows), BATCH):
                task.check()
                session.execute(insert(entity_class), rows[start : start + BATCH])
                done += len(rows[start : start + BATCH])
                task.progress(done, total, "Importing records")
            for name, link_rows in links.items():
                table = LINKS[(section, name)][0]
                for start in range(0, len(link_rows), BATCH):
                    session.execute(insert(table), link_rows[start : start + BATCH])
    counts = {s: len(ids[s]) for s in SECTIONS}
    audit.record(uow, "import", "vault", None, {"counts": counts})
    return Imported(counts, found)


def export_document(uow: UnitOfWork, *, include_sealed: bool = False) -> dict[str, Any]:
    """The whole case file as an interchange document. Sealed fields only when asked; audited."""
    if include_sealed:  # refused before anything is read or written
        people.require(uow.vault, Action.REVEAL_SEALED)
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    session = uow.session
    for section in SECTIONS:
        spec = SPECS[section]
        entity = ENTITIES[section]
        query = select(entity).order_by(entity.id)
        for field in spec.fields:
            if field.kind == "refs":
                assert field.attr is not None
                query = query.options(selectinload(getattr(entity, field.attr)))
        out = []
        for row in session.scalars(query):
            record: dict[str, Any] = {"id": f"{ID_PREFIX[section]}-{row.id}", "uid": row.uid}
            for field in spec.fields:
                if field.sealed and not include_sealed:
                    continue
                if field.kind == "ref":
                    value = getattr(row, field.name)
                    target = ID_PREFIX[field.target or ""]
                    record[field.name] = None if value is None else f"{target}-{value}"
                elif field.kind == "refs":
                    assert field.attr is not None
                    target = ID_PREFIX[field.target or ""]
                    record[field.name] = [f"{target}-{r.id}" for r in getattr(row, field.attr)]
                elif field.kind == "enums":
                    record[field.name] = [
                        v for v in (getattr(row, field.name) or "").split(",") if v
                    ]
                elif field.kind == "date":
                    value = getattr(row, field.name)
                    record[field.name] = None if value is None else value.isoformat()
                elif field.kind == "time":
                    value = getattr(row, field.name)
                    record[field.name] = (
                        None
                        if value is None
                        else value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
                    )
                else:
                    record[field.name] = plain_value(getattr(row, field.name))
            out.append(record)
        doc[section] = out
    audit.record(
        uow,
        "export",
        "vault",
        None,
        {
            "include_sealed": include_sealed,
            "counts": {s: len(doc[s]) for s in SECTIONS},
        },
    )
    return doc
