"""Finding the system keychain, in a fresh interpreter as the app starts it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from storage.keychain import keyring_available
ok, why = keyring_available()
print(json.dumps({"ok": ok, "why": why, "macos": "keyring.backends.macOS" in sys.modules}))
"""


def _probe(tmp_path: Path, **env: str) -> dict[str, object]:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    run = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"},
            "HOME": str(tmp_path / "home"),
            "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
            "TMPDIR": str(scratch),
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert list(scratch.iterdir()) == [], "the keychain search wrote temporary files"
    result: dict[str, object] = json.loads(run.stdout)
    return result


def test_looking_for_the_keychain_loads_only_this_systems_backends(tmp_path: Path) -> None:
    # keyring's own discovery imports its macOS backend everywhere, whose find_library
    # runs ldconfig and gcc with temporary files
    found = _probe(tmp_path)
    assert found["macos"] is False


def test_a_keychain_the_person_chose_is_the_one_used(tmp_path: Path) -> None:
    found = _probe(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert found["ok"] is False
    assert "Remember on this computer" in str(found["why"])
