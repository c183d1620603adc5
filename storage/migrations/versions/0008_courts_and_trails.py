"""courts and trails as data: closure days per court, deadline court/inputs/calendar version and
review flags, explanation trails stored as JSON steps

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

closure_days gains a court ('': every court) and a surrogate key, so the same day can be
closed for one court and not another; nothing points at it, so it is rebuilt by copy. Trails
written before (one English sentence a line) become "text" steps: they are shown as they were
written. Deadlines get no calendar version here, so the first unlock recounts every open one
with this version's calendars and flags each date that moves for a person to confirm.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "closure_days_new",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("court_id", sa.String(length=16), server_default="", nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("day", "court_id", name="uq_closure_days_day_court"),
    )
    op.execute(
        "INSERT INTO closure_days_new (day, court_id, reason) "
        "SELECT day, '', reason FROM closure_days ORDER BY day"
    )
    op.drop_table("closure_days")
    op.rename_table("closure_days_new", "closure_days")
    op.create_index("ix_closure_days_day", "closure_days", ["day"])
    op.add_column("deadlines", sa.Column("court_id", sa.String(length=32), nullable=True))
    op.add_column("deadlines", sa.Column("inputs", sa.Text(), nullable=True))
    op.add_column("deadlines", sa.Column("calendar_version", sa.String(length=32), nullable=True))
    op.add_column("deadlines", sa.Column("review", sa.Text(), nullable=True))
    op.create_table(
        "office_rulesets",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, trail FROM deadlines WHERE trail IS NOT NULL"))
    for deadline_id, text in list(rows):
        if text.lstrip().startswith("["):
            continue
        steps = [
            {"code": "text", "text": line.strip(" -")} for line in text.splitlines() if line.strip()
        ]
        connection.execute(
            sa.text("UPDATE deadlines SET trail = :trail WHERE id = :id"),
            {"trail": json.dumps(steps, ensure_ascii=False), "id": deadline_id},
        )


def downgrade() -> None:
    op.drop_table("office_rulesets")
    with op.batch_alter_table("deadlines") as batch:
        for name in ("review", "calendar_version", "inputs", "court_id"):
            batch.drop_column(name)
    op.create_table(
        "closure_days_old",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    op.execute(
        "INSERT OR IGNORE INTO closure_days_old (day, reason) "
        "SELECT day, reason FROM closure_days ORDER BY court_id != '', id"
    )
    op.drop_table("closure_days")
    op.rename_table("closure_days_old", "closure_days")
