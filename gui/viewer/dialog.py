"""The document viewer: a scan or PDF shown from the decrypted bytes its caller read through
a service, never from a file. Pages render off the GUI thread as they come into sight; the
window pages through, zooms, finds words in the text layer and prints, and closes, letting go of
the bytes and every bitmap, when the vault locks."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.fitting import fit_to_screen
from gui.tasks import TaskContext, TaskHandle, TaskRunner
from gui.viewer.pages_view import FIT_PAGE, FIT_WIDTH, FIXED, PagesView
from gui.viewer.printing import PrinterRefused, pages_to_print, print_pages
from gui.viewer.rendering import RenderQueue
from gui.viewer.sources import Closed, Hit, PageSource, SearchResult, Unreadable, open_source
from gui.viewer.thumbnails import ThumbnailList
from models.tasks import Cancelled

if TYPE_CHECKING:
    from gui.context import AppContext

log = logging.getLogger("quash.gui.viewer")

MESSAGE_STYLE = (
    "QLabel#viewerMessage { font-size: 11pt; padding: 12px; }"
    ' QLabel#findResult[problem="true"] { color: #7a0016; }'
)


class _Held:
    """What the viewer holds of the document: the bytes and the open pages. Closed when the
    window finishes, and again (harmlessly) when its Qt object is destroyed: a viewer whose
    parent window is deleted never finishes, and must let go all the same."""

    def __init__(self, content: bytes):
        self.content: bytes | None = content
        self.source: PageSource | None = None

    def close(self, *_args: object) -> None:
        source, self.source, self.content = self.source, None, None
        if source is not None:
            source.close()


class DocumentViewer(QDialog):
    """Shows `content` (the decrypted bytes of a PDF or a picture) named `filename`.

    `ctx` (optional) lends the app's task runner and closes the viewer when the vault locks or
    the window is rebuilt; without it the viewer runs its work on a thread pool of its own."""

    printed = Signal(int)  # pages sent to the printer, for the caller to note (audit)

    def __init__(
        self,
        title: str,
        filename: str,
        media_type: str,
        content: bytes,
        parent: QWidget | None = None,
        *,
        ctx: AppContext | None = None,
        runner: TaskRunner | None = None,
    ):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.setObjectName("documentViewer")
        self.setWindowTitle(self.tr("{0} — Quash").format(title))
        self.setAccessibleDescription(filename)
        self.setStyleSheet(MESSAGE_STYLE)
        self.filename = filename
        self.media_type = media_type
        self._held = _Held(content)
        self.destroyed.connect(self._held.close)
        self._released = False
        if runner is None:
            if ctx is not None:
                runner = ctx.runner
            else:  # parented, so it goes with the window (never while a task reports to it)
                runner = TaskRunner(QThreadPool(self), self)
        self._runner = runner
        self._queue = RenderQueue(runner, self)
        self._search_handle: TaskHandle | None = None
        self._search_number = 0  # which search the shown results belong to
        self._searched = ""
        self._hits: tuple[Hit, ...] = ()
        self._hit = -1
        self._print_handle: TaskHandle | None = None
        self._printer: QPrinter | None = None

        self.pages = PagesView(self._queue)
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.current_changed.connect(self._on_page_changed)
        self.pages.zoom_changed.connect(self._update_zoom_label)
        self.thumbnails = ThumbnailList(self._queue)
        self.thumbnails.setAccessibleName(self.tr("Page thumbnails"))
        self.thumbnails.setToolTip(self.tr("Click a page to go to it"))
        self.thumbnails.page_chosen.connect(self.go_to_page)

        column = QVBoxLayout(self)
        column.addWidget(self._build_toolbar())
        column.addWidget(self._build_find_bar())
        column.addWidget(self._build_body(), 1)
        column.addLayout(self._build_bottom_row())
        self._enable_document_actions(False)
        self._show_message(self.tr("Opening the document…"))
        fit_to_screen(self, 1100, 860)
        if ctx is not None:
            ctx.about_to_lock.connect(self.close_for_lock)
            ctx.editors_closing.connect(self.close_for_lock)
        self.finished.connect(self._release)
        self._open(None)

    # ---- building -------------------------------------------------------------------------

    def _action(
        self, text: str, tip: str, slot: object, keys: list[QKeySequence] | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if keys:  # a standard key may already be one of the others on this platform
            action.setShortcuts(list({k.toString(): k for k in keys if not k.isEmpty()}.values()))
        action.triggered.connect(slot)
        self.addAction(action)  # its keys work wherever the focus is in the window
        return action

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setAccessibleName(self.tr("Viewer tools"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        key = QKeySequence
        std = QKeySequence.StandardKey
        self.previous_action = self._action(
            self.tr("Previous"),
            self.tr("Previous page (Page Up)"),
            self.previous_page,
            [key(Qt.Key.Key_PageUp)],
        )
        self.next_action = self._action(
            self.tr("Next"),
            self.tr("Next page (Page Down)"),
            self.next_page,
            [key(Qt.Key.Key_PageDown)],
        )
        self.first_action = self._action(
            self.tr("First page"),
            self.tr("First page (Home)"),
            lambda: self.go_to_page(0),
            [key(Qt.Key.Key_Home), key(std.MoveToStartOfDocument)],
        )
        self.last_action = self._action(
            self.tr("Last page"),
            self.tr("Last page (End)"),
            lambda: self.go_to_page(self.page_count() - 1),
            [key(Qt.Key.Key_End), key(std.MoveToEndOfDocument)],
        )
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setToolTip(self.tr("Type a page number and press Enter (Ctrl+G)"))
        self.page_box.setKeyboardTracking(False)  # go when the number is typed, not per digit
        self.page_box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_box.valueChanged.connect(lambda n: self.go_to_page(n - 1))
        self._set_page_box(0, 0)
        self.go_to_action = self._action(
            self.tr("Go to page"),
            self.tr("Go to page (Ctrl+G)"),
            self._focus_page_box,
            [key("Ctrl+G")],
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), self.tr("Zoom out (Ctrl+-)"), self.zoom_out, [key(std.ZoomOut)]
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom in"),
            self.tr("Zoom in (Ctrl++)"),
            self.zoom_in,
            [key(std.ZoomIn), key("Ctrl+=")],
        )
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.actual_size_action = self._action(
            self.tr("100 %"),
            self.tr("Actual size (Ctrl+1)"),
            lambda: self.set_zoom(FIXED, 1.0),
            [key("Ctrl+1")],
        )
        self.fit_width_action = self._action(
            self.tr("Fit width"),
            self.tr("Fit the page's width to the window (Ctrl+2)"),
            lambda: self.set_zoom(FIT_WIDTH),
            [key("Ctrl+2")],
        )
        self.fit_page_action = self._action(
            self.tr("Fit page"),
            self.tr("Show the whole page (Ctrl+0)"),
            lambda: self.set_zoom(FIT_PAGE),
            [key("Ctrl+0")],
        )
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        self.find_action = self._action(
            self.tr("Find"),
            self.tr("Find words in the document (Ctrl+F)"),
            self.open_find_bar,
            [key(std.Find)],
        )
        self.print_action = self._action(
            self.tr("Print…"),
            self.tr("Print the document (Ctrl+P)"),
            self.print_document,
            [key(std.Print)],
        )
        for action in (self.previous_action, self.next_action):
            bar.addAction(action)
        bar.addWidget(self.page_box)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        for action in (self.actual_size_action, self.fit_width_action, self.fit_page_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.find_action)
        bar.addAction(self.print_action)
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(action.toolTip().split(" (")[0])
        self.toolbar = bar
        return bar

    def _build_find_bar(self) -> QWidget:
        self.find_bar = QWidget()
        row = QHBoxLayout(self.find_bar)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("F&ind:"))
        self.find_field = QLineEdit()
        self.find_field.setAccessibleName(self.tr("Words to find"))
        self.find_field.setPlaceholderText(self.tr("Words to find in the text"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textChanged.connect(self._find_text_changed)
        self.find_field.installEventFilter(self)  # Shift+Enter: the previous match
        label.setBuddy(self.find_field)
        self.find_previous_button = QPushButton(self.tr("Previous"))
        self.find_previous_button.setAccessibleName(self.tr("Previous match"))
        self.find_previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.find_previous_button.clicked.connect(self.find_previous)
        self.find_next_button = QPushButton(self.tr("Next"))
        self.find_next_button.setAccessibleName(self.tr("Next match"))
        self.find_next_button.setToolTip(self.tr("Next match (F3 or Enter)"))
        self.find_next_button.clicked.connect(self.find_next)
        for button in (self.find_previous_button, self.find_next_button):
            button.setAutoDefault(False)
        self.find_result = QLabel()
        self.find_result.setObjectName("findResult")
        self.find_result.setAccessibleName(self.tr("Search result"))
        self.find_next_action = self._action(
            self.tr("Find next"),
            self.tr("Next match (F3)"),
            self.find_next,
            [QKeySequence(Qt.Key.Key_F3)],  # not the standard keys: Ctrl+G is "go to page"
        )
        self.find_previous_action = self._action(
            self.tr("Find previous"),
            self.tr("Previous match (Shift+F3)"),
            self.find_previous,
            [QKeySequence("Shift+F3")],
        )
        row.addWidget(label)
        row.addWidget(self.find_field, 1)
        row.addWidget(self.find_previous_button)
        row.addWidget(self.find_next_button)
        row.addWidget(self.find_result, 1)
        self.find_bar.hide()
        return self.find_bar

    def _build_body(self) -> QWidget:
        self.stack = QStackedWidget()
        self.message_panel = QWidget()
        panel = QVBoxLayout(self.message_panel)
        panel.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("viewerMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel.addWidget(self.message)
        self.password_row = QWidget()
        row = QHBoxLayout(self.password_row)
        row.addStretch(1)
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setAccessibleName(self.tr("The PDF's password"))
        self.password_field.setPlaceholderText(self.tr("The PDF's password"))
        self.password_field.setMinimumWidth(260)
        self.password_field.returnPressed.connect(self.unlock_pdf)
        self.password_button = QPushButton(self.tr("&Open"))
        self.password_button.setAccessibleName(self.tr("Open the PDF with this password"))
        self.password_button.setAutoDefault(False)
        self.password_button.clicked.connect(self.unlock_pdf)
        row.addWidget(self.password_field)
        row.addWidget(self.password_button)
        row.addStretch(1)
        self.password_row.hide()
        panel.addWidget(self.password_row)
        panel.addStretch(2)
        document = QWidget()
        side_by_side = QHBoxLayout(document)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        side_by_side.addWidget(self.thumbnails)
        side_by_side.addWidget(self.pages, 1)
        self.stack.addWidget(self.message_panel)
        self.stack.addWidget(document)
        return self.stack

    def _build_bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.status.setAccessibleName(self.tr("Status"))
        self.cancel_print_button = QPushButton(self.tr("Cancel printing"))
        self.cancel_print_button.setAutoDefault(False)
        self.cancel_print_button.clicked.connect(self.cancel_printing)
        self.cancel_print_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.status, 1)
        row.addWidget(self.cancel_print_button)
        row.addWidget(self.close_button)
        return row

    # ---- opening --------------------------------------------------------------------------

    def _open(self, password: str | None) -> None:
        content, media_type = self._held.content, self.media_type
        if content is None:
            return

        def op(_task: TaskContext) -> PageSource | Unreadable:
            try:
                return open_source(media_type, content, password)
            except Unreadable as exc:  # an answer, not a failure of the app
                return exc

        self._runner.run(op, on_done=self._opened, on_failure=self._not_opened)

    def _opened(self, source: PageSource | Unreadable) -> None:
        if isinstance(source, Unreadable):
            self._not_opened(source)
            return
        if self._gone():  # closed while it opened
            source.close()
            return
        self.toolbar.show()
        self._held.source = source
        self._queue.set_source(source)
        self.password_row.hide()
        self.stack.setCurrentIndex(1)
        self.thumbnails.set_pages(source.sizes)
        self.pages.set_pages(source.sizes)
        self.thumbnails.setVisible(source.page_count > 1)
        self._set_page_box(0, source.page_count)
        self._enable_document_actions(True)
        self._update_zoom_label()
        self.pages.setFocus()

    def _not_opened(self, exc: BaseException) -> None:
        if self._gone():
            return
        reason = exc.reason if isinstance(exc, Unreadable) else "failed"
        if not isinstance(exc, Unreadable):
            log.error("could not open a document: %s", type(exc).__name__)
        sentences = {
            "password": self.tr(
                "This PDF is protected by a password. Type the password to read it here; "
                "the copy in the vault stays as it is."
            ),
            "wrong_password": self.tr("That password does not open this PDF. Try again."),
            "damaged": self.tr("This PDF is damaged and cannot be shown."),
            "damaged_picture": self.tr("This picture is damaged and cannot be shown."),
            "not_a_document": self.tr(
                "This file is neither a PDF nor a picture Quash can show (PNG, JPEG, TIFF)."
            ),
            "too_large": self.tr("This picture is too large to show."),
        }
        self._show_message(
            sentences.get(reason, self.tr("This document cannot be shown.")),
            password=reason in ("password", "wrong_password"),
        )

    def _show_message(self, text: str, *, password: bool = False) -> None:
        self.toolbar.hide()  # nothing to page through or zoom
        self.message.setText(text)
        self.password_row.setVisible(password)
        self.stack.setCurrentIndex(0)
        if password:
            self.password_field.clear()
            self.password_field.setFocus()

    def unlock_pdf(self) -> None:
        """Open the password-protected PDF with the password typed (in memory, as ever)."""
        password = self.password_field.text()
        if not password:
            return
        self.password_field.clear()
        self._show_message(self.tr("Opening the document…"))
        self._open(password)

    # ---- paging and zoom ----------------------------------------------------------------

    def page_count(self) -> int:
        source = self._held.source
        return source.page_count if source is not None else 0

    def current_page(self) -> int:
        """The page being read, 0-based."""
        return self.pages.current

    def go_to_page(self, index: int) -> None:
        if self.page_count():
            self.pages.go_to(index)
            self._on_page_changed(self.pages.current)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def zoom_in(self) -> None:
        self.pages.zoom_in()

    def zoom_out(self) -> None:
        self.pages.zoom_out()

    def set_zoom(self, mode: str, zoom: float | None = None) -> None:
        self.pages.set_mode(mode, zoom)
        self._update_zoom_label()

    def _focus_page_box(self) -> None:
        self.page_box.setFocus()
        self.page_box.selectAll()

    def _set_page_box(self, index: int, count: int) -> None:
        """ "Page 3 of 12", in one sentence for translators: the number is typed over {0}."""
        before, _, after = self.tr("Page {0} of {1}").partition("{0}")
        self.page_box.blockSignals(True)
        self.page_box.setPrefix(before.replace("{1}", str(count)))
        self.page_box.setSuffix(after.replace("{1}", str(count)))
        self.page_box.setRange(1 if count else 0, max(count, 0))
        self.page_box.setValue(index + 1 if count else 0)
        self.page_box.blockSignals(False)

    def _on_page_changed(self, index: int) -> None:
        count = self.page_count()
        self._set_page_box(index, count)
        self.thumbnails.mark_current(index)
        self.previous_action.setEnabled(index > 0)
        self.first_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < count - 1)
        self.last_action.setEnabled(index < count - 1)

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(self.tr("{0} %").format(round(self.pages.zoom * 100)))
        self.fit_width_action.setChecked(self.pages.mode == FIT_WIDTH)
        self.fit_page_action.setChecked(self.pages.mode == FIT_PAGE)

    def _enable_document_actions(self, enabled: bool) -> None:
        for action in (
            self.previous_action,
            self.next_action,
            self.first_action,
            self.last_action,
            self.go_to_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.actual_size_action,
            self.fit_width_action,
            self.fit_page_action,
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
            self.print_action,
        ):
            action.setEnabled(enabled)
        self.page_box.setEnabled(enabled)
        if enabled:
            self._on_page_changed(self.current_page())

    # ---- finding words ------------------------------------------------------------------

    def open_find_bar(self) -> None:
        self.find_bar.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_find_bar(self) -> None:
        self.find_bar.hide()
        self._cancel_search()
        self._hits, self._hit, self._searched = (), -1, ""
        self.pages.set_hits(())
        self.find_result.clear()
        self.pages.setFocus()

    def find_text(self, text: str) -> None:
        """Look for `text` (case ignored) in the whole text layer, then show the first match
        from the page being read on."""
        self.find_field.setText(text)
        self._search(text.strip())

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.find_bar.isVisible():
            self.open_find_bar()
        text = self.find_field.text().strip()
        if not text:
            return
        if text != self._searched:
            self._search(text)
            return
        if self._hits:
            self._hit = (self._hit + direction) % len(self._hits)
            self._show_hit()

    def _find_text_changed(self, _text: str) -> None:
        if self._searched and self.find_field.text().strip() != self._searched:
            self._cancel_search()
            self._hits, self._hit, self._searched = (), -1, ""
            self.pages.set_hits(())
            self.find_result.clear()

    def _cancel_search(self) -> None:
        if self._search_handle is not None and self._search_handle.running:
            self._search_handle.cancel()
        self._search_handle = None

    def _search(self, text: str) -> None:
        source = self._held.source
        if source is None or not text:
            return
        self._cancel_search()
        self._search_number += 1
        number = self._search_number
        self._searched = text
        self._say_found(self.tr("Searching…"))

        def op(task: TaskContext) -> SearchResult:
            try:
                return source.search(text, task.check)
            except Closed:
                raise Cancelled() from None

        self._search_handle = self._runner.run(
            op,
            on_done=lambda result: self._searched_done(number, result),
            on_failure=lambda _exc: self._searched_failed(number),
        )

    def _searched_done(self, number: int, result: SearchResult) -> None:
        if self._gone() or number != self._search_number:
            return
        self._search_handle = None
        self._hits = result.hits
        self.pages.set_hits(result.hits)
        if not result.has_text:
            self._say_found(self.tr("No text layer: this is an image-only scan"), problem=True)
            return
        if not result.hits:
            self._say_found(self.tr("Not found"), problem=True)
            return
        here = self.current_page()
        later = [i for i, hit in enumerate(result.hits) if hit.page >= here]
        self._hit = later[0] if later else 0
        self._show_hit()

    def _searched_failed(self, number: int) -> None:
        if not self._gone() and number == self._search_number:
            self._search_handle = None
            self._say_found(self.tr("The search could not be finished."), problem=True)

    def _show_hit(self) -> None:
        self.pages.show_hit(self._hit)
        self._on_page_changed(self.pages.current)
        self._say_found(
            self.tr("{0} of %n (match|matches)", "", len(self._hits)).format(self._hit + 1)
        )

    def _say_found(self, text: str, problem: bool = False) -> None:
        self.find_result.setText(text)
        self.find_result.setProperty("problem", problem)
        self.find_result.style().unpolish(self.find_result)
        self.find_result.style().polish(self.find_result)

    # ---- printing -----------------------------------------------------------------------

    def make_print_dialog(self, printer: QPrinter) -> QPrintDialog:
        """The system's print dialog, without "print to file": a copy on disk is "Save a
        copy…", which writes it owner-only and notes it in the audit log."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the document"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setMinMax(1, max(1, self.page_count()))
        return dialog

    def print_document(self) -> None:
        if self._held.source is None or self._print_handle is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = self.make_print_dialog(printer)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        shiboken6.delete(dialog)  # now: it points at the printer, which goes with this call
        if accepted and not self._gone():  # the vault may have locked meanwhile
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> TaskHandle | None:
        """Print the pages the printer's settings choose, off the GUI thread, with progress
        and Cancel. The printer is used as it was set up; no file is chosen here."""
        source = self._held.source
        if source is None or self._print_handle is not None:
            return None
        # The print queue shows the job's name to anyone who looks; the file's name may say
        # whose case this is.
        printer.setDocName(self.tr("Quash document"))
        pages = pages_to_print(printer, source.page_count, self.current_page())
        self._printer = printer  # kept alive while the worker paints on it

        def op(task: TaskContext) -> int:
            try:
                return print_pages(source, printer, pages, task)
            except Closed:
                raise Cancelled() from None

        self.print_action.setEnabled(False)
        self.cancel_print_button.show()
        self.status.setText(self.tr("Printing…"))
        self._print_handle = self._runner.run(
            op,
            on_done=self._printed,
            on_failure=self._print_failed,
            on_progress=self._print_progress,
            on_cancelled=self._print_cancelled,
        )
        return self._print_handle

    def cancel_printing(self) -> None:
        if self._print_handle is not None:
            self._print_handle.cancel()

    def printing(self) -> bool:
        return self._print_handle is not None

    def _print_progress(self, done: int, total: int, _text: str) -> None:
        if not self._gone() and done < total:
            self.status.setText(self.tr("Printing page {0} of {1}…").format(done + 1, total))

    def _print_finished(self, text: str) -> None:
        self._print_handle = None
        self._printer = None
        if self._gone():
            return
        self.cancel_print_button.hide()
        self.print_action.setEnabled(True)
        self.status.setText(text)

    def _printed(self, pages: int) -> None:
        if self._gone():
            self._print_finished("")
            return
        self._print_finished(self.tr("Sent %n page(s) to the printer.", "", pages))
        self.printed.emit(pages)

    def _print_failed(self, exc: BaseException) -> None:
        if self._gone():
            self._print_finished("")
            return
        if isinstance(exc, PrinterRefused):
            text = self.tr("The printer could not be opened; nothing was printed.")
        else:
            log.error("printing failed: %s", type(exc).__name__)
            text = self.tr("Printing stopped: a page could not be printed.")
        self._print_finished(text)

    def _print_cancelled(self) -> None:
        if self._gone():
            self._print_finished("")
            return
        self._print_finished(self.tr("Printing cancelled."))

    # ---- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.find_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Esc in the find bar closes the find bar; anywhere else it closes the window.
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            focus = self.focusWidget()
            if focus is not None and self.find_bar.isAncestorOf(focus):
                self.close_find_bar()
                return
        super().keyPressEvent(event)

    # ---- closing --------------------------------------------------------------------------

    def close_for_lock(self) -> None:
        """The vault is locking (or the window is being rebuilt): close now, holding nothing."""
        if self._released:  # closed already (a lock emits both signals this listens to)
            return
        self._release()
        QDialog.reject(self)

    def _release(self, _result: int = 0) -> None:
        """Let go of the bytes, the open document, every bitmap and the search hits; stop any
        search or print. Waits at most for the page being rendered now."""
        if self._released:
            return
        self._released = True
        self._queue.stop()
        self._cancel_search()
        if self._print_handle is not None:
            self._print_handle.cancel()
        self._hits = ()
        self.pages.clear()
        self.thumbnails.forget()
        self._held.close()

    def _gone(self) -> bool:
        """Closed, or deleted with the window it was opened from: work that finishes now
        has nowhere to go (its results are dropped, a page source that opened is closed)."""
        return self._released or self._held.content is None or not shiboken6.isValid(self)

    @property
    def released(self) -> bool:
        """True once the viewer holds no bytes and no page of the document any more."""
        return self._released and self._held.content is None and self._held.source is None
