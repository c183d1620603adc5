"""Command-line sub-commands for backups; `register` adds them to the main parser.

backup create --vault DIR --to FOLDER [--keep N]   (passphrase: QUASH_BACKUP_PASSPHRASE)
backup verify FILE
backup restore FILE --vault NEWDIR [--force]       (new vault passphrase: QUASH_PASSPHRASE)
backup list-targets
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.common import (
    Parser,
    TerminalProgress,
    actor,
    print_recovery_key,
    secret_from_env_or_prompt,
    with_vault,
)
from models.errors import ValidationError
from services import backups
from services.backups import destination_state, human_size

if TYPE_CHECKING:
    from services.session import Session

    pass

BACKUP_PASSPHRASE = "QUASH_BACKUP_PASSPHRASE"


def _backup_passphrase(*, confirm: bool = False) -> str:
    return secret_from_env_or_prompt(BACKUP_PASSPHRASE, "Backup passphrase: ", confirm=confirm)


def _print_info(info: backups.BackupInfo) -> None:
    sealed = "(sealed: shown with the backup passphrase)"
    print(f"  Office        {sealed if info.facts_sealed else info.office_name or '(not set)'}")
    print(f"  Made          {info.created} (UTC) by Quash {info.app_version}")
    print(f"  Vault         {info.vault_id} (schema {info.schema_revision})")
    if info.facts_sealed:
        print(f"  Records       {sealed}")
    else:
        print(f"  Records       {info.counts_text()}")
        print(f"  Audit log     {info.audit_entries} entries, latest {info.audit_head[:16]}")
    print(f"  Size          {human_size(info.file_bytes)}")


def cmd_backup_create(args: argparse.Namespace) -> int:
    target = Path(args.to)
    if not target.is_dir():
        raise ValidationError(f"The folder {target} does not exist.", field="to")
    if args.keep is not None and args.keep < 1:
        raise ValidationError("--keep must be at least 1.", field="keep")
    progress = TerminalProgress(sys.stderr.isatty())

    def work(session: Session) -> int:
        passphrase = _backup_passphrase(confirm=True)
        with session.unit_of_work() as uow:
            made = backups.create_backup(uow, target, passphrase, keep=args.keep, task=progress)
            uow.commit()
        progress.end()
        print(f"Backup written and verified: {made.path}")
        _print_info(made.info)
        if made.removed:
            print(
                f"Removed {len(made.removed)} older backup(s) of this vault "
                f"(keeping the last {args.keep}): {', '.join(made.removed)}"
            )
        print(
            "Keep the backup passphrase apart from the stick: without it the backup cannot "
            "be restored."
        )
        return 0

    return with_vault(args, work)


def cmd_backup_verify(args: argparse.Namespace) -> int:
    path = Path(args.file)
    backups.read_info(path)  # a damaged or foreign file is reported before asking anything
    passphrase = _backup_passphrase()
    progress = TerminalProgress(sys.stderr.isatty())
    result = backups.verify_backup(path, passphrase, deep=args.deep, task=progress)
    progress.end()
    if not result.audit_intact:
        for problem in result.audit_problems:
            print(f"quash: audit log in the backup: {problem}", file=sys.stderr)
        print(
            f"quash: {path.name} decrypts and is intact, but its audit log is not.",
            file=sys.stderr,
        )
        return 4
    print(f"Verified: {path}")
    _print_info(result.info)
    print(
        "Every byte is authenticated: the file holds exactly the vault's database as it was "
        "backed up."
    )
    if args.deep:
        print("The database inside passes its integrity check and its audit log is intact.")
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    path = Path(args.file)
    folder = Path(args.vault)
    backups.read_info(path)
    state = destination_state(folder)
    if state == "vault" and not args.force:
        raise ValidationError(
            f"{folder} already holds a vault. Restore into a new folder, or add --force to "
            "replace it (the old vault is kept beside it, renamed with a timestamp).",
            field="vault",
        )
    passphrase = _backup_passphrase()
    if "QUASH_PASSPHRASE" not in os.environ:
        backups.check_passphrase(path, passphrase)  # before a person types the new one twice
    new_passphrase = secret_from_env_or_prompt(
        "QUASH_PASSPHRASE", "Passphrase for the restored vault: ", confirm=True
    )
    progress = TerminalProgress(sys.stderr.isatty())
    result = backups.restore_backup(
        path,
        passphrase,
        folder,
        new_passphrase,
        actor=actor(),
        replace=args.force,
        task=progress,
        announce=_announce_restored_key(progress),
    )
    progress.end()
    print(f"Restored into {result.folder} from {path.name}:")
    _print_info(result.info)
    if result.schema_before != result.schema_after:
        print(f"  Schema        upgraded from {result.schema_before} to {result.schema_after}")
    if result.replaced is not None:
        print(f"The vault that was in {folder} is kept, unchanged, at {result.replaced}.")
    if result.audit_intact:
        print(
            f"Audit log intact: {result.audit_entries} entries, ending exactly where the backup "
            "recorded; no history was cut."
        )
    else:
        for problem in result.audit_problems:
            print(f"Warning: audit log: {problem}", file=sys.stderr)
    print("The restored vault has a new data key and new key slots; the old passphrase, recovery")
    print("key and remembered keys of the original vault do not open it. Its recovery key was")
    print("shown above, before the vault was put in place.")
    return 0


def _announce_restored_key(progress: TerminalProgress) -> Callable[[str], None]:
    """Print the restored vault's recovery key before the vault appears (and flush), so a
    restore killed at any later point never leaves a vault whose recovery key was not shown."""

    def announce(key: str) -> None:
        progress.end()
        print("The restored vault's recovery key (if this restore does not finish, nothing was")
        print("restored and this key opens nothing):")
        print_recovery_key(key)
        sys.stdout.flush()

    return announce


def cmd_backup_list_targets(args: argparse.Namespace) -> int:
    found = backups.targets()
    if not found:
        print("No removable drive or mounted volume found.")
    rows = [
        (
            str(v.path),
            v.label,
            f"{human_size(v.free_bytes)} free of {human_size(v.total_bytes)}",
            ("removable" if v.removable else "mounted") + ("" if v.writable else ", read-only"),
        )
        for v in found
    ]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(3)]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[3]
        )
    print("Any folder can also be used: backup create --vault DIR --to FOLDER", file=sys.stderr)
    return 0


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    bp = sub.add_parser("backup", help="encrypted, verified backups (e.g. to a USB stick)")
    bsub = bp.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command(
        "create",
        cmd_backup_create,
        f"write an encrypted backup into FOLDER and verify it (passphrase: {BACKUP_PASSPHRASE})",
        parent=bsub,
    )
    p.add_argument("--to", required=True, metavar="FOLDER", help="where to write the backup")
    p.add_argument(
        "--keep",
        type=int,
        metavar="N",
        help="then delete all but the newest N backups of this vault in FOLDER",
    )
    p = command(
        "verify",
        cmd_backup_verify,
        "check that a backup file is intact and would restore",
        vault=False,
        parent=bsub,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--deep",
        action="store_true",
        help="also open the database inside (still encrypted, in a private temp folder) and run "
        "SQLite's integrity check and the audit log's chain check",
    )
    p = command(
        "restore",
        cmd_backup_restore,
        "restore a backup as a new vault (new passphrase from QUASH_PASSPHRASE; prints a new "
        "recovery key)",
        vault=False,
        parent=bsub,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--vault", required=True, metavar="NEWDIR", help="the folder of the new vault")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace a vault already in NEWDIR (it is kept beside it, renamed)",
    )
    command(
        "list-targets",
        cmd_backup_list_targets,
        "list removable drives and mounted volumes with their free space",
        vault=False,
        parent=bsub,
    )
