"""Plain messages for people: one sentence, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.errors import plain_error
from models.errors import QuashError

APP_NAME = "Quash"  # a name, the same in every language


def show_error(parent: QWidget | None, message: str | BaseException, title: str = "") -> None:
    if isinstance(message, QuashError):
        text = plain_error(message)
    elif isinstance(message, BaseException):
        text = QCoreApplication.translate(
            "messages", "Something went wrong ({0}); nothing more was changed."
        ).format(type(message).__name__)
    else:
        text = message
    box = QMessageBox(
        QMessageBox.Icon.Warning, title or APP_NAME, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorMessage")
    box.exec()


def confirm(parent: QWidget | None, question: str, title: str = "") -> bool:
    """Ask before something that loses work or data. No is the default and what Escape
    answers: a stray Enter never deletes anything."""
    no = QMessageBox.StandardButton.No
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or APP_NAME,
        question,
        QMessageBox.StandardButton.Yes | no,
        parent,
    )
    box.setObjectName("confirmQuestion")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box.exec() == QMessageBox.StandardButton.Yes
