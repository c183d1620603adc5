"""The first-run wizard's first two restore pages: which backup file (what its outside says, or
one sentence on why it is no backup) and its passphrase, checked against it off the GUI thread
before the wizard goes on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.amounts import data_size, record_counts
from gui.errors import plain_error
from gui.pages.backup_dialogs import backup_age
from gui.unlock import busy_bar, problem_label, show_problem
from gui.wizard.common import WizardPage, note_label
from models.errors import QuashError, WrongKeyError
from services import backups

if TYPE_CHECKING:
    from services.backups import BackupInfo


def full_path(line: QLineEdit) -> Path:
    return Path(line.text().strip()).expanduser()


# ---- which backup ----------------------------------------------------------------------------


class BackupFilePage(WizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Restore a backup"))
        self.setSubTitle(
            self.tr(
                "Choose the backup file, on the office's USB stick or in a folder: its name "
                "looks like backup-2025-11-20-1402.quashbackup. Its passphrase comes next."
            )
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Backup file"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for the backup file"))
        self.browse.clicked.connect(self._browse)
        label = QLabel(self.tr("Backup &file:"))
        label.setBuddy(self.path)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.about = note_label("")
        self.about.setAccessibleName(self.tr("What the backup says about itself"))
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = problem_label(self.tr("Problem with the backup file"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.about)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setTabOrder(self.path, self.browse)
        self.info: BackupInfo | None = None
        self.path.textChanged.connect(self._changed)

    def chosen(self) -> Path:
        return full_path(self.path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.path.text().strip())

    def _changed(self) -> None:
        self.info = None
        self.about.setText("")
        show_problem(self.message, "")
        if self.path.text().strip() and self.chosen().is_file():
            self._read()  # chosen or pasted whole: say at once what it is
        self.completeChanged.emit()

    def _read(self) -> bool:
        """The file's header (no passphrase needed), or one sentence on why it is no backup."""
        try:
            self.info = backups.read_info(self.chosen())
        except QuashError as exc:
            self.info = None
            self.about.setText("")
            show_problem(self.message, plain_error(exc))
            return False
        show_problem(self.message, "")
        self.about.setText(f"{self.info.file_name}\n{self.describe(self.info)}")
        return True

    def made(self, info: BackupInfo) -> str:
        """When the backup was made, as a person picks the newest: "2025-11-20 14:02 (today)"."""
        local, days = backup_age(info.created)
        age = self.tr("today") if days <= 0 else self.tr("%n day(s) ago", "", days)
        return f"{local} ({age})"

    def describe(self, info: BackupInfo) -> str:
        made, size = self.made(info), data_size(info.file_bytes)
        if info.facts_sealed:
            return self.tr(
                "Made {0} by Quash {1}; {2}. Whose it is and what it holds are sealed inside: "
                "they show once its passphrase opens it."
            ).format(made, info.app_version, size)
        return self.tr("{0}, made {1} by Quash {2}: {3}; {4}.").format(
            info.office_name or self.tr("(no office name)"),
            made,
            info.app_version,
            record_counts(info.counts, skip_empty=True) or self.tr("no records"),
            size,
        )

    def _start_folder(self) -> Path:
        if self.path.text().strip():
            current = self.chosen()
            return current if current.is_dir() else current.parent
        try:  # a replacement laptop's backup is on a stick: start there
            sticks = [v.path for v in backups.targets() if v.removable]
        except (OSError, QuashError):
            sticks = []
        return sticks[0] if sticks else Path.home()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup file"),
            str(self._start_folder()),
            self.tr("Quash backups (*{0});;All files (*)").format(backups.SUFFIX),
        )
        if chosen:
            self.path.setText(chosen)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if not self.chosen().is_absolute():
            show_problem(
                self.message, self.tr("Type the file's full path, or choose it with Browse…")
            )
            return False
        return self._read()


# ---- its passphrase --------------------------------------------------------------------------


class BackupPassphrasePage(WizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The backup's passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase the backup was made with; it may differ from the vault's. "
                "Quash checks it before going on."
            )
        )
        self.backup = note_label("")
        self.backup.setAccessibleName(self.tr("Which backup"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.show_text = QCheckBox(self.tr("&Show the passphrase"))
        self.show_text.toggled.connect(self._show)
        self.message = problem_label(self.tr("Problem with the backup passphrase"))
        self.status = note_label(self.tr("Checking the passphrase against the backup…"))
        self.status.hide()
        self.progress = busy_bar(self.tr("Checking the backup passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Backup &passphrase:"), self.passphrase)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.backup)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        self.setTabOrder(self.passphrase, self.show_text)
        self._opens: tuple[Path, str] | None = None  # the file and passphrase found to match
        self.passphrase.textChanged.connect(self._edited)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        files = self.quash().backup_file_page
        info = files.info
        made = files.made(info) if info is not None else ""
        self.backup.setText(self.tr("Backup: {0}, made {1}").format(files.chosen().name, made))
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)

    def _edited(self) -> None:
        show_problem(self.message, "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.passphrase.text()) and not (self.wizard() and self.quash().busy)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.quash()
        path, passphrase = wizard.backup_file_page.chosen(), self.passphrase.text()
        if self._opens == (path, passphrase):
            return True
        if wizard.busy:
            return False
        show_problem(self.message, "")

        def op(_task: object) -> WrongKeyError | None:
            # Argon2id, as the backup was made with it: a second or so, off the GUI thread.
            try:
                backups.check_passphrase(path, passphrase)
            except WrongKeyError as wrong:
                return wrong
            return None

        def checked(wrong: WrongKeyError | None) -> None:
            if wrong is not None:
                show_problem(self.message, plain_error(wrong))
                self.retype()
                return
            self._opens = (path, passphrase)
            wizard.next()

        def failed(message: str) -> None:  # the stick pulled out, the file damaged
            show_problem(self.message, message)
            self.retype()

        wizard.run_busy(op, checked, failed, self)
        return False  # the wizard moves on once the passphrase is found to open it

    def retype(self) -> None:
        """Back in the field with its text selected, so typing replaces it."""
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.show_text):
            widget.setEnabled(not busy)
        self.status.setVisible(busy)
        self.progress.setVisible(busy)
        self.completeChanged.emit()
        if not busy:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget_passphrase(self) -> None:
        self._opens = None
        self.passphrase.clear()
