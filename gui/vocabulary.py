"""The case file's closed vocabularies in the reader's language: statuses, kinds, platforms,
demands, roles and service methods; the fields of each record; the rule book's titles; audit
actions; and the sentences that name a kind of record. Stored values stay as the models name
them ("motion_filed"); only what is shown is translated.

Each vocabulary is its own translation context (named after its enum), because Spanish agrees
in gender with the noun: an open matter is "abierto", a quashed subpoena "anulada"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from gui.i18n import QT_TRANSLATE_NOOP
from models.rules import default_rulebook
from services.records import spec_for

# vocabulary (the enum's class name, also the translation context) -> value -> label
VOCABULARIES: dict[str, dict[str, str]] = {
    "Platform": {
        "instagram": QT_TRANSLATE_NOOP("Platform", "Instagram"),
        "facebook": QT_TRANSLATE_NOOP("Platform", "Facebook"),
        "x": QT_TRANSLATE_NOOP("Platform", "X (Twitter)"),
        "tiktok": QT_TRANSLATE_NOOP("Platform", "TikTok"),
        "youtube": QT_TRANSLATE_NOOP("Platform", "YouTube"),
        "reddit": QT_TRANSLATE_NOOP("Platform", "Reddit"),
        "telegram": QT_TRANSLATE_NOOP("Platform", "Telegram"),
        "other": QT_TRANSLATE_NOOP("Platform", "Other"),
    },
    "MatterStatus": {
        "intake": QT_TRANSLATE_NOOP("MatterStatus", "Intake"),
        "open": QT_TRANSLATE_NOOP("MatterStatus", "Open"),
        "motion_filed": QT_TRANSLATE_NOOP("MatterStatus", "Motion filed"),
        "stayed": QT_TRANSLATE_NOOP("MatterStatus", "Stayed"),
        "withdrawn": QT_TRANSLATE_NOOP("MatterStatus", "Withdrawn"),
        "quashed": QT_TRANSLATE_NOOP("MatterStatus", "Quashed"),
        "enforced": QT_TRANSLATE_NOOP("MatterStatus", "Enforced"),
        "closed": QT_TRANSLATE_NOOP("MatterStatus", "Closed"),
    },
    "SubpoenaKind": {
        "administrative_subpoena": QT_TRANSLATE_NOOP("SubpoenaKind", "Administrative subpoena"),
        "customs_summons": QT_TRANSLATE_NOOP("SubpoenaKind", "Customs summons (19 U.S.C. 1509)"),
        "grand_jury_subpoena": QT_TRANSLATE_NOOP("SubpoenaKind", "Grand jury subpoena"),
        "court_order": QT_TRANSLATE_NOOP("SubpoenaKind", "Court order"),
        "search_warrant": QT_TRANSLATE_NOOP("SubpoenaKind", "Search warrant"),
        "civil_subpoena": QT_TRANSLATE_NOOP("SubpoenaKind", "Civil subpoena"),
        "other": QT_TRANSLATE_NOOP("SubpoenaKind", "Other"),
    },
    "SubpoenaStatus": {
        "received": QT_TRANSLATE_NOOP("SubpoenaStatus", "Received"),
        "challenged": QT_TRANSLATE_NOOP("SubpoenaStatus", "Challenged"),
        "withdrawn": QT_TRANSLATE_NOOP("SubpoenaStatus", "Withdrawn"),
        "quashed": QT_TRANSLATE_NOOP("SubpoenaStatus", "Quashed"),
        "modified": QT_TRANSLATE_NOOP("SubpoenaStatus", "Modified"),
        "complied": QT_TRANSLATE_NOOP("SubpoenaStatus", "Complied"),
        "expired": QT_TRANSLATE_NOOP("SubpoenaStatus", "Expired"),
    },
    "Demand": {
        "name": QT_TRANSLATE_NOOP("Demand", "Name"),
        "email": QT_TRANSLATE_NOOP("Demand", "Email addresses"),
        "phone": QT_TRANSLATE_NOOP("Demand", "Phone numbers"),
        "address": QT_TRANSLATE_NOOP("Demand", "Postal address"),
        "ip_signup": QT_TRANSLATE_NOOP("Demand", "Sign-up IP address"),
        "ip_logs": QT_TRANSLATE_NOOP("Demand", "IP address logs"),
        "login_times": QT_TRANSLATE_NOOP("Demand", "Login times"),
        "account_created": QT_TRANSLATE_NOOP("Demand", "Account creation date"),
        "zip_country": QT_TRANSLATE_NOOP("Demand", "ZIP code and country"),
        "content": QT_TRANSLATE_NOOP("Demand", "Content of posts or messages"),
        "other": QT_TRANSLATE_NOOP("Demand", "Other"),
    },
    "DeadlineStatus": {
        "open": QT_TRANSLATE_NOOP("DeadlineStatus", "Open"),
        "done": QT_TRANSLATE_NOOP("DeadlineStatus", "Done"),
        "vacated": QT_TRANSLATE_NOOP("DeadlineStatus", "Vacated"),
    },
    "EventKind": {
        "filing": QT_TRANSLATE_NOOP("EventKind", "Filing"),
        "order": QT_TRANSLATE_NOOP("EventKind", "Order"),
        "notice": QT_TRANSLATE_NOOP("EventKind", "Notice"),
        "withdrawal": QT_TRANSLATE_NOOP("EventKind", "Withdrawal"),
        "hearing": QT_TRANSLATE_NOOP("EventKind", "Hearing"),
        "correspondence": QT_TRANSLATE_NOOP("EventKind", "Correspondence"),
        "other": QT_TRANSLATE_NOOP("EventKind", "Other"),
    },
    "StaffRole": {
        "attorney": QT_TRANSLATE_NOOP("StaffRole", "Attorney"),
        "paralegal": QT_TRANSLATE_NOOP("StaffRole", "Paralegal"),
        "admin": QT_TRANSLATE_NOOP("StaffRole", "Admin"),
        "volunteer": QT_TRANSLATE_NOOP("StaffRole", "Volunteer"),
    },
    # models.deadline_engine.SERVICE_METHODS: how a paper was served (FRCP 5(b), 6(d))
    "ServiceMethod": {
        "electronic": QT_TRANSLATE_NOOP("ServiceMethod", "Electronic"),
        "hand": QT_TRANSLATE_NOOP("ServiceMethod", "By hand"),
        "mail": QT_TRANSLATE_NOOP("ServiceMethod", "By mail"),
        "clerk": QT_TRANSLATE_NOOP("ServiceMethod", "Left with the clerk"),
        "other-consented": QT_TRANSLATE_NOOP("ServiceMethod", "Other means consented to"),
    },
}


def choice_label(value: str, vocabulary: str) -> str:
    """A stored value in words, e.g. ("motion_filed", "MatterStatus") -> "Motion filed". A value
    added to the models later still shows, in English, until it is given a label here."""
    text = VOCABULARIES.get(vocabulary, {}).get(value)
    if text is None:
        return value.replace("_", " ").replace("-", " ").capitalize()
    return QCoreApplication.translate(vocabulary, text)


def widest_label(vocabulary: str) -> str:
    """The longest label of a vocabulary in the reader's language, to size a column by."""
    return max((choice_label(v, vocabulary) for v in VOCABULARIES[vocabulary]), key=len)


def vocabulary_of(kind: str, field: str) -> str:
    """The vocabulary of an enum field of a record kind: ("matters", "status") -> "MatterStatus"."""
    choices = spec_for(kind).field(field).choices
    return choices.__name__ if choices is not None else ""


def field_choice(kind: str, field: str, value: str) -> str:
    return choice_label(value, vocabulary_of(kind, field))


# ---- the fields of records, as the forms name them -------------------------------------------

# (record kind or "*", field name) -> label; the kind-specific entry wins.
FIELD_LABELS: dict[tuple[str, str], str] = {
    ("*", "pseudonym"): QT_TRANSLATE_NOOP("fields", "Pseudonym"),
    ("*", "legal_name"): QT_TRANSLATE_NOOP("fields", "Legal name"),
    ("*", "contact"): QT_TRANSLATE_NOOP("fields", "Contact details"),
    ("*", "language"): QT_TRANSLATE_NOOP("fields", "Preferred language"),
    ("*", "intake_date"): QT_TRANSLATE_NOOP("fields", "Intake date"),
    ("*", "notes"): QT_TRANSLATE_NOOP("fields", "Notes"),
    ("*", "platform"): QT_TRANSLATE_NOOP("fields", "Platform"),
    ("*", "handle"): QT_TRANSLATE_NOOP("fields", "Handle"),
    ("*", "url"): QT_TRANSLATE_NOOP("fields", "Web address"),
    ("*", "description"): QT_TRANSLATE_NOOP("fields", "What the account posts"),
    ("*", "client_ids"): QT_TRANSLATE_NOOP("fields", "Clients"),
    ("*", "title"): QT_TRANSLATE_NOOP("fields", "Title"),
    ("*", "status"): QT_TRANSLATE_NOOP("fields", "Status"),
    ("*", "court"): QT_TRANSLATE_NOOP("fields", "Court"),
    ("*", "case_number"): QT_TRANSLATE_NOOP("fields", "Case number"),
    ("*", "judge"): QT_TRANSLATE_NOOP("fields", "Judge"),
    ("*", "attorney"): QT_TRANSLATE_NOOP("fields", "Responsible attorney"),
    ("*", "paralegal"): QT_TRANSLATE_NOOP("fields", "Paralegal"),
    ("*", "opened"): QT_TRANSLATE_NOOP("fields", "Opened"),
    ("*", "closed"): QT_TRANSLATE_NOOP("fields", "Closed"),
    ("*", "matter_id"): QT_TRANSLATE_NOOP("fields", "Matter"),
    ("subpoenas", "kind"): QT_TRANSLATE_NOOP("fields", "Kind of process"),
    ("events", "kind"): QT_TRANSLATE_NOOP("fields", "Kind of event"),
    ("*", "issuer"): QT_TRANSLATE_NOOP("fields", "Issuing agency"),
    ("*", "recipient"): QT_TRANSLATE_NOOP("fields", "Served on (platform)"),
    ("*", "issuing_officer"): QT_TRANSLATE_NOOP("fields", "Issuing officer"),
    ("*", "authority"): QT_TRANSLATE_NOOP("fields", "Authority cited"),
    ("*", "stated_purpose"): QT_TRANSLATE_NOOP("fields", "Stated purpose"),
    ("*", "issued"): QT_TRANSLATE_NOOP("fields", "Issued"),
    ("*", "served"): QT_TRANSLATE_NOOP("fields", "Served"),
    ("*", "user_notified"): QT_TRANSLATE_NOOP("fields", "User notified"),
    ("*", "response_window_days"): QT_TRANSLATE_NOOP("fields", "Response window in the notice"),
    ("*", "compliance_date"): QT_TRANSLATE_NOOP("fields", "Compliance date"),
    ("*", "requested"): QT_TRANSLATE_NOOP("fields", "What it demands"),
    ("*", "account_ids"): QT_TRANSLATE_NOOP("fields", "Targeted accounts"),
    ("*", "gag_order"): QT_TRANSLATE_NOOP("fields", "Gag order (non-disclosure)"),
    ("*", "subpoena_id"): QT_TRANSLATE_NOOP("fields", "Subpoena"),
    ("*", "due"): QT_TRANSLATE_NOOP("fields", "Due date"),
    ("*", "due_time"): QT_TRANSLATE_NOOP("fields", "Due time"),
    ("*", "rule_id"): QT_TRANSLATE_NOOP("fields", "Rule"),
    ("*", "trigger_date"): QT_TRANSLATE_NOOP("fields", "Trigger date"),
    ("*", "citation"): QT_TRANSLATE_NOOP("fields", "Citation"),
    ("*", "trail"): QT_TRANSLATE_NOOP("fields", "How it was counted"),
    ("*", "responsible"): QT_TRANSLATE_NOOP("fields", "Responsible"),
    ("*", "event_id"): QT_TRANSLATE_NOOP("fields", "Docket event"),
    ("*", "parent_id"): QT_TRANSLATE_NOOP("fields", "Counted from"),
    ("*", "computed_due"): QT_TRANSLATE_NOOP("fields", "Date the rule gives"),
    ("*", "overridden"): QT_TRANSLATE_NOOP("fields", "Set by hand"),
    ("*", "calendar"): QT_TRANSLATE_NOOP("fields", "Court calendar"),
    ("*", "service"): QT_TRANSLATE_NOOP("fields", "Service method"),
    ("*", "date"): QT_TRANSLATE_NOOP("fields", "Date"),
    ("*", "summary"): QT_TRANSLATE_NOOP("fields", "Summary"),
    ("*", "trigger_id"): QT_TRANSLATE_NOOP("fields", "Docketed as"),
    ("*", "name"): QT_TRANSLATE_NOOP("fields", "Name"),
    ("*", "role"): QT_TRANSLATE_NOOP("fields", "Role"),
    ("*", "active"): QT_TRANSLATE_NOOP("fields", "Active"),
    ("*", "reason"): QT_TRANSLATE_NOOP("fields", "Reason"),
    ("*", "days"): QT_TRANSLATE_NOOP("fields", "Days"),
    ("*", "compliance"): QT_TRANSLATE_NOOP("fields", "Compliance date"),
}


def field_label(kind: str, name: str) -> str:
    text = FIELD_LABELS.get((kind, name)) or FIELD_LABELS.get(("*", name))
    if text is None:
        return name.replace("_", " ").capitalize()
    return QCoreApplication.translate("fields", text)


# ---- the rule book (models/rulesets/*.toml): titles by stable id ------------------------------

RULE_TITLES = {
    "frcp-6a": QT_TRANSLATE_NOOP("rules", "Period counted under FRCP 6(a)"),
    "frcp-12a1-answer": QT_TRANSLATE_NOOP("rules", "Answer due"),
    "frcp-45d2b-objections": QT_TRANSLATE_NOOP("rules", "Objections to the subpoena due"),
    "ndcal-7-2a-hearing": QT_TRANSLATE_NOOP("rules", "Earliest hearing date for the motion"),
    "ndcal-7-3a-opposition": QT_TRANSLATE_NOOP("rules", "Opposition to the motion due"),
    "ndcal-7-3c-reply": QT_TRANSLATE_NOOP("rules", "Reply in support of the motion due"),
    "foia-552a6ai": QT_TRANSLATE_NOOP("rules", "Agency's FOIA response due"),
    "notice-response-window": QT_TRANSLATE_NOOP(
        "rules", "Motion to quash on file before the platform's response window closes"
    ),
}
# What each rule counts from ("Counted from service of the subpoena").
RULE_TRIGGERS = {
    "frcp-6a": QT_TRANSLATE_NOOP("rules", "the trigger event"),
    "frcp-12a1-answer": QT_TRANSLATE_NOOP("rules", "service of the summons and complaint"),
    "frcp-45d2b-objections": QT_TRANSLATE_NOOP("rules", "service of the subpoena"),
    "ndcal-7-2a-hearing": QT_TRANSLATE_NOOP("rules", "filing of the motion"),
    "ndcal-7-3a-opposition": QT_TRANSLATE_NOOP("rules", "filing of the motion"),
    "ndcal-7-3c-reply": QT_TRANSLATE_NOOP("rules", "the day the opposition was due"),
    "foia-552a6ai": QT_TRANSLATE_NOOP("rules", "receipt of the request"),
    "notice-response-window": QT_TRANSLATE_NOOP("rules", "the day the user was notified"),
}
RULE_NOTES = {  # the rest carry their Spanish in their rule set ([rules.es] note)
    "ndcal-7-2a-hearing": QT_TRANSLATE_NOOP(
        "rules", "The hearing must also fall on a day the assigned judge hears civil motions."
    ),
    "notice-response-window": QT_TRANSLATE_NOOP(
        "rules",
        "The window is whatever this notice states; platforms change their policies, so it "
        "is never assumed.",
    ),
}
RULE_CITATIONS = {  # only citations that are words rather than a rule's number
    "notice-response-window": QT_TRANSLATE_NOOP("rules", "the platform's notice to the user"),
}
TRIGGER_TITLES = {
    "motion-to-quash-filed": QT_TRANSLATE_NOOP("triggers", "Motion to quash filed"),
    "subpoena-served": QT_TRANSLATE_NOOP("triggers", "Subpoena served (Rule 45)"),
    "user-notified": QT_TRANSLATE_NOOP("triggers", "Platform notified the user"),
    "complaint-served": QT_TRANSLATE_NOOP("triggers", "Summons and complaint served"),
    "foia-request-received": QT_TRANSLATE_NOOP("triggers", "FOIA request received by the agency"),
}
RULESET_TITLES = {
    "federal": QT_TRANSLATE_NOOP(
        "rules", "Federal Rules of Civil and Appellate Procedure; subpoenas and platform notices"
    ),
}
CALENDAR_TITLES = {
    "federal": QT_TRANSLATE_NOOP("calendars", "Federal courts (FRCP 6(a)(6)(A)-(B))"),
    "federal-dc": QT_TRANSLATE_NOOP(
        "calendars", "Federal courts in the District of Columbia (adds D.C. holidays)"
    ),
    "ca": QT_TRANSLATE_NOOP(
        "calendars", "Federal courts in California (adds state holidays for forward periods)"
    ),
    "pa": QT_TRANSLATE_NOOP(
        "calendars", "Federal courts in Pennsylvania (adds state holidays for forward periods)"
    ),
    "wa": QT_TRANSLATE_NOOP(
        "calendars", "Federal courts in Washington (adds state holidays for forward periods)"
    ),
    "ny": QT_TRANSLATE_NOOP(
        "calendars", "Federal courts in New York (adds state holidays for forward periods)"
    ),
    "il": QT_TRANSLATE_NOOP(
        "calendars", "Federal courts in Illinois (adds state holidays for forward periods)"
    ),
    "tx": QT_TRANSLATE_NOOP(
        "calendars", "Federal courts in Texas (adds state holidays for forward periods)"
    ),
    "or": QT_TRANSLATE_NOOP(
        "calendars", "Federal courts in Oregon (adds state holidays for forward periods)"
    ),
    "agency": QT_TRANSLATE_NOOP(
        "calendars", "Federal agencies (5 U.S.C. 6103(a) only: FOIA and agency periods)"
    ),
}


def _looked_up(context: str, table: dict[str, str], key: str, default: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate(context, text) if text is not None else default


def _rule_spanish(rule_id: str, attr: str, default: str) -> str:
    """A rule's own Spanish (the rule set's [rules.es] table), when the reader reads Spanish."""
    from gui.i18n import current_language

    if current_language() != "es":
        return default
    rule = default_rulebook().rules.get(rule_id)
    return (getattr(rule, attr) or default) if rule is not None else default


def rule_title(rule_id: str, default: str) -> str:
    """A rule's title in the reader's language; a rule added later keeps its own title."""
    if rule_id not in RULE_TITLES:
        return _rule_spanish(rule_id, "title_es", default)
    return _looked_up("rules", RULE_TITLES, rule_id, default)


_RULE_TITLE_SOURCES = frozenset(RULE_TITLES.values())


def deadline_title(title: str) -> str:
    """A deadline's title as listed: one a rule gave, and nobody has retyped, reads in the
    reader's language; any other title is the office's own words and is shown as typed."""
    if title in _RULE_TITLE_SOURCES:
        return QCoreApplication.translate("rules", title)
    by_title = _rules_by_title().get(title)
    return _rule_spanish(by_title, "title_es", title) if by_title else title


def _rules_by_title() -> dict[str, str]:
    return {r.title: r.id for r in default_rulebook().rules.values()}


def rule_trigger(rule_id: str, default: str) -> str:
    if rule_id not in RULE_TRIGGERS:
        return _rule_spanish(rule_id, "trigger_es", default)
    return _looked_up("rules", RULE_TRIGGERS, rule_id, default)


def rule_note(rule_id: str, default: str) -> str:
    if rule_id not in RULE_NOTES:
        return _rule_spanish(rule_id, "note_es", default)
    return _looked_up("rules", RULE_NOTES, rule_id, default)


def rule_citation(rule_id: str, default: str) -> str:
    return _looked_up("rules", RULE_CITATIONS, rule_id, default)


class RulePeriods(QObject):
    """A rule's period counted in words: "1 day after", "14 days after", "20 court days
    before". A class because lupdate reads plural forms from a class's tr() only."""

    def period(self, n: int, unit: str, direction: str) -> str | None:
        texts = {
            ("days", "after"): lambda: self.tr("%n day(s) after", "", n),
            ("days", "before"): lambda: self.tr("%n day(s) before", "", n),
            ("court_days", "after"): lambda: self.tr("%n court day(s) after", "", n),
            ("court_days", "before"): lambda: self.tr("%n court day(s) before", "", n),
            ("hours", "after"): lambda: self.tr("%n hour(s) after", "", n),
            ("hours", "before"): lambda: self.tr("%n hour(s) before", "", n),
        }
        text = texts.get((unit, direction))
        return text() if text is not None else None


_PERIODS = RulePeriods()
# The (unit, direction) pairs rule_period words; a rule with another shows English.
UNITS = frozenset(
    (unit, direction)
    for unit in ("days", "court_days", "hours")
    for direction in ("after", "before")
)


def rule_period(period: int, unit: str, direction: str) -> str:
    text = _PERIODS.period(period, unit, direction)
    return text if text is not None else f"{period} {unit.replace('_', ' ')} {direction}"


def trigger_title(trigger_id: str, default: str) -> str:
    if trigger_id not in TRIGGER_TITLES:
        from gui.i18n import current_language

        trig = default_rulebook().triggers.get(trigger_id)
        if current_language() == "es" and trig is not None and trig.title_es:
            return trig.title_es
        return default
    return _looked_up("triggers", TRIGGER_TITLES, trigger_id, default)


def event_summary(summary: str, trigger_id: str | None) -> str:
    """A docket event's summary as a list shows it: the title its trigger gave it, if nobody
    retyped it, in the reader's language; any other summary is the office's own words."""
    if not trigger_id:
        return summary
    trig = default_rulebook().triggers.get(trigger_id)
    if trig is None or summary != trig.title:
        return summary
    return trigger_title(trigger_id, summary)


def ruleset_title(ruleset_id: str, default: str) -> str:
    return _looked_up("rules", RULESET_TITLES, ruleset_id, default)


def calendar_title(name: str, default: str = "") -> str:
    return _looked_up("calendars", CALENDAR_TITLES, name, default or name)


# ---- the audit log ----------------------------------------------------------------------------

AUDIT_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("audit", "create"),
    "change": QT_TRANSLATE_NOOP("audit", "change"),
    "delete": QT_TRANSLATE_NOOP("audit", "delete"),
    "reveal": QT_TRANSLATE_NOOP("audit", "reveal"),
    "export": QT_TRANSLATE_NOOP("audit", "export"),
    "import": QT_TRANSLATE_NOOP("audit", "import"),
    "report": QT_TRANSLATE_NOOP("audit", "report"),
    "backup": QT_TRANSLATE_NOOP("audit", "backup"),
    "docket": QT_TRANSLATE_NOOP("audit", "docket"),
    "recompute": QT_TRANSLATE_NOOP("audit", "recount"),
    "override": QT_TRANSLATE_NOOP("audit", "set by hand"),
    "rotate": QT_TRANSLATE_NOOP("audit", "rotate"),
    "restore": QT_TRANSLATE_NOOP("audit", "restore from the trash"),
    "empty": QT_TRANSLATE_NOOP("audit", "empty"),
    "conflict check": QT_TRANSLATE_NOOP("audit", "conflict check"),
    "print": QT_TRANSLATE_NOOP("audit", "print"),
}
AUDIT_ENTITIES = {
    "client": QT_TRANSLATE_NOOP("audit", "client"),
    "account": QT_TRANSLATE_NOOP("audit", "account"),
    "matter": QT_TRANSLATE_NOOP("audit", "matter"),
    "subpoena": QT_TRANSLATE_NOOP("audit", "subpoena"),
    "deadline": QT_TRANSLATE_NOOP("audit", "deadline"),
    "docket event": QT_TRANSLATE_NOOP("audit", "docket event"),
    "staff member": QT_TRANSLATE_NOOP("audit", "staff member"),
    "document": QT_TRANSLATE_NOOP("audit", "document"),
    "vault": QT_TRANSLATE_NOOP("audit", "vault"),
    "key slots": QT_TRANSLATE_NOOP("audit", "key slots"),
    "passphrase": QT_TRANSLATE_NOOP("audit", "passphrase"),
    "setting": QT_TRANSLATE_NOOP("audit", "setting"),
    "closure day": QT_TRANSLATE_NOOP("audit", "closure day"),
    "data key": QT_TRANSLATE_NOOP("audit", "data key"),
    "backup file": QT_TRANSLATE_NOOP("audit", "backup file"),
    "restore": QT_TRANSLATE_NOOP("audit", "restore"),
    "trash": QT_TRANSLATE_NOOP("audit", "trash"),
    "template": QT_TRANSLATE_NOOP("audit", "template"),
    "draft": QT_TRANSLATE_NOOP("audit", "draft"),
    # reports and exports (reports/: what `record_output` names)
    "deadline report": QT_TRANSLATE_NOOP("audit", "deadline report"),
    "subpoena register": QT_TRANSLATE_NOOP("audit", "subpoena register"),
    "matter summary": QT_TRANSLATE_NOOP("audit", "matter summary"),
    "deadline calendar": QT_TRANSLATE_NOOP("audit", "deadline calendar"),
    "deadline list": QT_TRANSLATE_NOOP("audit", "deadline list"),
    "subpoena list": QT_TRANSLATE_NOOP("audit", "subpoena list"),
}


def audit_action(action: str) -> str:
    return _looked_up("audit", AUDIT_ACTIONS, action, action)


def audit_entity(entity: str) -> str:
    return _looked_up("audit", AUDIT_ENTITIES, entity, entity)


# ---- sentences that name a kind of record, whole (Spanish agrees in gender) -------------------

KIND_NAMES = {  # as a heading: "Matter: Doe v. DHS"
    "clients": QT_TRANSLATE_NOOP("records", "Client"),
    "accounts": QT_TRANSLATE_NOOP("records", "Account"),
    "matters": QT_TRANSLATE_NOOP("records", "Matter"),
    "subpoenas": QT_TRANSLATE_NOOP("records", "Subpoena"),
    "deadlines": QT_TRANSLATE_NOOP("records", "Deadline"),
    "events": QT_TRANSLATE_NOOP("records", "Docket event"),
    "staff": QT_TRANSLATE_NOOP("records", "Staff member"),
}
NEW_TITLES = {
    "clients": QT_TRANSLATE_NOOP("records", "New client"),
    "accounts": QT_TRANSLATE_NOOP("records", "New account"),
    "matters": QT_TRANSLATE_NOOP("records", "New matter"),
    "subpoenas": QT_TRANSLATE_NOOP("records", "New subpoena"),
    "deadlines": QT_TRANSLATE_NOOP("records", "New deadline"),
    "events": QT_TRANSLATE_NOOP("records", "New docket event"),
    "staff": QT_TRANSLATE_NOOP("records", "New staff member"),
}
DELETE_BUTTONS = {  # the Delete button's accessible name
    "clients": QT_TRANSLATE_NOOP("records", "Delete this client"),
    "accounts": QT_TRANSLATE_NOOP("records", "Delete this account"),
    "matters": QT_TRANSLATE_NOOP("records", "Delete this matter"),
    "subpoenas": QT_TRANSLATE_NOOP("records", "Delete this subpoena"),
    "deadlines": QT_TRANSLATE_NOOP("records", "Delete this deadline"),
    "events": QT_TRANSLATE_NOOP("records", "Delete this docket event"),
    "staff": QT_TRANSLATE_NOOP("records", "Delete this staff member"),
}
DELETE_QUESTIONS = {
    "clients": QT_TRANSLATE_NOOP(
        "records",
        "Delete this client? It goes to the Trash, where it can be restored until the trash "
        "is emptied.",
    ),
    "accounts": QT_TRANSLATE_NOOP(
        "records",
        "Delete this account? It goes to the Trash, where it can be restored until the trash "
        "is emptied.",
    ),
    "matters": QT_TRANSLATE_NOOP(
        "records",
        "Delete this matter? It goes to the Trash, where it can be restored until the trash "
        "is emptied.",
    ),
    "subpoenas": QT_TRANSLATE_NOOP(
        "records",
        "Delete this subpoena? It goes to the Trash, where it can be restored until the trash "
        "is emptied.",
    ),
    "deadlines": QT_TRANSLATE_NOOP(
        "records",
        "Delete this deadline? It goes to the Trash, where it can be restored until the trash "
        "is emptied.",
    ),
    "events": QT_TRANSLATE_NOOP(
        "records",
        "Delete this docket event? It goes to the Trash, where it can be restored until the trash "
        "is emptied.",
    ),
    "staff": QT_TRANSLATE_NOOP(
        "records",
        "Delete this staff member? It goes to the Trash, where it can be restored until the trash "
        "is emptied.",
    ),
}
UNSAVED_QUESTIONS = {
    "clients": QT_TRANSLATE_NOOP("records", "Save the changes to this client before closing?"),
    "accounts": QT_TRANSLATE_NOOP("records", "Save the changes to this account before closing?"),
    "matters": QT_TRANSLATE_NOOP("records", "Save the changes to this matter before closing?"),
    "subpoenas": QT_TRANSLATE_NOOP("records", "Save the changes to this subpoena before closing?"),
    "deadlines": QT_TRANSLATE_NOOP("records", "Save the changes to this deadline before closing?"),
    "events": QT_TRANSLATE_NOOP("records", "Save the changes to this docket event before closing?"),
    "staff": QT_TRANSLATE_NOOP("records", "Save the changes to this staff member before closing?"),
}


def kind_name(kind: str) -> str:
    return _looked_up("records", KIND_NAMES, kind, kind)


def new_title(kind: str) -> str:
    return _looked_up("records", NEW_TITLES, kind, kind)


def delete_button_name(kind: str) -> str:
    return _looked_up("records", DELETE_BUTTONS, kind, kind)


def delete_question(kind: str) -> str:
    return _looked_up("records", DELETE_QUESTIONS, kind, kind)


def goes_with(counts: dict[str, int]) -> str:
    """What a deletion takes along (services.trash.goes_with), counted in the reader's language:
    "3 subpoenas, 12 deadlines, 2 documents". Empty when nothing goes along."""
    from gui.amounts import RECORD_COUNTS  # plurals lupdate finds (a class's tr())

    return ", ".join(RECORD_COUNTS[kind](n) for kind, n in counts.items() if kind in GOES_WITH)


GOES_WITH = (
    "subpoenas",
    "deadlines",
    "events",
    "documents",
    "matters",
    "clients",
    "accounts",
    "staff",
)


def delete_question_with(kind: str, counts: dict[str, int]) -> str:
    """The question before a delete: what goes, what goes with it, and that the Trash keeps it."""
    question = delete_question(kind)
    taken = goes_with(counts)
    if not taken:
        return question
    return question + " " + QCoreApplication.translate("records", "With it go: {0}.").format(taken)


def unsaved_question(kind: str) -> str:
    return _looked_up("records", UNSAVED_QUESTIONS, kind, kind)
