"""English plural forms of texts newer than translations/quash_en.ts: made from the given GUI
sources exactly as `make translations` makes them (lupdate -pluralonly, tools/english_plurals.py,
lrelease), in a temporary folder, so a test can read "3 deadlines" before the lead merges the
repository's file. The repository's files are never touched."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parents[2]


@contextmanager
def fresh_english_plurals(
    app: QCoreApplication, sources: list[str], folder: Path
) -> Iterator[QTranslator]:
    bin_dir = Path(sys.executable).parent
    ts, qm = folder / "fresh_en.ts", folder / "fresh_en.qm"
    for command in (
        [
            str(bin_dir / "pyside6-lupdate"),
            *(str(REPO / s) for s in sources),
            "-pluralonly",
            "-source-language",
            "en",
            "-target-language",
            "en",
            "-ts",
            str(ts),
        ],
        [sys.executable, str(REPO / "tools" / "english_plurals.py"), str(ts)],
        [str(bin_dir / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
    ):
        run = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=REPO)
        assert run.returncode == 0, run.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)  # asked first; everything else falls through
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
