"""The first-run wizard itself: what to do first (create a vault, open one, restore a backup, or
open the demo), which existing vault to open, and the background work that makes or opens a
vault through services.vaults. The new-vault, restore, recovery-key and demo pages live beside
it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from gui.fitting import fit_to_screen
from gui.messages import confirm
from gui.tasks import TaskContext, TaskHandle, TaskRunner
from gui.unlock import problem_label, show_problem
from gui.wizard.backup_source import BackupFilePage, BackupPassphrasePage
from gui.wizard.common import Page, WizardPage, folder_state, note_label
from gui.wizard.demo import DEMO_ACTOR, DEMO_FOLDER_NAME, DEMO_OFFICE, DEMO_PASSPHRASE, DemoPage
from gui.wizard.new_vault import LocationPage, OfficePage, PassphrasePage
from gui.wizard.recovery import RecoveryPage
from gui.wizard.restore import RestoreLocationPage, RestorerPage, RestoreRunPage
from models.errors import QuashError
from services import vaults

if TYPE_CHECKING:
    from services.backups import RestoredVault
    from services.vaults import Argon2Params, Vault

VAULT_FOLDER_NAME = "vault"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Quash"))


@dataclass(frozen=True)
class _Created:
    vault: Vault
    recovery_key: str
    created: dt.datetime


class _BusyPage(Protocol):
    def set_busy(self, busy: bool) -> None: ...


# ---- first page: what to do ------------------------------------------------------------------


class ChoicePage(WizardPage):
    CREATE, OPEN, RESTORE, DEMO = "created", "open", "restored", "demo"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Quash"))
        self.setSubTitle(
            self.tr(
                "Quash keeps an office's case files in an encrypted vault: one folder that "
                "nobody can read without its passphrase."
            )
        )
        self.new_vault = QRadioButton(self.tr("&Create a new vault"))
        self.existing_vault = QRadioButton(self.tr("&Open an existing vault…"))
        self.restore_backup = QRadioButton(self.tr("&Restore a backup"))
        self.demo_vault = QRadioButton(self.tr("Open the &demo vault"))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button, kind, accessible, text in (
            (
                self.new_vault,
                self.CREATE,
                self.tr("Create a new vault"),
                self.tr("For a new office, or a new set of case files."),
            ),
            (
                self.existing_vault,
                self.OPEN,
                self.tr("Open an existing vault"),
                self.tr("Choose the folder of a vault made before, on this computer or a stick."),
            ),
            (
                self.restore_backup,
                self.RESTORE,
                self.tr("Restore a backup"),
                self.tr("On a new or replacement computer, from the office's backup file."),
            ),
            (
                self.demo_vault,
                self.DEMO,
                self.tr("Open the demo vault"),
                self.tr("Public unmasking cases and fictional clients, to try Quash out."),
            ),
        ):
            button.setAccessibleName(accessible)
            button.setProperty("kind", kind)
            self.group.addButton(button)
            note = note_label(text)
            note.setContentsMargins(24, 0, 0, 8)
            button.setAccessibleDescription(text)
            layout.addWidget(button)
            layout.addWidget(note)
        self.new_vault.setChecked(True)
        layout.addStretch(1)

    @property
    def choice(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("kind")) if checked else self.CREATE

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return {
            self.CREATE: Page.LOCATION,
            self.OPEN: Page.OPEN,
            self.RESTORE: Page.RESTORE_FILE,
            self.DEMO: Page.DEMO,
        }[self.choice]


# ---- open: which folder ----------------------------------------------------------------------


class OpenPage(WizardPage):
    def __init__(self, default_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Open an existing vault"))
        self.setSubTitle(
            self.tr(
                "Choose the vault's folder: the one holding quash.keys and quash.db. "
                "You will be asked for its passphrase next."
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open"))
        shown = default_folder if folder_state(default_folder) == "vault" else ""
        self.folder = QLineEdit(str(shown))
        self.folder.setAccessibleName(self.tr("Vault folder"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for the vault folder"))
        self.browse.clicked.connect(self._browse)
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.message = problem_label(self.tr("Problem with the folder"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setTabOrder(self.folder, self.browse)
        self.folder.textChanged.connect(self._changed)

    def chosen(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _changed(self) -> None:
        show_problem(self.message, "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.folder.text().strip())

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1

    def _browse(self) -> None:
        current = self.chosen() if self.folder.text().strip() else self.quash().data_dir
        start = current if current.is_dir() else current.parent
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open a Quash vault"), str(start))
        if chosen:
            self.folder.setText(chosen)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        folder = self.chosen()
        if folder_state(folder) != "vault":
            show_problem(
                self.message,
                self.tr("There is no Quash vault in %1: it has no quash.keys file.").replace(
                    "%1", str(folder)
                ),
            )
            return False
        self.quash().kind = ChoicePage.OPEN
        self.quash().folder = folder
        return True


# ---- the wizard ------------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    """Create a vault, restore one from a backup, or say which to open. After `exec()` returns
    Accepted, `kind` is "created", "restored", "open" or "demo"; `folder` is the vault's folder;
    for "created", "restored" and "demo" `vault` is unlocked and `actor` is who works in it.
    For "open" the caller unlocks it."""

    def __init__(
        self,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        kdf_params: Argon2Params | None = None,
        data_dir: Path | None = None,
    ):
        super().__init__(parent)
        self.runner = runner
        self.kdf_params = kdf_params  # None: calibrate Argon2id to this computer
        self.data_dir = data_dir or default_data_dir()
        self.kind: str | None = None
        self.vault: Vault | None = None
        self.folder: Path | None = None
        self.actor = ""
        self.recovery_key = ""
        self.created_at: dt.datetime | None = None
        self.restored: RestoredVault | None = None
        self.restore_summary = ""  # what the recovery key page says about a restore
        self.restore_warning = ""
        self.busy = False
        self.task: TaskHandle | None = None  # busy work that Cancel stops (a restore)

        self.setWindowTitle(self.tr("Quash — set up"))
        self.setObjectName("firstRunWizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(660, 520)

        self.choice_page = ChoicePage()
        self.location_page = LocationPage(self.data_dir / VAULT_FOLDER_NAME)
        self.office_page = OfficePage()
        self.passphrase_page = PassphrasePage()
        self.recovery_page = RecoveryPage()
        self.demo_page = DemoPage(self.data_dir / DEMO_FOLDER_NAME)
        self.open_page = OpenPage(self.data_dir / VAULT_FOLDER_NAME)
        self.backup_file_page = BackupFilePage()
        self.backup_passphrase_page = BackupPassphrasePage()
        self.restore_location_page = RestoreLocationPage(self.data_dir / VAULT_FOLDER_NAME)
        self.restorer_page = RestorerPage()
        self.restore_page = RestoreRunPage()
        self.setPage(Page.CHOICE, self.choice_page)
        self.setPage(Page.LOCATION, self.location_page)
        self.setPage(Page.OFFICE, self.office_page)
        self.setPage(Page.PASSPHRASE, self.passphrase_page)
        self.setPage(Page.RECOVERY, self.recovery_page)
        self.setPage(Page.DEMO, self.demo_page)
        self.setPage(Page.OPEN, self.open_page)
        self.setPage(Page.RESTORE_FILE, self.backup_file_page)
        self.setPage(Page.RESTORE_PASSPHRASE, self.backup_passphrase_page)
        self.setPage(Page.RESTORE_LOCATION, self.restore_location_page)
        self.setPage(Page.RESTORE_PERSON, self.restorer_page)
        self.setPage(Page.RESTORE_RUN, self.restore_page)
        self.setStartId(Page.CHOICE)
        self.currentIdChanged.connect(lambda _page: self.grow_to_fit())

    def grow_to_fit(self) -> None:
        """Rows a page shows beyond the wizard's first size (a restore's summary above the
        recovery key, a saved sheet's note) get their room: the wizard grows, within the
        screen, instead of squashing them."""
        wanted = self.sizeHint().expandedTo(self.size())
        if wanted != self.size():
            fit_to_screen(self, wanted.width(), wanted.height())

    # -- background work; none of these ops touches a widget

    def run_busy(
        self,
        op: Callable[[TaskContext], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        page: _BusyPage,
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Run `op` off the GUI thread while `page` shows it is busy and nobody can leave. With
        `cancelled`, Cancel stays on and stops the work (`op` checks its task) instead of
        closing the wizard, until `hold_on` says the work can no longer stop."""

        def finish(result: Any) -> None:
            self._set_busy(False, page)
            done(result)

        def fail(message: str) -> None:
            self._set_busy(False, page)
            failed(message)

        def stopped() -> None:
            self._set_busy(False, page)
            if cancelled is not None:
                cancelled()

        self._set_busy(True, page)
        handle = self.runner.run(
            op, finish, fail, on_progress=progress, on_cancelled=stopped if cancelled else None
        )
        if cancelled is not None:
            self.task = handle
            self.button(QWizard.WizardButton.CancelButton).setEnabled(True)

    def hold_on(self) -> None:
        """The busy work has passed the point where it can stop: Cancel waits for it."""
        self.task = None
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def _set_busy(self, busy: bool, page: _BusyPage) -> None:
        self.busy = busy
        if not busy:
            self.task = None
        page.set_busy(busy)  # the page's completeChanged makes QWizard recompute Back and Next
        if busy:  # nobody leaves the page while its work runs
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)

    def make_vault(self, passphrase: str) -> None:
        """Make the vault with its office name, its first staff member and an audit entry."""
        folder = self.location_page.chosen()
        office = self.office_page.office.text().strip()
        staff = self.office_page.staff()
        params = self.kdf_params

        def op(_task: object) -> _Created:
            try:
                made = vaults.create(
                    folder,
                    passphrase,
                    actor=staff["name"],
                    office_name=office,
                    first_person=staff,
                    params=params,
                )
            except OSError as exc:
                why = exc.strerror or type(exc).__name__
                raise QuashError(
                    QCoreApplication.translate(
                        "FirstRunWizard", "Quash could not make the vault in %1: %2."
                    )
                    .replace("%1", str(folder))
                    .replace("%2", why)
                ) from exc
            return _Created(made.vault, made.recovery_key, made.created)

        def done(made: _Created) -> None:
            self.vault = made.vault
            self.folder = folder
            self.actor = staff["name"]
            self.recovery_key = made.recovery_key
            self.created_at = made.created
            self.passphrase_page.forget_passphrase()
            self.next()

        def failed(message: str) -> None:
            show_problem(self.passphrase_page.message, message)

        self.run_busy(op, done, failed, self.passphrase_page)

    def remember_here(self, page: RecoveryPage) -> None:
        vault, actor = self.vault, self.actor
        assert vault is not None

        def op(_task: object) -> None:
            vaults.remember_here(vault, actor)

        def done(_result: None) -> None:
            page.remembered()
            self.accept()

        def failed(message: str) -> None:
            show_problem(page.message, message)

        self.run_busy(op, done, failed, page)

    def open_demo(self) -> None:
        folder = self.data_dir / DEMO_FOLDER_NAME
        params = self.kdf_params

        def op(_task: object) -> Vault:
            return vaults.open_demo(
                folder, DEMO_PASSPHRASE, actor=DEMO_ACTOR, office_name=DEMO_OFFICE, params=params
            )

        def done(vault: Vault) -> None:
            self.vault = vault
            self.folder = folder
            self.actor = DEMO_ACTOR
            self.accept()

        def failed(message: str) -> None:
            show_problem(self.demo_page.message, message)

        self.run_busy(op, done, failed, self.demo_page)

    # -- finishing

    def done(self, result: int) -> None:
        """Every way out (Finish, Cancel, Escape, closing the window) comes through here."""
        if self.busy:
            if result != QDialog.DialogCode.Accepted and self.task is not None:
                self.task.cancel()  # a restore stops, leaving nothing; the wizard stays
                self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            return  # a vault is being made or opened: wait, so none is left unlocked and unheld
        if result == QDialog.DialogCode.Accepted:
            if not self.validateCurrentPage():
                return
            current = self.currentId()
            if current == Page.RECOVERY and self.restored is not None:
                # Restored but not unlocked (rare): the caller's unlock window opens it.
                self.kind = ChoicePage.RESTORE if self.vault is not None else ChoicePage.OPEN
            elif current == Page.RECOVERY:
                self.kind = ChoicePage.CREATE
            elif current == Page.DEMO:
                self.kind = ChoicePage.DEMO
            self._forget_key()
            QDialog.done(self, result)  # QWizard.done would validate the page a second time
            return
        if self.vault is not None:
            made = self.tr(
                "The vault has been made, but its recovery key will not be shown again. "
                "Close without it? The vault still opens with the passphrase."
            )
            restored = self.tr(
                "The backup has been restored, but the vault's new recovery key will not be "
                "shown again. Close without it? The vault still opens with your new passphrase."
            )
            if (
                self.isVisible()
                and self.currentId() == Page.RECOVERY
                and not confirm(self, restored if self.restored is not None else made)
            ):
                return
            self.vault.lock()
            self.vault = None
        self._forget_key()
        super().done(result)

    def _forget_key(self) -> None:
        self.recovery_page.forget_key()
        self.recovery_key = ""  # the printed sheet or the paper copy is now the only one

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.busy and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
