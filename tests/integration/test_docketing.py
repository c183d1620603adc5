"""Docketing on a real vault: chains, moving a trigger, hand overrides, closure days."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from models import trail as trails
from models.calendars import CalendarError
from models.errors import NotFoundError, ValidationError
from services import audit, docketing, records
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault
from tests.conftest import PASSPHRASE, run_cli

D = dt.date


def _matter(uow: UnitOfWork) -> int:
    return int(records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"}).id)


def test_motion_to_quash_filed_creates_hearing_opposition_and_reply(uow: UnitOfWork) -> None:
    matter = _matter(uow)
    result = docketing.docket(uow, matter, "motion-to-quash-filed", D(2016, 5, 16))
    uow.commit()
    by_rule = {d.rule_id: d for d in result.deadlines}
    assert by_rule["ndcal-7-3a-opposition"].due == D(2016, 5, 31)  # Memorial Day rolls
    assert by_rule["ndcal-7-3c-reply"].due == D(2016, 6, 7)  # 7 days after 31 May
    assert by_rule["ndcal-7-2a-hearing"].due == D(2016, 6, 20)  # 35 days: Sun 19 Jun rolls
    reply = by_rule["ndcal-7-3c-reply"]
    assert reply.parent_id == by_rule["ndcal-7-3a-opposition"].id
    assert reply.citation == "N.D. Cal. Civil L.R. 7-3(c)"
    assert "Tue 31 May 2016" in " ".join(trails.render(reply.trail))
    events = records.list_records(uow, "events")
    assert [(e.trigger_id, e.date) for e in events] == [("motion-to-quash-filed", D(2016, 5, 16))]
    assert audit.entries(uow, limit=1)[0].action == "docket"


def test_moving_the_trigger_recounts_the_chain_and_keeps_a_hand_set_date(uow: UnitOfWork) -> None:
    matter = _matter(uow)
    result = docketing.docket(uow, matter, "motion-to-quash-filed", D(2016, 5, 16))
    by_rule = {d.rule_id: d for d in result.deadlines}
    hearing = by_rule["ndcal-7-2a-hearing"]
    docketing.override_due(uow, hearing.id, D(2016, 7, 14), "Judge's clerk set the hearing")
    changes = docketing.move_trigger(uow, result.event_id, D(2016, 5, 23))
    uow.commit()
    described = {c.deadline_id: c for c in changes}
    opposition = records.get(uow, "deadlines", by_rule["ndcal-7-3a-opposition"].id)
    reply = records.get(uow, "deadlines", by_rule["ndcal-7-3c-reply"].id)
    assert opposition.due == D(2016, 6, 6) and reply.due == D(2016, 6, 13)
    assert described[opposition.id].describe() == (
        "Opposition to the motion due: Tue 31 May 2016 → Mon 6 Jun 2016"
    )
    kept = records.get(uow, "deadlines", hearing.id)
    assert kept.due == D(2016, 7, 14) and kept.overridden
    assert kept.computed_due == D(2016, 6, 27)  # what the rule now says, shown beside it
    assert described[hearing.id].kept_override
    entry = audit.entries(uow, limit=1)[0]
    assert entry.action == "recompute" and entry.detail["date"] == ["2016-05-16", "2016-05-23"]


def test_overriding_a_parent_recounts_its_dependents(uow: UnitOfWork) -> None:
    matter = _matter(uow)
    result = docketing.docket(uow, matter, "motion-to-quash-filed", D(2016, 5, 16))
    opposition = next(d for d in result.deadlines if d.rule_id == "ndcal-7-3a-opposition")
    changes = docketing.override_due(uow, opposition.id, D(2016, 6, 10), "Stipulated extension")
    reply = next(c for c in changes if c.title.startswith("Reply"))
    assert reply.new_due == D(2016, 6, 17)
    with pytest.raises(ValidationError, match="Say why"):
        docketing.override_due(uow, opposition.id, D(2016, 6, 11), " ")


def test_closure_days_are_kept_in_the_vault_and_used_by_later_computations(
    uow: UnitOfWork,
) -> None:
    matter = _matter(uow)
    docketing.add_closure(uow, D(2025, 2, 4), "Clerk's office closed: snow")
    uow.commit()
    views = docketing.add_from_rule(uow, matter, "frcp-6a", D(2025, 1, 21), days=14)
    assert views[0].due == D(2025, 2, 5) and "snow" in views[0].trail
    with pytest.raises(ValidationError, match="already recorded"):
        docketing.add_closure(uow, D(2025, 2, 4), "again")
    docketing.remove_closure(uow, D(2025, 2, 4))
    assert docketing.closures(uow) == []
    with pytest.raises(CalendarError):
        docketing.add_closure(uow, D(2099, 1, 1), "far future")


def test_notice_window_comes_from_the_subpoena(uow: UnitOfWork) -> None:
    matter = _matter(uow)
    subpoena = records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter,
            "kind": "administrative_subpoena",
            "issuer": "DHS",
            "recipient": "Meta",
            "user_notified": "2025-10-03",
            "response_window_days": 14,
            "status": "received",
        },
    )
    result = docketing.docket(uow, matter, "user-notified", D(2025, 10, 3), subpoena_id=subpoena.id)
    assert [d.due for d in result.deadlines] == [D(2025, 10, 17)]
    bare = records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter,
            "kind": "administrative_subpoena",
            "issuer": "DHS",
            "recipient": "Meta",
            "status": "received",
        },
    )
    with pytest.raises(ValidationError, match="response window"):
        docketing.docket(uow, matter, "user-notified", D(2025, 10, 3), subpoena_id=bare.id)


def test_docketing_on_a_missing_matter_or_unknown_event_is_refused(uow: UnitOfWork) -> None:
    with pytest.raises(NotFoundError):
        docketing.docket(uow, 404, "motion-to-quash-filed", D(2025, 1, 6))
    matter = _matter(uow)
    with pytest.raises(ValidationError, match="Unknown event"):
        docketing.docket(uow, matter, "coffee-break", D(2025, 1, 6))


def test_command_line_compute_json_and_docket(tmp_path: Path) -> None:
    result = run_cli(
        "deadline", "compute", "--rule", "foia-552a6ai", "--trigger", "2025-11-14", "--json"
    )
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert (body["rule_id"], body["due"]) == ("foia-552a6ai", "2025-12-15")
    assert body["citation"] == "5 U.S.C. 552(a)(6)(A)(i)" and body["steps"]

    folder = tmp_path / "v"
    vault, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2)
    with vault, UnitOfWork(vault, "t") as uow:
        _matter(uow)
        uow.commit()
    docketed = run_cli(
        "deadline",
        "docket",
        "--vault",
        str(folder),
        "--matter",
        "1",
        "--event",
        "motion-to-quash-filed",
        "--date",
        "2016-05-16",
    )
    assert docketed.returncode == 0, docketed.stderr
    assert "Tue 31 May 2016" in docketed.stdout and "Tue 7 Jun 2016" in docketed.stdout
    rows = json.loads(run_cli("list", "deadlines", "--vault", str(folder), "--json").stdout)
    assert sorted(r["rule_id"] for r in rows) == [
        "ndcal-7-2a-hearing",
        "ndcal-7-3a-opposition",
        "ndcal-7-3c-reply",
    ]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--rule", "nope", "--trigger", "2025-01-06"], 5),
        (["--rule", "frcp-6a", "--trigger", "06/01/2025", "--days", "3"], 5),
        (["--rule", "frcp-6a", "--trigger", "2025-01-06", "--days", "-3"], 5),
        (["--rule", "frcp-6a", "--trigger", "2050-01-06", "--days", "3"], 5),
        (["--rule", "frcp-6a", "--trigger", "2025-01-06", "--days", "three"], 2),
        (["--rule", "frcp-6a", "--trigger", "2025-01-06", "--calendar", "mars"], 2),
    ],
)
def test_command_line_bad_input_is_one_clear_line(args: list[str], code: int) -> None:
    result = run_cli("deadline", "compute", *args)
    assert result.returncode == code
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr


def test_editing_a_computed_date_by_hand_flags_it_and_a_trigger_date_needs_moving(
    uow: UnitOfWork,
) -> None:
    matter = _matter(uow)
    result = docketing.docket(uow, matter, "motion-to-quash-filed", D(2016, 5, 16))
    hearing = next(d for d in result.deadlines if d.rule_id == "ndcal-7-2a-hearing")
    with pytest.raises(ValidationError, match="deadline override") as refused:
        records.update(uow, "deadlines", hearing.id, {"due": "2016-07-01"})
    assert refused.value.code == "deadline.due_set_by_hand_only"
    with pytest.raises(ValidationError, match="deadline override"):  # no reason, no change
        docketing.edit_deadline(uow, hearing.id, {"due": "2016-07-01"})
    assert records.get(uow, "deadlines", hearing.id).due == D(2016, 6, 20)
    edited, recounted = docketing.edit_deadline(
        uow, hearing.id, {"due": "2016-07-01", "title": "Hearing (moved)"}, reason="order of 1 Jun"
    )
    assert edited.overridden and edited.computed_due == D(2016, 6, 20)
    assert edited.due == D(2016, 7, 1) and edited.title == "Hearing (moved)"
    assert "order of 1 Jun" in (edited.notes or "") and recounted[0].new_due == D(2016, 7, 1)
    # a deadline a person typed in (no rule) changes its date as any record's field
    typed = records.create(
        uow,
        "deadlines",
        {"matter_id": matter, "title": "Call client", "due": "2016-06-01", "status": "open"},
    )
    assert records.update(uow, "deadlines", typed.id, {"due": "2016-06-02"}).due == D(2016, 6, 2)
    with pytest.raises(ValidationError, match="move-trigger"):
        records.update(uow, "events", result.event_id, {"date": "2016-05-20"})
    records.update(uow, "events", result.event_id, {"summary": "Motion to quash (ECF 1)"})


def test_rules_list_names_every_rule_and_docket_event() -> None:
    result = run_cli("rules", "list", "--json")
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert {"frcp-6a", "notice-response-window"} <= {r["id"] for r in body["rules"]}
    assert "motion-to-quash-filed" in {e["id"] for e in body["events"]}
