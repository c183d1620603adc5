"""Alembic migrations of the vault schema, run inside the vault's own connection."""
