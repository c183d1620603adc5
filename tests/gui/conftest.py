"""GUI fixtures: a real vault and the context the app hands every window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from gui.context import AppContext
from gui.tasks import TaskRunner
from storage.vault import Vault


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    pool = QThreadPool()
    task_runner = TaskRunner(pool)
    yield task_runner
    pool.waitForDone(10000)


@pytest.fixture
def app_ctx(vault: Vault, vault_dir: Path, runner: TaskRunner) -> Iterator[AppContext]:
    """An unlocked, empty vault as the app would hold it, acting as "Test Paralegal"."""
    ctx = AppContext(runner, "Test Paralegal")
    ctx.set_vault(vault, vault_dir)
    yield ctx
    runner.wait_all(10000)


@pytest.fixture
def demo_ctx(app_ctx: AppContext) -> AppContext:
    """The same, filled with the public sample cases (deadlines near today)."""
    from services import demo

    app_ctx.write(lambda uow: demo.fill_public_cases(uow))
    return app_ctx
