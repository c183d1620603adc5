"""No plaintext at rest: case text put into Quash cannot be read in any file it leaves behind.

A distinctive marker goes into every text field of every record kind (taken from
services.records.SPECS, so a field added later is covered too), through the command-line
import in a child process whose TMPDIR is a folder we then scan, plus in-process edits and a
deletion (old values must be gone, not merely unreferenced). After locking, every file in the
vault folder (database, key file, journal if any, quash.log) and the child's temp folder is
searched as raw bytes for each marker in UTF-8, UTF-16-LE and UTF-16-BE.

Positive controls prove the search can fail: the same scanner finds the markers in a plaintext
`export --include-sealed`, and the sealed fields' markers show up only when asked for.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path

import pytest

from services import records
from services.interchange import SECTIONS
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE, run_cli
from tests.support.plaintext_scan import ENCODINGS, files_under, find_markers

KINDS = (*SECTIONS, "staff")
SEALED = sorted((kind, name) for kind, name in records.SEALED_FIELDS)


def marker(kind: str, field: str, tag: str = "") -> str:
    """A string that occurs nowhere by chance, as long as the field allows (some are short)."""
    max_len = records.SPECS[kind].field(field).max_len
    full = f"ZQXMARKER-{kind}-{field}{tag}-{secrets.token_hex(6)}"
    if len(full) <= max_len:
        return full
    compact = f"ZQXMARKER-{secrets.token_hex(6)}"
    assert len(compact) <= max_len, f"{kind}.{field} is too short for a distinctive marker"
    return compact


def text_fields(kind: str) -> list[str]:
    """The fields that hold case text; those holding the docketing engine's own values (a
    calendar name, a rule id) are checked against its lists and cannot carry a marker."""
    fields = records.SPECS[kind].fields
    return [f.name for f in fields if f.kind == "text" and not f.engine_value]


@dataclass
class MarkedVault:
    vault: Path
    child_tmp: Path
    out: Path
    stored: dict[tuple[str, str], str]  # (kind, field) -> marker now in the vault
    gone: dict[str, str]  # what it was -> marker that was overwritten or deleted

    @property
    def everything(self) -> list[str]:
        return [*self.stored.values(), *self.gone.values()]

    def cli(self, *args: str | Path) -> tuple[str, str]:
        """Run a command in a child whose temp folder is the scanned one; it must succeed."""
        argv = [str(a) for a in args]
        result = run_cli(*argv, env={"TMPDIR": str(self.child_tmp)})
        assert result.returncode == 0, f"`quash {' '.join(argv)}`: {result.stderr}"
        return result.stdout, result.stderr


def interchange_document(stored: dict[tuple[str, str], str]) -> dict[str, object]:
    def texts(kind: str) -> dict[str, str]:
        return {name: stored[(kind, name)] for name in text_fields(kind)}

    return {
        "format": "quash-interchange",
        "version": 1,
        "clients": [{"id": "c1", **texts("clients"), "intake_date": "2025-09-01"}],
        "accounts": [
            {"id": "a1", **texts("accounts"), "platform": "instagram", "client_ids": ["c1"]}
        ],
        "matters": [{"id": "m1", **texts("matters"), "status": "open", "client_ids": ["c1"]}],
        "subpoenas": [
            {
                "id": "s1",
                **texts("subpoenas"),
                "matter_id": "m1",
                "kind": "administrative_subpoena",
                "status": "received",
                "requested": ["name", "email"],
                "account_ids": ["a1"],
            }
        ],
        "deadlines": [
            {
                "id": "d1",
                **texts("deadlines"),
                "matter_id": "m1",
                "subpoena_id": "s1",
                "due": "2026-12-01",
                "status": "open",
            }
        ],
        "events": [
            {
                "id": "e1",
                **texts("events"),
                "matter_id": "m1",
                "date": "2025-09-03",
                "kind": "order",
            }
        ],
    }


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> MarkedVault:
    base = tmp_path_factory.mktemp("plaintext")
    folder, child_tmp, inbox, out = (base / n for n in ("vault", "child-tmp", "in", "out"))
    for made in (child_tmp, inbox, out):
        made.mkdir()
    vault, _recovery = create_vault(folder, PASSPHRASE, office_name="Office", params=MINIMUM_ARGON2)
    vault.lock()

    stored = {(kind, name): marker(kind, name) for kind in KINDS for name in text_fields(kind)}
    marked = MarkedVault(folder, child_tmp, out, stored, {})

    # Everything but staff (not part of the interchange format) through the command line.
    source = inbox / "import.json"  # plaintext input, deliberately outside the scanned folders
    source.write_text(json.dumps(interchange_document(stored)), encoding="utf-8")
    stdout, _ = marked.cli("import", "--vault", folder, source)
    assert "1 clients" in stdout and "1 events" in stdout

    # In-process: staff; changes that overwrite marked values; a marked record deleted.
    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        with UnitOfWork(vault, "Test Paralegal") as uow:
            records.create(uow, "staff", {"name": stored[("staff", "name")], "role": "paralegal"})
            [client] = records.list_records(uow, "clients")
            [matter] = records.list_records(uow, "matters")
            for kind, record_id, field in (
                ("clients", client.id, "legal_name"),
                ("clients", client.id, "contact"),
                ("matters", matter.id, "notes"),
                ("matters", matter.id, "title"),
            ):
                old = stored[(kind, field)]
                stored[(kind, field)] = marker(kind, field, "-new")
                records.update(uow, kind, record_id, {field: stored[(kind, field)]})
                marked.gone[f"overwritten {kind}.{field}"] = old
            doomed = {name: marker("clients", name, "-deleted") for name in text_fields("clients")}
            extra = records.create(uow, "clients", doomed)
            uow.commit()
        with UnitOfWork(vault, "Test Paralegal") as uow:
            records.delete(uow, "clients", extra.id)
            uow.commit()
        marked.gone.update({f"deleted clients.{name}": m for name, m in doomed.items()})
    return marked


def test_every_text_field_of_every_record_kind_gets_a_marker(marked: MarkedVault) -> None:
    kinds = {kind for kind, _ in marked.stored}
    assert kinds == set(KINDS)
    expected = {
        ("clients", "legal_name"),
        ("clients", "contact"),
        ("subpoenas", "issuing_officer"),
        ("subpoenas", "authority"),
        ("subpoenas", "stated_purpose"),
        ("subpoenas", "notes"),
        ("deadlines", "title"),
        ("deadlines", "notes"),
        ("deadlines", "citation"),
        ("deadlines", "trail"),
        ("deadlines", "responsible"),
        ("events", "summary"),
        ("staff", "name"),
    }
    assert expected <= set(marked.stored)
    assert set(SEALED) <= set(marked.stored)
    assert len(marked.gone) == 4 + len(text_fields("clients"))


def test_no_case_text_is_readable_in_the_vault_folder_or_the_temp_folder(
    marked: MarkedVault,
) -> None:
    files = files_under(marked.vault, marked.child_tmp)
    names = {p.name for p in files}
    assert {"quash.db", "quash.keys", "quash.log"} <= names, names
    assert find_markers(files, marked.everything) == {}


def test_the_scanner_finds_markers_in_a_plaintext_export(marked: MarkedVault) -> None:
    """Positive control: the same scan over a file that does hold the text finds every marker,
    so the scan above came back empty because the vault is encrypted, not because the scanner
    is blind. It also shows every marker (staff aside) really is in the vault."""
    sealed_export = marked.out / "with-sealed.json"
    marked.cli("export", "--vault", marked.vault, "--out", sealed_export, "--include-sealed")
    exportable = {k: m for k, m in marked.stored.items() if k[0] != "staff"}
    hits = find_markers([sealed_export], marked.everything)
    assert set(hits) == set(exportable.values())  # and nothing overwritten or deleted survives
    # Staff are not part of the interchange format; the list command shows the name is stored.
    staff_out, _ = marked.cli("list", "staff", "--vault", marked.vault, "--json")
    assert marked.stored[("staff", "name")] in staff_out

    # The UTF-16 searches work too.
    probe = marked.out / "utf16-probe.bin"
    for encoding in ENCODINGS:
        probe.write_bytes(b"\x00junk" + "ZQXMARKER-probe".encode(encoding) + b"junk")
        assert find_markers([probe], ["ZQXMARKER-probe"]) == {
            "ZQXMARKER-probe": [f"{probe} ({encoding})"]
        }
    probe.unlink()


def test_sealed_names_and_contacts_stay_out_of_listings_and_plain_exports(
    marked: MarkedVault,
) -> None:
    sealed = {key: marked.stored[key] for key in SEALED}
    assert ("clients", "legal_name") in sealed and ("clients", "contact") in sealed
    pseudonym = marked.stored[("clients", "pseudonym")]

    shown: list[str] = []
    for kind in sorted({kind for kind, _ in SEALED}):
        listed_json, listed_json_err = marked.cli("list", kind, "--vault", marked.vault, "--json")
        listed_text, listed_text_err = marked.cli("list", kind, "--vault", marked.vault)
        [row] = json.loads(listed_json)
        for sealed_kind, field in SEALED:
            if sealed_kind == kind:
                assert row[f"{field}_on_file"] is True  # stored, just not shown
        shown += [listed_json, listed_json_err, listed_text, listed_text_err]
    assert pseudonym in shown[0] and pseudonym in shown[2]  # the listings are not empty

    plain_export = marked.out / "plain.json"
    export_out, export_err = marked.cli("export", "--vault", marked.vault, "--out", plain_export)
    plain = plain_export.read_text(encoding="utf-8")
    assert pseudonym in plain
    plain_doc = json.loads(plain)
    for kind, field in SEALED:
        [record] = plain_doc[kind]
        assert field not in record
    shown += [export_out, export_err, plain]

    for (kind, field), value in sealed.items():
        for text in shown:
            assert value not in text, f"{kind}.{field} shown without being asked for"

    # Only when asked for do they come out.
    asked = marked.out / "asked.json"
    asked_out, asked_err = marked.cli(
        "export", "--vault", marked.vault, "--out", asked, "--include-sealed"
    )
    asked_doc = json.loads(asked.read_text(encoding="utf-8"))
    for (kind, field), value in sealed.items():
        [record] = asked_doc[kind]
        assert record[field] == value
        assert value not in asked_out and value not in asked_err

    # None of these commands left case text in the vault folder, its log or temp files.
    assert find_markers(files_under(marked.vault, marked.child_tmp), marked.everything) == {}
