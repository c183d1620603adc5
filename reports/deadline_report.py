"""The printed deadline report: what is due in a range, grouped by day, attorney or matter, with
everything overdue first and marked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, SetPageTopFlowables, Spacer

from models.tasks import NO_TASK, Task
from models.trail import render as render_trail
from reports import fonts
from reports.i18n import N_, Translator, check_language, sentence, translator
from reports.layout import (
    BAND,
    OVERDUE,
    OVERDUE_BG,
    STRIPE,
    Band,
    Column,
    Columns,
    Paragraph,
    ReportMeta,
    Row,
    Styles,
    check_page_size,
    header_row,
    make_styles,
    new_doc_width,
    render,
    table_body,
)
from reports.wording import days_left, describe_selection, due_text, words
from services import reporting
from services.reporting import DeadlineRow, DeadlineSelection

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

CLIP = 400  # characters of one cell; notes and trails are the case file's job, not a row's
TITLE = N_("Deadline report")
GROUP_TITLES = {
    "day": N_("Grouped by day."),
    "attorney": N_("Grouped by attorney."),
    "matter": N_("Grouped by matter."),
}
COLUMNS = (
    # TRANSLATORS: column headings of a narrow table; keep them short.
    Column(N_("Due"), 1.05),
    Column(N_("Days left"), 0.8),
    Column(N_("What is due"), 2.1),
    Column(N_("Matter"), 2.0),
    Column(N_("Client (pseudonym)"), 1.25),
    Column(N_("Account"), 1.25),
    Column(N_("Responsible"), 0.95),
    Column(N_("Rule / citation"), 1.25),
)


@dataclass(frozen=True)
class DeadlineReportOptions:
    """What the report holds and shows. The language it is written in is the writer's
    `language` keyword, as for every report and export."""

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


def _group_key(row: DeadlineRow, group: str) -> Any:
    if group == "attorney":
        return row.attorney or ""
    if group == "matter":
        return row.matter_id
    return "overdue" if row.overdue else row.due


def matter_heading(tr: Translator, matter_id: int, title: str, case_number: str | None) -> str:
    if case_number:
        return tr.gettext(
            "Matter %(id)d: %(title)s (%(case)s)", id=matter_id, title=title, case=case_number
        )
    return tr.gettext("Matter %(id)d: %(title)s", id=matter_id, title=title)


def _group_title(tr: Translator, row: DeadlineRow, group: str, today: dt.date) -> str:
    if group == "attorney":
        if row.attorney:
            return tr.gettext("Attorney: %(name)s", name=row.attorney)
        return tr.gettext("No attorney assigned")
    if group == "matter":
        return matter_heading(tr, row.matter_id, row.matter_title, row.case_number)
    if row.overdue:
        return tr.gettext("OVERDUE")
    label = sentence(tr.long_day(row.due))
    if row.due == today:
        return tr.gettext("%(day)s — today", day=label)
    if row.due == today + dt.timedelta(days=1):
        return tr.gettext("%(day)s — tomorrow", day=label)
    return label


def _trail_markup(row: DeadlineRow, language: str) -> str | None:
    if not row.trail:
        return None
    steps = render_trail(row.trail, language)
    return "<br/>".join("– " + fonts.markup(clip(s, 300)) for s in steps[:20])


def _days_cell(tr: Translator, row: DeadlineRow) -> str:
    left = fonts.markup(days_left(tr, row.days_left))
    if row.overdue:
        overdue = fonts.markup(tr.gettext("OVERDUE"))
        return f'<font color="{OVERDUE.hexval()}"><b>{overdue}</b><br/>{left}</font>'
    if row.status != "open":
        status = words(tr.language).of(words(tr.language).deadline_status, row.status)
        return left + "<br/>" + fonts.markup(status)
    return left


def _rule_cell(row: DeadlineRow) -> str:
    rule = fonts.markup(row.citation or "")
    if row.rule_id:
        rule += ("<br/>" if rule else "") + f'<font size="6.8">{fonts.markup(row.rule_id)}</font>'
    return rule


class _Repeated:
    """Cells whose text repeats down a report (due dates, days left, rules), each made once."""

    def __init__(self, tr: Translator):
        self.tr = tr
        self._due: dict[tuple[Any, ...], str] = {}
        self._days: dict[tuple[Any, ...], str] = {}
        self._rules: dict[tuple[Any, ...], str] = {}

    def due(self, row: DeadlineRow) -> str:
        key = (row.due, row.due_time)
        found = self._due.get(key)
        if found is None:
            text = fonts.markup(due_text(self.tr, row.due, row.due_time))
            found = self._due[key] = f"<b>{text}</b>"
        return found

    def days(self, row: DeadlineRow) -> str:
        key = (row.overdue, row.days_left, row.status)
        found = self._days.get(key)
        if found is None:
            found = self._days[key] = _days_cell(self.tr, row)
        return found

    def rule(self, row: DeadlineRow) -> str:
        key = (row.citation, row.rule_id)
        found = self._rules.get(key)
        if found is None:
            found = self._rules[key] = _rule_cell(row)
        return found


def _row(
    tr: Translator,
    row: DeadlineRow,
    columns: Columns,
    styles: Styles,
    options: DeadlineReportOptions,
    stripe: bool,
    on_draw: Any,
    repeated: _Repeated | None = None,
) -> Row:
    repeated = repeated or _Repeated(tr)
    matter = fonts.markup(clip(row.matter_title, 160))
    if row.case_number:
        matter += "<br/>" + fonts.markup(row.case_number)
    client = fonts.markup(clip(row.clients, 200))
    if options.reveal_names and row.legal_names:
        label = fonts.markup(tr.gettext("Legal name:"))
        client += f'<br/><font color="{OVERDUE.hexval()}"><b>{label}</b></font> '
        client += fonts.markup(clip(row.legal_names, 300))
    cells = [
        repeated.due(row),
        repeated.days(row),
        fonts.markup(clip(words(tr.language).deadline_title(row.title))),
        matter,
        client,
        fonts.markup(clip(row.accounts, 200)),
        fonts.markup(row.responsible or "—"),
        repeated.rule(row),
    ]
    return Row(
        columns,
        cells,
        styles.cell,
        background=OVERDUE_BG if row.overdue else (STRIPE if stripe else None),
        below=_trail_markup(row, tr.language) if options.trail else None,
        below_style=styles.trail,
        on_draw=on_draw,
    )


def intro(
    styles: Styles,
    title: str,
    lines: list[str],
    meta: ReportMeta,
    note: str | None = None,
) -> list[Flowable]:
    """The report's title, what it holds, and what it says about sealed names. `note` (already
    in the report's language) replaces the usual "pseudonym only" note."""
    tr = meta.tr
    story: list[Flowable] = [Paragraph(fonts.markup(title), styles.title), Spacer(1, 3)]
    story += [Paragraph(line, styles.subtitle) for line in lines]
    if meta.names_revealed:
        story.append(Spacer(1, 4))
        story.append(
            Paragraph(
                fonts.markup(
                    tr.gettext(
                        "This report includes clients' sealed legal names, printed at the "
                        "explicit request of %(who)s and recorded in the audit log. Keep it "
                        "under lock; shred it when done.",
                        who=meta.generated_by,
                    )
                ),
                styles.warning,
            )
        )
    else:
        if note is None:
            note = tr.gettext("Clients appear by pseudonym only; sealed legal names are left out.")
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
    language: str = "en",
) -> ReportResult:
    """Gather, lay out and write the report (atomically) in `language` ("en" or "es"), then add
    its audit entry to `uow`. The caller commits once it has the result; a cancelled report
    writes nothing."""
    tr = translator(check_language(language))
    selection = options.selection.checked()
    meta = ReportMeta(
        title=tr.gettext(TITLE),
        office_name=reporting.office_name(uow),
        generated_at=now or dt.datetime.now(),
        generated_by=uow.actor,
        names_revealed=options.reveal_names,
        page_size=check_page_size(options.page_size),
        landscape=True,
        language=tr.language,
    )
    fonts.prepare(task, tr)
    styles = make_styles()
    columns = Columns(COLUMNS, new_doc_width(meta))
    source = reporting.DeadlineRows(uow, selection, reveal_names=options.reveal_names)
    span = reporting.deadline_span(uow, selection)
    reporting.check_not_empty(span, "deadlines", selection.today)  # no report of nothing
    total = span.count
    reading, laying_out = tr.gettext("Reading deadlines"), tr.gettext("Laying out pages")
    task.progress(0, total, reading)
    today = selection.today

    drawn = 0

    def on_draw() -> None:
        nonlocal drawn
        drawn += 1
        if drawn % 50 == 0 or drawn == total:
            task.check()
            task.progress(drawn, total, laying_out)

    body: list[Flowable] = []
    header = header_row(columns, styles, tr)
    header.keepWithNext = True
    body.append(header)
    rows = overdue = 0
    current: Any = object()
    band: Band | None = None
    in_group = 0
    bands: list[tuple[Band, int, str]] = []
    group: list[Row] = []
    repeated = _Repeated(tr)

    def end_group() -> None:
        # From the next page on, every page starts with the headings.
        top = SetPageTopFlowables([header_row(columns, styles, tr)]) if rows == len(group) else None
        body.extend(table_body(group, top))

    for batch in source.batches():
        task.check()
        for row in batch:
            key = _group_key(row, selection.group)
            if key != current:
                if band is not None:
                    bands.append((band, in_group, band.text))
                    end_group()
                    group = []
                current, in_group = key, 0
                band = Band(
                    fonts.markup(_group_title(tr, row, selection.group, today)),
                    styles.band,
                    columns.width,
                    text_color=OVERDUE if key == "overdue" else None,
                    background=OVERDUE_BG if key == "overdue" else BAND,
                )
                band.keepWithNext = True
                body.append(band)
            stripe = in_group % 2 == 1
            group.append(_row(tr, row, columns, styles, options, stripe, on_draw, repeated))
            rows += 1
            in_group += 1
            overdue += row.overdue
        task.progress(rows, total, reading)
    if band is not None:
        bands.append((band, in_group, band.text))
        end_group()
    for group_band, count, text in bands:
        # TRANSLATORS: a group's heading ("Monday 2 March 2026 — today") and how many it holds.
        group_band.text = tr.ngettext(
            "%(group)s · %(n)d deadline",
            "%(group)s · %(n)d deadlines",
            count,
            group=text,
        )
    total = rows
    counted = tr.ngettext("%(n)d deadline", "%(n)d deadlines", rows)
    if overdue:
        late = fonts.markup(tr.ngettext("%(n)d overdue", "%(n)d overdue", overdue))
        # TRANSLATORS: "5 deadlines, 1 overdue."
        state = tr.gettext(
            "%(count)s, %(overdue)s.",
            count=f"<b>{fonts.markup(counted)}</b>",
            overdue=f'<font color="{OVERDUE.hexval()}"><b>{late}</b></font>',
        )
    else:
        state = tr.gettext("%(count)s, none overdue.", count=f"<b>{fonts.markup(counted)}</b>")
    lines = [
        fonts.markup(describe_selection(selection, tr.language)),
        fonts.markup(
            tr.gettext(GROUP_TITLES[selection.group])
            + " "
            + tr.gettext("Today is %(day)s.", day=tr.long_day(today))
        ),
        state,
    ]
    story = intro(styles, meta.title, lines, meta)
    if rows:
        story += body
    else:
        story.append(
            Paragraph(fonts.markup(tr.gettext("No deadlines match this selection.")), styles.body)
        )
    pages = render(meta, story, out)
    task.progress(total, total, tr.gettext("Saved"))
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
