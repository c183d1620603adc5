"""Backup use cases: make a verified backup, check one, restore one into a new vault.

The file format lives in storage.backup; these functions add what the office sees: the audit
entries, the "last verified backup" setting the status bar watches, and plain summaries.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from models.errors import CorruptFileError, QuashError, ValidationError
from models.tasks import NO_TASK, Task
from services import audit, people, vaults
from storage import backup, keyslots, volumes
from storage.backup import BackupHeader
from storage.keyslots import Argon2Params, KeyFile, PersonKeys
from storage.uow import UnitOfWork
from storage.vault import Vault, unlock_with_passphrase
from storage.vault_folder import DB_NAME
from storage.volumes import Volume

LAST_VERIFIED = "last_verified_backup"  # vault setting: UTC ISO datetime of the last one
AUDIT_ENTITY = "backup file"
WARN_AFTER_DAYS = 7  # the status bar and the Backup page warn when the last one is older
SUFFIX = backup.SUFFIX
human_size = backup.human_size
check_new_passphrase = keyslots.check_passphrase

log = logging.getLogger("quash.backups")


def app_version() -> str:
    try:
        return metadata.version("quash")
    except metadata.PackageNotFoundError:
        return "unknown"


def targets() -> list[Volume]:
    """Removable drives and mounted volumes to back up to, with their free space."""
    return volumes.list_targets()


def folder_free_bytes(folder: Path) -> int:
    return backup.free_bytes(folder)


def destination_state(folder: Path) -> str:
    """'absent', 'empty' or 'vault' (ValidationError for a folder that holds other things)."""
    return backup.destination_state(folder)


def _kdf_params(params: Argon2Params | None) -> Argon2Params:
    return params or keyslots.calibrate_argon2()


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says about itself, for people."""

    file_name: str
    backup_id: str
    vault_id: str
    office_name: str
    created: str
    app_version: str
    schema_revision: str
    counts: dict[str, int]
    audit_entries: int
    audit_head: str
    file_bytes: int
    # Format 3 before its passphrase: the office's name, counts and audit head are not known.
    facts_sealed: bool = False

    @classmethod
    def of(cls, header: BackupHeader) -> BackupInfo:
        return cls(
            file_name=header.name,
            backup_id=header.backup_id,
            vault_id=header.vault_id,
            office_name=header.office_name,
            created=header.created,
            app_version=header.app_version,
            schema_revision=header.schema_revision,
            counts=dict(header.counts),
            audit_entries=header.audit_entries,
            audit_head=header.audit_head,
            file_bytes=header.file_bytes,
            facts_sealed=header.facts_sealed,
        )

    def counts_text(self, *, skip_empty: bool = False) -> str:
        order = list(backup.COUNTED_TABLES)
        kinds = sorted(self.counts, key=lambda k: (order.index(k) if k in order else 99, k))
        return ", ".join(
            f"{self.counts[k]} {k.replace('_', ' ')}"
            for k in kinds
            if self.counts[k] or not skip_empty
        )


@dataclass(frozen=True)
class CreatedBackup:
    path: Path
    info: BackupInfo
    removed: tuple[str, ...]  # older backups of this vault deleted by "keep the last N"


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    info: BackupInfo
    audit_intact: bool
    audit_problems: tuple[str, ...]


@dataclass(frozen=True)
class RestoredVault:
    folder: Path
    recovery_key: str = field(repr=False)
    replaced: Path | None
    info: BackupInfo
    schema_before: str
    schema_after: str
    audit_entries: int
    audit_intact: bool
    audit_problems: tuple[str, ...]


def create_backup(
    uow: UnitOfWork,
    target: Path,
    passphrase: str,
    *,
    keep: int | None = None,
    params: Argon2Params | None = None,
    task: Task = NO_TASK,
) -> CreatedBackup:
    """Write a verified backup of the unit of work's vault into `target`; record it in the audit
    log and as the last verified backup. The caller commits."""
    if keep is not None and keep < 1:
        raise ValidationError(
            "Keep at least one backup (--keep 1 or more).", field="keep", code="backup.keep_none"
        )
    written = backup.write_backup(
        uow.vault,
        target,
        passphrase,
        params=_kdf_params(params),
        app_version=app_version(),
        task=task,
    )
    removed: list[str] = []
    if keep is not None:
        removed = backup.prune(
            target,
            uow.vault.vault_id,
            keep,
            protect=written.path,
            sound=lambda older: _sound(older, passphrase),
        )
    header = written.header
    audit.record(
        uow,
        "backup",
        AUDIT_ENTITY,
        None,
        {
            "step": "created and verified",
            "file": written.path.name,
            "backup_id": header.backup_id,
            "bytes": written.bytes,
            "audit_head": header.audit_head,
            "removed_older": len(removed),
        },
    )
    vaults.set_setting(uow, LAST_VERIFIED, header.created)
    log.info("backup written and verified (%d bytes)", written.bytes)
    return CreatedBackup(written.path, BackupInfo.of(header), tuple(removed))


@dataclass(frozen=True)
class LastBackup:
    when: str  # UTC ISO, "" if never
    file_name: str


def last_verified_backup(uow: UnitOfWork) -> LastBackup:
    when = vaults.setting(uow, LAST_VERIFIED)
    entries = audit.entries(uow, entity=AUDIT_ENTITY, limit=1)
    name = str(entries[0].detail.get("file", "")) if entries else ""
    return LastBackup(when, name)


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raise WrongKeyError (exit 3) unless `passphrase` opens the backup at `path`."""
    backup.unlock(backup.peek_header(path), passphrase)


def read_info(path: Path) -> BackupInfo:
    """The header of a backup, checked against its checksum (no passphrase needed)."""
    return BackupInfo.of(backup.peek_header(path))


def _chain(folder: Path, vault_id: str, db_key: bytes) -> audit.ChainReport:
    """Walk the audit log of `folder/quash.db`, a database that is not an opened vault."""
    vault = Vault(folder, KeyFile(vault_id, "", []), db_key)
    try:
        with UnitOfWork(vault, "backup check") as uow:
            return audit.verify(uow)
    except QuashError:
        raise
    except Exception as exc:  # noqa: BLE001 - a log the models cannot read counts as damaged
        raise CorruptFileError(
            f"The audit log inside the backup cannot be read ({type(exc).__name__}).",
            code="backup.audit_log_unreadable",
            params={"error": type(exc).__name__},
        ) from exc
    finally:
        vault.lock()


def _chain_problems(chain: audit.ChainReport, header: BackupHeader) -> list[str]:
    problems = list(chain.problems)
    if chain.head != header.audit_head or chain.entries != header.audit_entries:
        problems.append(
            f"the audit log ends at entry {chain.entries} ({chain.head[:12]}), but the backup "
            f"recorded {header.audit_entries} entries ending at {header.audit_head[:12]}"
        )
    return problems


def _sound(path: Path, passphrase: str) -> bool:
    """Whether an older backup still verifies with the key (every byte, every page): only
    such a backup counts toward the ones --keep keeps."""
    try:
        verify_backup(path, passphrase)
    except QuashError:
        return False
    return True


def verify_backup(
    path: Path,
    passphrase: str,
    *,
    deep: bool = False,
    task: Task = NO_TASK,
) -> VerifiedBackup:
    """Check that a backup would restore: the header, the passphrase, every byte of the
    payload authenticated (AES-GCM chunks bound to their place and to this header), so the
    file holds exactly the database file that was backed up, all as the file streams past; and
    every page's SQLCipher MAC (a page damaged before it was sealed), which a backup of format
    3 had checked as it was sealed, and an older one's is checked now.

    `deep` also opens the database inside, in a private temp folder (decrypted only down to its
    SQLCipher layer, so still encrypted) removed afterwards: SQLCipher's page check, SQLite's
    integrity check, the header's record counts and audit head, and the audit log's chain.
    """
    try:
        return _verify(path, passphrase, deep=deep, task=task)
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
        where = tempfile.gettempdir()
        raise QuashError(
            f"Not enough space in {where} to unpack the backup for checking; free some space "
            "and try again. The backup itself was not changed.",
            code="backup.no_room_to_check",
            params={"folder": where},
        ) from exc


def _verify(path: Path, passphrase: str, *, deep: bool, task: Task) -> VerifiedBackup:
    if not deep:
        # Every byte authenticated, and every page's SQLCipher MAC known good (a page damaged
        # before it was sealed), as the payload streams past: nothing is written anywhere.
        header = backup.verify_file(path, passphrase, task, pages=True)
        return VerifiedBackup(path, BackupInfo.of(header), True, ())
    with tempfile.TemporaryDirectory(prefix="quash-verify-") as tmp:
        folder = Path(tmp)
        with backup.extracted(path, passphrase, folder / DB_NAME, task) as (
            header,
            key,
        ):
            task.progress(0, 0, "Checking the database inside")
            backup.check_extracted(header, folder / DB_NAME, key, task)
            task.progress(0, 0, "Checking the audit log")
            chain = _chain(folder, header.vault_id, key)
    problems = _chain_problems(chain, header)
    return VerifiedBackup(path, BackupInfo.of(header), not problems, tuple(problems))


def _later(candidate: str, than: str) -> bool:
    try:
        return not than or dt.datetime.fromisoformat(candidate) > dt.datetime.fromisoformat(than)
    except ValueError:
        return True


def restore_backup(
    path: Path,
    passphrase: str,
    folder: Path,
    new_passphrase: str,
    *,
    actor: str,
    replace: bool = False,
    params: Argon2Params | None = None,
    task: Task = NO_TASK,
    announce: Callable[[str], None] = lambda _key: None,
) -> RestoredVault:
    """Restore a backup as a new vault in `folder` (see storage.backup.restore_backup), open it so
    migrations bring it to this version of Quash, check its audit log against the backup's
    header (was history cut?), and record the restore in the restored vault's audit log."""
    restored = backup.restore_backup(
        path,
        passphrase,
        folder,
        new_passphrase,
        params=_kdf_params(params),
        replace=replace,
        task=task,
        announce=announce,
    )
    header = restored.header
    task.progress(0, 0, "Opening the restored vault")
    vault = unlock_with_passphrase(restored.folder, new_passphrase)  # runs migrations
    try:
        schema_after = vault.schema_revision() or ""
        keys = PersonKeys.generate()
        with UnitOfWork(vault, actor) as uow:
            chain = audit.verify(uow)
            problems = _chain_problems(chain, header)
            # Whoever restores (they hold the backup's passphrase) gets the restored vault's
            # one key slot, under the new passphrase; the others get theirs again from an
            # admin (`staff add`): their old slots were in the lost computer's key file.
            person = people.claim(uow, actor, keys, role=None)
            audit.record(
                uow,
                "backup",
                "restore",
                None,
                {
                    "person": person.uid,
                    "name": person.name,
                    "role": person.role.value,
                    "verify_key": keys.verify_key,
                    "step": "restored from a backup",
                    "file": header.name,
                    "backup_id": header.backup_id,
                    "backup_created": header.created,
                    "schema_upgraded_from": header.schema_revision,
                    "audit_head_matches": not problems,
                    "replaced_a_vault": restored.replaced is not None,
                },
            )
            # The backup just restored from is itself verified and still on the stick.
            if _later(header.created, vaults.setting(uow, LAST_VERIFIED)):
                vaults.set_setting(uow, LAST_VERIFIED, header.created)
            uow.commit()
        assert person.uid is not None
        vault.become_person(person.uid, keys, new_passphrase)
    finally:
        vault.lock()
    log.info("vault restored from a backup")
    return RestoredVault(
        folder=restored.folder,
        recovery_key=restored.recovery_key,
        replaced=restored.replaced,
        info=BackupInfo.of(header),
        schema_before=header.schema_revision,
        schema_after=schema_after,
        audit_entries=chain.entries,
        audit_intact=not problems,
        audit_problems=tuple(problems),
    )


def check_log_against(uow: UnitOfWork, path: Path, passphrase: str) -> list[str]:
    """The live audit log against what the backup at `path` sealed (its sealed facts need the
    backup's passphrase): a cut or rewritten history is reported, whoever holds the key."""
    header = backup.verify_file(path, passphrase)
    return audit.compare_with_backup(uow, header.audit_entries, header.audit_head, path.name)
