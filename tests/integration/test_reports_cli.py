"""Reports, calendar and CSV from the command line, as a script or an attorney runs them."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from services import demo
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault
from tests.conftest import PASSPHRASE, run_cli
from tests.support.pdf_text import all_text, page_size

SEALED = ("Tomás Herrera", "Marisol Ortega", "Kai Andersen", "Dana Whitlock", "Ruth Kowalczyk")


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "vault"
    vault, _key = create_vault(
        folder, PASSPHRASE, office_name="Oficina Legal de Peña", params=MINIMUM_ARGON2
    )
    with vault, UnitOfWork(vault, "setup") as uow:
        demo.fill_public_cases(uow, dt.date.today())
        uow.commit()
    vault.lock()
    return folder


def _ok(*args: str | Path) -> str:
    result = run_cli(*(str(a) for a in args))
    assert result.returncode == 0, result.stderr
    assert "is NOT encrypted" in result.stderr  # every file written is plaintext: say so
    return result.stderr


def _one_line_error(*args: str | Path, code: int = 5) -> str:
    result = run_cli(*(str(a) for a in args))
    assert result.returncode == code, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def _audit(folder: Path) -> list[dict[str, object]]:
    from services import audit
    from storage.vault import unlock_with_passphrase

    vault = unlock_with_passphrase(folder, PASSPHRASE)
    try:
        with UnitOfWork(vault, "check") as uow:
            return [
                {"action": e.action, "entity": e.entity, "actor": e.actor, **e.detail}
                for e in audit.entries(uow)
                if e.action in ("report", "export")
            ]
    finally:
        vault.lock()


def test_report_deadlines_default_and_with_reveal_names(demo_vault: Path, tmp_path: Path) -> None:
    hidden, shown = tmp_path / "hidden.pdf", tmp_path / "shown.pdf"
    stderr = _ok("report", "deadlines", "--vault", demo_vault, "--out", hidden)
    assert "sealed names were left out" in stderr
    text = all_text(hidden)
    assert "OVERDUE" in text and "Call client to confirm the account details" in text
    assert "Draft motion to quash" in text and "Status check with co-counsel" not in text
    assert "Oficina Legal de Peña" in text and "Page 1 of 1" in text
    assert not [name for name in SEALED if name in text]

    stderr = _ok(
        "report",
        "deadlines",
        "--vault",
        demo_vault,
        "--out",
        shown,
        "--reveal-names",
        "--group",
        "matter",
        "--page-size",
        "a4",
        "--to",
        (dt.date.today() + dt.timedelta(days=30)).isoformat(),
    )
    assert "including clients' sealed legal names" in stderr
    text = all_text(shown)
    assert "Tomás Herrera (fictional)" in text and "Status check with co-counsel" in text
    assert page_size(shown) == pytest.approx((841.89, 595.28), abs=0.01)
    entries = [e for e in _audit(demo_vault) if e["entity"] == "deadline report"]
    assert [e["names_revealed"] for e in entries] == [True, False]
    assert entries[0]["actor"] == "Test Paralegal" and entries[0]["group"] == "matter"


def test_report_matter_and_register(demo_vault: Path, tmp_path: Path) -> None:
    summary, register = tmp_path / "matter.pdf", tmp_path / "register.pdf"
    _ok("report", "matter", "--vault", demo_vault, "--matter", "1", "--out", summary)
    text = all_text(summary)
    assert "CBP summons for @ALT_USCIS" in text and "3:17-cv-01916" in text
    assert "ALT_USCIS admin" in text and "Dana Whitlock" not in text
    _ok(
        "report",
        "register",
        "--vault",
        demo_vault,
        "--out",
        register,
        "--from",
        "2017-01-01",
        "--to",
        "2017-12-31",
    )
    text = all_text(register)
    assert "1 demand for account holders' identities" in text
    assert "U.S. Customs and Border Protection" in text and "Meta" not in text


def test_calendar_and_csv_exports(demo_vault: Path, tmp_path: Path) -> None:
    ics = tmp_path / "deadlines.ics"
    _ok("calendar", "--vault", demo_vault, "--out", ics)
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    today = dt.date.today()
    # Open deadlines from today on: 0, +3, +9, +21 days (the overdue one is in the past).
    assert sorted(e.decoded("dtstart") for e in events) == [
        today + dt.timedelta(days=d) for d in (0, 3, 9, 21)
    ]
    again = tmp_path / "again.ics"
    _ok("calendar", "--vault", demo_vault, "--out", again, "--to", today.isoformat())
    (only,) = Calendar.from_ical(again.read_bytes()).walk("VEVENT")
    assert only["uid"] in {e["uid"] for e in events}  # same UID on every export

    deadlines, subpoenas = tmp_path / "deadlines.csv", tmp_path / "subpoenas.csv"
    _ok("export-csv", "deadlines", "--vault", demo_vault, "--out", deadlines)
    _ok("export-csv", "subpoenas", "--vault", demo_vault, "--out", subpoenas)
    with deadlines.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 7 and not [n for n in SEALED if n in json.dumps(rows)]
    with subpoenas.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 4
    exports = {(e["entity"], e["format"]) for e in _audit(demo_vault) if e["action"] == "export"}
    assert exports >= {
        ("deadline calendar", "ics"),
        ("deadline list", "csv"),
        ("subpoena list", "csv"),
    }


def test_mistakes_are_one_line_with_the_right_exit_code(demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert "no matter with id 99" in _one_line_error(
        "report", "matter", "--vault", demo_vault, "--matter", "99", "--out", out
    )
    assert "--from is not a real date" in _one_line_error(
        "report", "deadlines", "--vault", demo_vault, "--out", out, "--from", "2026-02-30"
    )
    assert "before it starts" in _one_line_error(
        "report",
        "register",
        "--vault",
        demo_vault,
        "--out",
        out,
        "--from",
        "2026-02-01",
        "--to",
        "2026-01-01",
    )
    assert "does not exist" in _one_line_error(
        "calendar", "--vault", demo_vault, "--out", tmp_path / "nowhere" / "x.ics"
    )
    assert "invalid choice" in _one_line_error(
        "report", "deadlines", "--vault", demo_vault, "--out", out, "--group", "week", code=2
    )
    assert not out.exists()


def test_reports_and_exports_never_touch_the_network(demo_vault: Path, tmp_path: Path) -> None:
    """With internet sockets and name lookups refused (tests/support/nonet), every report and
    export still succeeds and none even tried to connect: fonts and charts are all local."""
    nonet = str(Path(__file__).resolve().parent.parent / "support" / "nonet")
    refused, active = tmp_path / "refused.log", tmp_path / "active.log"
    env = {"QUASH_TEST_NONET_LOG": str(refused), "QUASH_TEST_NONET_ACTIVE": str(active)}
    commands = [
        ("report", "deadlines", "--out", tmp_path / "d.pdf", "--reveal-names", "--trail"),
        ("report", "matter", "--matter", "2", "--out", tmp_path / "m.pdf"),
        ("report", "register", "--out", tmp_path / "r.pdf"),
        ("calendar", "--out", tmp_path / "c.ics"),
        ("export-csv", "deadlines", "--out", tmp_path / "d.csv"),
    ]
    for command in commands:
        argv = [str(a) for a in command] + ["--vault", str(demo_vault)]
        result = run_cli(*argv, env=env, extra_pythonpath=nonet)
        assert result.returncode == 0, result.stderr
    assert len(active.read_text(encoding="utf-8").split()) == len(commands)  # all guarded
    assert not refused.exists() or refused.read_text(encoding="utf-8") == ""
