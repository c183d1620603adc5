"""Interchange v1 is lossless: what a paralegal imports is what a later export gives back.

A hand-written file that uses every field of every record kind (sealed names and contacts,
links between records, dates, a due time, Spanish text) is imported into a real encrypted
vault and exported again; the export must equal the file except for the record ids, which
the vault assigns (each record's uid, its global id, comes back as the file gave it). Checked
in-process and through the command line, where the export also warns that the file it wrote is
plaintext and leaves sealed fields out unless asked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from services import interchange
from services.records import SEALED_FIELDS, SPECS
from storage.uow import UnitOfWork
from storage.vault import Vault
from tests.conftest import run_cli
from tests.support.interchange_docs import (
    CONTACT,
    LEGAL_NAME,
    OTHER_CONTACT,
    OTHER_LEGAL_NAME,
    full_document,
    without_uids,
)
from tests.support.vaults import office_vault

SEALED_VALUES = (LEGAL_NAME, CONTACT, OTHER_LEGAL_NAME, OTHER_CONTACT)


def _ref_fields(section: str) -> dict[str, str]:
    """Field name -> "ref" or "refs" for the fields of `section` that point at other records."""
    return {f.name: f.kind for f in SPECS[section].fields if f.kind in ("ref", "refs")}


# A required text field that is unique per record in the sample file: how a record of the file
# is recognised in an export, whose ids are the vault's own.
IDENTITY = {
    "clients": "pseudonym",
    "accounts": "handle",
    "matters": "title",
    "subpoenas": "issuer",
    "deadlines": "title",
    "events": "summary",
}


def relabel(original: dict[str, Any], exported: dict[str, Any]) -> dict[str, Any]:
    """What `exported` must be: `original` with each file id (and every reference to it)
    replaced by the id the export gave the same record, records in the export's order."""
    mapping: dict[str, str] = {}
    by_identity: dict[str, dict[str, dict[str, Any]]] = {}
    for section in interchange.SECTIONS:
        key = IDENTITY[section]
        mine = {r[key]: r for r in original[section]}
        assert len(mine) == len(original[section]), f"{section}: {key} is not unique in the file"
        theirs = [r.get(key) for r in exported[section]]
        assert sorted(map(str, theirs)) == sorted(mine), f"{section}: records differ by {key}"
        for record in exported[section]:
            mapping[mine[record[key]]["id"]] = record["id"]
        by_identity[section] = mine
    assert len(set(mapping.values())) == len(mapping), "export gave two records the same id"

    out: dict[str, Any] = {"format": original["format"], "version": original["version"]}
    for section in interchange.SECTIONS:
        refs = _ref_fields(section)
        relabeled = []
        for exported_record in exported[section]:
            record = by_identity[section][exported_record[IDENTITY[section]]]
            new = dict(record)
            new["id"] = mapping[record["id"]]
            for name, kind in refs.items():
                value = record.get(name)
                if value is None:
                    continue
                new[name] = mapping[value] if kind == "ref" else [mapping[v] for v in value]
            relabeled.append(new)
        out[section] = relabeled
    return out


def _without_sealed(doc: dict[str, Any]) -> dict[str, Any]:
    out = json.loads(json.dumps(doc))
    for section, field in SEALED_FIELDS:
        for record in out[section]:
            record.pop(field, None)
    return out


# ---- the sample file itself ---------------------------------------------------------------


def test_sample_file_uses_every_field_of_every_record_kind_the_format_carries() -> None:
    doc = full_document()
    # Staff are office settings, not case data: the one record kind v1 does not carry.
    assert set(SPECS) - set(interchange.SECTIONS) == {"staff"}
    for section in interchange.SECTIONS:
        spec = SPECS[section]
        for record in doc[section]:
            assert set(record) == {"id", "uid", *spec.field_names}, (section, record["id"])
        for field in spec.field_names:
            used = [r[field] for r in doc[section] if r[field] not in (None, [], False)]
            assert used, f"no {section} record of the sample file sets {field}"
    assert doc["subpoenas"][0]["gag_order"] is True
    assert doc["deadlines"][0]["due_time"] == "17:00"
    interchange.validate(doc)  # the sample is a valid file, so every other test means something


# ---- in-process round trip ----------------------------------------------------------------


def _import_then_export(vault: Vault, doc: dict[str, Any], *, include_sealed: bool) -> Any:
    with UnitOfWork(vault, "Test Paralegal") as uow:
        counts = interchange.import_document(uow, doc)
        uow.commit()
    assert counts == {s: len(doc[s]) for s in interchange.SECTIONS}
    with UnitOfWork(vault, "Test Paralegal") as uow:
        exported = interchange.export_document(uow, include_sealed=include_sealed)
        uow.commit()
    # What export_document returns is what `export` writes: plain JSON, nothing lost on dumping.
    assert json.loads(json.dumps(exported, ensure_ascii=False)) == exported
    return exported


def test_export_of_an_imported_file_equals_the_file_except_for_ids(vault: Vault) -> None:
    doc = full_document()
    exported = _import_then_export(vault, doc, include_sealed=True)
    assert exported == relabel(doc, exported)
    # and the relabelling really did change ids, so it was not a no-op comparison
    assert exported["clients"][0]["id"] != doc["clients"][0]["id"]


def test_export_without_sealed_fields_equals_the_file_minus_names_and_contacts(
    vault: Vault,
) -> None:
    doc = full_document()
    exported = _import_then_export(vault, doc, include_sealed=False)
    assert exported == _without_sealed(relabel(doc, exported))
    text = json.dumps(exported, ensure_ascii=False)
    for value in SEALED_VALUES:
        assert value not in text


def test_export_lists_records_in_the_order_of_the_imported_file(vault: Vault) -> None:
    # PRODUCT BUG (services/interchange.py, import_document): every record is session.add()ed
    # and flushed once at the end. Since deadlines gained parent_id (a reference to another
    # deadline), SQLAlchemy sorts the deadline inserts by dependency, not by file order, so
    # the vault numbers them differently from the file: the sample's third deadline ("Plazo
    # mínimo", no parent) becomes deadline-1 and the export lists it first. Suggested fix:
    # give each imported record its primary key explicitly in file order (max(id) + 1, ...)
    # or flush after each deadline, so ids and export order follow the file.
    doc = full_document()
    exported = _import_then_export(vault, doc, include_sealed=True)
    for section in interchange.SECTIONS:
        key = IDENTITY[section]
        assert [r[key] for r in exported[section]] == [r[key] for r in doc[section]], section


def test_an_export_imports_into_a_new_vault_and_exports_identically(
    vault: Vault, tmp_path: Path
) -> None:
    first = _import_then_export(vault, full_document(), include_sealed=True)
    second_vault, _ = office_vault(tmp_path / "second")
    try:
        second = _import_then_export(second_vault, first, include_sealed=True)
    finally:
        second_vault.lock()
    assert second == relabel(first, second)


# ---- through the command line -------------------------------------------------------------


@dataclass(frozen=True)
class CliRoundTrip:
    source: dict[str, Any]
    imported: Any
    sealed_export: Any
    sealed_path: Path
    plain_export: Any
    plain_path: Path


@pytest.fixture(scope="module")
def cli_round_trip(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CliRoundTrip]:
    """On one vault: `import FILE`, `export --include-sealed --out F`, `export --out G`."""
    root = tmp_path_factory.mktemp("cli-round-trip")
    folder = root / "vault"
    office_vault(folder)[0].lock()
    source = full_document()
    source_path = root / "in.json"
    source_path.write_text(json.dumps(source, ensure_ascii=False, indent=2), encoding="utf-8")
    imported = run_cli("import", "--vault", str(folder), str(source_path))
    sealed_path, plain_path = root / "sealed.json", root / "plain.json"
    sealed = run_cli(
        "export", "--vault", str(folder), "--include-sealed", "--out", str(sealed_path)
    )
    plain = run_cli("export", "--vault", str(folder), "--out", str(plain_path))
    yield CliRoundTrip(source, imported, sealed, sealed_path, plain, plain_path)


def test_cli_import_reports_what_it_added(cli_round_trip: CliRoundTrip) -> None:
    result = cli_round_trip.imported
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("Imported ") and line.endswith(".")
    reported = dict(
        (kind, int(n)) for n, kind in (part.split(" ") for part in line[9:-1].split(", "))
    )
    assert reported == {
        "clients": 3,
        "accounts": 3,
        "matters": 2,
        "subpoenas": 2,
        "deadlines": 3,
        "events": 2,
    }


def test_cli_export_with_include_sealed_gives_back_the_imported_file(
    cli_round_trip: CliRoundTrip,
) -> None:
    result = cli_round_trip.sealed_export
    assert result.returncode == 0, result.stderr
    raw = cli_round_trip.sealed_path.read_bytes()
    exported = json.loads(raw.decode("utf-8"))
    assert exported == relabel(cli_round_trip.source, exported)
    # Accented text is written as UTF-8 text, not \u escapes, so the file reads as written.
    assert "Peña Ibáñez".encode() in raw and "Ñandú".encode() in raw


def test_cli_export_with_include_sealed_warns_that_names_and_contacts_are_in_plaintext(
    cli_round_trip: CliRoundTrip,
) -> None:
    stderr = cli_round_trip.sealed_export.stderr
    assert "Traceback" not in stderr
    assert "NOT encrypted" in stderr
    assert str(cli_round_trip.sealed_path) in stderr
    assert "sealed legal names and contacts" in stderr


def test_cli_export_without_the_flag_leaves_out_legal_names_and_contacts(
    cli_round_trip: CliRoundTrip,
) -> None:
    result = cli_round_trip.plain_export
    assert result.returncode == 0, result.stderr
    raw = cli_round_trip.plain_path.read_bytes().decode("utf-8")
    exported = json.loads(raw)
    for client in exported["clients"]:
        assert "legal_name" not in client and "contact" not in client
    for value in SEALED_VALUES:
        assert value not in raw
    # Everything else is still there, exactly.
    assert exported == _without_sealed(relabel(cli_round_trip.source, exported))
    # An export without sealed fields is itself a valid file to import elsewhere.
    interchange.validate(exported)


def test_cli_export_without_the_flag_still_warns_that_the_file_is_plaintext(
    cli_round_trip: CliRoundTrip,
) -> None:
    stderr = cli_round_trip.plain_export.stderr
    assert "Traceback" not in stderr
    assert "NOT encrypted" in stderr
    assert str(cli_round_trip.plain_path) in stderr
    assert "sealed names and contacts were left out" in stderr
    assert cli_round_trip.plain_export.stdout.strip() == f"Exported to {cli_round_trip.plain_path}."


# Fields docs/interchange.md lists as extending the first published field list (and `uid`, on
# every record, which a file without it gets new: see the test below).
LATER_FIELDS = {
    "matters": ("notes",),
    "subpoenas": ("notes",),
    "events": ("trigger_id",),
    "deadlines": (
        "citation",
        "trail",
        "event_id",
        "parent_id",
        "computed_due",
        "overridden",
        "calendar",
        "service",
        "court_id",
        "inputs",
        "review",
    ),
}


def test_a_file_written_before_the_later_fields_imports_and_exports_them_empty(
    vault: Vault,
) -> None:
    doc = without_uids(full_document())
    for section, names in LATER_FIELDS.items():
        for record in doc[section]:
            for name in names:
                del record[name]
    exported = _import_then_export(vault, doc, include_sealed=True)
    expected = relabel(doc, exported)
    for section, names in LATER_FIELDS.items():
        for record in expected[section]:
            for name in names:
                record[name] = False if SPECS[section].field(name).kind == "bool" else None
    # Each record got a uid of its own.
    given = [r["uid"] for s in interchange.SECTIONS for r in exported[s]]
    assert all(interchange.UID_FORM.fullmatch(u) for u in given)
    assert len(set(given)) == len(given)
    for section in interchange.SECTIONS:
        for record, out in zip(expected[section], exported[section], strict=True):
            record["uid"] = out["uid"]
    assert exported == expected
