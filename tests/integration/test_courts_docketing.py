"""Court-aware docketing on a real vault: the matter's court picks the calendar and the rules,
closure days belong to a court and recount what they touch, changed holiday data recounts
saved deadlines, each change waits for a person to confirm it, an office's own rules, and a
vault from before trails were data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from models import trail as trails
from models.entities import Deadline
from models.errors import ValidationError
from models.rules import RuleSetError
from services import audit, docketing, records
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import Vault, create_vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE, run_cli

D = dt.date


def _matter(uow: UnitOfWork, court: str | None = None) -> int:
    data = {"title": "Doe v. DHS", "status": "open", "court": court}
    return int(records.create(uow, "matters", data).id)


def _subpoena(uow: UnitOfWork, matter: int, kind: str, compliance: str) -> int:
    data = {
        "matter_id": matter,
        "kind": kind,
        "issuer": "DHS",
        "recipient": "Meta",
        "served": "2025-09-03",
        "compliance_date": compliance,
        "status": "received",
    }
    return int(records.create(uow, "subpoenas", data).id)


def test_a_matter_in_nd_cal_counts_on_californias_calendar(uow: UnitOfWork) -> None:
    matter = _matter(uow, "N.D. Cal.")
    result = docketing.docket(uow, matter, "motion-to-quash-filed", D(2026, 3, 17))
    by_rule = {d.rule_id: d for d in result.deadlines}
    opposition = by_rule["ndcal-7-3a-opposition"]
    assert opposition.due == D(2026, 4, 1)  # 31 Mar is Cesar Chavez Day
    assert (opposition.calendar, opposition.court_id) == ("ca", "ndcal")
    assert "Cesar Chavez Day" in " ".join(trails.render(opposition.trail))
    assert "Día de César Chávez" in " ".join(trails.render(opposition.trail, "es"))


def test_a_local_rule_counts_on_its_courts_calendar_where_the_matter_names_no_court(
    uow: UnitOfWork,
) -> None:
    matter = _matter(uow)
    result = docketing.docket(uow, matter, "motion-to-quash-filed", D(2026, 3, 17))
    by_rule = {d.rule_id: d for d in result.deadlines}
    opposition = by_rule["ndcal-7-3a-opposition"]
    assert opposition.due == D(2026, 4, 1)  # 31 Mar is Cesar Chavez Day in California
    assert (opposition.calendar, opposition.court_id) == ("ca", "ndcal")
    assert "N.D. Cal.: this is its local rule" in trails.render(opposition.trail)[0]
    # A closure of N.D. Cal. reaches it; a federal rule on the same matter stays federal.
    [answer] = docketing.add_from_rule(uow, matter, "frcp-12a1-answer", D(2026, 3, 11))
    assert (answer.calendar, answer.court_id, answer.due) == ("federal", None, D(2026, 4, 1))
    docketing.add_closure(uow, D(2026, 4, 1), "CM/ECF outage", court_id="ndcal")
    assert records.get(uow, "deadlines", opposition.id).due == D(2026, 4, 2)
    assert records.get(uow, "deadlines", answer.id).due == D(2026, 4, 1)


def test_the_offices_default_calendar_counts_only_where_no_court_is_known(
    vault: Vault, vault_dir: Path
) -> None:
    from services import vaults

    with UnitOfWork(vault, "t") as uow:
        vaults.set_setting(uow, "default_calendar", "ny")
        uow.commit()
    vault.lock()
    args = ["deadline", "compute", "--trigger", "2025-01-29", "--json"]
    generic = [*args, "--rule", "frcp-6a", "--days", "14"]
    office = json.loads(run_cli(*generic, "--vault", str(vault_dir)).stdout)
    assert (office["due"], office["calendar"]) == ("2025-02-13", "ny")  # Lincoln's Birthday
    assert "the office's default in Settings" in office["steps"][0]
    bare = json.loads(run_cli(*generic).stdout)  # no vault: no office, the federal calendar
    assert (bare["due"], bare["calendar"]) == ("2025-02-12", "federal")
    court = json.loads(run_cli(*generic, "--vault", str(vault_dir), "--court", "ndcal").stdout)
    assert (court["due"], court["calendar"]) == ("2025-02-13", "ca")  # Lincoln Day in Cal. too


def test_another_courts_local_rules_are_refused(uow: UnitOfWork) -> None:
    matter = _matter(uow, "C.D. Cal.")
    with pytest.raises(ValidationError, match="this matter is in C.D. Cal."):
        docketing.add_from_rule(uow, matter, "ndcal-7-3a-opposition", D(2025, 6, 2))


def test_rule_45_is_not_docketed_for_an_administrative_subpoena(uow: UnitOfWork) -> None:
    matter = _matter(uow, "N.D. Cal.")
    subpoena = _subpoena(uow, matter, "administrative_subpoena", "2025-09-15")
    with pytest.raises(ValidationError, match="applies only to civil subpoenas"):
        docketing.docket(uow, matter, "subpoena-served", D(2025, 9, 3), subpoena_id=subpoena)
    # The motion to quash, before the return date, is docketed from the subpoena record.
    [mtq] = docketing.add_from_rule(
        uow, matter, "motion-to-quash-before-compliance", D(2025, 9, 3), subpoena_id=subpoena
    )
    assert mtq.due == D(2025, 9, 12)  # the court day before Mon 15 Sep


def test_a_closure_for_one_court_recounts_its_deadlines_only_and_waits_for_a_person(
    uow: UnitOfWork,
) -> None:
    sf = _matter(uow, "N.D. Cal.")
    la = _matter(uow, "C.D. Cal.")
    [sf_due] = docketing.add_from_rule(uow, sf, "frcp-6a", D(2025, 2, 10), days=14)
    [la_due] = docketing.add_from_rule(uow, la, "frcp-6a", D(2025, 2, 10), days=14)
    assert sf_due.due == la_due.due == D(2025, 2, 24)

    changes = docketing.add_closure(uow, D(2025, 2, 24), "CM/ECF outage", "ndcal")
    assert [(c.deadline_id, c.old_due, c.new_due) for c in changes] == [
        (sf_due.id, D(2025, 2, 24), D(2025, 2, 25))
    ]
    assert records.get(uow, "deadlines", la_due.id).due == D(2025, 2, 24)  # other court
    [review] = docketing.to_review(uow)
    assert (review.deadline_id, review.reason, review.old_due, review.new_due) == (
        sf_due.id,
        "closure-added",
        D(2025, 2, 24),
        D(2025, 2, 25),
    )
    assert review.day == D(2025, 2, 24)
    docketing.confirm_review(uow, sf_due.id)
    assert docketing.to_review(uow) == []
    assert audit.entries(uow, limit=1)[0].action == "confirm"

    # Removing it moves the date back and says so again.
    changes = docketing.remove_closure(uow, D(2025, 2, 24), "ndcal")
    assert [(c.old_due, c.new_due) for c in changes] == [(D(2025, 2, 25), D(2025, 2, 24))]
    assert [r.reason for r in docketing.to_review(uow)] == ["closure-removed"]


def test_a_closure_for_every_court_leaves_agency_periods_alone(uow: UnitOfWork) -> None:
    matter = _matter(uow, "N.D. Cal.")
    [foia] = docketing.add_from_rule(uow, matter, "foia-552a6ai", D(2025, 11, 14))
    assert foia.calendar == "agency" and foia.due == D(2025, 12, 15)
    assert docketing.add_closure(uow, D(2025, 12, 15), "Snow") == []
    assert records.get(uow, "deadlines", foia.id).due == D(2025, 12, 15)


def test_newer_holiday_data_recounts_saved_deadlines_and_flags_them(uow: UnitOfWork) -> None:
    matter = _matter(uow, "N.D. Cal.")
    [opposition] = docketing.add_from_rule(uow, matter, "frcp-6a", D(2026, 3, 17), days=14)
    assert opposition.due == D(2026, 4, 1)
    # As a deadline saved under older data looks: another fingerprint, and the old date.
    row = uow.session.get(Deadline, opposition.id)
    assert row is not None
    row.calendar_version, row.due = "older-data", D(2026, 3, 31)
    uow.session.flush()
    assert docketing.stale_count(uow) == 1
    moved = docketing.reconcile_calendars(uow)
    assert [(c.old_due, c.new_due) for c in moved] == [(D(2026, 3, 31), D(2026, 4, 1))]
    assert [r.reason for r in docketing.to_review(uow)] == ["calendar-updated"]
    assert docketing.stale_count(uow) == 0
    assert docketing.reconcile_calendars(uow) == []  # once


def test_an_office_rule_set_is_validated_kept_and_offered(uow: UnitOfWork) -> None:
    text_ = (
        '[ruleset]\nid = "judge-hixson"\ntitle = "Judge Hixson\'s standing order"\n\n'
        '[[rules]]\nid = "hixson-joint-letter"\ntitle = "Joint discovery letter due"\n'
        'citation = "Hixson Standing Order § 4"\ntrigger = "the meet-and-confer"\nperiod = 5\n'
        'unit = "days"\ndirection = "after"\nmethod = "frcp-6a"\nservice = false\n'
        "dependents = []\n"
    )
    view = docketing.add_office_ruleset(uow, "hixson.toml", text_)
    assert view.rules == ("hixson-joint-letter",)
    matter = _matter(uow, "N.D. Cal.")
    [letter] = docketing.add_from_rule(uow, matter, "hixson-joint-letter", D(2025, 6, 2))
    assert letter.due == D(2025, 6, 9)  # 7 Jun is a Saturday
    assert docketing.office_ruleset_text(uow, "judge-hixson") == text_
    with pytest.raises(RuleSetError, match="already in use"):
        docketing.add_office_ruleset(uow, "again.toml", text_)
    with pytest.raises(RuleSetError, match="unknown field 'colour'"):
        docketing.add_office_ruleset(uow, "bad.toml", text_ + 'colour = "red"\n')
    with pytest.raises(ValidationError, match="still counts open deadlines"):
        docketing.remove_office_ruleset(uow, "judge-hixson")


def test_cli_imports_and_exports_an_office_rule_set_and_reviews_recounts(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    folder = str(vault_dir)
    vault.lock()
    rules = tmp_path / "hixson.toml"
    rules.write_text(
        '[ruleset]\nid = "judge-hixson"\ntitle = "Judge Hixson"\n\n[[rules]]\n'
        'id = "hixson-letter"\ntitle = "Letter due"\ncitation = "Order § 4"\n'
        'trigger = "the conference"\nperiod = 5\nunit = "days"\ndirection = "after"\n'
        'method = "frcp-6a"\nservice = false\ndependents = []\n',
        encoding="utf-8",
    )
    done = run_cli("rules", "import", "--vault", folder, str(rules))
    assert done.returncode == 0, done.stderr
    listed = run_cli("rules", "list", "--vault", folder, "--court", "ndcal", "--json")
    assert "hixson-letter" in [r["id"] for r in json.loads(listed.stdout)["rules"]]
    out = tmp_path / "back.toml"
    exported = run_cli(
        "rules", "export", "--vault", folder, "--id", "judge-hixson", "--out", str(out)
    )
    assert exported.returncode == 0, exported.stderr
    assert out.read_text(encoding="utf-8") == rules.read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(rules.read_text(encoding="utf-8").replace("period = 5", "period = -5"))
    refused = run_cli("rules", "import", "--vault", folder, str(bad))
    assert refused.returncode == 5 and "period is out of range" in refused.stderr
    assert refused.stderr.count("\n") == 1

    review = run_cli("deadline", "review", "--vault", folder)
    assert review.returncode == 0 and "No recounted deadline" in review.stdout


def test_a_vault_from_before_trails_were_data_keeps_its_trail_and_recounts(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old"
    old, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2, revision="0007")
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO matters (id, title, status) VALUES (1, 'M', 'open')"))
        conn.execute(
            text(
                "INSERT INTO deadlines (id, matter_id, title, due, rule_id, trigger_date, "
                "citation, trail, status, computed_due, overridden, calendar) VALUES (1, 1, "
                "'Opposition to the motion due', '2026-03-31', 'ndcal-7-3a-opposition', "
                "'2026-03-17', 'N.D. Cal. Civil L.R. 7-3(a)', "
                "'Filing of the motion Tue 17 Mar 2026 (day 0, excluded)\nday 14 after is Tue "
                "31 Mar 2026', 'open', '2026-03-31', 0, 'ca')"
            )
        )
        conn.execute(text("INSERT INTO closure_days (day, reason) VALUES ('2026-04-01', 'Snow')"))
    old.lock()
    with unlock_with_passphrase(folder, PASSPHRASE) as vault, UnitOfWork(vault, "t") as uow:
        assert docketing.closures(uow) == [docketing.ClosureView(D(2026, 4, 1), "Snow", None)]
        before = records.get(uow, "deadlines", 1)
        assert trails.render(before.trail)[0] == (
            "Filing of the motion Tue 17 Mar 2026 (day 0, excluded)"
        )
        moved = docketing.reconcile_calendars(uow)  # no calendar version yet: recounted
        uow.commit()
        after = records.get(uow, "deadlines", 1)
        # Cesar Chavez Day, then the office's snow day: Thu 2 Apr, waiting for a person.
        assert after.due == D(2026, 4, 2)
        assert [(c.old_due, c.new_due) for c in moved] == [(D(2026, 3, 31), D(2026, 4, 2))]
        assert json.loads(after.review)["reason"] == "calendar-updated"
        assert trails.loads(after.trail)[0].code == "calendar"


def test_a_spanish_report_prints_the_trail_in_spanish(uow: UnitOfWork, tmp_path: Path) -> None:
    from reports.deadline_report import DeadlineReportOptions, write_deadline_report
    from services.reporting import DeadlineSelection
    from tests.support.pdf_text import all_text

    matter = _matter(uow, "N.D. Cal.")
    docketing.add_from_rule(uow, matter, "ndcal-7-3a-opposition", D(2026, 3, 17))
    selection = DeadlineSelection.next_days(D(2026, 3, 20))
    for language, expected in (
        ("es", "Día de César Chávez, día festivo del estado"),
        ("en", "Cesar Chavez Day, a state holiday"),
    ):
        out = tmp_path / f"plazos-{language}.pdf"
        write_deadline_report(
            uow, DeadlineReportOptions(selection, trail=True), out, language=language
        )
        text = " ".join(all_text(out).split())
        assert expected in text, language


def test_setting_a_recounted_date_by_hand_answers_the_recount(uow: UnitOfWork) -> None:
    matter = _matter(uow, "N.D. Cal.")
    [deadline] = docketing.add_from_rule(uow, matter, "frcp-6a", D(2025, 2, 10), days=14)
    docketing.add_closure(uow, D(2025, 2, 24), "CM/ECF outage", "ndcal")
    assert len(docketing.to_review(uow)) == 1
    docketing.edit_deadline(uow, deadline.id, {"due": "2025-02-26"}, reason="clerk's notice")
    assert docketing.to_review(uow) == []
    assert records.get(uow, "deadlines", deadline.id).overridden
