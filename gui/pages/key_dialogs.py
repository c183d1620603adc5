"""What the People and Security sections' dialogs share: a new passphrase typed twice and
measured as it is typed, a dialog whose work on the vault's keys runs off the GUI thread (and
cannot be closed half done), and a new recovery key shown until it is proved copied."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.fitting import fit_to_screen
from gui.pages.backup_dialogs import passphrase_too_short, password_field
from gui.passphrase_advice import advice
from gui.recovery_key import RecoveryKeyPanel, SheetFacts
from gui.tasks import TaskHandle
from gui.unlock import busy_bar, problem_label, show_problem
from gui.wizard.new_vault import MIN_SCORE, Strength, measure
from services import vaults

DIALOG_WIDTH = 560
METER_COLOURS = ("#b42318", "#b42318", "#b54708", "#2e7d32", "#1b5e20")


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class NewPassphraseFields(QWidget):
    """A new passphrase, typed twice, with zxcvbn's strength and advice as it is typed (the
    wizard's measure and bar). `hints` are words that count as easy to guess here (the
    person's name, the office's)."""

    def __init__(self, hints: Callable[[], list[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._hints = hints
        self.words = [
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ]
        self.passphrase = password_field(self.tr("at least a few unrelated words"))
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm = password_field(self.tr("the same again"))
        self.confirm.setAccessibleName(self.tr("New passphrase again"))
        self.show_text = QCheckBox(self.tr("S&how the passphrase"))
        self.show_text.toggled.connect(self._show)
        self.meter = QProgressBar()
        self.meter.setRange(0, 5)  # score 0-4, drawn one step up so "very weak" shows
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(12)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_words = QLabel()
        widest = max(self.strength_words.fontMetrics().horizontalAdvance(w) for w in self.words)
        self.strength_words.setMinimumWidth(widest + 4)
        self.strength_words.setAccessibleName(self.tr("Passphrase strength in words"))
        self.feedback = wrapped()
        self.feedback.setAccessibleName(self.tr("How to make the passphrase stronger"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        new_label = QLabel(self.tr("New &passphrase:"))
        new_label.setBuddy(self.passphrase)
        again_label = QLabel(self.tr("A&gain:"))
        again_label.setBuddy(self.confirm)
        form.addRow(new_label, self.passphrase)
        form.addRow(again_label, self.confirm)
        form.addRow("", self.show_text)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength_words)
        form.addRow(self.tr("Strength:"), meter_row)
        form.addRow("", self.feedback)
        self.setTabOrder(self.passphrase, self.confirm)
        self.setTabOrder(self.confirm, self.show_text)

        self.strength = Strength(0, "", ())
        self.passphrase.textChanged.connect(self._measure)
        self._measure()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def hints(self) -> list[str]:
        words = ["quash", "vault", "passphrase", "password"]
        for hint in self._hints():
            words += [hint, *hint.split()]
        return [w for w in words if w]

    def _measure(self) -> None:
        text = self.passphrase.text()
        self.strength = measure(text, self.hints()) if text else Strength(0, "", ())
        score = self.strength.score if text else 0
        self.meter.setValue(score + 1 if text else 0)
        palette = self.meter.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(METER_COLOURS[score]))
        self.meter.setPalette(palette)
        words = self.words[score] if text else ""
        self.strength_words.setText(words)
        self.meter.setAccessibleDescription(words)
        self.feedback.setText(
            advice(self.strength.warning, self.strength.suggestions) if text else ""
        )
        self.feedback.show()  # hidden while a problem says the same (see problem_shown)

    def text(self) -> str:
        return self.passphrase.text()

    def problem(self) -> str:
        """Why this passphrase cannot be used, in words; "" when it can."""
        text = self.passphrase.text()
        too_short = passphrase_too_short(text)
        if too_short:
            return too_short
        strength = measure(text, self.hints())
        if strength.score < MIN_SCORE:
            reason = advice(strength.warning, strength.suggestions)
            return (
                self.tr("This passphrase would be too easy to guess.")
                + " "
                + (reason or self.tr("Add another word or two. Uncommon words are better."))
            )
        if text != self.confirm.text():
            return self.tr("The two passphrases are not the same. Type them again.")
        return ""

    def problem_shown(self, shown: bool) -> None:
        """A problem under the form gives zxcvbn's reason already: the advice waits."""
        self.feedback.setVisible(not shown)

    def go_back(self) -> None:
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()


class KeyWorkDialog(QDialog):
    """A small form whose work runs off the GUI thread through the task runner: a busy bar
    while it runs, the failure in plain words under the form, and no closing half done
    (a key change cannot be stopped midway). Subclasses fill `form` and call `run`."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.task: TaskHandle | None = None
        self.setWindowTitle(title)
        self.about = wrapped()
        self.form = QFormLayout()
        self.message = problem_label(self.tr("Problem"))
        self.message.setObjectName("validationMessage")
        self.progress = busy_bar(self.tr("Working"))
        self.working = wrapped()
        self.working.hide()
        self.go_button = QPushButton()
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.go_button)
        self.buttons.addWidget(self.cancel_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.about)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.working)
        self.layout_.addWidget(self.progress)
        self.layout_.addStretch(1)
        self.layout_.addLayout(self.buttons)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            self.grow_to_fit()

    def grow_to_fit(self) -> None:
        """Room for what the dialog shows now (within the screen)."""
        self.layout_.activate()
        wanted = self.sizeHint().expandedTo(self.size())
        width = max(DIALOG_WIDTH, wanted.width())
        height = max(wanted.height(), self.layout_.totalHeightForWidth(width))
        fit_to_screen(self, width, height)

    def start(self) -> None:
        raise NotImplementedError

    def refuse(self, text: str, field: QWidget | None = None) -> None:
        show_problem(self.message, text)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def run(self, op: Callable[[Any], Any], on_done: Callable[[Any], None], doing: str) -> None:
        """Run `op(task)` off the GUI thread; `on_done(result)` back on it."""
        show_problem(self.message, "")
        self.set_busy(True, doing)

        def done(result: Any) -> None:
            self.task = None
            self.set_busy(False)
            on_done(result)

        self.task = self.ctx.runner.run(op, on_done=done, on_error=self.failed)

    def failed(self, message: str) -> None:
        """The work failed: the reason under the form, worded by gui.errors, never a trace."""
        self.task = None
        self.set_busy(False)
        self.refuse(message, self.first_field())

    def first_field(self) -> QWidget | None:
        return None

    def set_busy(self, busy: bool, doing: str = "") -> None:
        for widget in self.findChildren(QLineEdit) + self.findChildren(QCheckBox):
            widget.setEnabled(not busy)
        for button in self.findChildren(QPushButton):
            button.setEnabled(not busy)
        self.working.setText(doing)
        self.working.setVisible(busy and bool(doing))
        self.progress.setVisible(busy)

    def reject(self) -> None:
        if self.busy:
            return  # a key change finishes or fails; it cannot stop halfway
        super().reject()


def sheet_facts(ctx: AppContext) -> SheetFacts:
    """What a recovery sheet printed now says beside the key."""
    vault = ctx.vault
    office = ctx.read(lambda uow: vaults.setting(uow, "office_name")) if ctx.is_unlocked else ""
    return SheetFacts(
        office_name=office,
        vault_folder=str(ctx.folder or ""),
        vault_id=vault.vault_id if vault is not None else "",
        created=dt.datetime.now().astimezone(),
    )


class RecoveryKeyDialog(QDialog):
    """A new recovery key the vault was just put under, as the wizard shows one: large, with
    its sheet to print, and no closing before it is proved copied (the box ticked and the last
    group typed back): Quash cannot show it again."""

    def __init__(self, ctx: AppContext, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.panel = RecoveryKeyPanel(ctx.runner)
        self.panel.heading.setText(
            self.tr(
                "<b>New recovery key — write it down now and keep it in the office safe.</b> "
                "It opens the vault if every passphrase is forgotten; Quash cannot show it "
                "again. The recovery sheet printed before opens nothing written from now on."
            )
        )
        self.panel.show_key(recovery_key, sheet_facts(ctx))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.close_button.setEnabled(False)
        self.panel.confirmed_changed.connect(self.close_button.setEnabled)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.panel)
        self.layout_.addStretch(1)
        self.layout_.addLayout(buttons)
        self.panel.key.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.grow_to_fit()

    def grow_to_fit(self) -> None:
        self.layout_.activate()
        wanted = self.sizeHint().expandedTo(self.size())
        width = max(DIALOG_WIDTH + 80, wanted.width())
        height = max(wanted.height(), self.layout_.totalHeightForWidth(width))
        fit_to_screen(self, width, height)

    def reject(self) -> None:
        """Not before the key is proved copied: it is never shown again."""
        if not self.panel.is_confirmed():
            self.panel.say_still_needed()
            self.grow_to_fit()
            return
        super().reject()


class RecoveryKeyAnnouncer(QObject):
    """Hands a new recovery key from a key change's worker thread to the screen. The services
    announce it before anything changes; the worker waits here until it is on screen, in a
    dialog that stays until it is proved copied."""

    _ready = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self._window = parent
        self.dialog: RecoveryKeyDialog | None = None
        self._ready.connect(self._show, Qt.ConnectionType.BlockingQueuedConnection)

    def announce(self, recovery_key: str) -> None:
        """Called on the worker thread (never the GUI thread: it would wait for itself)."""
        self._ready.emit(recovery_key)

    def _show(self, recovery_key: str) -> None:
        self.dialog = open_recovery_key_dialog(self.ctx, recovery_key, self._window)


def open_recovery_key_dialog(
    ctx: AppContext, recovery_key: str, parent: QWidget | None
) -> RecoveryKeyDialog:
    dialog = RecoveryKeyDialog(ctx, recovery_key, parent)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog


def keychain_dropped() -> str:
    """Said after a key change that left this computer's keychain entry behind."""
    return QCoreApplication.translate(
        "KeyWorkSection",
        "This computer could not reach the keychain that remembered the vault, so it no longer "
        "remembers it for you.",
    )


class KeyWorkSection(QGroupBox):
    """A Settings section whose work changes the vault's keys (People, Security): its status
    and error lines, the dialog it has open, and one key change at a time on a worker thread.
    A subclass makes `status`, `error` and `progress`, and says which buttons a running change
    leaves (`_update_buttons`), what follows it (`after_work`) and what a refused step needs
    (`after_failure`)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: KeyWorkDialog | None = None
        self.task: TaskHandle | None = None
        self.status: QLabel
        self.error: QLabel
        self.progress: QWidget

    def _update_buttons(self) -> None:
        """Enable what may be done now (nothing that changes keys while one change runs)."""

    def after_work(self) -> None:
        """The section once a key change is over: its buttons, or all it shows."""

    def after_failure(self) -> None:
        """What a refused or failed key change needs besides its sentence."""

    def _say(self, text: str) -> None:
        self._say_error("")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _say_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.status.clear()
            self.status.hide()

    def _open(self, dialog: KeyWorkDialog) -> None:
        # open(), not exec(): the page stays responsive and tests can drive the dialog
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def _run(self, op: Callable[[Any], Any], on_done: Callable[[Any], None], doing: str) -> None:
        self._say(doing)
        self.progress.show()

        def done(result: Any) -> None:
            self._idle()
            on_done(result)

        def failed(message: str) -> None:
            self._idle()
            self._say_error(message)
            self.after_failure()

        self.task = self.ctx.runner.run(op, on_done=done, on_error=failed)
        self._update_buttons()

    def _idle(self) -> None:
        self.task = None
        self.progress.hide()
        self.after_work()
