"""Travel mode, before crossing a border: a fresh backup on a USB stick, read back in full with its
passphrase, and only then the vault taken off this computer (its files and this computer's
keychain entry for it). Whatever fails before that point (a stick pulled or full, a backup that
does not read back, Cancel) removes nothing.

The order, and why:
1. "travel mode" is written to the audit log and committed *before* the backup is taken, so the
   backup, the one copy that survives, carries it: a restored vault's history says who took the
   case file off a computer, and when.
2. The vault's write lock is taken and held until the removal: nothing can be committed that the
   backup does not hold (another window or command waits, then fails visibly).
3. The backup is written and read back from the stick (services.backups.create_backup), then
   verified again from its passphrase alone, thoroughly (`verify_backup(deep=True)`: every byte,
   every page, SQLite's integrity check, the audit chain). What create_backup records about the
   backup afterwards goes only into the copy about to be removed, so it is rolled back.
4. This computer's keychain forgets the vault, the vault locks, and its files are overwritten
   and removed, the key file first: from then on the database opens with no key kept here.

Overwriting is a courtesy: on SSDs and journaling or copy-on-write file systems the old blocks
may survive. What protects them is that the database is encrypted and its key file is gone.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from models.entities import AuditEntry
from models.tasks import NO_TASK, Task
from services import audit, backups, vaults
from services.backups import Argon2Params, BackupInfo
from services.session import Session
from storage.atomic import fsync_directory
from storage.backup import LEFTOVER
from storage.vault_folder import DB_NAME, KEYS_NAME, LOG_NAME, PENDING_KEYS_NAME

if TYPE_CHECKING:
    from storage.uow import UnitOfWork
    from storage.vault import Vault

log = logging.getLogger("quash.travel")

REMOVING = "Removing the vault from this computer"  # the step past the point of no return
STARTED = "travel mode: backing up to a stick, then removing this computer's copy"
STOPPED = "travel mode stopped before removing anything"
# The vault's own files, the key file first: once it is gone nothing kept here opens the rest.
VAULT_FILES = (KEYS_NAME, PENDING_KEYS_NAME, DB_NAME, f"{DB_NAME}-journal", LOG_NAME)

# What became of this computer's keychain entry for the vault.
KEYCHAIN_REMOVED = "removed"
KEYCHAIN_NOT_REMEMBERED = "not remembered"
KEYCHAIN_UNREACHABLE = "unreachable"  # no keychain answered; a key it may hold opens nothing now
KEYCHAIN_OTHERS_LEFT = "others left"  # other people's entries for this vault; they open nothing

_OVERWRITE_BLOCK = 1 << 20


@dataclass(frozen=True)
class NotRemoved:
    name: str  # a file of the vault's folder
    reason: str  # the operating system's words


@dataclass(frozen=True)
class TravelSummary:
    """What travel mode did and left, as facts; `lines()` says it in English (a front-end words
    it in the reader's language)."""

    backup: Path  # the verified backup on the stick
    info: BackupInfo  # opened with its passphrase: the office, the records it holds
    audit_problems: tuple[str, ...]  # the history's own problems, carried into the backup as is
    folder: Path  # where the vault was
    removed: tuple[str, ...]  # the names of the files removed, in the order removed
    folder_removed: bool
    not_removed: tuple[NotRemoved, ...]
    others_left: tuple[str, ...]  # files in the folder that are not the vault's, left alone
    keychain: str  # KEYCHAIN_*
    backup_on_this_disk: bool  # the "stick" is a folder of the disk the vault was on
    outputs_written: int  # reports and exports the audit log records: files outside the vault
    other_vaults: tuple[Path, ...]  # older vaults beside it (a restore's "<folder>.replaced-…")

    @property
    def case_file_removed(self) -> bool:
        """Every file of the vault is gone from this computer."""
        return not self.not_removed

    @property
    def restore_command(self) -> str:
        return f'python main.py backup restore "{self.backup}" --vault NEW_FOLDER'

    def lines(self) -> list[str]:
        out = [f"Backup written to the stick and verified with its passphrase: {self.backup}"]
        counts = self.info.counts_text(skip_empty=True)
        if counts:
            out.append(f"It holds {counts}.")
        for problem in self.audit_problems:
            out.append(f"Warning: the audit log, as it was in the vault: {problem}")
        gone = ", ".join(self.removed) or "nothing"
        where = " and the folder itself" if self.folder_removed else ""
        out.append(f"Removed from this computer: {gone} in {self.folder}{where}.")
        out.append(
            {
                KEYCHAIN_REMOVED: "This computer's keychain no longer holds a key to the vault.",
                KEYCHAIN_NOT_REMEMBERED: "The vault was not remembered in this computer's "
                "keychain.",
                KEYCHAIN_UNREACHABLE: "This computer's keychain could not be reached; any key "
                "it still holds for the vault opens nothing without the key file, now gone.",
                KEYCHAIN_OTHERS_LEFT: "The keychain may still hold keys other people saved "
                "for this vault; they open nothing without the key file, now gone.",
            }[self.keychain]
        )
        for left in self.not_removed:
            out.append(
                f"Could not remove {left.name} ({left.reason}): delete it by hand before you "
                "travel."
            )
        if self.case_file_removed:
            out.append("Left on this computer: nothing of the case file.")
        out.append(
            "Quash itself stays installed, with its settings for this computer (interface "
            "language, reminder times, the paths of vault folders opened here) and the report "
            "fonts in its cache folder; none of them holds case data."
        )
        if self.others_left:
            out.append(
                "The folder also holds files that are not the vault's; they were left as they "
                f"were: {', '.join(self.others_left)}."
            )
        if self.backup_on_this_disk:
            out.append(
                "The backup itself is on this computer's disk, not on a separate stick: move it "
                "to a stick, or it travels with the laptop."
            )
        for other in self.other_vaults:
            out.append(
                f"An older vault a restore set aside is still at {other}: remove it too before "
                "you travel."
            )
        if self.outputs_written:
            out.append(
                f"Reports and exports saved from this vault: {self.outputs_written}. Quash "
                "does not know where they are now and did not remove them."
            )
        out.append(
            "Each file was overwritten before it was removed, but SSDs and journaling file "
            "systems may keep old blocks: what protects them is that the database is encrypted "
            "and its key file is gone."
        )
        out.append(
            "To restore after the trip (you need the backup passphrase; the restored vault gets "
            f"a new passphrase and recovery key): {self.restore_command}"
        )
        return out


def on_the_same_disk(folder: Path, vault_folder: Path) -> bool:
    """Whether `folder` is on the file system `vault_folder` is on: a backup there stays on this
    computer (False when either cannot be looked at)."""
    try:
        return os.stat(folder).st_dev == os.stat(vault_folder).st_dev
    except OSError:
        return False


def leave_this_computer(
    session: Session,
    stick: Path,
    passphrase: str,
    *,
    params: Argon2Params | None = None,
    task: Task = NO_TASK,
) -> TravelSummary:
    """Back the session's vault up to `stick`, verify the backup with `passphrase`, then remove
    the vault from this computer and lock it (see the module's docstring for the order).

    Any error or Cancel before the removal is raised as it came (a QuashError with its code, or
    models.tasks.Cancelled), with the vault untouched and unlocked and "travel mode stopped"
    in its audit log. Past that point nothing raises: a file that cannot be removed is named
    in the summary."""
    backups.check_new_passphrase(passphrase)  # before anything is written to the audit log
    vault = session.vault
    folder = vault.paths.folder
    on_this_disk = on_the_same_disk(stick, folder)
    session.write(
        lambda uow: audit.record(
            uow,
            "backup",
            backups.AUDIT_ENTITY,
            None,
            {"step": STARTED, "backup_on_this_disk": on_this_disk},
        )
    )
    try:
        with session.unit_of_work() as uow:
            # The first statement takes the write lock (BEGIN IMMEDIATE), held to the removal.
            outputs = _outputs_written(uow)
            made = backups.create_backup(uow, stick, passphrase, params=params, task=task)
            task.check()
            checked = backups.verify_backup(made.path, passphrase, deep=True, task=task)
            task.check()  # the last chance to stop
            keychain = _forget_here(vault)
            # Leaving the block rolls back what create_backup recorded in this copy.
    except Exception as exc:
        _record_stop(session, exc)
        raise
    session.lock()
    log.info("travel mode: backup verified, removing the vault from this computer")
    _stop_logging_to(folder / LOG_NAME)
    removed, not_removed = _remove_vault_files(folder, task)
    others = _remaining(folder)
    folder_removed = False
    if not others and not not_removed:
        with contextlib.suppress(OSError):
            folder.rmdir()
            folder_removed = True
            fsync_directory(folder.parent)
    return TravelSummary(
        backup=made.path,
        info=checked.info,
        audit_problems=checked.audit_problems,
        folder=folder,
        removed=tuple(removed),
        folder_removed=folder_removed,
        not_removed=tuple(not_removed),
        others_left=tuple(others),
        keychain=keychain,
        backup_on_this_disk=on_this_disk,
        outputs_written=outputs,
        other_vaults=tuple(_set_aside_vaults(folder)),
    )


def _outputs_written(uow: UnitOfWork) -> int:
    """Reports and exports written from this vault: each is a file outside it (its audit entry
    does not say where)."""
    query = select(func.count()).select_from(AuditEntry)
    return int(uow.session.scalar(query.where(AuditEntry.action.in_(("report", "export")))) or 0)


def _forget_here(vault: Vault) -> str:
    """This computer's keychain forgets the vault (the key file loses its keychain slot too)."""
    folder = vault.paths.folder
    if not vaults.is_remembered(folder):
        return KEYCHAIN_NOT_REMEMBERED
    reachable, _why = vaults.keyring_available()
    vault.forget_on_this_computer()  # a keychain that does not answer is let be
    if not reachable:
        return KEYCHAIN_UNREACHABLE
    if vaults.is_remembered(folder):
        return KEYCHAIN_OTHERS_LEFT
    return KEYCHAIN_REMOVED


def _record_stop(session: Session, exc: Exception) -> None:
    """The audit log says travel mode stopped (and why), after the entry that said it began."""
    if session.is_locked:
        return
    reason = str(getattr(exc, "code", "") or type(exc).__name__)
    with contextlib.suppress(Exception):  # the reason it stopped is what the person must hear
        session.write(
            lambda uow: audit.record(
                uow, "backup", backups.AUDIT_ENTITY, None, {"step": STOPPED, "reason": reason}
            )
        )


def _stop_logging_to(path: Path) -> None:
    """Close a log handler writing the vault's log (the command line's), so the file can go."""
    target = os.path.abspath(path)
    for logger in (logging.getLogger("quash"), logging.getLogger()):
        for handler in list(logger.handlers):
            if isinstance(handler, logging.FileHandler) and handler.baseFilename == target:
                logger.removeHandler(handler)
                handler.close()


def _vault_files(folder: Path) -> list[Path]:
    named = [folder / name for name in VAULT_FILES]
    try:
        leftovers = sorted(p for p in folder.iterdir() if LEFTOVER.match(p.name))
    except OSError:
        leftovers = []
    return [p for p in named if p.is_file()] + [p for p in leftovers if p.is_file()]


def _remove_vault_files(folder: Path, task: Task) -> tuple[list[str], list[NotRemoved]]:
    step = "Removing the vault from this computer"  # REMOVING (the progress table reads this)
    files = _vault_files(folder)
    sizes: dict[Path, int] = {}
    for path in files:
        with contextlib.suppress(OSError):
            sizes[path] = path.stat().st_size
    total = sum(sizes.values())
    task.progress(0, total, step)
    done = 0
    removed: list[str] = []
    not_removed: list[NotRemoved] = []
    for path in files:
        size = sizes.get(path, 0)

        def overwritten(count: int, before: int = done) -> None:
            task.progress(before + count, total, step)

        _overwrite(path, size, overwritten)
        done += size
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            not_removed.append(NotRemoved(path.name, exc.strerror or type(exc).__name__))
            continue
        removed.append(path.name)
        task.progress(done, total, step)
    with contextlib.suppress(OSError):
        fsync_directory(folder)
    return removed, not_removed


def _overwrite(path: Path, size: int, written: Callable[[int], None]) -> None:
    """Overwrite the file's bytes in place and flush them to the device: a courtesy, since an
    SSD or a journaling file system may keep the old blocks elsewhere."""
    block = os.urandom(_OVERWRITE_BLOCK)
    try:
        with open(path, "r+b", buffering=0) as handle:
            done = 0
            while done < size:
                count = min(len(block), size - done)
                handle.write(block[:count])
                done += count
                written(done)
            os.fsync(handle.fileno())
    except OSError:
        pass  # removing the file is what counts; an overwrite refused is no reason to stop


def _remaining(folder: Path) -> list[str]:
    try:
        return sorted(p.name for p in folder.iterdir())
    except OSError:
        return []


def _set_aside_vaults(folder: Path) -> list[Path]:
    """Older vaults a restore set aside beside this one ("<folder>.replaced-<time>")."""
    pattern = os.path.join(glob.escape(str(folder)) + ".replaced-*")
    return sorted(p for p in map(Path, glob.glob(pattern)) if vaults.holds_vault(p))
