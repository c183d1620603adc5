"""The Backup page: make an encrypted, verified backup on a USB stick (with progress and
Cancel), see when the last verified one was made, check a backup file, restore one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.amounts import audit_entry_count, data_size, record_counts, volume_text
from gui.context import AppContext
from gui.errors import plain_error
from gui.tasks import TaskHandle
from models.errors import QuashError
from services import backups
from services.backups import Argon2Params
from services.changes import Changes
from services.vaults import MIN_PASSPHRASE_LENGTH

ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #1e7e34;"


def _password_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


def _say(label: QLabel, text: str, style: str = "") -> None:
    label.setStyleSheet(style)
    label.setText(text)


def _show_progress(bar: QProgressBar, label: QLabel, done: int, total: int, text: str) -> None:
    bar.show()
    if total <= 0:
        bar.setRange(0, 0)  # a step that cannot count: a busy bar
    else:
        bar.setRange(0, 1000)
        bar.setValue(min(1000, done * 1000 // total))
    _say(label, f"{text}…")


def _too_short(passphrase: str) -> str:
    """The service's length rule, said in the reader's language before the service says it."""
    if len(passphrase) >= MIN_PASSPHRASE_LENGTH:
        return ""
    return QCoreApplication.translate(
        "BackupPage",
        "The passphrase is too short: use at least {0} characters (a few unrelated words "
        "work well).",
    ).format(MIN_PASSPHRASE_LENGTH)


def _age(created: str) -> tuple[str, int]:
    when = dt.datetime.fromisoformat(created)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    days = (dt.datetime.now(dt.UTC) - when).days
    local = when.astimezone().strftime("%Y-%m-%d %H:%M")
    return local, days


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
        self.passphrase = _password_field(self.tr("at least 10 characters; a few unrelated words"))
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.confirm = _password_field(self.tr("the same again"))
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
            _say(
                self.last_label,
                self.tr("No verified backup yet. Make one now and keep the stick in a safe place."),
                ERROR_STYLE,
            )
            return
        try:
            local, days = _age(last.when)
        except ValueError:
            _say(self.last_label, self.tr("The last backup's date is unreadable."), ERROR_STYLE)
            return
        age = self.tr("today") if days <= 0 else self.tr("%n day(s) ago", "", days)
        text = self.tr("Last verified backup: {0} ({1})").format(local, age)
        if last.file_name:
            text += f" — {last.file_name}"
        stale = days > backups.WARN_AFTER_DAYS
        if stale:
            text += self.tr(". Time for a new one.")
        _say(self.last_label, text, ERROR_STYLE if stale else "")

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
        _say(self.status, message, ERROR_STYLE)
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
        too_short = _too_short(passphrase)
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
        _say(self.status, self.tr("Starting…"))
        try:
            self.task = self.ctx.background(
                op,
                on_done=self._backup_done,
                on_error=self._backup_error,
                on_progress=lambda d, t, s: _show_progress(self.progress, self.status, d, t, s),
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
            _say(self.status, self.tr("Cancelling…"))

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
        _say(self.status, text, OK_STYLE)
        self.refresh_last_backup()
        self.backup_done.emit(str(made.path))

    def _backup_error(self, message: str) -> None:
        self._finish()
        self._refuse(message)

    def _backup_cancelled(self) -> None:
        self._finish()
        _say(self.status, self.tr("Cancelled. No backup was written."))
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


class _BackupFileDialog(QDialog):
    """Shared by Verify and Restore: the file's header, a passphrase, progress, Cancel."""

    finished_work = Signal(bool)  # True when the check or restore succeeded

    def __init__(self, ctx: AppContext, path: Path, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.task: TaskHandle | None = None
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
        self.passphrase = _password_field(self.tr("the passphrase the backup was made with"))
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
            _say(self.about, plain_error(exc), ERROR_STYLE)
            self.passphrase.setEnabled(False)
            self.go_button.setEnabled(False)
        else:
            _say(
                self.about,
                self.tr("<b>{0}</b><br>{1}").format(path.name, self._describe(self.info)),
            )

    def _describe(self, info: backups.BackupInfo) -> str:
        local, _days = _age(info.created)
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
        _say(self.result_label, self.tr("Starting…"))
        self.task = self.ctx.runner.run(
            op,
            on_done=on_done,
            on_error=self._failed,
            on_progress=lambda d, t, s: _show_progress(self.progress, self.result_label, d, t, s),
            on_cancelled=self._cancelled,
        )

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
        _say(self.result_label, message, ERROR_STYLE)
        self.finished_work.emit(False)

    def _cancelled(self) -> None:
        self.done_work()
        _say(self.result_label, self.tr("Cancelled."))
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
            _say(self.result_label, self.tr("Type the backup's passphrase."), ERROR_STYLE)
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
        _say(
            self.about,
            self.tr("<b>{0}</b><br>{1}").format(self.path.name, self._describe(result.info)),
        )
        if result.audit_intact:
            _say(
                self.result_label,
                self.tr(
                    "Verified: every byte is authenticated, the database inside passes its "
                    "integrity check and its audit log is intact. This backup would restore."
                ),
                OK_STYLE,
            )
        else:
            _say(
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
        self.new_passphrase = _password_field(self.tr("passphrase for the restored vault"))
        self.new_passphrase.setAccessibleName(self.tr("New vault passphrase"))
        self.new_confirm = _password_field(self.tr("the same again"))
        self.new_confirm.setAccessibleName(self.tr("New vault passphrase again"))
        self.form.addRow(self.tr("New vault passphrase:"), self.new_passphrase)
        self.form.addRow(self.tr("Again:"), self.new_confirm)
        self.replace = QCheckBox(
            self.tr("If that folder holds a vault, replace it (it is kept beside, renamed)")
        )
        self.form.addRow("", self.replace)
        self.recovery = QLineEdit()
        self.recovery.setObjectName("recoveryKey")
        self.recovery.setReadOnly(True)
        self.recovery.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery_label = QLabel(
            self.tr(
                "<b>New recovery key — write it down now and keep it in the office safe.</b> "
                "It opens the restored vault if the passphrase is forgotten; Quash cannot "
                "show it again."
            )
        )
        self.recovery_label.setWordWrap(True)
        self.recovery_label.hide()
        self.recovery.hide()
        self.layout_.addWidget(self.recovery_label)
        self.layout_.addWidget(self.recovery)
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
            _say(
                self.result_label, self.tr("Choose the folder for the restored vault."), ERROR_STYLE
            )
            return
        folder = Path(folder_text).expanduser()
        if self.ctx.folder is not None and folder.resolve() == self.ctx.folder.resolve():
            _say(
                self.result_label,
                self.tr("That is the vault open now; restore into another folder."),
                ERROR_STYLE,
            )
            return
        passphrase = self.passphrase.text()
        new_passphrase = self.new_passphrase.text()
        if not passphrase:
            _say(self.result_label, self.tr("Type the backup's passphrase."), ERROR_STYLE)
            return
        if new_passphrase != self.new_confirm.text():
            _say(self.result_label, self.tr("The two new passphrases differ."), ERROR_STYLE)
            return
        too_short = _too_short(new_passphrase)
        if too_short:
            _say(self.result_label, too_short, ERROR_STYLE)
            return
        try:
            backups.check_new_passphrase(new_passphrase)
            state = backups.destination_state(folder)
        except QuashError as exc:
            _say(self.result_label, plain_error(exc), ERROR_STYLE)
            return
        if state == "vault" and not self.replace.isChecked():
            _say(
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
        self.recovery.setText(key)
        self.recovery_label.show()
        self.recovery.show()

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
        _say(self.result_label, text, OK_STYLE if result.audit_intact else ERROR_STYLE)
        self._show_recovery_key(result.recovery_key)  # shown already, before the rename
        self.finished_work.emit(True)
