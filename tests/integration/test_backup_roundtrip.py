"""The whole promise, through the command line as an office would use it: back up a demo vault to
a "stick", restore it on a "new machine" (a fresh home folder, no keychain, its own temp folder)
with only the file and its passphrase, and get the same case file back, sealed fields included.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from cli.app import run
from models.errors import WrongKeyError
from services import audit, backups, records
from storage import backup, keyslots
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import (
    create_vault,
    head_revision,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from tests.conftest import PASSPHRASE, run_cli
from tests.support.backups import (
    BACKUP_PASSPHRASE,
    NEW_PASSPHRASE,
    RECOVERY_KEY,
    make_demo_vault,
    one_line_error,
    write,
)


def new_machine_env(base: Path) -> dict[str, str]:
    home = base / "home"
    for sub in ("", "tmp", "config", "data", "cache"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "TMPDIR": str(home / "tmp"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def export(vault: Path, out: Path, env: dict[str, str] | None = None) -> dict[str, object]:
    result = run_cli(
        "export", "--vault", str(vault), "--out", str(out), "--include-sealed", env=env
    )
    assert result.returncode == 0, result.stderr
    doc: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return doc


def test_backup_restore_on_a_new_machine_gives_back_the_same_case_file(tmp_path: Path) -> None:
    original = tmp_path / "office-laptop" / "vault"
    stick = tmp_path / "stick"
    stick.mkdir()
    make_demo_vault(original, synthetic=3, document_bytes=(200_000,)).lock()
    before = export(original, tmp_path / "before.json")

    made = run_cli(
        "backup", "create", "--vault", str(original), "--to", str(stick),
        env={"QUASH_BACKUP_PASSPHRASE": BACKUP_PASSPHRASE},
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "written and verified" in made.stdout
    [file] = list(stick.iterdir())
    assert file.name.startswith("backup-") and file.suffix == ".quashbackup"  # neutral
    assert BACKUP_PASSPHRASE not in made.stdout + made.stderr

    # The laptop is gone. On the new machine: only the file and the backup passphrase.
    machine = tmp_path / "new-machine"
    env = new_machine_env(machine)
    restored = machine / "vault"
    result = run_cli(
        "backup", "restore", str(file), "--vault", str(restored),
        env={**env, "QUASH_BACKUP_PASSPHRASE": BACKUP_PASSPHRASE,
             "QUASH_PASSPHRASE": NEW_PASSPHRASE},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "no history was cut" in result.stdout
    keys = RECOVERY_KEY.findall(result.stdout)
    assert len(keys) == 1, result.stdout  # printed once
    assert sorted(p.name for p in restored.iterdir()) == ["quash.db", "quash.keys"]
    assert not [p for p in machine.iterdir() if p.name.startswith(".")], "staging left behind"
    assert not list((machine / "home" / "tmp").iterdir()), "temp files left behind"

    after = export(restored, machine / "after.json", {**env, "QUASH_PASSPHRASE": NEW_PASSPHRASE})
    assert after == before

    # New key slots: the new passphrase and the new recovery key open it; the old passphrase
    # does not. The audit log is intact and the scanned document came back byte for byte.
    header = backup.verify_file(file, BACKUP_PASSPHRASE)  # its sealed facts, opened
    with pytest.raises(WrongKeyError):
        unlock_with_passphrase(restored, PASSPHRASE)
    with unlock_with_recovery_key(restored, keys[0]) as vault:
        assert sorted(vault.key_file.kinds()) == ["person", "recovery"]  # the restorer's slot
        assert vault.integrity_problems() == []
        with UnitOfWork(vault, "t") as uow:
            assert audit.verify(uow).intact
            # The restore is recorded after the history the backup brought along.
            [restore_entry] = audit.entries(uow, entity="restore")
            assert restore_entry.detail["backup_id"] == header.backup_id
            assert any(e.hash == header.audit_head for e in audit.entries(uow))
            assert backups.last_verified_backup(uow).when == header.created
            size = uow.session.execute(text("SELECT length(content) FROM documents")).scalar()
            assert size == 200_000
    # The original records the backup it made, and when.
    with unlock_with_passphrase(original, PASSPHRASE) as vault, UnitOfWork(vault, "t") as uow:
        [entry] = audit.entries(uow, entity=backups.AUDIT_ENTITY)
        assert entry.detail["file"] == file.name and entry.detail["step"] == "created and verified"
        assert backups.last_verified_backup(uow).when == header.created


@pytest.fixture
def quick_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process commands calibrate Argon2id to the floor instead of half a second."""
    monkeypatch.setattr(keyslots, "calibrate_argon2", lambda *a, **k: MINIMUM_ARGON2)


def test_restore_will_not_overwrite_a_vault_unless_forced_and_then_keeps_the_old_one(
    tmp_path: Path,
    quick_calibration: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    original = tmp_path / "vault"
    vault = make_demo_vault(original)
    try:
        file = write(vault, tmp_path / "stick")
    finally:
        vault.lock()
    before = (original / "quash.db").read_bytes()
    monkeypatch.setenv("QUASH_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    monkeypatch.setenv("QUASH_PASSPHRASE", NEW_PASSPHRASE)

    def restore(*args: str) -> tuple[int, str, str]:
        code = run(["backup", "restore", str(file), *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, _out, err = restore("--vault", str(original))
    assert code == 5
    assert "--force" in one_line_error(err)
    assert (original / "quash.db").read_bytes() == before

    stranger = tmp_path / "photos"
    stranger.mkdir()
    (stranger / "holiday.jpg").write_bytes(b"not a vault")
    code, _out, err = restore("--vault", str(stranger), "--force")
    assert code == 5
    assert "not a Quash vault" in one_line_error(err)

    monkeypatch.setenv("QUASH_BACKUP_PASSPHRASE", "not the backup passphrase")
    code, _out, err = restore("--vault", str(tmp_path / "new"))
    assert code == 3
    assert one_line_error(err) == "quash: Wrong passphrase for this backup."
    assert not (tmp_path / "new").exists()
    monkeypatch.setenv("QUASH_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)

    monkeypatch.setenv("QUASH_PASSPHRASE", "short")
    code, _out, err = restore("--vault", str(tmp_path / "new"))
    assert code == 5
    assert "too short" in one_line_error(err)
    monkeypatch.setenv("QUASH_PASSPHRASE", NEW_PASSPHRASE)

    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = restore("--vault", str(empty))
    assert code == 0, err
    assert (empty / "quash.keys").exists()

    code, out, err = restore("--vault", str(original), "--force")
    assert code == 0, err
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("vault.replaced-")]
    assert f"kept, unchanged, at {aside}" in out
    assert (aside / "quash.db").read_bytes() == before  # the old vault, untouched
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    with unlock_with_passphrase(aside, PASSPHRASE):
        pass
    with unlock_with_passphrase(original, NEW_PASSPHRASE):
        pass


def test_a_backup_made_by_an_older_quash_restores_and_is_migrated(
    tmp_path: Path, quick_calibration: None
) -> None:
    old, _ = create_vault(tmp_path / "old", PASSPHRASE, params=MINIMUM_ARGON2, revision="0001")
    try:
        with old.engine.begin() as conn:
            conn.execute(text("INSERT INTO matters (id, title, status) VALUES (1, 'Old', 'open')"))
            conn.execute(
                text("INSERT INTO clients (id, pseudonym, legal_name) VALUES (1, 'Doe', 'Sealed')")
            )
        file = write(old, tmp_path / "stick")
    finally:
        old.lock()
    header = backup.peek_header(file)
    assert header.schema_revision == "0001"
    assert "documents" not in header.counts  # that table came later

    result = backups.restore_backup(
        file, BACKUP_PASSPHRASE, tmp_path / "new", NEW_PASSPHRASE, actor="Test Paralegal"
    )
    assert (result.schema_before, result.schema_after) == ("0001", head_revision())
    assert result.audit_intact
    with unlock_with_passphrase(tmp_path / "new", NEW_PASSPHRASE) as vault:
        assert vault.schema_revision() == head_revision()
        with UnitOfWork(vault, "t") as uow:
            assert records.get(uow, "matters", 1).title == "Old"
            assert records.reveal(uow, 1, "legal_name") == "Sealed"
        assert vault.integrity_problems() == []


def test_a_restored_vault_is_under_a_new_data_key(tmp_path: Path, quick_calibration: None) -> None:
    """A backup carries the vault's data key (wrapped); the restore re-encrypts every page, so
    a data key taken from the machine the backup came from does not open the restored vault."""
    original = make_demo_vault(tmp_path / "vault")
    try:
        old_key = original.data_key()
        file = write(original, tmp_path / "stick")
    finally:
        original.lock()
    assert backup.unlock(backup.peek_header(file), BACKUP_PASSPHRASE).database_key == old_key

    backups.restore_backup(
        file, BACKUP_PASSPHRASE, tmp_path / "new", NEW_PASSPHRASE, actor="Test Paralegal"
    )
    conn = sqlcipher3.connect(str(tmp_path / "new" / "quash.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    with unlock_with_passphrase(tmp_path / "new", NEW_PASSPHRASE) as vault:
        assert vault.data_key() != old_key
        assert vault.integrity_problems() == []
