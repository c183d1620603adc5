"""Travel mode with a real vault and a real folder for the stick: afterwards nothing of the case
file is left in the vault's folder and this computer's keychain holds no key to it, and the
backup on the stick restores every record and the audit log, "travel mode" included. A stick
pulled mid-write, one that is full, a backup that changes on the stick before it is verified,
and Cancel at the last moment each remove nothing: the vault stays as it was, unlocked."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import sqlcipher3

from models.errors import QuashError
from models.tasks import Cancelled
from services import audit, backups, interchange, travel
from services.session import Session
from storage.backup import writer
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import Vault, unlock_with_keyring, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.support.backups import BACKUP_PASSPHRASE, NEW_PASSPHRASE, make_demo_vault, quick_kdf
from tests.support.keyrings import MemoryKeyring
from tests.support.tasks import Watching

ACTOR = "Test Paralegal"


@pytest.fixture(autouse=True)
def _quick_kdf() -> Iterator[None]:
    with quick_kdf():
        yield


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """This computer's keychain, in the test's memory."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def office(folder: Path, memory_keyring: MemoryKeyring) -> Iterator[Vault]:
    """The office's vault on the laptop: the sample cases, a scanned document, remembered by
    this computer's keychain."""
    vault = make_demo_vault(folder, synthetic=1, document_bytes=(40_000,))
    vault.remember_on_this_computer()
    yield vault
    vault.lock()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


def case_file(vault: Vault) -> dict[str, Any]:
    """Every record, sealed fields included, as the interchange format writes it (the export's
    own audit entry is rolled back)."""
    with UnitOfWork(vault, ACTOR) as uow:
        return interchange.export_document(uow, include_sealed=True)


def history(vault: Vault) -> list[audit.AuditView]:
    with UnitOfWork(vault, ACTOR) as uow:
        return list(reversed(audit.entries(uow)))


def leave(vault: Vault, stick: Path, task: Any = None) -> travel.TravelSummary:
    return travel.leave_this_computer(
        Session(vault, ACTOR),
        stick,
        BACKUP_PASSPHRASE,
        params=MINIMUM_ARGON2,
        **({"task": task} if task is not None else {}),
    )


def untouched(vault: Vault, folder: Path, before: dict[str, Any], keys: dict[Any, str]) -> None:
    """The vault is as it was: its files, unlocked, every record, remembered here; and its
    history says travel mode began and stopped."""
    assert (folder / "quash.db").is_file() and (folder / "quash.keys").is_file()
    assert not vault.is_locked
    assert case_file(vault) == before
    assert keyring.get_keyring().secrets == keys  # type: ignore[attr-defined]
    steps = [e.detail.get("step") for e in history(vault)[-2:]]
    assert steps == [travel.STARTED, travel.STOPPED]
    with UnitOfWork(vault, ACTOR) as uow:
        assert audit.verify(uow).intact


# ---- it works ----------------------------------------------------------------------------------


def test_travel_mode_leaves_nothing_of_the_case_file_and_the_stick_restores_it_all(
    office: Vault, folder: Path, stick: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    before = case_file(office)
    assert before["matters"] and memory_keyring.secrets
    entries_before = history(office)

    steps: list[str] = []
    summary = leave(office, stick, Watching(on_progress=lambda _d, _t, text: steps.append(text)))
    assert steps[-1] == travel.REMOVING  # the step a front-end can no longer cancel

    # Nothing of the case file on the laptop: no folder, no key in the keychain.
    assert not folder.exists()
    assert summary.folder_removed and summary.case_file_removed
    assert summary.removed[0] == "quash.keys"  # first: the rest opens with no key kept here
    assert {"quash.db", "quash.keys"} <= set(summary.removed)
    assert memory_keyring.secrets == {}
    assert summary.keychain == travel.KEYCHAIN_REMOVED
    assert office.is_locked
    with pytest.raises(QuashError):
        unlock_with_keyring(folder)
    # The stick holds one backup, which says so in plain words.
    assert [p.name for p in stick.iterdir()] == [summary.backup.name]
    said = "\n".join(summary.lines())
    assert "Left on this computer: nothing of the case file." in said
    assert f"Removed from this computer: {', '.join(summary.removed)} in {folder}" in said
    assert summary.restore_command in said and str(summary.backup) in said
    assert summary.info.counts["matters"] == len(before["matters"])
    # Here the "stick" is a folder of the same disk, and the summary does not hide it.
    assert summary.backup_on_this_disk and "on this computer's disk" in said

    restored = backups.restore_backup(
        summary.backup,
        BACKUP_PASSPHRASE,
        tmp_path / "back home",
        NEW_PASSPHRASE,
        actor=ACTOR,
        params=MINIMUM_ARGON2,
    )
    assert restored.audit_intact
    with unlock_with_passphrase(tmp_path / "back home", NEW_PASSPHRASE) as again:
        assert case_file(again) == before
        after = history(again)
        with UnitOfWork(again, ACTOR) as uow:
            assert audit.verify(uow).intact
    # Every entry that was there, then "travel mode" (inside the backup), then the restore.
    assert [e.hash for e in after[: len(entries_before)]] == [e.hash for e in entries_before]
    travelled, *restoring = after[len(entries_before) :]
    assert (travelled.action, travelled.detail["step"], travelled.actor) == (
        "backup",
        travel.STARTED,
        ACTOR,
    )
    assert restoring[0].detail["step"] == "restored from a backup"  # nothing in between


def test_a_vault_never_remembered_here_says_so_and_other_files_are_left_alone(
    folder: Path, stick: Path, memory_keyring: MemoryKeyring
) -> None:
    vault = make_demo_vault(folder)
    (folder / "notes to self.txt").write_text("not Quash's")
    summary = leave(vault, stick)
    assert summary.keychain == travel.KEYCHAIN_NOT_REMEMBERED
    assert not (folder / "quash.db").exists() and not (folder / "quash.keys").exists()
    assert sorted(p.name for p in folder.iterdir()) == ["notes to self.txt"]
    assert not summary.folder_removed and summary.others_left == ("notes to self.txt",)
    assert "not remembered" in "\n".join(summary.lines())


def test_an_older_vault_a_restore_set_aside_is_named_for_the_person_to_remove(
    office: Vault, folder: Path, stick: Path
) -> None:
    aside = folder.with_name(f"{folder.name}.replaced-20250101-090000")
    make_demo_vault(aside).lock()
    summary = leave(office, stick)
    assert summary.other_vaults == (aside,)
    assert f"An older vault a restore set aside is still at {aside}" in "\n".join(summary.lines())
    assert (aside / "quash.keys").is_file()  # another vault: named, not touched


def test_reports_saved_from_the_vault_are_counted_for_the_person_to_find(
    office: Vault, stick: Path
) -> None:
    from services import reporting

    with UnitOfWork(office, ACTOR) as uow:
        reporting.record_output(
            uow, "report", "deadline report", file_format="pdf", rows=3, names_revealed=False
        )
        uow.commit()
    summary = leave(office, stick)
    assert summary.outputs_written == 1
    assert "Reports and exports saved from this vault: 1." in "\n".join(summary.lines())


def test_nothing_can_be_written_that_the_backup_does_not_hold(
    office: Vault, folder: Path, stick: Path
) -> None:
    """From before the snapshot to the removal another window or command cannot commit: its
    write waits, then fails where it was made, and is never silently lost with the vault."""
    other = unlock_with_passphrase(folder, PASSPHRASE)  # a second window on the same vault
    refused: list[str] = []

    def progress(_done: int, _total: int, text: str) -> None:
        if text in ("Encrypting and writing", "Checking the audit log") and text not in refused:
            with other.raw_connection() as conn:
                conn.execute("PRAGMA busy_timeout = 0")
                with pytest.raises(sqlcipher3.OperationalError, match="locked"):
                    conn.execute("BEGIN IMMEDIATE")
            refused.append(text)

    try:
        summary = leave(office, stick, Watching(on_progress=progress))
    finally:
        other.lock()
    assert refused == ["Encrypting and writing", "Checking the audit log"]
    assert summary.case_file_removed


# ---- a failure before the removal removes nothing ----------------------------------------------


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names fds through /proc")
def test_a_stick_pulled_mid_write_removes_nothing(
    office: Vault,
    folder: Path,
    stick: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before, keys = case_file(office), dict(memory_keyring.secrets)
    real_fsync = os.fsync

    def pulled(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".partial"):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", pulled)
    with pytest.raises(QuashError, match="stick may have been removed") as caught:
        leave(office, stick)
    monkeypatch.undo()
    assert caught.value.code == "backup.write_failed"
    assert list(stick.iterdir()) == []
    untouched(office, folder, before, keys)
    assert history(office)[-1].detail["reason"] == "backup.write_failed"


def test_a_full_stick_removes_nothing(
    office: Vault,
    folder: Path,
    stick: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before, keys = case_file(office), dict(memory_keyring.secrets)
    monkeypatch.setattr(writer, "free_bytes", lambda _folder: 50_000)
    with pytest.raises(QuashError, match="Not enough space") as caught:
        leave(office, stick)
    assert caught.value.code == "backup.not_enough_space"
    assert list(stick.iterdir()) == []
    untouched(office, folder, before, keys)


def test_a_backup_that_changes_on_the_stick_before_it_is_verified_removes_nothing(
    office: Vault, folder: Path, stick: Path, memory_keyring: MemoryKeyring
) -> None:
    """A failing stick: the file reads back right as it is written, then a bit flips before the
    check from the passphrase alone reads it again."""
    before, keys = case_file(office), dict(memory_keyring.secrets)
    flipped: list[Path] = []

    def progress(_done: int, _total: int, text: str) -> None:
        if text == "Checking the backup" and not flipped:  # the deep verify's first step
            [path] = stick.iterdir()
            with open(path, "r+b") as handle:
                handle.seek(-100, os.SEEK_END)
                byte = handle.read(1)
                handle.seek(-100, os.SEEK_END)
                handle.write(bytes([byte[0] ^ 0x01]))
            flipped.append(path)

    with pytest.raises(QuashError) as caught:
        leave(office, stick, Watching(on_progress=progress))
    assert flipped and caught.value.exit_code == 4  # a damaged file, said as one
    untouched(office, folder, before, keys)


def test_cancel_at_the_last_moment_removes_nothing(
    office: Vault, folder: Path, stick: Path, memory_keyring: MemoryKeyring
) -> None:
    before, keys = case_file(office), dict(memory_keyring.secrets)
    verified: list[str] = []

    def progress(_done: int, _total: int, text: str) -> None:
        if text == "Checking the audit log":  # the last step before the removal
            verified.append(text)

    def check() -> None:
        if verified:
            raise Cancelled()

    with pytest.raises(Cancelled):
        leave(office, stick, Watching(on_progress=progress, on_check=check))
    assert verified
    untouched(office, folder, before, keys)
    assert history(office)[-1].detail["reason"] == "Cancelled"
    # The verified backup stays on the stick: a good backup is never thrown away.
    [kept] = stick.iterdir()
    backups.verify_backup(kept, BACKUP_PASSPHRASE)


def test_a_passphrase_too_short_is_refused_before_anything_is_written(
    office: Vault, folder: Path, stick: Path
) -> None:
    entries = len(history(office))
    with pytest.raises(QuashError) as caught:
        travel.leave_this_computer(Session(office, ACTOR), stick, "short", params=MINIMUM_ARGON2)
    assert caught.value.code == "passphrase.too_short"
    assert len(history(office)) == entries and list(stick.iterdir()) == []
    assert (folder / "quash.keys").is_file()
    unlock_with_passphrase(folder, PASSPHRASE).lock()
