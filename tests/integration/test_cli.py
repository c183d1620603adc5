"""The command line as a script or a tired paralegal uses it: exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from services import audit
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE, run_cli

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def made(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2)[0].lock()
    return folder


def _one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_init_creates_a_vault_and_prints_the_recovery_key_once(tmp_path: Path) -> None:
    result = run_cli(
        "init", "--vault", str(tmp_path / "v"), "--name", "Ana Ruiz", "--office", "Bay Legal Aid"
    )
    assert result.returncode == 0, result.stderr
    key = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})", result.stdout)
    assert key, result.stdout
    unlocked = run_cli(
        "status", "--vault", str(tmp_path / "v"), "--json", env={"QUASH_RECOVERY_KEY": key.group(1)}
    )
    assert unlocked.returncode == 0, unlocked.stderr
    status = json.loads(unlocked.stdout)
    assert status["office_name"] == "Bay Legal Aid"
    assert status["key_slots"] == ["person", "recovery"]  # Ana Ruiz's own slot
    assert key.group(1) not in unlocked.stdout + (tmp_path / "v/quash.keys").read_text()


def test_ctrl_d_at_a_prompt_is_one_clear_line_and_changes_nothing() -> None:
    """A person at a terminal ends the input (Ctrl-D) instead of typing the name asked for."""
    terminal, child_side = os.openpty()
    try:
        os.write(terminal, b"\x04")  # the terminal's end-of-input character, typed at once
        ended = run_cli("conflict", "check", "--vault", "nowhere", "--name", "-", stdin=child_side)
    finally:
        os.close(child_side)
        os.close(terminal)
    assert ended.returncode == 2, ended.stderr
    assert ended.stderr == "quash: no answer was typed; nothing more was written.\n"


def test_init_refuses_to_overwrite_an_existing_vault(made: Path) -> None:
    before = (made / "quash.db").read_bytes()
    result = run_cli("init", "--vault", str(made), "--name", "Ana Ruiz")
    assert result.returncode == 5
    assert "not empty" in _one_line_error(result.stderr)
    assert (made / "quash.db").read_bytes() == before


def test_wrong_passphrase_exits_3_with_a_clear_message(made: Path) -> None:
    result = run_cli("status", "--vault", str(made), env={"QUASH_PASSPHRASE": "wrong one entirely"})
    assert result.returncode == 3
    assert _one_line_error(result.stderr) == "quash: Wrong passphrase for this vault."


def test_edited_key_file_exits_4(made: Path) -> None:
    keys = made / "quash.keys"
    keys.write_text(keys.read_text().replace('"iterations": 3', '"iterations": 4'))
    result = run_cli("status", "--vault", str(made))
    assert result.returncode == 4
    assert "damaged or was edited" in _one_line_error(result.stderr)


def test_garbage_passed_as_a_vault_exits_4(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / "quash.db").write_bytes(os.urandom(20000))
    (garbage / "quash.keys").write_bytes(os.urandom(900))
    result = run_cli("status", "--vault", str(garbage))
    assert result.returncode == 4
    _one_line_error(result.stderr)
    as_file = tmp_path / "garbage.bin"
    as_file.write_bytes(os.urandom(5000))
    result = run_cli("list", "matters", "--vault", str(as_file))
    assert result.returncode == 4
    _one_line_error(result.stderr)


def test_missing_vault_and_usage_errors(tmp_path: Path) -> None:
    result = run_cli("status", "--vault", str(tmp_path / "nowhere"))
    assert result.returncode == 5
    assert "No Quash vault" in _one_line_error(result.stderr)
    result = run_cli("list", "widgets", "--vault", str(tmp_path))
    assert result.returncode == 2
    _one_line_error(result.stderr)
    assert run_cli("frobnicate").returncode == 2


def test_list_prints_records_as_text_and_json(made: Path, tmp_path: Path) -> None:
    doc = {
        "format": "quash-interchange",
        "version": 1,
        "matters": [{"id": "m", "title": "Doe v. DHS", "status": "open"}],
        "deadlines": [
            {"id": "d", "matter_id": "m", "title": "Reply", "due": "2026-12-01", "status": "open"}
        ],
    }
    (tmp_path / "in.json").write_text(json.dumps(doc))
    assert run_cli("import", "--vault", str(made), str(tmp_path / "in.json")).returncode == 0
    text_out = run_cli("list", "matters", "--vault", str(made))
    assert "Doe v. DHS" in text_out.stdout and text_out.returncode == 0
    rows = json.loads(run_cli("list", "deadlines", "--vault", str(made), "--json").stdout)
    assert [(r["title"], r["due"], r["status"]) for r in rows] == [("Reply", "2026-12-01", "open")]
    empty = run_cli("list", "events", "--vault", str(made))
    assert empty.stdout.strip() == "No events yet."


def test_passphrase_change_and_key_rotate_from_the_command_line(tmp_path: Path) -> None:
    made = tmp_path / "vault"
    created = run_cli("init", "--vault", str(made), "--name", "Ana Ruiz")
    recovery = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})", created.stdout)
    assert recovery
    changed = run_cli(
        "passphrase",
        "change",
        "--vault",
        str(made),
        env={"QUASH_NEW_PASSPHRASE": "a new office passphrase"},
    )
    assert changed.returncode == 0, changed.stderr
    assert run_cli("status", "--vault", str(made)).returncode == 3
    new_env = {"QUASH_PASSPHRASE": "a new office passphrase"}
    rotated = run_cli("key", "rotate", "--vault", str(made), env=new_env)
    assert rotated.returncode == 0, rotated.stderr
    assert "The recovery key still works." in rotated.stdout
    assert not re.search(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}", rotated.stdout)  # no new key
    # The recovery key printed when the vault was made opens it after both changes.
    by_recovery = {"QUASH_RECOVERY_KEY": recovery.group(1)}
    assert run_cli("status", "--vault", str(made), env=by_recovery).returncode == 0
    verified = run_cli("audit", "verify", "--vault", str(made), env=new_env)
    assert verified.returncode == 0 and "intact" in verified.stdout


def test_remember_without_a_keychain_says_why(made: Path) -> None:
    result = run_cli("key", "remember", "--vault", str(made))
    assert result.returncode == 1
    assert "no system keychain" in _one_line_error(result.stderr)


def test_demo_vault_holds_the_public_cases(tmp_path: Path) -> None:
    result = run_cli("demo", "--vault", str(tmp_path / "demo"))
    assert result.returncode == 0, result.stderr
    matters = json.loads(
        run_cli("list", "matters", "--vault", str(tmp_path / "demo"), "--json").stdout
    )
    titles = " ".join(m["title"] for m in matters)
    assert "@ALT_USCIS" in titles and "Pennsylvania" in titles
    assert any(m["case_number"] == "3:17-cv-01916" for m in matters)


def test_demo_size_adds_a_proportionate_synthetic_load(tmp_path: Path) -> None:
    result = run_cli("demo", "--vault", str(tmp_path / "big"), "--size", "200")
    assert result.returncode == 0, result.stderr
    status = json.loads(run_cli("status", "--vault", str(tmp_path / "big"), "--json").stdout)
    counts = status["counts"]
    assert counts["matters"] >= 200 and counts["deadlines"] >= 2000
    assert counts["subpoenas"] >= 400 and counts["events"] >= 1000
    assert counts["clients"] >= 40 and counts["accounts"] >= 60


def test_audit_verify_exits_4_when_history_was_edited(made: Path) -> None:

    from storage.vault import unlock_with_passphrase

    doc = {
        "format": "quash-interchange",
        "version": 1,
        "matters": [{"id": "m", "title": "A", "status": "open"}],
    }
    (made.parent / "in.json").write_text(json.dumps(doc))
    run_cli("import", "--vault", str(made), str(made.parent / "in.json"))
    with unlock_with_passphrase(made, PASSPHRASE) as vault, vault.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))  # a determined editor
        conn.execute(text("UPDATE audit_log SET detail = '{}' WHERE seq = 1"))
    result = run_cli("audit", "verify", "--vault", str(made))
    assert result.returncode == 4
    assert "entry 1 was edited" in result.stderr


def _recheck(keys: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    """Edit the key file as someone would who also recomputes its unkeyed checksum."""
    import hashlib

    doc = json.loads(keys.read_text())
    doc.pop("checksum")
    edit(doc)
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    doc["checksum"] = hashlib.sha256(canonical).hexdigest()
    keys.write_text(json.dumps(doc))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("iterations", 10**9),
        ("memory_kib", 2**40),
        ("lanes", 10**6),
        ("iterations", True),
        ("memory_kib", "65536"),
    ],
)
def test_a_key_file_asking_for_an_absurd_kdf_cost_is_refused_at_once(
    made: Path, field: str, value: object
) -> None:
    def edit(doc: dict[str, Any]) -> None:
        slot = next(s for s in doc["slots"] if s["kind"] == "passphrase")
        slot["kdf"][field] = value

    _recheck(made / "quash.keys", edit)
    result = run_cli("status", "--vault", str(made))  # 10^9 passes would outlast its timeout
    assert result.returncode == 4
    assert "key file" in _one_line_error(result.stderr)


def test_bad_input_gets_one_clear_line_and_the_right_exit_code(made: Path, tmp_path: Path) -> None:
    vault = str(made)
    huge_id = run_cli(
        "deadline",
        "override",
        "--vault",
        vault,
        "--deadline",
        str(2**63),
        "--due",
        "2026-01-05",
        "--reason",
        "order",
    )
    assert huge_id.returncode == 5 and "ids run from 1" in _one_line_error(huge_id.stderr)

    folder = tmp_path / "a-folder"
    folder.mkdir()
    onto_folder = run_cli("export", "--vault", vault, "--out", str(folder))
    assert onto_folder.returncode == 5 and "is a folder" in _one_line_error(onto_folder.stderr)
    assert list(folder.iterdir()) == []

    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    under_file = run_cli("init", "--vault", str(a_file / "vault"), "--name", "Ana Ruiz")
    assert under_file.returncode == 5 and "is a file" in _one_line_error(under_file.stderr)

    long_rule = run_cli("deadline", "compute", "--rule", "x" * 100_000, "--trigger", "2026-01-05")
    assert long_rule.returncode == 5 and len(_one_line_error(long_rule.stderr)) < 500

    escape = run_cli(
        "closure", "add", "--vault", vault, "--date", "2026-01-05", "--reason", "snow\x1b[2J"
    )
    assert escape.returncode == 5 and "\x1b" not in escape.stderr
    listed = run_cli("closure", "list", "--vault", vault)
    assert "No closure days recorded." in listed.stdout


def test_a_passphrase_that_is_not_text_is_refused_not_a_crash(made: Path) -> None:
    result = run_cli("status", "--vault", str(made), env={"QUASH_PASSPHRASE": "caf\udce9 au lait!"})
    assert result.returncode == 5
    assert "not valid UTF-8" in _one_line_error(result.stderr)


def test_control_characters_in_quash_user_never_reach_the_audit_log(made: Path) -> None:
    done = run_cli(
        "closure",
        "add",
        "--vault",
        str(made),
        "--date",
        "2026-01-05",
        "--reason",
        "Snow",
        env={"QUASH_USER": "S. Chen\x1b]0;owned\x07"},
    )
    assert done.returncode == 0, done.stderr
    with unlock_with_passphrase(made, PASSPHRASE) as vault, UnitOfWork(vault, "t") as uow:
        actors = {entry.actor for entry in audit.entries(uow, limit=5)}
    assert "S. Chen]0;owned" in actors and not any("\x1b" in a for a in actors)


def test_init_into_an_existing_open_folder_makes_it_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    result = run_cli("init", "--vault", str(folder), "--name", "Ana Ruiz")
    assert result.returncode == 0, result.stderr
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o700


def test_the_app_without_a_display_says_so_in_one_line() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "main.py"], capture_output=True, text=True, env=env, cwd=REPO, timeout=60
    )
    if sys.platform.startswith("linux"):
        assert result.returncode == 1
        assert "no display was found" in _one_line_error(result.stderr)


def _rechain_after_editing(vault_dir: Path, seq: int) -> None:
    """What someone with the key could do: edit an entry and recompute every hash after it,
    so that the chain on its own still checks."""
    from services.audit import _digest

    with unlock_with_passphrase(vault_dir, PASSPHRASE) as vault, vault.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET actor = 'Mallory' WHERE seq = :s"), {"s": seq})
        rows = conn.execute(
            text(
                "SELECT seq, at, actor, action, entity, entity_id, detail FROM audit_log "
                "ORDER BY seq"
            )
        ).fetchall()
        prev = "0" * 64
        for row in rows:
            digest = _digest(*row, prev)
            conn.execute(
                text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE seq = :s"),
                {"p": prev, "h": digest, "s": row[0]},
            )
            prev = digest


def test_audit_verify_against_a_backup_finds_a_cut_or_rewritten_history(
    made: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {"QUASH_BACKUP_PASSPHRASE": "a backup passphrase here"}
    for day in ("2026-01-05", "2026-01-06"):
        run_cli("closure", "add", "--vault", str(made), "--date", day, "--reason", "Snow")
    created = run_cli("backup", "create", "--vault", str(made), "--to", str(stick), env=env)
    assert created.returncode == 0, created.stderr
    [backup_file] = list(stick.iterdir())
    checked = run_cli(
        "audit", "verify", "--vault", str(made), "--against", str(backup_file), env=env
    )
    assert checked.returncode == 0 and "no history was cut or rewritten" in checked.stdout

    _rechain_after_editing(made, 2)
    alone = run_cli("audit", "verify", "--vault", str(made))
    # The chain was recomputed, but nobody can re-sign Test Paralegal's entries without their
    # key: the signatures of the edited entry and of every one re-chained after it fail.
    assert alone.returncode == 4
    assert "entry 2 (" in alone.stderr and "signature does not match" in alone.stderr
    against = run_cli(
        "audit", "verify", "--vault", str(made), "--against", str(backup_file), env=env
    )
    assert against.returncode == 4
    assert "was rewritten" in against.stderr

    with unlock_with_passphrase(made, PASSPHRASE) as vault, vault.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("DELETE FROM audit_log"))
    cut = run_cli("audit", "verify", "--vault", str(made), "--against", str(backup_file), env=env)
    assert cut.returncode == 4 and "history was cut" in cut.stderr
