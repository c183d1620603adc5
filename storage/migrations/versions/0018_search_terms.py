"""search terms: the words the search index holds, for expanding what is being typed

A word being typed is searched as a prefix. FTS5 keeps prefix indexes of two and three letters
(0011); a longer prefix ("repl", "matter") has FTS5 merge the whole list of every word it
starts, before it can seek into one kind's rowids (0017), and again for every statement a
keystroke runs: 50–70 ms at 100,000 matters. `search_index_terms` (FTS5's own vocabulary view
of the index, no storage of its own) lists the words a prefix stands for in one range read, so
search asks for those words by name (services.search), and FTS5 seeks into each one's list.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-15
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE search_index_terms USING fts5vocab(search_index, row)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index_terms")
