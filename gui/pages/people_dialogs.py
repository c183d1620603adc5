"""Settings → People's dialogs: add a person (or give a key to a name on the list), change a
person's role, and change one's own passphrase. Key work runs off the GUI thread; a refusal is
said under the form in the reader's words (gui.errors)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from gui.context import AppContext
from gui.errors import plain_error
from gui.pages.backup_dialogs import password_field
from gui.pages.key_dialogs import KeyWorkDialog, NewPassphraseFields, RecoveryKeyAnnouncer
from gui.pages.settings_common import role_names
from models.entities import SHORT
from models.errors import QuashError
from services import people, vaults
from services.people import Person
from services.vaults import Argon2Params

DEFAULT_ROLE = "paralegal"


def actor_of(ctx: AppContext) -> str:
    """Who is working: the person whose passphrase unlocked (the audit log names them)."""
    return ctx.session.actor if ctx.session is not None else ctx.actor


def office_name(ctx: AppContext) -> str:
    return ctx.read(lambda uow: vaults.setting(uow, "office_name")) if ctx.is_unlocked else ""


def role_combo(accessible_name: str, current: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for role, label in role_names().items():
        combo.addItem(label, role)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class AddPersonDialog(KeyWorkDialog):
    """A key slot of their own for a new person, or for a name on the list without a key."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        person: Person | None = None,
        kdf_params: Argon2Params | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, self.tr("Add a person"), parent)
        self.kdf_params = kdf_params
        self.added: Person | None = None
        self.about.setText(
            self.tr(
                "They unlock the vault with a passphrase of their own, and the audit log names "
                "them for what they do. Choose it with them, or tell it to them in person; they "
                "can change it in Settings → People. A name already on the list without a key "
                "gets one."
            )
        )
        self.name = QLineEdit(person.name if person is not None else "")
        self.name.setMaxLength(SHORT)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = role_combo(self.tr("Role"), person.role if person else DEFAULT_ROLE)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        role_label = QLabel(self.tr("&Role:"))
        role_label.setBuddy(self.role)
        self.form.addRow(name_label, self.name)
        self.form.addRow(role_label, self.role)
        office = office_name(ctx)
        self.passphrase = NewPassphraseFields(lambda: [self.name.text(), office])
        self.passphrase.passphrase.setPlaceholderText(self.tr("their passphrase"))
        self.form.addRow(self.passphrase)
        self.go_button.setText(self.tr("&Add"))
        (self.passphrase.passphrase if person is not None else self.name).setFocus()

    def first_field(self) -> QWidget | None:
        return self.name

    def start(self) -> None:
        vault = self.ctx.vault
        name, role = self.name.text().strip(), str(self.role.currentData())
        if vault is None:
            return
        if not name:
            self.refuse(self.tr("Type the person's name."), self.name)
            return
        problem = self.passphrase.problem()
        self.passphrase.problem_shown(bool(problem))
        if problem:
            self.refuse(problem, self.passphrase.passphrase)
            return
        passphrase, params = self.passphrase.text(), self.kdf_params

        def op(_task: Any) -> Person:
            return people.add(vault, name, role, passphrase, params=params)

        self.run(op, self._added, self.tr("Making {0}'s key…").format(name))

    def _added(self, person: Person) -> None:
        self.passphrase.clear()
        self.added = person
        self.accept()


class ChangeRoleDialog(KeyWorkDialog):
    """A person's role: what they may do from their next action on."""

    def __init__(self, ctx: AppContext, person: Person, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Change a role"), parent)
        self.person = person
        self.about.setText(
            self.tr(
                "What {0} may do follows from their role, from their next action on. "
                "Only an admin adds or removes people, changes roles or manages the vault's keys."
            ).format(person.name)
        )
        self.role = role_combo(self.tr("Role"), person.role)
        role_label = QLabel(self.tr("&Role:"))
        role_label.setBuddy(self.role)
        self.form.addRow(role_label, self.role)
        self.go_button.setText(self.tr("&Change role"))
        self.role.setFocus()

    def first_field(self) -> QWidget | None:
        return self.role

    def start(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        try:
            people.change_role(vault, self.person.name, str(self.role.currentData()))
        except QuashError as exc:
            self.refuse(plain_error(exc), self.role)
            return
        self.accept()

    def chosen_role(self) -> str:
        return str(self.role.currentData())


class ChangePassphraseDialog(KeyWorkDialog):
    """The working person's own passphrase, under a new data key."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Change my passphrase"), parent)
        self.keychain_dropped = False
        self.about.setText(
            self.tr(
                "Your new passphrase opens the vault for you from now on. The vault is put "
                "under a new data key: your old passphrase, and old copies of the key file, open "
                "nothing written afterwards. Nobody else's passphrase changes, and the "
                "recovery key stays the same."
            )
        )
        self.current = password_field(self.tr("the one you unlocked with"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        current_label = QLabel(self.tr("C&urrent passphrase:"))
        current_label.setBuddy(self.current)
        self.form.addRow(current_label, self.current)
        office = office_name(ctx)
        self.passphrase = NewPassphraseFields(lambda: [actor_of(ctx), office])
        self.form.addRow(self.passphrase)
        self.go_button.setText(self.tr("&Change passphrase"))
        self.announcer = RecoveryKeyAnnouncer(ctx, parent or self)
        self.current.setFocus()

    def first_field(self) -> QWidget | None:
        return self.current

    def start(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        current = self.current.text()
        if not current:
            self.refuse(self.tr("Type the passphrase you unlocked with."), self.current)
            return
        problem = self.passphrase.problem()
        self.passphrase.problem_shown(bool(problem))
        if problem:
            self.refuse(problem, self.passphrase.passphrase)
            return
        new, actor, announce = self.passphrase.text(), actor_of(self.ctx), self.announcer.announce

        def op(_task: Any) -> bool:
            vault.check_own_passphrase(current)
            vaults.change_passphrase(vault, actor, new, announce=announce)
            return vault.keychain_dropped

        self.run(
            op,
            self._changed,
            self.tr("Putting the vault under a new data key and your new passphrase…"),
        )

    def _changed(self, keychain_dropped: bool) -> None:
        self.current.clear()
        self.passphrase.clear()
        self.keychain_dropped = keychain_dropped
        self.accept()
