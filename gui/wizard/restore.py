"""The first-run wizard's pages for restoring a backup on a new or replacement computer, after
the backup and its passphrase (gui/wizard/backup_source.py): where the vault goes, whose key it
becomes and under which new passphrase, and the restore itself, off the GUI thread with
progress and Cancel. The recovery key page that follows is the one a new vault shows
(gui/wizard/recovery.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from gui.recovery_key import key_label
from gui.unlock import problem_label, show_problem
from gui.vocabulary import choice_label
from gui.wizard.backup_source import full_path
from gui.wizard.common import Page, WizardPage, folder_state, note_label
from gui.wizard.new_vault import PassphrasePage
from models.entities import SHORT
from models.errors import QuashError
from services import backups, people, vaults

if TYPE_CHECKING:
    from gui.tasks import TaskContext
    from services.backups import RestoredVault
    from services.vaults import Vault


@dataclass(frozen=True)
class Restored:
    """What the restore hands the wizard: the restored vault's facts, and the vault unlocked
    with the new passphrase (None if that failed: the unlock window opens it next)."""

    result: RestoredVault
    vault: Vault | None


# ---- where to -------------------------------------------------------------------------------


class RestoreLocationPage(WizardPage):
    def __init__(self, default_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Where to put the vault"))
        self.setSubTitle(
            self.tr(
                "Choose a new or empty folder for the restored vault. It is encrypted, so it "
                "may sit on a shared drive; it is only as safe as its passphrase."
            )
        )
        self.folder = QLineEdit(str(default_folder))
        self.folder.setAccessibleName(self.tr("Folder of the restored vault"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for the folder"))
        self.browse.clicked.connect(self._browse)
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.hint = note_label("")
        self.hint.setAccessibleName(self.tr("About the folder"))
        self.replace = QCheckBox(
            self.tr("&Replace the vault in this folder (it is kept beside it, renamed)")
        )
        self.replace.hide()
        self.message = problem_label(self.tr("Problem with the folder"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.replace)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setTabOrder(self.folder, self.browse)
        self.setTabOrder(self.browse, self.replace)
        self.folder.textChanged.connect(self._changed)
        self.replace.toggled.connect(lambda _on: show_problem(self.message, ""))
        self._changed()

    def chosen(self) -> Path:
        return full_path(self.folder)

    def replacing(self) -> bool:
        return not self.replace.isHidden() and self.replace.isChecked()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._show_state()  # the folder may have changed since the page was made

    def _changed(self) -> None:
        self.replace.setChecked(False)  # a yes to replacing one folder's vault is not for another
        self._show_state()

    def _show_state(self) -> None:
        show_problem(self.message, "")
        state = folder_state(self.chosen()) if self.folder.text().strip() else ""
        hints = {
            "absent": self.tr("Quash will make this folder."),
            "empty": self.tr("This folder is empty: the vault will be restored into it."),
            "vault": self.tr("This folder holds a Quash vault."),
        }
        self.hint.setText(hints.get(state, ""))
        self.replace.setVisible(state == "vault")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.folder.text().strip())

    def _browse(self) -> None:
        current = self.chosen()
        start = current if current.is_dir() else current.parent
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the restored vault"), str(start)
        )
        if not chosen:
            return
        folder = Path(chosen)
        if folder_state(folder) == "full":
            folder = folder / self.tr("Quash vault")  # inside a folder that already holds files
        self.folder.setText(str(folder))

    def problem(self) -> str:
        folder = self.chosen()
        if not folder.is_absolute():
            return self.tr("Type the folder's full path, or choose it with Browse…")
        state = folder_state(folder)
        if state == "vault" and not self.replace.isChecked():
            return self.tr(
                "%1 already holds a Quash vault. Choose another folder, or tick “Replace the "
                "vault in this folder”: the vault there is then kept beside it, renamed."
            ).replace("%1", str(folder))
        if state == "file":
            return self.tr("%1 is a file, not a folder.").replace("%1", str(folder))
        if state == "full":
            return self.tr(
                "%1 already holds files. Quash restores a vault only into a new or empty "
                "folder, or in place of a vault."
            ).replace("%1", str(folder))
        if state == "unreadable":
            return self.tr("Quash cannot look inside %1. Choose another folder.").replace(
                "%1", str(folder)
            )
        return ""

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self._show_state()  # as the folder is now (a restore that failed may have found a vault)
        problem = self.problem()
        show_problem(self.message, problem)
        return not problem


# ---- whose key, under which passphrase --------------------------------------------------------


class RestorerPage(PassphrasePage):
    """The creation's passphrase page (the same measure, advice and refusals), with the name of
    the person the restored vault's one key goes to above it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Your key to the restored vault"))
        self.setSubTitle(
            self.tr(
                "The restored vault has one key, and it becomes yours: your name and a new "
                "passphrase that only you know. An admin then gives the others in the office "
                "their keys again."
            )
        )
        self.setCommitPage(False)  # the restore is started on the next page, after a summary
        self.person = QLineEdit()
        self.person.setMaxLength(SHORT)
        self.person.setAccessibleName(self.tr("Your name"))
        self.person_note = note_label(
            self.tr(
                "Type it as the office's staff list has it: if your name is on the list you "
                "keep your role; a name that is not on it becomes the vault's admin."
            )
        )
        self.person.setAccessibleDescription(self.person_note.text())
        self.form.insertRow(0, self.tr("Your &name:"), self.person)
        self.form.insertRow(1, "", self.person_note)
        self.setTabOrder(self.person, self.passphrase)
        self.person.textChanged.connect(self._measure)  # the name counts as easy to guess

    def name(self) -> str:
        person = getattr(self, "person", None)  # None while the base class builds its rows
        return " ".join(person.text().split()) if person is not None else ""

    def hints(self) -> list[str]:
        name = self.name()
        hints = ["quash", "vault", "passphrase", "password", "backup", name, *name.split()]
        if self.wizard():
            hints.append(self.quash().restore_location_page.chosen().name)
            hints.append(self.quash().backup_file_page.chosen().stem)
        return hints

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        target = self.passphrase if self.name() else self.person
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.name()) and super().isComplete()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.quash_busy():
            return False
        problem = self.problem()
        show_problem(self.message, problem)
        self.feedback.setVisible(not problem)  # the problem already gives zxcvbn's reason
        return not problem


# ---- the restore -----------------------------------------------------------------------------


def _value_label() -> QLabel:
    label = note_label("")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RestoreRunPage(WizardPage):
    # Emitted from the restore's worker thread, which waits until the page shows the key: the
    # restored vault is put in place only after its recovery key is on screen.
    recovery_key_ready = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Ready to restore"))
        self.setSubTitle(
            self.tr(
                "Quash checks the whole backup before the vault appears. If anything fails, "
                "or you cancel, nothing is left behind."
            )
        )
        self.setCommitPage(True)  # once restored, there is no going back to change it
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Restore"))
        self.backup = _value_label()
        self.backup.setAccessibleName(self.tr("Backup to restore"))
        self.into = _value_label()
        self.into.setAccessibleName(self.tr("Folder of the restored vault"))
        self.holder = _value_label()
        self.holder.setAccessibleName(self.tr("Whose key it becomes"))
        self.status = note_label("")
        self.status.setAccessibleName(self.tr("What the restore is doing"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress.setAccessibleName(self.tr("Restore progress"))
        self.progress.hide()
        self.key_heading = note_label(
            self.tr("The restored vault's new recovery key. Next, you write it down:")
        )
        self.key = key_label(1.3)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.message = problem_label(self.tr("Problem restoring"))
        form = QFormLayout()
        form.addRow(self.tr("Backup:"), self.backup)
        form.addRow(self.tr("Into:"), self.into)
        form.addRow(self.tr("Key holder:"), self.holder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(self.key_heading)
        layout.addWidget(self.key)
        layout.addStretch(1)
        self._drop_key()
        self.recovery_key_ready.connect(self._show_key, Qt.ConnectionType.BlockingQueuedConnection)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self.quash()
        files, where = wizard.backup_file_page, wizard.restore_location_page
        made = files.made(files.info) if files.info is not None else ""
        self.backup.setText(self.tr("{0}, made {1}").format(files.chosen().name, made))
        into = str(where.chosen())
        if where.replacing():
            into = self.tr(
                "{0}, in place of the vault there (which is kept beside it, renamed)"
            ).format(into)
        self.into.setText(into)
        self.holder.setText(
            self.tr("{0}, under the new passphrase").format(wizard.restorer_page.name())
        )
        self.status.setText("")
        self.progress.hide()
        show_problem(self.message, "")
        self._drop_key()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return Page.RECOVERY

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.quash() if self.wizard() else None
        return wizard is not None and not wizard.busy and wizard.restored is None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.quash()
        if wizard.restored is not None:
            return True  # restored: on to the recovery key
        if not wizard.busy:
            self.start()
        return False  # the wizard moves on when the vault is restored

    def start(self) -> None:
        wizard = self.quash()
        path = wizard.backup_file_page.chosen()
        passphrase = wizard.backup_passphrase_page.passphrase.text()
        folder = wizard.restore_location_page.chosen()
        replace = wizard.restore_location_page.replacing()
        name = wizard.restorer_page.name()
        new_passphrase = wizard.restorer_page.passphrase.text()
        params = wizard.kdf_params
        announce = self.recovery_key_ready.emit  # a signal: the op touches no widget

        def op(task: TaskContext) -> Restored:
            result = backups.restore_backup(
                path,
                passphrase,
                folder,
                new_passphrase,
                actor=name,
                replace=replace,
                params=params,
                task=task,
                announce=announce,
            )
            try:  # restore_backup locks what it opened; the wizard hands on an unlocked vault
                vault: Vault | None = vaults.unlock_with_passphrase(result.folder, new_passphrase)
            except (QuashError, OSError):
                vault = None  # restored all the same: the unlock window opens it next
            return Restored(result, vault)

        show_problem(self.message, "")
        self.status.setText(self.tr("Starting…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        wizard.run_busy(
            op,
            lambda restored: self._restored(restored, name),
            self._failed,
            self,
            progress=self._progressed,
            cancelled=self._cancelled,
        )

    def _progressed(self, done: int, total: int, text: str) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)  # a step that cannot count: a busy bar
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, done * 1000 // total))
        self.status.setText(f"{text}…")

    def _show_key(self, key: str) -> None:
        """Shown before the vault is put in place; from here on the restore cannot be
        cancelled (it is renaming the checked vault into its folder)."""
        self.quash().recovery_key = key
        self.quash().hold_on()
        self.status.setText(self.tr("Putting the restored vault in its folder…"))
        self.progress.setRange(0, 0)
        self.key.setText(key)
        self.key_heading.show()
        self.key.show()

    def _drop_key(self) -> None:
        if self.wizard():
            self.quash().recovery_key = ""
        self.key.clear()
        self.key_heading.hide()
        self.key.hide()

    def _failed(self, message: str) -> None:
        self._drop_key()  # no restored vault: its key opens nothing
        self.progress.hide()
        self.status.setText("")
        show_problem(self.message, message)

    def _cancelled(self) -> None:
        self._drop_key()
        self.progress.hide()
        self.status.setText(self.tr("Canceled: nothing was restored."))

    def _restored(self, restored: Restored, name: str) -> None:
        wizard = self.quash()
        result = restored.result
        wizard.restored = result
        wizard.vault = restored.vault
        wizard.folder = result.folder
        wizard.actor = name
        wizard.restore_summary, wizard.restore_warning = self.summary(restored, name)
        self.progress.hide()
        self.status.setText("")
        wizard.backup_passphrase_page.forget_passphrase()
        wizard.restorer_page.forget_passphrase()
        wizard.next()

    def summary(self, restored: Restored, name: str) -> tuple[str, str]:
        """What the recovery key page says about the restore: where, whose key; and a warning
        when the audit log does not end where the backup recorded (history was cut)."""
        result = restored.result
        where = self.tr("Restored into {0}.").format(result.folder)
        if result.replaced is not None:
            kept = self.tr("The vault that was there is kept at {0}.").format(result.replaced)
            where = f"{where} {kept}"
        facts = []
        if restored.vault is not None:
            role = choice_label(people.role_of(restored.vault), "StaffRole")
            facts.append(self.tr("{0} holds its one key, as {1}.").format(name, role))
        if result.audit_intact:
            facts.append(self.tr("Its audit log is intact."))
        summary = "\n".join([where, " ".join(facts)] if facts else [where])
        if result.audit_intact:
            return summary, ""
        warning = self.tr("Warning: its audit log does not end where the backup recorded: {0}")
        return summary, warning.format("; ".join(result.audit_problems))

    def set_busy(self, busy: bool) -> None:
        self.completeChanged.emit()
