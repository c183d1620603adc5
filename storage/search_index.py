"""The full-text search index's names, and its bulk filling: migration 0011 makes it by SQL (an
FTS5 virtual table and the shadow tables FTS5 keeps beside it, kept in step by triggers), so
models.entities does not describe it and schema comparisons leave it out."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

TABLE = "search_index"


def is_index_table(name: str | None) -> bool:
    """The index itself or one of its shadow tables (search_index_data, _idx, _content, …)."""
    return name is not None and (name == TABLE or name.startswith(f"{TABLE}_"))


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    """For Alembic's `include_name`: everything but the index's tables."""
    return not (type_ == "table" and is_index_table(name))


_INSERT_TRIGGER = re.compile(r"^search_index_(\w+)_insert$")
_BODY = re.compile(r"\bBEGIN\b(.*)\bEND\s*$", re.S | re.I)
_ENTRY = re.compile(r"^\s*INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\)\s*$", re.S | re.I)


@contextlib.contextmanager
def filled_once(session: Session) -> Iterator[None]:
    """Within the caller's transaction: while the block adds rows in bulk, the index's insert
    triggers stand aside, and the rows it added are indexed afterwards in one statement per
    table, as migration 0011 filled the index at first (an import of 185,000 records spent
    most of its time in those triggers, one index entry at a time).

    Each trigger's own statement is reused, `new.` columns read from the new rows, so what is
    indexed stays what the triggers index. DDL is transactional in SQLite: should the block
    fail, the caller's rollback brings the triggers back with everything else."""
    held: list[tuple[str, str, str, list[str]]] = []  # (trigger, table, its SQL, entries)
    for name, table, sql in session.execute(
        text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
    ):
        if not _INSERT_TRIGGER.match(name):
            continue
        body = _BODY.search(sql)
        statements = [s for s in (body.group(1).split(";") if body else []) if s.strip()]
        entries = []
        for statement in statements:
            found = _ENTRY.match(statement)
            if found is None:
                break  # a shape this does not know: the trigger stays, row by row
            target, columns, values = found.groups()
            values = re.sub(r"\bnew\.", "", values)
            entries.append(
                f"INSERT INTO {target} ({columns}) SELECT {values} FROM {table} WHERE id > ?"
            )
        else:
            if entries:
                held.append((name, table, sql, entries))
    before = {
        table: int(session.scalar(text(f"SELECT coalesce(max(id), 0) FROM {table}")) or 0)
        for _name, table, _sql, _entries in held
    }
    connection = session.connection()  # the driver's own SQL: a trigger's text is not a bind
    for name, *_rest in held:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    for _name, table, sql, entries in held:
        for entry in entries:
            connection.exec_driver_sql(entry, (before[table],))
        connection.exec_driver_sql(sql)
