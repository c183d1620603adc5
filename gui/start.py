"""Which vault to work in at start-up: unlock the one used last, or run the first-run wizard.
Only vaults' folders are remembered between runs (gui/recent_vaults.py), never a key or a name."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from gui.errors import plain_error
from gui.fitting import fit_to_screen
from gui.recent_vaults import LAST_VAULT_KEY as LAST_VAULT_KEY
from gui.recent_vaults import recent_vaults, remember
from gui.tasks import TaskRunner
from gui.unlock import UnlockDialog, problem_label, show_problem, wait_for_database_layer
from models.errors import QuashError
from services import vault_folder

if TYPE_CHECKING:
    from services.vaults import Vault


def last_vault(settings: QSettings) -> Path | None:
    """The folder of the vault opened most recently that still holds a vault (one on a stick
    that is not plugged in is passed over), or None."""
    return next((f for f in recent_vaults(settings) if vault_folder.holds_vault(f)), None)


def remember_vault(settings: QSettings, folder: Path) -> None:
    """First in File ▸ Recent vaults, and the vault start-up offers next time."""
    remember(settings, folder)


class FirstAdminDialog(QDialog):
    """A vault made before each person had a key of their own: the passphrase holder names
    themselves and becomes its admin (services.people.name_first_admin)."""

    def __init__(self, vault: Vault, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Who are you? — Quash"))
        note = QLabel(
            self.tr(
                "This vault was made before each person had a passphrase of their own. Say "
                "who you are: the passphrase you just typed becomes yours, you become the "
                "vault's admin, and everything you do is signed in the audit log under your "
                "name. Settings ▸ People then gives the others passphrases of their own."
            )
        )
        note.setWordWrap(True)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(names)
        self.name.setCurrentText("")
        self.name.setAccessibleName(self.tr("Your name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The vault's passphrase"))
        self.problem = problem_label(self.tr("Problem"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._name)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&Your name:"), self.name)
        form.addRow(self.tr("The vault's &passphrase, again:"), self.passphrase)
        form.addRow(self.problem)
        form.addRow(buttons)
        fit_to_screen(self, 560, self.sizeHint().height())

    def _name(self) -> None:
        from services import people  # not before the unlock window: see gui.unlock

        try:
            people.name_first_admin(self.vault, self.name.currentText(), self.passphrase.text())
        except QuashError as exc:
            show_problem(self.problem, plain_error(exc))
            self.passphrase.setFocus()
            return
        self.accept()


def choose_actor(vault: Vault, parent: QWidget | None = None) -> str | None:
    """Who is working follows from the key that unlocked: that person (or, with the recovery
    key, the office's recovery key). An older vault's passphrase holder names themselves first.
    None if cancelled."""
    from services import people, vaults  # not before the unlock window: see gui.unlock

    if vault.identity is not None:
        return vault.identity.name
    if people.needs_first_person(vault):
        dialog = FirstAdminDialog(vault, vaults.people_who_may_work(vault), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or vault.identity is None:
            return None
        return vault.identity.name
    return people.RECOVERY_NAME  # an older vault opened with the recovery key


def _load_main_window() -> None:
    """Import the main window (every page, ReportLab) while Argon2id derives the key on another
    core, so it opens as soon as the vault is unlocked. gui.app leaves it out of the start, so
    the unlock window shows half a second sooner."""
    wait_for_database_layer()
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
            wait_for_database_layer()
            from gui.wizard import ChoicePage, FirstRunWizard

            wizard = FirstRunWizard(runner, parent)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.folder is None:
                return None
            if wizard.kind == ChoicePage.OPEN:
                folder = wizard.folder
                continue
            assert wizard.vault is not None
            if wizard.kind in (ChoicePage.CREATE, ChoicePage.RESTORE):
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
