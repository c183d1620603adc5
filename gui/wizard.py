"""The first-run wizard: create a vault (where, for which office, by whom, under which
passphrase), show its recovery key once, or open an existing vault or the demo vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from zxcvbn import zxcvbn

from gui.errors import plain_error, stored_text
from gui.i18n import current_language
from gui.messages import confirm
from gui.passphrase_advice import advice
from gui.tasks import TaskRunner
from gui.unlock import busy_bar, fixed_font, problem_label, show_problem
from gui.vocabulary import choice_label
from models.entities import SHORT
from models.enums import StaffRole
from models.errors import QuashError
from reports.recovery_sheet import write_recovery_sheet
from services import records, vaults
from services.vaults import MIN_PASSPHRASE_LENGTH, keyring_available

if TYPE_CHECKING:
    from services.vaults import Argon2Params, Vault

# The demo vault holds only public facts and fictional people, so its passphrase is published
# (on screen and in the README) and anyone may open it.
DEMO_PASSPHRASE = "demo vault passphrase"
DEMO_OFFICE = "Demo Legal Aid Office"
DEMO_ACTOR = "Demo user"
DEMO_FOLDER_NAME = "demo-vault"
VAULT_FOLDER_NAME = "vault"
SHEET_NAME = "quash-recovery-sheet.pdf"
MIN_SCORE = 3  # zxcvbn's "safely unguessable" (about 10^10 guesses)
ZXCVBN_MAX = 72  # zxcvbn refuses longer input; the first 72 characters are measured


class Page(IntEnum):
    CHOICE = 0
    LOCATION = 1
    OFFICE = 2
    PASSPHRASE = 3
    RECOVERY = 4
    DEMO = 5
    OPEN = 6


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Quash"))


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


def last_group(recovery_key: str) -> str:
    return recovery_key.rsplit("-", 1)[-1].upper()


def normalised_group(text: str) -> str:
    """What a typed group means, forgiving case, dashes, spaces and O/0, I/L/1 as the key
    parser does."""
    cleaned = text.upper().replace("-", "").replace(" ", "").strip()
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1")


def folder_state(folder: Path) -> str:
    """ "absent", "empty", "vault", "file", "full" or "unreadable"."""
    try:
        if not folder.exists():
            return "absent"
        if not folder.is_dir():
            return "file"
        if vaults.holds_vault(folder):
            return "vault"
        return "full" if any(folder.iterdir()) else "empty"
    except OSError:
        return "unreadable"


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


@dataclass(frozen=True)
class _Created:
    vault: Vault
    recovery_key: str
    created: dt.datetime


class _BusyPage(Protocol):
    def set_busy(self, busy: bool) -> None: ...


class _WizardPage(QWizardPage):
    def quash(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard


# ---- first page: what to do ------------------------------------------------------------------


class ChoicePage(_WizardPage):
    CREATE, OPEN, DEMO = "created", "open", "demo"

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
                self.demo_vault,
                self.DEMO,
                self.tr("Open the demo vault"),
                self.tr("Public unmasking cases and fictional clients, to try Quash out."),
            ),
        ):
            button.setAccessibleName(accessible)
            button.setProperty("kind", kind)
            self.group.addButton(button)
            note = _note(text)
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
        return {self.CREATE: Page.LOCATION, self.OPEN: Page.OPEN, self.DEMO: Page.DEMO}[self.choice]


# ---- open: which folder ----------------------------------------------------------------------


class OpenPage(_WizardPage):
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


# ---- create: where ---------------------------------------------------------------------------


class LocationPage(_WizardPage):
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
        self.hint = _note("")
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


class OfficePage(_WizardPage):
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


class PassphrasePage(_WizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose the passphrase"))
        self.setSubTitle(
            self.tr(
                "Everyone in the office unlocks the vault with it. Quash cannot reset it. "
                "A few unrelated words are easy to remember and hard to guess."
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
        self.feedback = _note("")
        self.feedback.setAccessibleName(self.tr("How to make the passphrase stronger"))
        self.message = problem_label(self.tr("Problem with the passphrase"))
        self.progress = busy_bar(self.tr("Creating the vault"))
        self.status = _note(
            self.tr(
                "Creating the vault… Quash is tuning the passphrase check to this computer "
                "so that guessing it is slow. This takes a few seconds."
            )
        )
        self.status.hide()

        form = QFormLayout()
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


# ---- create: the recovery key, once ----------------------------------------------------------


class RecoveryPage(_WizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Write down the recovery key"))
        self.setSubTitle(
            self.tr(
                "It opens the vault if the passphrase is forgotten. Quash shows it only now "
                "and can never show it again. Anyone who has it can open the vault."
            )
        )
        self.key = QLabel()
        self.key.setFont(fixed_font(1.7, bold=True))
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setFrameShape(QFrame.Shape.StyledPanel)
        self.key.setMargin(10)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"))
        self.print_button.setAccessibleName(self.tr("Save the recovery sheet to print"))
        self.print_button.clicked.connect(self._save_sheet)
        self.sheet_status = _note("")
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
        self.remember_note = _note(
            self.tr(
                "Anyone who can log in as you on this computer can open the vault without "
                "the passphrase."
            )
        )
        self.remember_note.setContentsMargins(24, 0, 0, 0)
        self.message = problem_label(self.tr("Problem finishing"))
        self.progress = busy_bar(self.tr("Working"))

        layout = QVBoxLayout(self)
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
        available, why = keyring_available()
        self.remember.setEnabled(available)
        if not available:
            self.remember.setChecked(False)
            self.remember_note.setText(stored_text(why))
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
        assert wizard.vault is not None and wizard.folder is not None
        office = wizard.office_page.office.text().strip()
        folder, vault_id, key = str(wizard.folder), wizard.vault.vault_id, wizard.recovery_key
        created = wizard.created_at or dt.datetime.now().astimezone()
        language = current_language()  # the sheet is read by the person using the wizard

        def op(_task: object) -> Path:
            write_recovery_sheet(
                path,
                office_name=office,
                vault_folder=folder,
                vault_id=vault_id,
                recovery_key=key,
                created=created,
                language=language,
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

        show_problem(self.sheet_problem, "")
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
            self.remember.setEnabled(keyring_available()[0])
        self.progress.setVisible(busy)
        self.completeChanged.emit()

    def forget_key(self) -> None:
        self.key.clear()
        self.typed.clear()


# ---- the demo vault --------------------------------------------------------------------------


class DemoPage(_WizardPage):
    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The demo vault"))
        self.setSubTitle(
            self.tr(
                "Public unmasking cases (agencies, platforms and courts named in press "
                "reports) with fictional clients. Never put real case files in it."
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open demo vault"))
        self.folder = folder
        intro = _note(
            self.tr(
                "Its passphrase is printed here on purpose, so anyone can open the demo. "
                "You will need it if Quash locks the demo vault:"
            )
        )
        passphrase = QLabel(DEMO_PASSPHRASE)
        passphrase.setFont(fixed_font(1.3, bold=True))
        passphrase.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        passphrase.setAccessibleName(self.tr("Demo vault passphrase"))
        where = _note(self.tr("Folder: %1").replace("%1", str(folder)))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setAccessibleName(self.tr("Demo vault folder"))
        self.message = problem_label(self.tr("Problem opening the demo vault"))
        self.progress = busy_bar(self.tr("Opening the demo vault"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(passphrase)
        layout.addSpacing(8)
        layout.addWidget(where)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.progress)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not (self.wizard() and self.quash().busy)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.quash()
        if wizard.vault is not None:
            return True
        if not wizard.busy:
            show_problem(self.message, "")
            wizard.open_demo()
        return False

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.completeChanged.emit()


# ---- the wizard ------------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    """Create a vault, or say which to open. After `exec()` returns Accepted, `kind` is
    "created", "open" or "demo"; `folder` is the vault's folder; for "created" and "demo"
    `vault` is unlocked and `actor` is who works in it. For "open" the caller unlocks it."""

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
        self.busy = False

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
        self.setPage(Page.CHOICE, self.choice_page)
        self.setPage(Page.LOCATION, self.location_page)
        self.setPage(Page.OFFICE, self.office_page)
        self.setPage(Page.PASSPHRASE, self.passphrase_page)
        self.setPage(Page.RECOVERY, self.recovery_page)
        self.setPage(Page.DEMO, self.demo_page)
        self.setPage(Page.OPEN, self.open_page)
        self.setStartId(Page.CHOICE)

    # -- background work; none of these ops touches a widget

    def run_busy(
        self,
        op: Callable[[object], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        page: _BusyPage,
    ) -> None:
        """Run `op` off the GUI thread while `page` shows it is busy and nobody can leave."""
        self._set_busy(True, page)

        def finish(result: Any) -> None:
            self._set_busy(False, page)
            done(result)

        def fail(message: str) -> None:
            self._set_busy(False, page)
            failed(message)

        self.runner.run(op, finish, fail)

    def _set_busy(self, busy: bool, page: _BusyPage) -> None:
        self.busy = busy
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
            return  # a vault is being made or opened: wait, so none is left unlocked and unheld
        if result == QDialog.DialogCode.Accepted:
            if not self.validateCurrentPage():
                return
            current = self.currentId()
            if current == Page.RECOVERY:
                self.kind = ChoicePage.CREATE
            elif current == Page.DEMO:
                self.kind = ChoicePage.DEMO
            self._forget_key()
            QDialog.done(self, result)  # QWizard.done would validate the page a second time
            return
        if self.vault is not None:
            if (
                self.isVisible()
                and self.currentId() == Page.RECOVERY
                and not confirm(
                    self,
                    self.tr(
                        "The vault has been made, but its recovery key will not be shown again. "
                        "Close without it? The vault still opens with the passphrase."
                    ),
                )
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
