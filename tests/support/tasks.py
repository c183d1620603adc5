"""A models.tasks.Task made of two callbacks, for tests that watch long work or stop it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


def _nothing(*_args: object) -> None:
    return None


@dataclass
class Watching:
    on_progress: Callable[[int, int, str], None] = _nothing
    on_check: Callable[[], None] = _nothing

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.on_progress(done, total, text)

    def check(self) -> None:
        self.on_check()
