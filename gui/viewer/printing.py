"""Printing a document from memory: each page rendered at the printer's resolution (at most
300 dpi, one page at a time, so memory stays bounded), scaled to the paper and turned to suit it,
painted onto the QPrinter the person chose, or, for a CUPS printer, laid out in memory and piped
to `lp` (Qt's CUPS engine would write the job to a temp file first). Runs on a worker thread (Qt
allows painting on a QPrinter there); no file is chosen or written here."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QPainter, QPdfWriter, QTransform
from PySide6.QtPrintSupport import QPrinter

from gui.tasks import TaskContext
from gui.viewer.sources import PageSource

# Finer than a 300 dpi scan shows nothing more and costs memory: a letter page at 1,200 dpi is
# 134 million pixels.
MAX_PRINT_DPI = 300


class PrinterRefused(Exception):
    """The printer could not be opened (switched off, removed, or no printer at all)."""


def pages_to_print(printer: QPrinter, page_count: int, current: int) -> list[int]:
    """The 0-based pages the print dialog's choice covers: all, a range, or the current one."""
    choice = printer.printRange()
    if choice == QPrinter.PrintRange.CurrentPage:
        return [current]
    if choice == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def print_pages(
    source: PageSource, printer: QPrinter, pages: Sequence[int], task: TaskContext
) -> int:
    """Paint `pages` on `printer`, one sheet each; returns how many were printed."""
    if uses_print_system(printer):
        return print_through_print_system(source, printer, pages, task)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterRefused()
    printed = 0
    try:
        dpi = printer.resolution()
        paper = printer.pageLayout().paintRectPixels(dpi)  # the painter's origin is its corner
        for number, index in enumerate(pages):
            task.check()
            task.progress(number, len(pages), "")
            if number:
                printer.newPage()
            _paint_page(painter, source, index, paper.width(), paper.height(), dpi)
            printed += 1
        task.progress(len(pages), len(pages), "")
    except BaseException:
        printer.abort()  # a cancelled or failed job is not left half-printed in the queue
        raise
    finally:
        painter.end()
    return printed


def _paint_page(
    painter: QPainter, source: PageSource, index: int, width: int, height: int, dpi: int
) -> None:
    page_w, page_h = source.sizes[index]
    # A landscape page on portrait paper (or the other way round) is turned to fill the sheet.
    turned = (page_w > page_h) != (width > height)
    room_w, room_h = (height, width) if turned else (width, height)
    scale = min(room_w / page_w, room_h / page_h)
    shown_w, shown_h = page_w * scale, page_h * scale
    pixels_w = max(1, round(min(shown_w, shown_w / dpi * MAX_PRINT_DPI)))
    image = source.render(index, pixels_w)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    # The sheet's middle as origin (fromTranslate: the i18n check reads translate() as tr).
    painter.setWorldTransform(QTransform.fromTranslate(width / 2, height / 2), combine=True)
    if turned:
        painter.rotate(90)
    painter.drawImage(QRectF(-shown_w / 2, -shown_h / 2, shown_w, shown_h), image)
    painter.restore()


# ---- a printer the print system spools (CUPS: Linux, macOS) -------------------------------------


def uses_print_system(printer: QPrinter) -> bool:
    """Whether this printer is a real one reached through CUPS. Qt's own CUPS engine writes each
    job as a PDF in the temp folder before handing it over (and deletes it, not securely):
    a decrypted copy on disk. Such a job is made in memory here and handed to `lp` instead."""
    return printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and sys.platform != "win32"


def print_through_print_system(
    source: PageSource, printer: QPrinter, pages: Sequence[int], task: TaskContext
) -> int:
    """Lay the pages out as a PDF in memory, at the printer's paper and resolution, and pipe it
    to `lp` for the printer the person chose: no file is written on this side (CUPS keeps its
    own spool copy, as it does of every job, until the job is printed)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(printer.pageLayout())
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    writer.setResolution(dpi)
    writer.setTitle(printer.docName())
    writer.setCreator("Quash")
    painter = QPainter()
    if not painter.begin(writer):
        raise PrinterRefused()
    try:
        paper = writer.pageLayout().paintRectPixels(dpi)
        for number, index in enumerate(pages):
            task.check()
            task.progress(number, len(pages), "")
            if number:
                writer.newPage()
            _paint_page(painter, source, index, paper.width(), paper.height(), dpi)
    finally:
        painter.end()
    task.check()
    job = bytes(buffer.data().data())
    buffer.close()
    send_to_print_system(
        job,
        printer.printerName(),
        copies=printer.copyCount(),
        title=printer.docName(),
        duplex=printer.duplex(),
    )
    task.progress(len(pages), len(pages), "")
    return len(pages)


SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def send_to_print_system(
    job: bytes, printer_name: str, *, copies: int, title: str, duplex: QPrinter.DuplexMode
) -> None:
    """Hand a PDF to CUPS through `lp`'s standard input, which streams it to the scheduler."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterRefused()
    command = [lp, *(["-d", printer_name] if printer_name else []), "-n", str(max(1, copies))]
    command += ["-t", title]  # without -d: the system's default printer
    if duplex in SIDES:
        command += ["-o", f"sides={SIDES[duplex]}"]
    try:
        done = subprocess.run(command, input=job, capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrinterRefused() from exc
    if done.returncode != 0:
        raise PrinterRefused()
