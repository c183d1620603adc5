"""The subpoena register: every demand received in a period, with charts by agency, platform,
outcome and month: the summary a legal-aid office sends its funders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, SetPageTopFlowables, Spacer, Table, TableStyle

from models.tasks import NO_TASK, Task
from reports import fonts
from reports.deadline_report import ReportResult, clip, intro
from reports.i18n import N_, Translator, check_language, sentence, translator
from reports.layout import (
    STRIPE,
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
from reports.wording import describe_period, words
from services import reporting
from services.reporting import Period, RegisterTotals, SubpoenaRow

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

TITLE = N_("Subpoena register")
BAR = colors.HexColor("#3e5c76")
OUTCOME_COLOURS = {  # by outcome code (services.reporting.OUTCOMES)
    "pending": colors.HexColor("#9aa5b1"),
    "withdrawn": colors.HexColor("#2f855a"),
    "quashed": colors.HexColor("#276749"),
    "narrowed": colors.HexColor("#b7791f"),
    "produced": colors.HexColor("#b42318"),
    "expired": colors.HexColor("#718096"),
}
TOP = 8  # bars per chart; the rest are summed as "All others"
COLUMNS = (
    Column(N_("Issued"), 0.95),
    Column(N_("Agency"), 1.6),
    Column(N_("Recipient"), 0.9),
    # TRANSLATORS: "Process" is the kind of legal process (subpoena, summons, order).
    Column(N_("Process"), 1.2),
    Column(N_("Authority"), 1.0),
    Column(N_("Demanded"), 1.7),
    Column(N_("Accounts"), 1.5),
    Column(N_("Status"), 0.8),
    Column(N_("Outcome"), 0.8),
)


@dataclass(frozen=True)
class RegisterOptions:
    """Which period; the language is the writer's `language` keyword."""

    period: Period
    page_size: str = "letter"


def _top(tr: Translator, pairs: tuple[tuple[str, int], ...], n: int = TOP) -> list[tuple[str, int]]:
    items = list(pairs)
    if len(items) <= n:
        return items
    rest = sum(v for _k, v in items[n - 1 :])
    return items[: n - 1] + [(tr.gettext("All others"), rest)]


def _short(label: str, limit: int = 40) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _title(drawing: Drawing, text: str, height: float) -> None:
    drawing.add(
        String(
            0,
            height - 12,
            fonts.plain(text),
            fontName=fonts.register().bold,
            fontSize=9.5,
            fillColor=colors.HexColor("#1f2933"),
        )
    )


def bar_chart(
    tr: Translator,
    title: str,
    pairs: list[tuple[str, int]],
    width: float,
    height: float,
    bar_colours: dict[str, colors.Color] | None = None,
    labels: dict[str, str] | None = None,
) -> Drawing:
    """Horizontal bars, largest first, each labelled with its count. `title` is in the
    report's language; `labels` gives a printed label per key where keys are codes."""
    f = fonts.register()
    drawing = Drawing(width, height)
    _title(drawing, title, height)
    if not pairs:
        drawing.add(
            String(
                0,
                height / 2,
                fonts.plain(tr.gettext("Nothing in this period.")),
                fontName=f.regular,
                fontSize=8,
            )
        )
        return drawing
    chart = HorizontalBarChart()
    label_width = min(178.0, width * 0.5)
    chart.x = label_width
    chart.height = min(height - 34, 20.0 * len(pairs) + 6)
    chart.y = height - 22 - chart.height
    chart.width = width - label_width - 26
    ordered = list(reversed(pairs))  # ReportLab draws the first category at the bottom
    chart.data = [[v for _k, v in ordered]]
    # The labels are the office's words (agencies, platforms) in any script: drawn here, a
    # font per run of script, rather than by the axis in one font.
    chart.categoryAxis.visibleLabels = False
    band = chart.height / len(ordered)
    for i, (key, _v) in enumerate(ordered):
        label = _short((labels or {}).get(key, key))
        y = chart.y + (i + 0.5) * band - 7.5 / 3
        for piece in fonts.line_strings(chart.x - 4, y, label, f.regular, 7.5, align="right"):
            drawing.add(piece)
    chart.categoryAxis.strokeColor = colors.HexColor("#9aa5b1")
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = f.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = colors.HexColor("#9aa5b1")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    top = max(v for _k, v in pairs)
    chart.valueAxis.valueMax = max(1, int(top * 1.15) + 1)
    chart.valueAxis.valueStep = max(1, (chart.valueAxis.valueMax + 4) // 5)
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR
    if bar_colours:
        for i, (key, _v) in enumerate(ordered):
            chart.bars[(0, i)].fillColor = bar_colours.get(key, BAR)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = f.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _buckets(
    tr: Translator, months: tuple[tuple[str, int], ...]
) -> tuple[str, list[tuple[str, int]]]:
    """Months when the period is short enough to read them; quarters, then years, when not."""
    counts = dict(months)
    first = dt.date.fromisoformat(months[0][0] + "-01")
    last = dt.date.fromisoformat(months[-1][0] + "-01")
    span = (last.year - first.year) * 12 + last.month - first.month + 1
    keys: list[dt.date] = []
    day = first
    while day <= last:
        keys.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    if span <= 18:
        return "month", [(tr.month(d), counts.get(f"{d:%Y-%m}", 0)) for d in keys]
    if span <= 60:
        quarters: dict[str, int] = {}
        for d in keys:
            label = tr.quarter(d)
            quarters[label] = quarters.get(label, 0) + counts.get(f"{d:%Y-%m}", 0)
        return "quarter", list(quarters.items())
    years: dict[str, int] = {}
    for d in keys:
        years[str(d.year)] = years.get(str(d.year), 0) + counts.get(f"{d:%Y-%m}", 0)
    return "year", list(years.items())


BY_UNIT = {
    "month": N_("By month issued"),
    "quarter": N_("By quarter issued"),
    "year": N_("By year issued"),
}


def month_chart(
    tr: Translator, months: tuple[tuple[str, int], ...], width: float, height: float
) -> Drawing:
    """Vertical bars per month issued (per quarter or year over long periods); empty months
    are kept so gaps show."""
    f = fonts.register()
    drawing = Drawing(width, height)
    if not months:
        unit = "month"
        _title(drawing, tr.gettext(BY_UNIT[unit]), height)
        drawing.add(
            String(
                0,
                height / 2,
                fonts.plain(tr.gettext("No dated process in this period.")),
                fontName=f.regular,
                fontSize=8,
            )
        )
        return drawing
    unit, buckets = _buckets(tr, months)
    _title(drawing, tr.gettext(BY_UNIT[unit]), height)
    chart = VerticalBarChart()
    chart.x = 26
    chart.y = 22
    chart.width = width - 36
    chart.height = height - 44
    chart.data = [[n for _k, n in buckets]]
    step = max(1, (len(buckets) + 11) // 12)
    chart.categoryAxis.categoryNames = [
        k if i % step == 0 else "" for i, (k, _n) in enumerate(buckets)
    ]
    chart.categoryAxis.labels.fontName = f.regular
    chart.categoryAxis.labels.fontSize = 6.8
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.strokeColor = colors.HexColor("#9aa5b1")
    chart.valueAxis.valueMin = 0
    top = max(n for _k, n in buckets)
    chart.valueAxis.valueMax = max(1, int(top * 1.15) + 1)
    chart.valueAxis.valueStep = max(1, (chart.valueAxis.valueMax + 4) // 5)
    chart.valueAxis.labels.fontName = f.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.strokeColor = colors.HexColor("#9aa5b1")
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = f.regular
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    drawing.add(chart)
    return drawing


def charts(tr: Translator, totals: RegisterTotals, width: float) -> Flowable:
    """The four charts in a two-by-two grid."""
    cell_w = width / 2 - 8
    cell_h = 140.0
    _ = tr.gettext
    grid = [
        [
            bar_chart(tr, _("By agency"), _top(tr, totals.by_agency), cell_w, cell_h),
            bar_chart(tr, _("By recipient platform"), _top(tr, totals.by_platform), cell_w, cell_h),
        ],
        [
            bar_chart(
                tr,
                _("By outcome"),
                list(totals.by_outcome),
                cell_w,
                cell_h,
                OUTCOME_COLOURS,
                labels=words(tr.language).outcome,
            ),
            month_chart(tr, totals.by_month, cell_w, cell_h),
        ],
    ]
    table = Table(grid, colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def _headline(tr: Translator, totals: RegisterTotals) -> list[str]:
    """The register's summary sentences, as Paragraph markup."""
    w = words(tr.language)
    outcome = dict(totals.by_outcome)
    n = totals.total
    stopped = outcome.get("withdrawn", 0) + outcome.get("quashed", 0)

    def share(k: int) -> str:
        return f"{k} ({tr.percent(k / n)})" if n else str(k)

    demands = tr.ngettext(
        "%(n)d demand for account holders' identities",
        "%(n)d demands for account holders' identities",
        n,
    )
    agencies = tr.ngettext("%(n)d agency", "%(n)d agencies", len(totals.by_agency))
    platforms = tr.ngettext("%(n)d platform", "%(n)d platforms", len(totals.by_platform))
    first = tr.ngettext(
        "%(demands)s received from %(agencies)s and served on %(platforms)s.",
        "%(demands)s received from %(agencies)s and served on %(platforms)s.",
        n,
        demands=f"<b>{fonts.markup(demands)}</b>",
        agencies=fonts.markup(agencies),
        platforms=fonts.markup(platforms),
    )
    parts = [
        tr.gettext("Withdrawn or quashed: %(share)s", share=f"<b>{share(stopped)}</b>"),
        tr.gettext("narrowed: %(share)s", share=share(outcome.get("narrowed", 0))),
        tr.gettext("produced: %(share)s", share=share(outcome.get("produced", 0))),
        tr.gettext("still pending: %(share)s", share=share(outcome.get("pending", 0))),
    ]
    if outcome.get("expired"):
        parts.append(tr.gettext("expired: %(share)s", share=share(outcome["expired"])))
    lines = [first, " · ".join(parts) + "."]
    if totals.demands:
        named = sorted(
            ((w.of(w.demand, k), v) for k, v in totals.demands), key=lambda kv: (-kv[1], kv[0])
        )
        top = ", ".join(f"{fonts.markup(k)} ({v})" for k, v in named[:6])
        lines.append(tr.gettext("Most demanded: %(demands)s.", demands=top))
    if totals.undated:
        lines.append(
            fonts.markup(
                tr.ngettext(
                    "%(n)d with no date recorded (left out of the chart by date).",
                    "%(n)d with no date recorded (left out of the chart by date).",
                    totals.undated,
                )
            )
        )
    return lines


def _row(
    tr: Translator,
    s: SubpoenaRow,
    columns: Columns,
    styles: Styles,
    stripe: bool,
    on_draw: Callable[[], None],
) -> Row:
    w = words(tr.language)
    when = tr.compact_day(s.date) if s.date else tr.gettext("no date")
    process = fonts.markup(w.of(w.process_kind, s.kind))
    if s.gag_order:
        gag = fonts.markup(tr.gettext("gag order"))
        process += f"<br/><i>{gag}</i>"
    return Row(
        columns,
        [
            fonts.markup(when),
            fonts.markup(clip(s.issuer, 120)),
            fonts.markup(clip(s.recipient, 80)),
            process,
            fonts.markup(clip(s.authority, 120)),
            fonts.markup(w.demands(s.requested) or tr.gettext("not recorded")),
            fonts.markup(clip(s.accounts, 200)),
            fonts.markup(w.of(w.subpoena_status, s.status)),
            f"<b>{fonts.markup(w.of(w.outcome, s.outcome))}</b>",
        ],
        styles.cell,
        background=STRIPE if stripe else None,
        on_draw=on_draw,
    )


def write_register(
    uow: UnitOfWork,
    options: RegisterOptions,
    out: Path,
    *,
    task: Task = NO_TASK,
    now: dt.datetime | None = None,
    language: str = "en",
) -> ReportResult:
    """Write the register for a period (atomically) in `language` ("en" or "es"), and audit it."""
    tr = translator(check_language(language))
    _ = tr.gettext
    period = options.period.checked()
    meta = ReportMeta(
        title=_(TITLE),
        office_name=reporting.office_name(uow),
        generated_at=now or dt.datetime.now(),
        generated_by=uow.actor,
        names_revealed=False,  # the register names agencies and platforms, never clients
        page_size=check_page_size(options.page_size),
        landscape=True,
        language=tr.language,
    )
    fonts.prepare(task, tr)
    styles = make_styles()
    width = new_doc_width(meta)
    span = reporting.subpoena_span(uow, period)
    reporting.check_not_empty(span, "subpoenas", dt.date.today())  # no register of nothing
    total = span.count
    task.progress(0, total, _("Counting"))
    totals = reporting.register_totals(uow, period)
    task.check()
    story = intro(
        styles,
        meta.title,
        [fonts.markup(sentence(describe_period(period, tr.language)))],
        meta,
        note=_("The register names agencies, platforms and accounts; it holds no client names."),
    )
    story += [Paragraph(line, styles.body) for line in _headline(tr, totals)]
    story.append(Spacer(1, 10))
    story.append(charts(tr, totals, width))
    columns = Columns(COLUMNS, width)
    drawn = 0
    laying_out = _("Laying out pages")

    def on_draw() -> None:
        nonlocal drawn
        drawn += 1
        if drawn % 50 == 0 or drawn == total:
            task.check()
            task.progress(drawn, total, laying_out)

    rows = 0
    if total:
        heading = Paragraph(fonts.markup(_("Every demand in the period")), styles.heading)
        heading.keepWithNext = True
        story.append(heading)
        head = header_row(columns, styles, tr)
        head.keepWithNext = True
        story.append(head)
        table: list[Row] = []
        for batch in reporting.subpoena_batches(uow, period):
            task.check()
            for s in batch:
                table.append(_row(tr, s, columns, styles, rows % 2 == 1, on_draw))
                rows += 1
            task.progress(rows, total, _("Reading subpoenas"))
        # From the next page on, every page starts with the headings.
        story += table_body(table, SetPageTopFlowables([header_row(columns, styles, tr)]))
    else:
        story.append(Paragraph(fonts.markup(_("No subpoenas in this period.")), styles.body))
    pages = render(meta, story, out)
    task.progress(rows, rows, _("Saved"))
    reporting.record_output(
        uow,
        "report",
        "subpoena register",
        file_format="pdf",
        rows=rows,
        names_revealed=False,
        detail={**period.as_detail(), "pages": pages},
    )
    return ReportResult(out, pages, rows, False)
