"""Docketing: computing deadlines from rules and triggers on the matter's court's calendar,
chains of dependent deadlines, recounting when a trigger moves, a closure day is added or
removed, or the holiday data changes (each change flagged for a person to confirm), dates set
by hand, the courts' closure days and an office's own rule sets.

This package is the one owner of deadline rules' use cases; the front-ends call it as
`docketing.<name>` and only show. Its modules, each importing only those before it:
`office_rules` (an office's own rule sets), `counting` (count, preview a chain without
writing, docket it), `recounting` (recount, confirm, move a trigger, set a date by hand),
`notice_window` (the platform-notice deadline that follows its subpoena)."""

from services.docketing.counting import (
    MAX_CLOSURE_REASON,
    AnsweredDeadline,
    Answers,
    ClosureView,
    DocketResult,
    Recomputed,
    add_from_rule,
    answered_by,
    calendar_for,
    chain_preview,
    closures,
    court_of,
    docket,
    preview,
)
from services.docketing.notice_window import (
    NoticeDeadline,
    NoticeOutcome,
    follow_notice,
)
from services.docketing.office_rules import (
    OfficeRuleSetView,
    add_office_ruleset,
    office_ruleset_text,
    office_rulesets,
    remove_office_ruleset,
)
from services.docketing.recounting import (
    ReviewView,
    add_closure,
    confirm_review,
    edit_deadline,
    move_trigger,
    override_due,
    preview_move_trigger,
    reconcile_calendars,
    remove_closure,
    review_of,
    stale_count,
    to_review,
)
from services.rulebooks import rulebook_for

__all__ = [
    "MAX_CLOSURE_REASON",
    "AnsweredDeadline",
    "Answers",
    "ClosureView",
    "DocketResult",
    "NoticeDeadline",
    "NoticeOutcome",
    "OfficeRuleSetView",
    "Recomputed",
    "ReviewView",
    "add_closure",
    "add_from_rule",
    "add_office_ruleset",
    "answered_by",
    "calendar_for",
    "chain_preview",
    "closures",
    "confirm_review",
    "court_of",
    "docket",
    "edit_deadline",
    "follow_notice",
    "move_trigger",
    "office_ruleset_text",
    "office_rulesets",
    "override_due",
    "preview",
    "preview_move_trigger",
    "reconcile_calendars",
    "remove_closure",
    "remove_office_ruleset",
    "review_of",
    "rulebook_for",
    "stale_count",
    "to_review",
]
