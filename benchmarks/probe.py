"""Measurements that need a fresh process of their own; bench.py runs them. Each prints one JSON
line, last, on stdout.

    python benchmarks/probe.py start VAULT           # app start to the unlock window painted
    python benchmarks/probe.py list VAULT            # deadlines list: first rows, keystrokes
    python benchmarks/probe.py memory VAULT          # RSS with every page of the window opened
    python benchmarks/probe.py deadline-report VAULT OUT.pdf [DAYS] [overdue]
    python benchmarks/probe.py register VAULT OUT.pdf [half]
    python benchmarks/probe.py matter-summary VAULT OUT.pdf MATTER_ID
    python benchmarks/probe.py floor VAULT OUT.pdf deadlines DAYS [overdue] | register | matter ID

GUI probes use the real widgets on Qt's offscreen platform. Before a probe starts only the
standard library's sys/os/json/time are imported, so `start` counts the app's own imports.
Reports are written but never committed: the benchmark vault's audit log stays as built.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PASSPHRASE = "benchmark vault passphrase"
T0_ENV = "QUASH_BENCH_T0"  # the parent's time.time() just before it started this process
FILTER_WORD = "reply"  # typed one letter at a time into the deadlines list's filter
WAIT_MS = 60_000  # give up on a paint after this long (the probe then fails loudly)


def rss_mb() -> tuple[float, float]:
    """(resident now, peak resident) in MB, from /proc; ru_maxrss where /proc is missing."""
    try:
        fields = dict(
            line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
        )
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        return peak, peak


def emit(**values: Any) -> None:
    print(json.dumps(values), flush=True)


# ---- Qt helpers --------------------------------------------------------------------------------


def qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Quash")
    app.setOrganizationName("Quash")
    return app


def paint_watch(widgets: list[Any], ready: Any = lambda: True) -> Any:
    """An object whose `wait()` runs the event loop until one of `widgets` has finished a paint
    while `ready()` holds, and returns time.perf_counter() at that moment.

    A QEventLoop with timers, not a processEvents() loop: it waits without spinning. (The
    abort a tight processEvents() loop once caused was PySide6 6.12.0 losing a reference to
    None on every call of a void Qt method; Quash pins 6.11.3.)"""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.at: float | None = None
            self.loop: QEventLoop | None = None
            self.deadline = QTimer(self)
            self.deadline.setSingleShot(True)
            self.deadline.timeout.connect(self._give_up)
            for widget in widgets:
                widget.installEventFilter(self)

        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if (
                event.type() == QEvent.Type.Paint
                and any(watched is w for w in widgets)
                and self.loop is not None
                and ready()
            ):
                QTimer.singleShot(0, self._painted)  # runs once this paint has been drawn
            return False

        def _painted(self) -> None:
            if self.loop is not None and self.at is None:
                self.at = time.perf_counter()
                self.loop.quit()

        def _give_up(self) -> None:
            if self.loop is not None:
                self.loop.quit()

        def wait(self, timeout_ms: int = WAIT_MS) -> float:
            self.at = None
            self.loop = QEventLoop()
            self.deadline.start(timeout_ms)
            self.loop.exec()
            self.deadline.stop()
            self.loop = None
            if self.at is None:
                names = ", ".join(w.objectName() or type(w).__name__ for w in widgets)
                raise RuntimeError(f"{names}: not painted within {timeout_ms} ms")
            return self.at

    return PaintWatch()


def spin(ms: int) -> None:
    """Run the event loop for `ms` milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def unlocked_context(folder: Path) -> tuple[Any, Any]:
    from PySide6.QtCore import QThreadPool

    from gui.context import AppContext
    from gui.tasks import TaskRunner
    from storage.vault import unlock_with_passphrase

    pool = QThreadPool()
    ctx = AppContext(TaskRunner(pool), "benchmark")
    ctx.set_vault(unlock_with_passphrase(folder, PASSPHRASE), folder)
    return ctx, pool


# ---- the probes --------------------------------------------------------------------------------


def probe_start(folder: Path) -> None:
    """What `python main.py` does up to the unlock window, timed from before this process was
    started (the parent's wall clock, passed in T0_ENV) until the window has been painted.
    It mirrors gui.app.run_gui and gui.start.choose_vault for a returning user, leaving out
    only the one QSettings read that names the last vault."""
    started = float(os.environ[T0_ENV])
    from PySide6.QtCore import QThreadPool

    import gui.app  # noqa: F401 - main.py imports this before anything is shown
    from gui.tasks import TaskRunner
    from gui.unlock import UnlockDialog

    app = qt_app()
    runner = TaskRunner(QThreadPool())
    dialog = UnlockDialog(folder, runner, offer_other_vault=True)
    watch = paint_watch([dialog])
    dialog.show()
    painted = watch.wait()
    seconds = time.time() - (time.perf_counter() - painted) - started
    dialog.close()
    app.quit()
    emit(seconds=seconds)


def probe_list(folder: Path) -> None:
    """The deadlines list on the real RecordsPage: from constructing the page to its first rows
    painted, then typing FILTER_WORD one key at a time, each filter applied at once (as Enter
    does) and timed until the list has been painted again."""
    from PySide6.QtTest import QTest

    from gui.pages.records_page import RecordsPage

    app = qt_app()
    ctx, pool = unlocked_context(folder)
    # Warm Qt up (style, fonts, the first QTableView) on a short list, as in a running app.
    warm = RecordsPage(ctx, "clients")
    warm.resize(1000, 700)
    warm_watch = paint_watch([warm.table.viewport(), warm.empty_label])
    warm.show()
    warm_watch.wait()
    warm.hide()

    started = time.perf_counter()
    page = RecordsPage(ctx, "deadlines")
    page.resize(1000, 700)
    viewport = page.table.viewport()
    # A filter that matches nothing shows the empty-state label instead of the table.
    watch = paint_watch([viewport, page.empty_label], lambda: page.model.rowCount() > 0)
    page.show()
    first_rows = watch.wait() - started
    total = page.model.total
    first_counted = page.count_label.text()

    keystrokes: list[float] = []
    matching: list[int] = []
    counted: list[str] = []  # the count line after each keystroke ("Matching: …")
    shown = paint_watch([viewport, page.empty_label])
    page.text_filter.setFocus()
    for letter in FILTER_WORD:
        started = time.perf_counter()
        QTest.keyClick(page.text_filter, letter)
        page.apply_filter()  # what the end of the 250 ms typing pause, or Enter, does
        viewport.update()  # an unchanged first page still counts as shown again
        keystrokes.append(shown.wait() - started)
        matching.append(page.model.total)
        counted.append(page.count_label.text())
    page.hide()
    ctx.lock()
    pool.waitForDone(10_000)
    app.processEvents()
    emit(
        first_rows=first_rows,
        total=total,
        keystrokes=keystrokes,
        matching=matching,
        counted=counted,
        first_counted=first_counted,
    )


def probe_memory(folder: Path) -> None:
    """Resident memory with the large vault unlocked in the main window and every page opened
    (each list loads its first page of rows)."""
    from gui.main_window import MainWindow

    app = qt_app()
    ctx, pool = unlocked_context(folder)
    window = MainWindow(ctx)
    window.show()
    spin(200)
    for index in range(window.nav.count()):
        window.show_page(index)
        spin(150)
    spin(300)
    rss, peak = rss_mb()
    pages = window.nav.count()
    window.close()
    ctx.lock()
    pool.waitForDone(10_000)
    app.processEvents()
    emit(rss_mb=rss, peak_mb=peak, pages=pages)


def _report(folder: Path, write: Any) -> None:
    """Unlock (outside the timing, but inside the process's peak memory), then time `write`,
    which reads the rows and writes the file. The report probes and the floor share this, so
    both sides pay for the same unlock (Argon2id at 64 MiB) and the same row query."""
    from storage.uow import UnitOfWork
    from storage.vault import unlock_with_passphrase

    vault = unlock_with_passphrase(folder, PASSPHRASE)
    before, _peak = rss_mb()
    started = time.perf_counter()
    with UnitOfWork(vault, "benchmark") as uow:
        result = write(uow)  # not committed: the report's audit entry is rolled back
    seconds = time.perf_counter() - started
    _rss, peak = rss_mb()
    vault.lock()
    emit(seconds=seconds, rows=result.rows, pages=result.pages, before_mb=before, peak_mb=peak)


def _deadline_selection(days: int, overdue: bool) -> Any:
    import datetime as dt

    from services.reporting import DeadlineSelection

    today = dt.date.today()
    return DeadlineSelection(
        today=today,
        date_from=today,
        date_to=today + dt.timedelta(days=days - 1),
        include_overdue=overdue,
    )


def probe_deadline_report(folder: Path, out: Path, days: int, overdue: bool = False) -> None:
    """The deadline report for the next `days` days (open deadlines, by day), as a PDF; with
    `overdue`, every overdue open deadline too, as `report deadlines` prints by default."""
    from reports.deadline_report import DeadlineReportOptions, write_deadline_report

    selection = _deadline_selection(days, overdue)
    _report(folder, lambda uow: write_deadline_report(uow, DeadlineReportOptions(selection), out))


def _median_issued(folder: Path) -> Any:
    from sqlalchemy import func, select

    from models.entities import Subpoena
    from storage.uow import UnitOfWork
    from storage.vault import unlock_with_passphrase

    with (
        unlock_with_passphrase(folder, PASSPHRASE) as vault,
        UnitOfWork(vault, "benchmark") as uow,
    ):
        n = uow.session.scalar(select(func.count()).select_from(Subpoena)) or 0
        return uow.session.scalar(
            select(Subpoena.issued).order_by(Subpoena.issued).offset(n // 2).limit(1)
        )


def probe_register(folder: Path, out: Path, half: bool) -> None:
    """The subpoena register over all dates (every subpoena), with its charts, as a PDF; with
    `half`, only up to the median date issued (to see how memory grows with length)."""
    from reports.register import RegisterOptions, write_register
    from services.reporting import Period

    period = Period(date_to=_median_issued(folder)) if half else Period()
    _report(folder, lambda uow: write_register(uow, RegisterOptions(period), out))


def probe_matter_summary(folder: Path, out: Path, matter_id: int) -> None:
    """One matter's summary (clients, accounts, subpoenas, deadlines, docket events) as a PDF."""
    import datetime as dt

    from reports.matter_summary import MatterSummaryOptions, write_matter_summary

    options = MatterSummaryOptions(matter_id, dt.date.today())
    _report(folder, lambda uow: write_matter_summary(uow, options, out))


# The floor: the same rows drawn straight onto pages with ReportLab's canvas.
FLOOR_LEADING = 12  # points from one row to the next, one line a row
FLOOR_ROWS_PER_PAGE = 54  # what fits on a letter page under the header at that leading


class FloorResult:
    def __init__(self, rows: int, pages: int):
        self.rows, self.pages = rows, pages


def draw_floor(out: Path, title: str, total: int, rows: Any) -> FloorResult:
    """`rows` (each a sequence of strings, one drawString each) onto letter pages: a header on
    each page, then FLOOR_ROWS_PER_PAGE rows, and "Page X of Y" at the foot. Y comes from
    `total` (counted before drawing), so no page is held until the end."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    width, height = letter
    pages = max(1, -(-total // FLOOR_ROWS_PER_PAGE))
    canvas = Canvas(str(out), pagesize=letter)
    page, on_page, drawn = 0, FLOOR_ROWS_PER_PAGE, 0

    def foot() -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 36, 24, f"Page {page} of {pages}")

    for row in rows:
        if on_page == FLOOR_ROWS_PER_PAGE:
            if page:
                foot()
                canvas.showPage()
            page, on_page = page + 1, 0
            canvas.setFont("Helvetica-Bold", 11)
            canvas.drawString(36, height - 40, title)
            canvas.setFont("Helvetica", 7.5)
        y = height - 64 - on_page * FLOOR_LEADING
        x = 36.0
        step = (width - 72) / max(1, len(row))
        for cell in row:
            canvas.drawString(x, y, cell)
            x += step
        on_page += 1
        drawn += 1
    if page == 0:
        page = 1
    foot()
    canvas.showPage()
    canvas.save()
    return FloorResult(drawn, page)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def probe_floor(folder: Path, out: Path, kind: str, args: list[str]) -> None:
    """The floor a report is compared with: the same unlock, the same rows read through the
    same query as the report (services.reporting), drawn with canvas.drawString — `deadlines
    DAYS [overdue]`, `register` (every subpoena), or `matter ID` (its subpoenas, deadlines and
    docket events, from services.reporting.matter_summary)."""
    from reportlab.pdfgen import canvas  # noqa: F401 - imported before the timing, as reports are

    from services import reporting

    def deadlines(uow: Any) -> FloorResult:
        selection = _deadline_selection(int(args[0]), args[1:] == ["overdue"])
        source = reporting.DeadlineRows(uow, selection)
        rows = (
            (
                r.due.isoformat(),
                str(r.days_left),
                r.title,
                r.matter_title,
                r.clients,
                _text(r.responsible),
                _text(r.citation),
            )
            for batch in source.batches()
            for r in batch
        )
        return draw_floor(out, "Deadline report", source.count(), rows)

    def register(uow: Any) -> FloorResult:
        period = reporting.Period()
        rows = (
            (
                _text(s.date),
                s.kind,
                s.issuer,
                s.recipient,
                s.matter_title,
                s.accounts,
                s.status,
            )
            for batch in reporting.subpoena_batches(uow, period)
            for s in batch
        )
        return draw_floor(out, "Subpoena register", reporting.count_subpoenas(uow, period), rows)

    def matter(uow: Any) -> FloorResult:
        summary = reporting.matter_summary(uow, int(args[0]))
        rows: list[tuple[str, ...]] = [
            (_text(s.date), s.kind, s.issuer, s.recipient, s.accounts, s.status)
            for s in summary.subpoenas
        ]
        rows += [
            (d.due.isoformat(), d.title, _text(d.responsible), _text(d.citation), d.status)
            for d in summary.deadlines
        ]
        rows += [(e.date.isoformat(), e.kind_of_event, e.summary) for e in summary.events]
        return draw_floor(out, summary.matter.title, len(rows), rows)

    write = {"deadlines": deadlines, "register": register, "matter": matter}[kind]
    _report(folder, write)


def main(argv: list[str]) -> int:
    name, folder = argv[0], Path(argv[1])
    if name == "start":
        probe_start(folder)
    elif name == "list":
        probe_list(folder)
    elif name == "memory":
        probe_memory(folder)
    elif name == "deadline-report":
        days = int(argv[3]) if len(argv) > 3 else 30
        probe_deadline_report(folder, Path(argv[2]), days, argv[4:] == ["overdue"])
    elif name == "register":
        probe_register(folder, Path(argv[2]), argv[3:] == ["half"])
    elif name == "matter-summary":
        probe_matter_summary(folder, Path(argv[2]), int(argv[3]))
    elif name == "floor":
        probe_floor(folder, Path(argv[2]), argv[3], argv[4:])
    else:
        raise SystemExit(f"unknown probe {name!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
