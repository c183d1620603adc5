"""One matter at a glance: its clients (by pseudonym), accounts, the process received and what it
demands, deadlines, docket events and notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from reports import fonts
from reports.deadline_report import ReportResult, clip, due_text, intro
from reports.layout import (
    NO_TASK,
    OVERDUE,
    OVERDUE_BG,
    STRIPE,
    Column,
    Columns,
    ReportMeta,
    Row,
    Styles,
    Task,
    check_page_size,
    header_row,
    key_value_rows,
    make_styles,
    new_doc_width,
    render,
)
from services import reporting
from storage.uow import UnitOfWork

STATUS_WORDS = {
    "intake": "Intake",
    "open": "Open",
    "motion_filed": "Motion filed",
    "stayed": "Stayed",
    "withdrawn": "Withdrawn",
    "quashed": "Quashed",
    "enforced": "Enforced",
    "closed": "Closed",
}


@dataclass(frozen=True)
class MatterSummaryOptions:
    matter_id: int
    today: dt.date
    reveal_names: bool = False
    trail: bool = False
    page_size: str = "letter"


def _date(day: dt.date | None) -> str | None:
    return f"{day:%a} {day.day} {day:%b %Y}" if day else None


def _table(
    heading: str, columns: Columns, rows: list[list[str]], styles: Styles, empty: str
) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(fonts.markup(heading), styles.heading)]
    if not rows:
        story.append(Paragraph(fonts.markup(empty), styles.small))
        return story
    head = header_row(columns, styles)
    head.keepWithNext = True
    story.append(head)
    story += [
        Row(columns, cells, styles.cell, background=STRIPE if i % 2 else None)
        for i, cells in enumerate(rows)
    ]
    return story


def write_matter_summary(
    uow: UnitOfWork,
    options: MatterSummaryOptions,
    out: Path,
    *,
    task: Task = NO_TASK,
    now: dt.datetime | None = None,
) -> ReportResult:
    reporting.check_matter(uow, options.matter_id)
    task.progress(0, 2, "Reading the matter")
    summary = reporting.matter_summary(uow, options.matter_id, reveal_names=options.reveal_names)
    task.check()
    m = summary.matter
    meta = ReportMeta(
        title=f"Matter summary — matter {m.id}",
        office_name=reporting.office_name(uow),
        generated_at=now or dt.datetime.now(),
        generated_by=uow.actor,
        names_revealed=options.reveal_names,
        page_size=check_page_size(options.page_size),
    )
    styles = make_styles()
    width = new_doc_width(meta)
    kv = Columns((Column("", 1.3), Column("", 5.0)), width)
    story = intro(
        styles,
        m.title,
        [f"Matter {m.id} · {fonts.markup(STATUS_WORDS.get(m.status, m.status))}"],
        meta,
    )
    story += key_value_rows(
        [
            ("Court", m.court),
            ("Case number", m.case_number),
            ("Judge", m.judge),
            ("Attorney", m.attorney),
            ("Paralegal", m.paralegal),
            ("Opened", _date(m.opened)),
            ("Closed", _date(m.closed)),
        ],
        kv,
        styles,
    )

    client_cols = [Column("Pseudonym", 2.2), Column("Language", 0.8), Column("Intake", 1.2)]
    if options.reveal_names:
        client_cols.append(Column("Legal name (sealed)", 2.2))
    client_rows = []
    for c in summary.clients:
        cells = [fonts.markup(c.pseudonym), fonts.markup(c.language or ""), _date(c.intake_date)]
        if options.reveal_names:
            cells.append(
                f'<font color="{OVERDUE.hexval()}">{fonts.markup(c.legal_name or "—")}</font>'
            )
        client_rows.append([cell or "" for cell in cells])
    story += _table(
        "Clients", Columns(client_cols, width), client_rows, styles, "No clients linked."
    )

    story += _table(
        "Accounts",
        Columns(
            (
                Column("Platform", 0.9),
                Column("Handle", 1.8),
                Column("URL", 1.8),
                Column("Activity", 2.6),
            ),
            width,
        ),
        [
            [
                fonts.markup(a.platform),
                fonts.markup(a.handle),
                fonts.markup(a.url or ""),
                fonts.markup(clip(a.description, 300)),
            ]
            for a in summary.accounts
        ],
        styles,
        "No accounts linked.",
    )

    story.append(Paragraph("Legal process received", styles.heading))
    if not summary.subpoenas:
        story.append(Paragraph("No subpoenas, summonses or orders recorded.", styles.small))
    for s in summary.subpoenas:
        title = f"{s.kind_text} from {s.issuer} to {s.recipient}"
        head = Paragraph(f"<b>{fonts.markup(title)}</b>", styles.body)
        head.keepWithNext = True
        story.append(head)
        window = f"{s.response_window_days} days" if s.response_window_days is not None else None
        story += key_value_rows(
            [
                ("Demands", s.demands_text or "not recorded"),
                ("Authority cited", s.authority),
                ("Issuing officer", s.issuing_officer),
                ("Stated purpose", clip(s.stated_purpose, 600)),
                ("Issued", _date(s.issued)),
                ("Served", _date(s.served)),
                ("User notified", _date(s.user_notified)),
                ("Response window", window),
                ("Compliance date", _date(s.compliance_date)),
                ("Accounts targeted", s.accounts),
                ("Gag order", "Yes" if s.gag_order else "No"),
                ("Status", f"{s.status} ({s.outcome})"),
            ],
            kv,
            styles,
        )
        story.append(Spacer(1, 6))

    deadline_rows = []
    for d in summary.deadlines:
        days = (d.due - options.today).days
        overdue = d.status == "open" and days < 0
        left = (
            f'<font color="{OVERDUE.hexval()}"><b>OVERDUE</b> {-days} d</font>'
            if overdue
            else (f"{days} d" if d.status == "open" else "")
        )
        what = fonts.markup(clip(d.title))
        if options.trail and d.trail:
            steps = [t.strip(" -") for t in d.trail.splitlines() if t.strip()]
            what += (
                '<br/><font size="7" color="#52606d"><i>'
                + "<br/>".join("– " + fonts.markup(clip(t, 300)) for t in steps[:20])
                + "</i></font>"
            )
        deadline_rows.append(
            [
                f"<b>{fonts.markup(due_text(d.due, d.due_time))}</b>",
                left,
                what,
                fonts.markup(d.status),
                fonts.markup(d.responsible or "—"),
                fonts.markup(d.citation or ""),
            ]
        )
    deadline_cols = Columns(
        (
            Column("Due", 1.1),
            Column("Left", 0.8),
            Column("What is due", 3.0),
            Column("Status", 0.7),
            Column("Responsible", 1.0),
            Column("Citation", 1.3),
        ),
        width,
    )
    deadline_story = _table("Deadlines", deadline_cols, deadline_rows, styles, "No deadlines.")
    for flowable, d in zip(deadline_story[2:], summary.deadlines, strict=False):
        if isinstance(flowable, Row) and d.status == "open" and d.due < options.today:
            flowable.background = OVERDUE_BG
    story += deadline_story

    story += _table(
        "Docket events",
        Columns((Column("Date", 1.1), Column("Kind", 1.0), Column("Summary", 5.0)), width),
        [
            [_date(e.date) or "", fonts.markup(e.kind_of_event), fonts.markup(clip(e.summary, 800))]
            for e in summary.events
        ],
        styles,
        "No docket events.",
    )
    story.append(Paragraph("Notes", styles.heading))
    story.append(Paragraph(fonts.markup(m.notes) or "No notes.", styles.body))

    pages = render(meta, story, out)
    task.progress(2, 2, "Saved")
    reporting.record_output(
        uow,
        "report",
        "matter summary",
        file_format="pdf",
        rows=len(summary.deadlines) + len(summary.subpoenas) + len(summary.events),
        names_revealed=options.reveal_names,
        revealed_client_ids=summary.revealed_client_ids,
        detail={"matter_id": m.id, "trail": options.trail, "pages": pages},
    )
    return ReportResult(out, pages, len(summary.deadlines), options.reveal_names)
