"""A new recovery key as the first-run wizard shows it, for every other place that makes one (a
restore): in a large fixed font, with a recovery sheet to print, and proved copied (the box
ticked and the key's last group typed back) before the window showing it may close."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import current_language
from gui.tasks import TaskRunner
from gui.unlock import fixed_font, problem_label, show_problem
from models.tasks import Task
from reports.recovery_sheet import write_recovery_sheet

SHEET_NAME = "quash-recovery-sheet.pdf"


def last_group(recovery_key: str) -> str:
    return recovery_key.rsplit("-", 1)[-1].upper()


def normalised_group(text: str) -> str:
    """What a typed group means, forgiving case, dashes, spaces and O/0, I/L/1 as the key
    parser does."""
    cleaned = text.upper().replace("-", "").replace(" ", "").strip()
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1")


def say_when_fonts_wait(status: QLabel) -> None:
    """Before a recovery sheet is written: on a pip install whose report fonts are not cut
    yet (the first sheet or report on this computer), say why it takes a while."""
    from reports import font_files

    if font_files.missing_faces():
        status.setText(
            QCoreApplication.translate(
                "RecoveryKeyPanel",
                "Preparing the fonts the sheet prints with (once on this computer, a minute "
                "or two)…",
            )
        )
        status.show()


def key_label(scale: float) -> QLabel:
    """A recovery key shown large in a fixed-width font, framed, selectable and reachable by
    the keyboard (the wizard's page and a restore's result alike)."""
    label = QLabel()
    label.setFont(fixed_font(scale, bold=True))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(10)
    return label


@dataclass(frozen=True)
class SheetFacts:
    """What the recovery sheet prints beside the key."""

    office_name: str
    vault_folder: str
    vault_id: str
    created: dt.datetime


class RecoveryKeyPanel(QWidget):
    """Shows one recovery key until it is proved copied; `confirmed_changed(bool)` says when."""

    confirmed_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.recovery_key = ""
        self.facts: SheetFacts | None = None
        self.sheet_saved: Path | None = None
        # Where the sheet goes; replaceable so tests never block on a file dialog.
        self.ask_sheet_path: Callable[[], str] = self._ask_sheet_path

        self.heading = QLabel(
            self.tr(
                "<b>New recovery key — write it down now and keep it in the office safe.</b> "
                "It opens the restored vault if the passphrase is forgotten; Quash cannot "
                "show it again."
            )
        )
        self.heading.setWordWrap(True)
        self.key = key_label(1.5)
        self.key.setObjectName("recoveryKey")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"))
        self.print_button.setAccessibleName(self.tr("Save the recovery sheet to print"))
        self.print_button.clicked.connect(self.save_sheet)
        self.sheet_status = QLabel()
        self.sheet_status.setWordWrap(True)
        self.sheet_status.setTextFormat(Qt.TextFormat.PlainText)
        self.sheet_status.setAccessibleName(self.tr("Recovery sheet"))
        self.sheet_status.hide()
        self.sheet_problem = problem_label(self.tr("Problem saving the recovery sheet"))

        self.written = QCheckBox(self.tr("I have &written the key down or printed the sheet"))
        self.written.setAccessibleName(self.tr("I have written the key down"))
        self.typed = QLineEdit()
        self.typed.setFont(fixed_font(1.2))
        self.typed.setMaxLength(6)
        self.typed.setMaximumWidth(120)
        self.typed.setAccessibleName(self.tr("Last group of the recovery key"))
        self.match = QLabel()
        self.match.setAccessibleName(self.tr("Does the last group match"))
        typed_label = QLabel(self.tr("Type the key's &last group of four, from your copy:"))
        typed_label.setWordWrap(True)
        typed_label.setBuddy(self.typed)
        self.still_needed = problem_label(self.tr("What is still needed"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.key)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.print_button)
        sheet_row.addStretch(1)
        layout.addLayout(sheet_row)
        layout.addWidget(self.sheet_status)
        layout.addWidget(self.sheet_problem)
        layout.addWidget(self.written)
        layout.addWidget(typed_label)
        typed_row = QHBoxLayout()
        typed_row.addWidget(self.typed)
        typed_row.addWidget(self.match, 1)
        layout.addLayout(typed_row)
        layout.addWidget(self.still_needed)
        self.written.toggled.connect(self._changed)
        self.typed.textChanged.connect(self._typed_changed)

    def show_key(self, recovery_key: str, facts: SheetFacts | None = None) -> None:
        self.recovery_key = recovery_key
        self.key.setText(recovery_key)
        if facts is not None:
            self.facts = facts
        self.print_button.setEnabled(self.facts is not None)
        self.show()

    def set_facts(self, facts: SheetFacts) -> None:
        self.facts = facts
        self.print_button.setEnabled(bool(self.recovery_key))

    # -- proving it copied

    def group_matches(self) -> bool:
        return bool(self.recovery_key) and normalised_group(self.typed.text()) == last_group(
            self.recovery_key
        )

    def is_confirmed(self) -> bool:
        return self.written.isChecked() and self.group_matches()

    def _typed_changed(self) -> None:
        if len(normalised_group(self.typed.text())) < 4:
            self.match.setText("")
        elif self.group_matches():
            self.match.setText(self.tr("✓ Matches the key."))
        else:
            self.match.setText(self.tr("That is not the key's last group."))
        self._changed()

    def _changed(self) -> None:
        if self.is_confirmed():
            show_problem(self.still_needed, "")
        self.confirmed_changed.emit(self.is_confirmed())

    def say_still_needed(self) -> None:
        """The window was asked to close before the key was proved copied: say what is left,
        and go to it."""
        show_problem(
            self.still_needed,
            self.tr(
                "Write the recovery key down (or print the sheet), tick the box and type its "
                "last group before closing: Quash cannot show it again."
            ),
        )
        target = self.typed if self.written.isChecked() else self.written
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget_key(self) -> None:
        self.recovery_key = ""
        self.key.clear()
        self.typed.clear()

    # -- the sheet

    def _ask_sheet_path(self) -> str:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery sheet"),
            str(Path.home() / SHEET_NAME),
            self.tr("PDF files (*.pdf)"),
        )
        return chosen

    def save_sheet(self) -> None:
        facts = self.facts
        if facts is None or not self.recovery_key:
            return
        chosen = self.ask_sheet_path()
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        key = self.recovery_key
        language = current_language()  # the sheet is read by the person at the screen

        def op(task: Task) -> Path:
            write_recovery_sheet(
                path,
                office_name=facts.office_name,
                vault_folder=facts.vault_folder,
                vault_id=facts.vault_id,
                recovery_key=key,
                created=facts.created,
                language=language,
                task=task,
            )
            return path

        def saved(where: Path) -> None:
            self.print_button.setEnabled(True)
            self.sheet_status.setText(
                self.tr(
                    "Saved to %1. Print it and put it in the office safe, then delete the "
                    "file: a copy left on a computer can open the vault."
                ).replace("%1", str(where))
            )
            self.sheet_status.show()
            self.sheet_saved = where

        def failed(message: str) -> None:
            self.print_button.setEnabled(True)
            show_problem(self.sheet_problem, message)

        show_problem(self.sheet_problem, "")
        self.print_button.setEnabled(False)
        self.runner.run(op, saved, failed)
