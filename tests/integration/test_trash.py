"""The trash, on a real vault: a deleted matter goes with its subpoenas, documents, deadlines and
docket, is listed nowhere else, and comes back as it was (ids, links, sealed fields); a clash
restores nothing; emptying deletes for good; every step is audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from models.errors import QuashError
from services import audit, documents, queries, records, trash
from storage.uow import UnitOfWork
from storage.vault import Vault


def _case(uow: UnitOfWork) -> dict[str, int]:
    matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"}).id
    client = records.create(
        uow, "clients", {"pseudonym": "Watcher", "legal_name": "Ana Pérez", "contact": "555"}
    ).id
    account = records.create(uow, "accounts", {"platform": "instagram", "handle": "@watch"}).id
    records.link_account_to_client(uow, account, client)
    records.add_client_to_matter(uow, matter, client)
    subpoena = records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter,
            "kind": "administrative_subpoena",
            "issuer": "DHS",
            "recipient": "Meta",
            "status": "received",
        },
    ).id
    records.link_account_to_subpoena(uow, subpoena, account)
    document = documents.attach(
        uow, documents.on_subpoena(subpoena), "notice.pdf", b"%PDF-1.4 notice"
    ).id
    deadlines = [
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": matter,
                "subpoena_id": subpoena,
                "title": f"Deadline {n}",
                "due": dt.date(2026, 3, n + 1),
                "status": "open",
            },
        ).id
        for n in range(3)
    ]
    event = records.create(
        uow,
        "events",
        {"matter_id": matter, "date": dt.date(2026, 2, 1), "kind": "filing", "summary": "Filed"},
    ).id
    uow.commit()
    ids = {"matter": matter, "client": client, "account": account, "subpoena": subpoena}
    return ids | {"document": document, "event": event, "deadline": deadlines[0]}


def test_deleting_a_matter_counts_what_goes_and_restores_it_as_it_was(vault: Vault) -> None:
    with UnitOfWork(vault, "Paralegal") as uow:
        ids = _case(uow)
        goes = trash.goes_with(uow, "matters", ids["matter"])
        assert goes == {"subpoenas": 1, "deadlines": 3, "events": 1, "documents": 1}
        records.delete(uow, "matters", ids["matter"])
        uow.commit()

    with UnitOfWork(vault, "Paralegal") as uow:
        assert records.count(uow, "matters") == 0
        assert records.count(uow, "deadlines") == 0
        assert queries.dashboard(uow, dt.date(2026, 2, 1)).open_subpoenas_by_status == {}
        [entry] = trash.entries(uow)
        assert (entry.kind, entry.label, entry.counts) == ("matters", "Doe v. DHS", goes)
        trash.restore(uow, entry.id)
        uow.commit()

    with UnitOfWork(vault, "Paralegal") as uow:
        matter = records.get(uow, "matters", ids["matter"])
        assert (matter.title, matter.client_ids) == ("Doe v. DHS", (ids["client"],))
        subpoena = records.get(uow, "subpoenas", ids["subpoena"])
        assert subpoena.account_ids == (ids["account"],)
        assert documents.read(uow, ids["document"]) == b"%PDF-1.4 notice"
        assert records.get(uow, "deadlines", ids["deadline"]).subpoena_id == ids["subpoena"]
        assert records.get(uow, "events", ids["event"]).summary == "Filed"
        assert records.count(uow, "deadlines") == 3
        assert trash.entries(uow) == []
        actions = [(e.action, e.entity) for e in audit.entries(uow, limit=2)]
        assert actions == [("restore", "matter"), ("delete", "matter")]


def test_a_client_comes_back_with_sealed_fields_and_links(vault: Vault) -> None:
    with UnitOfWork(vault, "Paralegal") as uow:
        ids = _case(uow)
        records.delete(uow, "clients", ids["client"])
        uow.commit()
        assert records.get(uow, "matters", ids["matter"]).client_ids == ()
        [entry] = trash.entries(uow)
        assert entry.label == "Watcher"  # the pseudonym; never the sealed name
        trash.restore(uow, entry.id)
        uow.commit()
        assert records.reveal(uow, ids["client"], "legal_name") == "Ana Pérez"
        assert records.get(uow, "matters", ids["matter"]).client_ids == (ids["client"],)
        assert records.get(uow, "accounts", ids["account"]).client_ids == (ids["client"],)


def test_a_subpoena_restored_sets_its_deadlines_links_back(vault: Vault) -> None:
    with UnitOfWork(vault, "Paralegal") as uow:
        ids = _case(uow)
        records.delete(uow, "subpoenas", ids["subpoena"])
        uow.commit()
        uow.session.expire_all()
        assert records.get(uow, "deadlines", ids["deadline"]).subpoena_id is None
        trash.restore(uow, trash.entries(uow)[0].id)
        uow.commit()
        assert records.get(uow, "deadlines", ids["deadline"]).subpoena_id == ids["subpoena"]


def test_a_restore_that_clashes_changes_nothing(vault: Vault) -> None:
    with UnitOfWork(vault, "Paralegal") as uow:
        person = records.create(uow, "staff", {"name": "Rosa Díaz", "role": "paralegal"}).id
        records.delete(uow, "staff", person)
        records.create(uow, "staff", {"name": "Rosa Díaz", "role": "attorney"})
        uow.commit()
        entry = trash.entries(uow)[0]
        with pytest.raises(QuashError) as raised:
            trash.restore(uow, entry.id)
        assert raised.value.code in ("trash.id_taken", "trash.value_taken")
        uow.rollback()
        assert [e.id for e in trash.entries(uow)] == [entry.id]
        staff = records.list_records(uow, "staff")
        assert [s.role for s in staff if s.name == "Rosa Díaz"] == ["attorney"]


def test_a_subpoena_whose_matter_is_gone_asks_for_the_matter_first(vault: Vault) -> None:
    with UnitOfWork(vault, "Paralegal") as uow:
        ids = _case(uow)
        records.delete(uow, "subpoenas", ids["subpoena"])
        records.delete(uow, "matters", ids["matter"])
        uow.commit()
        subpoena_entry = next(e for e in trash.entries(uow) if e.kind == "subpoenas")
        with pytest.raises(QuashError) as raised:
            trash.restore(uow, subpoena_entry.id)
        assert raised.value.code == "trash.owner_missing"
        uow.rollback()
        matter_entry = next(e for e in trash.entries(uow) if e.kind == "matters")
        trash.restore(uow, matter_entry.id)
        trash.restore(uow, subpoena_entry.id)
        uow.commit()
        assert records.get(uow, "subpoenas", ids["subpoena"]).matter_id == ids["matter"]
        assert documents.read(uow, ids["document"]) == b"%PDF-1.4 notice"


def test_emptying_deletes_for_good_and_is_audited(vault: Vault) -> None:
    with UnitOfWork(vault, "Paralegal") as uow:
        ids = _case(uow)
        records.delete(uow, "matters", ids["matter"])
        uow.commit()
        assert trash.what_goes(trash.entries(uow))["deadlines"] == 3
        gone = trash.empty(uow)
        uow.commit()
        assert gone == {"matters": 1, "subpoenas": 1, "deadlines": 3, "events": 1, "documents": 1}
        assert list(gone) == ["matters", "subpoenas", "deadlines", "events", "documents"]
        assert trash.entries(uow) == []
        last = audit.entries(uow, limit=1)[0]
        assert (last.action, last.entity) == ("empty", "trash")


def test_listing_and_emptying_the_trash_leave_what_it_holds_unread(vault: Vault) -> None:
    """A deleted scan is megabytes in its entry's payload; the trash's list (and emptying it)
    needs none of it, so no statement they run reads the payload."""
    with UnitOfWork(vault, "tester") as uow:
        matter = records.create(uow, "matters", {"title": "Scans", "status": "open"}).id
        scan = documents.attach(uow, documents.on_matter(matter), "scan.pdf", b"%PDF" * 300_000)
        uow.commit()
    with UnitOfWork(vault, "tester") as uow:
        documents.remove(uow, scan.id)
        uow.commit()
    statements: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(vault.engine, "before_cursor_execute", note)
    try:
        with UnitOfWork(vault, "tester") as uow:
            [listed] = trash.entries(uow)
            assert (listed.kind, listed.label) == ("documents", "scan.pdf")
            assert trash.empty(uow) == {"documents": 1}
            uow.commit()
    finally:
        event.remove(vault.engine, "before_cursor_execute", note)
    reads = [s for s in statements if "FROM trash" in s]
    assert reads and not [s for s in reads if "payload" in s], reads
    with UnitOfWork(vault, "tester") as uow:
        assert trash.entries(uow) == []
