"""large values last: every table that keeps a file or a whole record stores it as its last
column (documents' and templates' content, the trash's and drafts' payload)

SQLite stores a row's columns in order, and a value larger than a page goes on a chain of
overflow pages; reading any column stored after it walks that whole chain. A matter's list of
documents read `added_at`, stored after `content`, so it read every byte of every scan to show
one line for each (100 scans of 5 MB: 1.7 s and 511 MB read); the trash's list read every
deleted scan the same way, and SQLite's integrity check read each scan twice.

SQLite puts columns in another order only by making the table anew. Each table is made again
with its large column last and its rows moved one at a time (a moved row's pages are freed in
the same transaction and reused for the next, so the file does not grow by the table's size),
then its indexes and triggers are made again from their own SQL.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

import time

from alembic import context, op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# Each table's columns in their new order (the large one last) and the rest of its definition.
_TABLES: dict[str, tuple[tuple[str, ...], str]] = {
    "documents": (
        (
            "id INTEGER NOT NULL PRIMARY KEY",
            "uid VARCHAR(36) NOT NULL DEFAULT ''",
            "matter_id INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE",
            "subpoena_id INTEGER REFERENCES subpoenas (id) ON DELETE CASCADE",
            "event_id INTEGER REFERENCES docket_events (id) ON DELETE CASCADE",
            "filename VARCHAR(200) NOT NULL",
            "media_type VARCHAR(100) NOT NULL",
            "added_at DATETIME NOT NULL",
            "content BLOB NOT NULL",
        ),
        "CONSTRAINT documents_one_owner CHECK (subpoena_id IS NULL OR event_id IS NULL)",
    ),
    "templates": (
        (
            "id INTEGER NOT NULL PRIMARY KEY",
            "uid VARCHAR(36) NOT NULL",
            "name VARCHAR(200) NOT NULL",
            "language VARCHAR(8) NOT NULL",
            "added_at DATETIME NOT NULL",
            "added_by VARCHAR(200) NOT NULL",
            "content BLOB NOT NULL",
        ),
        "UNIQUE (name)",
    ),
    "trash": (
        (
            "id INTEGER NOT NULL PRIMARY KEY",
            "kind VARCHAR(32) NOT NULL",
            "record_id INTEGER NOT NULL",
            "label VARCHAR(200) NOT NULL",
            "counts TEXT NOT NULL",
            "deleted_at DATETIME NOT NULL",
            "deleted_by VARCHAR(200) NOT NULL",
            "payload TEXT NOT NULL",
        ),
        "",
    ),
    "drafts": (
        (
            "id INTEGER NOT NULL PRIMARY KEY",
            "kind VARCHAR(32) NOT NULL",
            "record_id INTEGER",
            "saved_at DATETIME NOT NULL",
            "payload TEXT NOT NULL",
        ),
        "",
    ),
}


# What moving a row weighs besides its large value's bytes (its statements and other columns),
# for the progress the unlock shows: a vault of many small drafts moves along too.
_ROW_WEIGHT = 1024


class _Moved:
    """How far the rows' move is, reported to the unlock's task (a vault of 2 GB of scans takes
    about 40 s once) at most every 0.1 s."""

    def __init__(self, total: int) -> None:
        self.task = context.config.attributes.get("task")
        self.total = total
        self.done = 0
        self.last = 0.0

    def add(self, weight: int) -> None:
        self.done += weight
        now = time.monotonic()
        if self.task is not None and (now - self.last >= 0.1 or self.done == self.total):
            self.last = now
            self.task.progress(self.done, self.total, "Updating the vault for this version of Quash")


def _size_function() -> str:
    """The SQL function that gives a value's bytes from the row's header alone: octet_length
    reads no overflow page (SQLite 3.43 and later, as SQLCipher's; an older SQLite, which only
    the benchmarks' plain-SQLite workload runs, weighs a text by its characters)."""
    said = op.get_bind().exec_driver_sql("SELECT sqlite_version()").scalar_one()
    version = tuple(int(part) for part in said.split("."))
    return "octet_length" if version >= (3, 43) else "length"


def _rows(table: str, large: str, measure: str) -> list[tuple[int, int]]:
    """Each row's id and what moving it weighs: its large value's bytes (`measure`: see
    _size_function) and _ROW_WEIGHT."""
    rows = op.get_bind().exec_driver_sql(
        f"SELECT id, coalesce({measure}({large}), 0) FROM {table} ORDER BY id"
    )
    return [(int(row_id), int(size) + _ROW_WEIGHT) for row_id, size in rows]


def _remake(
    table: str,
    columns: tuple[str, ...],
    constraints: str,
    rows: list[tuple[int, int]],
    moved: _Moved,
) -> None:
    conn = op.get_bind()
    made_with = [
        sql
        for (sql,) in conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
            "AND sql IS NOT NULL ORDER BY type, name",
            (table,),
        )
    ]
    definition = ", ".join(columns + ((constraints,) if constraints else ()))
    conn.exec_driver_sql(f"CREATE TABLE {table}_new ({definition})")
    names = ", ".join(column.split()[0] for column in columns)
    for row_id, weight in rows:
        conn.exec_driver_sql(
            f"INSERT INTO {table}_new ({names}) SELECT {names} FROM {table} WHERE id = ?",
            (row_id,),
        )
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        moved.add(weight)
    conn.exec_driver_sql(f"DROP TABLE {table}")
    conn.exec_driver_sql(f"ALTER TABLE {table}_new RENAME TO {table}")
    for sql in made_with:
        conn.exec_driver_sql(sql)


def upgrade() -> None:
    measure = _size_function()
    rows = {
        table: _rows(table, columns[-1].split()[0], measure)
        for table, (columns, _constraints) in _TABLES.items()
    }
    moved = _Moved(sum(weight for each in rows.values() for _id, weight in each))
    for table, (columns, constraints) in _TABLES.items():
        _remake(table, columns, constraints, rows[table], moved)


def downgrade() -> None:
    """Nothing to undo: 0018's code reads columns by name, so the new order serves it too."""
