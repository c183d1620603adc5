"""Who is working follows from the key that unlocked, in the app too: a person's passphrase
needs no "who are you?"; a vault made before people had keys asks its passphrase holder once,
and they become its admin; and the status bar names whoever unlocked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import open_editor
from gui.main_window import MainWindow
from gui.pages.reports_page import ReportsPage
from gui.start import FirstAdminDialog, choose_actor
from services import people, records
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


def _as(app_ctx: AppContext, vault_dir: Path, name: str, role: str, passphrase: str) -> None:
    """A person with `role` is added by the admin, then unlocks the app's vault as themselves."""
    assert app_ctx.vault is not None
    people.add(app_ctx.vault, name, role, passphrase, params=MINIMUM_ARGON2)
    app_ctx.lock()
    app_ctx.set_vault(unlock_with_passphrase(vault_dir, passphrase), vault_dir)


def _client_and_matter(app_ctx: AppContext) -> tuple[int, int]:
    client = app_ctx.write(
        lambda uow: (
            records.create(uow, "clients", {"pseudonym": "Águila", "legal_name": "María López"}).id
        )
    )
    matter = app_ctx.write(
        lambda uow: records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"}).id
    )
    return client, matter


def test_a_paralegal_fills_in_sealed_fields_but_cannot_reveal_or_delete_a_matter(
    qtbot: QtBot, vault_dir: Path, app_ctx: AppContext
) -> None:
    client, matter = _client_and_matter(app_ctx)
    _as(app_ctx, vault_dir, "Pat Paralegal", "paralegal", PAT)
    editor = open_editor(app_ctx, "clients", client)
    qtbot.addWidget(editor)
    sealed = editor.sealed["legal_name"]
    assert sealed.isVisibleTo(editor)  # there, and on file
    assert not sealed.reveal_button.isEnabled()
    assert sealed.reveal_button.toolTip() == (
        "Only the roles Admin, Attorney may reveal sealed names; Pat Paralegal is: Paralegal."
    )
    matter_editor = open_editor(app_ctx, "matters", matter)
    qtbot.addWidget(matter_editor)
    assert not matter_editor.delete_button.isEnabled()
    page = ReportsPage(app_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.reveal.isEnabled() and not page.reveal.isChecked()


def test_a_volunteer_never_sees_sealed_fields(
    qtbot: QtBot, vault_dir: Path, app_ctx: AppContext
) -> None:
    client, _matter = _client_and_matter(app_ctx)
    _as(app_ctx, vault_dir, "Val Volunteer", "volunteer", "volunteer passphrase three")
    editor = open_editor(app_ctx, "clients", client)
    qtbot.addWidget(editor)
    assert editor.sealed == {}
    shown = " ".join(label.text() for label in editor.findChildren(QLabel))
    assert "(sealed)" not in shown and "María" not in shown
