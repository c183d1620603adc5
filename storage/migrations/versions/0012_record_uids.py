"""record uids: a stable global id (a UUID) on every client, account, matter, subpoena,
deadline, docket event and document, so that case files can later be merged between laptops
without their local ids colliding

Each table gains `uid` (36 characters, unique); the rows a vault already holds each get a
fresh uuid4. From here on the entities give every new row one (models.entities.new_uid), the
interchange format carries it, and the trash keeps it.

The column is added in place, not by a batch "move and copy": the migration runs in the
unlock's transaction with foreign_keys=ON, which SQLite will not switch off inside a
transaction, so dropping the old copy of a parent table (matters, clients, accounts,
subpoenas) would cascade and delete its children; a copy would also drop the search index's
triggers (0011), and reflection would lose the ON DELETE of the columns 0003 added. SQLite adds
a NOT NULL column only with a default, so the column says DEFAULT ''; `<table>_uid_required`
refuses a row that arrives without a uid (the '' default), as 0009's triggers refuse edits to
the audit log, and `<table>_uid_kept` refuses changing a uid once given: it is stable.

Revision ID: 0012_record_uids
Revises: 0011
Create Date: 2026-12-11
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0012_record_uids"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLES = (
    "clients",
    "accounts",
    "matters",
    "subpoenas",
    "deadlines",
    "docket_events",
    "documents",
)
BATCH = 5000


def upgrade() -> None:
    connection = op.get_bind()
    for table in TABLES:
        op.add_column(
            table, sa.Column("uid", sa.String(length=36), nullable=False, server_default="")
        )
        # uid is in no search trigger's column list (0011), so this re-indexes nothing.
        ids = list(connection.scalars(sa.text(f"SELECT id FROM {table} ORDER BY id")))
        for start in range(0, len(ids), BATCH):
            connection.execute(
                sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"),
                [{"uid": str(uuid.uuid4()), "id": i} for i in ids[start : start + BATCH]],
            )
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)
        op.execute(
            f"CREATE TRIGGER {table}_uid_required BEFORE INSERT ON {table} "
            "WHEN new.uid = '' "
            f"BEGIN SELECT RAISE(ABORT, '{table}: a record needs its global id (uid)'); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_uid_kept BEFORE UPDATE OF uid ON {table} "
            "WHEN new.uid IS NOT old.uid "
            f"BEGIN SELECT RAISE(ABORT, '{table}: a record''s global id (uid) never changes'); "
            "END"
        )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_uid_kept")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_uid_required")
        op.drop_index(f"ix_{table}_uid", table_name=table)
        # In place (SQLite 3.35+), for the same reason the upgrade adds it in place.
        op.execute(f"ALTER TABLE {table} DROP COLUMN uid")
