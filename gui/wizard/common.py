"""What every page of the first-run wizard shares: the pages' ids, the way to its wizard, a note
that wraps, and what a chosen folder holds."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard, QWizardPage

from services import vaults

if TYPE_CHECKING:
    from gui.wizard.first_run import FirstRunWizard


class Page(IntEnum):
    CHOICE = 0
    LOCATION = 1
    OFFICE = 2
    PASSPHRASE = 3
    RECOVERY = 4
    DEMO = 5
    OPEN = 6
    RESTORE_FILE = 7
    RESTORE_PASSPHRASE = 8
    RESTORE_LOCATION = 9
    RESTORE_PERSON = 10
    RESTORE_RUN = 11


def folder_state(folder: Path) -> str:
    """ "absent", "empty", "vault", "file", "full" or "unreadable"."""
    try:
        if not folder.exists():
            return "absent"
        if not folder.is_dir():
            return "file"
        if vaults.holds_vault(folder):
            return "vault"
        return "full" if any(folder.iterdir()) else "empty"
    except OSError:
        return "unreadable"


def note_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WizardPage(QWizardPage):
    def quash(self) -> FirstRunWizard:
        wizard = self.wizard()
        # Only FirstRunWizard holds these pages. Its module imports theirs, so here the class
        # is named for the type checker only.
        assert isinstance(wizard, QWizard)
        return cast("FirstRunWizard", wizard)
