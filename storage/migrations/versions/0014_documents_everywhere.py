"""documents on matters and docket events too: every document belongs to a matter, and may
belong to one of its subpoenas or one of its docket events (an order, a filed motion)

`documents.subpoena_id` was NOT NULL, and SQLite relaxes that only by building the table anew.
Nothing refers to documents, so the rebuild drops no child rows even with foreign_keys=ON (the
reason 0012 added its columns in place); the table's own uid triggers and indexes are made
again as 0012 made them. Each document's matter is its subpoena's.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE documents_new ("
        "id INTEGER NOT NULL PRIMARY KEY, "
        "uid VARCHAR(36) NOT NULL DEFAULT '', "
        "matter_id INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE, "
        "subpoena_id INTEGER REFERENCES subpoenas (id) ON DELETE CASCADE, "
        "event_id INTEGER REFERENCES docket_events (id) ON DELETE CASCADE, "
        "filename VARCHAR(200) NOT NULL, "
        "media_type VARCHAR(100) NOT NULL, "
        "content BLOB NOT NULL, "
        "added_at DATETIME NOT NULL, "
        "CONSTRAINT documents_one_owner CHECK (subpoena_id IS NULL OR event_id IS NULL))"
    )
    op.execute(
        "INSERT INTO documents_new "
        "(id, uid, matter_id, subpoena_id, event_id, filename, media_type, content, added_at) "
        "SELECT d.id, d.uid, s.matter_id, d.subpoena_id, NULL, d.filename, d.media_type, "
        "d.content, d.added_at FROM documents AS d JOIN subpoenas AS s ON s.id = d.subpoena_id"
    )
    op.execute("DROP TABLE documents")
    op.execute("ALTER TABLE documents_new RENAME TO documents")
    for column in ("matter_id", "subpoena_id", "event_id"):
        op.create_index(f"ix_documents_{column}", "documents", [column])
    op.create_index("ix_documents_uid", "documents", ["uid"], unique=True)
    op.execute(
        "CREATE TRIGGER documents_uid_required BEFORE INSERT ON documents "
        "WHEN new.uid = '' "
        "BEGIN SELECT RAISE(ABORT, 'documents: a record needs its global id (uid)'); END"
    )
    op.execute(
        "CREATE TRIGGER documents_uid_kept BEFORE UPDATE OF uid ON documents "
        "WHEN new.uid IS NOT old.uid "
        "BEGIN SELECT RAISE(ABORT, 'documents: a record''s global id (uid) never changes'); "
        "END"
    )


def downgrade() -> None:
    raise NotImplementedError("documents on matters and events cannot be put back on subpoenas")
