"""Calendar (.ics) and CSV exports from a real vault: exactly the chosen deadlines, stable UIDs,
updates on re-import, and the sealing rule."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from icalendar import Calendar

from reports.csv_export import write_deadlines_csv, write_subpoenas_csv
from reports.ics import event_uid, write_calendar
from services import audit, demo, records
from services.reporting import DeadlineSelection, Period
from storage.uow import UnitOfWork

TODAY = dt.date(2026, 3, 2)
SEALED = ("Tomás Herrera", "Marisol Ortega", "Kai Andersen", "Dana Whitlock", "Ruth Kowalczyk")


def _events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _timed_hearing(uow: UnitOfWork) -> int:
    return int(
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": 2,
                "title": "Hearing on the motion to quash",
                "due": (TODAY + dt.timedelta(days=4)).isoformat(),
                "due_time": "13:30",
                "status": "open",
                "responsible": "A. Rivera",
                "citation": "N.D. Cal. Civil L.R. 7-2(a)",
            },
        ).id
    )


def test_ics_carries_exactly_the_chosen_deadlines(uow: UnitOfWork, tmp_path: Path) -> None:
    demo.fill_public_cases(uow, TODAY)
    hearing = _timed_hearing(uow)
    out = tmp_path / "deadlines.ics"
    selection = DeadlineSelection(
        today=TODAY, date_from=TODAY, date_to=TODAY + dt.timedelta(days=10)
    )
    result = write_calendar(uow, selection, out)
    events = _events(out)
    vault_id = uow.vault.vault_id
    # Open deadlines due today to +10: d-nw-2 (0), d-nw-3 (+3), the hearing (+4), d-nw-4 (+9).
    expected = {event_uid(vault_id, i) for i in (4, 5, 6, hearing)}
    assert set(events) == expected and result.rows == 4
    summaries = sorted(str(e["summary"]) for e in events.values())
    assert summaries[0].startswith("Ask Meta to hold production pending a motion — Practice")

    all_day = events[event_uid(vault_id, 4)]
    assert all_day.decoded("dtstart") == TODAY  # type: ignore[attr-defined]
    assert all_day.decoded("dtend") == TODAY + dt.timedelta(days=1)  # type: ignore[attr-defined]
    timed = events[event_uid(vault_id, hearing)]
    assert timed.decoded("dtstart") == dt.datetime.combine(  # type: ignore[attr-defined]
        TODAY + dt.timedelta(days=4), dt.time(13, 30)
    )
    description = str(timed["description"])  # type: ignore[index]
    assert "Matter 2: DHS administrative subpoenas to Meta" in description
    assert "N.D. Cal. Civil L.R. 7-2(a)" in description
    assert "LB Protest organizer; Stop ICE page admin" in description  # pseudonyms only

    raw = out.read_text(encoding="utf-8")
    assert not [name for name in SEALED if name in raw]
    entry = audit.entries(uow, entity="deadline calendar")[0]
    assert entry.action == "export" and entry.detail["rows"] == 4
    assert entry.detail["names_revealed"] is False


def test_reexport_keeps_uids_and_bumps_the_sequence_of_a_changed_deadline(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    demo.fill_public_cases(uow, TODAY)
    selection = DeadlineSelection(today=TODAY, date_from=TODAY)
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    write_calendar(uow, selection, first)
    records.update(uow, "deadlines", 5, {"due": (TODAY + dt.timedelta(days=5)).isoformat()})
    write_calendar(uow, selection, second)
    before, after = _events(first), _events(second)
    assert set(before) == set(after)  # same UIDs: a re-import updates, never duplicates
    moved = event_uid(uow.vault.vault_id, 5)
    assert int(after[moved]["sequence"]) == int(before[moved]["sequence"]) + 1  # type: ignore[index]
    assert after[moved].decoded("dtstart") == TODAY + dt.timedelta(days=5)  # type: ignore[attr-defined]
    unchanged = event_uid(uow.vault.vault_id, 4)
    assert after[unchanged]["sequence"] == before[unchanged]["sequence"]  # type: ignore[index]


def test_ics_filters_by_person_matter_and_status(uow: UnitOfWork, tmp_path: Path) -> None:
    demo.fill_public_cases(uow, TODAY)
    out = tmp_path / "chen.ics"
    write_calendar(uow, DeadlineSelection(today=TODAY, person="S. Chen", status="any"), out)
    # S. Chen is the paralegal on every demo matter: all seven deadlines, any status.
    assert len(_events(out)) == 7
    write_calendar(uow, DeadlineSelection(today=TODAY, matter_id=3, status="vacated"), out)
    (event,) = _events(out).values()
    assert str(event["summary"]).startswith("File motion to quash — John Doe")  # type: ignore[index]
    assert str(event["status"]) == "CANCELLED"  # type: ignore[index]


def test_deadline_csv_with_the_sealing_rule(uow: UnitOfWork, tmp_path: Path) -> None:
    demo.fill_public_cases(uow, TODAY)
    plain, revealed = tmp_path / "plain.csv", tmp_path / "revealed.csv"
    selection = DeadlineSelection(today=TODAY, status="any")
    write_deadlines_csv(uow, selection, plain)
    write_deadlines_csv(uow, selection, revealed, reveal_names=True)

    raw = plain.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads the accents right
    rows = _rows(plain)
    assert len(rows) == 7 and "legal_names (sealed)" not in rows[0]
    assert not [name for name in SEALED if name in raw.decode("utf-8")]
    first = rows[0]
    assert first["overdue"] == "yes" and first["days_left"] == "-2"
    assert first["title"] == "Call client to confirm the account details"
    assert first["weekday"] == "Sat" and first["due"] == "2026-02-28"
    assert {r["accounts"] for r in rows} >= {"@LBProtest; Stop ICE"}  # a plain handle, as typed

    shown = _rows(revealed)
    assert {r["legal_names (sealed)"] for r in shown} >= {"Tomás Herrera (fictional)"}
    entries = audit.entries(uow, entity="deadline list")
    assert [e.detail["names_revealed"] for e in entries] == [True, False]


def test_csv_never_hands_a_spreadsheet_a_formula(uow: UnitOfWork, tmp_path: Path) -> None:
    matter = records.create(uow, "matters", {"title": '=HYPERLINK("x")', "status": "open"})
    records.create(
        uow,
        "deadlines",
        {"matter_id": matter.id, "title": "@SUM(1+1)", "due": "2026-03-03", "status": "open"},
    )
    out = tmp_path / "list.csv"
    write_deadlines_csv(uow, DeadlineSelection(today=TODAY, status="any"), out)
    (row,) = _rows(out)
    assert row["matter"] == '\'=HYPERLINK("x")'
    assert row["title"] == "'@SUM(1+1)"


def test_subpoena_csv_lists_the_period(uow: UnitOfWork, tmp_path: Path) -> None:
    demo.fill_public_cases(uow, TODAY)
    out = tmp_path / "subpoenas.csv"
    result = write_subpoenas_csv(uow, Period(dt.date(2017, 1, 1), dt.date(2017, 12, 31)), out)
    (row,) = _rows(out)
    assert result.rows == 1
    assert row["issuer"] == "U.S. Customs and Border Protection"
    assert row["recipient"] == "Twitter" and row["authority"] == "19 U.S.C. 1509"
    assert row["requested"] == "name, email, phone, address, ip_logs, login_times"
    assert row["status"] == "withdrawn" and row["outcome"] == "Withdrawn"
    assert audit.entries(uow, entity="subpoena list")[0].detail["rows"] == 1
