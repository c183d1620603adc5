"""A rule's period reads as English counts it, as the Add-from-rule dialog shows it: "1 day
after", "14 days after", "1 court day before", "24 hours after" (Qt plurals, not "{0} days")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from gui.vocabulary import rule_period
from tests.support.fresh_plurals import fresh_english_plurals


@pytest.fixture(autouse=True)
def english_counts(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with fresh_english_plurals(qapp, ["gui/vocabulary.py"], tmp_path_factory.mktemp("plurals")):
        yield


@pytest.mark.parametrize(
    ("period", "unit", "direction", "shown"),
    [
        (1, "days", "after", "1 day after"),
        (14, "days", "after", "14 days after"),
        (1, "days", "before", "1 day before"),
        (1, "court_days", "before", "1 court day before"),
        (20, "court_days", "after", "20 court days after"),
        (1, "hours", "after", "1 hour after"),
        (24, "hours", "before", "24 hours before"),
    ],
)
def test_a_rule_period_reads_as_english_counts(
    period: int, unit: str, direction: str, shown: str
) -> None:
    assert rule_period(period, unit, direction) == shown


def test_what_a_delete_takes_along_reads_as_english_counts() -> None:
    """The question before deleting a matter: "1 subpoena, 3 deadlines", never "1 subpoena(s)"."""
    from gui.vocabulary import delete_question_with

    question = delete_question_with("matters", {"subpoenas": 1, "deadlines": 3, "documents": 1})
    assert "1 subpoena, 3 deadlines, 1 document" in question
    assert "(s)" not in question
