"""Deadline rules kept as data (TOML files in models/rulesets/, or an office's own, kept in its
vault), validated on load, and the computation of one rule's date with its explanation trail.

Its modules, each importing only those before it: `book` (what a rule, a trigger and a rule
book are), `files` (reading and checking rule sets), `counting` (one rule's date and trail)."""

from models.rules.book import (
    COUNTS_FROM,
    DIRECTIONS,
    MAX_RULE_TEXT,
    METHODS,
    RULE_CALENDARS,
    RULESETS,
    STANDING_ORDER,
    UNITS,
    Rule,
    RuleBook,
    RuleSetError,
    RuleVersion,
    Trigger,
)
from models.rules.counting import (
    Computation,
    check_options,
    choose_calendar,
    compute,
    compute_for,
)
from models.rules.files import (
    REQUIRED_RULE_KEYS,
    RULE_KEYS,
    TRIGGER_KEYS,
    VERSION_KEYS,
    build_rulebook,
    default_rulebook,
    is_offered,
    offered_in,
    parse_ruleset,
    rulebook_with,
    shipped_sources,
)

__all__ = [
    "COUNTS_FROM",
    "Computation",
    "DIRECTIONS",
    "MAX_RULE_TEXT",
    "METHODS",
    "REQUIRED_RULE_KEYS",
    "RULESETS",
    "RULE_CALENDARS",
    "RULE_KEYS",
    "Rule",
    "RuleBook",
    "RuleSetError",
    "RuleVersion",
    "STANDING_ORDER",
    "TRIGGER_KEYS",
    "Trigger",
    "UNITS",
    "VERSION_KEYS",
    "build_rulebook",
    "check_options",
    "choose_calendar",
    "compute",
    "compute_for",
    "default_rulebook",
    "is_offered",
    "offered_in",
    "parse_ruleset",
    "rulebook_with",
    "shipped_sources",
]
