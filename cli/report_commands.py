"""Command-line sub-commands for reports; `register` adds them to the main parser."""

from __future__ import annotations

from typing import Any


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
