"""An office rule set that cannot be used is refused with a code and the facts its sentence was
made from, for Settings → Rules to say it in the reader's language; the English sentence, which
`quash rules add` prints, is unchanged. Loaded as the vault loads an office's rule sets, after
the shipped ones. No Qt, no disk."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any, cast

import pytest

from models.enums import EventKind, SubpoenaKind
from models.rules import (
    RULE_KEYS,
    TRIGGER_KEYS,
    VERSION_KEYS,
    RuleSetError,
    rulebook_with,
)
from services import docketing

HEAD = '[ruleset]\nid = "x"\ntitle = "X"\n'
RULE = """
[[rules]]
id = "x-rule"
title = "X due"
citation = "X.R. 1"
trigger = "x"
period = 3
unit = "days"
direction = "after"
method = "frcp-6a"
service = false
dependents = []
"""
TRIGGER = '\n[[triggers]]\nid = "t"\ntitle = "T"\nevent_kind = "filing"\nrules = ["x-rule"]\n'
WHERE = "office.toml rule 'x-rule'"


def refused(text: str) -> RuleSetError:
    with pytest.raises(RuleSetError) as caught:
        rulebook_with((("office.toml", text),))
    return caught.value


@pytest.mark.parametrize(
    ("text", "message", "code", "params"),
    [
        (
            HEAD + RULE.replace('unit = "days"', 'unit = "weeks"'),
            f"{WHERE}: unit must be one of days, court_days, hours",
            "ruleset.not_one_of",
            {"where": WHERE, "key": "unit", "allowed": ["days", "court_days", "hours"]},
        ),
        (
            HEAD + RULE.replace('title = "X due"\n', ""),
            f"{WHERE}: title is required",
            "ruleset.required",
            {"where": WHERE, "key": "title"},
        ),
        (
            HEAD + RULE + 'colour = "red"\n',
            f"{WHERE}: unknown field 'colour'",
            "ruleset.unknown_field",
            {"where": WHERE, "key": "colour"},
        ),
        (
            HEAD + RULE.replace('title = "X due"', 'title = " "'),
            f"{WHERE}: title must be 1 to 400 characters",
            "ruleset.text_length",
            {"where": WHERE, "key": "title", "max": 400},
        ),
        (
            HEAD + RULE.replace("period = 3", "period = 4000"),
            f"{WHERE}: period is out of range",
            "ruleset.period_out_of_range",
            {"where": WHERE, "max": 3650},
        ),
        (
            HEAD
            + RULE.replace('method = "frcp-6a"', 'method = "platform-window"').replace(
                '"after"', '"before"'
            ),
            f"{WHERE}: method platform-window counts forward (after)",
            "ruleset.counts_forward",
            {"where": WHERE, "method": "platform-window"},
        ),
        (
            HEAD + RULE + "in_force_from = 2010-01-01\n"
            '[[rules.versions]]\nuntil = 2011-01-01\nperiod = 2\ncitation = "X.R. 1 (old)"\n',
            f"{WHERE} version #1: until must be before the rule's in_force_from",
            "ruleset.version_until",
            {"where": f"{WHERE} version #1"},
        ),
        (
            HEAD + RULE + 'applies_to = ["letter"]\n',
            f"{WHERE}: applies_to must list subpoena kinds "
            f"({', '.join(k.value for k in SubpoenaKind)})",
            "ruleset.applies_to",
            {"where": WHERE, "allowed": [k.value for k in SubpoenaKind]},
        ),
        (
            RULE,
            "office.toml [ruleset]: must be a table",
            "ruleset.not_a_table",
            {"where": "office.toml [ruleset]"},
        ),
        (
            HEAD + "[judges]\n",
            "office.toml: unknown section 'judges'",
            "ruleset.unknown_section",
            {"where": "office.toml", "section": "judges"},
        ),
        (
            HEAD + RULE + TRIGGER.replace('"filing"', '"fax"'),
            "office.toml trigger 't': event_kind must be a docket event kind",
            "ruleset.event_kind",
            {"where": "office.toml trigger 't'", "allowed": [k.value for k in EventKind]},
        ),
        (
            '[ruleset]\nid = "federal"\ntitle = "Ours"\n',
            "office.toml: rule set id 'federal' is used twice",
            "ruleset.id_used_twice",
            {"where": "office.toml", "id": "federal"},
        ),
        (
            HEAD + RULE.replace('id = "x-rule"', 'id = "frcp-6a"'),
            "office.toml: rule id 'frcp-6a' is defined twice",
            "ruleset.rule_defined_twice",
            {"where": "office.toml", "rule": "frcp-6a"},
        ),
        (
            HEAD + RULE.replace("dependents = []", 'dependents = ["ghost"]'),
            "rule 'x-rule': dependent 'ghost' is not a known rule",
            "ruleset.unknown_dependent",
            {"rule": "x-rule", "dependent": "ghost"},
        ),
        (
            HEAD + RULE + TRIGGER.replace('["x-rule"]', '["no"]'),
            "trigger 't': 'no' is not a known rule",
            "ruleset.unknown_rule",
            {"trigger": "t", "rule": "no"},
        ),
        (
            HEAD + RULE.replace("dependents = []", 'dependents = ["x-rule"]'),
            "rules form a cycle: x-rule → x-rule",
            "ruleset.cycle",
            {"cycle": "x-rule → x-rule"},
        ),
    ],
)
def test_a_broken_rule_set_says_what_is_wrong_in_facts(
    text: str, message: str, code: str, params: dict[str, object]
) -> None:
    error = refused(text)
    assert str(error) == message  # the command line's sentence, as before
    assert (error.code, error.params) == (code, params)
    assert error.exit_code == 5


@pytest.mark.parametrize(
    ("line", "key", "named", "code"),
    [
        ('title = "X due"', "title", "str", "ruleset.wrong_type.text"),
        ("period = 3", "period", "int", "ruleset.wrong_type.whole_number"),
        ("service = false", "service", "bool", "ruleset.wrong_type.true_or_false"),
        ("dependents = []", "dependents", "list", "ruleset.wrong_type.list"),
        (
            "dependents = []",
            "in_force_from",
            "a date (YYYY-MM-DD, unquoted)",
            "ruleset.wrong_type.date",
        ),
        ("dependents = []", "es", "dict", "ruleset.wrong_type.table"),
    ],
)
def test_a_field_of_the_wrong_kind_names_the_kind_it_needs(
    line: str, key: str, named: str, code: str
) -> None:
    wrong = {
        "title": "title = 7",
        "period": 'period = "3"',
        "service": 'service = "no"',
        "dependents": 'dependents = "x-rule"',
        "in_force_from": 'dependents = []\nin_force_from = "2020-01-01"',
        "es": 'dependents = []\nes = "X"',
    }[key]
    error = refused(HEAD + RULE.replace(line, wrong))
    assert str(error) == f"{WHERE}: {key} must be {named}"
    assert (error.code, error.params) == (code, {"where": WHERE, "key": key})


def test_every_kind_a_rule_set_field_can_be_has_words_of_its_own() -> None:
    """A new kind of field (a float, say) needs its own ruleset.wrong_type sentence first."""
    kinds = set(RULE_KEYS.values()) | set(TRIGGER_KEYS.values()) | set(VERSION_KEYS.values())
    assert kinds <= {str, int, bool, list, dict, dt.date}


def test_a_file_that_is_not_toml_keeps_the_parser_s_own_words() -> None:
    error = refused("[ruleset\nid=")
    assert str(error).startswith("office.toml: not valid TOML (")
    assert error.code == "ruleset.not_toml"
    assert error.params["where"] == "office.toml"
    assert str(error) == f"office.toml: not valid TOML ({error.params['error']})"


def test_adding_an_office_rule_set_refuses_a_huge_file_and_a_shipped_id() -> None:
    nothing_kept = cast(Any, SimpleNamespace(session=SimpleNamespace(scalars=lambda _query: [])))
    with pytest.raises(RuleSetError) as caught:
        docketing.add_office_ruleset(nothing_kept, "big.toml", "#" * 200_001)
    assert str(caught.value) == "big.toml: a rule set file is at most 200,000 characters"
    assert (caught.value.code, caught.value.params) == (
        "ruleset.too_large",
        {"where": "big.toml", "max": 200_000},
    )

    with pytest.raises(RuleSetError) as caught:
        docketing.add_office_ruleset(nothing_kept, "ours.toml", HEAD.replace('"x"', '"federal"'))
    assert str(caught.value) == (
        "ours.toml: rule set id 'federal' is already in use; remove the old one first or give "
        "this one another id"
    )
    assert (caught.value.code, caught.value.params) == (
        "ruleset.id_taken",
        {"where": "ours.toml", "id": "federal"},
    )
