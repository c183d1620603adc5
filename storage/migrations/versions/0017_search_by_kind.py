"""search index by kind: each kind of record in a rowid range of its own

Migration 0011 gave an index entry the rowid `id * 8 + code`, so every kind's entries were
interleaved: counting the hits of one kind, or finding its newest, meant reading every hit of
every kind (a two-letter prefix matches 300,000 entries at 100,000 matters, 0.1–0.3 s a
keystroke, growing with the case file). An entry's rowid is now `code * 2**40 + id`: each kind
is one range that FTS5 seeks into, so search and the list filters count up to a limit, rank and
list a page within one kind and stop, however large the vault (services.search).

The index is made again with the new rowids, with the same columns, tokenizer and prefix
indexes as 0011, and the same triggers keeping it in step; downgrade puts 0011's rowids back.
A vault of 100,000 matters takes about a minute once; 10,000 a few seconds.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-14
"""

from collections.abc import Callable

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

TABLE = "search_index"
ID_SPAN = 1 << 40  # record ids stay below this; a kind's entries lie in [code, code + 1) * span
# As 0011: table -> (kind code, name columns, body columns). Never a sealed column.
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
    if not columns:
        return "''"
    return " || char(10) || ".join(f"coalesce({row}{c}, '')" for c in columns)


def _by_kind(row: str, code: int) -> str:
    return f"{code * ID_SPAN} + {row}id"


def _interleaved(row: str, code: int) -> str:
    return f"{row}id * 8 + {code}"


def _make(rowid: Callable[[str, int], str]) -> None:
    """Drop the index and its triggers, and make both again, each entry at the rowid that
    `rowid(row, code)` gives as SQL."""
    for table in KINDS:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{table}_{event}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(name, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for table, (code, name, body) in KINDS.items():
        entry = f"{rowid('new.', code)}, {_text('new.', name)}, {_text('new.', body)}"
        insert = f"INSERT INTO {TABLE} (rowid, name, body) VALUES ({entry});"
        forget = f"DELETE FROM {TABLE} WHERE rowid = {rowid('old.', code)};"
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
        op.execute(
            f"INSERT INTO {TABLE} (rowid, name, body) SELECT {rowid('', code)}, "
            f"{_text('', name)}, {_text('', body)} FROM {table} ORDER BY id"
        )
    op.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")


def upgrade() -> None:
    _make(_by_kind)


def downgrade() -> None:
    _make(_interleaved)
