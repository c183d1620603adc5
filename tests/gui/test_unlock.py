"""The unlock dialog opens a real vault off the GUI thread with its passphrase, its recovery key
or this computer's keychain; a wrong key is told plainly and costs a growing wait. At start-up
the vault used last is offered, and only its folder is remembered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from gui.start import LAST_VAULT_KEY, choose_vault
from gui.tasks import TaskRunner
from gui.unlock import MAX_DELAY_SECONDS, UnlockDialog, retry_delay
from gui.wizard import FirstRunWizard
from storage.keyslots import Argon2Params
from storage.vault import create_vault, head_revision, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.support.keyrings import MemoryKeyring
from tests.support.vaults import office_vault

SLOW = 20_000  # ms: each try runs real Argon2id (at its floor)


@pytest.fixture(autouse=True)
def no_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def locked_vault(tmp_path: Path, fast_kdf: Argon2Params) -> tuple[Path, str]:
    """A vault on disk, locked: its folder and its recovery key."""
    folder = tmp_path / "vault"
    # Sam Rivera's passphrase: the one person with a key, so unlocking makes Sam the actor.
    vault, recovery = office_vault(folder, PASSPHRASE, office_name="Eastside", person="Sam Rivera")
    vault.lock()
    return folder, recovery


@pytest.fixture
def dialog(
    qtbot: QtBot, runner: TaskRunner, locked_vault: tuple[Path, str]
) -> Iterator[UnlockDialog]:
    d = UnlockDialog(locked_vault[0], runner)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d
    runner.wait_all(10_000)
    if d.vault is not None:
        d.vault.lock()


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def unlock(qtbot: QtBot, dialog: UnlockDialog) -> None:
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_the_right_passphrase_unlocks_off_the_gui_thread(
    qtbot: QtBot, dialog: UnlockDialog
) -> None:
    assert not dialog.unlock_button.isEnabled()  # nothing typed yet
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.keychain_button is None  # not remembered, and no keychain anyway
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=SLOW):
        unlock(qtbot, dialog)
        # While the key is derived: a busy bar, and nothing to type into or press.
        assert dialog.progress.isVisible()
        assert not dialog.passphrase.isEnabled() and not dialog.unlock_button.isEnabled()
        assert not dialog.cancel_button.isEnabled()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None and not dialog.vault.is_locked
    assert dialog.passphrase.text() == ""
    assert dialog.status.text() == "Checking the key…"  # a current vault: nothing to update


def test_unlocking_a_vault_made_by_an_older_quash_says_it_is_updating_it(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, fast_kdf: Argon2Params
) -> None:
    """Updating an older vault can take a while once (migration 0019 moves every scan), so the
    line under the busy bar says so instead of still checking the key."""
    folder = tmp_path / "older"
    old, _recovery = create_vault(folder, PASSPHRASE, params=fast_kdf, revision="0018")
    with old.engine.begin() as conn:  # a row for 0019 to move, so it has something to count
        conn.execute(
            text(
                "INSERT INTO drafts (kind, record_id, payload, saved_at) "
                "VALUES ('matters', NULL, '{}', '2026-11-30 13:00:00')"
            )
        )
    old.lock()
    dialog = UnlockDialog(folder, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=SLOW):
        unlock(qtbot, dialog)
    assert dialog.status.text() == "Updating the vault for this version of Quash"
    assert (dialog.progress.value(), dialog.progress.maximum()) == (1000, 1000)  # it counted
    assert dialog.vault is not None
    assert dialog.vault.schema_revision() == head_revision()
    dialog.vault.lock()


def test_work_for_the_wait_runs_once_however_many_tries(
    qtbot: QtBot, runner: TaskRunner, locked_vault: tuple[Path, str]
) -> None:
    ran: list[bool] = []
    d = UnlockDialog(locked_vault[0], runner, while_unlocking=lambda: ran.append(True))
    qtbot.addWidget(d)
    d.show()
    type_into(qtbot, d.passphrase, "not the passphrase at all")
    unlock(qtbot, d)
    qtbot.waitUntil(lambda: bool(d.message.text()), timeout=SLOW)  # the wrong key, told
    qtbot.waitUntil(lambda: ran == [True], timeout=SLOW)
    type_into(qtbot, d.passphrase, PASSPHRASE)
    qtbot.waitUntil(d.unlock_button.isEnabled, timeout=SLOW)  # the wait a wrong key costs
    with qtbot.waitSignal(d.accepted, timeout=SLOW):
        unlock(qtbot, d)
    qtbot.wait(100)
    assert ran == [True]


LOADED_LATER = (
    "sqlalchemy",
    "sqlcipher3",
    "holidays",
    "models.entities",
    "services.vaults",
    "services.docketing",
    "gui.context",
    "gui.main_window",
    "gui.viewer",
    "gui.intake_dialog",
    "gui.drafting_dialog",
    "reportlab",
    "pypdfium2",
    "tesserocr",
    "PIL",
    "eyecite",
    "dateparser",
    "docxtpl",
    "docx",
    "rapidfuzz",
    "anyascii",
    "alembic",
)


def run_fresh(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`code` in a new Python process, as main.py starts one: nothing imported yet."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_the_unlock_window_need_not_wait_for_the_database_layer_the_pages_or_reportlab() -> None:
    """gui.app and the unlock window, what main.py shows first, leave out the database layer
    (SQLCipher, SQLAlchemy, the models, the court calendars), the pages, ReportLab and the
    document libraries (PDF pages, OCR, citations, dates, drafts, name matching). The database
    layer loads once the window is painted (next test), the pages while the key is derived
    (gui.start), the rest when first used."""
    code = (
        "import sys, gui.app, gui.unlock; "
        f"print(sorted(m for m in {LOADED_LATER!r} if m in sys.modules))"
    )
    run = run_fresh(code)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


UNLOCK_AT_FIRST_PAINT = """
import json, sys, threading
from pathlib import Path
import gui.app
from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from gui.start import _load_main_window
from gui.tasks import TaskRunner
from gui.unlock import UnlockDialog

app = QApplication([])
# As gui.start opens it: the main window is imported while the key is derived.
dialog = UnlockDialog(
    Path(sys.argv[1]), TaskRunner(QThreadPool()), while_unlocking=_load_main_window
)
dialog.passphrase.setText(sys.argv[2])
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted_without" not in seen:
            seen["painted_without"] = "sqlalchemy" not in sys.modules
            QTimer.singleShot(0, dialog.try_unlock)  # Unlock pressed as the loading starts
        return False

first_paint = FirstPaint()
dialog.installEventFilter(first_paint)
dialog.finished.connect(app.quit)
QTimer.singleShot(60_000, app.quit)
dialog.show()
app.exec()
for thread in threading.enumerate():
    if thread.name == "load-services":
        thread.join(60)
seen["unlocked"] = dialog.vault is not None and not dialog.vault.is_locked
seen["loaded"] = sorted(
    m for m in ("services.vaults", "services.docketing", "services.search", "gui.main_window")
    if m in sys.modules
)
print(json.dumps(seen))
"""


def test_the_database_layer_loads_once_the_window_is_painted_and_an_early_unlock_waits_for_it(
    locked_vault: tuple[Path, str],
) -> None:
    """In a fresh process, as main.py starts: the window is painted before SQLAlchemy is
    loaded, and Unlock pressed the moment it is painted still opens the vault while the
    database layer (every services module) loads and the main window is imported."""
    run = run_fresh(UNLOCK_AT_FIRST_PAINT, str(locked_vault[0]), PASSPHRASE)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {
        "painted_without": True,
        "unlocked": True,
        "loaded": ["gui.main_window", "services.docketing", "services.search", "services.vaults"],
    }
    assert "Traceback" not in run.stderr


def test_a_wrong_passphrase_is_told_and_each_retry_waits_longer(
    qtbot: QtBot, dialog: UnlockDialog
) -> None:
    type_into(qtbot, dialog.passphrase, "not the passphrase")
    unlock(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=SLOW)
    assert dialog.message.text() == "Wrong passphrase for this vault."
    assert dialog.retry_delay == 1
    assert dialog.countdown.isVisible()
    assert dialog.countdown.text() == "You can try again in 1 second."
    type_into(qtbot, dialog.passphrase, "another guess")
    assert not dialog.unlock_button.isEnabled()  # typed, but the wait is not over
    qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled(), timeout=5_000)
    assert not dialog.countdown.isVisible()

    unlock(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=SLOW)
    assert dialog.message.text() == "Wrong passphrase for this vault."
    assert dialog.retry_delay == 2
    assert dialog.countdown.text() == "You can try again in 2 seconds."
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    assert not dialog.unlock_button.isEnabled()
    assert dialog.isVisible() and dialog.vault is None

    # The right passphrase still works once the wait is over.
    qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled(), timeout=5_000)
    with qtbot.waitSignal(dialog.accepted, timeout=SLOW):
        unlock(qtbot, dialog)


def test_the_wait_doubles_up_to_thirty_seconds() -> None:
    assert [retry_delay(n) for n in range(8)] == [0, 1, 2, 4, 8, 16, 30, 30]
    assert MAX_DELAY_SECONDS == 30


def test_the_recovery_key_unlocks(
    qtbot: QtBot, dialog: UnlockDialog, locked_vault: tuple[Path, str]
) -> None:
    _folder, recovery = locked_vault
    tick(qtbot, dialog.use_recovery)
    assert dialog.recovery_key.isVisible() and not dialog.passphrase.isVisible()
    assert dialog.recovery_key.hasFocus()

    # A typo in the key's shape is told at once and costs no wait.
    type_into(qtbot, dialog.recovery_key, "ABCD-EFGH")
    unlock(qtbot, dialog)
    assert "That is not a recovery key" in dialog.message.text()
    assert dialog.failures == 0 and dialog.unlock_button.isEnabled()

    # Typed from paper: lower case, spaces instead of dashes.
    type_into(qtbot, dialog.recovery_key, recovery.replace("-", " ").lower())
    with qtbot.waitSignal(dialog.accepted, timeout=SLOW):
        unlock(qtbot, dialog)
    assert dialog.vault is not None and not dialog.vault.is_locked


def test_a_wrong_recovery_key_is_told_and_waits(qtbot: QtBot, dialog: UnlockDialog) -> None:
    tick(qtbot, dialog.use_recovery)
    type_into(qtbot, dialog.recovery_key, "0000-0000-0000-0000-0000-0000-0000-0000")
    unlock(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=SLOW)
    assert dialog.message.text() == "Wrong recovery key for this vault."
    assert dialog.retry_delay == 1 and dialog.countdown.isVisible()


def test_a_damaged_key_file_is_told_apart_from_a_wrong_passphrase(
    qtbot: QtBot, dialog: UnlockDialog, locked_vault: tuple[Path, str]
) -> None:
    keys = locked_vault[0] / "quash.keys"
    keys.write_bytes(keys.read_bytes().replace(b'"version": 1', b'"version": 2'))
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    unlock(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=SLOW)
    assert "is damaged or was edited" in dialog.message.text()
    assert dialog.failures == 0 and not dialog.countdown.isVisible()
    assert dialog.vault is None


def test_the_keychain_is_offered_when_this_computer_remembers_the_vault(
    qtbot: QtBot, runner: TaskRunner, locked_vault: tuple[Path, str]
) -> None:
    keyring.set_keyring(MemoryKeyring())
    folder, _recovery = locked_vault
    plain = UnlockDialog(folder, runner)
    qtbot.addWidget(plain)
    assert plain.keychain_button is None  # available, but this vault is not remembered

    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        vault.remember_on_this_computer()
    dialog = UnlockDialog(folder, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keychain_button is not None
    assert dialog.keychain_button.text() == "Unlock with this computer's &keychain"
    with qtbot.waitSignal(dialog.accepted, timeout=SLOW):
        qtbot.mouseClick(dialog.keychain_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is not None
    dialog.vault.lock()


# ---- start-up --------------------------------------------------------------------------------


def when_shown(kind: type, act: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog of `kind` once its event loop runs (a dialog's exec()
    does not return to the test until it closes)."""

    def attempt(tries_left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog) and isinstance(widget, kind) and widget.isVisible():
            act(widget)
        elif tries_left:
            QTimer.singleShot(20, lambda: attempt(tries_left - 1))

    QTimer.singleShot(0, lambda: attempt(1000))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "quash.ini"), QSettings.Format.IniFormat)


def test_start_up_unlocks_the_vault_used_last_and_remembers_only_its_folder(
    qtbot: QtBot, runner: TaskRunner, locked_vault: tuple[Path, str], settings: QSettings
) -> None:
    folder, _recovery = locked_vault
    settings.setValue(LAST_VAULT_KEY, str(folder))

    def enter_passphrase(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        assert dialog.other_button is not None  # a way out to the wizard
        dialog.passphrase.setText(PASSPHRASE)
        dialog.unlock_button.click()

    when_shown(UnlockDialog, enter_passphrase)
    chosen = choose_vault(runner, settings=settings)

    assert chosen is not None
    vault, opened, actor = chosen
    assert (opened, actor) == (folder, "Sam Rivera")  # whose passphrase it is: nobody to pick
    vault.lock()
    settings.sync()
    assert settings.allKeys() == [LAST_VAULT_KEY]
    assert settings.value(LAST_VAULT_KEY) == str(folder)
    assert PASSPHRASE not in Path(settings.fileName()).read_text()


def test_other_vault_leads_to_the_wizard(
    qtbot: QtBot, runner: TaskRunner, locked_vault: tuple[Path, str], settings: QSettings
) -> None:
    settings.setValue(LAST_VAULT_KEY, str(locked_vault[0]))
    seen: list[str] = []

    def other(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog) and dialog.other_button is not None
        dialog.other_button.click()

    def give_up(wizard: QDialog) -> None:
        assert isinstance(wizard, QWizard)
        seen.append(wizard.windowTitle())
        wizard.reject()

    when_shown(UnlockDialog, other)
    QTimer.singleShot(0, lambda: when_shown(FirstRunWizard, give_up))
    assert choose_vault(runner, settings=settings) is None
    assert seen == ["Quash — set up"]
    assert settings.value(LAST_VAULT_KEY) == str(locked_vault[0])
