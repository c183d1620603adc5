"""Alembic environment: migrations always run on a connection the vault hands in (it is keyed)."""

from alembic import context

from models.entities import Base
from storage.search_index import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,  # the search index is made by SQL (migration 0011)
)
with context.begin_transaction():
    context.run_migrations()
