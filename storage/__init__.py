"""The vault on disk: SQLCipher engine, key slots, unit of work and migrations."""
