"""Deadline rules kept as data (TOML files in models/rulesets/), validated on load, and the
computation of one rule's date with its explanation trail."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from models import deadline_engine as engine
from models.calendars import CourtCalendar, fmt
from models.enums import EventKind
from models.errors import QuashError, ValidationError

RULESETS = Path(__file__).with_name("rulesets")
UNITS = ("days", "court_days", "hours")
DIRECTIONS = ("after", "before")
METHODS = ("frcp-6a", "court-days", "platform-window")
STANDING_ORDER = (
    "Check the assigned judge's standing order and any order in the case: "
    "either can change this period."
)


class RuleSetError(QuashError):
    """A rule-set file that cannot be used; the message names the file, rule and field."""


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


@dataclass(frozen=True)
class Trigger:
    id: str
    title: str
    event_kind: str
    rules: tuple[str, ...]


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
            ) from None

    def trigger(self, trigger_id: str) -> Trigger:
        try:
            return self.triggers[trigger_id]
        except KeyError:
            raise ValidationError(
                f"Unknown event {trigger_id!r}; choose one of {', '.join(self.triggers)}.",
                field="event",
            ) from None


RULE_KEYS = {
    "id": str,
    "title": str,
    "citation": str,
    "trigger": str,
    "unit": str,
    "direction": str,
    "method": str,
    "service": bool,
    "dependents": list,
    "period": int,
    "earlier_of": str,
    "note": str,
    "standing_order": bool,
}
REQUIRED_RULE_KEYS = (
    "id",
    "title",
    "citation",
    "trigger",
    "unit",
    "direction",
    "method",
    "service",
    "dependents",
)
TRIGGER_KEYS = {"id": str, "title": str, "event_kind": str, "rules": list}


def _check_table(where: str, table: Any, keys: Mapping[str, type], required: Iterable[str]) -> None:
    if not isinstance(table, dict):
        raise RuleSetError(f"{where}: must be a table")
    for key in table:
        if key not in keys:
            raise RuleSetError(f"{where}: unknown field {key!r}")
    for key in required:
        if key not in table:
            raise RuleSetError(f"{where}: {key} is required")
    for key, kind in keys.items():
        if key in table and (
            not isinstance(table[key], kind) or (kind is int and isinstance(table[key], bool))
        ):
            raise RuleSetError(f"{where}: {key} must be {kind.__name__}")


def parse_ruleset(name: str, text: str) -> tuple[str, str, list[Rule], list[Trigger]]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleSetError(f"{name}: not valid TOML ({exc})") from None
    unknown = set(doc) - {"ruleset", "rules", "triggers"}
    if unknown:
        raise RuleSetError(f"{name}: unknown section {sorted(unknown)[0]!r}")
    head = doc.get("ruleset")
    _check_table(
        f"{name} [ruleset]", head, {"id": str, "title": str, "version": str}, ("id", "title")
    )
    assert isinstance(head, dict)
    rules = []
    for index, raw in enumerate(doc.get("rules", [])):
        where = f"{name} rule {raw.get('id', index)!r}" if isinstance(raw, dict) else name
        _check_table(where, raw, RULE_KEYS, REQUIRED_RULE_KEYS)
        for key, allowed in (("unit", UNITS), ("direction", DIRECTIONS), ("method", METHODS)):
            if raw[key] not in allowed:
                raise RuleSetError(f"{where}: {key} must be one of {', '.join(allowed)}")
        if "period" in raw and not 0 <= raw["period"] <= engine.MAX_PERIOD_DAYS:
            raise RuleSetError(f"{where}: period is out of range")
        if raw.get("earlier_of") not in (None, "compliance"):
            raise RuleSetError(f'{where}: earlier_of must be "compliance"')
        if not all(isinstance(d, str) for d in raw["dependents"]):
            raise RuleSetError(f"{where}: dependents must be rule ids")
        if raw["method"] == "court-days" and raw["unit"] != "court_days":
            raise RuleSetError(f"{where}: method court-days counts unit court_days")
        rules.append(Rule(**{**raw, "dependents": tuple(raw["dependents"])}, ruleset=head["id"]))
    triggers = []
    for index, raw in enumerate(doc.get("triggers", [])):
        where = f"{name} trigger {raw.get('id', index)!r}" if isinstance(raw, dict) else name
        _check_table(where, raw, TRIGGER_KEYS, TRIGGER_KEYS)
        if raw["event_kind"] not in [k.value for k in EventKind]:
            raise RuleSetError(f"{where}: event_kind must be a docket event kind")
        triggers.append(Trigger(raw["id"], raw["title"], raw["event_kind"], tuple(raw["rules"])))
    return head["id"], head["title"], rules, triggers


def build_rulebook(sources: Iterable[tuple[str, str]]) -> RuleBook:
    """Parse rule-set texts and check that they hang together (unique ids, known dependents,
    no cycles, triggers that name real rules)."""
    rules: dict[str, Rule] = {}
    triggers: dict[str, Trigger] = {}
    sets: dict[str, str] = {}
    for name, text in sources:
        set_id, title, set_rules, set_triggers = parse_ruleset(name, text)
        sets[set_id] = title
        for rule in set_rules:
            if rule.id in rules:
                raise RuleSetError(f"{name}: rule id {rule.id!r} is defined twice")
            rules[rule.id] = rule
        for trig in set_triggers:
            if trig.id in triggers:
                raise RuleSetError(f"{name}: trigger id {trig.id!r} is defined twice")
            triggers[trig.id] = trig
    for rule in rules.values():
        for dep in rule.dependents:
            if dep not in rules:
                raise RuleSetError(f"rule {rule.id!r}: dependent {dep!r} is not a known rule")
            if rules[dep].period is None:
                raise RuleSetError(f"rule {rule.id!r}: dependent {dep!r} needs a fixed period")
    for trig in triggers.values():
        for rid in trig.rules:
            if rid not in rules:
                raise RuleSetError(f"trigger {trig.id!r}: {rid!r} is not a known rule")

    def visit(rid: str, path: tuple[str, ...]) -> None:
        if rid in path:
            raise RuleSetError(f"rules form a cycle: {' → '.join(path + (rid,))}")
        for dep in rules[rid].dependents:
            visit(dep, path + (rid,))

    for rid in rules:
        visit(rid, ())
    return RuleBook(rules, triggers, sets)


@lru_cache(maxsize=1)
def default_rulebook() -> RuleBook:
    """The rule sets shipped with Quash."""
    files = sorted(RULESETS.glob("*.toml"))
    return build_rulebook((f.name, f.read_text(encoding="utf-8")) for f in files)


# ---- computing one rule -----------------------------------------------------------------------


@dataclass(frozen=True)
class Computation:
    rule_id: str
    title: str
    due: dt.date
    due_time: dt.time | None
    citation: str
    steps: tuple[str, ...]
    trigger_date: dt.date

    def as_json(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "title": self.title,
            "due": self.due.isoformat(),
            "due_time": self.due_time.strftime("%H:%M") if self.due_time else None,
            "citation": self.citation,
            "trigger_date": self.trigger_date.isoformat(),
            "steps": list(self.steps),
        }


def _label(rule: Rule) -> str:
    return rule.trigger[0].upper() + rule.trigger[1:]


def compute(
    rule: Rule,
    trigger: dt.date,
    calendar: CourtCalendar,
    *,
    days: int | None = None,
    before: bool = False,
    court_days: bool = False,
    hours: int | None = None,
    trigger_time: dt.time | None = None,
    service: str | None = None,
    compliance: dt.date | None = None,
) -> Computation:
    """The due date for `rule` from `trigger`, with every step of the count."""
    generic = rule.period is None
    if not generic and (days is not None or before or court_days or hours is not None):
        raise ValidationError(
            f"Rule {rule.id} fixes its own period ({rule.period} {rule.unit.replace('_', ' ')} "
            f"{rule.direction}); --days, --hours, --before and --court-days are only for "
            "frcp-6a and notice-response-window.",
            field="days",
        )
    if generic and days is None and hours is None:
        raise ValidationError(
            f"Rule {rule.id} needs the length of the period (--days N).", field="days"
        )
    if days is not None and hours is not None:
        raise ValidationError("Give the period in days or in hours, not both.", field="hours")
    if rule.method != "frcp-6a" and (before or court_days or hours is not None):
        raise ValidationError(
            f"Rule {rule.id} counts forward in calendar days only.", field="before"
        )
    forward = not before if generic else rule.direction == "after"
    if service is not None and service not in engine.SERVICE_METHODS:
        raise ValidationError(
            f"Unknown service method {service!r}; choose one of "
            f"{', '.join(engine.SERVICE_METHODS)}.",
            field="service",
        )
    if not forward and service in engine.ADDS_THREE_DAYS:
        raise ValidationError(
            "FRCP 6(d) adds days only to periods counted after service, "
            "not to periods counted back from an event.",
            field="service",
        )
    if rule.earlier_of == "compliance" and compliance is None:
        raise ValidationError(
            f"Rule {rule.id} needs the subpoena's compliance date (--compliance YYYY-MM-DD).",
            field="compliance",
        )
    period = rule.period if rule.period is not None else days
    if rule.unit == "hours" and rule.period is not None:
        hours = rule.period
    label = _label(rule)
    due_time: dt.time | None = None

    if hours is not None:
        start = dt.datetime.combine(trigger, trigger_time or dt.time(0, 0))
        counted_hours = engine.count_hours(start, hours, calendar)
        counted = engine.Counted(counted_hours.due.date(), counted_hours.steps)
        due_time = counted_hours.due.time()
    elif rule.method == "court-days" or court_days:
        assert period is not None
        counted = engine.count_court_days(
            trigger, period, calendar, forward=forward, trigger_label=label, citation=rule.citation
        )
    elif rule.method == "platform-window":
        assert period is not None
        counted = _platform_window(trigger, period, calendar, label)
    else:
        assert period is not None
        counted = engine.count_days(trigger, period, calendar, forward=forward, trigger_label=label)
    if service is not None and rule.service and forward and hours is None:
        counted = engine.add_service_days(counted, service, calendar)
    elif service in engine.ADDS_THREE_DAYS and forward:
        counted = engine.Counted(
            counted.due,
            counted.steps
            + (
                f"{rule.citation} runs from {rule.trigger}, not from service of a paper, "
                "so FRCP 6(d) adds no days",
            ),
        )
    if rule.earlier_of == "compliance":
        assert compliance is not None
        counted = engine.earlier_of(counted, compliance, "The compliance date")
    steps = counted.steps + ((f"Note: {rule.note}",) if rule.note else ())
    if rule.standing_order:
        steps += (STANDING_ORDER,)
    return Computation(rule.id, rule.title, counted.due, due_time, rule.citation, steps, trigger)


def _platform_window(
    trigger: dt.date, days: int, calendar: CourtCalendar, label: str
) -> engine.Counted:
    engine._check_period(days, engine.MAX_PERIOD_DAYS, "days")
    calendar.check_year(trigger)
    last = trigger + dt.timedelta(days=days)
    calendar.check_year(last)
    steps = [
        f"{label} {fmt(trigger)} (day 0)",
        f"the notice's window of {days} days ends {fmt(last)}; the platform may "
        "produce the records after that, whatever the court's calendar",
    ]
    rolled = engine.roll(last, calendar, forward=False, rule="to be on file in time")
    steps.extend(rolled.steps)
    return engine.Counted(rolled.due, tuple(steps))
