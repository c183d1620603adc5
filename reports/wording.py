"""What reports call the case file's stored values (statuses, kinds, demands, outcomes, …) and
their selections, in the report's language. Stored values never change; only their labels do.

The English labels are what the reports have always printed: some are the stored words
themselves ("open", "received", "filing"), others the phrases a reader expects
("Administrative subpoena", "sign-up IP")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from models.rules import default_rulebook
from reports.i18n import N_, Language, Translator, check_language, sentence, translator
from services.reporting import DeadlineSelection, Period

# The titles the first shipped rules give the deadlines they compute, translated in the catalog;
# later rules carry their Spanish in their rule set ([rules.es]). A title the office retyped is
# its own words and stays as typed.
RULE_TITLES = (
    N_("Period counted under FRCP 6(a)"),
    N_("Answer due"),
    N_("Objections to the subpoena due"),
    N_("Earliest hearing date for the motion"),
    N_("Opposition to the motion due"),
    N_("Reply in support of the motion due"),
    N_("Agency's FOIA response due"),
    N_("Motion to quash on file before the platform's response window closes"),
)


@dataclass(frozen=True)
class Words:
    """Label per stored value, for one language. Unknown values print as stored."""

    matter_status: dict[str, str]
    deadline_status: dict[str, str]
    subpoena_status: dict[str, str]
    outcome: dict[str, str]
    process_kind: dict[str, str]
    demand: dict[str, str]
    event_kind: dict[str, str]
    platform: dict[str, str]
    selection_status: dict[str, str]
    rule_title: dict[str, str]  # by the English title a rule gives a deadline
    trigger_title: dict[str, str]  # by the English title a trigger gives a docket event
    yes: str
    no: str

    def of(self, table: dict[str, str], value: str | None) -> str:
        return "" if value is None else table.get(value, value)

    def demands(self, values: tuple[str, ...] | list[str]) -> str:
        return ", ".join(self.demand.get(v, v) for v in values)

    def yes_no(self, value: bool) -> str:
        return self.yes if value else self.no

    def deadline_title(self, title: str) -> str:
        """A deadline's title: one a rule gave (models/rulesets), and nobody retyped, reads in
        the report's language, as in the GUI; any other title is the office's own words."""
        return self.rule_title.get(title, title)

    def event_summary(self, summary: str, trigger_id: str | None) -> str:
        """A docket event's summary: the title its trigger gave it (models/rulesets), if nobody
        retyped it, reads in the report's language; any other summary is the office's words."""
        return self.trigger_title.get(summary, summary) if trigger_id else summary


@lru_cache(maxsize=4)
def words(language: str) -> Words:
    tr = translator(check_language(language))
    return Words(
        matter_status={
            "intake": tr.pgettext("matter status", "Intake"),
            "open": tr.pgettext("matter status", "Open"),
            "motion_filed": tr.pgettext("matter status", "Motion filed"),
            "stayed": tr.pgettext("matter status", "Stayed"),
            "withdrawn": tr.pgettext("matter status", "Withdrawn"),
            "quashed": tr.pgettext("matter status", "Quashed"),
            "enforced": tr.pgettext("matter status", "Enforced"),
            "closed": tr.pgettext("matter status", "Closed"),
        },
        deadline_status={
            "open": tr.pgettext("deadline status", "open"),
            "done": tr.pgettext("deadline status", "done"),
            "vacated": tr.pgettext("deadline status", "vacated"),
        },
        subpoena_status={
            "received": tr.pgettext("subpoena status", "received"),
            "challenged": tr.pgettext("subpoena status", "challenged"),
            "withdrawn": tr.pgettext("subpoena status", "withdrawn"),
            "quashed": tr.pgettext("subpoena status", "quashed"),
            "modified": tr.pgettext("subpoena status", "modified"),
            "complied": tr.pgettext("subpoena status", "complied"),
            "expired": tr.pgettext("subpoena status", "expired"),
        },
        outcome={
            "pending": tr.pgettext("outcome", "Pending"),
            "withdrawn": tr.pgettext("outcome", "Withdrawn"),
            "quashed": tr.pgettext("outcome", "Quashed"),
            "narrowed": tr.pgettext("outcome", "Narrowed"),
            "produced": tr.pgettext("outcome", "Produced"),
            "expired": tr.pgettext("outcome", "Expired"),
        },
        process_kind={
            "administrative_subpoena": tr.pgettext("process kind", "Administrative subpoena"),
            "customs_summons": tr.pgettext("process kind", "Customs summons"),
            "grand_jury_subpoena": tr.pgettext("process kind", "Grand jury subpoena"),
            "court_order": tr.pgettext("process kind", "Court order"),
            "search_warrant": tr.pgettext("process kind", "Search warrant"),
            "civil_subpoena": tr.pgettext("process kind", "Civil subpoena"),
            "other": tr.pgettext("process kind", "Other process"),
        },
        demand={
            "name": tr.pgettext("demand", "name"),
            "email": tr.pgettext("demand", "email"),
            "phone": tr.pgettext("demand", "phone"),
            "address": tr.pgettext("demand", "address"),
            "ip_signup": tr.pgettext("demand", "sign-up IP"),
            "ip_logs": tr.pgettext("demand", "IP logs"),
            "login_times": tr.pgettext("demand", "login times"),
            "account_created": tr.pgettext("demand", "account creation date"),
            "zip_country": tr.pgettext("demand", "zip code / country"),
            "content": tr.pgettext("demand", "content"),
            "other": tr.pgettext("demand", "other"),
        },
        event_kind={
            "filing": tr.pgettext("docket event kind", "filing"),
            "order": tr.pgettext("docket event kind", "order"),
            "notice": tr.pgettext("docket event kind", "notice"),
            "withdrawal": tr.pgettext("docket event kind", "withdrawal"),
            "hearing": tr.pgettext("docket event kind", "hearing"),
            "correspondence": tr.pgettext("docket event kind", "correspondence"),
            "other": tr.pgettext("docket event kind", "other"),
        },
        platform={
            "instagram": tr.pgettext("platform", "Instagram"),
            "facebook": tr.pgettext("platform", "Facebook"),
            "x": tr.pgettext("platform", "X"),
            "tiktok": tr.pgettext("platform", "TikTok"),
            "youtube": tr.pgettext("platform", "YouTube"),
            "reddit": tr.pgettext("platform", "Reddit"),
            "telegram": tr.pgettext("platform", "Telegram"),
            "other": tr.pgettext("platform", "other"),
        },
        selection_status={
            "open": tr.pgettext("deadline status", "open"),
            "done": tr.pgettext("deadline status", "done"),
            "vacated": tr.pgettext("deadline status", "vacated"),
            "any": tr.pgettext("deadline status", "any"),
        },
        rule_title={
            # A rule set's own Spanish ([rules.es]), then the catalog's for the first rules.
            **{
                r.title: (r.title_es or r.title) if tr.language == "es" else r.title
                for r in default_rulebook().rules.values()
            },
            **{title: tr.gettext(title) for title in RULE_TITLES},
        },
        trigger_title={
            t.title: (t.title_es or t.title) if tr.language == "es" else t.title
            for t in default_rulebook().triggers.values()
        },
        yes=tr.gettext("Yes"),
        no=tr.gettext("No"),
    )


def days_left(tr: Translator, days: int) -> str:
    """How far off a due date is: "2 days overdue", "today", "tomorrow", "in 9 days"."""
    if days < 0:
        return tr.ngettext("%(n)d day overdue", "%(n)d days overdue", -days)
    if days == 0:
        return tr.gettext("today")
    if days == 1:
        return tr.gettext("tomorrow")
    return tr.ngettext("in %(n)d day", "in %(n)d days", days)


def describe_selection(selection: DeadlineSelection, language: Language) -> str:
    """One line saying which deadlines a report holds ("Due Mon 2 Mar 2026 to …; status open")."""
    tr = translator(language)
    s = selection
    if s.date_from and s.date_to:
        span = tr.gettext(
            "due %(start)s to %(end)s", start=tr.day(s.date_from), end=tr.day(s.date_to)
        )
    elif s.date_from:
        span = tr.gettext("due from %(start)s", start=tr.day(s.date_from))
    elif s.date_to:
        span = tr.gettext("due until %(end)s", end=tr.day(s.date_to))
    else:
        span = tr.gettext("all dates")
    parts = [span]
    if s.include_overdue and s.status in ("open", "any"):
        parts.append(tr.gettext("with everything overdue"))
    status = words(language).of(words(language).selection_status, s.status)
    parts.append(tr.gettext("status %(status)s", status=status))
    if s.person:
        parts.append(tr.gettext("person %(person)s", person=s.person))
    if s.matter_id is not None:
        parts.append(tr.gettext("matter %(id)d", id=s.matter_id))
    return sentence("; ".join(parts))


def describe_period(period: Period, language: Language) -> str:
    """Which subpoenas a register holds, by the date they were issued."""
    tr = translator(language)
    if period.date_from and period.date_to:
        return tr.gettext(
            "issued %(start)s to %(end)s",
            start=tr.day(period.date_from),
            end=tr.day(period.date_to),
        )
    if period.date_from:
        return tr.gettext("issued from %(start)s", start=tr.day(period.date_from))
    if period.date_to:
        return tr.gettext("issued until %(end)s", end=tr.day(period.date_to))
    return tr.gettext("all dates, including process with no date recorded")


def due_text(tr: Translator, day: dt.date, time: dt.time | None) -> str:
    """A due date for a table cell, with its time of day on a second line when a rule counts
    hours."""
    text = tr.day(day)
    return text + (f"\n{tr.time(time)}" if time else "")
