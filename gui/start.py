"""Which vault to work in at start-up: unlock the one used last, or run the first-run wizard.
Only vaults' folders are remembered between runs (gui/recent_vaults.py), never a key or a name."""

from __future__ import annotations

import getpass
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from gui.recent_vaults import LAST_VAULT_KEY as LAST_VAULT_KEY
from gui.recent_vaults import recent_vaults, remember
from gui.tasks import TaskRunner
from gui.unlock import UnlockDialog
from services import vaults

if TYPE_CHECKING:
    from services.vaults import Vault


def last_vault(settings: QSettings) -> Path | None:
    """The folder of the vault opened most recently that still holds a vault (one on a stick
    that is not plugged in is passed over), or None."""
    return next((f for f in recent_vaults(settings) if vaults.holds_vault(f)), None)


def remember_vault(settings: QSettings, folder: Path) -> None:
    """First in File ▸ Recent vaults, and the vault start-up offers next time."""
    remember(settings, folder)


class WhoIsWorkingDialog(QDialog):
    """Pick yourself from the vault's active staff: your name goes in the audit log."""

    def __init__(self, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is working? — Quash"))
        self.people = QComboBox()
        self.people.addItems(names)
        self.people.setAccessibleName(self.tr("Your name"))
        note = QLabel(self.tr("Everything you do is written in the audit log under your name."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&You are:"), self.people)
        form.addRow(buttons)

    @property
    def name(self) -> str:
        return self.people.currentText()


def choose_actor(vault: Vault, parent: QWidget | None = None) -> str | None:
    """Who is working: the one active staff member, or the one picked from several. With no
    staff list yet, the computer's user name (as the command line does). None if cancelled."""
    names = vaults.people_who_may_work(vault)
    if len(names) == 1:
        return names[0]
    if not names:
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return QCoreApplication.translate("start", "unknown user")
    dialog = WhoIsWorkingDialog(names, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.name


def _load_main_window() -> None:
    """Import the main window (every page, ReportLab) while Argon2id derives the key on another
    core, so it opens as soon as the vault is unlocked. gui.app leaves it out of the start, so
    the unlock window shows half a second sooner."""
    importlib.import_module("gui.main_window")


def choose_vault(
    runner: TaskRunner, parent: QWidget | None = None, settings: QSettings | None = None
) -> tuple[Vault, Path, str] | None:
    """Unlock the vault used last, or create or pick one. Returns (vault, folder, actor), or
    None when the person gives up."""
    settings = settings if settings is not None else QSettings()
    folder = last_vault(settings)
    while True:
        if folder is None:
            # Imported here: a returning person's unlock window need not wait for it (ReportLab).
            from gui.wizard import ChoicePage, FirstRunWizard

            wizard = FirstRunWizard(runner, parent)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.folder is None:
                return None
            if wizard.kind == ChoicePage.OPEN:
                folder = wizard.folder
                continue
            assert wizard.vault is not None
            if wizard.kind == ChoicePage.CREATE:
                remember_vault(settings, wizard.folder)
            # The demo vault is not remembered: next time starts with the office's own vault.
            return wizard.vault, wizard.folder, wizard.actor

        dialog = UnlockDialog(
            folder, runner, parent, offer_other_vault=True, while_unlocking=_load_main_window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.vault is None:
            if dialog.other_vault_requested:
                folder = None
                continue
            return None
        vault = dialog.vault
        actor = choose_actor(vault, parent)
        if actor is None:
            vault.lock()
            return None
        remember_vault(settings, folder)
        return vault, folder, actor
