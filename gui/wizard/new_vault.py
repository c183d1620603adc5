"""The first-run wizard's pages for a new vault: where it lives, for which office and by whom,
and the passphrase, measured as it is typed, that makes it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from zxcvbn import zxcvbn

from gui.errors import plain_error
from gui.passphrase_advice import advice
from gui.unlock import busy_bar, problem_label, show_problem
from gui.vocabulary import choice_label
from gui.wizard.common import WizardPage, folder_state, note_label
from models.entities import SHORT
from models.enums import StaffRole
from models.errors import QuashError
from services import records
from services.vaults import MIN_PASSPHRASE_LENGTH

MIN_SCORE = 3  # zxcvbn's "safely unguessable" (about 10^10 guesses)
ZXCVBN_MAX = 72  # zxcvbn refuses longer input; the first 72 characters are measured


@dataclass(frozen=True)
class Strength:
    score: int  # 0-4
    warning: str
    suggestions: tuple[str, ...]


def measure(passphrase: str, hints: list[str]) -> Strength:
    """zxcvbn's estimate; `hints` (office, name, folder) count as easy to guess."""
    result: dict[str, Any] = zxcvbn(passphrase[:ZXCVBN_MAX], user_inputs=[h for h in hints if h])
    feedback = result.get("feedback") or {}
    return Strength(
        int(result["score"]),
        str(feedback.get("warning") or ""),
        tuple(str(s) for s in feedback.get("suggestions") or ()),
    )


# ---- create: where ---------------------------------------------------------------------------


class LocationPage(WizardPage):
    def __init__(self, default_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Where the vault lives"))
        self.setSubTitle(
            self.tr(
                "Choose a new or empty folder. The vault is encrypted, so it may sit on a "
                "shared drive or a USB stick; it is only as safe as its passphrase."
            )
        )
        self.folder = QLineEdit(str(default_folder))
        self.folder.setAccessibleName(self.tr("Vault folder"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for the vault folder"))
        self.browse.clicked.connect(self._browse)
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.hint = note_label("")
        self.hint.setAccessibleName(self.tr("About the folder"))
        self.message = problem_label(self.tr("Problem with the folder"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setTabOrder(self.folder, self.browse)
        self.folder.textChanged.connect(self._changed)
        self._changed()

    def chosen(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _changed(self) -> None:
        show_problem(self.message, "")
        state = folder_state(self.chosen()) if self.folder.text().strip() else ""
        if state == "absent":
            self.hint.setText(self.tr("Quash will make this folder."))
        elif state == "empty":
            self.hint.setText(self.tr("This folder is empty: the vault will be made in it."))
        else:
            self.hint.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.folder.text().strip())

    def _browse(self) -> None:
        current = self.chosen()
        start = current if current.is_dir() else current.parent
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the vault"), str(start)
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
        if state == "vault":
            return self.tr(
                "%1 already holds a Quash vault. To use it, go Back and choose "
                "“Open an existing vault”."
            ).replace("%1", str(folder))
        if state == "file":
            return self.tr("%1 is a file, not a folder.").replace("%1", str(folder))
        if state == "full":
            return self.tr(
                "%1 already holds files. Quash makes a vault only in a new or empty folder."
            ).replace("%1", str(folder))
        if state == "unreadable":
            return self.tr("Quash cannot look inside %1. Choose another folder.").replace(
                "%1", str(folder)
            )
        return ""

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        problem = self.problem()
        show_problem(self.message, problem)
        return not problem


# ---- create: who -----------------------------------------------------------------------------


class OfficePage(WizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(
            self.tr(
                "The office's name heads every printed report. Your name goes in the audit "
                "log beside everything you do."
            )
        )
        self.office = QLineEdit()
        self.office.setMaxLength(SHORT)
        self.office.setAccessibleName(self.tr("Office name"))
        self.person = QLineEdit()
        self.person.setMaxLength(SHORT)
        self.person.setAccessibleName(self.tr("Your name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Your role"))
        for role in StaffRole:
            self.role.addItem(choice_label(role.value, "StaffRole"), role.value)
        self.message = problem_label(self.tr("Problem with the office details"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Office name:"), self.office)
        form.addRow(self.tr("&Your name:"), self.person)
        form.addRow(self.tr("Your &role:"), self.role)
        form.addRow(self.message)
        self.setTabOrder(self.office, self.person)
        self.setTabOrder(self.person, self.role)
        for edit in (self.office, self.person):
            edit.textChanged.connect(self.completeChanged)

    def staff(self) -> dict[str, str]:
        return {"name": self.person.text().strip(), "role": str(self.role.currentData())}

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.office.text().strip() and self.person.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        try:
            records.clean(records.spec_for("staff"), self.staff())
        except QuashError as exc:
            show_problem(self.message, plain_error(exc, "staff"))
            return False
        show_problem(self.message, "")
        return True


# ---- create: the passphrase, then the vault is made ------------------------------------------


class PassphrasePage(WizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose the passphrase"))
        self.setSubTitle(
            self.tr(
                "Yours alone: the others in the office get passphrases of their own when you "
                "add them. Quash cannot reset it. A few unrelated words are easy to remember "
                "and hard to guess."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self.words = [
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ]
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.show_text = QCheckBox(self.tr("&Show the passphrase"))
        self.show_text.setAccessibleName(self.tr("Show the passphrase"))
        self.show_text.toggled.connect(self._show)
        self.meter = QProgressBar()
        self.meter.setRange(0, 5)  # score 0-4, drawn one step up so "very weak" shows
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter.setMaximumHeight(12)
        self.strength_words = QLabel()
        widest = max(self.strength_words.fontMetrics().horizontalAdvance(w) for w in self.words)
        self.strength_words.setMinimumWidth(widest + 4)  # the bar keeps its length as words change
        self.strength_words.setAccessibleName(self.tr("Passphrase strength in words"))
        self.feedback = note_label("")
        self.feedback.setAccessibleName(self.tr("How to make the passphrase stronger"))
        self.message = problem_label(self.tr("Problem with the passphrase"))
        self.progress = busy_bar(self.tr("Creating the vault"))
        self.status = note_label(
            self.tr(
                "Creating the vault… Quash is tuning the passphrase check to this computer "
                "so that guessing it is slow. This takes a few seconds."
            )
        )
        self.status.hide()

        # Kept: the restore's page asks for a name above the same rows (gui/wizard/restore.py).
        self.form = form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.confirm)
        form.addRow("", self.show_text)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength_words)
        form.addRow(self.tr("Strength:"), meter_row)
        form.addRow("", self.feedback)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        self.setTabOrder(self.passphrase, self.confirm)
        self.setTabOrder(self.confirm, self.show_text)

        self.strength = Strength(0, "", ())
        self.passphrase.textChanged.connect(self._measure)
        self.confirm.textChanged.connect(self._edited)
        self._measure()

    def hints(self) -> list[str]:
        office = self.quash().office_page if self.wizard() else None
        location = self.quash().location_page if self.wizard() else None
        hints = ["quash", "vault", "passphrase", "password"]
        if office is not None:
            hints += [office.office.text(), office.person.text()]
            hints += office.office.text().split() + office.person.text().split()
        if location is not None:
            hints.append(location.chosen().name)
        return hints

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _edited(self) -> None:
        show_problem(self.message, "")
        self.feedback.show()
        self.completeChanged.emit()

    def _measure(self) -> None:
        text = self.passphrase.text()
        self.strength = measure(text, self.hints()) if text else Strength(0, "", ())
        score = self.strength.score if text else 0
        self.meter.setValue(score + 1 if text else 0)
        colour = ("#b42318", "#b42318", "#b54708", "#2e7d32", "#1b5e20")[score]
        palette = self.meter.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(colour))
        self.meter.setPalette(palette)
        words = self.words[score] if text else ""
        self.strength_words.setText(words)
        self.meter.setAccessibleDescription(words)
        self.feedback.setText(
            advice(self.strength.warning, self.strength.suggestions) if text else ""
        )
        self._edited()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.quash_busy():
            return False
        return bool(self.passphrase.text() and self.confirm.text())

    def quash_busy(self) -> bool:
        return bool(self.wizard()) and self.quash().busy

    def problem(self) -> str:
        text = self.passphrase.text()
        if len(text) < MIN_PASSPHRASE_LENGTH:
            return self.tr(
                "The passphrase is too short: use at least %1 characters "
                "(a few unrelated words work well)."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
        strength = measure(text, self.hints())
        if strength.score < MIN_SCORE:
            reason = advice(strength.warning, strength.suggestions)
            return (
                self.tr("This passphrase would be too easy to guess.")
                + " "
                + (reason or self.tr("Add another word or two. Uncommon words are better."))
            )
        if text != self.confirm.text():
            return self.tr("The two passphrases are not the same. Type them again.")
        return ""

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.quash()
        if wizard.vault is not None:
            return True  # made: on to the recovery key
        if wizard.busy:
            return False
        problem = self.problem()
        show_problem(self.message, problem)
        self.feedback.setVisible(not problem)  # the problem already gives zxcvbn's reason
        if problem:
            return False
        wizard.make_vault(self.passphrase.text())
        return False  # the wizard moves on when the vault is made

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.confirm, self.show_text):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status.setVisible(busy)
        self.completeChanged.emit()

    def forget_passphrase(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
