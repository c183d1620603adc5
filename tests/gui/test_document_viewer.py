"""The document viewer as a paralegal uses it: a scan or PDF read from memory opens on page 1
fitting the width, pages through by button, key and thumbnail, zooms, finds words in the text
layer, prints every page, says in one sentence what it cannot show, closes when the vault
locks, and never leaves a decrypted file in the temp or home folders."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.tasks import TaskRunner
from gui.viewer import DocumentViewer
from gui.viewer.pages_view import FIT_PAGE, FIT_WIDTH, FIXED, GAP, KEEP_PAGES
from gui.viewer.thumbnails import KEEP as KEEP_THUMBNAILS
from services import documents, records
from tests.support import viewer_documents as docs
from tests.support.fresh_plurals import fresh_english_plurals
from tests.support.plaintext_scan import files_under, find_markers

REPO = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier
SLOW = 10_000  # ms: a loaded CI machine

Open = Callable[..., DocumentViewer]


@pytest.fixture(scope="module")
def made() -> dict[str, bytes]:
    """Every test document, made once for the module (in memory)."""
    return {
        "text": docs.text_pdf(),
        "image_only": docs.image_only_pdf(),
        "png": docs.png(),
        "tiff": docs.multi_page_tiff(),
        "damaged": docs.damaged_pdf(),
        "not_a_picture": docs.not_a_picture(),
        "password": docs.password_pdf(),
        "long": docs.long_pdf(300),
    }


@pytest.fixture(autouse=True, scope="module")
def english_counts(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The viewer's counts in English ("1 of 1 match"), from the sources as they are now."""
    with fresh_english_plurals(qapp, ["gui/viewer/dialog.py"], tmp_path_factory.mktemp("plurals")):
        yield


@pytest.fixture
def open_viewer(qtbot: QtBot, runner: TaskRunner) -> Iterator[Open]:
    """Open a viewer on bytes, as the subpoena editor does with what the service read."""
    opened: list[DocumentViewer] = []

    def open_on(
        content: bytes, media_type: str = "application/pdf", filename: str = "scan.pdf"
    ) -> DocumentViewer:
        viewer = DocumentViewer(
            "DHS subpoena to Meta", filename, media_type, content, runner=runner
        )
        opened.append(viewer)
        viewer.show()
        qtbot.waitExposed(viewer)
        return viewer

    yield open_on
    for viewer in opened:
        if shiboken6.isValid(viewer):
            viewer.close()
    settle(qtbot, runner)


def settle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Let every task report back and every closed window and task handle be deleted while
    the test's runner still lives: a runner whose last reference is held by its own handles'
    callbacks would be deleted in the middle of deleting one of them."""
    runner.wait_all(SLOW)
    qtbot.waitUntil(lambda: not runner.busy, timeout=SLOW)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_shown(qtbot: QtBot, viewer: DocumentViewer) -> None:
    """Until the page being read is on screen, sharp."""
    qtbot.waitUntil(
        lambda: viewer.page_count() > 0 and viewer.pages.is_rendered(viewer.current_page()),
        timeout=SLOW,
    )


def wait_message(qtbot: QtBot, viewer: DocumentViewer) -> str:
    qtbot.waitUntil(
        lambda: (
            viewer.stack.currentIndex() == 0 and viewer.message.text() != "Opening the document…"
        ),
        timeout=SLOW,
    )
    return viewer.message.text()


def press(
    qtbot: QtBot, viewer: DocumentViewer, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier
):  # type: ignore[no-untyped-def]
    """A key pressed where the keyboard focus is in the viewer, as a person presses it."""
    with qtbot.waitActive(viewer):
        viewer.activateWindow()
    target = QApplication.focusWidget() or viewer
    assert target.window() is viewer
    qtbot.keyClick(target, key, modifiers)


# ---- opening and paging --------------------------------------------------------------------


def test_a_pdf_opens_on_page_one_fitting_the_width(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]
) -> None:
    viewer = open_viewer(made["text"])
    wait_shown(qtbot, viewer)
    assert viewer.windowTitle() == "DHS subpoena to Meta — Quash"
    assert viewer.page_box.text() == "Page 1 of 3"
    assert viewer.pages.mode == FIT_WIDTH and viewer.fit_width_action.isChecked()
    page = viewer.pages.page_rect(0)
    assert page.width() == viewer.pages.viewport().width() - 2 * GAP  # the width, exactly
    assert viewer.pages.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
    assert viewer.zoom_label.text() == f"{round(viewer.pages.zoom * 100)} %"
    assert viewer.thumbnails.count() == 3 and viewer.thumbnails.isVisible()
    assert not viewer.previous_action.isEnabled() and viewer.next_action.isEnabled()
    # A white sheet with black words: the page itself, not a placeholder.
    image = viewer.pages.image_for(0)
    assert image is not None and image.width() == page.width()
    assert viewer.pages.held_images() <= 3


def test_next_previous_keys_thumbnails_and_the_page_box_change_the_page(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]
) -> None:
    viewer = open_viewer(made["text"])
    wait_shown(qtbot, viewer)
    viewer.next_action.trigger()
    assert viewer.page_box.text() == "Page 2 of 3" and viewer.current_page() == 1
    press(qtbot, viewer, Qt.Key.Key_PageDown)
    assert viewer.page_box.text() == "Page 3 of 3"
    assert not viewer.next_action.isEnabled()
    wait_shown(qtbot, viewer)
    assert viewer.pages.verticalScrollBar().value() > 0  # the view went there
    press(qtbot, viewer, Qt.Key.Key_PageUp)
    assert viewer.page_box.text() == "Page 2 of 3"
    viewer.previous_action.trigger()
    assert viewer.page_box.text() == "Page 1 of 3"

    item = viewer.thumbnails.item(2)
    spot = viewer.thumbnails.visualItemRect(item).center()
    qtbot.mouseClick(viewer.thumbnails.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert viewer.page_box.text() == "Page 3 of 3"
    assert viewer.thumbnails.currentRow() == 2
    wait_shown(qtbot, viewer)

    press(qtbot, viewer, Qt.Key.Key_G, CTRL)  # go to page: type the number
    assert viewer.page_box.hasFocus()
    qtbot.keyClicks(viewer.page_box, "2")
    qtbot.keyClick(viewer.page_box, Qt.Key.Key_Return)
    assert viewer.page_box.text() == "Page 2 of 3"
    assert viewer.thumbnails.currentRow() == 1


def test_zoom_in_renders_the_page_larger_and_the_zoom_is_kept_when_paging(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]
) -> None:
    viewer = open_viewer(made["text"])
    wait_shown(qtbot, viewer)
    fitted = viewer.pages.image_for(0)
    assert fitted is not None
    press(qtbot, viewer, Qt.Key.Key_Plus, CTRL)
    assert viewer.pages.mode == FIXED
    wait_shown(qtbot, viewer)
    zoomed = viewer.pages.image_for(0)
    assert zoomed is not None and zoomed.width() > fitted.width()
    assert zoomed.height() > fitted.height()
    said = viewer.zoom_label.text()
    assert said == f"{round(viewer.pages.zoom * 100)} %" and not viewer.fit_width_action.isChecked()

    viewer.next_action.trigger()
    wait_shown(qtbot, viewer)
    assert viewer.zoom_label.text() == said
    second = viewer.pages.image_for(1)
    assert second is not None and second.width() == zoomed.width()

    viewer.zoom_out_action.trigger()
    viewer.zoom_out_action.trigger()
    assert viewer.pages.page_rect(1).width() < viewer.pages.page_rect(0).width() * 1.01
    viewer.actual_size_action.trigger()
    assert viewer.zoom_label.text() == "100 %"
    assert viewer.pages.page_rect(0).width() == round(8.5 * 96)  # a letter page, 8.5 in
    viewer.fit_page_action.trigger()
    assert viewer.pages.mode == FIT_PAGE and viewer.fit_page_action.isChecked()
    whole = viewer.pages.page_rect(viewer.current_page())
    assert whole.height() <= viewer.pages.viewport().height() - 2 * GAP
    assert viewer.page_box.text() == "Page 2 of 3"  # still where it was
    viewer.fit_width_action.trigger()
    assert viewer.pages.page_rect(0).width() == viewer.pages.viewport().width() - 2 * GAP


def test_a_300_page_scan_opens_at_once_and_holds_only_the_pages_in_sight(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]
) -> None:
    viewer = open_viewer(made["long"])
    wait_shown(qtbot, viewer)
    assert viewer.page_box.text() == "Page 1 of 300"
    viewer.go_to_page(149)
    wait_shown(qtbot, viewer)
    viewer.pages.zoom_out()
    viewer.pages.zoom_out()
    wait_shown(qtbot, viewer)
    viewer.last_action.trigger()
    wait_shown(qtbot, viewer)
    assert viewer.page_box.text() == "Page 300 of 300"
    in_sight = len(viewer.pages.visible_pages())
    assert viewer.pages.held_images() <= in_sight + KEEP_PAGES
    assert viewer.thumbnails.drawn_count() <= KEEP_THUMBNAILS
    assert viewer.thumbnails.drawn_count() < 60  # only those that came into sight


# ---- finding words ---------------------------------------------------------------------


def test_find_goes_to_the_word_on_page_three_and_counts_the_matches(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]
) -> None:
    viewer = open_viewer(made["text"])
    wait_shown(qtbot, viewer)
    press(qtbot, viewer, Qt.Key.Key_F, CTRL)
    assert viewer.find_bar.isVisible() and viewer.find_field.hasFocus()
    qtbot.keyClicks(viewer.find_field, "Cormorant")  # case does not matter
    qtbot.keyClick(viewer.find_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: viewer.find_result.text() == "1 of 1 match", timeout=SLOW)
    assert viewer.page_box.text() == "Page 3 of 3"
    assert viewer.thumbnails.currentRow() == 2
    wait_shown(qtbot, viewer)
    # The hit is drawn over the word on the page: an orange box in the page's upper part.
    page = viewer.pages.page_rect(2)
    image = viewer.pages.canvas.grab(page).toImage()
    orange = [
        QPoint(x, y)
        for x in range(0, image.width(), 4)
        for y in range(0, image.height() // 2, 4)
        if (c := image.pixelColor(x, y)).red() > 200 and 90 < c.green() < 200 and c.blue() < 120
    ]
    assert orange, "the match is not highlighted"

    viewer.find_text("subpoena")  # on every page: the first from the page being read on
    qtbot.waitUntil(lambda: viewer.find_result.text() == "3 of 3 matches", timeout=SLOW)
    assert viewer.page_box.text() == "Page 3 of 3"
    press(qtbot, viewer, Qt.Key.Key_F3)  # from the last, round to the first
    assert viewer.find_result.text() == "1 of 3 matches"
    assert viewer.page_box.text() == "Page 1 of 3"
    qtbot.keyClick(viewer.find_field, Qt.Key.Key_Return)
    assert viewer.find_result.text() == "2 of 3 matches"
    assert viewer.page_box.text() == "Page 2 of 3"
    qtbot.keyClick(viewer.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.find_result.text() == "1 of 3 matches"
    viewer.find_previous_button.click()
    assert viewer.find_result.text() == "3 of 3 matches"
    assert viewer.page_box.text() == "Page 3 of 3"

    viewer.find_text("zeppelin")
    qtbot.waitUntil(lambda: viewer.find_result.text() == "Not found", timeout=SLOW)

    press(qtbot, viewer, Qt.Key.Key_Escape)  # in the find bar: closes the bar, not the window
    assert not viewer.find_bar.isVisible() and viewer.isVisible()


def test_an_image_only_pdf_says_it_has_no_text_layer(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]
) -> None:
    viewer = open_viewer(made["image_only"])
    wait_shown(qtbot, viewer)
    assert viewer.page_box.text() == "Page 1 of 2"
    viewer.open_find_bar()
    viewer.find_text("notice")
    qtbot.waitUntil(
        lambda: viewer.find_result.text() == "No text layer: this is an image-only scan",
        timeout=SLOW,
    )


# ---- pictures --------------------------------------------------------------------------


def test_a_png_shows_as_one_page(qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]) -> None:
    viewer = open_viewer(made["png"], "image/png", "notice.png")
    wait_shown(qtbot, viewer)
    assert viewer.page_box.text() == "Page 1 of 1"
    assert not viewer.thumbnails.isVisible()  # one page needs no side list
    page = viewer.pages.page_rect(0)
    assert page.height() / page.width() == pytest.approx(800 / 600, rel=0.01)
    image = viewer.pages.image_for(0)
    assert image is not None
    assert image.pixelColor(image.width() // 2, round(image.height() * 100 / 800)).lightness() < 60
    viewer.find_text("notice")
    qtbot.waitUntil(
        lambda: viewer.find_result.text() == "No text layer: this is an image-only scan",
        timeout=SLOW,
    )


def test_every_frame_of_a_multi_page_tiff_is_a_page(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]
) -> None:
    viewer = open_viewer(made["tiff"], "image/tiff", "fax.tif")
    wait_shown(qtbot, viewer)
    assert viewer.page_box.text() == "Page 1 of 3"
    assert viewer.thumbnails.count() == 3
    viewer.next_action.trigger()
    wait_shown(qtbot, viewer)
    second = viewer.pages.page_rect(1)
    assert second.width() > second.height()  # the wide frame is shown wide
    image = viewer.pages.image_for(1)
    assert image is not None and image.width() > image.height()


# ---- what cannot be shown ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "media_type", "sentence"),
    [
        ("damaged", "application/pdf", "This PDF is damaged and cannot be shown."),
        (
            "not_a_picture",
            "image/gif",
            "This file is neither a PDF nor a picture Quash can show (PNG, JPEG, TIFF).",
        ),
    ],
)
def test_what_cannot_be_shown_is_said_in_one_sentence(
    qtbot: QtBot,
    open_viewer: Open,
    made: dict[str, bytes],
    name: str,
    media_type: str,
    sentence: str,
) -> None:
    viewer = open_viewer(made[name], media_type)
    assert wait_message(qtbot, viewer) == sentence
    assert not viewer.toolbar.isVisible() and not viewer.password_row.isVisible()
    assert viewer.page_count() == 0
    viewer.print_action.trigger()  # nothing to print, nothing happens
    viewer.find_text("subpoena")
    assert not viewer.printing() and viewer.find_result.text() == ""


def test_a_password_protected_pdf_asks_for_its_password(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]
) -> None:
    viewer = open_viewer(made["password"])
    assert wait_message(qtbot, viewer) == (
        "This PDF is protected by a password. Type the password to read it here; "
        "the copy in the vault stays as it is."
    )
    assert viewer.password_row.isVisible() and viewer.password_field.hasFocus()
    qtbot.keyClicks(viewer.password_field, "wrong guess")
    qtbot.keyClick(viewer.password_field, Qt.Key.Key_Return)
    assert wait_message(qtbot, viewer) == "That password does not open this PDF. Try again."
    assert viewer.password_field.text() == ""
    qtbot.keyClicks(viewer.password_field, docs.PASSWORD)
    viewer.password_button.click()
    wait_shown(qtbot, viewer)
    assert viewer.page_box.text() == "Page 1 of 3"


# ---- printing --------------------------------------------------------------------------


def test_printing_paints_every_page_on_the_printer(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes], tmp_path: Path
) -> None:
    viewer = open_viewer(made["text"])
    wait_shown(qtbot, viewer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # Only so the test can read what was printed: the viewer never chooses a file.
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(viewer.printed, timeout=SLOW) as printed:
        assert viewer.print_to(printer) is not None
        assert viewer.printing() and viewer.cancel_print_button.isVisible()
    assert printed.args == [3]
    assert viewer.status.text() == "Sent 3 pages to the printer."
    assert not viewer.printing() and not viewer.cancel_print_button.isVisible()
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == 3
    assert all(len(page.images) == 1 for page in reader.pages)  # each page, drawn whole
    assert reader.metadata is not None and reader.metadata.title == "Quash document"

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "pages-2-3.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    with qtbot.waitSignal(viewer.printed, timeout=SLOW) as printed:
        viewer.print_to(printer)
    assert printed.args == [2]
    assert len(PdfReader(tmp_path / "pages-2-3.pdf").pages) == 2


FAKE_LP = """#!/bin/sh
# Stands in for CUPS's lp: keeps the job it is given on standard input, and its arguments.
cat > "$QUASH_TEST_PRINT_JOB"
printf '%s\n' "$@" > "$QUASH_TEST_PRINT_JOB.args"
echo "request id is Office_Laser-42 (1 file(s))"
"""


@pytest.fixture
def print_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A CUPS printer as `lp` reaches it; the job lands in the returned file. (This machine has
    no CUPS printer, so Qt never reports one: the printer is taken as one here.)"""
    import gui.viewer.printing as printing

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(FAKE_LP)
    lp.chmod(0o755)
    job = tmp_path / "job.pdf"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("QUASH_TEST_PRINT_JOB", str(job))
    monkeypatch.setattr(printing, "uses_print_system", lambda printer: True)
    return job


def test_a_cups_printer_gets_the_job_from_memory_through_lp(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes], print_system: Path
) -> None:
    viewer = open_viewer(made["text"])
    wait_shown(qtbot, viewer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the default printer
    printer.setCopyCount(2)
    with qtbot.waitSignal(viewer.printed, timeout=SLOW) as printed:
        viewer.print_to(printer)
    assert printed.args == [3]
    reader = PdfReader(print_system)
    assert len(reader.pages) == 3 and all(len(p.images) == 1 for p in reader.pages)
    assert reader.metadata is not None and reader.metadata.title == "Quash document"
    args = Path(f"{print_system}.args").read_text().splitlines()
    assert args[:4] == ["-n", "2", "-t", "Quash document"]
    assert args[4:] == ["-o", "sides=one-sided"]  # as the print dialog left it


def test_a_print_system_that_refuses_says_nothing_was_printed(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes], print_system: Path
) -> None:
    (print_system.parent / "bin" / "lp").write_text(
        "#!/bin/sh\necho 'lp: no such printer' >&2\nexit 1\n"
    )
    viewer = open_viewer(made["text"])
    wait_shown(qtbot, viewer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    handle = viewer.print_to(printer)
    assert handle is not None
    qtbot.waitUntil(lambda: not viewer.printing(), timeout=SLOW)
    assert viewer.status.text() == "The printer could not be opened; nothing was printed."


def test_the_print_dialog_offers_no_print_to_file(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]
) -> None:
    viewer = open_viewer(made["text"])
    wait_shown(qtbot, viewer)
    printer = QPrinter()  # lives as long as its dialog, as in print_document
    dialog = viewer.make_print_dialog(printer)
    option = QAbstractPrintDialog.PrintDialogOption
    assert not dialog.testOption(option.PrintToFile)
    assert dialog.testOption(option.PrintPageRange) and dialog.testOption(option.PrintCurrentPage)
    assert (dialog.fromPage(), dialog.toPage()) == (0, 0)  # all pages, until chosen
    assert (dialog.minPage(), dialog.maxPage()) == (1, 3)
    shiboken6.delete(dialog)


# ---- letting go --------------------------------------------------------------------------


def test_the_viewer_closes_and_lets_go_when_the_vault_locks(
    qtbot: QtBot, app_ctx: AppContext, made: dict[str, bytes]
) -> None:
    def attach(uow: object) -> int:
        matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})  # type: ignore[arg-type]
        subpoena = records.create(
            uow,  # type: ignore[arg-type]
            "subpoenas",
            {
                "matter_id": matter.id,
                "kind": "administrative_subpoena",
                "status": "received",
                "issuer": "DHS",
                "recipient": "Meta",
            },
        )
        owner = documents.on_subpoena(subpoena.id)
        return documents.attach(uow, owner, "subpoena.pdf", made["text"]).id  # type: ignore[arg-type]

    document_id = app_ctx.write(attach)
    content = app_ctx.read(lambda uow: documents.read(uow, document_id))
    viewer = DocumentViewer("Subpoena", "subpoena.pdf", "application/pdf", content, ctx=app_ctx)
    del content
    viewer.show()
    wait_shown(qtbot, viewer)
    viewer.find_text("apricot")
    qtbot.waitUntil(lambda: viewer.find_result.text() == "1 of 1 match", timeout=SLOW)
    closed = []
    viewer.finished.connect(lambda _r: closed.append(True))

    app_ctx.lock()

    assert closed == [True]
    assert viewer.released  # no bytes, no open document
    assert viewer.pages.held_images() == 0 and viewer.thumbnails.count() == 0
    assert viewer.page_count() == 0
    qtbot.waitUntil(lambda: not shiboken6.isValid(viewer), timeout=SLOW)  # and it is gone
    settle(qtbot, app_ctx.runner)


def test_a_viewer_whose_window_is_deleted_lets_go_too(
    qtbot: QtBot, runner: TaskRunner, made: dict[str, bytes]
) -> None:
    """The editor a viewer was opened from closes (and is deleted) first: the viewer goes with
    it, and lets go of the bytes and the open document all the same."""
    editor = QDialog()
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer = DocumentViewer(
        "Notice", "notice.pdf", "application/pdf", made["text"], editor, runner=runner
    )
    viewer.show()
    wait_shown(qtbot, viewer)
    held = viewer._held
    assert held.content is not None and held.source is not None
    editor.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(viewer), timeout=SLOW)
    assert held.content is None and held.source is None
    settle(qtbot, runner)


def test_closing_the_window_lets_go_of_everything(
    qtbot: QtBot, open_viewer: Open, made: dict[str, bytes]
) -> None:
    viewer = open_viewer(made["text"])
    wait_shown(qtbot, viewer)
    press(qtbot, viewer, Qt.Key.Key_Escape)
    assert viewer.released
    assert viewer.pages.held_images() == 0


def test_nothing_the_app_loads_at_start_up_loads_the_viewer_or_pdfium() -> None:
    code = (
        "import sys, gui.app, gui.main_window; "
        "print(sorted({'gui.viewer', 'pypdfium2'} & set(sys.modules)))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


# ---- no decrypted temporary file, ever ---------------------------------------------------

CHILD = r"""
import sys

from PySide6.QtCore import QElapsedTimer, QEventLoop
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

app = QApplication([])
from gui.viewer import DocumentViewer

marker, printed_to = sys.argv[1], sys.argv[2]
content = sys.stdin.buffer.read()


def wait(condition, what):
    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > 30000:
            sys.exit("timed out: " + what)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


viewer = DocumentViewer("Notice", "notice.pdf", "application/pdf", content)
viewer.show()
wait(lambda: viewer.page_count() and viewer.pages.is_rendered(0), "the first page")
viewer.zoom_in()
wait(lambda: viewer.pages.is_rendered(viewer.current_page()), "the zoomed page")
viewer.find_text(marker)
wait(lambda: viewer.find_result.text().startswith("1 of 3"), "the search")
viewer.go_to_page(2)
wait(lambda: viewer.pages.is_rendered(2), "the last page")
printer = QPrinter(QPrinter.PrinterMode.HighResolution)
printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
printer.setOutputFileName(printed_to)  # outside the folders the test looks in
viewer.print_to(printer)
wait(lambda: not viewer.printing(), "printing")
status = viewer.status.text()
# and to a CUPS printer, through lp (a stand-in on PATH keeps the job outside these folders)
import gui.viewer.printing as printing

printing.uses_print_system = lambda printer: True
cups = QPrinter(QPrinter.PrinterMode.HighResolution)
viewer.print_to(cups)
wait(lambda: not viewer.printing(), "printing through lp")
status += " / " + viewer.status.text()
viewer.close()
app.processEvents()
print(status)
"""

# What Qt and fontconfig keep of their own (font lists); none of it is case data, and the test
# still requires that no file anywhere holds the marker or the PDF.
OWN_CACHES = (".cache/fontconfig/", ".fontconfig/", ".config/QtProject", ".cache/qtshadercache")


def test_viewing_searching_and_printing_leave_no_decrypted_file(
    tmp_path: Path, made: dict[str, bytes]
) -> None:
    marker = f"QUASH-SECRET-{uuid.uuid4().hex}"
    pdf = docs.text_pdf(marker=marker)
    assert marker.encode() in pdf  # stored readable, so a copy on disk would be found
    temp, home, elsewhere = tmp_path / "temp", tmp_path / "home", tmp_path / "elsewhere"
    for folder in (temp, home, elsewhere):
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QUASH_"))}
    env.update(
        TMPDIR=str(temp),
        TEMP=str(temp),
        TMP=str(temp),
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    printed = elsewhere / "printed.pdf"
    lp = elsewhere / "bin" / "lp"
    lp.parent.mkdir()
    lp.write_text(FAKE_LP)
    lp.chmod(0o755)
    env["PATH"] = f"{lp.parent}{os.pathsep}{env['PATH']}"
    env["QUASH_TEST_PRINT_JOB"] = str(elsewhere / "job.pdf")
    run = subprocess.run(
        [sys.executable, "-c", CHILD, marker, str(printed)],
        input=pdf,
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    assert run.stdout.decode().startswith("Sent 3 page")  # (no English plurals in the child)
    assert len(PdfReader(printed).pages) == 3  # it did print, where it was told to
    assert len(PdfReader(elsewhere / "job.pdf").pages) == 3  # and lp was handed the job

    appeared = files_under(temp, home)
    assert find_markers(appeared, [marker]) == {}
    pieces = [pdf[i : i + 48] for i in range(200, len(pdf) - 48, max(1, len(pdf) // 8))]
    holding = [str(p) for p in appeared if any(piece in p.read_bytes() for piece in pieces)]
    assert holding == [], f"the PDF's bytes are in {holding}"
    others = [
        str(p.relative_to(tmp_path))
        for p in appeared
        if not any(
            own in p.relative_to(home if p.is_relative_to(home) else temp).as_posix()
            for own in OWN_CACHES
        )
    ]
    assert others == [], f"files appeared in the temp or home folder: {others}"
