"""`python main.py <command>`: parse arguments, hand them to a command family's module, and
word whatever goes wrong.

Every user error is one line on stderr with the exit code docs/architecture.md lists:
0 ok, 2 usage, 3 wrong passphrase or key, 4 corrupt or tampered file, 5 invalid input, 1 other.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from cli.argtypes import visible
from cli.common import EXIT_OK, EXIT_OTHER, EXIT_USAGE, Parser
from models.errors import QuashError

log = logging.getLogger("quash.cli")

# ---- the parser ------------------------------------------------------------------------------


# Each command family's module (cli/<family>.py) and the commands it adds, in the order
# `--help` lists them. A command imports only its own family (about a quarter of a second less
# to start than importing all eleven); tests/unit/test_cli_start.py holds this table to what
# the modules register, and packaging/quash.spec bundles the modules it names.
FAMILIES: dict[str, tuple[str, ...]] = {
    "vault_commands": ("init", "demo", "status", "passphrase", "key"),
    "people_commands": ("staff",),
    "record_commands": ("import", "export", "list"),
    "intake_commands": ("intake",),
    "conflict_commands": ("conflict",),
    "document_commands": ("document",),
    "docket_commands": ("deadline", "rules", "courts", "closure"),
    "report_commands": ("report", "calendar", "export-csv"),
    "draft_commands": ("template", "draft"),
    "backup_commands": ("backup",),
    "audit_commands": ("audit",),
}
FAMILY_OF = {name: family for family, names in FAMILIES.items() for name in names}


def family_of(argv: Sequence[str]) -> str | None:
    """The family of the command `argv` names, or None (no command, an option first, a
    mistyped command): then every family is needed, for the help or the usage error."""
    return FAMILY_OF.get(argv[0]) if argv else None


def build_parser(only: str | None = None) -> Parser:
    """The parser of every command, or of one family's (`only`)."""
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

    for family in FAMILIES if only is None else (only,):
        importlib.import_module(f"cli.{family}").register(sub, command)
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
        args = build_parser(family_of(argv)).parse_args(argv)
        return int(args.handler(args))
    except QuashError as exc:
        print(f"quash: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("quash: interrupted; nothing more was written.", file=sys.stderr)
        return EXIT_OTHER
    except EOFError:
        # A prompt met the end of its input (Ctrl-D in a terminal) before an answer was typed.
        print("quash: no answer was typed; nothing more was written.", file=sys.stderr)
        return EXIT_USAGE
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
