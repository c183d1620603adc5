"""index deadlines by (status, due) for the dashboard and reports

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_deadlines_status_due", "deadlines", ["status", "due"])


def downgrade() -> None:
    op.drop_index("ix_deadlines_status_due", "deadlines")
