"""What a deadline rule is: its period, how it counts, the text in force when, the docket
events that trigger it, and a rule book holding them by id."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from models.calendars import fmt
from models.errors import QuashError, ValidationError
from models.trail import Step, step

RULESETS = Path(__file__).parents[1] / "rulesets"
UNITS = ("days", "court_days", "hours")
DIRECTIONS = ("after", "before")
# frcp-6a: calendar days, rolled off closed days in the direction of counting;
# court-days: only days the court (or agency) is open count;
# platform-window / moved-earlier: calendar days nothing extends, moved EARLIER to an open day.
METHODS = ("frcp-6a", "court-days", "platform-window", "moved-earlier")
COUNTS_FROM = ("event", "compliance")
RULE_CALENDARS = ("court", "agency")
STANDING_ORDER = (
    "Check the assigned judge's standing order and any order in the case: "
    "either can change this period."
)
MAX_RULE_TEXT = 400


class RuleSetError(QuashError):
    """A rule-set file that cannot be used; the message names the file, rule and field."""

    exit_code = 5
    code = "ruleset.invalid"


@dataclass(frozen=True)
class RuleVersion:
    """An earlier text of a rule: the period it set, in force from `start` to `until` (both
    inclusive; `start` None: since before Quash's data begins)."""

    until: dt.date
    period: int
    citation: str
    start: dt.date | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    citation: str
    trigger: str
    unit: str
    direction: str
    method: str
    service: bool
    dependents: tuple[str, ...]
    period: int | None = None
    earlier_of: str | None = None
    note: str | None = None
    standing_order: bool = True
    ruleset: str = ""
    title_es: str = ""
    trigger_es: str = ""
    note_es: str = ""
    in_force_from: dt.date | None = None
    versions: tuple[RuleVersion, ...] = ()
    counts_from: str = "event"
    calendar: str = "court"
    applies_to: tuple[str, ...] = ()  # subpoena kinds; empty: any paper

    @property
    def old_rules(self) -> bool:
        """Whether FRCP 6(a)'s (and FRAP 26(a)'s) earlier texts govern early triggers."""
        return self.method == "frcp-6a" and self.calendar == "court"

    def in_force(self, trigger: dt.date) -> tuple[Rule, Step | None]:
        """The rule as in force on `trigger`, and the step that says so (None: today's text).
        A trigger before every version Quash has is refused."""
        if self.in_force_from is None or trigger >= self.in_force_from:
            return self, None
        for version in self.versions:
            if (version.start is None or version.start <= trigger) and trigger <= version.until:
                old = replace(self, period=version.period, citation=version.citation)
                what = f"{version.period} {self.unit.replace('_', ' ')} {self.direction}"
                dias = {"days": "días", "court_days": "días hábiles", "hours": "horas"}[self.unit]
                what_es = (
                    f"{version.period} {dias} {'después' if self.direction == 'after' else 'antes'}"
                )
                return old, step(
                    "version",
                    rule=version.citation,
                    until=version.until + dt.timedelta(days=1),
                    what=what,
                    what_es=what_es,
                )
        raise ValidationError(
            f"Rule {self.id} ({self.citation}) is in force from {fmt(self.in_force_from)}, and "
            f"Quash does not have the text in force on {fmt(trigger)}. Count this deadline by "
            "hand from the rule as it then read.",
            field="trigger",
            code="rule.not_in_force",
            params={"rule": self.id, "from": self.in_force_from, "trigger": trigger},
        )


@dataclass(frozen=True)
class Trigger:
    id: str
    title: str
    event_kind: str
    rules: tuple[str, ...]
    title_es: str = ""
    # A filing that answers deadlines: the rules whose open deadlines it meets (a motion to
    # quash meets "motion to quash on file before…"), and the status it gives the subpoena it
    # challenges (a SubpoenaStatus value), offered to the person when it is docketed.
    answers: tuple[str, ...] = ()
    subpoena_status: str = ""


@dataclass(frozen=True)
class RuleBook:
    rules: Mapping[str, Rule]
    triggers: Mapping[str, Trigger]
    rulesets: Mapping[str, str] = field(default_factory=dict)  # id -> title

    def rule(self, rule_id: str) -> Rule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise ValidationError(
                f"Unknown rule {rule_id!r}; `python main.py rules list` shows the rules.",
                field="rule",
                code="rule.unknown",
                params={"rule": rule_id},
            ) from None

    def chain(self, rule_id: str) -> list[Rule]:
        """The rule and its dependents down the chain, in the order docketing counts them."""
        rule = self.rule(rule_id)
        return [rule, *(r for dep in rule.dependents for r in self.chain(dep))]

    def set_off_by(self, trigger_id: str) -> list[Rule]:
        """Every rule a docket event sets off, dependents included."""
        return [r for rule_id in self.trigger(trigger_id).rules for r in self.chain(rule_id)]

    def trigger(self, trigger_id: str) -> Trigger:
        try:
            return self.triggers[trigger_id]
        except KeyError:
            raise ValidationError(
                f"Unknown event {trigger_id!r}; `python main.py rules list` shows the docket "
                "events.",
                field="event",
                code="trigger.unknown",
                params={"event": trigger_id},
            ) from None
