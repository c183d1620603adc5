"""How long work says how far it has got and hears a cancel, without knowing who is watching.

Backups, restores, reports and imports take a `task: Task` and call `task.progress(done, total,
text)` as they go and `task.check()` between steps; `check()` raises `Cancelled` once the person
cancelled, and the work stops there, having written nothing it keeps. The GUI's task context
(gui/tasks.py) and the command line's progress printer are tasks; so is NO_TASK, for work
nobody watches. `total` 0 means "no count known": the text alone says what is happening."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised by `Task.check()` inside the work once the person pressed Cancel."""


class Task(Protocol):
    def progress(self, done: int, total: int, text: str = "") -> None: ...

    def check(self) -> None: ...


class _NoTask:
    def progress(self, done: int, total: int, text: str = "") -> None:
        """Nobody is watching."""

    def check(self) -> None:
        """Nobody can cancel."""


NO_TASK: Task = _NoTask()
