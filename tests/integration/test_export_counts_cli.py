"""The command line says what each export wrote ("3 deadlines, 30 Nov – 2 Mar"), as the Reports
page does, writes no file when nothing matches, and puts the chosen alarms on calendar events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from services import demo
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault
from tests.conftest import PASSPHRASE, run_cli


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("counts") / "vault"
    vault, _key = create_vault(folder, PASSPHRASE, office_name="Office", params=MINIMUM_ARGON2)
    with vault, UnitOfWork(vault, "setup") as uow:
        demo.fill_public_cases(uow, dt.date.today())
        uow.commit()
    vault.lock()
    return folder


def test_calendar_says_what_it_wrote_with_the_chosen_alarms(
    demo_vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "d.ics"
    result = run_cli("calendar", "--vault", str(demo_vault), "--out", str(out), "--remind", "3")
    assert result.returncode == 0, result.stderr
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    dues = sorted(e.decoded("dtstart") for e in events)
    dues = [d.date() if isinstance(d, dt.datetime) else d for d in dues]
    today = dt.date.today()

    def day(d: dt.date) -> str:
        return f"{d.day} {d:%b}" + ("" if d.year == today.year else f" {d.year}")

    assert result.stdout.strip() == (
        f"Wrote {out}: {len(events)} deadlines, {day(today)} – {day(dues[-1])} as calendar events."
    )
    for event in events:
        assert [a.decoded("trigger").days for a in event.walk("VALARM")] in ([-3], [])


def test_nothing_to_write_writes_no_file_and_says_so(demo_vault: Path, tmp_path: Path) -> None:
    for args, what in (
        (("calendar", "--from", "2031-01-01", "--to", "2031-01-31"), "deadlines"),
        (("export-csv", "deadlines", "--from", "2031-01-01", "--to", "2031-01-31"), "deadlines"),
        (
            ("report", "deadlines", "--from", "2031-01-01", "--to", "2031-01-31", "--no-overdue"),
            "deadlines",
        ),
        (("export-csv", "subpoenas", "--from", "2031-01-01", "--to", "2031-01-31"), "subpoenas"),
    ):
        out = tmp_path / "nothing.out"
        result = run_cli(*args, "--vault", str(demo_vault), "--out", str(out))
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip() == (
            f"quash: No {what} match (1 Jan 2031 – 31 Jan 2031); no file was written."
        )
        assert not out.exists()


def test_a_bad_remind_value_is_a_usage_error(demo_vault: Path, tmp_path: Path) -> None:
    result = run_cli(
        "calendar", "--vault", str(demo_vault), "--out", str(tmp_path / "x.ics"), "--remind", "2"
    )
    assert result.returncode == 2 and "--remind" in result.stderr


def test_no_alarm_rings_after_its_event_starts_so_outlook_keeps_every_one(
    demo_vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "d.ics"
    result = run_cli("calendar", "--vault", str(demo_vault), "--out", str(out), "--remind", "3,1,0")
    assert result.returncode == 0, result.stderr
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    all_day = [e for e in events if not isinstance(e.decoded("dtstart"), dt.datetime)]
    assert all_day and any(e.walk("VALARM") for e in all_day)
    for event in events:
        triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
        assert all(t <= dt.timedelta(0) for t in triggers), (event.get("summary"), triggers)
        if event in all_day and triggers:
            # 9:00 three days and one day before; the due day's own alarm as the day begins
            hours = dt.timedelta(hours=9)
            assert triggers == [
                hours - dt.timedelta(days=3),
                hours - dt.timedelta(days=1),
                0 * hours,
            ]
