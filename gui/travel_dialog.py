"""Travel mode, before crossing a border: the dialog says what will happen before anything does,
takes the USB stick and the backup passphrase (twice), runs services.travel off the GUI thread
with progress and Cancel, and ends by saying what was removed, what is left on this computer and
how to restore. `run_travel_mode(parent, ctx)` is the one way in; when it returns True the
vault is gone from this computer and the caller leaves it (there is nothing left to show)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.amounts import data_size, record_counts, volume_text
from gui.context import AppContext
from gui.errors import plain_error
from gui.fitting import fit_to_screen, narrow_combo
from gui.pages.backup_dialogs import (
    ERROR_STYLE,
    OK_STYLE,
    passphrase_too_short,
    password_field,
    say,
    show_progress,
)
from gui.progress import progress_text
from gui.tasks import TaskHandle
from models.errors import QuashError
from reports import font_files
from services import backups, travel
from services.backups import Argon2Params
from services.session import VaultLockedError

WIDTH = 660  # wide enough for a stick's name and free space; the text wraps


def _escaped(text: str) -> str:
    """Plain text (a path may hold & or <) made safe inside rich text."""
    return html.escape(text, quote=False)


def _paragraph(text: str, style: str = "") -> str:
    return f'<p style="{style}">{text}</p>' if style else f"<p>{text}</p>"


class TravelDialog(QDialog):
    """Shown before anything happens; the safe button (Cancel) is the default, so a stray Enter
    never removes anything."""

    finished_work = Signal(bool)  # True: the vault is off this computer and the summary shows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kdf_params: Argon2Params | None = None  # None: calibrated on this computer
        self.task: TaskHandle | None = None
        self.summary: travel.TravelSummary | None = None
        self._past_return = False  # the removal has begun: Cancel can no longer stop it
        self._close_when_stopped = False  # closed while working: close once the work stops
        self.setObjectName("travelDialog")
        self.setWindowTitle(self.tr("Travel mode"))
        layout = self.layout_ = QVBoxLayout(self)

        self.plan = QLabel(self._plan())
        self.plan.setObjectName("travelPlan")
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        self.plan.setWordWrap(True)
        layout.addWidget(self.plan)

        self.choices = QWidget()
        form = QFormLayout(self.choices)
        form.setContentsMargins(0, 0, 0, 0)
        self.targets = narrow_combo(QComboBox(), 40)
        self.targets.setAccessibleName(self.tr("Where to write the backup"))
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.setAutoDefault(False)
        where = QHBoxLayout()
        where.addWidget(self.targets, 1)
        where.addWidget(self.choose_button)
        form.addRow(self.tr("USB stick:"), where)
        self.disk_warning = QLabel()
        self.disk_warning.setObjectName("travelDiskWarning")
        self.disk_warning.setWordWrap(True)
        self.disk_warning.hide()
        form.addRow("", self.disk_warning)
        self.passphrase = password_field(self.tr("at least 10 characters; a few unrelated words"))
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.confirm = password_field(self.tr("the same again"))
        self.confirm.setAccessibleName(self.tr("Backup passphrase again"))
        form.addRow(self.tr("Backup passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.confirm)
        layout.addWidget(self.choices)

        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("travelStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("travelSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summary_label.hide()
        layout.addWidget(self.summary_label)
        layout.addStretch(1)

        # The destructive button is never the default, not even when it has the focus.
        self.go_button = QPushButton(self.tr("Back up, then remove from this computer"))
        self.go_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.go_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self.choose_folder)
        self.targets.currentIndexChanged.connect(self._show_disk_warning)
        self.go_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.close_button.clicked.connect(self.accept)
        self.refresh_targets()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_screen(self, WIDTH, self.sizeHint().height())

    # -- before anything happens

    def _plan(self) -> str:
        steps = (
            self.tr(
                "It writes a new encrypted backup of the whole vault to the USB stick you "
                "choose, under a backup passphrase."
            ),
            self.tr(
                "It reads that backup back from the stick, in full, with the passphrase, and "
                "checks that it would restore."
            ),
            self.tr(
                "Only then it removes the vault from this computer (its database, its key file "
                "and its log) and this computer's keychain entry for it, and closes the vault."
            ),
        )
        items = "".join(f"<li>{step}</li>" for step in steps)
        return (
            _paragraph(
                self.tr(
                    "<b>Before you cross a border</b>, travel mode takes the case file off "
                    "this computer:"
                )
            )
            + f"<ol>{items}</ol>"
            + _paragraph(
                self.tr(
                    "If anything goes wrong before the last step (the stick is pulled out or "
                    "full, the backup does not read back, or you cancel), nothing is removed "
                    "and the vault stays as it is."
                )
            )
            + _paragraph(
                self.tr(
                    "Carry the stick apart from the laptop, and keep the backup passphrase in "
                    "your head, not on either: without it nobody, not even you, can restore "
                    "the case file."
                )
            )
        )

    def refresh_targets(self) -> None:
        self.targets.clear()
        found = sorted(backups.targets(), key=lambda volume: not volume.removable)
        for volume in found:
            self.targets.addItem(volume_text(volume), str(volume.path))
        if not found:
            self.targets.addItem(
                self.tr("No removable drive found: plug in a stick, or choose a folder"), None
            )
        self._show_disk_warning()

    def selected_target(self) -> Path | None:
        data = self.targets.currentData()
        return Path(data) if isinstance(data, str) and data else None

    def choose_folder(self) -> None:
        start = str(self.selected_target() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Back up to which folder?"), start)
        if not chosen:
            return
        folder = Path(chosen)
        index = self.targets.findData(str(folder))
        if index < 0:
            placeholder = self.targets.findData(None)
            if placeholder >= 0:
                self.targets.removeItem(placeholder)
            try:
                text = self.tr("Folder {0} — {1} free").format(
                    folder, data_size(backups.folder_free_bytes(folder))
                )
            except OSError:
                text = self.tr("Folder {0}").format(folder)
            self.targets.addItem(text, str(folder))
            index = self.targets.findData(str(folder))
        self.targets.setCurrentIndex(index)

    def _show_disk_warning(self) -> None:
        target, vault_folder = self.selected_target(), self.ctx.folder
        if (
            target is not None
            and vault_folder is not None
            and travel.on_the_same_disk(target, vault_folder)
        ):
            say(
                self.disk_warning,
                self.tr(
                    "This folder is on the same disk as the vault, so the backup would stay on "
                    "this computer. Choose a USB stick to carry apart from the laptop."
                ),
                ERROR_STYLE,
            )
            self.disk_warning.show()
        else:
            self.disk_warning.hide()

    def _refuse(self, message: str) -> None:
        say(self.status, message, ERROR_STYLE)

    # -- the work

    def start(self) -> None:
        if self.task is not None or self.summary is not None:
            return
        session = self.ctx.session
        if session is None or session.is_locked:
            self._refuse(plain_error(VaultLockedError()))
            return
        if any(editor.has_unsaved_changes() for editor in self.ctx.open_editors()):
            self._refuse(
                self.tr(
                    "An editor has unsaved changes. Save or close it first, so that they are "
                    "in the backup."
                )
            )
            return
        target = self.selected_target()
        if target is None:
            self._refuse(self.tr("Choose the USB stick (or a folder) to write the backup to."))
            return
        passphrase = self.passphrase.text()
        if passphrase != self.confirm.text():
            self._refuse(self.tr("The two passphrases differ; type the same one twice."))
            self.confirm.setFocus(Qt.FocusReason.OtherFocusReason)
            self.confirm.selectAll()
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
        params = self.kdf_params

        def op(task: Any) -> travel.TravelSummary:
            return travel.leave_this_computer(session, target, passphrase, params=params, task=task)

        self._set_busy(True)
        say(self.status, self.tr("Starting…"))
        self.task = self.ctx.runner.run(
            op,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.targets, self.choose_button, self.passphrase, self.confirm):
            widget.setEnabled(not busy)
        self.go_button.setEnabled(not busy)

    def _progressed(self, done: int, total: int, text: str) -> None:
        show_progress(self.progress, self.status, done, total, text)
        if text == progress_text(travel.REMOVING):
            self._past_return = True
            self.cancel_button.setEnabled(False)

    def _stopped(self) -> None:
        self.task = None
        self.progress.hide()
        self._set_busy(False)
        self.cancel_button.setEnabled(True)
        if self._close_when_stopped:
            super().reject()

    def _failed(self, message: str) -> None:
        if self._past_return:
            outcome = self.tr(
                "The backup on the stick was verified; the vault on this computer is locked "
                "and may be partly removed."
            )
        else:
            outcome = self.tr("Nothing was removed: the vault on this computer is as it was.")
        self._stopped()
        self._refuse(f"{message} {outcome}")
        self.finished_work.emit(False)

    def _cancelled(self) -> None:
        self._stopped()
        say(
            self.status,
            self.tr("Canceled. Nothing was removed: the vault on this computer is as it was."),
        )
        self.finished_work.emit(False)

    def _cancel_clicked(self) -> None:
        """Cancel stops the work and stays to say what became of it; with no work, closes."""
        if self.task is None:
            self.reject()
        else:
            self._stop_work()

    def _stop_work(self) -> bool:
        """Ask the work to stop; False once the removal has begun, which nothing stops."""
        if self.task is None or self._past_return:
            return False
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        say(self.status, self.tr("Canceling…"))
        return True

    def reject(self) -> None:
        """Escape, the window's close button, or the vault locking: while the work runs it is
        stopped and the dialog closes once it has; once the removal has begun, it stays."""
        if self.task is not None:
            self._close_when_stopped = self._stop_work()
            return
        super().reject()

    # -- the end

    def _done(self, summary: travel.TravelSummary) -> None:
        self.summary = summary
        self.task = None
        self._close_when_stopped = False
        self.passphrase.clear()
        self.confirm.clear()
        for widget in (self.plan, self.choices, self.progress, self.status):
            widget.hide()
        for button in (self.go_button, self.cancel_button):
            button.hide()
        self.summary_label.setText(self.summary_text(summary))
        self.summary_label.show()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._grow_to_fit()
        self.ctx.locked.emit()  # the views let go of what they showed: there is no vault now
        self.finished_work.emit(True)

    def _grow_to_fit(self) -> None:
        self.layout_.activate()
        height = self.layout_.totalHeightForWidth(self.width())
        fit_to_screen(self, max(WIDTH, self.width()), max(height, self.sizeHint().height()))

    def summary_text(self, summary: travel.TravelSummary) -> str:
        """What was removed, what is left and how to restore, in the reader's language."""
        parts: list[str] = []
        if summary.case_file_removed:
            headline, style = self.tr("The case file is off this computer."), OK_STYLE
        else:
            headline = self.tr(
                "The backup is verified, but some of the vault's files could not be removed."
            )
            style = ERROR_STYLE
        parts.append(_paragraph(f"<b>{_escaped(headline)}</b>", style))
        held = record_counts(summary.info.counts, skip_empty=True) or self.tr("no records")
        parts.append(
            _paragraph(
                _escaped(
                    self.tr(
                        "On the stick: {0} ({1}), holding {2}. It was written, then read back in "
                        "full with its passphrase."
                    ).format(summary.backup, data_size(summary.info.file_bytes), held)
                )
            )
        )
        if summary.audit_problems:
            parts.append(
                _paragraph(
                    _escaped(
                        self.tr("The audit log, as it was in the vault, is not intact: {0}").format(
                            "; ".join(summary.audit_problems)
                        )
                    ),
                    ERROR_STYLE,
                )
            )
        removed = self.tr("Removed from this computer: {0} in {1}.").format(
            ", ".join(summary.removed), summary.folder
        )
        if summary.folder_removed:
            removed += " " + self.tr("The folder itself is gone too.")
        parts.append(_paragraph(_escaped(removed + " " + self._keychain(summary.keychain))))
        for problem in summary.not_removed:
            parts.append(
                _paragraph(
                    _escaped(
                        self.tr(
                            "Could not remove {0} ({1}): delete it by hand before you travel."
                        ).format(problem.name, problem.reason)
                    ),
                    ERROR_STYLE,
                )
            )
        left = self.tr(
            "Quash itself stays installed, with its settings for this computer (the interface "
            "language, reminder times and the paths of vault folders opened here) and the report "
            "fonts in {0}. None of them holds case data."
        ).format(font_files.cache_folder())
        if summary.case_file_removed:
            left = self.tr("Left on this computer: nothing of the case file.") + " " + left
        parts.append(_paragraph(_escaped(left)))
        if summary.others_left:
            parts.append(
                _paragraph(
                    _escaped(
                        self.tr(
                            "The folder also holds files that are not the vault's; they were "
                            "left as they were: {0}."
                        ).format(", ".join(summary.others_left))
                    )
                )
            )
        for warning in self._warnings(summary):
            parts.append(_paragraph(_escaped(warning), ERROR_STYLE))
        parts.append(
            _paragraph(
                _escaped(
                    self.tr(
                        "Each file was overwritten before it was removed, but SSDs and journaling "
                        "file systems may keep old blocks. What protects them is that the "
                        "database is encrypted and its key file is gone."
                    )
                )
            )
        )
        restore = self.tr(
            "To restore after the trip, plug in the stick and run {0} (it asks for the backup "
            "passphrase, then a new passphrase for the restored vault, and shows its new "
            "recovery key). Or start Quash and choose Restore a backup, which it offers when it "
            "finds no vault to open."
        )
        parts.append(
            _paragraph(
                _escaped(restore).replace(
                    "{0}", f"<code>{_escaped(summary.restore_command)}</code>"
                )
            )
        )
        return "".join(parts)

    def _keychain(self, state: str) -> str:
        if state == travel.KEYCHAIN_REMOVED:
            return self.tr("This computer's keychain no longer holds a key to the vault.")
        if state == travel.KEYCHAIN_NOT_REMEMBERED:
            return self.tr("The vault was not remembered in this computer's keychain.")
        if state == travel.KEYCHAIN_UNREACHABLE:
            return self.tr(
                "This computer's keychain could not be reached; a key it may still hold for the "
                "vault opens nothing without the key file, which is gone."
            )
        return self.tr(
            "The keychain may still hold keys other people saved for this vault; they open "
            "nothing without the key file, which is gone."
        )

    def _warnings(self, summary: travel.TravelSummary) -> list[str]:
        out = []
        if summary.backup_on_this_disk:
            out.append(
                self.tr(
                    "The backup itself is on this computer's disk, not on a separate stick: copy "
                    "it to a stick and delete it here, or it travels with the laptop."
                )
            )
        for other in summary.other_vaults:
            out.append(
                self.tr(
                    "An older vault that a restore set aside is still at {0}: remove it too "
                    "before you travel."
                ).format(other)
            )
        if summary.outputs_written:
            out.append(
                self.tr(
                    "%n report(s) or export(s) (was|were) saved from this vault. Quash does "
                    "not know where they are now and did not remove them: delete any left on "
                    "this computer.",
                    "",
                    summary.outputs_written,
                )
            )
        return out


def run_travel_mode(parent: QWidget | None, ctx: AppContext) -> bool:
    """Travel mode, from the menu. True when the vault was removed from this computer: the
    caller then leaves it (closes the main window to the start screen), since there is no vault
    to show any more. False when nothing was removed."""
    dialog = TravelDialog(ctx, parent)
    try:
        dialog.exec()
        return dialog.summary is not None
    finally:
        dialog.deleteLater()
