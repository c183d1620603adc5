"""A sealed field (a client's legal name or contact details): shown as "Sealed" until someone
reveals it on purpose, which the audit log records; it seals itself again after a while, and a
copied value leaves the clipboard on its own."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models.errors import QuashError

PASSWORD_HINT = "x-kde-passwordManagerHint"  # clipboard managers (Klipper, …) skip these
CLEAR_TIMER = "quashClipboardClear"


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def clipboard_holds(digest: bytes, clipboard: QClipboard | None = None) -> bool:
    board = clipboard or QGuiApplication.clipboard()
    text = board.text()
    return bool(text) and _digest(text) == digest


def copy_secret(text: str, clear_after_ms: int) -> bytes:
    """Put a secret on the clipboard, marked so clipboard managers leave it out of their
    history, and take it off again after `clear_after_ms` unless something else was copied.
    The timer hangs off the clipboard itself, so it still fires after the editor closes.
    Returns the value's digest (the value itself is not kept)."""
    clipboard = QGuiApplication.clipboard()
    mime = QMimeData()
    mime.setText(text)
    mime.setData(PASSWORD_HINT, QByteArray(b"secret"))
    clipboard.setMimeData(mime)
    digest = _digest(text)
    timer = QTimer(clipboard)
    timer.setObjectName(CLEAR_TIMER)
    timer.setSingleShot(True)

    def clear() -> None:
        if clipboard_holds(digest, clipboard):
            clipboard.clear()
        timer.deleteLater()

    timer.timeout.connect(clear)
    timer.start(clear_after_ms)
    return digest


class SealedInput(QWidget):
    """Shows "Sealed" (or "Not on file"); Reveal asks `fetch` (an audited read) for the value
    and shows it for REVEAL_MS; Copy puts it on the clipboard for CLIPBOARD_MS; Edit reveals and
    then lets the person change it. A new record's field is simply typed in."""

    REVEAL_MS = 30_000
    CLIPBOARD_MS = 30_000

    changed = Signal()
    revealed = Signal()
    resealed = Signal()
    failed = Signal(object)  # the QuashError a reveal raised (the vault locked, record gone)

    def __init__(
        self,
        label: str,
        fetch: Callable[[], str | None],
        *,
        multiline: bool = False,
        max_len: int = 200,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.label = label
        self._fetch = fetch
        self._on_file = False
        self._state = "sealed"  # sealed | revealed | editing
        self._copied: bytes | None = None
        self.multiline = multiline

        if multiline:
            self.display: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.display.setTabChangesFocus(True)
            self.display.setFixedHeight(72)
            self.display.textChanged.connect(self._typed)
        else:
            self.display = QLineEdit()
            self.display.setMaxLength(max_len)
            self.display.textChanged.connect(lambda _text: self._typed())
        self.max_len = max_len
        self.display.setAccessibleName(label)
        self.reveal_button = QPushButton(self.tr("&Reveal"))
        self.reveal_button.setAccessibleName(self.tr("Reveal {0}").format(label))
        self.reveal_button.setToolTip(
            self.tr("Show the sealed value for a short while; the audit log records it.")
        )
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy {0}").format(label))
        self.copy_button.setToolTip(
            self.tr("Copy the revealed value; it leaves the clipboard after 30 seconds.")
        )
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit {0}").format(label))
        for button in (self.reveal_button, self.copy_button, self.edit_button):
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.countdown = QLabel()
        self.countdown.setObjectName("sealCountdown")

        self.reveal_button.clicked.connect(self._reveal_clicked)
        self.copy_button.clicked.connect(self.copy)
        self.edit_button.clicked.connect(self.start_edit)

        self._reseal_timer = QTimer(self)
        self._reseal_timer.setSingleShot(True)
        self._reseal_timer.timeout.connect(self.reseal)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_countdown)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.display, 1, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.reveal_button, self.copy_button, self.edit_button):
            buttons.addWidget(button)
        if multiline:
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.addLayout(buttons)
            column.addStretch(1)
            row.addLayout(column)
        else:
            row.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.countdown)
        self.setFocusProxy(self.display)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._show_sealed()

    # -- what is shown

    @property
    def state_name(self) -> str:
        return self._state

    @property
    def editing(self) -> bool:
        return self._state == "editing"

    def display_text(self) -> str:
        if isinstance(self.display, QPlainTextEdit):
            return self.display.toPlainText()
        return self.display.text()

    def _set_display(self, text: str, *, read_only: bool, placeholder_look: bool) -> None:
        self.display.blockSignals(True)
        if isinstance(self.display, QPlainTextEdit):
            self.display.setPlainText(text)
        else:
            self.display.setText(text)
        self.display.blockSignals(False)
        self.display.setReadOnly(read_only)
        font = self.display.font()
        font.setItalic(placeholder_look)
        self.display.setFont(font)

    def _show_sealed(self) -> None:
        self._state = "sealed"
        self._reseal_timer.stop()
        self._tick.stop()
        self.countdown.hide()
        self._set_display(
            self.tr("Sealed") if self._on_file else self.tr("Not on file"),
            read_only=True,
            placeholder_look=True,
        )
        self.display.setAccessibleDescription(
            self.tr("Sealed: on file, hidden until revealed")
            if self._on_file
            else self.tr("Nothing on file")
        )
        self.reveal_button.setText(self.tr("&Reveal"))
        self.reveal_button.setVisible(True)
        self.reveal_button.setEnabled(self._on_file)
        self.copy_button.setVisible(True)
        self.copy_button.setEnabled(False)
        self.edit_button.setVisible(True)
        self.edit_button.setEnabled(True)
        self.edit_button.setText(self.tr("Edit") if self._on_file else self.tr("Add"))

    def _show_countdown(self) -> None:
        seconds = math.ceil(max(self._reseal_timer.remainingTime(), 0) / 1000)
        self.countdown.setText(self.tr("Sealed again in {0} s").format(seconds))

    # -- actions

    def set_on_file(self, on_file: bool) -> None:
        """Show the stored state: sealed (on file) or nothing on file. Ends any reveal."""
        self._on_file = on_file
        self._show_sealed()

    def set_new(self) -> None:
        """A record not saved yet: nothing to reveal, the field is simply typed."""
        self._on_file = False
        self._state = "editing"
        self._set_display("", read_only=False, placeholder_look=False)
        self.display.setAccessibleDescription(
            self.tr("Sealed once saved: hidden until someone reveals it")
        )
        for button in (self.reveal_button, self.copy_button, self.edit_button):
            button.setVisible(False)
        self.countdown.setText(self.tr("Sealed once saved."))
        self.countdown.show()

    def _reveal_clicked(self) -> None:
        if self._state == "revealed":
            self.reseal()
        else:
            self.reveal()

    def reveal(self) -> bool:
        """Fetch the value (the caller's fetch writes the audit entry) and show it."""
        if not self._on_file or self._state != "sealed":
            return False
        try:
            value = self._fetch()
        except QuashError as exc:
            self.failed.emit(exc)
            return False
        self._state = "revealed"
        self._set_display(value or "", read_only=True, placeholder_look=False)
        self.display.setAccessibleDescription(self.tr("Revealed; seals itself again shortly"))
        self.reveal_button.setText(self.tr("Hide"))
        self.copy_button.setEnabled(bool(value))
        self._reseal_timer.start(self.REVEAL_MS)
        self._show_countdown()
        self.countdown.show()
        self._tick.start()
        self.revealed.emit()
        return True

    def reseal(self) -> None:
        if self._state == "revealed":
            self._show_sealed()
            self.resealed.emit()

    def copy(self) -> None:
        if self._state != "revealed":
            return
        text = self.display_text()
        if text:
            self._copied = copy_secret(text, self.CLIPBOARD_MS)
            self.countdown.setText(
                self.tr("Copied; the clipboard is cleared in {0} s").format(
                    math.ceil(self.CLIPBOARD_MS / 1000)
                )
            )

    def start_edit(self) -> None:
        """Reveal (audited) if something is on file, then let the person change it."""
        if self._state == "editing":
            return
        if self._state == "sealed" and self._on_file and not self.reveal():
            return  # nothing shown, nothing to edit
        current = self.display_text() if self._state == "revealed" else ""
        self._reseal_timer.stop()
        self._tick.stop()
        self._state = "editing"
        self._set_display(current, read_only=False, placeholder_look=False)
        self.display.setAccessibleDescription(self.tr("Being edited; sealed again when saved"))
        self.reveal_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.edit_button.setEnabled(False)
        self.countdown.setText(self.tr("Editing; sealed again when saved."))
        self.countdown.show()
        self.display.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _typed(self) -> None:
        if self._state == "editing":
            self.changed.emit()

    def value(self) -> str | None:
        """What was typed (only while editing)."""
        if not self.editing:
            return None
        return self.display_text().strip() or None

    # -- drafts and locking

    def state(self) -> dict[str, str] | None:
        return {"value": self.display_text()} if self.editing else None

    def set_state(self, state: dict[str, str] | None) -> None:
        """Put back what was being typed when the vault locked (no new reveal: the person
        had it on screen already)."""
        if not state:
            return
        if self._state != "editing":
            self._reseal_timer.stop()
            self._tick.stop()
            self._state = "editing"
            self.reveal_button.setEnabled(False)
            self.copy_button.setEnabled(False)
            self.edit_button.setEnabled(False)
        self._set_display(str(state.get("value", "")), read_only=False, placeholder_look=False)
        self.changed.emit()

    def forget(self) -> None:
        """Seal now and take a copied value off the clipboard (the vault is locking)."""
        if self._copied is not None and clipboard_holds(self._copied):
            QGuiApplication.clipboard().clear()
        self._copied = None
        if self._state == "revealed":
            self._show_sealed()
