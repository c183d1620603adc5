"""GUI fixtures: a real vault and the context the app hands every window, in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from gui.context import AppContext
from gui.i18n import ENGLISH, install_translator
from gui.tasks import TaskRunner
from storage.vault import Vault


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp: QApplication) -> None:
    """The English the app shows, counts included ("1 day", "3 days"), as `run_gui` installs
    it for a person who chose English. Tests that switch language switch back."""
    install_translator(qapp, ENGLISH)


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    pool = QThreadPool()
    task_runner = TaskRunner(pool)
    yield task_runner
    pool.waitForDone(10000)


@pytest.fixture
def preferences(tmp_path: Path) -> QSettings:
    """This person's settings on this computer, in a file of the test's own (never the real
    user's QSettings)."""
    return QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def app_ctx(
    vault: Vault, vault_dir: Path, runner: TaskRunner, preferences: QSettings
) -> Iterator[AppContext]:
    """An unlocked, empty vault as the app would hold it, acting as "Test Paralegal"."""
    ctx = AppContext(runner, "Test Paralegal", preferences=preferences)
    ctx.set_vault(vault, vault_dir)
    yield ctx
    runner.wait_all(10000)


@pytest.fixture
def demo_ctx(app_ctx: AppContext) -> AppContext:
    """The same, filled with the public sample cases (deadlines near today)."""
    from services import demo

    app_ctx.write(lambda uow: demo.fill_public_cases(uow))
    return app_ctx
