"""What a command loads before it does anything: every test and script pays for it per run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cli.report_commands import PAGE_SIZE_NAMES
from reports.layout import PAGE_SIZES

ROOT = Path(__file__).resolve().parents[2]


def test_the_page_sizes_offered_are_the_ones_reports_know() -> None:
    assert sorted(PAGE_SIZE_NAMES) == sorted(PAGE_SIZES)


def test_the_command_line_loads_neither_alembic_nor_reportlab_until_needed() -> None:
    probe = (
        "import sys, cli.app; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'reportlab'}))"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "[]"
