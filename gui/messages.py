"""Plain messages for people: one sentence, never a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import QuashError


def show_error(parent: QWidget | None, message: str | BaseException, title: str = "") -> None:
    if isinstance(message, QuashError):
        text = str(message)
    elif isinstance(message, BaseException):
        text = f"Something went wrong ({type(message).__name__}); nothing more was changed."
    else:
        text = message
    box = QMessageBox(
        QMessageBox.Icon.Warning, title or "Quash", text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorMessage")
    box.exec()


def confirm(parent: QWidget | None, question: str, title: str = "") -> bool:
    answer = QMessageBox.question(parent, title or "Quash", question)
    return answer == QMessageBox.StandardButton.Yes
