"""The first-run wizard's recovery-key page: the new (or restored) vault's key, shown once,
proved copied, printed on a sheet if wanted, and remembered on this computer if asked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.errors import plain_error
from gui.i18n import current_language
from gui.recovery_key import (
    SHEET_NAME,
    key_label,
    last_group,
    normalised_group,
    say_when_fonts_wait,
)
from gui.unlock import busy_bar, fixed_font, problem_label, show_problem
from gui.wizard.common import WizardPage, note_label
from models.tasks import Task
from reports.recovery_sheet import write_recovery_sheet
from services.vaults import keychain_missing, keyring_available


class RecoveryPage(WizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Write down the recovery key"))
        self.setSubTitle(
            self.tr(
                "It opens the vault if the passphrase is forgotten. Quash shows it only now "
                "and can never show it again. Anyone who has it can open the vault."
            )
        )
        # After a restore: where it went, what it holds, whose key it is (else hidden).
        self.restored = note_label("")
        self.restored.setAccessibleName(self.tr("What was restored"))
        self.restored.hide()
        self.restored_warning = problem_label(self.tr("Warning about the restored audit log"))
        self.key = key_label(1.7)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"))
        self.print_button.setAccessibleName(self.tr("Save the recovery sheet to print"))
        self.print_button.clicked.connect(self._save_sheet)
        self.sheet_status = note_label("")
        self.sheet_status.setAccessibleName(self.tr("Recovery sheet"))
        self.sheet_status.hide()
        self.sheet_problem = problem_label(self.tr("Problem saving the recovery sheet"))

        self.written = QCheckBox(self.tr("I have &written the key down or printed the sheet"))
        self.written.setAccessibleName(self.tr("I have written the key down"))
        self.typed = QLineEdit()
        self.typed.setFont(fixed_font(1.2))
        self.typed.setMaxLength(6)
        self.typed.setMaximumWidth(120)
        self.typed.setAccessibleName(self.tr("Last group of the recovery key"))
        self.match = QLabel()
        self.match.setAccessibleName(self.tr("Does the last group match"))
        typed_label = QLabel(self.tr("Type the key's &last group of four, from your copy:"))
        typed_label.setBuddy(self.typed)
        typed_row = QHBoxLayout()
        typed_row.addWidget(self.typed)
        typed_row.addWidget(self.match, 1)

        self.remember = QCheckBox(self.tr("Re&member on this computer"))
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        self.remember.setChecked(False)
        self.remember_note = note_label(
            self.tr(
                "Anyone who can log in as you on this computer can open the vault without "
                "the passphrase."
            )
        )
        self.remember_note.setContentsMargins(24, 0, 0, 0)
        self.message = problem_label(self.tr("Problem finishing"))
        self.progress = busy_bar(self.tr("Working"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.restored)
        layout.addWidget(self.restored_warning)
        layout.addWidget(self.key)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.print_button)
        sheet_row.addStretch(1)
        layout.addLayout(sheet_row)
        layout.addWidget(self.sheet_status)
        layout.addWidget(self.sheet_problem)
        layout.addSpacing(8)
        layout.addWidget(self.written)
        layout.addWidget(typed_label)
        layout.addLayout(typed_row)
        layout.addSpacing(8)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        order: list[QWidget] = [
            self.key,
            self.print_button,
            self.written,
            self.typed,
            self.remember,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.written.toggled.connect(self.completeChanged)
        self.typed.textChanged.connect(self._typed_changed)
        self._remembered = False
        self.sheet_saved: Path | None = None

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self.quash()
        self.key.setText(wizard.recovery_key)
        if wizard.restored is not None:
            self.setSubTitle(
                self.tr(
                    "The restored vault has a new recovery key: the old sheet does not open it. "
                    "Quash shows it only now and can never show it again. Anyone who has it "
                    "can open the vault."
                )
            )
            self.restored.setText(wizard.restore_summary)
            self.restored.show()
            show_problem(self.restored_warning, wizard.restore_warning)
        missing = keychain_missing()
        self.remember.setEnabled(missing is None and wizard.vault is not None)
        if missing is not None:
            self.remember.setChecked(False)
            self.remember_note.setText(plain_error(missing))
        self.remember.setAccessibleDescription(self.remember_note.text())
        self.key.setFocus()

    def _typed_changed(self) -> None:
        typed = normalised_group(self.typed.text())
        if len(typed) < 4:
            self.match.setText("")
        elif self.group_matches():
            self.match.setText(self.tr("✓ Matches the key."))
        else:
            self.match.setText(self.tr("That is not the key's last group."))
        self.completeChanged.emit()

    def group_matches(self) -> bool:
        key = self.quash().recovery_key if self.wizard() else ""
        return bool(key) and normalised_group(self.typed.text()) == last_group(key)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.wizard() and self.quash().busy:
            return False
        return self.written.isChecked() and self.group_matches()

    def _save_sheet(self) -> None:
        wizard = self.quash()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery sheet"),
            str(Path.home() / SHEET_NAME),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        assert wizard.folder is not None
        if wizard.restored is not None:  # its office and id, unsealed by the restore
            office, vault_id = wizard.restored.info.office_name, wizard.restored.info.vault_id
        else:
            assert wizard.vault is not None
            office, vault_id = wizard.office_page.office.text().strip(), wizard.vault.vault_id
        folder, key = str(wizard.folder), wizard.recovery_key
        created = wizard.created_at or dt.datetime.now().astimezone()
        language = current_language()  # the sheet is read by the person using the wizard

        def op(task: Task) -> Path:
            write_recovery_sheet(
                path,
                office_name=office,
                vault_folder=folder,
                vault_id=vault_id,
                recovery_key=key,
                created=created,
                language=language,
                task=task,
            )
            return path

        def saved(where: Path) -> None:
            self.sheet_status.setText(
                self.tr(
                    "Saved to %1. Print it and put it in the office safe, then delete the "
                    "file: a copy left on a computer can open the vault."
                ).replace("%1", str(where))
            )
            self.sheet_status.show()
            self.sheet_saved = where
            wizard.grow_to_fit()

        show_problem(self.sheet_problem, "")
        say_when_fonts_wait(self.sheet_status)
        wizard.run_busy(op, saved, lambda message: show_problem(self.sheet_problem, message), self)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.quash()
        if not self.isComplete():
            return False
        if self.remember.isChecked() and not self._remembered:
            wizard.remember_here(self)
            return False  # the wizard finishes once the keychain holds the key
        return True

    def remembered(self) -> None:
        self._remembered = True

    def set_busy(self, busy: bool) -> None:
        for widget in (self.written, self.typed, self.remember, self.print_button):
            widget.setEnabled(not busy)
        if not busy:
            self.remember.setEnabled(keyring_available()[0] and self.quash().vault is not None)
        self.progress.setVisible(busy)
        self.completeChanged.emit()

    def forget_key(self) -> None:
        self.key.clear()
        self.typed.clear()
