"""search index: an FTS5 table of each record's searchable text, kept in step by triggers

`search_index` holds, for every matter, client, account, subpoena, deadline and docket event,
the words a paralegal searches by: `name` (what the hit is labelled with) and `body` (notes,
summaries, agencies, the rest). Sealed fields (a client's legal name and contact) are never
copied into it. The tokenizer folds case and accents ("aguila" finds "Águila"); the prefix
indexes keep as-you-type prefixes of two and three letters quick.

The table lives in the vault's own database, so it is encrypted with the vault and travels in
its backups. A row's rowid is the record's id times 8 plus its kind's code (KINDS below), so a
record's entry is found without a scan.

Triggers, not the services, keep it in step: every write reaches SQLite, including the ORM's
own cascades, bulk `insert()`/`update()` statements (imports, synthetic data), the trash's
restores and any later migration's data changes, so no path can leave the index behind. An
update re-indexes only when an indexed column is among those it sets (marking a deadline done
does not touch the index). A later migration that rebuilds one of these tables (a batch
"move and copy") drops its triggers and must create them again; tests/integration/
test_search.py checks that each kind follows every write at head.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-10
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLE = "search_index"
# table -> (kind code in the rowid, name columns, body columns). Never a sealed column. Stored
# vocabulary values (a platform, a kind of process) go with the name, so they are searched but
# never shown as an excerpt.
KINDS: dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]] = {
    "matters": (
        1,
        ("title", "case_number"),
        ("court", "judge", "attorney", "paralegal", "notes"),
    ),
    "clients": (2, ("pseudonym",), ("notes",)),
    "accounts": (3, ("handle", "platform"), ("url", "description")),
    "subpoenas": (
        4,
        ("issuer", "recipient", "kind"),
        ("issuing_officer", "authority", "stated_purpose", "notes"),
    ),
    "deadlines": (5, ("title",), ("citation", "responsible", "notes")),
    "docket_events": (6, ("summary",), ()),
}


def _text(row: str, columns: tuple[str, ...]) -> str:
    """The columns' text joined by line breaks (an absent value is an empty line). Plain `||`
    rather than concat_ws, which SQLite builds before 3.44 lack."""
    if not columns:
        return "''"
    return " || char(10) || ".join(f"coalesce({row}{c}, '')" for c in columns)


def _entry(table: str, row: str) -> str:
    code, name, body = KINDS[table]
    return f"{row}id * 8 + {code}, {_text(row, name)}, {_text(row, body)}"


def upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(name, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for table, (code, name, body) in KINDS.items():
        insert = f"INSERT INTO {TABLE} (rowid, name, body) VALUES ({_entry(table, 'new.')});"
        forget = f"DELETE FROM {TABLE} WHERE rowid = old.id * 8 + {code};"
        op.execute(
            f"CREATE TRIGGER {TABLE}_{table}_insert AFTER INSERT ON {table} BEGIN {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER {TABLE}_{table}_update AFTER UPDATE OF "
            f"{', '.join(('id', *name, *body))} ON {table} BEGIN {forget} {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER {TABLE}_{table}_delete AFTER DELETE ON {table} BEGIN {forget} END"
        )
        # What the vault already holds.
        op.execute(
            f"INSERT INTO {TABLE} (rowid, name, body) SELECT {_entry(table, '')} FROM {table}"
        )
    op.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")


def downgrade() -> None:
    for table in KINDS:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{table}_{event}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
