"""The full-text search index's names: migration 0011 makes it by SQL (an FTS5 virtual table
and the shadow tables FTS5 keeps beside it), so models.entities does not describe it and schema
comparisons leave it out."""

from __future__ import annotations

from typing import Any

TABLE = "search_index"


def is_index_table(name: str | None) -> bool:
    """The index itself or one of its shadow tables (search_index_data, _idx, _content, …)."""
    return name is not None and (name == TABLE or name.startswith(f"{TABLE}_"))


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    """For Alembic's `include_name`: everything but the index's tables."""
    return not (type_ == "table" and is_index_table(name))
