"""Rule sets kept as data: the TOML files shipped in models/rulesets/ and an office's own,
kept in its vault, each checked completely on load (a refusal names the place in the file
and carries a code), and the rule book they make."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from models import deadline_engine as engine
from models.courts import CourtDataError, courts
from models.enums import EventKind, SubpoenaKind, SubpoenaStatus
from models.rules.book import (
    COUNTS_FROM,
    DIRECTIONS,
    MAX_RULE_TEXT,
    METHODS,
    RULE_CALENDARS,
    RULESETS,
    UNITS,
    Rule,
    RuleBook,
    RuleSetError,
    RuleVersion,
    Trigger,
)

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
    "answers": list,
    "subpoena_status": str,
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
        if not all(isinstance(r, str) for r in raw.get("answers", [])):
            raise RuleSetError(
                f"{where}: answers must name rule ids",
                code="ruleset.trigger_answers",
                params={"where": where},
            )
        subpoena_statuses = [s.value for s in SubpoenaStatus]
        if raw.get("subpoena_status", "") not in ["", *subpoena_statuses]:
            raise RuleSetError(
                f"{where}: subpoena_status must be a subpoena status",
                code="ruleset.subpoena_status",
                params={"where": where, "allowed": subpoena_statuses},
            )
        triggers.append(
            Trigger(
                raw["id"],
                raw["title"],
                raw["event_kind"],
                tuple(raw["rules"]),
                raw.get("title_es", ""),
                tuple(raw.get("answers", [])),
                raw.get("subpoena_status", ""),
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
        for rid in (*trig.rules, *trig.answers):
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
