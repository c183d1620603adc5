"""The Backup page: make an encrypted, verified backup on a USB stick (with progress and
Cancel), see when the last verified one was made, check a backup file, restore one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.amounts import data_size, volume_text
from gui.context import AppContext
from gui.errors import plain_error
from gui.pages.backup_dialogs import (
    ERROR_STYLE,
    OK_STYLE,
    RestoreDialog,
    VerifyDialog,
    backup_age,
    passphrase_too_short,
    password_field,
    say,
    show_progress,
)
from gui.tasks import TaskHandle
from models.errors import QuashError
from services import backups
from services.backups import Argon2Params
from services.changes import Changes


class BackupPage(QWidget):
    backup_done = Signal(str)  # the new backup's path
    backup_failed = Signal(str)  # the one-line message shown
    backup_cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kdf_params: Argon2Params | None = None  # None: calibrated on this computer
        self.task: TaskHandle | None = None
        self.dialog: QDialog | None = None  # the Verify or Restore dialog last opened

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Backup</h2>")))
        intro = QLabel(
            self.tr(
                "An encrypted copy of the whole case file, for a USB stick or any folder. "
                "Each backup is read back and checked before it gets its name. Keep the "
                "backup passphrase apart from the stick: without it nobody, not even you, "
                "can restore it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.last_label = QLabel()
        self.last_label.setObjectName("lastVerifiedBackup")
        self.last_label.setWordWrap(True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.last_label)

        make = QGroupBox(self.tr("Make a backup"))
        form = QFormLayout(make)
        self.targets = QComboBox()
        self.targets.setAccessibleName(self.tr("Where to write the backup"))
        self.targets.setMinimumWidth(380)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Look again for plugged-in drives"))
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        where = QHBoxLayout()
        where.addWidget(self.targets, 1)
        where.addWidget(self.refresh_button)
        where.addWidget(self.choose_button)
        form.addRow(self.tr("Where:"), where)
        self.passphrase = password_field(self.tr("at least 10 characters; a few unrelated words"))
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.confirm = password_field(self.tr("the same again"))
        self.confirm.setAccessibleName(self.tr("Backup passphrase again"))
        form.addRow(self.tr("Backup passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.confirm)
        self.keep_check = QCheckBox(self.tr("Keep only the newest"))
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 999)
        self.keep_spin.setValue(5)
        self.keep_spin.setEnabled(False)
        self.keep_spin.setAccessibleName(self.tr("How many backups to keep"))
        keep = QHBoxLayout()
        keep.addWidget(self.keep_check)
        keep.addWidget(self.keep_spin)
        keep.addWidget(QLabel(self.tr("backups of this vault there; delete older ones")))
        keep.addStretch(1)
        form.addRow("", keep)
        self.create_button = QPushButton(self.tr("Create backup"))
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        below = QVBoxLayout()  # outside the form: a hidden bar leaves no empty row
        below.addWidget(self.progress)
        below.addWidget(self.status)
        form.addRow(below)
        layout.addWidget(make)

        other = QGroupBox(self.tr("Check or restore a backup"))
        other_layout = QVBoxLayout(other)
        explain = QLabel(
            self.tr(
                "Verify reads a backup file through and checks every byte and the database "
                "inside. Restore makes a new vault from a backup, with a new passphrase and a "
                "new recovery key; the vault open now is not touched."
            )
        )
        explain.setWordWrap(True)
        other_layout.addWidget(explain)
        self.verify_button = QPushButton(self.tr("Verify a file…"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        other_layout.addLayout(row)
        layout.addWidget(other)
        layout.addStretch(1)

        self.refresh_button.clicked.connect(self.refresh_targets)
        self.choose_button.clicked.connect(self.choose_folder)
        self.keep_check.toggled.connect(self.keep_spin.setEnabled)
        self.create_button.clicked.connect(self.create_backup)
        self.cancel_button.clicked.connect(self.cancel_backup)
        self.verify_button.clicked.connect(self.verify_file)
        self.restore_button.clicked.connect(self.restore)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.unlocked.connect(self.refresh_last_backup)
        self.refresh()

    # -- what is shown

    def refresh(self) -> None:
        self.refresh_last_backup()
        if self.targets.count() == 0 or self.task is None:
            self.refresh_targets()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("settings"):
            self.refresh_last_backup()

    def refresh_last_backup(self) -> None:
        if not self.ctx.is_unlocked:
            return
        last = self.ctx.read(backups.last_verified_backup)
        if not last.when:
            say(
                self.last_label,
                self.tr("No verified backup yet. Make one now and keep the stick in a safe place."),
                ERROR_STYLE,
            )
            return
        try:
            local, days = backup_age(last.when)
        except ValueError:
            say(self.last_label, self.tr("The last backup's date is unreadable."), ERROR_STYLE)
            return
        age = self.tr("today") if days <= 0 else self.tr("%n day(s) ago", "", days)
        text = self.tr("Last verified backup: {0} ({1})").format(local, age)
        if last.file_name:
            text += f" — {last.file_name}"
        stale = days > backups.WARN_AFTER_DAYS
        if stale:
            text += self.tr(". Time for a new one.")
        say(self.last_label, text, ERROR_STYLE if stale else "")

    def refresh_targets(self) -> None:
        chosen = self.selected_target()
        self.targets.clear()
        for volume in backups.targets():
            self.targets.addItem(volume_text(volume), str(volume.path))
        if chosen is not None and self.targets.findData(str(chosen)) < 0:
            self._add_folder(chosen)
        if self.targets.count() == 0:
            self.targets.addItem(
                self.tr("No removable drive found: plug in a stick, or choose a folder"), None
            )
        elif chosen is not None:
            self.targets.setCurrentIndex(self.targets.findData(str(chosen)))

    def _add_folder(self, folder: Path) -> None:
        try:
            free = data_size(backups.folder_free_bytes(folder))
            text = self.tr("Folder {0} — {1} free").format(folder, free)
        except OSError:
            text = self.tr("Folder {0}").format(folder)
        placeholder = self.targets.findData(None)
        if placeholder >= 0:
            self.targets.removeItem(placeholder)
        self.targets.addItem(text, str(folder))

    def selected_target(self) -> Path | None:
        data = self.targets.currentData()
        return Path(data) if isinstance(data, str) and data else None

    def choose_folder(self) -> None:
        start = str(self.selected_target() or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to which folder?"), start)
        if not folder:
            return
        path = Path(folder)
        index = self.targets.findData(str(path))
        if index < 0:
            self._add_folder(path)
            index = self.targets.findData(str(path))
        self.targets.setCurrentIndex(index)

    # -- making a backup

    def _busy(self, busy: bool) -> None:
        for widget in (
            self.targets,
            self.refresh_button,
            self.choose_button,
            self.passphrase,
            self.confirm,
            self.keep_check,
            self.create_button,
            self.restore_button,
        ):
            widget.setEnabled(not busy)
        self.keep_spin.setEnabled(not busy and self.keep_check.isChecked())
        self.cancel_button.setEnabled(busy)

    def _refuse(self, message: str) -> None:
        say(self.status, message, ERROR_STYLE)
        self.backup_failed.emit(message)

    def create_backup(self) -> None:
        if self.task is not None:
            return
        target = self.selected_target()
        if target is None:
            self._refuse(self.tr("Choose where to write the backup: a stick or a folder."))
            return
        passphrase = self.passphrase.text()
        if passphrase != self.confirm.text():
            self._refuse(self.tr("The two passphrases differ; type the same one twice."))
            return
        too_short = passphrase_too_short(passphrase)
        if too_short:
            self._refuse(too_short)
            return
        try:
            backups.check_new_passphrase(passphrase)
        except QuashError as exc:
            self._refuse(plain_error(exc))
            return
        keep = self.keep_spin.value() if self.keep_check.isChecked() else None
        params = self.kdf_params

        def op(uow: Any, task: Any) -> backups.CreatedBackup:
            return backups.create_backup(
                uow,
                target,
                passphrase,
                keep=keep,
                params=params,
                task=task,
            )

        self._busy(True)
        say(self.status, self.tr("Starting…"))
        try:
            self.task = self.ctx.background(
                op,
                on_done=self._backup_done,
                on_error=self._backup_error,
                on_progress=lambda d, t, s: show_progress(self.progress, self.status, d, t, s),
                commit=True,
            )
        except QuashError as exc:
            self._busy(False)
            self._refuse(plain_error(exc))
            return
        self.task.cancelled.connect(self._backup_cancelled)

    def cancel_backup(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            say(self.status, self.tr("Canceling…"))

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self._busy(False)

    def _backup_done(self, made: backups.CreatedBackup) -> None:
        self._finish()
        self.passphrase.clear()
        self.confirm.clear()
        text = self.tr("Backup written and verified: {0} ({1}).").format(
            made.path.name, data_size(made.info.file_bytes)
        )
        if made.removed:
            removed = len(made.removed)
            text += " " + self.tr("Removed %n older backup(s) of this vault.", "", removed)
        say(self.status, text, OK_STYLE)
        self.refresh_last_backup()
        self.backup_done.emit(str(made.path))

    def _backup_error(self, message: str) -> None:
        self._finish()
        self._refuse(message)

    def _backup_cancelled(self) -> None:
        self._finish()
        say(self.status, self.tr("Canceled. No backup was written."))
        self.backup_cancelled.emit()

    # -- checking and restoring

    def _choose_backup_file(self) -> Path | None:
        start = str(self.selected_target() or Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            start,
            self.tr("Quash backups (*{0});;All files (*)").format(backups.SUFFIX),
        )
        return Path(path) if path else None

    def verify_file(self) -> None:
        path = self._choose_backup_file()
        if path is None:
            return
        self.dialog = VerifyDialog(self.ctx, path, self)
        self.dialog.open()

    def restore(self) -> None:
        path = self._choose_backup_file()
        if path is None:
            return
        dialog = RestoreDialog(self.ctx, path, self)
        dialog.kdf_params = self.kdf_params
        self.dialog = dialog
        dialog.open()
