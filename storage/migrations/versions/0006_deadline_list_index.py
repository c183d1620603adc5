"""widen the (status, due) deadline index to cover the list's text filter

The deadlines list counts the matches of every filter keystroke; with title, responsible and
citation in the index, that count reads the index alone instead of every open deadline's row.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_deadlines_status_due", "deadlines")
    op.create_index(
        "ix_deadlines_status_due_text",
        "deadlines",
        ["status", "due", "title", "responsible", "citation"],
    )


def downgrade() -> None:
    op.drop_index("ix_deadlines_status_due_text", "deadlines")
    op.create_index("ix_deadlines_status_due", "deadlines", ["status", "due"])
