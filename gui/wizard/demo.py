"""The first-run wizard's demo page: what the demo vault is, and its published passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard

from gui.unlock import busy_bar, fixed_font, problem_label, show_problem
from gui.wizard.common import WizardPage, note_label

# The demo vault holds only public facts and fictional people, so its passphrase is published
# (on screen and in the README) and anyone may open it.
DEMO_PASSPHRASE = "demo vault passphrase"
DEMO_OFFICE = "Demo Legal Aid Office"
DEMO_ACTOR = "Demo user"
DEMO_FOLDER_NAME = "demo-vault"


class DemoPage(WizardPage):
    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The demo vault"))
        self.setSubTitle(
            self.tr(
                "Public unmasking cases (agencies, platforms and courts named in press "
                "reports) with fictional clients. Never put real case files in it."
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open demo vault"))
        self.folder = folder
        intro = note_label(
            self.tr(
                "Its passphrase is printed here on purpose, so anyone can open the demo. "
                "You will need it if Quash locks the demo vault:"
            )
        )
        passphrase = QLabel(DEMO_PASSPHRASE)
        passphrase.setFont(fixed_font(1.3, bold=True))
        passphrase.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        passphrase.setAccessibleName(self.tr("Demo vault passphrase"))
        where = note_label(self.tr("Folder: %1").replace("%1", str(folder)))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setAccessibleName(self.tr("Demo vault folder"))
        self.message = problem_label(self.tr("Problem opening the demo vault"))
        self.progress = busy_bar(self.tr("Opening the demo vault"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(passphrase)
        layout.addSpacing(8)
        layout.addWidget(where)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.progress)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not (self.wizard() and self.quash().busy)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.quash()
        if wizard.vault is not None:
            return True
        if not wizard.busy:
            show_problem(self.message, "")
            wizard.open_demo()
        return False

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.completeChanged.emit()
