"""Every client, account, matter, subpoena, deadline, docket event and document carries a stable
global id (a uid: a UUID, lowercase 8-4-4-4-12) beside its local id, on a real encrypted vault.

It is given however the record is made (a form, a document attached, an import, the demo's bulk
data), written by `export` and kept by `import`, so a record has the same uid in every vault it
reaches; a file without uids gets new ones. A malformed uid, one used twice in the file, or one
a record of the same kind here already holds is refused like any bad field (exit 5, one line
naming the record and the field, nothing written). A vault made before uids gets one for every
record it holds, and the trash gives a record back with its uid.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from models.entities import (
    Account,
    Client,
    Deadline,
    DocketEvent,
    Document,
    Matter,
    Subpoena,
)
from models.errors import ValidationError
from services import demo, documents, interchange, records, search, trash
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import Vault, create_vault, head_revision, unlock_with_passphrase
from tests.conftest import PASSPHRASE, run_cli
from tests.support.interchange_docs import full_document, snapshot, without_uids
from tests.support.vaults import office_vault

CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ENTITIES: dict[str, type[Any]] = {
    "clients": Client,
    "accounts": Account,
    "matters": Matter,
    "subpoenas": Subpoena,
    "deadlines": Deadline,
    "docket_events": DocketEvent,
    "documents": Document,
}
# What identifies a record of the sample file in an export, whose ids are the vault's own.
IDENTITY = {
    "clients": "pseudonym",
    "accounts": "handle",
    "matters": "title",
    "subpoenas": "issuer",
    "deadlines": "title",
    "events": "summary",
}
Doc = dict[str, Any]


def _is_new_uid(value: Any) -> bool:
    """A uid as Quash makes one: a version-4 UUID in canonical form."""
    return (
        isinstance(value, str)
        and CANONICAL.fullmatch(value) is not None
        and uuid.UUID(value).version == 4
    )


def _uids(uow: UnitOfWork) -> dict[str, dict[int, str]]:
    """Every record's uid, by table and local id, as the vault holds it."""
    return {
        table: dict(uow.session.execute(select(entity.id, entity.uid).order_by(entity.id)).all())
        for table, entity in ENTITIES.items()
    }


def _all(uids: dict[str, dict[int, str]]) -> list[str]:
    return [uid for by_id in uids.values() for uid in by_id.values()]


def _by_uid(doc: Doc) -> dict[str, dict[str, Any]]:
    """section -> uid -> what identifies the record (its pseudonym, title, ...)."""
    return {s: {r["uid"]: r[IDENTITY[s]] for r in doc[s]} for s in interchange.SECTIONS}


def _fresh_sample() -> Doc:
    """The sample file with uids no vault holds yet."""
    doc = full_document()
    for section in interchange.SECTIONS:
        for record in doc[section]:
            record["uid"] = str(uuid.uuid4())
    return doc


def _case(uow: UnitOfWork) -> dict[str, int]:
    """One record of every kind, made the ways the app makes them."""
    client = records.create(
        uow, "clients", {"pseudonym": "Watcher", "legal_name": "Ana Pérez", "contact": "555"}
    ).id
    account = records.create(
        uow, "accounts", {"platform": "instagram", "handle": "@watch", "client_ids": [client]}
    ).id
    matter = records.create(
        uow, "matters", {"title": "Doe v. DHS", "status": "open", "client_ids": [client]}
    ).id
    subpoena = records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter,
            "kind": "administrative_subpoena",
            "issuer": "DHS",
            "recipient": "Meta",
            "account_ids": [account],
            "status": "received",
        },
    ).id
    document = documents.attach(
        uow, documents.on_subpoena(subpoena), "notice.pdf", b"%PDF-1.4 notice"
    ).id
    event = records.create(
        uow,
        "events",
        {"matter_id": matter, "date": dt.date(2026, 2, 1), "kind": "filing", "summary": "Filed"},
    ).id
    deadline = records.create(
        uow,
        "deadlines",
        {
            "matter_id": matter,
            "subpoena_id": subpoena,
            "title": "Move to quash",
            "due": dt.date(2026, 3, 2),
            "status": "open",
        },
    ).id
    return {
        "clients": client,
        "accounts": account,
        "matters": matter,
        "subpoenas": subpoena,
        "documents": document,
        "docket_events": event,
        "deadlines": deadline,
    }


# ---- every way of making a record gives it one -------------------------------------------------


def test_every_kind_of_record_gets_a_uid_when_it_is_made(uow: UnitOfWork) -> None:
    made = _case(uow)
    demo.fill_public_cases(uow, dt.date(2026, 1, 20))  # an import of a file without uids
    demo.fill_synthetic(uow, 20)  # bulk INSERTs that name no uid
    uids = _uids(uow)
    for table, record_id in made.items():
        assert _is_new_uid(uids[table][record_id]), table
    for table, by_id in uids.items():
        assert by_id and all(_is_new_uid(u) for u in by_id.values()), table
    everything = _all(uids)
    assert len(set(everything)) == len(everything), "two records share a uid"
    # The export says the same: each record with the uid the vault holds.
    exported = interchange.export_document(uow)
    for section, entity in interchange.ENTITIES.items():
        table = entity.__tablename__
        assert [r["uid"] for r in exported[section]] == list(uids[table].values()), section


def test_editing_a_record_keeps_its_uid(uow: UnitOfWork) -> None:
    made = _case(uow)
    before = _uids(uow)
    records.update(uow, "clients", made["clients"], {"pseudonym": "Night Watcher"})
    records.update(uow, "deadlines", made["deadlines"], {"title": "File the motion"})
    records.set_status(uow, "matters", made["matters"], "motion_filed")
    assert _uids(uow) == before


# ---- export and import -------------------------------------------------------------------------


def test_uids_survive_export_and_import_into_another_vault(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    with UnitOfWork(vault, "Test Paralegal") as uow:
        _case(uow)
        demo.fill_public_cases(uow, dt.date(2026, 1, 20))
        made = _uids(uow)
        uow.commit()
    first = tmp_path / "first.json"
    result = run_cli("export", "--vault", str(vault_dir), "--include-sealed", "--out", str(first))
    assert result.returncode == 0, result.stderr
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert sorted(r["uid"] for s in interchange.SECTIONS for r in exported[s]) == sorted(
        u for table, by_id in made.items() if table != "documents" for u in by_id.values()
    )

    other = tmp_path / "other"
    office_vault(other)[0].lock()
    result = run_cli("import", "--vault", str(other), str(first))
    assert result.returncode == 0, result.stderr
    second = tmp_path / "second.json"
    result = run_cli("export", "--vault", str(other), "--include-sealed", "--out", str(second))
    assert result.returncode == 0, result.stderr
    again = json.loads(second.read_text(encoding="utf-8"))
    # The same records under the same uids (each uid naming the same pseudonym, title, ...).
    assert _by_uid(again) == _by_uid(exported)
    assert all(len(again[s]) == len(exported[s]) for s in interchange.SECTIONS)


def test_a_file_without_uids_gets_a_new_uid_for_every_record(vault: Vault) -> None:
    doc = without_uids(full_document())
    doc["clients"][0]["uid"] = None  # null is absent, as for any optional field
    for _ in range(2):  # twice: an old file imports again, its records with other new uids
        with UnitOfWork(vault, "Test Paralegal") as uow:
            interchange.import_document(uow, json.loads(json.dumps(doc)))
            uow.commit()
    with UnitOfWork(vault, "Test Paralegal") as uow:
        exported = interchange.export_document(uow)
        held = _all(_uids(uow))
    given = [r["uid"] for s in interchange.SECTIONS for r in exported[s]]
    assert len(given) == 2 * sum(len(doc[s]) for s in interchange.SECTIONS)
    assert all(_is_new_uid(u) for u in given)
    assert len(set(given)) == len(given)
    assert sorted(given) == sorted(held)


def test_a_file_with_some_uids_keeps_those_and_gives_the_rest_new_ones(vault: Vault) -> None:
    doc = full_document()
    kept = {r["uid"] for s in interchange.SECTIONS for r in doc[s][:1]}
    for section in interchange.SECTIONS:
        for record in doc[section][1:]:
            del record["uid"]
    with UnitOfWork(vault, "Test Paralegal") as uow:
        interchange.import_document(uow, doc)
        exported = interchange.export_document(uow)
        uow.commit()
    for section in interchange.SECTIONS:
        first, *rest = exported[section]
        assert first["uid"] == full_document()[section][0]["uid"], section
        assert all(_is_new_uid(r["uid"]) and r["uid"] not in kept for r in rest), section


# ---- refusals: through the command line, the vault unchanged -----------------------------------


@dataclass
class Target:
    folder: Path
    vault: Vault  # kept unlocked in this process to look; the command line unlocks its own
    files: Path

    def state(self) -> tuple[dict[str, int], dict[str, dict[int, str]]]:
        with UnitOfWork(self.vault, "counter") as uow:
            return snapshot(uow), _uids(uow)

    def write(self, name: str, doc: Any) -> Path:
        path = self.files / name
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return path


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """A vault holding the sample file, uids and all."""
    root = tmp_path_factory.mktemp("record-uids")
    vault, _ = office_vault(root / "vault")
    try:
        with UnitOfWork(vault, "setup") as uow:
            interchange.import_document(uow, full_document())
            uow.commit()
        files = root / "files"
        files.mkdir()
        yield Target(root / "vault", vault, files)
    finally:
        vault.lock()


@dataclass(frozen=True)
class Outcome:
    returncode: int
    stdout: str
    stderr: str


Runner = Callable[..., Outcome]


def _subprocess(*args: str) -> Outcome:
    result = run_cli(*args)
    return Outcome(result.returncode, result.stdout, result.stderr)


@pytest.fixture
def in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Runner]:
    """`cli.app.run(ARGS)` in this process: what `main.py` runs, without a new interpreter."""
    from cli import app

    monkeypatch.setenv("QUASH_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("QUASH_USER", "Test Paralegal")
    monkeypatch.delenv("QUASH_RECOVERY_KEY", raising=False)
    quash_log = logging.getLogger("quash")
    saved = (list(quash_log.handlers), quash_log.level, quash_log.propagate)

    def run(*args: str) -> Outcome:
        capsys.readouterr()
        code = app.run(list(args))
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    yield run
    for handler in quash_log.handlers:
        if handler not in saved[0]:
            handler.close()
    quash_log.handlers, quash_log.level, quash_log.propagate = saved


def _set_uid(section: str, index: int, value: Any) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        doc[section][index]["uid"] = value

    return apply


def _copy_uid(
    section: str, index: int, from_section: str, from_index: int
) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        doc[section][index]["uid"] = doc[from_section][from_index]["uid"]

    return apply


def _held_uid(section: str, index: int) -> Callable[[Doc], None]:
    """Give one record the uid the vault's copy of the sample holds for it."""

    def apply(doc: Doc) -> None:
        doc[section][index]["uid"] = full_document()[section][index]["uid"]

    return apply


def _sample_uids_kept(doc: Doc) -> None:
    doc.update(full_document())


SAMPLE_UID = full_document()["clients"][0]["uid"]


@dataclass(frozen=True)
class Refusal:
    name: str
    apply: Callable[[Doc], None]
    mentions: tuple[str, ...]
    code: str


REFUSALS = [
    Refusal(
        "upper case",
        _set_uid("clients", 0, SAMPLE_UID.upper()),
        ("clients[0]", "'c-ana'", "uid", "lowercase"),
        "import.uid_malformed",
    ),
    Refusal(
        "no hyphens",
        _set_uid("accounts", 1, uuid.uuid4().hex),
        ("accounts[1]", "'a-x'", "uid"),
        "import.uid_malformed",
    ),
    Refusal(
        "in braces",
        _set_uid("matters", 0, "{" + str(uuid.uuid4()) + "}"),
        ("matters[0]", "'m-1'", "uid"),
        "import.uid_malformed",
    ),
    Refusal(
        "as a URN",
        _set_uid("subpoenas", 1, uuid.uuid4().urn),
        ("subpoenas[1]", "'s-min'", "uid"),
        "import.uid_malformed",
    ),
    Refusal(
        "one digit short",
        _set_uid("deadlines", 2, str(uuid.uuid4())[:-1]),
        ("deadlines[2]", "'d-min'", "uid"),
        "import.uid_malformed",
    ),
    Refusal(
        "not hexadecimal",
        _set_uid("events", 0, "g" * 8 + str(uuid.uuid4())[8:]),
        ("events[0]", "'e-1'", "uid"),
        "import.uid_malformed",
    ),
    Refusal(
        "a number",
        _set_uid("clients", 2, 42),
        ("clients[2]", "'c-min'", "uid"),
        "import.uid_malformed",
    ),
    Refusal(
        "blank",
        _set_uid("accounts", 0, ""),
        ("accounts[0]", "'a-ig'", "uid"),
        "import.uid_malformed",
    ),
    Refusal(
        "twice in one section",
        _copy_uid("deadlines", 1, "deadlines", 0),
        ("deadlines[1]", "'d-reply'", "uid", "twice", "deadlines[0]"),
        "import.uid_twice",
    ),
    Refusal(
        "an event reusing a client's uid",
        _copy_uid("events", 0, "clients", 0),
        ("events[0]", "'e-1'", "uid", "twice", "clients[0]"),
        "import.uid_twice",
    ),
    Refusal(
        "the sample again",
        _sample_uids_kept,
        ("clients[0]", "'c-ana'", "uid", SAMPLE_UID, "already holds"),
        "import.uid_taken",
    ),
    Refusal(
        "only the last deadline already here",
        _held_uid("deadlines", 2),
        ("deadlines[2]", "'d-min'", "uid", "already holds the deadline"),
        "import.uid_taken",
    ),
]


def _broken(case: Refusal) -> Doc:
    doc = _fresh_sample()
    case.apply(doc)
    return doc


def _refused(target: Target, case: Refusal, run: Runner) -> str:
    before = target.state()
    path = target.write(f"{case.name}.json", _broken(case))
    result = run("import", "--vault", str(target.folder), str(path))
    assert result.returncode == 5, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("quash: "), result.stderr
    assert result.stdout == ""
    assert target.state() == before, "a refused import changed the vault"
    for fragment in case.mentions:
        assert fragment in lines[0], f"{fragment!r} not in {lines[0]!r}"
    return lines[0]


def test_the_sample_with_new_uids_imports_so_each_refusal_is_about_its_uid(target: Target) -> None:
    with UnitOfWork(target.vault, "Test Paralegal") as uow:
        counts = interchange.import_document(uow, _fresh_sample())  # rolled back, not committed
    assert counts == {s: len(full_document()[s]) for s in interchange.SECTIONS}


@pytest.mark.parametrize("case", REFUSALS, ids=[c.name for c in REFUSALS])
def test_a_bad_uid_is_refused_with_one_line_and_nothing_written(
    target: Target, case: Refusal, in_process: Runner
) -> None:
    _refused(target, case, in_process)


@pytest.mark.parametrize("name", ["upper case", "twice in one section", "the sample again"])
def test_a_bad_uid_is_refused_by_the_command_line_process(target: Target, name: str) -> None:
    _refused(target, next(c for c in REFUSALS if c.name == name), _subprocess)


@pytest.mark.parametrize("case", REFUSALS, ids=[c.name for c in REFUSALS])
def test_a_bad_uid_is_a_validation_error_with_its_code_and_field(
    target: Target, case: Refusal
) -> None:
    with (
        UnitOfWork(target.vault, "Test Paralegal") as uow,
        pytest.raises(ValidationError) as caught,
    ):
        interchange.import_document(uow, _broken(case))
    assert (caught.value.code, caught.value.field) == (case.code, "uid")


# ---- a vault made before uids ------------------------------------------------------------------

OLD_ROWS = [
    "INSERT INTO clients (id, pseudonym, legal_name) VALUES (1, 'Watcher', 'Ana Pérez')",
    "INSERT INTO clients (id, pseudonym) VALUES (2, 'Second client')",
    "INSERT INTO accounts (id, platform, handle) VALUES (1, 'instagram', '@watch')",
    "INSERT INTO client_accounts (client_id, account_id) VALUES (1, 1)",
    "INSERT INTO matters (id, title, status) VALUES (1, 'Doe v. DHS', 'open')",
    "INSERT INTO matters (id, title, status) VALUES (2, 'Roe v. CBP', 'intake')",
    "INSERT INTO matter_clients (matter_id, client_id) VALUES (1, 1)",
    "INSERT INTO subpoenas (id, matter_id, kind, issuer, recipient, requested, gag_order, status) "
    "VALUES (1, 1, 'customs_summons', 'CBP', 'Meta', 'name,email', 0, 'challenged')",
    "INSERT INTO subpoena_accounts (subpoena_id, account_id) VALUES (1, 1)",
    "INSERT INTO documents (id, subpoena_id, filename, media_type, content, added_at) "
    "VALUES (1, 1, 'notice.pdf', 'application/pdf', X'255044462D', '2026-01-05 09:00:00')",
    "INSERT INTO docket_events (id, matter_id, date, kind, summary) "
    "VALUES (1, 1, '2026-01-05', 'filing', 'Motion to quash filed')",
    "INSERT INTO deadlines (id, matter_id, subpoena_id, title, due, status) "
    "VALUES (1, 1, 1, 'Reply due', '2026-01-20', 'open')",
    "INSERT INTO deadlines (id, matter_id, title, due, status) "
    "VALUES (2, 2, 'Intake call', '2026-01-09', 'done')",
]
# A client deleted before the upgrade: the trash keeps its row as it was, without a uid.
OLD_TRASH = {
    "rows": {
        "clients": [
            {
                "id": 3,
                "pseudonym": "Gone client",
                "legal_name": None,
                "contact": None,
                "language": None,
                "intake_date": None,
                "notes": None,
            }
        ]
    },
    "links": {},
    "nulled": [],
}


def test_a_vault_made_before_uids_gives_every_record_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    old, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2, revision="0011")
    with old.engine.begin() as conn:
        for statement in OLD_ROWS:
            conn.execute(text(statement))
        conn.execute(
            text(
                "INSERT INTO trash (kind, record_id, label, counts, payload, deleted_at, "
                "deleted_by) VALUES ('clients', 3, 'Gone client', '{}', :payload, "
                "'2026-01-06 10:00:00', 'Test Paralegal')"
            ),
            {"payload": json.dumps(OLD_TRASH)},
        )
    old.lock()

    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        assert vault.schema_revision() == head_revision()
        with UnitOfWork(vault, "Test Paralegal") as uow:
            uids = _uids(uow)
            # every row is still there (nothing cascaded away) and has a uid of its own
            assert {t: sorted(by_id) for t, by_id in uids.items()} == {
                "clients": [1, 2],
                "accounts": [1],
                "matters": [1, 2],
                "subpoenas": [1],
                "deadlines": [1, 2],
                "docket_events": [1],
                "documents": [1],
            }
            everything = _all(uids)
            assert all(_is_new_uid(u) for u in everything)
            assert len(set(everything)) == len(everything)
            # the records read as before, links included
            assert records.get(uow, "matters", 1).client_ids == (1,)
            assert records.get(uow, "subpoenas", 1).account_ids == (1,)
            assert records.get(uow, "accounts", 1).client_ids == (1,)
            assert documents.read(uow, 1) == b"%PDF-"
            # the search index's triggers were left in place: it still follows every write
            assert [h.kind for h in search.search(uow, "watcher").hits] == ["clients"]
            records.update(uow, "clients", 2, {"pseudonym": "Colectivo Cóndor"})
            assert [h.label for h in search.search(uow, "condor").hits] == ["Colectivo Cóndor"]
            # the export carries them
            exported = interchange.export_document(uow)
            assert [r["uid"] for r in exported["clients"]] == [
                uids["clients"][1],
                uids["clients"][2],
            ]
            # a record deleted before the upgrade comes back with a new uid of its own
            [entry] = trash.entries(uow)
            trash.restore(uow, entry.id)
            restored = _uids(uow)["clients"][3]
            assert _is_new_uid(restored) and restored not in everything
            uow.commit()
        assert vault.integrity_problems() == []


def test_the_vault_refuses_a_row_without_a_uid_and_a_changed_uid(vault: Vault) -> None:
    """The schema holds the rule too, for a write that goes around the entities."""
    with UnitOfWork(vault, "Test Paralegal") as uow:
        client = records.create(uow, "clients", {"pseudonym": "Watcher"}).id
        uow.commit()
    with pytest.raises(IntegrityError, match="global id"), vault.engine.begin() as conn:
        conn.execute(text("INSERT INTO matters (title, status) VALUES ('No uid', 'open')"))
    with pytest.raises(IntegrityError, match="global id"), vault.engine.begin() as conn:
        conn.execute(
            text("UPDATE clients SET uid = :uid WHERE id = :id"),
            {"uid": str(uuid.uuid4()), "id": client},
        )
    with UnitOfWork(vault, "Test Paralegal") as uow:
        assert records.count(uow, "matters") == 0
        assert len(_uids(uow)["clients"]) == 1


# ---- the trash -----------------------------------------------------------------------------------


def test_a_restored_record_comes_back_with_its_uid(vault: Vault) -> None:
    with UnitOfWork(vault, "Test Paralegal") as uow:
        made = _case(uow)
        before = _uids(uow)
        uow.commit()
    # a matter takes its subpoena, document, deadline and event along; a client, a document
    for kind, table in (("matters", "matters"), ("clients", "clients")):
        with UnitOfWork(vault, "Test Paralegal") as uow:
            records.delete(uow, kind, made[table])
            assert made[table] not in _uids(uow)[table]
            uow.commit()
    with UnitOfWork(vault, "Test Paralegal") as uow:
        assert _uids(uow)["documents"] == {}
        for entry in trash.entries(uow):  # newest first: the client, then the matter it is on
            trash.restore(uow, entry.id)
        uow.commit()
    with UnitOfWork(vault, "Test Paralegal") as uow:
        documents.remove(uow, made["documents"])
        [entry] = trash.entries(uow)
        trash.restore(uow, entry.id)
        uow.commit()
    with UnitOfWork(vault, "Test Paralegal") as uow:
        assert _uids(uow) == before
        assert records.get(uow, "matters", made["matters"]).client_ids == (made["clients"],)


def test_a_record_an_import_brought_back_is_not_restored_twice(vault: Vault) -> None:
    with UnitOfWork(vault, "Test Paralegal") as uow:
        made = _case(uow)
        records.create(uow, "clients", {"pseudonym": "Another client"})  # the import's id is new
        exported = interchange.export_document(uow, include_sealed=True)
        records.delete(uow, "clients", made["clients"])
        uow.commit()
    # The client comes back from the file exported before it was deleted, uid and all.
    [client] = [r for r in exported["clients"] if r["id"] == f"client-{made['clients']}"]
    file = {"format": interchange.FORMAT, "version": interchange.VERSION, "clients": [client]}
    with UnitOfWork(vault, "Test Paralegal") as uow:
        interchange.import_document(uow, file)
        uow.commit()
    with UnitOfWork(vault, "Test Paralegal") as uow:
        before = snapshot(uow), _uids(uow)
        [entry] = trash.entries(uow)
        with pytest.raises(ValidationError) as caught:
            trash.restore(uow, entry.id)
        assert caught.value.code == "trash.value_taken"
        assert client["uid"] in str(caught.value) and "Nothing was restored" in str(caught.value)
        assert (snapshot(uow), _uids(uow)) == before
        assert [e.id for e in trash.entries(uow)] == [entry.id]
