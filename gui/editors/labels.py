"""Words people read in the editors: field and choice labels, one-line record labels, plain
error messages naming the field, and audit entries told as sentences."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.errors import QuashError, ValidationError

FIELDS = "fields"
CHOICES = "choices"

# (record kind or "*", field name) -> label; the kind-specific entry wins.
FIELD_LABELS: dict[tuple[str, str], str] = {
    ("*", "pseudonym"): QT_TRANSLATE_NOOP(FIELDS, "Pseudonym"),
    ("*", "legal_name"): QT_TRANSLATE_NOOP(FIELDS, "Legal name"),
    ("*", "contact"): QT_TRANSLATE_NOOP(FIELDS, "Contact details"),
    ("*", "language"): QT_TRANSLATE_NOOP(FIELDS, "Preferred language"),
    ("*", "intake_date"): QT_TRANSLATE_NOOP(FIELDS, "Intake date"),
    ("*", "notes"): QT_TRANSLATE_NOOP(FIELDS, "Notes"),
    ("*", "platform"): QT_TRANSLATE_NOOP(FIELDS, "Platform"),
    ("*", "handle"): QT_TRANSLATE_NOOP(FIELDS, "Handle"),
    ("*", "url"): QT_TRANSLATE_NOOP(FIELDS, "Web address"),
    ("*", "description"): QT_TRANSLATE_NOOP(FIELDS, "What the account posts"),
    ("*", "client_ids"): QT_TRANSLATE_NOOP(FIELDS, "Clients"),
    ("*", "title"): QT_TRANSLATE_NOOP(FIELDS, "Title"),
    ("*", "status"): QT_TRANSLATE_NOOP(FIELDS, "Status"),
    ("*", "court"): QT_TRANSLATE_NOOP(FIELDS, "Court"),
    ("*", "case_number"): QT_TRANSLATE_NOOP(FIELDS, "Case number"),
    ("*", "judge"): QT_TRANSLATE_NOOP(FIELDS, "Judge"),
    ("*", "attorney"): QT_TRANSLATE_NOOP(FIELDS, "Responsible attorney"),
    ("*", "paralegal"): QT_TRANSLATE_NOOP(FIELDS, "Paralegal"),
    ("*", "opened"): QT_TRANSLATE_NOOP(FIELDS, "Opened"),
    ("*", "closed"): QT_TRANSLATE_NOOP(FIELDS, "Closed"),
    ("*", "matter_id"): QT_TRANSLATE_NOOP(FIELDS, "Matter"),
    ("subpoenas", "kind"): QT_TRANSLATE_NOOP(FIELDS, "Kind of process"),
    ("events", "kind"): QT_TRANSLATE_NOOP(FIELDS, "Kind of event"),
    ("*", "issuer"): QT_TRANSLATE_NOOP(FIELDS, "Issuing agency"),
    ("*", "recipient"): QT_TRANSLATE_NOOP(FIELDS, "Served on (platform)"),
    ("*", "issuing_officer"): QT_TRANSLATE_NOOP(FIELDS, "Issuing officer"),
    ("*", "authority"): QT_TRANSLATE_NOOP(FIELDS, "Authority cited"),
    ("*", "stated_purpose"): QT_TRANSLATE_NOOP(FIELDS, "Stated purpose"),
    ("*", "issued"): QT_TRANSLATE_NOOP(FIELDS, "Issued"),
    ("*", "served"): QT_TRANSLATE_NOOP(FIELDS, "Served"),
    ("*", "user_notified"): QT_TRANSLATE_NOOP(FIELDS, "User notified"),
    ("*", "response_window_days"): QT_TRANSLATE_NOOP(FIELDS, "Response window in the notice"),
    ("*", "compliance_date"): QT_TRANSLATE_NOOP(FIELDS, "Compliance date"),
    ("*", "requested"): QT_TRANSLATE_NOOP(FIELDS, "What it demands"),
    ("*", "account_ids"): QT_TRANSLATE_NOOP(FIELDS, "Targeted accounts"),
    ("*", "gag_order"): QT_TRANSLATE_NOOP(FIELDS, "Gag order (non-disclosure)"),
    ("*", "subpoena_id"): QT_TRANSLATE_NOOP(FIELDS, "Subpoena"),
    ("*", "due"): QT_TRANSLATE_NOOP(FIELDS, "Due date"),
    ("*", "due_time"): QT_TRANSLATE_NOOP(FIELDS, "Due time"),
    ("*", "rule_id"): QT_TRANSLATE_NOOP(FIELDS, "Rule"),
    ("*", "trigger_date"): QT_TRANSLATE_NOOP(FIELDS, "Trigger date"),
    ("*", "citation"): QT_TRANSLATE_NOOP(FIELDS, "Citation"),
    ("*", "trail"): QT_TRANSLATE_NOOP(FIELDS, "How it was counted"),
    ("*", "responsible"): QT_TRANSLATE_NOOP(FIELDS, "Responsible"),
    ("*", "event_id"): QT_TRANSLATE_NOOP(FIELDS, "Docket event"),
    ("*", "parent_id"): QT_TRANSLATE_NOOP(FIELDS, "Counted from"),
    ("*", "computed_due"): QT_TRANSLATE_NOOP(FIELDS, "Date the rule gives"),
    ("*", "overridden"): QT_TRANSLATE_NOOP(FIELDS, "Set by hand"),
    ("*", "calendar"): QT_TRANSLATE_NOOP(FIELDS, "Court calendar"),
    ("*", "service"): QT_TRANSLATE_NOOP(FIELDS, "Service method"),
    ("*", "date"): QT_TRANSLATE_NOOP(FIELDS, "Date"),
    ("*", "summary"): QT_TRANSLATE_NOOP(FIELDS, "Summary"),
    ("*", "trigger_id"): QT_TRANSLATE_NOOP(FIELDS, "Docketed as"),
    ("*", "name"): QT_TRANSLATE_NOOP(FIELDS, "Name"),
    ("*", "role"): QT_TRANSLATE_NOOP(FIELDS, "Role"),
    ("*", "active"): QT_TRANSLATE_NOOP(FIELDS, "Active"),
    ("*", "reason"): QT_TRANSLATE_NOOP(FIELDS, "Reason"),
    ("*", "days"): QT_TRANSLATE_NOOP(FIELDS, "Days"),
    ("*", "compliance"): QT_TRANSLATE_NOOP(FIELDS, "Compliance date"),
}

# Choice values whose plain capitalised form would read badly.
CHOICE_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP(CHOICES, "Name"),
    "email": QT_TRANSLATE_NOOP(CHOICES, "Email addresses"),
    "phone": QT_TRANSLATE_NOOP(CHOICES, "Phone numbers"),
    "address": QT_TRANSLATE_NOOP(CHOICES, "Postal address"),
    "ip_signup": QT_TRANSLATE_NOOP(CHOICES, "Sign-up IP address"),
    "ip_logs": QT_TRANSLATE_NOOP(CHOICES, "IP address logs"),
    "login_times": QT_TRANSLATE_NOOP(CHOICES, "Login times"),
    "account_created": QT_TRANSLATE_NOOP(CHOICES, "Account creation date"),
    "zip_country": QT_TRANSLATE_NOOP(CHOICES, "ZIP code and country"),
    "content": QT_TRANSLATE_NOOP(CHOICES, "Content of posts or messages"),
    "other": QT_TRANSLATE_NOOP(CHOICES, "Other"),
    "x": QT_TRANSLATE_NOOP(CHOICES, "X (Twitter)"),
    "tiktok": QT_TRANSLATE_NOOP(CHOICES, "TikTok"),
    "youtube": QT_TRANSLATE_NOOP(CHOICES, "YouTube"),
    "motion_filed": QT_TRANSLATE_NOOP(CHOICES, "Motion filed"),
    "customs_summons": QT_TRANSLATE_NOOP(CHOICES, "Customs summons (19 U.S.C. 1509)"),
    "other-consented": QT_TRANSLATE_NOOP(CHOICES, "Other means consented to"),
    "clerk": QT_TRANSLATE_NOOP(CHOICES, "Left with the clerk"),
    "hand": QT_TRANSLATE_NOOP(CHOICES, "By hand"),
    "mail": QT_TRANSLATE_NOOP(CHOICES, "By mail"),
    "electronic": QT_TRANSLATE_NOOP(CHOICES, "Electronic"),
}

SINGULAR = {
    "clients": QT_TRANSLATE_NOOP(FIELDS, "client"),
    "accounts": QT_TRANSLATE_NOOP(FIELDS, "account"),
    "matters": QT_TRANSLATE_NOOP(FIELDS, "matter"),
    "subpoenas": QT_TRANSLATE_NOOP(FIELDS, "subpoena"),
    "deadlines": QT_TRANSLATE_NOOP(FIELDS, "deadline"),
    "events": QT_TRANSLATE_NOOP(FIELDS, "docket event"),
    "staff": QT_TRANSLATE_NOOP(FIELDS, "staff member"),
}


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(kind: str, name: str) -> str:
    text = FIELD_LABELS.get((kind, name)) or FIELD_LABELS.get(("*", name))
    if text is None:
        return name.replace("_", " ").capitalize()
    return tr(FIELDS, text)


def choice_label(value: str) -> str:
    text = CHOICE_LABELS.get(value)
    if text is None:
        return value.replace("_", " ").replace("-", " ").capitalize()
    return tr(CHOICES, text)


def singular(kind: str) -> str:
    return tr(FIELDS, SINGULAR.get(kind, kind))


def day(value: dt.date | None) -> str:
    """Dates in lists: 2016-05-31 sorts and reads the same everywhere."""
    return value.isoformat() if value else ""


def record_label(view: Any) -> str:
    """One line naming a record, for pickers and lists. Never shows a sealed value."""
    kind = getattr(view, "kind", "")
    if kind == "clients":
        return str(view.pseudonym)
    if kind == "accounts":
        return f"{view.handle} ({choice_label(view.platform)})"
    if kind == "matters":
        return view.title + (f" ({view.case_number})" if view.case_number else "")
    if kind == "subpoenas":
        when = f", {view.issued.isoformat()}" if view.issued else ""
        return f"{view.issuer} → {view.recipient}{when}"
    if kind == "deadlines":
        return f"{view.due.isoformat()} {view.title}"
    if kind == "events":
        return f"{view.date.isoformat()} {view.summary}"
    if kind == "staff":
        return str(view.name)
    return str(getattr(view, "id", view))


def plain_error(exc: BaseException, kind: str = "*") -> str:
    """One sentence for a person: the field named as the form names it, never a traceback."""
    if not isinstance(exc, QuashError):
        return tr(FIELDS, "Something went wrong ({0}); nothing was saved.").format(
            type(exc).__name__
        )
    text = str(exc).strip()
    if isinstance(exc, ValidationError) and exc.field:
        label = field_label(kind, exc.field)
        prefix = f"{exc.record}: " if exc.record else ""
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        if text == exc.field or text.startswith(exc.field + " "):
            text = label + text[len(exc.field) :]
        elif not text.lower().startswith(label.lower()):
            text = f"{label}: {text}"
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def describe_audit(kind: str, action: str, detail: dict[str, Any]) -> str:
    """An audit entry as a sentence: "Changed status: intake → open"."""
    if action == "create":
        return tr(FIELDS, "Created")
    if action == "delete":
        return tr(FIELDS, "Deleted")
    if action == "reveal":
        return tr(FIELDS, "Revealed the sealed {0}").format(
            field_label(kind, str(detail.get("field", ""))).lower()
        )
    if action == "change":
        parts = []
        for name, (old, new) in sorted(detail.get("changed", {}).items()):
            parts.append(f"{field_label(kind, name)}: {_shown(old, name)} → {_shown(new, name)}")
        return tr(FIELDS, "Changed {0}").format("; ".join(parts))
    text = action.replace("_", " ").capitalize()
    return f"{text} {_shown(detail)}" if detail else text


ENUM_FIELDS = ("status", "kind", "platform", "role")


def _shown(value: Any, name: str = "") -> str:
    if value is None or value == "" or value == []:
        return tr(FIELDS, "(empty)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_shown(v)}" for k, v in value.items())
    return choice_label(value) if name in ENUM_FIELDS and isinstance(value, str) else str(value)
