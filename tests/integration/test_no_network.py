"""Nothing leaves the machine: every command-line flow works with networking cut off.

Each command runs in a child Python whose PYTHONPATH starts with tests/support/nonet, whose
sitecustomize.py refuses internet sockets, connections and name lookups (local AF_UNIX sockets
still work) and records every refused attempt in a log file. A flow passes only if it exits 0
and never even tried to reach the network.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, run_cli

NONET = str(Path(__file__).resolve().parent.parent / "support" / "nonet")
NEW_PASSPHRASE = "a different horse, a different staple"
INTERCHANGE_KINDS = ("clients", "accounts", "matters", "subpoenas", "deadlines", "events")


class Offline:
    """Runs `python main.py ARGS` with the network guard, requiring success; remembers how many
    commands it ran so the test can check that every one of them loaded the guard."""

    def __init__(self, folder: Path):
        self.refused_log = folder / "refused.log"
        self.active_log = folder / "guard-active.log"
        self.commands = 0

    def __call__(
        self, *args: str | Path, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        argv = [str(a) for a in args]
        guard_env = {
            "QUASH_TEST_NONET_LOG": str(self.refused_log),
            "QUASH_TEST_NONET_ACTIVE": str(self.active_log),
        }
        result = run_cli(*argv, env={**guard_env, **(env or {})}, extra_pythonpath=NONET)
        self.commands += 1
        assert result.returncode == 0, (
            f"`quash {' '.join(argv)}` exited {result.returncode} with networking disabled:\n"
            f"{result.stderr}"
        )
        return result

    def guarded_processes(self) -> int:
        if not self.active_log.exists():
            return 0
        return len(self.active_log.read_text(encoding="utf-8").split())


def refused_attempts(log: Path) -> str:
    return log.read_text(encoding="utf-8") if log.exists() else ""


GUARD_PROBE = r"""
import json, socket, _socket

def attempt(fn):
    try:
        fn()
    except OSError:
        return "refused"
    return "allowed"

def unix_pair():
    a, b = socket.socketpair(socket.AF_UNIX)
    a.sendall(b"ping")
    assert b.recv(4) == b"ping"
    a.close()
    b.close()

def opened_then_closed(make):
    def run():
        make().close()
    return run

print(json.dumps({
    "inet": attempt(opened_then_closed(lambda: socket.socket(socket.AF_INET))),
    "inet6": attempt(opened_then_closed(lambda: socket.socket(socket.AF_INET6))),
    "default family": attempt(opened_then_closed(lambda: socket.socket())),
    "low-level inet": attempt(opened_then_closed(lambda: _socket.socket(socket.AF_INET))),
    "create_connection": attempt(lambda: socket.create_connection(("192.0.2.1", 443), 1)),
    "getaddrinfo": attempt(lambda: socket.getaddrinfo("example.org", 443)),
    "unix": attempt(unix_pair),
}))
"""


def test_the_network_guard_refuses_internet_sockets_but_allows_local_ones(
    tmp_path: Path,
) -> None:
    """Sanity check of the guard itself: if it stopped working, this test would fail."""
    log = tmp_path / "refused.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUASH_")}
    env["PYTHONPATH"] = NONET + os.pathsep + str(REPO)
    env["QUASH_TEST_NONET_LOG"] = str(log)
    probe = subprocess.run(
        [sys.executable, "-c", GUARD_PROBE],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
    )
    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout) == {
        "inet": "refused",
        "inet6": "refused",
        "default family": "refused",
        "low-level inet": "refused",
        "create_connection": "refused",
        "getaddrinfo": "refused",
        "unix": "allowed",
    }
    refused = refused_attempts(log)
    assert refused.count("REFUSED") >= 6, refused


def test_every_command_line_flow_works_with_the_network_cut_off(tmp_path: Path) -> None:
    offline = Offline(tmp_path)
    fresh = tmp_path / "fresh-vault"
    demo = tmp_path / "demo-vault"
    export = tmp_path / "export.json"

    created = offline("init", "--vault", fresh, "--name", "Ana Ruiz", "--office", "Offline Office")
    assert "Recovery key" in created.stdout
    assert (fresh / "quash.db").is_file() and (fresh / "quash.keys").is_file()

    offline("demo", "--vault", demo)
    demo_status = json.loads(offline("status", "--vault", demo, "--json").stdout)
    assert demo_status["counts"]["matters"] > 0

    matters = json.loads(offline("list", "matters", "--vault", demo, "--json").stdout)
    assert len(matters) == demo_status["counts"]["matters"]

    offline("export", "--vault", demo, "--out", export)
    exported = json.loads(export.read_text(encoding="utf-8"))
    assert len(exported["matters"]) == demo_status["counts"]["matters"]

    imported = offline("import", "--vault", fresh, export)
    assert imported.stdout.startswith("Imported ")
    fresh_status = json.loads(offline("status", "--vault", fresh, "--json").stdout)
    for kind in INTERCHANGE_KINDS:
        assert fresh_status["counts"][kind] == demo_status["counts"][kind], kind

    verified = offline("audit", "verify", "--vault", fresh)
    assert verified.stdout.startswith("Audit log intact")

    offline("passphrase", "change", "--vault", fresh, env={"QUASH_NEW_PASSPHRASE": NEW_PASSPHRASE})
    rotated = offline("key", "rotate", "--vault", fresh, env={"QUASH_PASSPHRASE": NEW_PASSPHRASE})
    assert "The recovery key still works." in rotated.stdout

    # The vault still opens (with the new passphrase) and its history is whole after all that.
    after = offline("audit", "verify", "--vault", fresh, env={"QUASH_PASSPHRASE": NEW_PASSPHRASE})
    assert after.stdout.startswith("Audit log intact")

    # Every command really ran under the guard, and none of them even tried the network
    # (an attempt the program caught and ignored would still be in the log).
    assert offline.guarded_processes() == offline.commands
    assert refused_attempts(offline.refused_log) == "", "a command tried to use the network"
