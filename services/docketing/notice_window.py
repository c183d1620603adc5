"""The platform-notice deadline follows its subpoena: docketed when a notice date and a response
window are both recorded, recounted when either changes, and never removed without a person."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from models.entities import Deadline, Subpoena
from models.enums import DeadlineStatus
from models.errors import NotFoundError, ValidationError
from models.rules import RuleBook, is_offered
from services import audit
from services.docketing.counting import (
    Recomputed,
    _inputs,
    _inputs_json,
    _matter,
    add_from_rule,
    court_of,
)
from services.docketing.recounting import _recompute
from services.rulebooks import rulebook_for
from storage.uow import UnitOfWork

RULE = "notice-response-window"
NOTICE_FIELDS = ("user_notified", "response_window_days")


class NoticeOutcome(enum.StrEnum):
    DOCKETED = "docketed"  # a new open deadline, counted from the notice
    RECOUNTED = "recounted"  # the open deadline was counted again; `due` is its date now
    KEPT = "kept"  # set by hand: kept, and flagged with what the rule now gives (`rule_due`)
    LEFT_AS_IT_WAS = "left-as-it-was"  # the notice date or the window was cleared
    NOT_COUNTED = "not-counted"  # the notice gives no date Quash can count (a year outside
    # its holiday data); the subpoena is saved, and a person dockets the motion by hand


@dataclass(frozen=True)
class NoticeDeadline:
    """What following the notice did to the subpoena's "motion to quash before the platform's
    window closes" deadline, for the front-end to say in one sentence."""

    outcome: NoticeOutcome
    deadline_id: int | None
    title: str
    due: dt.date | None  # the deadline's date after this save
    rule_due: dt.date | None = None  # KEPT: what the rule now gives
    cleared: str | None = None  # LEFT_AS_IT_WAS: "user_notified" or "response_window_days"


def _window_of(deadline: Deadline) -> int | None:
    days = _inputs(deadline).get("days")
    return days if isinstance(days, int) else None


def _of_subpoena(uow: UnitOfWork, subpoena_id: int) -> list[Deadline]:
    return list(
        uow.session.scalars(
            select(Deadline)
            .where(Deadline.subpoena_id == subpoena_id, Deadline.rule_id == RULE)
            .order_by(Deadline.id)
        )
    )


def follow_notice(
    uow: UnitOfWork,
    subpoena_id: int,
    changed: Iterable[str] | None = None,
    *,
    rulebook: RuleBook | None = None,
) -> NoticeDeadline | None:
    """Keep the subpoena's platform-notice deadline in step with its notice date and window,
    in the caller's unit of work (so the subpoena and its deadline commit together). Call it
    where a person creates (`changed` None) or edits (`changed`: the fields saved) a subpoena;
    never from an import, which brings its deadlines with it. None: nothing to do or say."""
    if changed is not None and not set(changed) & set(NOTICE_FIELDS):
        # Nothing about the notice was saved: a deadline a person deleted or closed on purpose
        # is not brought back by an edit of the subpoena's other fields.
        return None
    subpoena = uow.session.get(Subpoena, subpoena_id)
    if subpoena is None:
        raise NotFoundError.of("subpoena", subpoena_id)
    book = rulebook or rulebook_for(uow)
    matter = _matter(uow, subpoena.matter_id)
    if RULE not in book.rules or not is_offered(book.rule(RULE), court_of(matter)):
        return None  # this matter's rule book has no such rule: nothing to follow
    existing = _of_subpoena(uow, subpoena.id)
    open_ones = [d for d in existing if d.status == DeadlineStatus.OPEN]
    notified, window = subpoena.user_notified, subpoena.response_window_days

    if notified is None or window is None:
        if not open_ones:
            return None
        # Cleared: the deadline is left exactly as it was, not deleted, and not flagged for
        # review either. A flag means "a recount moved this date, confirm the new one", and
        # there is no new date to confirm; the platform's notice was still given, and only a
        # person knows whether the field was cleared by mistake or the deadline should be
        # vacated. The front-end says so at once, while the person is looking at it.
        first = open_ones[0]
        return NoticeDeadline(
            NoticeOutcome.LEFT_AS_IT_WAS,
            first.id,
            first.title,
            first.due,
            cleared="user_notified" if notified is None else "response_window_days",
        )

    if not existing:
        responsible = matter.paralegal or matter.attorney or None  # as "Add from rule…" offers
        try:
            views = add_from_rule(
                uow,
                matter.id,
                RULE,
                notified,
                subpoena_id=subpoena.id,
                responsible=responsible,
                rulebook=book,
            )
        except ValidationError:
            # Counting fails before anything is written (e.g. a year outside the holiday data):
            # the subpoena is still worth saving; the person is told to docket it by hand.
            return NoticeDeadline(NoticeOutcome.NOT_COUNTED, None, book.rule(RULE).title, None)
        made = views[0]
        return NoticeDeadline(NoticeOutcome.DOCKETED, made.id, made.title, made.due)
    if not open_ones:
        # Done (the motion is on file) or vacated by a person: neither is touched, and no
        # second deadline is added beside it.
        return None
    return _recount(uow, book, subpoena, open_ones, notified, window)


def _recount(
    uow: UnitOfWork,
    book: RuleBook,
    subpoena: Subpoena,
    open_ones: list[Deadline],
    notified: dt.date,
    window: int,
) -> NoticeDeadline | None:
    """Count the open deadlines again from the new notice date and window, as a moved trigger
    is recounted (recounting._recompute): a date set by hand is kept and flagged for review."""
    changes: list[Recomputed] = []
    before: dict[int, tuple[dt.date | None, int | None]] = {}
    failed: Deadline | None = None
    for deadline in open_ones:
        old_window = _window_of(deadline)
        if deadline.trigger_date == notified and old_window == window:
            continue
        old_inputs = deadline.inputs
        # The window is kept in the deadline's inputs, which a recount reads first.
        deadline.inputs = _inputs_json({**_inputs(deadline), "days": window})
        counted = len(changes)
        old_trigger = deadline.trigger_date
        _recompute(uow, book, deadline, notified, changes, "trigger-moved")
        if len(changes) == counted:  # the engine could not count it: the date stands
            deadline.inputs = old_inputs
            failed = failed or deadline
            continue
        before[deadline.id] = (old_trigger, old_window)
    if not before:
        if failed is not None:
            return NoticeDeadline(NoticeOutcome.NOT_COUNTED, failed.id, failed.title, failed.due)
        return None  # saved, but the notice date and window are what they were
    uow.session.flush()
    audit.record(
        uow,
        "recompute",
        "subpoena",
        subpoena.id,
        {
            "why": "platform notice changed",
            "notice": {
                str(deadline_id): {
                    "user_notified": [
                        old_date.isoformat() if old_date else None,
                        notified.isoformat(),
                    ],
                    "response_window_days": [old_window, window],
                }
                for deadline_id, (old_date, old_window) in before.items()
            },
            "deadlines": {
                c.deadline_id: [
                    c.old_due.isoformat(),
                    c.new_due.isoformat(),
                    "kept (set by hand)" if c.kept_override else "moved",
                ]
                for c in changes
            },
        },
    )
    first = next(c for c in changes if c.deadline_id in before)
    if first.kept_override:
        return NoticeDeadline(
            NoticeOutcome.KEPT, first.deadline_id, first.title, first.old_due, first.new_due
        )
    return NoticeDeadline(NoticeOutcome.RECOUNTED, first.deadline_id, first.title, first.new_due)
