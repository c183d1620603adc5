"""Schema migrations: a vault made by an older Quash opens in this one with its data intact."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import LargeBinary, inspect, text

from models.entities import LARGE_VALUES, Base
from services import documents, records, search
from storage.keyslots import MINIMUM_ARGON2
from storage.search_index import include_name
from storage.uow import UnitOfWork
from storage.vault import (
    Vault,
    alembic_config,
    create_vault,
    head_revision,
    unlock_with_passphrase,
)
from tests.conftest import PASSPHRASE
from tests.support.tasks import Watching

FIRST = "0001"


def test_vault_made_with_the_first_migration_upgrades_to_head_with_data_intact(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old"
    old, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2, revision=FIRST)
    assert old.schema_revision() == FIRST
    with old.engine.begin() as conn:
        assert "documents" not in inspect(conn).get_table_names()
        conn.execute(
            text("INSERT INTO matters (id, title, status) VALUES (1, 'Old matter', 'open')")
        )
        conn.execute(
            text(
                "INSERT INTO clients (id, pseudonym, legal_name) "
                "VALUES (1, 'Old client', 'Sealed Name')"
            )
        )
        conn.execute(text("INSERT INTO matter_clients (matter_id, client_id) VALUES (1, 1)"))
        conn.execute(
            text(
                "INSERT INTO subpoenas (id, matter_id, kind, issuer, recipient, requested, "
                "gag_order, status) VALUES (1, 1, 'customs_summons', 'CBP', 'Twitter', "
                "'name,email', 0, 'withdrawn')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO deadlines (matter_id, title, due, status) "
                "VALUES (1, 'Old deadline', '2017-04-07', 'done')"
            )
        )
    old.lock()

    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        assert vault.schema_revision() == head_revision() != FIRST
        with vault.engine.connect() as conn:
            assert "documents" in inspect(conn).get_table_names()
        with UnitOfWork(vault, "tester") as uow:
            matter = records.get(uow, "matters", 1)
            assert (matter.title, matter.client_ids) == ("Old matter", (1,))
            assert records.get(uow, "subpoenas", 1).requested == ("name", "email")
            assert [d.title for d in records.list_records(uow, "deadlines")] == ["Old deadline"]
            assert records.reveal(uow, 1, "legal_name") == "Sealed Name"
        assert vault.integrity_problems() == []


def test_models_and_migrations_describe_the_same_schema(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        # The search index (0011) is FTS5's virtual table and shadow tables, made by SQL.
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    # SQLAlchemy's SQLite reflection does not read ON DELETE from a column added with an inline
    # REFERENCES clause (migration 0003), so foreign keys are compared below from SQLite itself.
    assert [d for d in diff if d[0] not in ("add_fk", "remove_fk")] == []
    with vault.raw_connection() as conn:
        for table in Base.metadata.sorted_tables:
            actual = {
                (row[3], row[2], row[4], row[6])
                for row in conn.execute(f"PRAGMA foreign_key_list({table.name})").fetchall()
            }
            expected = {
                (fk.parent.name, fk.column.table.name, fk.column.name, fk.ondelete or "NO ACTION")
                for fk in table.foreign_keys
            }
            assert actual == expected, table.name


def test_a_vault_made_at_0009_gets_its_search_index_built(tmp_path: Path) -> None:
    folder = tmp_path / "before-search"
    old, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2, revision="0009")
    with old.engine.begin() as conn:
        assert "search_index" not in inspect(conn).get_table_names()
        conn.execute(
            text(
                "INSERT INTO clients (id, pseudonym, legal_name, contact, notes) VALUES "
                "(1, 'Colectivo Águila', 'Sealed Brightwater', 'sealed@proton.example', "
                "'Met at the refugio.')"
            )
        )
        conn.execute(
            text("INSERT INTO matters (id, title, status) VALUES (1, 'Peña v. DHS', 'open')")
        )
        conn.execute(
            text(
                "INSERT INTO docket_events (matter_id, date, kind, summary) "
                "VALUES (1, '2026-01-05', 'order', 'Magistrate Judge Hixson orders a stay.')"
            )
        )
    old.lock()

    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        assert vault.schema_revision() == head_revision()
        with UnitOfWork(vault, "tester") as uow:
            assert [h.label for h in search.search(uow, "AGUI").hits] == ["Colectivo Águila"]
            assert [h.kind for h in search.search(uow, "refugio").hits] == ["clients"]
            assert [h.kind for h in search.search(uow, "pena").hits] == ["matters"]
            assert [h.kind for h in search.search(uow, "hixson").hits] == ["events"]
            assert search.search(uow, "brightwater").hits == ()
            assert search.search(uow, "proton").hits == ()
            assert all("Brightwater" not in t for t in search.indexed_text(uow))
            # and from here on the triggers keep it in step
            records.update(uow, "clients", 1, {"pseudonym": "Colectivo Cóndor"})
            assert [h.label for h in search.search(uow, "condor").hits] == ["Colectivo Cóndor"]
            assert search.search(uow, "aguila").hits == ()
        assert vault.integrity_problems() == []


def test_a_vault_made_at_0016_gets_its_search_index_by_kind_and_can_go_back(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "interleaved-index"
    old, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2, revision="0016")
    with UnitOfWork(old, "tester") as uow:  # 0017 changes no table the models describe
        client = records.create(uow, "clients", {"pseudonym": "Colectivo Búho"}).id
        case = records.create(uow, "matters", {"title": "Búho v. ICE", "status": "open"}).id
        due = records.create(
            uow,
            "deadlines",
            {
                "matter_id": case,
                "title": "File the búho reply",
                "due": "2026-01-05",
                "status": "open",
            },
        ).id
        uow.commit()
    with old.engine.begin() as conn:
        old_rowids = sorted(conn.scalars(text("SELECT rowid FROM search_index")))
    old.lock()
    assert old_rowids == sorted([case * 8 + 1, client * 8 + 2, due * 8 + 5])  # 0011's rowids

    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        with UnitOfWork(vault, "tester") as uow:
            assert [(g.kind, g.total) for g in search.search(uow, "buho").groups] == [
                ("matters", 1),
                ("clients", 1),
                ("deadlines", 1),
            ]
            rowids = sorted(uow.session.scalars(text("SELECT rowid FROM search_index")))
            assert rowids == [
                search.rowid_of("matters", case),
                search.rowid_of("clients", client),
                search.rowid_of("deadlines", due),
            ]
            records.create(uow, "clients", {"pseudonym": "Colectivo Búho Dos"})
            uow.commit()
        with vault.engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0016")
            back = sorted(conn.scalars(text("SELECT rowid FROM search_index")))
            new_client = conn.scalar(text("SELECT max(id) FROM clients"))
        assert back == sorted([*old_rowids, new_client * 8 + 2])


def test_a_vault_made_at_0013_keeps_its_subpoena_scans_on_their_matter(tmp_path: Path) -> None:
    folder = tmp_path / "before-documents-everywhere"
    old, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2, revision="0013")
    with old.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO matters (id, uid, title, status) VALUES (7, 'u-m', 'Peña', 'open')")
        )
        conn.execute(
            text(
                "INSERT INTO subpoenas (id, uid, matter_id, kind, issuer, recipient, requested, "
                "gag_order, status) VALUES (3, 'u-s', 7, 'customs_summons', 'CBP', 'Meta', "
                "'name', 0, 'received')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO documents (id, uid, subpoena_id, filename, media_type, content, "
                "added_at) VALUES (5, 'u-d', 3, 'summons.pdf', 'application/pdf', "
                "X'255044462D', '2026-11-30 10:00:00')"
            )
        )
    old.lock()

    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        assert vault.schema_revision() == head_revision()
        with UnitOfWork(vault, "tester") as uow:
            [scan] = documents.list_for(uow, documents.on_matter(7))
            assert (scan.id, scan.subpoena_id, scan.event_id) == (5, 3, None)
            assert documents.read(uow, 5) == b"%PDF-"
            event = records.create(
                uow,
                "events",
                {"matter_id": 7, "date": "2026-12-01", "kind": "order", "summary": "Stay"},
            )
            order = documents.attach(uow, documents.on_event(event.id), "order.pdf", b"%PDF-1")
            assert order.matter_id == 7
            uow.commit()
        with vault.engine.begin() as conn:  # the global id is still kept, as 0012 made it
            with pytest.raises(Exception, match="never changes"):
                conn.execute(text("UPDATE documents SET uid = 'other' WHERE id = 5"))
        assert vault.integrity_problems() == []


def _columns(conn: object, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]  # type: ignore[attr-defined]


def test_every_file_or_whole_record_is_its_tables_last_column(vault: Vault) -> None:
    """Reading a column stored after a large value reads all of the value (SQLite's overflow
    pages), so a file or a whole record is always last: in the models and in a vault."""
    for table in Base.metadata.sorted_tables:
        large = [c.name for c in table.columns if isinstance(c.type, LargeBinary)]
        assert set(large) <= {LARGE_VALUES.get(table.name)}, table.name
    with vault.raw_connection() as conn:
        for table, column in LARGE_VALUES.items():
            assert list(Base.metadata.tables[table].columns)[-1].name == column, table
            assert _columns(conn, table)[-1] == column, table


SCAN = 1_200_000


def test_a_vault_made_at_0018_gets_its_large_values_last_and_keeps_every_row(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "blobs-first"
    old, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2, revision="0018")
    scan = bytes(range(256)) * (SCAN // 256)
    with old.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO matters (id, uid, title, status) VALUES (7, 'u-m', 'M', 'open')")
        )
        for n in (1, 2):
            conn.execute(
                text(
                    "INSERT INTO documents (id, uid, matter_id, filename, media_type, content, "
                    "added_at) VALUES (:n, :uid, 7, :name, 'application/pdf', :scan, "
                    "'2026-11-30 10:00:0' || :n)"
                ),
                {"n": n, "uid": f"u-d{n}", "name": f"scan{n}.pdf", "scan": scan[n:]},
            )
        conn.execute(
            text(
                "INSERT INTO templates (id, uid, name, language, content, added_at, added_by) "
                "VALUES (1, 'u-t', 'Letter', 'es', X'504B0304', '2026-11-30 11:00:00', 'Ana')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO trash (id, kind, record_id, label, counts, payload, deleted_at, "
                "deleted_by) VALUES (1, 'documents', 9, 'old.pdf', '{}', :payload, "
                "'2026-11-30 12:00:00', 'Ana')"
            ),
            {"payload": "x" * SCAN},
        )
        conn.execute(
            text(
                "INSERT INTO drafts (id, kind, record_id, payload, saved_at) "
                "VALUES (1, 'matters', 7, '{\"title\": \"M\"}', '2026-11-30 13:00:00')"
            )
        )
        tables = ("documents", "templates", "trash", "drafts")
        before = {
            t: conn.execute(text(f"SELECT * FROM {t} ORDER BY id")).mappings().all() for t in tables
        }
    old.lock()
    size = (folder / "quash.db").stat().st_size

    reports: list[tuple[int, int, str]] = []
    counting = Watching(on_progress=lambda done, total, what: reports.append((done, total, what)))
    with unlock_with_passphrase(folder, PASSPHRASE, task=counting) as vault:
        assert vault.schema_revision() == head_revision()
        # The move was counted, by the bytes of each large value and a little for each row.
        counted = [(d, t) for d, t, what in reports if t and what.startswith("Updating the vault")]
        moved = len(scan[1:]) + len(scan[2:]) + 4 + SCAN + len('{"title": "M"}') + 5 * 1024
        assert counted and all(t == moved for _d, t in counted)
        assert [d for d, _t in counted] == sorted(d for d, _t in counted)
        assert counted[-1] == (moved, moved)
        with vault.engine.begin() as conn:
            for table in tables:
                assert _columns(conn.connection, table)[-1] == LARGE_VALUES[table], table
                after = conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings().all()
                assert [dict(r) for r in after] == [dict(r) for r in before[table]], table
            with pytest.raises(Exception, match="never changes"):  # 0012's trigger, made again
                conn.execute(text("UPDATE documents SET uid = 'other' WHERE id = 1"))
            with pytest.raises(Exception, match="UNIQUE"):  # the templates' names stay unique
                conn.execute(
                    text(
                        "INSERT INTO templates (uid, name, language, added_at, added_by, "
                        "content) VALUES ('u-t2', 'Letter', 'en', '2026-12-01', 'Ana', X'00')"
                    )
                )
            indexes = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index'")))
        assert {
            "ix_documents_matter_id",
            "ix_documents_subpoena_id",
            "ix_documents_event_id",
            "ix_documents_uid",
            "ix_templates_uid",
        } <= indexes
        assert vault.integrity_problems() == []
    # Moved a row at a time, each row's freed pages reused for the next: the file grew by about
    # its largest row, not by the tables' size (3.6 MB here).
    assert (folder / "quash.db").stat().st_size - size < 2 * SCAN


def test_listing_documents_reads_none_of_their_bytes(vault: Vault, vault_dir: Path) -> None:
    """A page in the middle of a scan is damaged on disk: the matter's list of documents still
    shows it, with its size and date, since listing reads nothing of what a scan holds; opening
    that scan is what fails."""
    with UnitOfWork(vault, "tester") as uow:
        matter = records.create(uow, "matters", {"title": "Scans", "status": "open"}).id
        uow.commit()
    db = vault_dir / "quash.db"
    start = db.stat().st_size
    with UnitOfWork(vault, "tester") as uow:
        scan = documents.attach(uow, documents.on_matter(matter), "scan.pdf", os.urandom(SCAN))
        uow.commit()
    end = db.stat().st_size
    vault.lock()
    assert end - start > SCAN
    middle = (start + end) // 2 // 4096 * 4096 + 100
    with db.open("r+b") as handle:
        handle.seek(middle)
        byte = handle.read(1)
        handle.seek(middle)
        handle.write(bytes([byte[0] ^ 0xFF]))

    with unlock_with_passphrase(vault_dir, PASSPHRASE) as opened:
        with UnitOfWork(opened, "tester") as uow:
            [listed] = documents.list_for(uow, documents.on_matter(matter))
            assert (listed.id, listed.size, listed.added_at) == (scan.id, SCAN, scan.added_at)
            assert documents.view(uow, scan.id) == listed
            with pytest.raises(Exception):  # noqa: B017 - SQLCipher's own error for the page
                documents.read(uow, scan.id)


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    from storage.vault import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
