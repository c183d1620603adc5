"""Rule sets are data: the shipped ones load, and a broken one is refused with a clear error."""

from __future__ import annotations

import pytest

from models.rules import RuleSetError, build_rulebook, default_rulebook

REQUIRED_IDS = {
    "frcp-6a",
    "frcp-12a1-answer",
    "frcp-45d2b-objections",
    "ndcal-7-2a-hearing",
    "ndcal-7-3a-opposition",
    "ndcal-7-3c-reply",
    "foia-552a6ai",
    "notice-response-window",
}

GOOD_RULE = """
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
HEAD = '[ruleset]\nid = "x"\ntitle = "X"\n'


def test_shipped_rule_sets_hold_every_required_rule_with_its_citation() -> None:
    book = default_rulebook()
    assert REQUIRED_IDS <= set(book.rules)
    assert all(book.rules[r].citation and book.rules[r].title for r in REQUIRED_IDS)
    assert book.rules["ndcal-7-3a-opposition"].dependents == ("ndcal-7-3c-reply",)
    assert set(book.triggers["motion-to-quash-filed"].rules) == {
        "ndcal-7-2a-hearing",
        "ndcal-7-3a-opposition",
    }
    # what the docket dialog asks inputs for, and counts, in saving order
    set_off = [r.id for r in book.set_off_by("motion-to-quash-filed")]
    assert sorted(set_off) == ["ndcal-7-2a-hearing", "ndcal-7-3a-opposition", "ndcal-7-3c-reply"]
    assert set_off.index("ndcal-7-3c-reply") == set_off.index("ndcal-7-3a-opposition") + 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEAD + GOOD_RULE.replace('unit = "days"', 'unit = "weeks"'), "unit must be one of"),
        (HEAD + GOOD_RULE.replace("period = 3", 'period = "3"'), "period must be int"),
        (HEAD + GOOD_RULE.replace('title = "X due"\n', ""), "title is required"),
        (HEAD + GOOD_RULE + 'colour = "red"\n', "unknown field 'colour'"),
        (HEAD + GOOD_RULE.replace("dependents = []", 'dependents = ["ghost"]'), "not a known rule"),
        (HEAD + GOOD_RULE + GOOD_RULE, "defined twice"),
        (HEAD + GOOD_RULE.replace("dependents = []", 'dependents = ["x-rule"]'), "cycle"),
        ("[ruleset\nid=", "not valid TOML"),
        (
            HEAD + '[[triggers]]\nid = "t"\ntitle = "T"\nevent_kind = "filing"\nrules = ["no"]\n',
            "not a known rule",
        ),
    ],
)
def test_broken_rule_set_is_refused_naming_file_rule_and_field(text: str, message: str) -> None:
    with pytest.raises(RuleSetError, match=message) as caught:
        build_rulebook([("office.toml", text)])
    assert "office.toml" in str(caught.value) or "rule" in str(caught.value)
