"""Deadline and subpoena lists as CSV for spreadsheets, with the reports' sealing rule: clients'
legal names only when a person asks for them, and audited either way.

Files are UTF-8 with a byte-order mark so Excel shows accents correctly. A text cell that would
open as a formula (it starts with "=", or with +, -, @ and holds a call or link character) is
prefixed with an apostrophe, so opening the file never runs anything typed into the case file;
a plain handle such as "@LBProtest" is left as it is.

Language: an English file keeps the column names and stored values it has always had
("due_time", "open", "administrative_subpoena"), which scripts read. In any other language
the file is for people: column names, statuses, kinds, demands, weekdays and yes/no are in that
language ("Hora", "abierto", "Citación administrativa", "sáb", "sí"). Dates stay ISO 8601
(2026-11-23) in every language, so every spreadsheet sorts them and no reader mistakes the
day for the month."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.tasks import NO_TASK, Task
from reports.i18n import SOURCE_LANGUAGE, Translator, check_language, translator
from reports.ics import ExportResult
from reports.wording import words
from services import reporting
from services.files import save_file
from services.reporting import DeadlineSelection, Period

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

KINDS = ("deadlines", "subpoenas")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_PARTS = ("(", "|", "!", "=", '"', "&")
# Column names: the English file's (stable for scripts) and, through the catalog with the
# context "CSV column", every other language's.
DEADLINE_HEADER = [
    "id",
    "due",
    "due_time",
    "weekday",
    "days_left",
    "overdue",
    "status",
    "title",
    "matter_id",
    "matter",
    "case_number",
    "attorney",
    "clients",
    "accounts",
    "responsible",
    "citation",
    "rule_id",
]
SUBPOENA_HEADER = [
    "id",
    "matter_id",
    "matter",
    "date",
    "kind",
    "issuer",
    "recipient",
    "authority",
    "issuing_officer",
    "stated_purpose",
    "issued",
    "served",
    "user_notified",
    "response_window_days",
    "compliance_date",
    "requested",
    "accounts",
    "gag_order",
    "status",
    "outcome",
]
LEGAL_NAMES = "legal_names (sealed)"


def column_names(tr: Translator) -> dict[str, str]:
    """Every CSV column's name in `tr`'s language."""
    return {
        # TRANSLATORS: CSV column names head a spreadsheet: short words people read, not codes.
        "id": tr.pgettext("CSV column", "id"),
        "due": tr.pgettext("CSV column", "due"),
        "due_time": tr.pgettext("CSV column", "due_time"),
        "weekday": tr.pgettext("CSV column", "weekday"),
        "days_left": tr.pgettext("CSV column", "days_left"),
        "overdue": tr.pgettext("CSV column", "overdue"),
        "status": tr.pgettext("CSV column", "status"),
        "title": tr.pgettext("CSV column", "title"),
        "matter_id": tr.pgettext("CSV column", "matter_id"),
        "matter": tr.pgettext("CSV column", "matter"),
        "case_number": tr.pgettext("CSV column", "case_number"),
        "attorney": tr.pgettext("CSV column", "attorney"),
        "clients": tr.pgettext("CSV column", "clients"),
        "accounts": tr.pgettext("CSV column", "accounts"),
        "responsible": tr.pgettext("CSV column", "responsible"),
        "citation": tr.pgettext("CSV column", "citation"),
        "rule_id": tr.pgettext("CSV column", "rule_id"),
        "date": tr.pgettext("CSV column", "date"),
        "kind": tr.pgettext("CSV column", "kind"),
        "issuer": tr.pgettext("CSV column", "issuer"),
        "recipient": tr.pgettext("CSV column", "recipient"),
        "authority": tr.pgettext("CSV column", "authority"),
        "issuing_officer": tr.pgettext("CSV column", "issuing_officer"),
        "stated_purpose": tr.pgettext("CSV column", "stated_purpose"),
        "issued": tr.pgettext("CSV column", "issued"),
        "served": tr.pgettext("CSV column", "served"),
        "user_notified": tr.pgettext("CSV column", "user_notified"),
        "response_window_days": tr.pgettext("CSV column", "response_window_days"),
        "compliance_date": tr.pgettext("CSV column", "compliance_date"),
        "requested": tr.pgettext("CSV column", "requested"),
        "gag_order": tr.pgettext("CSV column", "gag_order"),
        "outcome": tr.pgettext("CSV column", "outcome"),
        LEGAL_NAMES: tr.pgettext("CSV column", "legal_names (sealed)"),
    }


class _Values:
    """How a file in one language prints stored values: as stored in English (what scripts
    have always read), as words in any other language."""

    def __init__(self, tr: Translator):
        self.tr = tr
        self.words = words(tr.language)
        self.as_stored = tr.language == SOURCE_LANGUAGE

    def label(self, table: dict[str, str], value: str) -> str:
        return value if self.as_stored else self.words.of(table, value)

    def demands(self, values: tuple[str, ...]) -> str:
        return ", ".join(values) if self.as_stored else self.words.demands(values)

    def title(self, title: str) -> str:
        return title if self.as_stored else self.words.deadline_title(title)

    def yes_no(self, value: bool) -> str:
        if self.as_stored:
            return "yes" if value else "no"
        return self.tr.gettext("yes") if value else self.tr.gettext("no")


def safe(value: Any) -> Any:
    """A cell as a spreadsheet should read it: text never starts a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_START):
        if value.startswith("=") or any(part in value for part in FORMULA_PARTS):
            return "'" + value
    return value


def _write(out: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe(v) for v in row])
    save_file(out, buffer.getvalue().encode("utf-8-sig"))


def write_deadlines_csv(
    uow: UnitOfWork,
    selection: DeadlineSelection,
    out: Path,
    *,
    reveal_names: bool = False,
    task: Task = NO_TASK,
    language: str = "en",
) -> ExportResult:
    """Write the chosen deadlines as CSV (atomically), in `language` ("en" or "es"), and
    audit the export in `uow`."""
    tr = translator(check_language(language))
    values = _Values(tr)
    names = column_names(tr)
    source = reporting.DeadlineRows(uow, selection, reveal_names=reveal_names)
    span = reporting.deadline_span(uow, source.selection)
    reporting.check_not_empty(span, "deadlines", selection.today)  # never an empty list
    total = span.count
    header = [names[c] for c in DEADLINE_HEADER] + ([names[LEGAL_NAMES]] if reveal_names else [])
    rows: list[list[Any]] = []
    for batch in source.batches():
        task.check()
        for r in batch:
            line: list[Any] = [
                r.id,
                r.due,
                r.due_time.strftime("%H:%M") if r.due_time else None,
                tr.weekday(r.due),
                r.days_left,
                values.yes_no(r.overdue),
                values.label(values.words.deadline_status, r.status),
                values.title(r.title),
                r.matter_id,
                r.matter_title,
                r.case_number,
                r.attorney,
                r.clients,
                r.accounts,
                r.responsible,
                r.citation,
                r.rule_id,
            ]
            if reveal_names:
                line.append(r.legal_names)
            rows.append(line)
        task.progress(len(rows), total, tr.gettext("Writing deadlines"))
    task.check()
    _write(out, header, rows)
    reporting.record_output(
        uow,
        "export",
        "deadline list",
        file_format="csv",
        rows=len(rows),
        names_revealed=reveal_names,
        revealed_client_ids=source.revealed_client_ids,
        detail=selection.as_detail(),
    )
    return ExportResult(out, len(rows), reveal_names)


def write_subpoenas_csv(
    uow: UnitOfWork, period: Period, out: Path, *, task: Task = NO_TASK, language: str = "en"
) -> ExportResult:
    """Write the period's subpoenas as CSV (atomically), in `language` ("en" or "es"), and
    audit the export in `uow`."""
    tr = translator(check_language(language))
    values = _Values(tr)
    names = column_names(tr)
    w = values.words
    span = reporting.subpoena_span(uow, period)
    reporting.check_not_empty(span, "subpoenas", dt.date.today())  # never an empty list
    total = span.count
    rows: list[list[Any]] = []
    for batch in reporting.subpoena_batches(uow, period):
        task.check()
        for s in batch:
            rows.append(
                [
                    s.id,
                    s.matter_id,
                    s.matter_title,
                    s.date,
                    values.label(w.process_kind, s.kind),
                    s.issuer,
                    s.recipient,
                    s.authority,
                    s.issuing_officer,
                    s.stated_purpose,
                    s.issued,
                    s.served,
                    s.user_notified,
                    s.response_window_days,
                    s.compliance_date,
                    values.demands(s.requested),
                    s.accounts,
                    values.yes_no(s.gag_order),
                    values.label(w.subpoena_status, s.status),
                    w.of(w.outcome, s.outcome),  # a word in every language, as it always was
                ]
            )
        task.progress(len(rows), total, tr.gettext("Writing subpoenas"))
    task.check()
    _write(out, [names[c] for c in SUBPOENA_HEADER], rows)
    reporting.record_output(
        uow,
        "export",
        "subpoena list",
        file_format="csv",
        rows=len(rows),
        names_revealed=False,
        detail=period.as_detail(),
    )
    return ExportResult(out, len(rows), False)
