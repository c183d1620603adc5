"""Who is working follows from the key that unlocked, in the app too: a person's passphrase
needs no "who are you?"; a vault made before people had keys asks its passphrase holder once,
and they become its admin; and the status bar names whoever unlocked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.main_window import MainWindow
from gui.start import FirstAdminDialog, choose_actor
from services import people
from services.vaults import unlock_with_passphrase
from storage.keyslots import MINIMUM_ARGON2
from storage.vault import create_vault
from tests.conftest import PASSPHRASE

PAT = "paralegal passphrase one"


def _when_asked(act: Callable[[FirstAdminDialog], None]) -> list[FirstAdminDialog]:
    """Act on the "who are you?" dialog when it opens; note that it did."""
    seen: list[FirstAdminDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstAdminDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


def test_a_persons_passphrase_makes_them_the_one_working_without_asking(
    qtbot: QtBot, vault_dir: Path, app_ctx: AppContext
) -> None:
    assert app_ctx.vault is not None
    people.add(app_ctx.vault, "Pat Paralegal", "paralegal", PAT, params=MINIMUM_ARGON2)
    app_ctx.lock()
    vault = unlock_with_passphrase(vault_dir, PAT)
    asked = _when_asked(lambda dialog: dialog.reject())
    assert choose_actor(vault) == "Pat Paralegal"
    assert asked == []  # nobody to pick
    app_ctx.set_vault(vault, vault_dir)
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.update_status()
    assert window.user_label.text() == "Working as: Pat Paralegal"


def test_an_older_vault_asks_once_and_its_passphrase_holder_becomes_its_admin(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2)[0].lock()  # as Quash made them
    vault = unlock_with_passphrase(folder, PASSPHRASE)

    problems: list[str] = []

    def answer(dialog: FirstAdminDialog) -> None:
        dialog.name.setCurrentText("Olga Admin")
        dialog.passphrase.setText("not the passphrase at all")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        problems.append(dialog.problem.text())  # refused: still open, saying why
        dialog.passphrase.setText(PASSPHRASE)
        ok.click()

    asked = _when_asked(answer)
    try:
        assert choose_actor(vault) == "Olga Admin"
        assert len(asked) == 1
        assert problems == ["Wrong passphrase for this vault."]
        assert vault.identity is not None and vault.identity.role == "admin"
    finally:
        vault.lock()
    # From now on the passphrase is Olga's: nobody is asked again.
    again = unlock_with_passphrase(folder, PASSPHRASE)
    try:
        assert choose_actor(again) == "Olga Admin"
    finally:
        again.lock()
