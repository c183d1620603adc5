"""`python main.py <command>`: parse arguments, hand them to a command family's module, and
word whatever goes wrong.

Every user error is one line on stderr with the exit code docs/architecture.md lists:
0 ok, 2 usage, 3 wrong passphrase or key, 4 corrupt or tampered file, 5 invalid input, 1 other.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from cli import (
    audit_commands,
    backup_commands,
    conflict_commands,
    docket_commands,
    document_commands,
    draft_commands,
    intake_commands,
    people_commands,
    record_commands,
    report_commands,
    vault_commands,
)
from cli.argtypes import visible
from cli.common import EXIT_OK, EXIT_OTHER, Parser
from models.errors import QuashError

log = logging.getLogger("quash.cli")

# ---- the parser ------------------------------------------------------------------------------


def build_parser() -> Parser:
    parser = Parser(prog="quash", description="Quash: an offline, encrypted case file.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    def command(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        help_text: str,
        *,
        vault: bool = True,
        parent: Any = sub,
    ) -> Parser:
        p: Parser = parent.add_parser(name, help=help_text, description=help_text)
        if vault:
            p.add_argument("--vault", required=True, metavar="DIR", help="the vault folder")
        p.set_defaults(handler=handler)
        return p

    # The order here is the order `--help` lists the commands in.
    vault_commands.register(sub, command)
    people_commands.register(sub, command)
    record_commands.register(sub, command)
    intake_commands.register(sub, command)
    conflict_commands.register(sub, command)
    document_commands.register(sub, command)
    docket_commands.register(sub, command)
    report_commands.register(sub, command)
    draft_commands.register(sub, command)
    backup_commands.register(sub, command)
    audit_commands.register(sub, command)
    return parser


# ---- running a command and wording its failure --------------------------------------------

MAX_MESSAGE = 400
DISK_FULL = "the disk is full; the command stopped and nothing it was writing was kept."


def _disk_full(exc: BaseException) -> bool:
    """SQLite says "database or disk is full" (SQLITE_FULL) through the driver's exception,
    sometimes wrapped in SQLAlchemy's."""
    seen: BaseException | None = exc
    for _ in range(4):
        if seen is None:
            return False
        if "database or disk is full" in str(getattr(seen, "args", ("",))[:1]):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    return False


def one_line(message: str) -> str:
    """An error as one line: control characters made visible, a value echoed back (a 10 MB id)
    clipped."""
    return visible(message, MAX_MESSAGE)


def run(argv: Sequence[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
        return int(args.handler(args))
    except QuashError as exc:
        print(f"quash: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("quash: interrupted; nothing more was written.", file=sys.stderr)
        return EXIT_OTHER
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except MemoryError:
        print("quash: out of memory; nothing was written.", file=sys.stderr)
        return EXIT_OTHER
    except OSError as exc:
        # File-system trouble (disk full, permission, a pulled stick): say what and where,
        # without a traceback. The message names a path, never case data.
        if exc.errno == errno.ENOSPC:
            print(f"quash: {DISK_FULL}", file=sys.stderr)
            return EXIT_OTHER
        where = f" ({one_line(str(exc.filename))})" if exc.filename else ""
        print(f"quash: {exc.strerror or exc.__class__.__name__}{where}", file=sys.stderr)
        return EXIT_OTHER
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback
        if _disk_full(exc):  # SQLite's SQLITE_FULL, as the database driver raises it
            print(f"quash: {DISK_FULL}", file=sys.stderr)
            return EXIT_OTHER
        # Only the exception's type: its text could carry case data (SQL parameters).
        log.error("unexpected %s", type(exc).__name__)
        print(
            f"quash: unexpected error ({type(exc).__name__}); nothing more was written.",
            file=sys.stderr,
        )
        return EXIT_OTHER
