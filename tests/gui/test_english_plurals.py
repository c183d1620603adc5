"""English counts read "1 entry" / "3 entries": translations/quash_en.ts (the plural-only English
translation, filled by tools/english_plurals.py) covers every text with a count in gui/, and
installing the translators never costs Python a reference (PySide6 loses one to None on every
call of a QTranslator.translate written in Python, which once aborted the test run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gui.i18n import ENGLISH, SPANISH, install_translator
from tests.gui.test_translations import GUI, LUPDATE, read_ts

REPO = Path(__file__).resolve().parents[2]
EN_TS = REPO / "translations" / "quash_en.ts"
sys.path.insert(0, str(REPO / "tools"))
from english_plurals import english_form, fill  # noqa: E402


def test_english_counts_read_as_english(qapp: QApplication) -> None:
    assert install_translator(qapp, ENGLISH) == ENGLISH
    say = QCoreApplication.translate
    assert say("AuditPage", "%n entr(y|ies)", "", 1) == "1 entry"
    assert say("AuditPage", "%n entr(y|ies)", "", 3) == "3 entries"
    assert english_form("%n day(s) ago", one=True) == "%n day ago"
    assert english_form("%n matter(s) (has|have) no deadline", one=False) == (
        "%n matters have no deadline"
    )


def test_the_english_file_has_every_count_of_the_sources_finished(
    tmp_path: Path,
) -> None:
    fresh = tmp_path / "fresh_en.ts"
    sources = [str(p) for p in sorted(GUI.rglob("*.py"))]
    run = subprocess.run(
        [
            str(LUPDATE),
            *sources,
            "-no-obsolete",
            "-pluralonly",
            "-source-language",
            "en",
            "-target-language",
            "en",
            "-ts",
            str(fresh),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    fill(fresh)
    kept = {(m.key, m.forms) for m in read_ts(EN_TS)}
    wanted = {(m.key, m.forms) for m in read_ts(fresh)}
    assert wanted, "lupdate found no text with a count"
    assert kept == wanted, (
        "translations/quash_en.ts is out of date (run `make translations`): "
        f"missing {sorted(wanted - kept)[:5]}, left over {sorted(kept - wanted)[:5]}"
    )
    assert 'type="unfinished"' not in EN_TS.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", [ENGLISH, SPANISH])
def test_translating_costs_python_no_reference(
    qapp: QApplication, spanish: str, language: str
) -> None:
    assert install_translator(qapp, language) == language
    before = sys.getrefcount(None), sys.getrefcount(False), sys.getrefcount(True)
    for n in range(5000):
        QCoreApplication.translate("AuditPage", "%n entr(y|ies)", "", n)
        QCoreApplication.translate("DashboardPage", "Refresh")
        QCoreApplication.translate("NoSuchContext", "not translated anywhere")
    after = sys.getrefcount(None), sys.getrefcount(False), sys.getrefcount(True)
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)
    install_translator(qapp, ENGLISH)
