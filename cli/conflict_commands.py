"""Command-line sub-command for the conflict check at intake; `register` adds it to the parser.

conflict check --vault DIR [--name NAME] [--platform P] [--handle H] [--url URL] [--json]
        is this person, or this account, already in the vault? (exit 0 either way)
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from cli.argtypes import visible
from cli.common import EXIT_OK, Parser, UsageError, with_vault
from models.enums import Platform
from services import conflicts

if TYPE_CHECKING:
    from services.conflicts import ConflictMatch, ConflictReport
    from services.session import Session

SHOWN = 120  # characters of a pseudonym, handle or title a line repeats


def _quoted(text: str | None) -> str:
    return "'" + visible(text or "", SHOWN) + "'"


def _matters(match: ConflictMatch) -> str:
    if not match.matters:
        return ""
    listed = ", ".join(f"{_quoted(m.title)} (id {m.id})" for m in match.matters)
    return f"; matter{'s' if len(match.matters) > 1 else ''}: {listed}"


def _client(match: ConflictMatch) -> str:
    return f"client {_quoted(match.pseudonym)} (id {match.client_id})"


def _account(match: ConflictMatch) -> str:
    return f"account {match.platform} {_quoted(match.handle)} (id {match.account_id})"


def describe(match: ConflictMatch) -> str:
    """One match as one line. Never a name that was typed in, never a sealed value: a match on
    a sealed legal name says only whose it is."""
    how = "the same as" if match.how == "same" else f"similar ({match.score}%) to"
    if match.on == "targeted account":
        subpoenas = ", ".join(str(i) for i in match.subpoena_ids)
        line = f"{_account(match)} is targeted by subpoena {subpoenas}"
    elif match.on in ("pseudonym", "sealed legal name"):
        line = f"{how} the {match.on} of {_client(match)}"
    else:
        what = "handle" if match.on == "handle" else "address (URL)"
        holder = _client(match) if match.client_id is not None else "no client"
        line = f"the same {what} as {_account(match)}, held by {holder}"
    return line + _matters(match)


def _print_report(report: ConflictReport) -> None:
    searched = f"{report.clients_searched} client(s) and {report.accounts_searched} account(s)"
    if not report.found:
        print(f"No conflicts found in {searched}.")
        return
    print(f"{len(report.matches)} possible conflict(s) in {searched}:")
    for match in report.matches:
        print(f"  - {describe(match)}")


def _name_typed_in() -> str:
    """`--name -`: the name from a prompt (or a line of standard input), so that a legal name
    stays out of the shell's history and the list of running processes."""
    if sys.stdin.isatty():
        return input("Name to look for: ")
    return sys.stdin.readline().strip()


def cmd_conflict_check(args: argparse.Namespace) -> int:
    if args.name == "-":
        args.name = _name_typed_in()
    if not (args.name or args.handle or args.url):
        raise UsageError(
            "conflict check: give --name, or --handle (with --platform), or --url "
            "(see `python main.py conflict check --help`)"
        )
    if args.platform and not (args.handle or args.url):
        raise UsageError("conflict check: --platform goes with --handle or --url")

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            report: ConflictReport | None = None
            if args.name:
                # Checked as a legal name would be: against every pseudonym and every sealed
                # legal name. It is never printed back.
                report = conflicts.check_client(uow, legal_name=args.name)
            if args.handle or args.url:
                found = conflicts.check_account(
                    uow, platform=args.platform, handle=args.handle, url=args.url
                )
                report = found if report is None else report.merged(found)
            uow.commit()  # the check's audit entry
        assert report is not None
        if args.json:
            json.dump(report.as_json(), sys.stdout, indent=2, ensure_ascii=False)
            print()
        else:
            _print_report(report)
        return EXIT_OK

    return with_vault(args, work)


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    cp = sub.add_parser("conflict", help="the conflict check at intake")
    csub = cp.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command(
        "check",
        cmd_conflict_check,
        "is this person or account already in the vault? Compares a name with every "
        "pseudonym and sealed legal name (never shown), and an account with every account "
        "and the subpoenas that target it; exit 0 whether or not something is found",
        parent=csub,
    )
    p.add_argument(
        "--name",
        metavar="NAME",
        help="a pseudonym or legal name to look for; - asks for it instead, so that a legal "
        "name stays out of the shell's history",
    )
    p.add_argument("--platform", choices=[p.value for p in Platform], help="the account's platform")
    p.add_argument("--handle", metavar="H", help="the account's handle (@name, or its address)")
    p.add_argument("--url", metavar="URL", help="the account's address")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
