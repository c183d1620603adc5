"""The Backup page's dialogs: check a backup file (Verify) and restore one into a new folder
(Restore, which shows the restored vault's new recovery key until it is proved copied), and the
small helpers the page shares with them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.amounts import audit_entry_count, data_size, record_counts
from gui.context import AppContext
from gui.errors import plain_error
from gui.fitting import fit_to_screen
from gui.recovery_key import RecoveryKeyPanel, SheetFacts
from gui.tasks import TaskHandle
from models.errors import QuashError
from services import backups
from services.backups import Argon2Params
from services.vaults import MIN_PASSPHRASE_LENGTH

ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #1e7e34;"


def password_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


def say(label: QLabel, text: str, style: str = "") -> None:
    label.setStyleSheet(style)
    label.setText(text)


def show_progress(bar: QProgressBar, label: QLabel, done: int, total: int, text: str) -> None:
    bar.show()
    if total <= 0:
        bar.setRange(0, 0)  # a step that cannot count: a busy bar
    else:
        bar.setRange(0, 1000)
        bar.setValue(min(1000, done * 1000 // total))
    say(label, f"{text}…")


def passphrase_too_short(passphrase: str) -> str:
    """The service's length rule, said in the reader's language before the service says it."""
    if len(passphrase) >= MIN_PASSPHRASE_LENGTH:
        return ""
    return QCoreApplication.translate(
        "BackupPage",
        "The passphrase is too short: use at least {0} characters (a few unrelated words "
        "work well).",
    ).format(MIN_PASSPHRASE_LENGTH)


def backup_age(created: str) -> tuple[str, int]:
    when = dt.datetime.fromisoformat(created)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    days = (dt.datetime.now(dt.UTC) - when).days
    local = when.astimezone().strftime("%Y-%m-%d %H:%M")
    return local, days


class _BackupFileDialog(QDialog):
    """Shared by Verify and Restore: the file's header, a passphrase, progress, Cancel."""

    finished_work = Signal(bool)  # True when the check or restore succeeded

    def __init__(self, ctx: AppContext, path: Path, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.task: TaskHandle | None = None
        self._failure_code = ""
        self.info: backups.BackupInfo | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.about)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.passphrase = password_field(self.tr("the passphrase the backup was made with"))
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.form.addRow(self.tr("Backup passphrase:"), self.passphrase)
        self.progress = QProgressBar()
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.go_button = QPushButton()
        self.go_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        for button in (self.go_button, self.cancel_button, self.close_button):
            self.buttons.addWidget(button)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.go_button.clicked.connect(self.start)

        try:
            self.info = backups.read_info(path)
        except QuashError as exc:
            say(self.about, plain_error(exc), ERROR_STYLE)
            self.passphrase.setEnabled(False)
            self.go_button.setEnabled(False)
        else:
            say(
                self.about,
                self.tr("<b>{0}</b><br>{1}").format(path.name, self._describe(self.info)),
            )

    def _describe(self, info: backups.BackupInfo) -> str:
        local, _days = backup_age(info.created)
        if info.facts_sealed:
            return self.tr(
                "Made {0} by Quash {1}; {2}. Whose it is and what it holds are sealed: they "
                "show once the backup passphrase opens it."
            ).format(local, info.app_version, data_size(info.file_bytes))
        office = info.office_name or self.tr("(no office name)")
        entries = audit_entry_count(info.audit_entries)
        return self.tr("{0}, made {1} by Quash {2}: {3}; {4}; {5}.").format(
            office,
            local,
            info.app_version,
            record_counts(info.counts, skip_empty=True) or self.tr("no records"),
            entries,
            data_size(info.file_bytes),
        )

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.result_label)
        self.layout_.addLayout(self.buttons)

    def start(self) -> None:
        raise NotImplementedError

    def run(self, op: Any, on_done: Any) -> None:
        self.set_busy(True)
        say(self.result_label, self.tr("Starting…"))
        self.task = self.ctx.runner.run(
            op,
            on_done=on_done,
            on_error=self._failed,
            on_progress=lambda d, t, s: show_progress(self.progress, self.result_label, d, t, s),
            on_cancelled=self._cancelled,
            on_failure=self._note_failure,  # before on_error: which field to go back to
        )

    def _note_failure(self, exc: BaseException) -> None:
        self._failure_code = getattr(exc, "code", "")

    def retype_passphrase(self) -> None:
        """Back to the backup passphrase, its text selected, so typing replaces it."""
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()

    def set_busy(self, busy: bool) -> None:
        for widget in self.findChildren(QLineEdit) + self.findChildren(QCheckBox):
            widget.setEnabled(not busy)
        for button in self.findChildren(QPushButton):
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def done_work(self) -> None:
        self.task = None
        self.progress.hide()
        self.set_busy(False)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _failed(self, message: str) -> None:
        self.done_work()
        say(self.result_label, message, ERROR_STYLE)
        if self._failure_code == "backup.wrong_passphrase":
            self.retype_passphrase()
        self._failure_code = ""
        self.finished_work.emit(False)

    def _cancelled(self) -> None:
        self.done_work()
        say(self.result_label, self.tr("Canceled."))
        self.finished_work.emit(False)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # closing while it runs means stop
        super().reject()


class VerifyDialog(_BackupFileDialog):
    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None):
        title = QCoreApplication.translate("VerifyDialog", "Verify a backup")
        super().__init__(ctx, path, title, parent)
        self.go_button.setText(self.tr("Verify"))
        self.finish_layout()

    def start(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            say(self.result_label, self.tr("Type the backup's passphrase."), ERROR_STYLE)
            self.retype_passphrase()
            return
        path = self.path

        def op(task: Any) -> backups.VerifiedBackup:
            # A person asked: the thorough check (database inside and audit chain too).
            return backups.verify_backup(path, passphrase, deep=True, task=task)

        self.run(op, self._verified)

    def _verified(self, result: backups.VerifiedBackup) -> None:
        self.done_work()
        self.passphrase.clear()
        # Opened with its passphrase: whose it is and what it holds can be said now.
        say(
            self.about,
            self.tr("<b>{0}</b><br>{1}").format(self.path.name, self._describe(result.info)),
        )
        if result.audit_intact:
            say(
                self.result_label,
                self.tr(
                    "Verified: every byte is authenticated, the database inside passes its "
                    "integrity check and its audit log is intact. This backup would restore."
                ),
                OK_STYLE,
            )
        else:
            say(
                self.result_label,
                self.tr("The backup decrypts, but its audit log is not intact: {0}").format(
                    "; ".join(result.audit_problems)
                ),
                ERROR_STYLE,
            )
        self.finished_work.emit(result.audit_intact)


class RestoreDialog(_BackupFileDialog):
    """Restore into a new folder, with a new passphrase; shows the new recovery key once."""

    # Emitted from the restore's worker thread, blocking until the dialog shows the key: the
    # restored vault is put in place only after its recovery key is on screen.
    recovery_key_ready = Signal(str)

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None):
        title = QCoreApplication.translate("RestoreDialog", "Restore a backup")
        super().__init__(ctx, path, title, parent)
        self.kdf_params: Argon2Params | None = None
        self.recovery_key_shown = ""
        self.recovery_key_ready.connect(
            self._show_recovery_key, Qt.ConnectionType.BlockingQueuedConnection
        )
        self.folder = QLineEdit(str(self._suggested_folder()))
        self.folder.setAccessibleName(self.tr("Folder of the restored vault"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose_button)
        self.form.addRow(self.tr("Restore into:"), where)
        self.new_passphrase = password_field(self.tr("passphrase for the restored vault"))
        self.new_passphrase.setAccessibleName(self.tr("New vault passphrase"))
        self.new_confirm = password_field(self.tr("the same again"))
        self.new_confirm.setAccessibleName(self.tr("New vault passphrase again"))
        self.form.addRow(self.tr("New vault passphrase:"), self.new_passphrase)
        self.form.addRow(self.tr("Again:"), self.new_confirm)
        self.replace = QCheckBox(
            self.tr("If that folder holds a vault, replace it (it is kept beside, renamed)")
        )
        self.form.addRow("", self.replace)
        # The new key as the wizard shows it: large, printable, proved copied before closing.
        self.recovery_panel = RecoveryKeyPanel(ctx.runner)
        self.recovery_panel.hide()
        self.recovery_panel.confirmed_changed.connect(self._key_confirmed)
        self.recovery = self.recovery_panel.key
        self.layout_.addWidget(self.recovery_panel)
        self.go_button.setText(self.tr("Restore"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.finish_layout()

    def _suggested_folder(self) -> Path:
        base = self.ctx.folder.parent if self.ctx.folder else Path.home()
        stamp = dt.date.today().isoformat()
        name = self.tr("Restored vault {0}").format(stamp)
        candidate = base / name
        n = 2
        while candidate.exists():
            candidate = base / f"{name} ({n})"
            n += 1
        return candidate

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Restore into which folder?"), str(Path(self.folder.text()).parent)
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            state = backups.destination_state(path)
        except QuashError:
            state = "other"
        # An empty folder or a vault (to replace) is used as is; otherwise a new folder inside.
        inside = path / self.tr("Restored vault")
        self.folder.setText(str(path if state in ("empty", "vault") else inside))

    def start(self) -> None:
        folder_text = self.folder.text().strip()
        if not folder_text:
            say(
                self.result_label, self.tr("Choose the folder for the restored vault."), ERROR_STYLE
            )
            return
        folder = Path(folder_text).expanduser()
        if self.ctx.folder is not None and folder.resolve() == self.ctx.folder.resolve():
            say(
                self.result_label,
                self.tr("That is the vault open now; restore into another folder."),
                ERROR_STYLE,
            )
            return
        passphrase = self.passphrase.text()
        new_passphrase = self.new_passphrase.text()
        if not passphrase:
            say(self.result_label, self.tr("Type the backup's passphrase."), ERROR_STYLE)
            self.retype_passphrase()
            return
        if new_passphrase != self.new_confirm.text():
            say(self.result_label, self.tr("The two new passphrases differ."), ERROR_STYLE)
            return
        too_short = passphrase_too_short(new_passphrase)
        if too_short:
            say(self.result_label, too_short, ERROR_STYLE)
            return
        try:
            backups.check_new_passphrase(new_passphrase)
            state = backups.destination_state(folder)
        except QuashError as exc:
            say(self.result_label, plain_error(exc), ERROR_STYLE)
            return
        if state == "vault" and not self.replace.isChecked():
            say(
                self.result_label,
                self.tr(
                    "{0} already holds a vault. Choose a new folder, or tick the box to replace "
                    "it (the old one is kept beside it, renamed)."
                ).format(folder),
                ERROR_STYLE,
            )
            return
        replace = self.replace.isChecked()
        params = self.kdf_params
        actor = self.ctx.actor

        def op(task: Any) -> backups.RestoredVault:
            return backups.restore_backup(
                self.path,
                passphrase,
                folder,
                new_passphrase,
                actor=actor,
                replace=replace,
                params=params,
                task=task,
                announce=self.recovery_key_ready.emit,
            )

        self.run(op, self._restored)

    def _show_recovery_key(self, key: str) -> None:
        self.recovery_key_shown = key
        info = self.info
        self.recovery_panel.show_key(
            key,
            SheetFacts(
                office_name=info.office_name if info and not info.facts_sealed else "",
                vault_folder=self.folder.text().strip(),
                vault_id=info.vault_id if info else "",
                created=dt.datetime.now().astimezone(),
            ),
        )
        self.close_button.setEnabled(self.recovery_panel.is_confirmed())
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Rows added after the dialog opened get their room: the dialog grows (within the
        screen) instead of squashing them on top of each other."""
        self.layout_.activate()
        wanted = self.sizeHint().expandedTo(self.size())
        height = self.layout_.totalHeightForWidth(self.width())
        fit_to_screen(self, wanted.width(), max(wanted.height(), height))

    def _failed(self, message: str) -> None:
        self._drop_key()  # no restored vault: its key opens nothing
        super()._failed(message)

    def _cancelled(self) -> None:
        self._drop_key()
        super()._cancelled()

    def _drop_key(self) -> None:
        self.recovery_key_shown = ""
        self.recovery_panel.forget_key()
        self.recovery_panel.hide()

    def _key_confirmed(self, confirmed: bool) -> None:
        if self.task is None:
            self.close_button.setEnabled(confirmed)

    def reject(self) -> None:
        """Not before the new recovery key is proved copied: it is never shown again."""
        if self.recovery_key_shown and not self.recovery_panel.is_confirmed():
            self.recovery_panel.say_still_needed()
            self._grow_to_fit()
            return
        super().reject()

    def _restored(self, result: backups.RestoredVault) -> None:
        self.done_work()
        for field in (self.passphrase, self.new_passphrase, self.new_confirm):
            field.clear()
        self.go_button.setEnabled(False)  # done: a second click would make a second vault
        text = self.tr("Restored into {0}.").format(result.folder)
        if result.replaced is not None:
            text += " " + self.tr("The vault that was there is kept at {0}.").format(
                result.replaced
            )
        if result.schema_before != result.schema_after:
            text += " " + self.tr("Its schema was upgraded to this version of Quash.")
        if result.audit_intact:
            text += " " + self.tr("Audit log intact: it ends exactly where the backup recorded.")
        else:
            text += " " + self.tr("Warning: {0}").format("; ".join(result.audit_problems))
        say(self.result_label, text, OK_STYLE if result.audit_intact else ERROR_STYLE)
        self._show_recovery_key(result.recovery_key)  # shown already, before the rename
        # Opened with its passphrase: whose it is and what it holds can be said now.
        say(
            self.about,
            self.tr("<b>{0}</b><br>{1}").format(self.path.name, self._describe(result.info)),
        )
        self.recovery_panel.set_facts(
            SheetFacts(
                office_name=result.info.office_name,
                vault_folder=str(result.folder),
                vault_id=result.info.vault_id,
                created=dt.datetime.now().astimezone(),
            )
        )
        self.recovery_panel.key.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished_work.emit(True)
