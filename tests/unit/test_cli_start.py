"""What a command loads before it does anything: every test and script pays for it per run."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from cli.app import FAMILIES, build_parser
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


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return list(sub.choices)


def test_the_table_of_families_names_each_command_where_it_is_registered() -> None:
    """cli.app imports only the family a command names: a command listed under the wrong
    family would not be found, and one missing would load every family again."""
    assert _commands(build_parser()) == [c for names in FAMILIES.values() for c in names]
    for family, names in FAMILIES.items():
        assert _commands(build_parser(family)) == list(names), family


def test_a_command_loads_its_own_family_only() -> None:
    probe = (
        "import sys; from cli.app import build_parser, family_of; "
        "argv = ['status', '--vault', 'v']; build_parser(family_of(argv)).parse_args(argv); "
        "print(sorted(m for m in sys.modules if m.endswith('_commands')))"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "['cli.vault_commands']"
