"""The platform-notice deadline follows its subpoena, on a real vault: docketed with a notice
date and a window, recounted when either changes, kept when set by hand, left alone when
done, vacated or cleared, and never added by an import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from models import trail as trails
from models.rules import RuleBook, default_rulebook
from services import audit, docketing, interchange, records
from services.docketing import NoticeOutcome
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import Vault
from tests.conftest import PASSPHRASE

D = dt.date
RULE = "notice-response-window"


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One vault for the file (creating one costs an Argon2 run); every test works in its own
    unit of work and never commits, so each starts from the same empty vault."""
    from services.vaults import create

    made = create(
        Path(tmp_path_factory.mktemp("notice")) / "vault",
        PASSPHRASE,
        actor="Test Paralegal",
        office_name="Test Office",
        params=MINIMUM_ARGON2,
    )
    yield made.vault
    made.vault.lock()


@pytest.fixture
def work(shared_vault: Vault) -> Iterator[UnitOfWork]:
    with UnitOfWork(shared_vault, "Test Paralegal") as uow:
        yield uow  # rolled back on exit: nothing is committed


def _matter(uow: UnitOfWork, **fields: Any) -> int:
    values = {"title": "Doe v. DHS (Instagram @LBProtest)", "status": "open", **fields}
    return int(records.create(uow, "matters", values).id)


def _new_subpoena(
    uow: UnitOfWork, matter_id: int, **fields: Any
) -> tuple[int, docketing.NoticeDeadline | None]:
    """A subpoena saved as a person saves a new one: the record, then its notice's deadline."""
    values = {
        "matter_id": matter_id,
        "kind": "administrative_subpoena",
        "issuer": "U.S. Department of Homeland Security",
        "recipient": "Meta",
        "status": "received",
        **fields,
    }
    subpoena_id = int(records.create(uow, "subpoenas", values).id)
    return subpoena_id, docketing.follow_notice(uow, subpoena_id)


def _edit(uow: UnitOfWork, subpoena_id: int, **changes: Any) -> docketing.NoticeDeadline | None:
    records.update(uow, "subpoenas", subpoena_id, changes)
    return docketing.follow_notice(uow, subpoena_id, changes)


def _deadlines(uow: UnitOfWork, subpoena_id: int) -> list[Any]:
    return [d for d in records.list_records(uow, "deadlines") if d.subpoena_id == subpoena_id]


def test_a_notice_date_and_window_docket_the_motion_to_quash_deadline(work: UnitOfWork) -> None:
    matter = _matter(work, paralegal="Ana Ruiz")
    subpoena, result = _new_subpoena(
        work, matter, user_notified=D(2026, 12, 1), response_window_days=10
    )
    [deadline] = _deadlines(work, subpoena)
    # Tue 1 Dec 2026 + 10 calendar days = Fri 11 Dec 2026, an open day.
    assert (deadline.rule_id, deadline.due, deadline.status) == (RULE, D(2026, 12, 11), "open")
    assert deadline.title == "Motion to quash on file before the platform's response window closes"
    assert (deadline.matter_id, deadline.trigger_date) == (matter, D(2026, 12, 1))
    assert deadline.responsible == "Ana Ruiz"  # as "Add from rule…" suggests
    assert not deadline.overridden and deadline.review is None
    trail = " ".join(trails.render(deadline.trail))
    assert "Tue 1 Dec 2026" in trail and "Fri 11 Dec 2026" in trail and "10" in trail
    assert result is not None
    assert (result.outcome, result.deadline_id, result.due) == (
        NoticeOutcome.DOCKETED,
        deadline.id,
        D(2026, 12, 11),
    )
    made = audit.entries(work, entity="deadline", entity_id=deadline.id)
    assert [(e.action, e.detail) for e in made] == [
        ("create", {"rule_id": RULE, "due": "2026-12-11"})
    ]
    # exactly what "Add from rule…" would have saved
    by_hand = docketing.add_from_rule(
        work, matter, RULE, D(2026, 12, 1), subpoena_id=subpoena, responsible="Ana Ruiz"
    )[0]
    same = ("title", "due", "trigger_date", "trail", "citation", "calendar", "inputs")
    assert {k: getattr(by_hand, k) for k in same} == {k: getattr(deadline, k) for k in same}


def test_a_window_ending_on_a_weekend_moves_earlier_never_later(work: UnitOfWork) -> None:
    subpoena, _ = _new_subpoena(
        work, _matter(work), user_notified=D(2026, 12, 3), response_window_days=10
    )
    [deadline] = _deadlines(work, subpoena)
    # 10 days from Thu 3 Dec end Sun 13 Dec: the platform will not wait for Monday.
    assert deadline.due == D(2026, 12, 11)
    assert "Sun 13 Dec 2026" in " ".join(trails.render(deadline.trail))


@pytest.mark.parametrize(
    "fields", [{"user_notified": D(2026, 12, 1)}, {"response_window_days": 10}, {}]
)
def test_only_one_of_notice_date_and_window_dockets_nothing(
    work: UnitOfWork, fields: dict[str, Any]
) -> None:
    subpoena, result = _new_subpoena(work, _matter(work), **fields)
    assert result is None
    assert _deadlines(work, subpoena) == []


def test_adding_the_missing_half_later_dockets_it(work: UnitOfWork) -> None:
    subpoena, _ = _new_subpoena(work, _matter(work), user_notified=D(2026, 12, 1))
    result = _edit(work, subpoena, response_window_days=14)
    assert result is not None and result.outcome == NoticeOutcome.DOCKETED
    assert [d.due for d in _deadlines(work, subpoena)] == [D(2026, 12, 15)]


def test_changing_the_window_recounts_the_deadline_and_audits_it(work: UnitOfWork) -> None:
    subpoena, _ = _new_subpoena(
        work, _matter(work), user_notified=D(2026, 12, 1), response_window_days=10
    )
    result = _edit(work, subpoena, response_window_days=14)
    [deadline] = _deadlines(work, subpoena)
    assert deadline.due == D(2026, 12, 15)  # Tue 15 Dec
    assert "Tue 15 Dec 2026" in " ".join(trails.render(deadline.trail))
    assert deadline.review is None  # a person's own edit: nothing to confirm
    assert result is not None
    assert (result.outcome, result.due) == (NoticeOutcome.RECOUNTED, D(2026, 12, 15))
    entry = audit.entries(work, entity="subpoena", entity_id=subpoena, limit=1)[0]
    assert entry.action == "recompute"
    assert entry.detail["notice"] == {
        str(deadline.id): {
            "user_notified": ["2026-12-01", "2026-12-01"],
            "response_window_days": [10, 14],
        }
    }
    assert entry.detail["deadlines"] == {str(deadline.id): ["2026-12-11", "2026-12-15", "moved"]}


def test_changing_the_notice_date_recounts_the_deadline(work: UnitOfWork) -> None:
    subpoena, _ = _new_subpoena(
        work, _matter(work), user_notified=D(2026, 12, 1), response_window_days=10
    )
    result = _edit(work, subpoena, user_notified=D(2026, 12, 8))
    [deadline] = _deadlines(work, subpoena)
    assert (deadline.trigger_date, deadline.due) == (D(2026, 12, 8), D(2026, 12, 18))
    assert result is not None and result.outcome == NoticeOutcome.RECOUNTED
    entry = audit.entries(work, entity="subpoena", entity_id=subpoena, limit=1)[0]
    assert entry.detail["notice"][str(deadline.id)]["user_notified"] == [
        "2026-12-01",
        "2026-12-08",
    ]


def test_a_date_set_by_hand_is_kept_and_flagged_for_review(work: UnitOfWork) -> None:
    subpoena, _ = _new_subpoena(
        work, _matter(work), user_notified=D(2026, 12, 1), response_window_days=10
    )
    [deadline] = _deadlines(work, subpoena)
    docketing.override_due(work, deadline.id, D(2026, 12, 10), "Meta agreed to 10 Dec in writing")
    result = _edit(work, subpoena, response_window_days=21)
    kept = records.get(work, "deadlines", deadline.id)
    assert kept.due == D(2026, 12, 10) and kept.overridden
    assert kept.computed_due == D(2026, 12, 22)
    review = docketing.review_of(kept)
    assert review is not None
    assert (review.old_due, review.new_due, review.kept_override) == (
        D(2026, 12, 10),
        D(2026, 12, 22),
        True,
    )
    assert result is not None
    assert (result.outcome, result.due, result.rule_due) == (
        NoticeOutcome.KEPT,
        D(2026, 12, 10),
        D(2026, 12, 22),
    )
    entry = audit.entries(work, entity="subpoena", entity_id=subpoena, limit=1)[0]
    assert entry.detail["deadlines"] == {
        str(deadline.id): ["2026-12-10", "2026-12-22", "kept (set by hand)"]
    }


@pytest.mark.parametrize("status", ["done", "vacated"])
def test_a_done_or_vacated_deadline_is_not_touched_nor_doubled(
    work: UnitOfWork, status: str
) -> None:
    subpoena, _ = _new_subpoena(
        work, _matter(work), user_notified=D(2026, 12, 1), response_window_days=10
    )
    [deadline] = _deadlines(work, subpoena)
    records.set_status(work, "deadlines", deadline.id, status)
    before = records.get(work, "deadlines", deadline.id)
    assert _edit(work, subpoena, response_window_days=20) is None
    assert _edit(work, subpoena, user_notified=D(2026, 12, 4)) is None
    assert _deadlines(work, subpoena) == [before]


def test_clearing_the_notice_date_or_window_says_so_and_deletes_nothing(
    work: UnitOfWork,
) -> None:
    subpoena, _ = _new_subpoena(
        work, _matter(work), user_notified=D(2026, 12, 1), response_window_days=10
    )
    [deadline] = _deadlines(work, subpoena)
    result = _edit(work, subpoena, user_notified=None)
    assert result is not None
    assert (result.outcome, result.cleared, result.deadline_id, result.due) == (
        NoticeOutcome.LEFT_AS_IT_WAS,
        "user_notified",
        deadline.id,
        D(2026, 12, 11),
    )
    assert _deadlines(work, subpoena) == [deadline]  # not deleted, moved or flagged

    _edit(work, subpoena, user_notified=D(2026, 12, 1))
    result = _edit(work, subpoena, response_window_days=None)
    assert result is not None and result.cleared == "response_window_days"
    assert _deadlines(work, subpoena) == [deadline]


def test_saving_again_never_makes_a_second_deadline(work: UnitOfWork) -> None:
    subpoena, _ = _new_subpoena(
        work, _matter(work), user_notified=D(2026, 12, 1), response_window_days=10
    )
    assert _edit(work, subpoena, response_window_days=10) is None  # nothing changed
    assert _edit(work, subpoena, stated_purpose="Officer Safety / Doxing") is None
    _edit(work, subpoena, response_window_days=12)
    _edit(work, subpoena, response_window_days=12, user_notified=D(2026, 12, 2))
    assert docketing.follow_notice(work, subpoena) is None  # everything, nothing new
    assert [(d.due, d.status) for d in _deadlines(work, subpoena)] == [(D(2026, 12, 14), "open")]


def test_a_deleted_deadline_is_not_brought_back_by_an_edit_of_other_fields(
    work: UnitOfWork,
) -> None:
    subpoena, _ = _new_subpoena(
        work, _matter(work), user_notified=D(2026, 12, 1), response_window_days=10
    )
    [deadline] = _deadlines(work, subpoena)
    records.delete(work, "deadlines", deadline.id)
    assert _edit(work, subpoena, gag_order=True) is None
    assert _deadlines(work, subpoena) == []


def test_a_rule_book_without_the_rule_dockets_nothing(work: UnitOfWork) -> None:
    shipped = default_rulebook()
    without = RuleBook(
        {k: r for k, r in shipped.rules.items() if k != RULE}, {}, dict(shipped.rulesets)
    )
    matter = _matter(work)
    values = {
        "matter_id": matter,
        "kind": "customs_summons",
        "issuer": "U.S. Customs and Border Protection",
        "recipient": "Meta",
        "status": "received",
        "user_notified": D(2026, 1, 5),
        "response_window_days": 10,
    }
    subpoena = records.create(work, "subpoenas", values).id
    assert docketing.follow_notice(work, subpoena, rulebook=without) is None
    assert _deadlines(work, subpoena) == []


def test_a_notice_outside_the_holiday_data_saves_the_subpoena_and_says_so(
    work: UnitOfWork,
) -> None:
    subpoena, result = _new_subpoena(
        work, _matter(work), user_notified=D(2035, 12, 28), response_window_days=30
    )
    assert result is not None and result.outcome == NoticeOutcome.NOT_COUNTED
    assert records.get(work, "subpoenas", subpoena).response_window_days == 30
    assert _deadlines(work, subpoena) == []


def test_an_import_adds_no_deadline(work: UnitOfWork) -> None:
    doc = {
        "format": "quash-interchange",
        "version": 1,
        "matters": [{"id": "m1", "title": "John Doe (PA ICE-watch)", "status": "open"}],
        "subpoenas": [
            {
                "id": "s1",
                "matter_id": "m1",
                "kind": "customs_summons",
                "issuer": "U.S. Department of Homeland Security",
                "recipient": "Meta",
                "user_notified": "2026-12-01",
                "response_window_days": 10,
                "status": "received",
            }
        ],
    }
    counts = interchange.import_document(work, doc)
    assert counts["subpoenas"] == 1
    assert records.list_records(work, "deadlines") == []
