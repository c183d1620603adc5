"""Words people read in the editors: one-line record labels and audit entries told as sentences.
(Field and choice labels: gui.vocabulary; error messages: gui.errors.)"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.amounts import record_count
from gui.i18n import QT_TRANSLATE_NOOP, short_date, weekday_date
from gui.vocabulary import audit_action, choice_label, field_label, vocabulary_of
from services.docketing import NoticeDeadline, NoticeOutcome


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
    if action == "restore":
        return QCoreApplication.translate("fields", "Restored from the trash")
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


# What Mark done, Vacate and Reopen tell a person they did (the lists and a matter's deadlines tab).
DEADLINE_STATUS_SAID = {
    "done": QT_TRANSLATE_NOOP("StatusChange", "Marked done: {0}"),
    "vacated": QT_TRANSLATE_NOOP("StatusChange", "Vacated: {0}"),
    "open": QT_TRANSLATE_NOOP("StatusChange", "Reopened: {0}"),
}


def deadline_status_said(status: str, changed: list[tuple[str, dt.date]]) -> str:
    """ "Marked done: Opposition to the motion due (Tue 15 Dec 2026)" for one deadline (its
    title and due date), "Marked done: 3 deadlines" for several."""
    if len(changed) == 1:
        [(title, due)] = changed
        what = QCoreApplication.translate("StatusChange", "{0} ({1})").format(
            title, weekday_date(due)
        )
    else:
        what = record_count("deadlines", len(changed))
    sentence = DEADLINE_STATUS_SAID.get(status, DEADLINE_STATUS_SAID["open"])
    return QCoreApplication.translate("StatusChange", sentence).format(what)


def notice_said(notice: NoticeDeadline) -> str:
    """What saving a subpoena did to the deadline its platform notice sets (the subpoena
    editor and the intake dialog say it alike)."""
    if notice.outcome == NoticeOutcome.DOCKETED and notice.due is not None:
        return QCoreApplication.translate(
            "NoticeDeadline",
            "Docketed: motion to quash before the platform's window closes, due {0}.",
        ).format(short_date(notice.due))
    if notice.outcome == NoticeOutcome.RECOUNTED and notice.due is not None:
        return QCoreApplication.translate(
            "NoticeDeadline",
            "Recounted: motion to quash before the platform's window closes, now due {0}.",
        ).format(short_date(notice.due))
    if notice.outcome == NoticeOutcome.KEPT and notice.due and notice.rule_due:
        return QCoreApplication.translate(
            "NoticeDeadline",
            "Recounted: the motion to quash date set by hand, {0}, is kept; the notice "
            "now gives {1}. Check it in the deadline.",
        ).format(short_date(notice.due), short_date(notice.rule_due))
    if notice.outcome == NoticeOutcome.LEFT_AS_IT_WAS:
        if notice.cleared == "response_window_days":
            return QCoreApplication.translate(
                "NoticeDeadline",
                "The response window was cleared; the deadline was left as it was.",
            )
        return QCoreApplication.translate(
            "NoticeDeadline", "The notice date was cleared; the deadline was left as it was."
        )
    return QCoreApplication.translate(
        "NoticeDeadline",
        "The motion to quash deadline could not be counted from this notice; docket it by hand.",
    )
