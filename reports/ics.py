"""Deadlines as an iCalendar (.ics) file an attorney imports into Outlook or any calendar,
offline. One event per deadline: all-day, or timed where a rule counts hours. Sealed names are
never written. An open deadline's event carries one alarm per lead time (models.reminders:
3 days, 1 day, the morning of; the person's choice in the app), so Outlook reminds too. Each
event's UID is fixed per vault and deadline, and its SEQUENCE counts the
deadline's changes, so importing a newer file updates events instead of duplicating them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from icalendar import Alarm, Calendar, Event

from models.reminders import DEFAULT_LEADS, alarm_offset, checked_leads
from models.tasks import NO_TASK, Task
from reports.deadline_report import matter_heading
from reports.i18n import Translator, check_language, translator
from reports.layout import PRIVILEGE
from reports.wording import words
from services import reporting
from services.files import save_file
from services.reporting import DeadlineRow, DeadlineSelection

if TYPE_CHECKING:
    from storage.uow import UnitOfWork

PRODID = "-//Quash//Deadline calendar//{language}"  # the FPI's last part: the text's language
TIMED_MINUTES = 30


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    names_revealed: bool


def event_uid(vault_id: str, deadline_id: int) -> str:
    """Stable for a deadline of a vault, whatever changes about it."""
    return f"quash-deadline-{deadline_id}-{vault_id}@quash.invalid"


def _description(tr: Translator, row: DeadlineRow) -> str:
    _ = tr.gettext
    lines = [matter_heading(tr, row.matter_id, row.matter_title, row.case_number)]
    if row.clients:
        lines.append(_("Clients (pseudonyms): %(names)s", names=row.clients))
    if row.accounts:
        lines.append(_("Accounts: %(handles)s", handles=row.accounts))
    if row.responsible:
        lines.append(_("Responsible: %(name)s", name=row.responsible))
    if row.citation or row.rule_id:
        rule = row.citation or ""
        if row.rule_id:
            rule += f" [{row.rule_id}]" if rule else row.rule_id
        lines.append(_("Rule: %(rule)s", rule=rule))
    w = words(tr.language)
    lines.append(_("Status: %(status)s", status=w.of(w.deadline_status, row.status)))
    lines.append("")
    lines.append(_("%(privilege)s. Exported from Quash.", privilege=_(PRIVILEGE)))
    return "\n".join(lines)


def _event(
    tr: Translator,
    row: DeadlineRow,
    vault_id: str,
    sequence: int,
    stamp: dt.datetime,
    leads: tuple[int, ...] = DEFAULT_LEADS,
) -> Event:
    _ = tr.gettext
    title = words(tr.language).deadline_title(row.title)
    event = Event()
    event.add("uid", event_uid(vault_id, row.id))
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("summary", _("%(title)s — %(matter)s", title=title, matter=row.matter_title))
    if row.due_time is None:
        event.add("dtstart", row.due)
        event.add("dtend", row.due + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    else:
        start = dt.datetime.combine(row.due, row.due_time)  # floating: the office's local time
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=TIMED_MINUTES))
    event.add("description", _description(tr, row))
    event.add("categories", [_("Deadline"), _("Matter %(id)d", id=row.matter_id)])
    event.add("status", "CANCELLED" if row.status == "vacated" else "CONFIRMED")
    event.add("class", "CONFIDENTIAL")
    if row.status == "open":
        for lead in leads:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", _("Due: %(title)s", title=title))
            alarm.add("trigger", alarm_offset(lead, row.due_time))
            event.add_component(alarm)
    return event


def write_calendar(
    uow: UnitOfWork,
    selection: DeadlineSelection,
    out: Path,
    *,
    task: Task = NO_TASK,
    now: dt.datetime | None = None,
    language: str = "en",
    leads: tuple[int, ...] = DEFAULT_LEADS,
) -> ExportResult:
    """Write the chosen deadlines as .ics (atomically), their text in `language` ("en" or
    "es"), each open one with an alarm per lead time (days before; 0: the morning of), and
    audit the export in `uow`. A selection that holds nothing writes nothing
    (NothingToWriteError)."""
    tr = translator(check_language(language))
    leads = checked_leads(leads)
    source = reporting.DeadlineRows(uow, selection)  # never with names: calendars sync widely
    span = reporting.deadline_span(uow, source.selection)
    reporting.check_not_empty(span, "deadlines", selection.today)
    total = span.count
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    vault_id = uow.vault.vault_id
    office = reporting.office_name(uow)
    calendar = Calendar()
    calendar.add("prodid", PRODID.format(language=tr.language.upper()))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add(
        "x-wr-calname",
        tr.gettext("Deadlines — %(office)s", office=office)
        if office
        else tr.gettext("Quash deadlines"),
    )
    rows = 0
    for batch in source.batches():
        task.check()
        sequences = reporting.change_counts(uow, [r.id for r in batch])
        for row in batch:
            sequence = sequences.get(row.id, 0)
            calendar.add_component(_event(tr, row, vault_id, sequence, stamp, leads))
        rows += len(batch)
        task.progress(rows, total, tr.gettext("Writing calendar events"))
    task.check()
    save_file(out, calendar.to_ical())
    reporting.record_output(
        uow,
        "export",
        "deadline calendar",
        file_format="ics",
        rows=rows,
        names_revealed=False,
        detail={**selection.as_detail(), "alarm_leads": list(leads)},
    )
    return ExportResult(out, rows, False)
