"""people indexes: a matter's attorney and paralegal, for the people pick-lists

The list filters' pick-list of people reads the distinct names on matters and deadlines. With
an index on each column it steps from one name to the next (a skip scan, services.queries.
people) instead of reading every matter and deadline: 0.5 s at 100,000 matters, on every page
that shows the list. deadlines.responsible was already indexed.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-13
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_matters_attorney", "matters", ["attorney"])
    op.create_index("ix_matters_paralegal", "matters", ["paralegal"])


def downgrade() -> None:
    op.drop_index("ix_matters_paralegal", table_name="matters")
    op.drop_index("ix_matters_attorney", table_name="matters")
