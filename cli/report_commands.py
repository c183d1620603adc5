"""Command-line sub-commands for reports; `register` adds them to the main parser.

    report deadlines|matter|register   printed reports (PDF)
    calendar                           deadlines as .ics for Outlook or any calendar
    export-csv deadlines|subpoenas     lists for spreadsheets

Every file written is plaintext by nature, so each command warns on stderr, as `export` does.
Each says what it wrote (how many, and the dates they span); a selection that holds nothing
writes no file and says so (exit 1), as the Reports page does.
Each takes `--language en|es` for the file's text and dates; the default is the language of the
user's locale (LC_ALL, LC_MESSAGES or LANG). The command's own messages stay in English.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.argtypes import out_file, record_id
from cli.common import EXIT_OK, Parser, parse_date, with_vault
from models.errors import ValidationError
from models.reminders import DEFAULT_LEADS, LEADS, checked_leads
from reports.i18n import LANGUAGES, system_language
from services import reporting
from services.reporting import GROUPS, STATUS_CHOICES, DeadlineSelection, Period, Span

if TYPE_CHECKING:
    from services.session import Session

    pass

# reports.layout's PAGE_SIZES, named here so that --help does not load ReportLab.
PAGE_SIZE_NAMES = ("a4", "letter")


class _Progress:
    """Progress on a terminal's stderr; silent when stderr is a file or a pipe."""

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self.live and total:
            print(f"\r{text}: {done}/{total}   ", end="", file=sys.stderr, flush=True)

    def check(self) -> None:
        """Ctrl+C interrupts; nothing else cancels on the command line."""

    def finish(self) -> None:
        if self.live:
            print("\r" + " " * 60 + "\r", end="", file=sys.stderr, flush=True)


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _wrote(out: Path, count: int, word: str, span: Span, today: dt.date, extra: str = "") -> str:
    """What a file holds, as the Reports page says it: "Wrote x: 3 deadlines, 30 Nov – 2 Mar"."""
    return f"Wrote {out}: {_n(count, word)}, {span.english(today)}{extra}."


def _leads(text: str) -> tuple[int, ...]:
    """--remind: "3,1,0" (days before; 0 the morning of) or "none"."""
    if text.strip().lower() == "none":
        return ()
    parts = [p.strip() for p in text.split(",") if p.strip()]
    leads = checked_leads(parts)
    if not parts or len(leads) != len(set(parts)):
        raise argparse.ArgumentTypeError(
            f"give lead days from {', '.join(map(str, LEADS))} separated by commas, or none"
        )
    return leads


def _out(args: argparse.Namespace, suffix: str) -> Path:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise ValidationError(f"The folder {out.parent} does not exist.", field="out")
    if out.is_dir():
        raise ValidationError(f"{out} is a folder; give a file name ending {suffix}.", field="out")
    return out


def _warn(out: Path, revealed: bool, what: str) -> None:
    print(
        f"Warning: {out} is NOT encrypted. Anyone who can read it sees the {what}"
        + (
            ", including clients' sealed legal names"
            if revealed
            else " (sealed names were left out)"
        )
        + ". Delete it when done.",
        file=sys.stderr,
    )


def _selection(
    args: argparse.Namespace, today: dt.date, *, default_days: int | None, overdue: bool
) -> DeadlineSelection:
    date_from = parse_date(args.date_from, "--from")
    date_to = parse_date(args.date_to, "--to")
    if default_days is not None and date_from is None and date_to is None:
        date_from, date_to = today, today + dt.timedelta(days=default_days - 1)
    elif default_days is not None and date_from is None and date_to is not None:
        date_from = min(today, date_to)
    return DeadlineSelection(
        today=today,
        date_from=date_from,
        date_to=date_to,
        person=args.person,
        matter_id=args.matter,
        status=args.status,
        include_overdue=overdue,
        group=getattr(args, "group", "day"),
    ).checked()


def _period(args: argparse.Namespace) -> Period:
    return Period(parse_date(args.date_from, "--from"), parse_date(args.date_to, "--to")).checked()


# ---- commands --------------------------------------------------------------------------------


def cmd_report_deadlines(args: argparse.Namespace) -> int:
    from reports.deadline_report import DeadlineReportOptions, write_deadline_report

    out = _out(args, ".pdf")
    selection = _selection(args, dt.date.today(), default_days=14, overdue=not args.no_overdue)
    options = DeadlineReportOptions(
        selection, reveal_names=args.reveal_names, trail=args.trail, page_size=args.page_size
    )

    def work(session: Session) -> int:
        progress = _Progress()
        with session.unit_of_work() as uow:
            span = reporting.deadline_span(uow, selection)
            result = write_deadline_report(uow, options, out, task=progress, language=args.language)
            uow.commit()
        progress.finish()
        _warn(out, result.names_revealed, "deadline report")
        pages = f" on {_n(result.pages, 'page')}"
        print(_wrote(out, result.rows, "deadline", span, selection.today, pages))
        return EXIT_OK

    return with_vault(args, work)


def cmd_report_matter(args: argparse.Namespace) -> int:
    from reports.matter_summary import MatterSummaryOptions, write_matter_summary

    out = _out(args, ".pdf")
    options = MatterSummaryOptions(
        args.matter,
        dt.date.today(),
        reveal_names=args.reveal_names,
        trail=args.trail,
        page_size=args.page_size,
    )

    def work(session: Session) -> int:
        progress = _Progress()
        with session.unit_of_work() as uow:
            result = write_matter_summary(uow, options, out, task=progress, language=args.language)
            uow.commit()
        progress.finish()
        _warn(out, result.names_revealed, "matter summary")
        print(f"Wrote {out}: matter {args.matter} on {_n(result.pages, 'page')}.")
        return EXIT_OK

    return with_vault(args, work)


def cmd_report_register(args: argparse.Namespace) -> int:
    from reports.register import RegisterOptions, write_register

    out = _out(args, ".pdf")
    options = RegisterOptions(_period(args), page_size=args.page_size)

    def work(session: Session) -> int:
        progress = _Progress()
        with session.unit_of_work() as uow:
            span = reporting.subpoena_span(uow, options.period)
            result = write_register(uow, options, out, task=progress, language=args.language)
            uow.commit()
        progress.finish()
        _warn(out, False, "subpoena register")
        pages = f" on {_n(result.pages, 'page')}"
        print(_wrote(out, result.rows, "subpoena", span, dt.date.today(), pages))
        return EXIT_OK

    return with_vault(args, work)


def cmd_calendar(args: argparse.Namespace) -> int:
    from reports.ics import write_calendar

    out = _out(args, ".ics")
    today = dt.date.today()
    selection = _selection(args, today, default_days=None, overdue=False)
    if selection.date_from is None:  # a calendar looks forward unless told otherwise
        selection = replace(selection, date_from=today).checked()

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            span = reporting.deadline_span(uow, selection)
            result = write_calendar(uow, selection, out, language=args.language, leads=args.remind)
            uow.commit()
        _warn(out, False, "deadlines")
        print(_wrote(out, result.rows, "deadline", span, today, " as calendar events"))
        return EXIT_OK

    return with_vault(args, work)


def cmd_export_csv(args: argparse.Namespace) -> int:
    from reports.csv_export import write_deadlines_csv, write_subpoenas_csv

    out = _out(args, ".csv")
    if args.kind == "subpoenas" and args.reveal_names:
        raise ValidationError("The subpoena list holds no client names; drop --reveal-names.")
    if args.kind == "subpoenas" and (args.person or args.matter is not None):
        raise ValidationError("--person and --matter apply to the deadline list only.")
    today = dt.date.today()

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            if args.kind == "deadlines":
                selection = _selection(args, today, default_days=None, overdue=False)
                span = reporting.deadline_span(uow, selection)
                result = write_deadlines_csv(
                    uow, selection, out, reveal_names=args.reveal_names, language=args.language
                )
            else:
                span = reporting.subpoena_span(uow, _period(args))
                result = write_subpoenas_csv(uow, _period(args), out, language=args.language)
            uow.commit()
        _warn(out, result.names_revealed, f"{args.kind} list")
        print(_wrote(out, result.rows, args.kind.rstrip("s"), span, today))
        return EXIT_OK

    return with_vault(args, work)


# ---- the parser ------------------------------------------------------------------------------


def _range_flags(p: Parser, what: str) -> None:
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help=f"first {what}")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help=f"last {what}")


def _deadline_filters(p: Parser, status_default: str) -> None:
    p.add_argument("--person", metavar="NAME", help="responsible person, attorney or paralegal")
    p.add_argument("--matter", type=record_id, metavar="ID", help="one matter only")
    p.add_argument(
        "--status",
        choices=STATUS_CHOICES,
        default=status_default,
        help=f"deadline status (default {status_default})",
    )


def _page_size(p: Parser) -> None:
    p.add_argument("--page-size", choices=PAGE_SIZE_NAMES, default="letter")


def _language(p: Parser) -> None:
    default = system_language()
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default=default,
        help=f"language of the file's text and dates (default {default}, from the locale)",
    )


def _reveal(p: Parser) -> None:
    p.add_argument(
        "--reveal-names",
        action="store_true",
        help="include clients' sealed legal names (recorded in the audit log)",
    )


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    rp = sub.add_parser("report", help="printed reports (PDF)")
    rsub = rp.add_subparsers(dest="action", required=True, parser_class=Parser)

    p = command(
        "deadlines",
        cmd_report_deadlines,
        "what is due (default the next 14 days), overdue first; grouped by day, attorney or matter",
        parent=rsub,
    )
    p.add_argument("--out", required=True, type=out_file, metavar="FILE.pdf")
    _range_flags(p, "due date (default today)")
    p.add_argument("--group", choices=GROUPS, default="day")
    _deadline_filters(p, "open")
    p.add_argument(
        "--no-overdue", action="store_true", help="leave out overdue deadlines before --from"
    )
    p.add_argument("--trail", action="store_true", help="print how each date was computed")
    _page_size(p)
    _reveal(p)
    _language(p)

    p = command(
        "matter",
        cmd_report_matter,
        "one matter: clients, accounts, subpoenas, deadlines, docket events, notes",
        parent=rsub,
    )
    p.add_argument("--matter", required=True, type=record_id, metavar="ID")
    p.add_argument("--out", required=True, type=out_file, metavar="FILE.pdf")
    p.add_argument("--trail", action="store_true", help="print how each date was computed")
    _page_size(p)
    _reveal(p)
    _language(p)

    p = command(
        "register",
        cmd_report_register,
        "every subpoena in a period with charts by agency, platform, outcome and month",
        parent=rsub,
    )
    p.add_argument("--out", required=True, type=out_file, metavar="FILE.pdf")
    _range_flags(p, "issue date")
    _page_size(p)
    _language(p)

    p = command(
        "calendar",
        cmd_calendar,
        "write deadlines as an .ics calendar file (default: open deadlines from today on)",
    )
    p.add_argument("--out", required=True, type=out_file, metavar="FILE.ics")
    _range_flags(p, "due date")
    _deadline_filters(p, "open")
    default_leads = ",".join(map(str, DEFAULT_LEADS))
    p.add_argument(
        "--remind",
        type=_leads,
        default=DEFAULT_LEADS,
        metavar="DAYS",
        help=f"alarms, in days before the due day (3, 1; 0 the morning of), comma-separated, "
        f"or none (default {default_leads}, as the app's default)",
    )
    _language(p)

    p = command(
        "export-csv",
        cmd_export_csv,
        "write the deadline or subpoena list as CSV for spreadsheets (plaintext!)",
    )
    p.add_argument("kind", choices=("deadlines", "subpoenas"))
    p.add_argument("--out", required=True, type=out_file, metavar="FILE.csv")
    _range_flags(p, "due date (deadlines) or issue date (subpoenas)")
    _deadline_filters(p, "any")
    _reveal(p)
    _language(p)
