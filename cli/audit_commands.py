"""Command-line sub-commands for the audit log; `register` adds them to the main parser.

audit verify --vault DIR [--against BACKUP]...   (backup passphrase: QUASH_BACKUP_PASSPHRASE)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.common import EXIT_OK, Parser, secret_from_env_or_prompt, with_vault
from services import audit, backups

if TYPE_CHECKING:
    from services.session import Session

    pass


def cmd_audit_verify(args: argparse.Namespace) -> int:
    against = [Path(p) for p in args.against or ()]
    backup_passphrase = (
        secret_from_env_or_prompt("QUASH_BACKUP_PASSPHRASE", "Backup passphrase: ")
        if against
        else ""
    )

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            report = audit.verify(uow)
            for path in against:
                report.problems.extend(backups.check_log_against(uow, path, backup_passphrase))
        if report.intact:
            if against:
                print(f"Checked against {len(against)} backup(s): no history was cut or rewritten.")
            print(f"Audit log intact: {report.entries} entries, latest {report.head[:16]}.")
            return EXIT_OK
        for problem in report.problems:
            print(f"Audit log: {problem}", file=sys.stderr)
        print(
            f"Audit log is NOT intact: {len(report.problems)} problem(s) "
            f"in {report.entries} entries.",
            file=sys.stderr,
        )
        return 4

    return with_vault(args, work)


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    ap = sub.add_parser("audit", help="the audit log")
    asub = ap.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command("verify", cmd_audit_verify, "check the audit log's hash chain", parent=asub)
    p.add_argument(
        "--against",
        action="append",
        metavar="BACKUP",
        help="also check the log against what this backup sealed (QUASH_BACKUP_PASSPHRASE)",
    )
