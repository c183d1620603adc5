"""Deadline and subpoena lists as CSV for spreadsheets, with the reports' sealing rule: clients'
legal names only when a person asks for them, and audited either way.

Files are UTF-8 with a byte-order mark so Excel shows accents correctly. A text cell that would
open as a formula (it starts with "=", or with +, -, @ and holds a call or link character) is
prefixed with an apostrophe, so opening the file never runs anything typed into the case file;
a plain handle such as "@LBProtest" is left as it is."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reports.ics import ExportResult
from reports.layout import NO_TASK, Task
from services import reporting
from services.reporting import DeadlineSelection, Period
from storage.atomic import write_atomically
from storage.uow import UnitOfWork

KINDS = ("deadlines", "subpoenas")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_PARTS = ("(", "|", "!", "=", '"', "&")
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
    write_atomically(out, buffer.getvalue().encode("utf-8-sig"))


def write_deadlines_csv(
    uow: UnitOfWork,
    selection: DeadlineSelection,
    out: Path,
    *,
    reveal_names: bool = False,
    task: Task = NO_TASK,
) -> ExportResult:
    source = reporting.DeadlineRows(uow, selection, reveal_names=reveal_names)
    total = source.count()
    header = DEADLINE_HEADER + (["legal_names (sealed)"] if reveal_names else [])
    rows: list[list[Any]] = []
    for batch in source.batches():
        task.check()
        for r in batch:
            line: list[Any] = [
                r.id,
                r.due,
                r.due_time.strftime("%H:%M") if r.due_time else None,
                f"{r.due:%a}",
                r.days_left,
                r.overdue,
                r.status,
                r.title,
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
        task.progress(len(rows), total, "Writing deadlines")
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
    uow: UnitOfWork, period: Period, out: Path, *, task: Task = NO_TASK
) -> ExportResult:
    total = reporting.count_subpoenas(uow, period)
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
                    s.kind,
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
                    ", ".join(s.requested),
                    s.accounts,
                    s.gag_order,
                    s.status,
                    s.outcome,
                ]
            )
        task.progress(len(rows), total, "Writing subpoenas")
    task.check()
    _write(out, SUBPOENA_HEADER, rows)
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
