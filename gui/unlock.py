"""The unlock dialog: open a vault with its passphrase, its recovery key, or this computer's
keychain. Key derivation runs off the GUI thread; a wrong key makes the next try wait longer."""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.errors import plain_error
from gui.progress import progress_text
from gui.tasks import TaskRunner
from models.errors import WrongKeyError
from services.vault_folder import is_remembered, keyring_available, parse_recovery_key

if TYPE_CHECKING:
    from models.tasks import Task
    from services.vaults import Vault

# A wrong key costs a growing wait: 1 s, 2 s, 4 s … never more than 30 s. This only slows
# someone guessing at this screen; Argon2id is what slows guessing against a copied file.
FIRST_DELAY_SECONDS = 1
MAX_DELAY_SECONDS = 30
FOLDER_WIDTH = 420  # pixels of the folder's path shown; the whole path is in its tooltip
RECOVERY_KEY_SHAPE = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"  # the same in every language


_LOADER: list[threading.Thread] = []  # load_database_layer's thread, once started


def load_database_layer() -> None:
    """Import, once and on a thread of its own, what unlocking and the main window need below
    the GUI: SQLCipher, SQLAlchemy, the models, the court calendars, every services module (most
    of a second). The unlock window starts it once painted, so it shows without waiting for them
    and they load while the person types. services/ never imports Qt, so they may load off the
    GUI thread; whatever needs one of them sooner (an Unlock pressed at once) waits for it."""
    if not _LOADER:
        _LOADER.append(threading.Thread(target=_import_services, name="load-services", daemon=True))
        _LOADER[0].start()


def wait_for_database_layer() -> None:
    """Before the GUI thread imports modules that need the database layer (the main window, the
    first-run wizard): two threads importing the same modules at once could each wait on the
    other. Returns at once when it has loaded, or never started."""
    for thread in _LOADER:
        thread.join()


def _import_services() -> None:
    import services

    importlib.import_module("services.vaults")  # what Unlock needs, first
    for module in pkgutil.iter_modules(services.__path__):
        importlib.import_module(f"services.{module.name}")


def _vaults() -> ModuleType:
    """services.vaults, which unlocks (see load_database_layer)."""
    return importlib.import_module("services.vaults")


def retry_delay(failures: int) -> int:
    """Seconds to wait after `failures` wrong keys in a row (0 when none)."""
    if failures <= 0:
        return 0
    return int(min(FIRST_DELAY_SECONDS * 2 ** (failures - 1), MAX_DELAY_SECONDS))


def fixed_font(scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def problem_label(accessible_name: str) -> QLabel:
    """A red, wrapped, selectable one-line message under a form; hidden until it has text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible_name)
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff7b72" if dark else "#b42318"))
    label.setPalette(palette)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(bool(text))


def busy_bar(accessible_name: str) -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setAccessibleName(accessible_name)
    bar.setMaximumHeight(10)
    bar.hide()
    return bar


@dataclass(frozen=True)
class _Attempt:
    """What one try at unlocking gave: the vault, or a wrong key's message."""

    vault: Vault | None
    wrong_key: str = ""
    counts_as_guess: bool = True


class UnlockDialog(QDialog):
    """Ask for the key to `folder`. When accepted, `.vault` is the unlocked vault."""

    def __init__(
        self,
        folder: Path,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        offer_other_vault: bool = False,
        while_unlocking: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.folder = Path(folder)
        self.runner = runner
        # Work for this thread while the key is derived on another (once): see gui.start.
        self.while_unlocking = while_unlocking
        self.vault: Vault | None = None
        self.other_vault_requested = False
        self.busy = False
        self.painted = False  # once it is, the database layer loads (load_database_layer)
        self.failures = 0  # wrong keys in a row
        self.retry_delay = 0  # seconds the last wrong key made the person wait
        self.seconds_left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)

        self.setWindowTitle(self.tr("Unlock vault — Quash"))
        self.setObjectName("unlockDialog")
        self.setModal(True)

        heading = QLabel(self.tr("Unlock the vault"))
        font = heading.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        where = QLabel()
        where.setTextFormat(Qt.TextFormat.PlainText)
        shown = where.fontMetrics().elidedText(
            str(self.folder), Qt.TextElideMode.ElideMiddle, FOLDER_WIDTH
        )
        where.setText(self.tr("Vault folder: %1").replace("%1", shown))
        where.setToolTip(str(self.folder))
        where.setAccessibleDescription(str(self.folder))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setAccessibleName(self.tr("Vault folder"))

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.recovery_key = QLineEdit()
        # Typed from paper, so shown while typed; 8 groups of 4 are hard to type blind.
        self.recovery_key.setFont(fixed_font())
        self.recovery_key.setPlaceholderText(RECOVERY_KEY_SHAPE)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setMaxLength(64)
        key_width = self.recovery_key.fontMetrics().horizontalAdvance("W" * 40)
        self.recovery_key.setMinimumWidth(key_width + 16)

        self.recovery_hint = QLabel(
            self.tr(
                "From the recovery sheet in the office safe. Dashes, spaces and upper or "
                "lower case do not matter."
            )
        )
        self.recovery_hint.setWordWrap(True)
        self.fields = QFormLayout()
        self.fields.setContentsMargins(0, 0, 0, 0)
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        recovery_label = QLabel(self.tr("&Recovery key:"))
        recovery_label.setBuddy(self.recovery_key)
        self.fields.addRow(passphrase_label, self.passphrase)
        self.fields.addRow(recovery_label, self.recovery_key)
        self.fields.addRow("", self.recovery_hint)

        self.use_recovery = QCheckBox(self.tr("Use recovery &key"))
        self.use_recovery.setAccessibleName(self.tr("Use recovery key instead of the passphrase"))
        self.use_recovery.toggled.connect(self._switch_mode)

        self.message = problem_label(self.tr("Unlock problem"))
        self.countdown = QLabel()
        self.countdown.setAccessibleName(self.tr("Wait before trying again"))
        self.countdown.hide()
        self.progress = busy_bar(self.tr("Unlocking"))
        self.status = QLabel(self.tr("Checking the key…"))
        self.status.hide()

        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.cancel_button.clicked.connect(self.reject)

        self.keychain_button: QPushButton | None = None
        if is_remembered(self.folder) and keyring_available()[0]:
            self.keychain_button = QPushButton(self.tr("Unlock with this computer's &keychain"))
            self.keychain_button.setAccessibleName(self.tr("Unlock with this computer's keychain"))
            self.keychain_button.clicked.connect(self.try_keychain)
        self.other_button: QPushButton | None = None
        if offer_other_vault:
            self.other_button = QPushButton(self.tr("&Other vault…"))
            self.other_button.setAccessibleName(self.tr("Open or create another vault"))
            self.other_button.clicked.connect(self._other_vault)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(self.fields)
        layout.addWidget(self.use_recovery)
        if self.keychain_button is not None:
            layout.addWidget(self.keychain_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.countdown)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        if self.other_button is not None:
            buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout.addWidget(buttons)

        order: list[QWidget] = [self.passphrase, self.recovery_key, self.use_recovery]
        if self.keychain_button is not None:
            order.append(self.keychain_button)
        if self.other_button is not None:
            order.append(self.other_button)
        order += [self.unlock_button, self.cancel_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        self.passphrase.textChanged.connect(self._update_buttons)
        self.recovery_key.textChanged.connect(self._update_buttons)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.recovery_key.returnPressed.connect(self.try_unlock)
        self._switch_mode(False)
        self.passphrase.setFocus()

    # -- state

    @property
    def recovery_mode(self) -> bool:
        return self.use_recovery.isChecked()

    def _current_field(self) -> QLineEdit:
        return self.recovery_key if self.recovery_mode else self.passphrase

    def _switch_mode(self, recovery: bool) -> None:
        self.fields.setRowVisible(self.passphrase, not recovery)
        self.fields.setRowVisible(self.recovery_key, recovery)
        self.fields.setRowVisible(self.recovery_hint, recovery)
        self.adjustSize()
        show_problem(self.message, "")
        self._update_buttons()
        self._current_field().setFocus()

    def _update_buttons(self) -> None:
        has_text = bool(self._current_field().text().strip())
        self.unlock_button.setEnabled(not self.busy and self.seconds_left == 0 and has_text)
        for widget in (self.passphrase, self.recovery_key, self.use_recovery):
            widget.setEnabled(not self.busy)
        for button in (self.keychain_button, self.other_button):
            if button is not None:
                button.setEnabled(not self.busy)
        self.cancel_button.setEnabled(not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.status.setVisible(busy)
        self._update_buttons()
        if not busy:
            self._current_field().setFocus()

    # -- unlocking

    def try_unlock(self) -> None:
        """Check the typed passphrase or recovery key off the GUI thread."""
        if not self.unlock_button.isEnabled():
            return
        folder = self.folder
        secret = self._current_field().text()
        recovery = self.recovery_mode
        if recovery:
            try:
                parse_recovery_key(secret)  # a typo is told at once, and costs no wait
            except WrongKeyError as exc:
                show_problem(self.message, plain_error(exc))
                return
        self._current_field().clear()

        def op(task: Task) -> _Attempt:
            vaults = _vaults()
            unlock = vaults.unlock_with_recovery_key if recovery else vaults.unlock_with_passphrase
            try:
                return _Attempt(unlock(folder, secret, task=task))
            except WrongKeyError as exc:
                return _Attempt(None, plain_error(exc))

        self._start(op)

    def try_keychain(self) -> None:
        folder = self.folder

        def op(task: Task) -> _Attempt:
            try:
                return _Attempt(_vaults().unlock_with_keyring(folder, task=task))
            except WrongKeyError as exc:
                return _Attempt(None, plain_error(exc), counts_as_guess=False)

        self._start(op)

    def _start(self, op: Callable[[Task], _Attempt]) -> None:
        show_problem(self.message, "")
        self.status.setText(self.tr("Checking the key…"))
        self.progress.setRange(0, 0)  # busy until something counts
        self._set_busy(True)
        self.runner.run(op, self._finished, self._failed, on_progress=self._progressed)
        if self.while_unlocking is not None:
            work, self.while_unlocking = self.while_unlocking, None
            QTimer.singleShot(50, work)  # after the busy state has been painted

    def _progressed(self, done: int, total: int, text: str) -> None:
        """What the unlocking is doing after the key: updating the vault for this version of
        Quash, once, which takes a while for a vault of many scans, and how far it is."""
        self.status.setText(progress_text(text))
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, done * 1000 // total))
        else:
            self.progress.setRange(0, 0)

    def _finished(self, attempt: _Attempt) -> None:
        self._set_busy(False)
        if attempt.vault is not None:
            self.vault = attempt.vault
            self.failures = 0
            self.accept()
            return
        show_problem(self.message, attempt.wrong_key)
        if attempt.counts_as_guess:
            self.failures += 1
            self.retry_delay = retry_delay(self.failures)
            self.seconds_left = self.retry_delay
            self._show_countdown()
            self._tick.start()
            self._update_buttons()

    def _failed(self, message: str) -> None:
        """A damaged or missing file (or anything but a wrong key): say so, no wait."""
        self._set_busy(False)
        show_problem(self.message, message)

    def _count_down(self) -> None:
        self.seconds_left = max(0, self.seconds_left - 1)
        self._show_countdown()
        if self.seconds_left == 0:
            self._tick.stop()
            self._update_buttons()

    def _show_countdown(self) -> None:
        if self.seconds_left:
            self.countdown.setText(
                self.tr("You can try again in %n second(s).", "", self.seconds_left)
            )
        self.countdown.setVisible(self.seconds_left > 0)

    def _other_vault(self) -> None:
        self.other_vault_requested = True
        self.reject()

    # -- closing

    def reject(self) -> None:
        # While a key is being checked the dialog stays: closing it then would leave an
        # unlocked vault that nobody holds.
        if self.busy:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.busy and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, load_database_layer)  # after this paint reaches the screen
