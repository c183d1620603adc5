"""New subpoena from a document: read a PDF, a scan or a platform's notice email off the GUI
thread, show each field the reader suggests beside the words it came from and how sure it is,
and save only what a person has checked, with the document attached, in one unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.editors.fields import (
    ERROR_STYLE,
    FIELD_ERROR_STYLE,
    EnumInput,
    FieldInput,
    MultilineInput,
    make_input,
)
from gui.editors.labels import record_label
from gui.errors import plain_error
from gui.fitting import fit_to_screen, narrow_combo
from gui.tasks import TaskContext, TaskHandle
from gui.vocabulary import choice_label, field_label
from models.errors import QuashError, ValidationError
from services import docketing, documents, intake, records
from services.docketing import NoticeDeadline
from services.records import SPECS, Field

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

KIND = "subpoenas"
# The fields a subpoena's own document can fill, in the order a paralegal reads the paper.
PROCESS_FIELDS = (
    "kind",
    "issuer",
    "issuing_officer",
    "recipient",
    "authority",
    "stated_purpose",
    "issued",
    "compliance_date",
    "requested",
    "gag_order",
)
# A platform's notice says when the user was told and how long they have to act; the process
# fields below them are needed only when the notice starts a new subpoena.
NOTICE_FIELDS = ("user_notified", "response_window_days")
NOTICE_PROCESS_FIELDS = ("kind", "issuer", "recipient")
FILE_TYPES = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml"
SURENESS_STYLE = {
    "high": "color: #1b5e20; font-weight: bold;",
    "medium": "color: #8a5300; font-weight: bold;",
    "low": "color: #b00020; font-weight: bold;",
}
SOURCE_SHOWN = 160  # characters of the source words shown; the whole sentence is the tooltip
NEW_SUBPOENA = 0
# The reading's first word to the GUI thread when the document is a picture: every page is OCR'd.
# (The reader's own progress does not say which pages of a PDF it OCRs.)
EVERY_PAGE_OCR = "ocr-every-page"  # the target combo's data for "a new subpoena"


@dataclass(frozen=True)
class Read:
    """What the background read hands back: the bytes (kept in memory only) and what the
    intake reader suggests."""

    content: bytes
    found: intake.Suggestions


@dataclass(frozen=True)
class Named:
    """An account the document names, and the vault's account it matches (None: not in the
    vault yet)."""

    handle: intake.Handle
    account_id: int | None
    account_label: str


class _PageCounter:
    """The intake reader's task: each page it starts is passed on as (pages done, pages), and a
    Cancel stops it between pages."""

    def __init__(self, task: TaskContext):
        self._task = task

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._task.progress(done, total, "")

    def check(self) -> None:
        self._task.check()


class _YesNoInput(FieldInput):
    """A gag order: yes or no, said in words rather than a lone box."""

    def __init__(self, field: Field, label: str):
        super().__init__(field, label)
        self.combo = QComboBox()
        self.combo.addItem(QCoreApplication.translate("IntakeDialog", "No"), False)
        self.combo.addItem(QCoreApplication.translate("IntakeDialog", "Yes"), True)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.widget = self.focus = self.combo
        self._name_it()

    def state(self) -> bool:
        return bool(self.combo.currentData())

    def set_state(self, state: Any) -> None:
        self.combo.setCurrentIndex(1 if state else 0)

    def connect(self, slot: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _index: slot())


class _Row:
    """One field under review: its input, the words it came from, how sure the reader is, the
    person's "Checked" tick and room for the problem the service finds with it."""

    def __init__(self, name: str, field_input: FieldInput, suggestion: intake.Suggestion | None):
        self.name = name
        self.input = field_input
        self.suggestion = suggestion
        self.label = QLabel(field_input.label + (" *" if field_input.field.required else ""))
        self.label.setBuddy(field_input.focus)
        self.source = QLabel()
        self.source.setObjectName(f"source_{name}")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.sureness = QLabel()
        self.sureness.setObjectName(f"sure_{name}")
        self.checked = QCheckBox(QCoreApplication.translate("IntakeDialog", "Checked"))
        self.checked.setObjectName(f"checked_{name}")
        self.checked.setAccessibleName(
            QCoreApplication.translate("IntakeDialog", "{0} checked against the document").format(
                field_input.label
            )
        )
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setStyleSheet(FIELD_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.widgets: tuple[QWidget, ...] = (
            self.label,
            field_input.widget,
            self.source,
            self.sureness,
            self.checked,
            self.error,
        )

    @property
    def suggested(self) -> bool:
        return self.suggestion is not None

    def set_visible(self, visible: bool) -> None:
        for widget in self.widgets:
            widget.setVisible(visible and (widget is not self.error or bool(self.error.text())))


class IntakeDialog(QDialog):
    """Step 1: choose the document and read it (progress, Cancel). Step 2: review and save."""

    def __init__(self, ctx: AppContext, matter_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.matter_id = matter_id
        # Replaceable, so tests (and a drop of a file) never open the native file dialog.
        self.choose_file: Callable[[], Path | None] = self._ask_for_file
        self.task: TaskHandle | None = None
        self.path: Path | None = None
        self.read_result: Read | None = None
        self.rows: dict[str, _Row] = {}
        self.named: list[tuple[Named, QCheckBox]] = []
        self.handles_checked: QCheckBox | None = None
        self.saved_subpoena_id: int | None = None
        # What saving did to the notice's deadline (docketed, recounted…), for whoever opened us.
        self.notice_deadline: NoticeDeadline | None = None
        self._close_when_stopped = False
        self.pictures = False  # every page is OCR'd (a PNG, JPEG or TIFF)
        self.notice = False  # a platform's notice email, not the process itself
        self.setWindowTitle(self.tr("New subpoena from a document"))
        self.setObjectName("intakeDialog")

        layout = QVBoxLayout(self)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._reading_step())
        self.steps.addWidget(self._review_step())
        layout.addWidget(self.steps, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save subpoena"))
        self.save_button.setObjectName("intakeSave")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.save_button.hide()
        buttons.addWidget(self.save_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("intakeCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        fit_to_screen(self, 640, 300)

    # ---- step 1: the document and its reading -------------------------------------------------

    def _reading_step(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Choose the subpoena or summons (PDF, or a scan as PNG, JPEG or TIFF), or the "
                "platform's notice email (.eml). Quash reads it on this computer and suggests "
                "the fields; you check each one before anything is saved."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose a document…"))
        self.choose_button.setObjectName("intakeChoose")
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        column.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setObjectName("intakeProgress")
        self.progress.setAccessibleName(self.tr("Reading the document"))
        self.progress.hide()
        column.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("intakeStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.status)
        column.addStretch(1)
        return page

    def _ask_for_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the subpoena or notice"),
            "",
            self.tr("Documents ({0});;All files (*)").format(FILE_TYPES),
        )
        return Path(chosen) if chosen else None

    def choose(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.read_from(path)

    def read_from(self, path: Path) -> None:
        """Read `path` in the background: refused by its size first, then page by page."""
        if self.task is not None:
            return
        self._say("")
        try:
            intake.check_size(path.stat().st_size)
        except QuashError as exc:
            self._refuse(exc)
            return
        except OSError:
            pass  # read_file says why it cannot be read, in the reader's words
        self.path = path
        self.pictures = False

        def op(task: TaskContext) -> Read:
            content = intake.read_file(path)
            if intake.sniff(content) == "image":
                task.progress(0, 0, EVERY_PAGE_OCR)  # said before the first page is read
            found = intake.suggest(intake.read_document(content, task=_PageCounter(task)))
            return Read(content, found)

        self.choose_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(self.tr("Opening {0}…").format(path.name))
        self.task = self.ctx.runner.run(
            op,
            on_done=self._read,
            on_failure=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )

    def _progressed(self, done: int, total: int, text: str) -> None:
        if text == EVERY_PAGE_OCR:
            self.pictures = True
            return
        if total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done >= total:
            self._say(self.tr("Finding the fields…"))
        elif self.pictures:
            self._say(self.tr("Reading page {0} of {1} (OCR)…").format(done + 1, total))
        else:
            self._say(self.tr("Reading page {0} of {1}…").format(done + 1, total))

    def _stopped(self) -> None:
        self.task = None
        self.progress.hide()
        self.choose_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        if self._close_when_stopped:
            super().reject()

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        self._refuse(exc)

    def _cancelled(self) -> None:
        self._stopped()
        self._say(self.tr("Canceled: nothing was saved."))

    def _refuse(self, exc: BaseException) -> None:
        self._say(plain_error(exc), ERROR_STYLE)

    def _say(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _cancel_clicked(self) -> None:
        """Cancel stops a reading between pages and stays to say so; otherwise it closes."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Canceling…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Escape or the close button while reading: stop, then close once stopped."""
        if self.task is not None:
            self._close_when_stopped = True
            self.task.cancel()
            return
        self.read_result = None  # the bytes go with the dialog
        super().reject()

    # ---- step 2: review -----------------------------------------------------------------------

    def _review_step(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("intakeSummary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.target_row = QWidget()
        target_layout = QHBoxLayout(self.target_row)
        target_layout.setContentsMargins(0, 0, 0, 0)
        self.target = narrow_combo(QComboBox(), 40)
        self.target.setObjectName("intakeTarget")
        target_label = QLabel(self.tr("Put the notice's date and &window on:"))
        target_label.setBuddy(self.target)
        target_layout.addWidget(target_label)
        target_layout.addWidget(self.target)
        target_layout.addStretch(1)
        self.target.currentIndexChanged.connect(lambda _index: self._target_changed())
        column.addWidget(self.target_row)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_page = QWidget()
        self.grid = QGridLayout(self.fields_page)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 4)
        self.grid.setHorizontalSpacing(12)
        self.scroller.setWidget(self.fields_page)
        column.addWidget(self.scroller, 1)
        self.save_problem = QLabel()
        self.save_problem.setObjectName("intakeSaveProblem")
        self.save_problem.setWordWrap(True)
        self.save_problem.setStyleSheet(ERROR_STYLE)
        self.save_problem.hide()
        column.addWidget(self.save_problem)
        return page

    def _read(self, result: Read) -> None:
        self._stopped()
        self.read_result = result
        found = result.found
        self.notice = found.method == "email"
        self.summary.setText(self._summary_text(found))
        names = (*NOTICE_FIELDS, *NOTICE_PROCESS_FIELDS) if self.notice else PROCESS_FIELDS
        headers = (
            self.tr("Field"),
            self.tr("Value (correct it if the document says otherwise)"),
            self.tr("Words it came from"),
            self.tr("How sure"),
            "",
        )
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(header, 0, column)
        line = 1
        for name in names:
            row = self._make_row(name, found.fields.get(name))
            self.rows[name] = row
            self.grid.addWidget(row.label, line, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.input.widget, line, 1)
            self.grid.addWidget(row.source, line, 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.sureness, line, 3, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.checked, line, 4, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.error, line + 1, 1, 1, 4)
            line += 2
        self.grid.addWidget(self._handles_box(found.fields.get("handles")), line, 0, 1, 5)
        self.grid.setRowStretch(line + 1, 1)
        self._fill_targets()
        self.steps.setCurrentIndex(1)
        self.save_button.show()
        self.save_button.setDefault(True)
        self._update_save()
        # A notice has a few rows; a subpoena's checklist needs the height of a laptop's screen.
        fit_to_screen(self, 1100 if self.notice else 1240, 520 if self.notice else 760)
        if self.rows:
            first = next(iter(self.rows.values()))
            first.input.focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _summary_text(self, found: intake.Suggestions) -> str:
        name = self.path.name if self.path else ""
        if found.confidence is not None:
            return self.tr(
                "{0} — read by OCR: {1} % sure on average — check every field against the page."
            ).format(name, f"{found.confidence:.0f}")
        if found.method == "email":
            return self.tr(
                "{0} — a notice email. Check every field against the email before saving."
            ).format(name)
        pages = self.tr("%n page(s)", "", found.pages)
        return self.tr(
            "{0} — read from its text ({1}). Check every field against the document before saving."
        ).format(name, pages)

    def _make_row(self, name: str, suggestion: intake.Suggestion | None) -> _Row:
        field = SPECS[KIND].field(name)
        field_input: FieldInput
        if name == "gag_order":
            field_input = _YesNoInput(field, field_label(KIND, name))
        else:
            field_input = make_input(KIND, field)
        if isinstance(field_input, MultilineInput):
            field_input.edit.setMinimumHeight(48)
            field_input.edit.setMaximumHeight(60)
        row = _Row(name, field_input, suggestion)
        if suggestion is not None:
            field_input.set_value(_typed(suggestion.value))
            row.source.setText(self._source_text(suggestion))
            row.source.setToolTip(suggestion.source)
            row.sureness.setText(self._sureness_text(suggestion))
            row.sureness.setStyleSheet(SURENESS_STYLE[suggestion.confidence])
        else:
            if isinstance(field_input, EnumInput):
                field_input.combo.setPlaceholderText(self.tr("Choose…"))
                field_input.combo.setCurrentIndex(-1)  # not found: nothing chosen for them
            row.source.setText(self.tr("Not found in the document: type it if it is there."))
            row.source.setStyleSheet("color: palette(mid);")
            row.checked.hide()
            row.checked.setChecked(True)  # nothing to confirm; what is typed is the person's
            row.widgets = tuple(w for w in row.widgets if w is not row.checked)
        # Editing a field is checking it; the tick can still be taken back.
        field_input.connect(lambda: row.checked.setChecked(True))
        field_input.connect(lambda: self._clear_problem(row))
        row.checked.toggled.connect(lambda _on: self._update_save())
        return row

    def _source_text(self, suggestion: intake.Suggestion) -> str:
        words = " ".join(suggestion.source.split())
        if len(words) > SOURCE_SHOWN:
            words = words[: SOURCE_SHOWN - 1].rstrip() + "…"
        if self.notice:
            return self.tr("“{0}” — in the email").format(words)
        return self.tr("“{0}” — page {1}").format(words, suggestion.page)

    def _sureness_text(self, suggestion: intake.Suggestion) -> str:
        said = {
            "high": self.tr("sure"),
            "medium": self.tr("check this"),
            "low": self.tr("unsure"),
        }[suggestion.confidence]
        if suggestion.ocr_confidence is None:
            return said
        return self.tr("{0} (OCR {1} %)").format(said, f"{suggestion.ocr_confidence:.0f}")

    # -- accounts the document names

    def _handles_box(self, suggestion: intake.Suggestion | None) -> QGroupBox:
        box = QGroupBox(self.tr("Accounts the document names"))
        box.setObjectName("intakeHandles")
        column = QVBoxLayout(box)
        value = suggestion.value if suggestion is not None else ()
        handles = tuple(
            h for h in (value if isinstance(value, tuple) else ()) if isinstance(h, intake.Handle)
        )
        if not handles:
            column.addWidget(QLabel(self.tr("The document names no account.")))
            return box
        assert suggestion is not None
        said = QHBoxLayout()
        source = QLabel(self._source_text(suggestion))
        source.setObjectName("source_handles")
        source.setWordWrap(True)
        source.setToolTip(suggestion.source)
        said.addWidget(source, 1)
        sureness = QLabel(self._sureness_text(suggestion))
        sureness.setObjectName("sure_handles")
        sureness.setStyleSheet(SURENESS_STYLE[suggestion.confidence])
        said.addWidget(sureness)
        column.addLayout(said)
        missing = False
        for named in self._match_accounts(handles):
            platform = (
                choice_label(named.handle.platform, "Platform")
                if named.handle.platform
                else self.tr("platform not said")
            )
            if named.account_id is not None:
                text = self.tr("@{0} ({1}) — in the vault: link it to the subpoena").format(
                    named.handle.handle, platform
                )
            else:
                text = self.tr("@{0} ({1}) — not in the vault yet").format(
                    named.handle.handle, platform
                )
                missing = True
            tick = QCheckBox(text)
            tick.setObjectName(f"account_{named.handle.handle}")
            tick.setChecked(named.account_id is not None)
            tick.setEnabled(named.account_id is not None)
            tick.toggled.connect(lambda _on: self._handles_edited())
            column.addWidget(tick)
            self.named.append((named, tick))
        if missing:
            note = QLabel(
                self.tr(
                    "Accounts not in the vault yet are not created here: add them to a client "
                    "of this matter, then link them in the subpoena."
                )
            )
            note.setWordWrap(True)
            column.addWidget(note)
        self.handles_checked = QCheckBox(self.tr("Checked"))
        self.handles_checked.setObjectName("checked_handles")
        self.handles_checked.setAccessibleName(self.tr("Accounts checked against the document"))
        self.handles_checked.toggled.connect(lambda _on: self._update_save())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.handles_checked)
        column.addLayout(row)
        return box

    def _match_accounts(self, handles: tuple[intake.Handle, ...]) -> list[Named]:
        """Each handle beside the vault's account on the same platform with the same handle
        (case and a leading @ aside); a handle whose platform the document does not say
        matches only when one account in the vault has it."""
        accounts = self.ctx.read(lambda uow: records.list_records(uow, "accounts"))
        found: list[Named] = []
        for handle in handles:
            wanted = _plain_handle(handle.handle)
            same = [a for a in accounts if _plain_handle(a.handle) == wanted]
            if handle.platform is not None:
                same = [a for a in same if a.platform == handle.platform]
            match = same[0] if len(same) == 1 or handle.platform is not None and same else None
            found.append(
                Named(handle, match.id if match else None, record_label(match) if match else "")
            )
        return found

    def _handles_edited(self) -> None:
        if self.handles_checked is not None:
            self.handles_checked.setChecked(True)

    def linked_account_ids(self) -> list[int]:
        return [
            named.account_id
            for named, tick in self.named
            if named.account_id is not None and tick.isChecked()
        ]

    # -- a notice: which subpoena it is about

    def _fill_targets(self) -> None:
        self.target.clear()
        if not self.notice:
            self.target_row.hide()
            return
        matter_id = self.matter_id
        subpoenas = self.ctx.read(
            lambda uow: [s for s in records.list_records(uow, KIND) if s.matter_id == matter_id]
        )
        # The newest first: the latest issued, then the latest entered.
        subpoenas.sort(key=lambda s: (s.issued or dt.date.min, s.id), reverse=True)
        for subpoena in subpoenas:
            self.target.addItem(record_label(subpoena), subpoena.id)
        self.target.addItem(self.tr("A new subpoena"), NEW_SUBPOENA)
        self.target.setCurrentIndex(0)
        self.target_row.show()
        self._target_changed()

    def target_subpoena_id(self) -> int | None:
        """The existing subpoena a notice goes on (None: a new subpoena)."""
        if not self.notice:
            return None
        data = self.target.currentData()
        return int(data) if data else None

    def _target_changed(self) -> None:
        """On an existing subpoena only the notice's date and window are put; its kind, issuer
        and recipient stay as they are, so their rows are hidden."""
        existing = self.target_subpoena_id() is not None
        for name in NOTICE_PROCESS_FIELDS:
            if self.notice and name in self.rows:
                self.rows[name].set_visible(not existing)
        self._update_save()

    # -- saving

    def _shown_rows(self) -> list[_Row]:
        existing = self.target_subpoena_id() is not None
        return [
            row
            for name, row in self.rows.items()
            if not (self.notice and existing and name in NOTICE_PROCESS_FIELDS)
        ]

    def unchecked(self) -> list[str]:
        """The suggested fields not yet ticked Checked (their labels)."""
        left = [row.input.label for row in self._shown_rows() if not row.checked.isChecked()]
        if self.handles_checked is not None and not self.handles_checked.isChecked():
            left.append(self.tr("Accounts"))
        return left

    def _update_save(self) -> None:
        left = self.unchecked()
        self.save_button.setEnabled(self.read_result is not None and not left)
        self.save_button.setToolTip(
            self.tr("Tick Checked beside: {0}").format(", ".join(left)) if left else ""
        )

    def _clear_problem(self, row: _Row) -> None:
        row.error.clear()
        row.error.hide()

    def _show_problem(self, name: str | None, text: str) -> None:
        row = self.rows.get(name or "")
        if row is not None and row.input.widget.isVisible():
            row.error.setText(text)
            row.error.show()
            self.scroller.ensureWidgetVisible(row.input.widget)
        else:
            self.save_problem.setText(text)
            self.save_problem.show()

    def values(self) -> dict[str, Any]:
        """The checked fields as the service takes them; a half-typed date raises naming it."""
        return {row.name: row.input.value() for row in self._shown_rows()}

    def save(self) -> None:
        """One unit of work: the subpoena (new, or the notice's subpoena updated), its linked
        accounts and the document attached — all of it or nothing."""
        if self.read_result is None or self.path is None or self.unchecked():
            return
        for row in self.rows.values():
            self._clear_problem(row)
        self.save_problem.hide()
        try:
            values = self.values()
        except ValidationError as exc:
            self._show_problem(exc.field, plain_error(exc, KIND))
            return
        target = self.target_subpoena_id()
        if target is None:
            data = {"matter_id": self.matter_id, "status": "received", **values}
            problems = records.problems(SPECS[KIND], data)
            if problems:
                for problem in problems:
                    self._show_problem(problem.field, plain_error(problem, KIND))
                return
        content = self.read_result.content
        filename = self.path.name
        accounts = self.linked_account_ids()

        def write(uow: UnitOfWork) -> int:
            if target is None:
                subpoena = records.create(uow, KIND, data)
            else:
                subpoena = records.update(uow, KIND, target, values)
            for account_id in accounts:
                records.link_account_to_subpoena(uow, subpoena.id, account_id)
            documents.attach(uow, documents.on_subpoena(subpoena.id), filename, content)
            # The motion-to-quash deadline before the platform's window closes, counted from
            # the notice, commits with the subpoena or not at all.
            self.notice_deadline = docketing.follow_notice(
                uow, subpoena.id, None if target is None else list(values)
            )
            return int(subpoena.id)

        try:
            self.saved_subpoena_id = self.ctx.write(write)
        except ValidationError as exc:
            self._show_problem(exc.field, plain_error(exc, KIND))
            return
        except QuashError as exc:
            self._show_problem(None, plain_error(exc, KIND))
            return
        self.read_result = None
        self.accept()


def _typed(value: Any) -> Any:
    """A suggestion's value as the house inputs take it (the checklist takes a list)."""
    return list(value) if isinstance(value, tuple) else value


def _plain_handle(handle: str) -> str:
    return handle.strip().lstrip("@").casefold()
