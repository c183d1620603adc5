"""`--language` on the report and export commands, and its default from the user's locale."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from services import demo
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault
from tests.conftest import PASSPHRASE, run_cli
from tests.support.pdf_text import all_text

SPANISH = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "es_US.UTF-8"}
ENGLISH = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-language") / "vault"
    vault, _key = create_vault(folder, PASSPHRASE, office_name="Oficina", params=MINIMUM_ARGON2)
    with vault, UnitOfWork(vault, "setup") as uow:
        demo.fill_public_cases(uow, dt.date.today())
        uow.commit()
    vault.lock()
    return folder


def _ok(*args: str | Path, env: dict[str, str]) -> None:
    result = run_cli(*(str(a) for a in args), env=env)
    assert result.returncode == 0, result.stderr


def test_language_es_writes_spanish_whatever_the_locale(demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "plazos.pdf"
    _ok("report", "deadlines", "--vault", demo_vault, "--out", out, "--language", "es", env=ENGLISH)
    text = all_text(out)
    assert "Informe de plazos" in text and "Página 1 de 1" in text
    assert "Deadline report" not in text and "Page 1 of 1" not in text

    register = tmp_path / "registro.pdf"
    _ok("report", "register", "--vault", demo_vault, "--out", register, "--language", "es",
        env=ENGLISH)  # fmt: skip
    assert "Registro de citaciones" in all_text(register)

    ics = tmp_path / "plazos.ics"
    _ok("calendar", "--vault", demo_vault, "--out", ics, "--language", "es", env=ENGLISH)
    assert str(Calendar.from_ical(ics.read_bytes())["x-wr-calname"]) == "Plazos — Oficina"

    subpoenas = tmp_path / "citaciones.csv"
    _ok("export-csv", "subpoenas", "--vault", demo_vault, "--out", subpoenas, "--language", "es",
        env=ENGLISH)  # fmt: skip
    with subpoenas.open(encoding="utf-8-sig", newline="") as handle:
        assert "Agencia emisora" in next(csv.reader(handle))


def test_the_default_follows_the_locale(demo_vault: Path, tmp_path: Path) -> None:
    spanish, english = tmp_path / "asunto.pdf", tmp_path / "matter.pdf"
    _ok("report", "matter", "--vault", demo_vault, "--matter", "2", "--out", spanish, env=SPANISH)
    assert "Resumen del asunto — asunto 2" in all_text(spanish)
    _ok("report", "matter", "--vault", demo_vault, "--matter", "2", "--out", english, env=ENGLISH)
    assert "Matter summary — matter 2" in all_text(english)
    # --language wins over the locale.
    _ok("report", "matter", "--vault", demo_vault, "--matter", "2", "--out", english,
        "--language", "en", env=SPANISH)  # fmt: skip
    assert "Matter summary — matter 2" in all_text(english)


def test_an_unknown_language_is_a_usage_error_in_one_line(demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run_cli(
        "report", "deadlines", "--vault", str(demo_vault), "--out", str(out), "--language", "fr"
    )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "--language: invalid choice: 'fr' (choose from 'en', 'es')" in lines[0]
    assert not out.exists()
