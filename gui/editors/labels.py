"""Words people read in the editors: field labels, one-line record labels, plain error messages
naming the field, and audit entries told as sentences. (Choice labels: gui.vocabulary.)"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.i18n import weekday_date
from gui.vocabulary import audit_action, audit_entity, choice_label, vocabulary_of
from models.errors import QuashError, ValidationError

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


def day(value: dt.date | None) -> str:
    """Dates in lists: 2016-05-31 sorts and reads the same everywhere."""
    return value.isoformat() if value else ""


def record_label(view: Any) -> str:
    """One line naming a record, for pickers and lists. Never shows a sealed value."""
    kind = getattr(view, "kind", "")
    if kind == "clients":
        return str(view.pseudonym)
    if kind == "accounts":
        return f"{view.handle} ({choice_label(view.platform, 'Platform')})"
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


# What the services say about a field, in words a translator can see whole. The field's name
# starts the service's message; what follows is matched here. Anything else is shown as the
# service wrote it, after the field's label.
PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^is required$"), QT_TRANSLATE_NOOP("fields", "{field} is required.")),
    (
        re.compile(r"^is longer than (?P<max>\d+) characters \((?P<got>\d+)\)$"),
        QT_TRANSLATE_NOOP("fields", "{field} is longer than {max} characters ({got})."),
    ),
    (
        re.compile(r"^is not a real date: '(?P<value>[^']*)'$"),
        QT_TRANSLATE_NOOP("fields", "{field} is not a real date: {value}."),
    ),
    (
        re.compile(r"^must be a date as YYYY-MM-DD, not '(?P<value>[^']*)'$"),
        QT_TRANSLATE_NOOP("fields", "{field} must be a date as YYYY-MM-DD, not {value}."),
    ),
    (
        re.compile(r"^must be a time as HH:MM, not '(?P<value>[^']*)'$"),
        QT_TRANSLATE_NOOP("fields", "{field} must be a time as HH:MM, not {value}."),
    ),
    (
        re.compile(
            r"^\((?P<date>[\d-]+)\) is before the date it was (?P<other>\w+) \((?P<then>[\d-]+)\)$"
        ),
        QT_TRANSLATE_NOOP("fields", "{field} ({date}) is before the date it was {other} ({then})."),
    ),
    (
        re.compile(r"^'(?P<value>.*)' is already taken by another (?P<record>.+)$"),
        QT_TRANSLATE_NOOP("fields", "{field} '{value}' is already taken by another {record}."),
    ),
)


def plain_error(exc: BaseException, kind: str = "*") -> str:
    """One sentence for a person: the field named as the form names it, never a traceback."""
    if not isinstance(exc, QuashError):
        return QCoreApplication.translate(
            "fields", "Something went wrong ({0}); nothing was saved."
        ).format(type(exc).__name__)
    text = str(exc).strip()
    if isinstance(exc, ValidationError) and exc.field:
        label = field_label(kind, exc.field)
        prefix = f"{exc.record}: " if exc.record else ""
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        elif re.match(r"^[a-z ]+: ", text):  # "closure day: …" names its record by itself
            text = text.split(": ", 1)[1]
        if text.startswith(exc.field + " "):
            problem = text[len(exc.field) + 1 :].rstrip(".")
            for pattern, sentence in PROBLEMS:
                found = pattern.match(problem)
                if found:
                    words = dict(found.groupdict())
                    if "other" in words:
                        words["other"] = field_label(kind, words["other"]).lower()
                    if "record" in words:
                        words["record"] = audit_entity(words["record"])
                    return QCoreApplication.translate("fields", sentence).format(
                        field=label, **words
                    )
        if text == exc.field or text.startswith(exc.field + " "):
            text = label + text[len(exc.field) :]
        elif not text.lower().startswith(label.lower()):
            text = f"{label}: {text}"
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


SEALED_REVEALS = {
    "legal_name": QT_TRANSLATE_NOOP("fields", "Revealed the sealed legal name"),
    "contact": QT_TRANSLATE_NOOP("fields", "Revealed the sealed contact details"),
}


def describe_audit(kind: str, action: str, detail: dict[str, Any]) -> str:
    """An audit entry as a sentence: "Changed status: intake → open"."""
    if action == "create":
        return QCoreApplication.translate("fields", "Created")
    if action == "delete":
        return QCoreApplication.translate("fields", "Deleted")
    if action == "reveal":
        field = str(detail.get("field", ""))
        if field in SEALED_REVEALS:
            return QCoreApplication.translate("fields", SEALED_REVEALS[field])
        return QCoreApplication.translate("fields", "Revealed a sealed value: {0}").format(
            field_label(kind, field)
        )
    if action == "change":
        parts = []
        for name, (old, new) in sorted(detail.get("changed", {}).items()):
            parts.append(
                f"{field_label(kind, name)}: {_shown(old, kind, name)} → {_shown(new, kind, name)}"
            )
        return QCoreApplication.translate("fields", "Changed {0}").format("; ".join(parts))
    text = audit_action(action).capitalize()
    return f"{text} {_shown(detail)}" if detail else text


def _enum_vocabulary(kind: str, name: str) -> str:
    try:
        return vocabulary_of(kind, name)
    except (KeyError, StopIteration, ValueError):
        return ""  # not a field of that kind (or no kind): shown as stored


def _shown(value: Any, kind: str = "*", name: str = "") -> str:
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("fields", "(empty)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_shown(v)}" for k, v in value.items())
    vocabulary = _enum_vocabulary(kind, name) if isinstance(value, str) and name else ""
    return choice_label(value, vocabulary) if vocabulary else str(value)


def describe_recount(change: Any) -> str:
    """One recounted deadline (services.docketing.Recomputed), in the reader's language."""
    if change.kept_override:
        return QCoreApplication.translate(
            "fields", "{0}: kept {1}, set by hand (the rule now gives {2})"
        ).format(change.title, weekday_date(change.old_due), weekday_date(change.new_due))
    if change.old_due == change.new_due:
        return QCoreApplication.translate("fields", "{0}: unchanged, {1}").format(
            change.title, weekday_date(change.new_due)
        )
    return f"{change.title}: {weekday_date(change.old_due)} → {weekday_date(change.new_due)}"
