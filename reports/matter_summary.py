"""One matter at a glance: its clients (by pseudonym), accounts, the process received and what it
demands, deadlines, docket events and notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, Spacer

from models.tasks import NO_TASK, Task
from models.trail import render as render_trail
from reports import fonts
from reports.deadline_report import ReportResult, clip, intro
from reports.i18n import N_, Translator, check_language, translator
from reports.layout import (
    OVERDUE,
    OVERDUE_BG,
    STRIPE,
    Column,
    Columns,
    Paragraph,
    PlainText,
    ReportMeta,
    Row,
    Styles,
    check_page_size,
    header_row,
    key_value_rows,
    make_styles,
    new_doc_width,
    render,
    table_body,
)
from reports.wording import due_text, words
from services import reporting

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

TITLE = N_("Matter summary — matter %(id)d")


@dataclass(frozen=True)
class MatterSummaryOptions:
    """Which matter and what to show; the language is the writer's `language` keyword."""

    matter_id: int
    today: dt.date
    reveal_names: bool = False
    trail: bool = False
    page_size: str = "letter"


def _table(
    tr: Translator,
    heading: str,
    columns: Columns,
    rows: list[list[str]],
    styles: Styles,
    empty: str,
    backgrounds: Sequence[Any] = (),
) -> list[Flowable]:
    """A headed table; `heading` and `empty` are already in the report's language. A row's
    background is its entry in `backgrounds` where that is not None, else striped."""
    story: list[Flowable] = [Paragraph(fonts.markup(heading), styles.heading)]
    if not rows:
        story.append(Paragraph(fonts.markup(empty), styles.small))
        return story
    head = header_row(columns, styles, tr)
    head.keepWithNext = True
    story.append(head)
    colours = list(backgrounds) + [None] * (len(rows) - len(backgrounds))
    table = [
        Row(columns, cells, styles.cell, background=colours[i] or (STRIPE if i % 2 else None))
        for i, cells in enumerate(rows)
    ]
    return story + table_body(table)


def _days_short(text: str) -> str:
    """ "220 d" as markup that never breaks between the number and its unit."""
    return fonts.markup(text).replace(" ", "\u00a0")


def write_matter_summary(
    uow: UnitOfWork,
    options: MatterSummaryOptions,
    out: Path,
    *,
    task: Task = NO_TASK,
    now: dt.datetime | None = None,
    language: str = "en",
) -> ReportResult:
    """Write one matter's summary (atomically) in `language` ("en" or "es") and audit it."""
    tr = translator(check_language(language))
    w = words(tr.language)
    _ = tr.gettext

    def day(value: dt.date | None) -> str | None:
        return tr.day(value) if value else None

    reporting.check_matter(uow, options.matter_id)
    fonts.prepare(task, tr)
    task.progress(0, 2, _("Reading the matter"))
    summary = reporting.matter_summary(uow, options.matter_id, reveal_names=options.reveal_names)
    task.check()
    m = summary.matter
    meta = ReportMeta(
        title=_(TITLE, id=m.id),
        office_name=reporting.office_name(uow),
        generated_at=now or dt.datetime.now(),
        generated_by=uow.actor,
        names_revealed=options.reveal_names,
        page_size=check_page_size(options.page_size),
        language=tr.language,
    )
    styles = make_styles()
    width = new_doc_width(meta)
    kv = Columns((Column("", 1.3), Column("", 5.0)), width)
    story = intro(
        styles,
        m.title,
        [
            fonts.markup(
                _(
                    "Matter %(id)d · %(status)s",
                    id=m.id,
                    status=w.of(w.matter_status, m.status),
                )
            )
        ],
        meta,
    )
    story += key_value_rows(
        [
            (_("Court"), m.court),
            (_("Case number"), m.case_number),
            (_("Judge"), m.judge),
            (_("Attorney"), m.attorney),
            (_("Paralegal"), m.paralegal),
            (_("Opened"), day(m.opened)),
            (_("Closed"), day(m.closed)),
        ],
        kv,
        styles,
    )

    client_cols = [
        Column(N_("Pseudonym"), 2.2),
        Column(N_("Language"), 0.8),
        Column(N_("Intake"), 1.2),
    ]
    if options.reveal_names:
        client_cols.append(Column(N_("Legal name (sealed)"), 2.2))
    client_rows = []
    for c in summary.clients:
        cells = [fonts.markup(c.pseudonym), fonts.markup(c.language or ""), day(c.intake_date)]
        if options.reveal_names:
            cells.append(
                f'<font color="{OVERDUE.hexval()}">{fonts.markup(c.legal_name or "—")}</font>'
            )
        client_rows.append([cell or "" for cell in cells])
    story += _table(
        tr,
        _("Clients"),
        Columns(client_cols, width),
        client_rows,
        styles,
        _("No clients linked."),
    )

    story += _table(
        tr,
        _("Accounts"),
        Columns(
            (
                Column(N_("Platform"), 0.9),
                Column(N_("Handle"), 1.8),
                Column(N_("URL"), 1.8),
                Column(N_("Activity"), 2.6),
            ),
            width,
        ),
        [
            [
                fonts.markup(w.of(w.platform, a.platform)),
                fonts.markup(a.handle),
                fonts.markup(a.url or ""),
                fonts.markup(clip(a.description, 300)),
            ]
            for a in summary.accounts
        ],
        styles,
        _("No accounts linked."),
    )

    story.append(Paragraph(fonts.markup(_("Legal process received")), styles.heading))
    if not summary.subpoenas:
        story.append(
            Paragraph(fonts.markup(_("No subpoenas, summonses or orders recorded.")), styles.small)
        )
    for s in summary.subpoenas:
        title = _(
            "%(kind)s from %(issuer)s to %(recipient)s",
            kind=w.of(w.process_kind, s.kind),
            issuer=s.issuer,
            recipient=s.recipient,
        )
        head = PlainText(f"<b>{fonts.markup(title)}</b>", styles.body)
        head.keepWithNext = True
        story.append(head)
        window = (
            tr.ngettext("%(n)d day", "%(n)d days", s.response_window_days)
            if s.response_window_days is not None
            else None
        )
        status = _(
            "%(status)s (%(outcome)s)",
            status=w.of(w.subpoena_status, s.status),
            outcome=w.of(w.outcome, s.outcome),
        )
        story += key_value_rows(
            [
                (_("Demands"), w.demands(s.requested) or _("not recorded")),
                (_("Authority cited"), s.authority),
                (_("Issuing officer"), s.issuing_officer),
                (_("Stated purpose"), clip(s.stated_purpose, 600)),
                (_("Issued"), day(s.issued)),
                (_("Served"), day(s.served)),
                (_("User notified"), day(s.user_notified)),
                (_("Response window"), window),
                (_("Compliance date"), day(s.compliance_date)),
                (_("Accounts targeted"), s.accounts),
                (_("Gag order"), w.yes_no(s.gag_order)),
                (_("Status"), status),
            ],
            kv,
            styles,
        )
        story.append(Spacer(1, 6))

    deadline_rows = []
    for d in summary.deadlines:
        days = (d.due - options.today).days
        overdue = d.status == "open" and days < 0
        if overdue:
            late = fonts.markup(_("OVERDUE"))
            # TRANSLATORS: a number of days, abbreviated for a narrow column ("3 d").
            behind = _days_short(_("%(n)d d", n=-days))
            left = f'<font color="{OVERDUE.hexval()}"><b>{late}</b><br/>{behind}</font>'
        else:
            left = _days_short(_("%(n)d d", n=days)) if d.status == "open" else ""
        what = fonts.markup(clip(w.deadline_title(d.title)))
        if options.trail and d.trail:
            steps = render_trail(d.trail, tr.language)
            what += (
                '<br/><font size="7" color="#52606d"><i>'
                + "<br/>".join("– " + fonts.markup(clip(t, 300)) for t in steps[:20])
                + "</i></font>"
            )
        deadline_rows.append(
            [
                f"<b>{fonts.markup(due_text(tr, d.due, d.due_time))}</b>",
                left,
                what,
                fonts.markup(w.of(w.deadline_status, d.status)),
                fonts.markup(d.responsible or "—"),
                fonts.markup(d.citation or ""),
            ]
        )
    deadline_cols = Columns(
        (
            Column(N_("Due"), 1.1),
            # TRANSLATORS: "Left" heads the days left until a deadline; "Due" its due date.
            Column(N_("Left"), 0.8),
            Column(N_("What is due"), 3.0),
            Column(N_("Status"), 0.7),
            Column(N_("Responsible"), 1.0),
            Column(N_("Citation"), 1.3),
        ),
        width,
    )
    story += _table(
        tr,
        _("Deadlines"),
        deadline_cols,
        deadline_rows,
        styles,
        _("No deadlines."),
        [
            OVERDUE_BG if d.status == "open" and d.due < options.today else None
            for d in summary.deadlines
        ],
    )

    story += _table(
        tr,
        _("Docket events"),
        Columns(
            (Column(N_("Date"), 1.1), Column(N_("Kind"), 1.0), Column(N_("Summary"), 5.0)),
            width,
        ),
        [
            [
                day(e.date) or "",
                fonts.markup(w.of(w.event_kind, e.kind_of_event)),
                fonts.markup(clip(w.event_summary(e.summary, e.trigger_id), 800)),
            ]
            for e in summary.events
        ],
        styles,
        _("No docket events."),
    )
    story.append(Paragraph(fonts.markup(_("Notes")), styles.heading))
    story.append(Paragraph(fonts.markup(m.notes) or fonts.markup(_("No notes.")), styles.body))

    pages = render(meta, story, out)
    task.progress(2, 2, _("Saved"))
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
