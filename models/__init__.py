"""Quash's domain: typed SQLAlchemy entities and pure domain logic (no Qt, no I/O)."""
