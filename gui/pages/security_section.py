"""Settings → Security: the vault's key slots in words (who has a passphrase of their own, the
recovery key, whether this computer remembers the vault for the person working); for an admin,
rotating the data key and printing a new recovery sheet; for everyone, this computer's keychain
remembering or forgetting the vault. Key work runs off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.errors import plain_error
from gui.messages import confirm
from gui.pages.backup_dialogs import password_field
from gui.pages.key_dialogs import (
    KeyWorkDialog,
    KeyWorkSection,
    RecoveryKeyAnnouncer,
    keychain_dropped,
    sheet_facts,
    wrapped,
)
from gui.pages.people_dialogs import actor_of
from gui.pages.people_section import KEYS_CHANGED
from gui.pages.settings_common import paint_red
from gui.recovery_key import RecoveryKeyPanel
from gui.unlock import busy_bar, show_problem
from models.people import Action
from services import people, vaults
from services.changes import Changes


class _OwnPassphraseDialog(KeyWorkDialog):
    """Key work an admin confirms with their own passphrase."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None):
        super().__init__(ctx, title, parent)
        self.passphrase = password_field("")
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        label = QLabel(self.tr("Your &passphrase:"))
        label.setBuddy(self.passphrase)
        self.form.addRow(label, self.passphrase)
        self.passphrase.setFocus()

    def first_field(self) -> QWidget | None:
        return self.passphrase

    def typed(self) -> str:
        """The passphrase typed, or "" after asking for it."""
        text = self.passphrase.text()
        if not text:
            self.refuse(self.tr("Type the passphrase you unlocked with."), self.passphrase)
        return text


class RotateDialog(_OwnPassphraseDialog):
    """A new data key for the vault; every slot is resealed to it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Rotate the data key"), parent)
        self.keychain_dropped = False
        self.about.setText(
            self.tr(
                "The vault is put under a new data key and every key slot is resealed to it. "
                "Every passphrase and the recovery key keep working; old copies of the key "
                "file, and the data key an older backup holds, open nothing written afterwards. "
                "Rotate when a copy of the key file, or a computer that had the vault open, may "
                "be in someone else's hands."
            )
        )
        self.go_button.setText(self.tr("&Rotate"))
        self.announcer = RecoveryKeyAnnouncer(ctx, parent or self)

    def start(self) -> None:
        vault = self.ctx.vault
        passphrase = self.typed()
        if vault is None or not passphrase:
            return
        actor, announce = actor_of(self.ctx), self.announcer.announce

        def op(_task: Any) -> bool:
            vaults.rotate_data_key(vault, actor, passphrase, announce=announce)
            return vault.keychain_dropped

        self.run(op, self._rotated, self.tr("Putting the vault under a new data key…"))

    def _rotated(self, keychain_dropped: bool) -> None:
        self.passphrase.clear()
        self.keychain_dropped = keychain_dropped
        self.accept()


class NewRecoveryKeyDialog(_OwnPassphraseDialog):
    """A new recovery key, and the vault under a new data key sealed to it: the sheet printed
    before opens nothing written afterwards. The key is shown as the wizard shows it and the
    dialog stays until it is proved copied."""

    # From the worker thread, which waits until the key is on screen: the services announce
    # it before anything changes.
    recovery_key_ready = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Print a new recovery sheet"), parent)
        self.recovery_key_shown = ""
        self.done_ok = False
        self.about.setText(
            self.tr(
                "Quash makes a new recovery key and puts the vault under a new data key sealed "
                "to it. The recovery sheet printed before then opens nothing written afterwards: "
                "destroy it once the new one is in the office safe. Every passphrase keeps "
                "working."
            )
        )
        self.panel = RecoveryKeyPanel(ctx.runner)
        self.panel.heading.setText(
            self.tr(
                "<b>New recovery key — write it down now and keep it in the office safe.</b> "
                "It opens the vault if every passphrase is forgotten; Quash cannot show it "
                "again. The recovery sheet printed before opens nothing written from now on."
            )
        )
        self.panel.hide()
        self.panel.confirmed_changed.connect(self._confirmed)
        self.layout_.insertWidget(self.layout_.indexOf(self.message), self.panel)
        self.go_button.setText(self.tr("&Make a new recovery key"))
        self.recovery_key_ready.connect(self._show_key, Qt.ConnectionType.BlockingQueuedConnection)

    def start(self) -> None:
        vault = self.ctx.vault
        passphrase = self.typed()
        if vault is None or not passphrase or self.recovery_key_shown:
            return
        actor, announce = actor_of(self.ctx), self.recovery_key_ready.emit

        def op(_task: Any) -> str:
            key: str = vaults.issue_new_recovery_key(vault, actor, passphrase, announce)
            return key

        self.run(op, self._issued, self.tr("Putting the vault under a new recovery key…"))

    def _show_key(self, recovery_key: str) -> None:
        self.recovery_key_shown = recovery_key
        self.form.setRowVisible(self.passphrase, False)  # asked and answered
        self.panel.show_key(recovery_key, sheet_facts(self.ctx))
        self.grow_to_fit()

    def _issued(self, recovery_key: str) -> None:
        if recovery_key != self.recovery_key_shown:  # announced already; shown either way
            self._show_key(recovery_key)
        self.done_ok = True
        self.passphrase.clear()
        self.passphrase.setEnabled(False)
        self.about.setText(
            self.tr(
                "Done: the vault is under the new recovery key below. Print its sheet or write "
                "it down, then type its last group to close."
            )
        )
        self.go_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(self.panel.is_confirmed())
        self.panel.key.setFocus(Qt.FocusReason.OtherFocusReason)
        self.grow_to_fit()

    def failed(self, message: str) -> None:
        super().failed(message)
        if self.recovery_key_shown:
            # The change may have got as far as the new key: nothing here can tell, so the
            # new key is kept on screen to be copied too.
            show_problem(
                self.message,
                message
                + " "
                + self.tr(
                    "Keep this new key with the sheet printed before until a new recovery "
                    "sheet is made without a problem: either may be the one that opens the vault."
                ),
            )
            self.go_button.setEnabled(False)
            self.cancel_button.setEnabled(self.panel.is_confirmed())
            self.grow_to_fit()

    def _confirmed(self, confirmed: bool) -> None:
        if not self.busy:
            self.cancel_button.setEnabled(confirmed)

    def reject(self) -> None:
        """Not before the new key is proved copied: it is never shown again."""
        if self.recovery_key_shown and not self.panel.is_confirmed():
            self.panel.say_still_needed()
            self.grow_to_fit()
            return
        super().reject()


class SecuritySection(KeyWorkSection):
    """The vault's keys in words, and what the working person may do with them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Security"))

        self.passphrases = wrapped()
        self.passphrases.setAccessibleName(self.tr("Passphrases that open the vault"))
        self.recovery = wrapped()
        self.recovery.setAccessibleName(self.tr("The recovery key"))
        self.this_computer = wrapped()
        self.this_computer.setAccessibleName(self.tr("This computer"))
        self.intro = wrapped(
            self.tr(
                "Each way of unlocking is a key slot in the vault's key file (quash.keys): "
                "it holds the data key, sealed under its own key."
            )
        )
        facts = QFormLayout()
        facts.addRow(self.tr("People with a passphrase of their own:"), self.passphrases)
        facts.addRow(self.tr("Recovery key:"), self.recovery)
        facts.addRow(self.tr("This computer:"), self.this_computer)

        self.rotate_button = QPushButton(self.tr("Ro&tate the data key…"))
        self.rotate_button.clicked.connect(self.rotate)
        self.sheet_button = QPushButton(self.tr("Print a &new recovery sheet…"))
        self.sheet_button.clicked.connect(self.new_recovery_sheet)
        self.admin_buttons = QWidget()
        admin_row = QHBoxLayout(self.admin_buttons)
        admin_row.setContentsMargins(0, 0, 0, 0)
        admin_row.addWidget(self.rotate_button)
        admin_row.addWidget(self.sheet_button)
        self.read_only = wrapped(
            self.tr("Only an admin rotates the data key or prints a new recovery sheet.")
        )
        self.read_only.setObjectName("readOnlyNote")
        self.forget_button = QPushButton(self.tr("&Forget this computer…"))
        self.forget_button.setAccessibleName(
            self.tr("Stop this computer's keychain unlocking the vault for you")
        )
        self.forget_button.clicked.connect(self.forget_here)
        self.remember_button = QPushButton(self.tr("Remem&ber on this computer…"))
        self.remember_button.setAccessibleName(
            self.tr("Let this computer's keychain unlock the vault for you")
        )
        self.remember_button.clicked.connect(self.remember_here)
        buttons = QHBoxLayout()
        buttons.addWidget(self.admin_buttons)
        buttons.addWidget(self.read_only, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.forget_button)
        buttons.addWidget(self.remember_button)

        self.progress = busy_bar(self.tr("Working"))
        self.status = wrapped()
        self.status.setAccessibleName(self.tr("What was done"))
        self.status.hide()
        self.error = wrapped()
        self.error.setObjectName("validationMessage")
        self.error.setAccessibleName(self.tr("Problem"))
        paint_red(self.error)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(facts)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

        ctx.data_changed.connect(self._on_data_changed)
        self._update_buttons()

    # -- showing

    def refresh(self) -> None:
        vault = self.ctx.vault
        if vault is None or not self.ctx.is_unlocked:
            self.clear()
            return
        kinds = vault.key_file.kinds()
        with_keys = len(vault.key_file.people())
        listed = self.ctx.read(lambda uow: len(people.people(uow)))
        locale = QLocale()
        said = self.tr("{0} of the {1} on the list, one key slot each.").format(
            locale.toString(with_keys), locale.toString(listed)
        )
        if "passphrase" in kinds:
            said += " " + self.tr(
                "The office's shared passphrase, from before people had keys, opens it too."
            )
        self.passphrases.setText(said)
        if "recovery" in kinds:
            self.recovery.setText(
                self.tr("Opens the vault (the printed recovery sheet). Keep it in the office safe.")
            )
        else:
            self.recovery.setText(self.tr("None: the key file has no recovery slot."))
        missing = vaults.keychain_missing()
        if vault.remembered_here:
            self.this_computer.setText(
                self.tr(
                    "Remembers the vault for you: its keychain unlocks it without your "
                    "passphrase, for anyone who can log in as you here."
                )
            )
        elif missing is not None:
            self.this_computer.setText(plain_error(missing))
        else:
            self.this_computer.setText(
                self.tr("Does not remember the vault for you: you type your passphrase.")
            )
        self._update_buttons()

    def clear(self) -> None:
        for label in (self.passphrases, self.recovery, self.this_computer):
            label.clear()
        self._say("")
        self._update_buttons()

    def after_work(self) -> None:
        self.refresh()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("staff", "audit") and self.ctx.is_unlocked:
            self.refresh()

    def may_manage_keys(self) -> bool:
        vault = self.ctx.vault
        return (
            vault is not None and self.ctx.is_unlocked and people.allowed(vault, Action.MANAGE_KEYS)
        )

    def _update_buttons(self) -> None:
        manage = self.may_manage_keys()
        unlocked = self.ctx.is_unlocked
        self.admin_buttons.setVisible(manage)
        self.read_only.setVisible(unlocked and not manage)
        idle = self.task is None
        vault = self.ctx.vault
        remembered = vault is not None and unlocked and vault.remembered_here
        mine = vault is not None and (vault.identity is not None or not vault.has_people)
        self.rotate_button.setEnabled(idle)
        self.sheet_button.setEnabled(idle)
        self.forget_button.setVisible(remembered)
        self.forget_button.setEnabled(idle)
        self.remember_button.setVisible(unlocked and not remembered)
        self.remember_button.setEnabled(
            idle and unlocked and mine and vaults.keychain_missing() is None
        )

    def rotate(self) -> None:
        dialog = RotateDialog(self.ctx, self)

        def rotated() -> None:
            said = self.tr(
                "The vault is under a new data key. Every passphrase and the recovery key "
                "still open it; old copies of the key file open nothing written from now on."
            )
            if dialog.keychain_dropped:
                said += " " + keychain_dropped()
            self._say(said)
            self.ctx.data_changed.emit(KEYS_CHANGED)

        dialog.accepted.connect(rotated)
        self._open(dialog)

    def new_recovery_sheet(self) -> None:
        dialog = NewRecoveryKeyDialog(self.ctx, self)

        def closed() -> None:
            if dialog.done_ok:
                self._say(
                    self.tr(
                        "The vault is under a new recovery key. Destroy the recovery sheet "
                        "printed before once the new one is in the office safe."
                    )
                )
            if dialog.recovery_key_shown:
                self.ctx.data_changed.emit(KEYS_CHANGED)

        dialog.finished.connect(lambda _result: closed())
        self._open(dialog)

    # -- everyone's own

    def forget_here(self) -> None:
        vault = self.ctx.vault
        if vault is None or self.task is not None:
            return
        question = self.tr(
            "Forget this computer? Its keychain will no longer unlock the vault for you: you "
            "type your passphrase at each unlock. Nobody else's way in changes."
        )
        if not confirm(self, question, self.tr("Forget this computer")):
            return
        actor = actor_of(self.ctx)
        self._run(
            lambda _task: vaults.forget_here(vault, actor),
            lambda _result: self._said(
                self.tr("This computer no longer remembers the vault for you.")
            ),
            self.tr("Forgetting this computer…"),
        )

    def remember_here(self) -> None:
        vault = self.ctx.vault
        if vault is None or self.task is not None:
            return
        question = self.tr(
            "Remember the vault on this computer? Anyone who can log in as you on this "
            "computer can then open the vault without the passphrase."
        )
        if not confirm(self, question, self.tr("Remember on this computer")):
            return
        actor = actor_of(self.ctx)
        self._run(
            lambda _task: vaults.remember_here(vault, actor),
            lambda _result: self._said(
                self.tr("This computer remembers the vault for you: its keychain unlocks it.")
            ),
            self.tr("Remembering the vault on this computer…"),
        )

    # -- helpers

    def _said(self, text: str) -> None:
        self._say(text)
        self.ctx.data_changed.emit(KEYS_CHANGED)
