"""Use cases on a real vault: the verbs a paralegal performs, validated and audited."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy
from sqlalchemy import text

from models.errors import NotFoundError, ValidationError
from services import audit, records
from storage.uow import UnitOfWork
from storage.vault import Vault


def _matter(uow: UnitOfWork, title: str = "Doe v. DHS") -> int:
    return int(records.create(uow, "matters", {"title": title, "status": "intake"}).id)


def test_whole_case_is_built_linked_and_listed(uow: UnitOfWork) -> None:
    matter = _matter(uow)
    client = records.create(
        uow,
        "clients",
        {
            "pseudonym": "Watcher",
            "legal_name": "Ana Pérez",
            "contact": "555-0100",
            "language": "es",
        },
    )
    account = records.create(uow, "accounts", {"platform": "instagram", "handle": "@watch"})
    records.link_account_to_client(uow, account.id, client.id)
    records.add_client_to_matter(uow, matter, client.id)
    subpoena = records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter,
            "kind": "administrative_subpoena",
            "issuer": "DHS",
            "recipient": "Meta",
            "served": "2025-09-03",
            "compliance_date": "2025-09-17",
            "requested": ["name", "email"],
            "status": "received",
            "response_window_days": 14,
        },
    )
    records.link_account_to_subpoena(uow, subpoena.id, account.id)
    deadline = records.create(
        uow,
        "deadlines",
        {
            "matter_id": matter,
            "subpoena_id": subpoena.id,
            "title": "File motion to quash",
            "due": dt.date(2025, 9, 15),
            "status": "open",
        },
    )
    records.set_status(uow, "deadlines", deadline.id, "done")
    records.set_status(uow, "subpoenas", subpoena.id, "challenged")
    uow.commit()

    assert records.get(uow, "accounts", account.id).client_ids == (client.id,)
    assert records.get(uow, "matters", matter).client_ids == (client.id,)
    got = records.get(uow, "subpoenas", subpoena.id)
    assert got.account_ids == (account.id,) and got.requested == ("name", "email")
    assert got.status == "challenged"
    assert records.get(uow, "deadlines", deadline.id).status == "done"
    listed = records.list_records(uow, "clients")
    assert [c.pseudonym for c in listed] == ["Watcher"]
    assert listed[0].legal_name_on_file is True
    assert "Ana" not in repr(listed[0])  # views carry no sealed value


def test_edit_changes_only_named_fields_and_audits_old_and_new(uow: UnitOfWork) -> None:
    matter = _matter(uow)
    records.update(uow, "matters", matter, {"court": "N.D. Cal.", "status": "open"})
    uow.commit()
    view = records.get(uow, "matters", matter)
    assert (view.title, view.court, view.status) == ("Doe v. DHS", "N.D. Cal.", "open")
    change = audit.entries(uow, entity="matter", entity_id=matter)[0]
    assert change.action == "change" and change.actor == "Test Paralegal"
    assert change.detail["changed"]["status"] == ["intake", "open"]


def test_sealed_field_changes_are_audited_without_their_values(uow: UnitOfWork) -> None:
    client = records.create(uow, "clients", {"pseudonym": "P1", "legal_name": "Secret Name"})
    records.update(uow, "clients", client.id, {"legal_name": "Other Secret"})
    uow.commit()
    for entry in audit.entries(uow):
        assert "Secret" not in str(entry.detail)


def test_reveal_returns_the_sealed_value_and_writes_an_audit_entry(uow: UnitOfWork) -> None:
    client = records.create(uow, "clients", {"pseudonym": "P1", "legal_name": "Ana Pérez"})
    uow.commit()
    assert records.reveal(uow, client.id, "legal_name") == "Ana Pérez"
    uow.commit()
    latest = audit.entries(uow, limit=1)[0]
    assert (latest.action, latest.entity, latest.entity_id) == ("reveal", "client", client.id)
    assert latest.detail == {"field": "legal_name"} and latest.actor == "Test Paralegal"
    with pytest.raises(ValidationError, match="not a sealed field"):
        records.reveal(uow, client.id, "pseudonym")


def test_delete_removes_a_matter_with_its_subpoenas_and_deadlines(uow: UnitOfWork) -> None:
    matter = _matter(uow)
    records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter,
            "kind": "customs_summons",
            "issuer": "CBP",
            "recipient": "X",
            "status": "received",
        },
    )
    records.create(
        uow, "deadlines", {"matter_id": matter, "title": "t", "due": "2026-01-02", "status": "open"}
    )
    records.delete(uow, "matters", matter)
    uow.commit()
    assert [records.count(uow, k) for k in ("matters", "subpoenas", "deadlines")] == [0, 0, 0]
    assert audit.entries(uow, limit=1)[0].action == "delete"


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("matters", {"status": "open"}, "matter: title is required"),
        ("matters", {"title": "x", "status": "pending"}, "matter: status must be one of"),
        ("matters", {"title": "x" * 201, "status": "open"}, "title is longer than 200"),
        ("matters", {"title": "x", "status": "open", "colour": "red"}, "unknown field 'colour'"),
        ("accounts", {"platform": "myspace", "handle": "@a"}, "platform must be one of"),
        (
            "deadlines",
            {"matter_id": 999, "title": "t", "due": "2026-01-01", "status": "open"},
            "matter_id refers to matter 999, which does not exist",
        ),
        (
            "deadlines",
            {"matter_id": 1, "title": "t", "due": "2026-02-30", "status": "open"},
            "due is not a real date",
        ),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    uow: UnitOfWork, kind: str, data: dict[str, object], message: str
) -> None:
    _matter(uow)
    uow.commit()
    before = {k: records.count(uow, k) for k in ("matters", "accounts", "deadlines")}
    entries = audit.verify(uow).entries
    with pytest.raises(ValidationError, match=message):
        records.create(uow, kind, data)
    uow.rollback()
    assert {k: records.count(uow, k) for k in before} == before
    assert audit.verify(uow).entries == entries


def test_compliance_date_before_served_is_refused(uow: UnitOfWork) -> None:
    matter = _matter(uow)
    subpoena = records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter,
            "kind": "administrative_subpoena",
            "issuer": "DHS",
            "recipient": "Meta",
            "served": "2025-09-10",
            "status": "received",
        },
    )
    with pytest.raises(ValidationError, match="compliance_date .* is before"):
        records.update(uow, "subpoenas", subpoena.id, {"compliance_date": "2025-09-01"})
    assert records.get(uow, "subpoenas", subpoena.id).compliance_date is None


def test_missing_record_is_reported(uow: UnitOfWork) -> None:
    with pytest.raises(NotFoundError, match="no matter with id 42"):
        records.update(uow, "matters", 42, {"title": "x"})


def test_audit_verify_finds_an_edited_and_a_deleted_entry(vault: Vault) -> None:
    with UnitOfWork(vault, "Ana") as uow:
        for title in ("one", "two", "three", "four"):
            _matter(uow, title)
        uow.commit()
        assert audit.verify(uow).intact
    with vault.engine.begin() as conn:
        for sql in (
            "UPDATE audit_log SET actor = 'Mallory' WHERE seq = 2",
            "DELETE FROM audit_log",
        ):
            with pytest.raises(sqlalchemy.exc.IntegrityError, match="append-only"):
                with conn.begin_nested():
                    conn.execute(text(sql))
    with vault.engine.begin() as conn:  # someone who drops the triggers first
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("UPDATE audit_log SET actor = 'Mallory' WHERE seq = 2"))
        conn.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    with UnitOfWork(vault, "Ana") as uow:
        report = audit.verify(uow)
    assert not report.intact
    assert any("entry 2 was edited" in p for p in report.problems)
    assert any("entry 3 missing" in p for p in report.problems)


def test_every_change_appends_to_one_unbroken_chain(uow: UnitOfWork) -> None:
    matter = _matter(uow)
    records.update(uow, "matters", matter, {"judge": "Hixson"})
    records.delete(uow, "matters", matter)
    uow.commit()
    report = audit.verify(uow)
    assert report.intact and report.entries == 4  # after the vault's own "create" entry
    assert [e.action for e in audit.entries(uow)] == ["delete", "change", "create", "create"]


def test_staff_names_are_unique_with_a_clear_message(uow: UnitOfWork) -> None:
    records.create(uow, "staff", {"name": "A. Rivera", "role": "attorney"})
    with pytest.raises(ValidationError, match="already taken"):
        records.create(uow, "staff", {"name": "A. Rivera", "role": "paralegal"})
    other = records.create(uow, "staff", {"name": "S. Chen", "role": "paralegal"})
    with pytest.raises(ValidationError, match="already taken"):
        records.update(uow, "staff", other.id, {"name": "A. Rivera"})
    assert records.get(uow, "staff", other.id).active is True


def test_scanned_document_is_kept_with_its_subpoena(uow: UnitOfWork) -> None:
    from services import documents

    matter = _matter(uow)
    subpoena = records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter,
            "kind": "customs_summons",
            "issuer": "CBP",
            "recipient": "Twitter",
            "status": "received",
        },
    )
    pdf = b"%PDF-1.4 summons scan"
    view = documents.attach(uow, documents.on_subpoena(subpoena.id), "summons.pdf", pdf)
    uow.commit()
    assert view.media_type == "application/pdf" and view.size == len(pdf)
    assert [d.filename for d in documents.list_for_subpoena(uow, subpoena.id)] == ["summons.pdf"]
    assert documents.read(uow, view.id) == pdf
    with pytest.raises(ValidationError, match="empty"):
        documents.attach(uow, documents.on_subpoena(subpoena.id), "blank.pdf", b"")
    documents.remove(uow, view.id)
    assert documents.list_for_subpoena(uow, subpoena.id) == []


def test_deadline_links_must_stay_within_its_matter(uow: UnitOfWork) -> None:
    from services import docketing

    first, second = _matter(uow, "First"), _matter(uow, "Second")
    result = docketing.docket(uow, first, "motion-to-quash-filed", dt.date(2016, 5, 16))
    with pytest.raises(ValidationError, match="event_id .* belongs to another matter"):
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": second,
                "title": "t",
                "due": "2016-06-01",
                "status": "open",
                "event_id": result.event_id,
            },
        )
    with pytest.raises(ValidationError, match="parent_id .* belongs to another matter"):
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": second,
                "title": "t",
                "due": "2016-06-01",
                "status": "open",
                "parent_id": result.deadlines[0].id,
            },
        )


def test_interchange_version_must_be_the_number_one(uow: UnitOfWork) -> None:
    from services import interchange

    for version in (True, 1.0, "1"):
        with pytest.raises(ValidationError, match="version"):
            interchange.validate({"format": "quash-interchange", "version": version})


def test_a_committed_write_says_what_it_changed_and_nothing_else_does(vault: Vault) -> None:
    from services import docketing, vaults
    from services.changes import Changes

    def changed(fn: object, *, commit: bool = True) -> frozenset[str]:
        with UnitOfWork(vault, "Test Paralegal") as uow:
            fn(uow)  # type: ignore[operator]
            if commit:
                uow.commit()
            return Changes.of_tables(uow.committed_tables).kinds

    client_id = 0

    def add_client(uow: UnitOfWork) -> None:
        nonlocal client_id
        client_id = records.create(uow, "clients", {"pseudonym": "Client A"}).id

    assert changed(add_client) == {"clients", "audit"}
    matter_id = 0

    def add_matter(uow: UnitOfWork) -> None:
        nonlocal matter_id
        matter_id = _matter(uow)

    assert changed(add_matter) == {"matters", "audit"}
    linked = changed(lambda uow: records.add_client_to_matter(uow, matter_id, client_id))
    assert {"matters", "clients", "audit"} <= linked
    docketed = changed(
        lambda uow: docketing.docket(uow, matter_id, "motion-to-quash-filed", dt.date(2026, 3, 17))
    )
    assert {"deadlines", "events", "audit"} <= docketed and "clients" not in docketed
    assert changed(lambda uow: vaults.set_setting(uow, "office_name", "X")) == {"settings", "audit"}
    assert changed(lambda uow: records.list_records(uow, "matters")) == frozenset()  # a read
    undone = changed(
        lambda uow: records.create(uow, "staff", {"name": "B", "role": "paralegal"}), commit=False
    )
    assert undone == frozenset()  # not committed: nothing changed


def test_who_may_work_is_the_active_staff_in_name_order(vault: Vault) -> None:
    from services import vaults

    assert vaults.people_who_may_work(vault) == ["Test Paralegal"]  # the vault's first person
    with UnitOfWork(vault, "Test Paralegal") as uow:
        for name, active in (("sam Rivera", True), ("Ana Díaz", True), ("Old Hand", False)):
            records.create(uow, "staff", {"name": name, "role": "paralegal", "active": active})
        uow.commit()
    assert vaults.people_who_may_work(vault) == ["Ana Díaz", "sam Rivera", "Test Paralegal"]
