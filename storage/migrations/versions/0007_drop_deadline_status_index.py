"""drop the deadline status index that the (status, due, …) index already provides

Every query that filters deadlines by status is served by ix_deadlines_status_due_text, whose
first column is the status; the single-column index only added a page or two to rewrite, and
encrypt, each time a deadline is added or marked done (about a quarter of marking 100
deadlines done in the benchmark's workload).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_deadlines_status", "deadlines")


def downgrade() -> None:
    op.create_index("ix_deadlines_status", "deadlines", ["status"])
