"""A crash of Quash writes no core file: the core limit is 0 and, on Linux, the process is not
dumpable (so no core, and no debugger of the same user can read its memory)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import resource, sys
sys.argv = ["main.py", "rules", "list", "--json"]
import main
import io, contextlib
with contextlib.redirect_stdout(io.StringIO()):
    main.main()
from storage.hardening import is_dumpable
print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX core limits")
def test_the_running_program_cannot_dump_core() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0, result.stderr
    expected = "(0, 0) False" if sys.platform.startswith("linux") else "(0, 0) None"
    assert result.stdout.strip() == expected


def _crash(folder: Path, *, start_quash: bool) -> list[str]:
    """Abort a child that allowed itself core files (as a shell with `ulimit -c unlimited`
    would), after starting Quash or not; the core files it left in `folder`."""
    folder.mkdir()
    code = (
        "import resource, sys, os, io, contextlib\n"
        "try:\n"
        "    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY,) * 2)\n"
        "except (ValueError, OSError):\n"
        "    pass\n"
        + (
            "sys.argv = ['main.py', 'rules', 'list', '--json']\n"
            "import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): main.main()\n"
            if start_quash
            else ""
        )
        + "os.abort()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        cwd=folder,
        timeout=60,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    return [p.name for p in folder.iterdir() if p.name.startswith("core")]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX core files")
def test_a_crash_after_start_leaves_no_core_file(tmp_path: Path) -> None:
    # The control shows this machine writes core files to the working folder (core_pattern
    # "core"); where it does not, the limits test above is the evidence.
    control = _crash(tmp_path / "control", start_quash=False)
    hardened = _crash(tmp_path / "quash", start_quash=True)
    assert hardened == [], control
