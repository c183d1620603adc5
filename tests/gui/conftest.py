"""GUI fixtures: a real vault and the context the app hands every window, in English; and the
compiled Spanish translation, for tests that switch the screen to Spanish."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.context import AppContext
from gui.i18n import ENGLISH, SPANISH, install_translator
from gui.pages.backup_page import BackupPage, VerifyDialog
from gui.tasks import TaskRunner
from storage.keyslots import MINIMUM_ARGON2
from storage.vault import Vault

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """translations/*.ts (Spanish, and English's plural forms) compiled as `make` compiles
    them, into a folder of its own."""
    folder = tmp_path_factory.mktemp("translations")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for source in sorted((REPO / "translations").glob("*.ts")):
        run = subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(folder / f"{source.stem}.qm")],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
    return folder


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp: QApplication, compiled: Path) -> Iterator[None]:
    """The English the app shows, counts included ("1 day", "3 days"), as `run_gui` installs
    it for a person who chose English, from the freshly compiled translations (so the tests
    need no `make qm`). Tests that switch language switch back."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "translations_dir", lambda: compiled)
        install_translator(qapp, ENGLISH)
        yield


@pytest.fixture
def translations(
    compiled: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[Path]:
    """The app finds the compiled Spanish where it looks for it; English again afterwards."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    yield compiled
    install_translator(qapp, ENGLISH)


@pytest.fixture
def spanish(translations: Path, qapp: QApplication) -> str:
    """A Spanish screen: the compiled translation installed as the app installs it."""
    assert install_translator(qapp, SPANISH) == SPANISH
    return SPANISH


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


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder standing in for the stick, chosen through the (patched) folder dialog."""
    folder = tmp_path / "stick"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    return folder


@pytest.fixture
def verify_dialog(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> Callable[[Path], VerifyDialog]:
    """Open the Backup page's Verify dialog on a backup file, chosen as a person chooses it."""

    pages: list[BackupPage] = []  # the dialog is the page's child: the page must live on

    def open_on(path: Path) -> VerifyDialog:
        page = BackupPage(demo_ctx)
        pages.append(page)
        page.kdf_params = MINIMUM_ARGON2
        qtbot.addWidget(page)
        page.show()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        page.verify_button.click()
        dialog = page.dialog
        assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
        return dialog

    return open_on
