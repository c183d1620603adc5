"""Command-line sub-commands for the audit log; `register` adds them to the main parser.

audit verify --vault DIR [--against BACKUP]...   (backup passphrase: QUASH_BACKUP_PASSPHRASE)
audit list --vault DIR [--json]                  entries: time, person, action, record
"""

from __future__ import annotations

import argparse
import json
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
            for note in report.notes:
                print(f"Note: {note}.")
            if report.unsigned_before_people:
                print(
                    f"The first {report.unsigned_before_people} entries were written before "
                    "people had keys of their own: chained, not signed."
                )
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


def cmd_audit_list(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            entries = list(reversed(audit.entries(uow)))  # oldest first, as history reads
        if args.json:
            rows = [
                {
                    "seq": e.seq,
                    "time": e.at,
                    "person": e.actor,
                    "action": e.action,
                    "record": e.entity,
                    "record_id": e.entity_id,
                    "signed": e.signed,
                }
                for e in entries
            ]
            print(json.dumps(rows, indent=2, ensure_ascii=False))
            return EXIT_OK
        for e in entries:
            record = e.entity + (f" {e.entity_id}" if e.entity_id is not None else "")
            print(f"{e.seq:>6}  {e.at[:19].replace('T', ' ')}  {e.actor}  {e.action}  {record}")
        return EXIT_OK

    return with_vault(args, work)


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    ap = sub.add_parser("audit", help="the audit log")
    asub = ap.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command("list", cmd_audit_list, "the audit log's entries, oldest first", parent=asub)
    p.add_argument("--json", action="store_true")
    p = command(
        "verify",
        cmd_audit_verify,
        "check the audit log's hash chain and each entry's signature",
        parent=asub,
    )
    p.add_argument(
        "--against",
        action="append",
        metavar="BACKUP",
        help="also check the log against what this backup sealed (QUASH_BACKUP_PASSPHRASE)",
    )
