"""The printed deadline report: what is due in a range, grouped by day, attorney or matter, with
everything overdue first and marked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Paragraph, SetPageTopFlowables, Spacer

from reports import fonts
from reports.layout import (
    BAND,
    NO_TASK,
    OVERDUE,
    OVERDUE_BG,
    STRIPE,
    Band,
    Column,
    Columns,
    ReportMeta,
    Row,
    Styles,
    Task,
    check_page_size,
    header_row,
    make_styles,
    new_doc_width,
    render,
)
from services import reporting
from services.reporting import DeadlineRow, DeadlineSelection
from storage.uow import UnitOfWork

CLIP = 400  # characters of one cell; notes and trails are the case file's job, not a row's
GROUP_TITLES = {"day": "day", "attorney": "attorney", "matter": "matter"}
COLUMNS = (
    Column("Due", 1.05),
    Column("Days left", 0.8),
    Column("What is due", 2.1),
    Column("Matter", 2.0),
    Column("Client (pseudonym)", 1.25),
    Column("Account", 1.25),
    Column("Responsible", 0.95),
    Column("Rule / citation", 1.25),
)


@dataclass(frozen=True)
class DeadlineReportOptions:
    selection: DeadlineSelection
    reveal_names: bool = False  # clients' sealed legal names, only on a person's explicit ask
    trail: bool = False  # print each deadline's computation trail under it
    page_size: str = "letter"


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    rows: int
    names_revealed: bool


def clip(text: str | None, limit: int = CLIP) -> str:
    if not text:
        return ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def due_text(day: dt.date, time: dt.time | None) -> str:
    text = f"{day:%a} {day.day} {day:%b %Y}"
    return text + (f"\n{time:%H:%M}" if time else "")


def _group_key(row: DeadlineRow, group: str) -> Any:
    if group == "attorney":
        return row.attorney or ""
    if group == "matter":
        return row.matter_id
    return "overdue" if row.overdue else row.due


def _group_title(row: DeadlineRow, group: str, today: dt.date) -> str:
    if group == "attorney":
        return f"Attorney: {row.attorney}" if row.attorney else "No attorney assigned"
    if group == "matter":
        case = f" ({row.case_number})" if row.case_number else ""
        return f"Matter {row.matter_id}: {row.matter_title}{case}"
    if row.overdue:
        return "OVERDUE"
    label = f"{row.due:%A} {row.due.day} {row.due:%B %Y}"
    if row.due == today:
        return f"{label} — today"
    if row.due == today + dt.timedelta(days=1):
        return f"{label} — tomorrow"
    return label


def _trail_markup(row: DeadlineRow) -> str | None:
    if not row.trail:
        return None
    steps = [s.strip(" -") for s in row.trail.splitlines() if s.strip()]
    return "<br/>".join("– " + fonts.markup(clip(s, 300)) for s in steps[:20])


def _row(
    row: DeadlineRow,
    columns: Columns,
    styles: Styles,
    options: DeadlineReportOptions,
    stripe: bool,
    on_draw: Any,
) -> Row:
    if row.overdue:
        days = f'<font color="{OVERDUE.hexval()}"><b>OVERDUE</b><br/>{row.days_left_text}</font>'
    else:
        days = fonts.markup(row.days_left_text)
        if row.status != "open":
            days += "<br/>" + fonts.markup(row.status)
    matter = fonts.markup(clip(row.matter_title, 160))
    if row.case_number:
        matter += "<br/>" + fonts.markup(row.case_number)
    client = fonts.markup(clip(row.clients, 200))
    if options.reveal_names and row.legal_names:
        client += f'<br/><font color="{OVERDUE.hexval()}"><b>Legal name:</b></font> '
        client += fonts.markup(clip(row.legal_names, 300))
    rule = fonts.markup(row.citation or "")
    if row.rule_id:
        rule += ("<br/>" if rule else "") + f'<font size="6.8">{fonts.markup(row.rule_id)}</font>'
    cells = [
        f"<b>{fonts.markup(due_text(row.due, row.due_time))}</b>",
        days,
        fonts.markup(clip(row.title)),
        matter,
        client,
        fonts.markup(clip(row.accounts, 200)),
        fonts.markup(row.responsible or "—"),
        rule,
    ]
    return Row(
        columns,
        cells,
        styles.cell,
        background=OVERDUE_BG if row.overdue else (STRIPE if stripe else None),
        below=_trail_markup(row) if options.trail else None,
        below_style=styles.trail,
        on_draw=on_draw,
    )


def intro(
    styles: Styles,
    title: str,
    lines: list[str],
    meta: ReportMeta,
    note: str = "Clients appear by pseudonym only; sealed legal names are left out.",
) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(fonts.markup(title), styles.title), Spacer(1, 3)]
    story += [Paragraph(line, styles.subtitle) for line in lines]
    if meta.names_revealed:
        story.append(Spacer(1, 4))
        story.append(
            Paragraph(
                "This report includes clients' sealed legal names, printed at the explicit "
                f"request of {fonts.markup(meta.generated_by)} and recorded in the audit log. "
                "Keep it under lock; shred it when done.",
                styles.warning,
            )
        )
    else:
        story.append(Paragraph(fonts.markup(note), styles.small))
    story.append(Spacer(1, 8))
    return story


def write_deadline_report(
    uow: UnitOfWork,
    options: DeadlineReportOptions,
    out: Path,
    *,
    task: Task = NO_TASK,
    now: dt.datetime | None = None,
) -> ReportResult:
    """Gather, lay out and write the report (atomically), then add its audit entry to `uow`.
    The caller commits once it has the result; a cancelled report writes nothing."""
    selection = options.selection.checked()
    meta = ReportMeta(
        title="Deadline report",
        office_name=reporting.office_name(uow),
        generated_at=now or dt.datetime.now(),
        generated_by=uow.actor,
        names_revealed=options.reveal_names,
        page_size=check_page_size(options.page_size),
        landscape=True,
    )
    styles = make_styles()
    columns = Columns(COLUMNS, new_doc_width(meta))
    source = reporting.DeadlineRows(uow, selection, reveal_names=options.reveal_names)
    total = source.count()
    task.progress(0, total, "Reading deadlines")
    today = selection.today

    drawn = 0

    def on_draw() -> None:
        nonlocal drawn
        drawn += 1
        if drawn % 50 == 0 or drawn == total:
            task.check()
            task.progress(drawn, total, "Laying out pages")

    body: list[Flowable] = []
    header = header_row(columns, styles)
    header.keepWithNext = True
    body.append(header)
    rows = overdue = 0
    current: Any = object()
    band: Band | None = None
    in_group = 0
    bands: list[tuple[Band, int, str]] = []
    for batch in source.batches():
        task.check()
        for row in batch:
            key = _group_key(row, selection.group)
            if key != current:
                if band is not None:
                    bands.append((band, in_group, band.text))
                current, in_group = key, 0
                band = Band(
                    fonts.markup(_group_title(row, selection.group, today)),
                    styles.band,
                    columns.width,
                    text_color=OVERDUE if key == "overdue" else None,
                    background=OVERDUE_BG if key == "overdue" else BAND,
                )
                band.keepWithNext = True
                body.append(band)
            body.append(_row(row, columns, styles, options, in_group % 2 == 1, on_draw))
            if rows == 0:  # from the next page on, every page starts with the headings
                body.append(SetPageTopFlowables([header_row(columns, styles)]))
            rows += 1
            in_group += 1
            overdue += row.overdue
        task.progress(rows, total, "Reading deadlines")
    if band is not None:
        bands.append((band, in_group, band.text))
    for group_band, count, text in bands:
        group_band.text = f"{text} · {count} deadline{'s' if count != 1 else ''}"
    total = rows
    lines = [
        fonts.markup(reporting.DeadlineSelection.describe(selection)),
        f"Grouped by {GROUP_TITLES[selection.group]}. Today is "
        f"{today:%A} {today.day} {today:%B %Y}.",
        f"<b>{rows} deadline{'s' if rows != 1 else ''}</b>"
        + (
            f', <font color="{OVERDUE.hexval()}"><b>{overdue} overdue</b></font>'
            if overdue
            else ", none overdue"
        )
        + ".",
    ]
    story = intro(styles, "Deadline report", lines, meta)
    if rows:
        story += body
    else:
        story.append(Paragraph("No deadlines match this selection.", styles.body))
    pages = render(meta, story, out)
    task.progress(total, total, "Saved")
    reporting.record_output(
        uow,
        "report",
        "deadline report",
        file_format="pdf",
        rows=rows,
        names_revealed=options.reveal_names,
        revealed_client_ids=source.revealed_client_ids,
        detail={**selection.as_detail(), "trail": options.trail, "pages": pages},
    )
    return ReportResult(out, pages, rows, options.reveal_names)
