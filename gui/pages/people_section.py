"""Settings → People: the office's people, each with a role and (to unlock) a key of their own.
An admin adds a person, removes one (their key goes and the vault is put under a new data key)
and changes roles; everyone changes their own passphrase. Whose passphrase unlocked is who is
working, so there is nobody to pick."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gui.context import AppContext
from gui.messages import confirm
from gui.pages.key_dialogs import (
    KeyWorkSection,
    RecoveryKeyAnnouncer,
    keychain_dropped,
    wrapped,
)
from gui.pages.people_dialogs import AddPersonDialog, ChangePassphraseDialog, ChangeRoleDialog
from gui.pages.settings_common import RowsModel, make_table, paint_red, role_names
from gui.unlock import busy_bar
from models.people import Action
from services import people
from services.changes import Changes
from services.people import Person
from services.vaults import Argon2Params

# What the people services write: the staff list and the audit log (they commit their own
# units of work, so the views are told here).
PEOPLE_CHANGED = Changes.of_tables(("staff", "audit_log"))
KEYS_CHANGED = Changes.of_tables(("audit_log",))


class PeopleModel(RowsModel):
    """Name, role, and whether the person can unlock (a key of their own), one row each."""

    def __init__(self, parent: QObject | None = None):
        super().__init__((self.tr("Name"), self.tr("Role"), self.tr("Key")), parent)
        self._roles = role_names()
        self.you: str | None = None  # the working person's id

    def cell(self, row: Person, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return self._roles.get(row.role, row.role)
        if not row.active:
            return self.tr("Inactive")
        if not row.has_key:
            return self.tr("No key")
        if row.uid is not None and row.uid == self.you:
            return self.tr("Has a key (you)")
        return self.tr("Has a key")


class PeopleSection(KeyWorkSection):
    """The office's people; what an admin may change, and one's own passphrase."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setTitle(self.tr("People"))
        # Argon2id for new people's slots: None calibrates to this computer (tests pass the floor).
        self.kdf_params: Argon2Params | None = None
        self.announcer = RecoveryKeyAnnouncer(ctx, self)

        self.intro = wrapped()
        self.intro.setAccessibleName(self.tr("Who is working"))
        self.model = PeopleModel(self)
        self.table = make_table(self.model, self.tr("People"), 0)
        self.table.activated.connect(lambda _index: self.change_role())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add a person…"))
        self.add_button.setAccessibleName(self.tr("Add a person, or give a key to a name"))
        self.add_button.clicked.connect(self.add_person)
        self.role_button = QPushButton(self.tr("C&hange role…"))
        self.role_button.setAccessibleName(self.tr("Change the selected person's role"))
        self.role_button.clicked.connect(self.change_role)
        self.remove_button = QPushButton(self.tr("R&emove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected person's key"))
        self.remove_button.clicked.connect(self.remove_person)
        self.passphrase_button = QPushButton(self.tr("Change my &passphrase…"))
        self.passphrase_button.clicked.connect(self.change_my_passphrase)
        self.admin_buttons = QWidget()
        admin_row = QHBoxLayout(self.admin_buttons)
        admin_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.role_button, self.remove_button):
            admin_row.addWidget(button)
        self.read_only = wrapped(self.tr("Only an admin adds or removes people and changes roles."))
        self.read_only.setObjectName("readOnlyNote")
        buttons = QHBoxLayout()
        buttons.addWidget(self.admin_buttons)
        buttons.addWidget(self.read_only, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.passphrase_button)
        self.note = wrapped(
            self.tr(
                "Removing a person deletes their key and puts the vault under a new data key: "
                "their passphrase opens nothing written afterwards. They stay on the list, "
                "inactive, so the history still names them."
            )
        )
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
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

        ctx.data_changed.connect(self._on_data_changed)
        self._update_buttons()

    # -- showing

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            self.clear()
            return
        vault = self.ctx.vault
        assert vault is not None
        identity = vault.identity
        self.model.you = identity.person if identity is not None else None
        selected = self.selected()
        everyone = self.ctx.read(people.people)
        self.model.set_rows(everyone)
        self._fit_rows(len(everyone))
        if selected is not None:
            for row, person in enumerate(everyone):
                if person.id == selected.id:
                    self.table.selectRow(row)
        role = role_names().get(people.role_of(vault), people.role_of(vault))
        if identity is not None:
            self.intro.setText(
                self.tr(
                    "You are working as {0} ({1}). Each person unlocks the vault with a "
                    "passphrase of their own; whose passphrase unlocked is who is working."
                ).format(identity.name, role)
            )
        else:
            self.intro.setText(
                self.tr(
                    "Nobody's passphrase unlocked the vault (the recovery key did): you work "
                    "as an admin. Each person unlocks with a passphrase of their own."
                )
            )
        self._update_buttons()

    def _fit_rows(self, count: int) -> None:
        """The whole office at a glance: the table as tall as its rows (from 4 to 10; a
        longer list scrolls)."""
        shown = min(max(count, 4), 10)
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + shown * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.setMinimumHeight(height)
        self.table.setMaximumHeight(height)

    def clear(self) -> None:
        self.model.set_rows(())
        self.intro.clear()
        self._say("")
        self._update_buttons()

    def after_work(self) -> None:
        self._update_buttons()

    def after_failure(self) -> None:
        self.ctx.data_changed.emit(PEOPLE_CHANGED)  # a refused step may have been noted

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("staff") and self.ctx.is_unlocked:
            self.refresh()

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        person: Person = self.model.row(rows[0].row())
        return person

    def may_manage(self) -> bool:
        vault = self.ctx.vault
        return (
            vault is not None
            and self.ctx.is_unlocked
            and people.allowed(vault, Action.MANAGE_PEOPLE)
        )

    def _update_buttons(self, *_args: object) -> None:
        manage = self.may_manage()
        self.admin_buttons.setVisible(manage)
        self.read_only.setVisible(self.ctx.is_unlocked and not manage)
        self.note.setVisible(manage)  # what removing does: said to whoever may remove
        person = self.selected()
        idle = self.task is None
        self.add_button.setEnabled(idle)
        self.role_button.setEnabled(idle and person is not None)
        you = self.model.you
        self.remove_button.setEnabled(
            idle and person is not None and person.has_key and person.uid != you
        )
        vault = self.ctx.vault
        mine = vault is not None and (vault.identity is not None or not vault.has_people)
        self.passphrase_button.setEnabled(idle and self.ctx.is_unlocked and mine)

    def add_person(self) -> None:
        person = self.selected()
        keyless = person if person is not None and not person.has_key else None
        dialog = AddPersonDialog(self.ctx, person=keyless, kdf_params=self.kdf_params, parent=self)

        def added() -> None:
            if dialog.added is not None:
                role = role_names().get(dialog.added.role, dialog.added.role)
                self._say(
                    self.tr(
                        "{0} has a key now ({1}): they unlock the vault with their own passphrase."
                    ).format(dialog.added.name, role)
                )
                self.ctx.data_changed.emit(PEOPLE_CHANGED)
                self._select(dialog.added.name)

        dialog.accepted.connect(added)
        self._open(dialog)

    def change_role(self) -> None:
        person = self.selected()
        if person is None or not self.may_manage():
            return
        dialog = ChangeRoleDialog(self.ctx, person, self)

        def changed() -> None:
            role = role_names().get(dialog.chosen_role(), dialog.chosen_role())
            self._say(self.tr("{0} is now: {1}.").format(person.name, role))
            self.ctx.data_changed.emit(PEOPLE_CHANGED)

        dialog.accepted.connect(changed)
        self._open(dialog)

    def remove_person(self) -> None:
        person = self.selected()
        vault = self.ctx.vault
        if person is None or vault is None or self.task is not None:
            return
        question = self.tr(
            "Remove {0}'s key? Their passphrase, and any old copy of the vault's key file, "
            "will open nothing written from now on. The vault is put under a new data key; "
            "everyone else's passphrase and the recovery key keep working. {0} stays on the "
            "list, inactive, so the history still names them."
        ).format(person.name)
        if not confirm(self, question, self.tr("Remove a person")):
            return
        name, announce = person.name, self.announcer.announce

        def op(_task: Any) -> None:
            people.remove(vault, name, announce=announce)

        def removed(_result: Any) -> None:
            self._say(
                self.tr(
                    "{0}'s key is removed: the vault is under a new data key, and their "
                    "passphrase opens nothing written from now on."
                ).format(name)
            )
            self.ctx.data_changed.emit(PEOPLE_CHANGED)

        self._run(op, removed, self.tr("Removing {0}'s key and re-keying the vault…").format(name))

    # -- everyone's own

    def change_my_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.ctx, self)

        def changed() -> None:
            said = self.tr(
                "Your passphrase is changed. Your old one, and old copies of the key file, "
                "open nothing written from now on."
            )
            if dialog.keychain_dropped:
                said += " " + keychain_dropped()
            self._say(said)
            self.ctx.data_changed.emit(KEYS_CHANGED)

        dialog.accepted.connect(changed)
        self._open(dialog)

    # -- helpers

    def _select(self, name: str) -> None:
        for row, person in enumerate(self.model.rows()):
            if person.name == name:
                self.table.selectRow(row)
