"""docketing: office closure days, deadline chains and hand overrides, docket triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Columns are added with plain ALTER TABLE ADD COLUMN, not a batch table copy: the vault runs
with foreign_keys=ON, and copying a table other tables point at would fire their ON DELETE
actions.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "closure_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    op.add_column("docket_events", sa.Column("trigger_id", sa.String(length=64), nullable=True))
    # SQLite adds a column with its REFERENCES clause in place; Alembic cannot say that itself.
    op.execute("ALTER TABLE deadlines ADD COLUMN event_id INTEGER "
               "REFERENCES docket_events (id) ON DELETE SET NULL")
    op.execute("ALTER TABLE deadlines ADD COLUMN parent_id INTEGER "
               "REFERENCES deadlines (id) ON DELETE SET NULL")
    op.add_column("deadlines", sa.Column("computed_due", sa.Date(), nullable=True))
    op.add_column(
        "deadlines",
        sa.Column("overridden", sa.Boolean(), server_default="0", nullable=False),
    )
    op.add_column("deadlines", sa.Column("calendar", sa.String(length=32), nullable=True))
    op.add_column("deadlines", sa.Column("service", sa.String(length=32), nullable=True))
    op.create_index("ix_deadlines_event_id", "deadlines", ["event_id"])
    op.create_index("ix_deadlines_parent_id", "deadlines", ["parent_id"])


def downgrade() -> None:
    op.drop_index("ix_deadlines_parent_id", "deadlines")
    op.drop_index("ix_deadlines_event_id", "deadlines")
    with op.batch_alter_table("deadlines") as batch:
        for name in ("service", "calendar", "overridden", "computed_due", "parent_id", "event_id"):
            batch.drop_column(name)
    with op.batch_alter_table("docket_events") as batch:
        batch.drop_column("trigger_id")
    op.drop_table("closure_days")
