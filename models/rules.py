"""Deadline rules kept as data (TOML files in models/rulesets/, or an office's own, kept in its
vault), validated on load, and the computation of one rule's date with its explanation trail."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from models import deadline_engine as engine
from models.calendars import CALENDAR_TITLES, CALENDAR_TITLES_ES, CourtCalendar, fmt
from models.courts import CALENDAR_ZONES, CourtDataError, courts, home_court
from models.enums import EventKind, SubpoenaKind
from models.errors import QuashError, ValidationError
from models.trail import Step, step, words

RULESETS = Path(__file__).with_name("rulesets")
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


RULE_KEYS: dict[str, type] = {
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
    "es": dict,
    "in_force_from": dt.date,
    "versions": list,
    "counts_from": str,
    "calendar": str,
    "applies_to": list,
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
TRIGGER_KEYS: dict[str, type] = {
    "id": str,
    "title": str,
    "event_kind": str,
    "rules": list,
    "title_es": str,
}
VERSION_KEYS: dict[str, type] = {
    "from": dt.date,
    "until": dt.date,
    "period": int,
    "citation": str,
}


def _wrong_type(where: str, key: str, kind: type) -> RuleSetError:
    """A field holding the wrong kind of value. The command line names the kind as Python does
    ("must be str"); the GUI says it in words, one sentence for each kind a field can be (str,
    int, bool, list, dict or a date: tests/unit/test_ruleset_error_codes.py checks the tables)."""
    named = "a date (YYYY-MM-DD, unquoted)" if kind is dt.date else kind.__name__
    return RuleSetError(
        f"{where}: {key} must be {named}",
        code=(
            "ruleset.wrong_type.date"
            if kind is dt.date
            else "ruleset.wrong_type.true_or_false"
            if kind is bool
            else "ruleset.wrong_type.whole_number"
            if kind is int
            else "ruleset.wrong_type.list"
            if kind is list
            else "ruleset.wrong_type.table"
            if kind is dict
            else "ruleset.wrong_type.text"
        ),
        params={"where": where, "key": key},
    )


def _check_table(where: str, table: Any, keys: Mapping[str, type], required: Iterable[str]) -> None:
    if not isinstance(table, dict):
        raise RuleSetError(
            f"{where}: must be a table", code="ruleset.not_a_table", params={"where": where}
        )
    for key in table:
        if key not in keys:
            raise RuleSetError(
                f"{where}: unknown field {key!r}",
                code="ruleset.unknown_field",
                params={"where": where, "key": key},
            )
    for key in required:
        if key not in table:
            raise RuleSetError(
                f"{where}: {key} is required",
                code="ruleset.required",
                params={"where": where, "key": key},
            )
    for key, kind in keys.items():
        if key not in table:
            continue
        value = table[key]
        bad = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
        if kind is dt.date and isinstance(value, dt.datetime):
            bad = True
        if bad:
            raise _wrong_type(where, key, kind)
        if isinstance(value, str) and (not value.strip() or len(value) > MAX_RULE_TEXT):
            raise RuleSetError(
                f"{where}: {key} must be 1 to {MAX_RULE_TEXT} characters",
                code="ruleset.text_length",
                params={"where": where, "key": key, "max": MAX_RULE_TEXT},
            )


def _rule(where: str, raw: dict[str, Any], ruleset: str) -> Rule:
    _check_table(where, raw, RULE_KEYS, REQUIRED_RULE_KEYS)
    for key, allowed in (
        ("unit", UNITS),
        ("direction", DIRECTIONS),
        ("method", METHODS),
        ("counts_from", COUNTS_FROM),
        ("calendar", RULE_CALENDARS),
    ):
        if key in raw and raw[key] not in allowed:
            raise RuleSetError(
                f"{where}: {key} must be one of {', '.join(allowed)}",
                code="ruleset.not_one_of",
                params={"where": where, "key": key, "allowed": list(allowed)},
            )
    if not raw["id"].replace("-", "").isalnum() or raw["id"] != raw["id"].lower():
        raise RuleSetError(
            f"{where}: id must be lower-case letters, digits and hyphens",
            code="ruleset.bad_id",
            params={"where": where},
        )
    if "period" in raw:
        limit = engine.MAX_PERIOD_HOURS if raw["unit"] == "hours" else engine.MAX_PERIOD_DAYS
        if not 0 <= raw["period"] <= limit:
            raise RuleSetError(
                f"{where}: period is out of range",
                code="ruleset.period_out_of_range",
                params={"where": where, "max": limit},
            )
    if raw.get("earlier_of") not in (None, "compliance"):
        raise RuleSetError(
            f'{where}: earlier_of must be "compliance"',
            code="ruleset.earlier_of",
            params={"where": where},
        )
    if not all(isinstance(d, str) for d in raw["dependents"]):
        raise RuleSetError(
            f"{where}: dependents must be rule ids",
            code="ruleset.dependents_not_ids",
            params={"where": where},
        )
    if raw["method"] == "court-days" and raw["unit"] != "court_days":
        raise RuleSetError(
            f"{where}: method court-days counts unit court_days",
            code="ruleset.court_days_method",
            params={"where": where},
        )
    if raw["unit"] == "court_days" and raw["method"] != "court-days":
        raise RuleSetError(
            f"{where}: unit court_days is counted by method court-days",
            code="ruleset.court_days_unit",
            params={"where": where},
        )
    if raw["unit"] == "hours" and raw["method"] != "frcp-6a":
        raise RuleSetError(
            f"{where}: hours are counted by method frcp-6a",
            code="ruleset.hours_method",
            params={"where": where},
        )
    if raw["method"] in ("platform-window", "moved-earlier") and raw["direction"] != "after":
        raise RuleSetError(
            f"{where}: method {raw['method']} counts forward (after)",
            code="ruleset.counts_forward",
            params={"where": where, "method": raw["method"]},
        )
    kinds = [k.value for k in SubpoenaKind]
    applies = raw.get("applies_to", [])
    if not all(isinstance(k, str) and k in kinds for k in applies):
        raise RuleSetError(
            f"{where}: applies_to must list subpoena kinds ({', '.join(kinds)})",
            code="ruleset.applies_to",
            params={"where": where, "allowed": kinds},
        )
    es = raw.get("es", {})
    _check_table(f"{where} [es]", es, {"title": str, "trigger": str, "note": str}, ())
    versions = []
    for i, v in enumerate(raw.get("versions", [])):
        vwhere = f"{where} version #{i + 1}"
        _check_table(vwhere, v, VERSION_KEYS, ("until", "period", "citation"))
        if "in_force_from" not in raw or v["until"] >= raw["in_force_from"]:
            raise RuleSetError(
                f"{vwhere}: until must be before the rule's in_force_from",
                code="ruleset.version_until",
                params={"where": vwhere},
            )
        if "from" in v and v["from"] > v["until"]:
            raise RuleSetError(
                f"{vwhere}: from is after until",
                code="ruleset.version_from_after_until",
                params={"where": vwhere},
            )
        versions.append(RuleVersion(v["until"], v["period"], v["citation"], v.get("from")))
    if versions and "period" not in raw:
        raise RuleSetError(
            f"{where}: versions need the rule to fix its period",
            code="ruleset.versions_need_period",
            params={"where": where},
        )
    if raw.get("counts_from") == "compliance" and raw["direction"] != "before":
        raise RuleSetError(
            f"{where}: a rule counted from the compliance date counts before it",
            code="ruleset.compliance_counts_before",
            params={"where": where},
        )
    plain = {k: v for k, v in raw.items() if k not in ("es", "versions", "applies_to")}
    return Rule(
        **{**plain, "dependents": tuple(raw["dependents"])},
        ruleset=ruleset,
        title_es=es.get("title", ""),
        trigger_es=es.get("trigger", ""),
        note_es=es.get("note", ""),
        versions=tuple(sorted(versions, key=lambda v: v.until, reverse=True)),
        applies_to=tuple(applies),
    )


def parse_ruleset(name: str, text: str) -> tuple[str, str, list[Rule], list[Trigger]]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleSetError(
            f"{name}: not valid TOML ({exc})",
            code="ruleset.not_toml",
            params={"where": name, "error": str(exc)},
        ) from None
    unknown = set(doc) - {"ruleset", "rules", "triggers"}
    if unknown:
        section = sorted(unknown)[0]
        raise RuleSetError(
            f"{name}: unknown section {section!r}",
            code="ruleset.unknown_section",
            params={"where": name, "section": section},
        )
    head = doc.get("ruleset")
    _check_table(
        f"{name} [ruleset]", head, {"id": str, "title": str, "version": str}, ("id", "title")
    )
    assert isinstance(head, dict)
    if not isinstance(doc.get("rules", []), list) or not isinstance(doc.get("triggers", []), list):
        raise RuleSetError(
            f"{name}: rules and triggers must be arrays of tables ([[rules]])",
            code="ruleset.not_arrays_of_tables",
            params={"where": name},
        )
    rules = []
    for index, raw in enumerate(doc.get("rules", [])):
        where = f"{name} rule {raw.get('id', index)!r}" if isinstance(raw, dict) else name
        rules.append(_rule(where, raw, head["id"]))
    triggers = []
    for index, raw in enumerate(doc.get("triggers", [])):
        where = f"{name} trigger {raw.get('id', index)!r}" if isinstance(raw, dict) else name
        _check_table(where, raw, TRIGGER_KEYS, ("id", "title", "event_kind", "rules"))
        event_kinds = [k.value for k in EventKind]
        if raw["event_kind"] not in event_kinds:
            raise RuleSetError(
                f"{where}: event_kind must be a docket event kind",
                code="ruleset.event_kind",
                params={"where": where, "allowed": event_kinds},
            )
        if not raw["rules"] or not all(isinstance(r, str) for r in raw["rules"]):
            raise RuleSetError(
                f"{where}: rules must name one rule id or more",
                code="ruleset.trigger_without_rules",
                params={"where": where},
            )
        triggers.append(
            Trigger(
                raw["id"],
                raw["title"],
                raw["event_kind"],
                tuple(raw["rules"]),
                raw.get("title_es", ""),
            )
        )
    return head["id"], head["title"], rules, triggers


def build_rulebook(sources: Iterable[tuple[str, str]]) -> RuleBook:
    """Parse rule-set texts and check that they hang together (unique ids, known dependents,
    no cycles, triggers that name real rules)."""
    rules: dict[str, Rule] = {}
    triggers: dict[str, Trigger] = {}
    sets: dict[str, str] = {}
    for name, text in sources:
        set_id, title, set_rules, set_triggers = parse_ruleset(name, text)
        if set_id in sets:
            raise RuleSetError(
                f"{name}: rule set id {set_id!r} is used twice",
                code="ruleset.id_used_twice",
                params={"where": name, "id": set_id},
            )
        sets[set_id] = title
        for rule in set_rules:
            if rule.id in rules:
                raise RuleSetError(
                    f"{name}: rule id {rule.id!r} is defined twice",
                    code="ruleset.rule_defined_twice",
                    params={"where": name, "rule": rule.id},
                )
            rules[rule.id] = rule
        for trig in set_triggers:
            if trig.id in triggers:
                raise RuleSetError(
                    f"{name}: trigger id {trig.id!r} is defined twice",
                    code="ruleset.trigger_defined_twice",
                    params={"where": name, "trigger": trig.id},
                )
            triggers[trig.id] = trig
    for rule in rules.values():
        for dep in rule.dependents:
            if dep not in rules:
                raise RuleSetError(
                    f"rule {rule.id!r}: dependent {dep!r} is not a known rule",
                    code="ruleset.unknown_dependent",
                    params={"rule": rule.id, "dependent": dep},
                )
            if rules[dep].period is None:
                raise RuleSetError(
                    f"rule {rule.id!r}: dependent {dep!r} needs a fixed period",
                    code="ruleset.dependent_needs_period",
                    params={"rule": rule.id, "dependent": dep},
                )
            if rules[dep].counts_from != "event" or rules[dep].earlier_of:
                raise RuleSetError(
                    f"rule {rule.id!r}: dependent {dep!r} must count from this rule's date",
                    code="ruleset.dependent_counts_from",
                    params={"rule": rule.id, "dependent": dep},
                )
    for trig in triggers.values():
        for rid in trig.rules:
            if rid not in rules:
                raise RuleSetError(
                    f"trigger {trig.id!r}: {rid!r} is not a known rule",
                    code="ruleset.unknown_rule",
                    params={"trigger": trig.id, "rule": rid},
                )

    def visit(rid: str, path: tuple[str, ...]) -> None:
        if rid in path:
            cycle = " → ".join(path + (rid,))
            raise RuleSetError(
                f"rules form a cycle: {cycle}", code="ruleset.cycle", params={"cycle": cycle}
            )
        for dep in rules[rid].dependents:
            visit(dep, path + (rid,))

    for rid in rules:
        visit(rid, ())
    return RuleBook(rules, triggers, sets)


def shipped_sources() -> list[tuple[str, str]]:
    """The shipped rule sets: the federal rules first, then agency periods, then local rules."""
    order = {"federal.toml": 0, "agency.toml": 1}
    files = sorted(RULESETS.glob("*.toml"), key=lambda f: (order.get(f.name, 2), f.name))
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


@lru_cache(maxsize=1)
def default_rulebook() -> RuleBook:
    """The rule sets shipped with Quash; every court in the registry must name only these."""
    book = build_rulebook(shipped_sources())
    for court in courts().values():
        missing = sorted(set(court.rulesets) - set(book.rulesets))
        if missing:
            raise CourtDataError(f"courts.toml court {court.id!r}: unknown rule set {missing[0]!r}")
    return book


def is_offered(rule: Rule, court: Any | None) -> bool:
    """Whether a court (a models.courts.Court) offers `rule`: its own rule sets (the federal
    rules and agency periods among them) and an office's own rules; every rule where no court
    is known. Another court's local rules are not offered."""
    if court is None or rule.ruleset in court.rulesets:
        return True
    return rule.ruleset not in default_rulebook().rulesets


def offered_in(book: RuleBook, court: Any | None) -> tuple[list[Rule], list[Trigger]]:
    """The rules a court offers, and the docket events all of whose rules it offers."""
    rules = [r for r in book.rules.values() if is_offered(r, court)]
    ids = {r.id for r in rules}
    return rules, [t for t in book.triggers.values() if all(r in ids for r in t.rules)]


@lru_cache(maxsize=32)
def rulebook_with(office_sets: tuple[tuple[str, str], ...]) -> RuleBook:
    """The shipped rule sets and an office's own (each a name and its TOML text)."""
    return build_rulebook(shipped_sources() + list(office_sets))


# ---- computing one rule -----------------------------------------------------------------------


@dataclass(frozen=True)
class Computation:
    rule_id: str
    title: str
    due: dt.date
    due_time: dt.time | None
    citation: str
    trail: tuple[Step, ...]
    trigger_date: dt.date
    calendar: str = "federal"
    court_id: str | None = None  # the court counted for: given, the matter's, or the rule's own

    @property
    def steps(self) -> tuple[str, ...]:
        """The trail in English, as the command line prints it."""
        return tuple(words(self.trail, "en"))

    def as_json(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "title": self.title,
            "due": self.due.isoformat(),
            "due_time": self.due_time.strftime("%H:%M") if self.due_time else None,
            "citation": self.citation,
            "trigger_date": self.trigger_date.isoformat(),
            "calendar": self.calendar,
            "court": self.court_id,
            "steps": list(self.steps),
            "trail": [s.as_json() for s in self.trail],
        }


def _labels(rule: Rule) -> tuple[str, str]:
    return rule.trigger, rule.trigger_es or rule.trigger


def check_options(
    rule: Rule,
    trigger: dt.date,
    *,
    days: int | None,
    before: bool,
    court_days: bool,
    hours: int | None,
    trigger_time: dt.time | None,
    service: str | None,
    compliance: dt.date | None,
    subpoena_kind: str | None,
) -> None:
    """Refuse what contradicts itself or the rule, with one sentence each."""
    generic = rule.period is None
    if trigger_time is not None and hours is None and rule.unit != "hours":
        raise ValidationError(
            "A time of day (--time) only means something for a period in hours (--hours N).",
            field="time",
            code="options.time_without_hours",
        )
    if hours is not None and court_days:
        raise ValidationError(
            "A period is counted in hours or in court days, not both (--hours with --court-days).",
            field="hours",
            code="options.hours_and_court_days",
        )
    if not generic and (days is not None or before or court_days or hours is not None):
        raise ValidationError(
            f"Rule {rule.id} fixes its own period ({rule.period} {rule.unit.replace('_', ' ')} "
            f"{rule.direction}); --days, --hours, --before and --court-days are only for "
            "frcp-6a and notice-response-window.",
            field="days",
            code="options.fixed_period",
            params={"rule": rule.id},
        )
    if generic and days is None and hours is None:
        raise ValidationError(
            f"Rule {rule.id} needs the length of the period (--days N).",
            field="days",
            code="options.needs_days",
            params={"rule": rule.id},
        )
    if days is not None and hours is not None:
        raise ValidationError(
            "Give the period in days or in hours, not both.", field="hours", code="options.both"
        )
    if rule.method != "frcp-6a" and (before or court_days or hours is not None):
        raise ValidationError(
            f"Rule {rule.id} counts forward in calendar days only.",
            field="before",
            code="options.forward_only",
            params={"rule": rule.id},
        )
    if service is not None and service not in engine.SERVICE_METHODS:
        raise ValidationError(
            f"Unknown service method {service!r}; choose one of "
            f"{', '.join(engine.SERVICE_METHODS)}.",
            field="service",
            code="service.unknown",
            params={"service": service, "choices": ", ".join(engine.SERVICE_METHODS)},
        )
    forward = not before if generic else rule.direction == "after"
    if not forward and service in engine.ADDS_THREE_DAYS:
        raise ValidationError(
            "FRCP 6(d) adds days only to periods counted after service, "
            "not to periods counted back from an event.",
            field="service",
            code="options.service_backward",
        )
    needs_compliance = rule.earlier_of == "compliance" or rule.counts_from == "compliance"
    if compliance is not None and not needs_compliance:
        raise ValidationError(
            f"Rule {rule.id} does not use a compliance date; leave --compliance out.",
            field="compliance",
            code="options.compliance_unused",
            params={"rule": rule.id},
        )
    if needs_compliance and compliance is None:
        raise ValidationError(
            f"Rule {rule.id} needs the subpoena's compliance date (--compliance YYYY-MM-DD).",
            field="compliance",
            code="options.needs_compliance",
            params={"rule": rule.id},
        )
    if compliance is not None:
        CourtCalendar.check_year(compliance)
        if compliance < trigger:
            raise ValidationError(
                f"The compliance date {compliance.isoformat()} is before "
                f"{trigger.isoformat()}, the date counted from: check both dates.",
                field="compliance",
                code="options.compliance_before_trigger",
                params={"compliance": compliance, "trigger": trigger},
            )
    if rule.applies_to and subpoena_kind is not None and subpoena_kind not in rule.applies_to:
        raise ValidationError(
            f"Rule {rule.id} ({rule.citation}) applies only to "
            f"{', '.join(k.replace('_', ' ') for k in rule.applies_to)}s, and this paper is "
            f"a {subpoena_kind.replace('_', ' ')}.",
            field="rule",
            code="rule.not_for_this_paper",
            params={"rule": rule.id, "kind": subpoena_kind},
        )


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
    subpoena_kind: str | None = None,
    zone: str = "America/New_York",
    preamble: tuple[Step, ...] = (),
) -> Computation:
    """The due date for `rule` from `trigger`, with every step of the count. `trigger` is the
    event's date; a rule counted from the compliance date counts from `compliance` instead."""
    check_options(
        rule,
        trigger,
        days=days,
        before=before,
        court_days=court_days,
        hours=hours,
        trigger_time=trigger_time,
        service=service,
        compliance=compliance,
        subpoena_kind=subpoena_kind,
    )
    CourtCalendar.check_year(trigger)
    base = compliance if rule.counts_from == "compliance" and compliance else trigger
    rule, version_step = rule.in_force(base)
    generic = rule.period is None
    forward = not before if generic else rule.direction == "after"
    period = rule.period if rule.period is not None else days
    if rule.unit == "hours" and rule.period is not None:
        hours = rule.period
    label, label_es = _labels(rule)
    due_time: dt.time | None = None

    def count(old_rules: bool, extra_days: int = 0) -> engine.Counted:
        assert period is not None
        return engine.count_days(
            base,
            period + extra_days,
            calendar,
            forward=forward,
            label=label,
            label_es=label_es,
            old_rules=old_rules,
        )

    if hours is not None:
        start = dt.datetime.combine(trigger, trigger_time or dt.time(0, 0))
        counted_hours = engine.count_hours(start, hours, calendar, zone=zone, forward=forward)
        counted = engine.Counted(counted_hours.due.date(), counted_hours.steps)
        due_time = counted_hours.due.time()
    elif rule.method == "court-days" or court_days:
        assert period is not None
        counted = engine.count_court_days(
            base,
            period,
            calendar,
            forward=forward,
            label=label,
            label_es=label_es,
            citation=rule.citation,
        )
    elif rule.method in ("platform-window", "moved-earlier"):
        assert period is not None
        counted = _moved_earlier(base, period, calendar, label, label_es, rule.method)
    else:
        old = rule.old_rules and engine.short_limit(base) is not None
        counted = count(old)
        if old and counted.due >= engine.NEW_6A:
            # Begun under the old rule, ending under the new: the earlier date governs.
            new = count(False)
            if new.due < counted.due:
                counted = engine.Counted(
                    new.due,
                    new.steps
                    + (
                        step(
                            "version_both",
                            effective=engine.NEW_6A,
                            other=counted.due,
                            due=new.due,
                        ),
                    ),
                )
    if service is not None and rule.service and forward and hours is None:
        served = engine.add_service_days(counted, service, calendar, served=base)
        if base < engine.THREE_DAYS_AFTER and engine.service_adds(service, base) and period:
            # Before 2005 courts differed on whether the 3 days came before or after the count.
            other = count(rule.old_rules, extra_days=3)
            if other.due != served.due:
                earliest = min(other.due, served.due)
                chosen = served if served.due <= other.due else other
                counted = engine.Counted(
                    earliest,
                    chosen.steps
                    + (step("old_service", other=max(other.due, served.due), date=earliest),),
                )
            else:
                counted = served
        else:
            counted = served
    elif service is not None and engine.service_adds(service, base) and forward:
        counted = engine.Counted(
            counted.due,
            counted.steps
            + (
                step(
                    "not_from_service",
                    cite=rule.citation,
                    label=rule.trigger,
                    label_es=rule.trigger_es or rule.trigger,
                ),
            ),
        )
    if rule.earlier_of == "compliance":
        assert compliance is not None
        counted = _earlier_than_compliance(counted, compliance, calendar)
    extra: list[Step] = []
    if rule.note:
        extra.append(step("note", text=rule.note, text_es=rule.note_es or None))
    if rule.standing_order:
        extra.append(step("standing_order"))
    head = preamble + ((version_step,) if version_step else ())
    trail = head + counted.steps + tuple(extra)
    return Computation(
        rule.id,
        rule.title,
        counted.due,
        due_time,
        rule.citation,
        trail,
        trigger,
        calendar.name,
    )


def _earlier_than_compliance(
    counted: engine.Counted, compliance: dt.date, calendar: CourtCalendar
) -> engine.Counted:
    """FRCP 45(d)(2)(B): "before the earlier of the time specified for compliance or 14 days
    after the subpoena is served". The hour of compliance is not recorded, so the court day
    before the compliance date is the last safe day (the earlier date)."""
    back = engine.roll(compliance - dt.timedelta(days=1), calendar, forward=False)
    limit = engine.Counted(
        back.due,
        (step("no_hour", date=compliance),) + back.steps,
    )
    chosen = engine.earlier_of(
        counted,
        limit.due,
        "The last court day before the compliance date",
        "El último día hábil antes de la fecha de cumplimiento",
    )
    return engine.Counted(chosen.due, counted.steps + limit.steps + chosen.steps[-1:])


def _moved_earlier(
    trigger: dt.date,
    days: int,
    calendar: CourtCalendar,
    label: str,
    label_es: str,
    method: str,
) -> engine.Counted:
    engine.check_period(days, engine.MAX_PERIOD_DAYS, "days")
    calendar.check_year(trigger)
    last = trigger + dt.timedelta(days=days)
    calendar.check_year(last)
    steps = [step("trigger_start", date=trigger, label=label, label_es=label_es)]
    if method == "platform-window":
        steps.append(step("window", n=days, date=last))
        cite = "to be on file in time"
    else:
        steps.append(step("count", n=days, dir="after", date=last))
        cite = "nothing extends this period"
    rolled = engine.roll(last, calendar, forward=False, rule=cite)
    steps.extend(rolled.steps)
    return engine.Counted(rolled.due, tuple(steps))


# ---- counting for a court --------------------------------------------------------------------


def choose_calendar(
    rule: Rule,
    court: Any | None,
    calendar: str | None,
    *,
    inferred: bool = False,
    office_calendar: str | None = None,
) -> tuple[str, str]:
    """The calendar a rule counts on, and how it was chosen (for the trail): an agency's period
    always on the agency calendar; otherwise the one the person chose, else the court's (named,
    or `inferred` from a local rule's own court), else the office's default (Settings), else
    the federal calendar, said out loud."""
    if rule.calendar == "agency":
        return "agency", "agency"
    of_court = "rule" if inferred else "court"
    if calendar:
        return calendar, (
            of_court if court is not None and court.calendar == calendar else "chosen"
        )
    if court is not None:
        return court.calendar, of_court
    if office_calendar and office_calendar not in ("federal", "agency"):
        return office_calendar, "office"
    return "federal", "default"


def compute_for(
    rule: Rule,
    trigger: dt.date,
    *,
    court: Any | None = None,
    calendar: str | None = None,
    closures: Mapping[dt.date, str] | None = None,
    office_calendar: str | None = None,
    **options: Any,
) -> Computation:
    """`compute` on the calendar and in the time zone of `court` (a models.courts.Court), or of
    the calendar chosen; the trail starts by saying which calendar was used and why. The command
    line and the app both count through here, so they give the same date and the same trail.
    `office_calendar` (the office's default, in Settings) counts only where no court is known."""
    inferred = court is None and (court := home_court(rule)) is not None
    name, how = choose_calendar(
        rule, court, calendar, inferred=inferred, office_calendar=office_calendar
    )
    cal = CourtCalendar(name, closures)
    zone = court.time_zone if court is not None else CALENDAR_ZONES[name]
    preamble = (
        step(
            "calendar",
            name=name,
            title=CALENDAR_TITLES[name],
            title_es=CALENDAR_TITLES_ES[name],
            how=how,
            court=court.short if court is not None else None,
        ),
    )
    result = compute(rule, trigger, cal, zone=zone, preamble=preamble, **options)
    forward = (not options.get("before")) if rule.period is None else rule.direction == "after"
    if court is not None and court.kind == "appeals" and forward and how != "agency":
        result = replace(result, trail=result.trail + (step("appeal_state"),))
    return replace(result, court_id=court.id if court is not None else None)
