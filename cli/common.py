"""What every command family shares: the exit codes, the parser that makes a usage error one
line, who is working, secrets from the environment or a prompt, the vault's log, and unlocking
the vault around a command (`with_vault`). One module per command family imports from here."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from cli.argtypes import shown
from models.errors import QuashError, ValidationError
from services import people
from services.session import Session
from services.vaults import (
    LOG_NAME,
    is_remembered,
    keyring_available,
    unlock_with_keyring,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

if TYPE_CHECKING:
    from services.vaults import Vault

EXIT_OK, EXIT_OTHER, EXIT_USAGE = 0, 1, 2

# Until a vault's log file is opened, Quash's log records go nowhere (never to stderr, where
# they would add a second line to a one-line error).
logging.getLogger("quash").addHandler(logging.NullHandler())


class UsageError(QuashError):
    exit_code = EXIT_USAGE
    code = "usage"


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit code 2, like every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `python main.py {self.prog.split(' ', 1)[-1]} --help`)")


def actor_name(raw: str) -> str:
    """A person's name as typed: control characters (an ESC, a line break) are dropped, as
    they would reach the terminal and the audit entries raw."""
    return "".join(ch for ch in raw if unicodedata.category(ch)[0] != "C").strip()[:200]


def actor() -> str:
    """Who is working in a vault made before people had keys (and the demo's first person):
    QUASH_USER or the operating-system user. Once a vault has people, the key decides."""
    name = actor_name(os.environ.get("QUASH_USER", ""))
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


class TerminalProgress:
    """Long work's `models.tasks.Task` on the command line: progress on stderr when a person
    watches a terminal, silent in scripts. Ctrl-C is the command line's cancel."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._last = ""

    def progress(self, done: int, total: int, text: str = "") -> None:
        if not self.enabled:
            return
        line = f"{text}… {done * 100 // total}%" if total else f"{text}…"
        if line != self._last:
            self._last = line
            print(f"\r{line:<60}", end="", file=sys.stderr, flush=True)

    def check(self) -> None:
        return None

    def end(self) -> None:
        """Clear the progress line (if one was shown), so what the command prints next starts
        clean."""
        if self.enabled and self._last:
            print("\r" + " " * 60 + "\r", end="", file=sys.stderr, flush=True)
            self._last = ""


def secret_from_env_or_prompt(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"No passphrase given: set {env} or run in a terminal to be asked.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again, to be sure: ") != first:
        raise ValidationError("The two passphrases differ; nothing was changed.")
    return first


class _QuietFileHandler(logging.FileHandler):
    """The operational log must never turn into a second error: when it cannot be written (a
    full disk), the line is dropped instead of printing logging's traceback to stderr."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        return


def start_log(folder: Path) -> None:
    """Append to the vault's log: actions and ids only (services never log case text)."""
    if not folder.is_dir():
        return
    path = folder / LOG_NAME
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))  # owner-only
    handler = _QuietFileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("quash")
    root.handlers = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False


def open_vault(folder: Path) -> tuple[Vault, str | None]:
    """Unlock with QUASH_RECOVERY_KEY, else QUASH_PASSPHRASE, else the keychain, else a prompt.
    Also returns the passphrase, when one was given. A vault made by an older Quash is updated
    as it opens, which a terminal is told (once; a while for a vault of many scans)."""
    start_log(folder)
    task = TerminalProgress(sys.stderr.isatty())
    try:
        recovery = os.environ.get("QUASH_RECOVERY_KEY")
        if recovery:
            return unlock_with_recovery_key(folder, recovery, task=task), None
        remembered = is_remembered(folder) and keyring_available()[0]
        if "QUASH_PASSPHRASE" not in os.environ and remembered:
            try:
                return unlock_with_keyring(folder, task=task), None
            except QuashError:
                pass  # the keychain forgot or changed: fall back to asking
        passphrase = secret_from_env_or_prompt("QUASH_PASSPHRASE", "Vault passphrase: ")
        return unlock_with_passphrase(folder, passphrase, task=task), passphrase
    finally:
        task.end()


def name_first_admin(vault: Vault, passphrase: str | None) -> None:
    """A vault made before people had keys: its passphrase holder names themselves (from
    QUASH_USER, else asked) and becomes its admin, with a key slot of their own."""
    if not people.needs_first_person(vault) or vault.identity is not None:
        return
    if os.environ.get("QUASH_RECOVERY_KEY"):
        return  # opened with the office's key: nobody's passphrase to make theirs
    name = os.environ.get("QUASH_USER", "").strip()
    if not name:
        if not sys.stdin.isatty():
            raise UsageError(
                "This vault was made before people had keys of their own: set QUASH_USER to "
                "your name once (you become its admin), or run in a terminal to be asked."
            )
        name = input("This vault has no people yet. Your name (you become its admin): ")
    if passphrase is None:
        passphrase = secret_from_env_or_prompt("QUASH_PASSPHRASE", "Vault passphrase: ")
    name = actor_name(name)
    people.name_first_admin(vault, name, passphrase)
    print(
        f"quash: this vault now has people with keys of their own; {name} is its admin "
        "(`staff add` gives the others theirs).",
        file=sys.stderr,
    )


def with_vault(args: argparse.Namespace, work: Callable[[Session], int]) -> int:
    """Unlock the vault named by --vault, settle it as every unlock does (services.session),
    run the command on the session, and lock the vault again whatever happens."""
    vault, passphrase = open_vault(Path(args.vault))
    session = Session(vault, actor())
    try:
        with session.vault.damage_reported():
            name_first_admin(vault, passphrase)
            session.settle_interrupted_key_change()
            _recount(session, args)
            return work(session)
    finally:
        session.lock()


def _recount(session: Session, args: argparse.Namespace) -> None:
    """Deadlines counted on older holiday data are recounted before anything is shown, and
    each that moved is flagged for a person (`deadline review`)."""
    moved, _ = session.recount_stale_deadlines()
    if moved:
        print(
            f"quash: the holiday data changed; {len(moved)} open deadline(s) moved and wait "
            f"for a person to confirm them (deadline review --vault {args.vault}).",
            file=sys.stderr,
        )


def print_recovery_key(key: str) -> None:
    print("Recovery key (shown once; write it down and keep it in the office safe):")
    print(f"    {key}")
    print("Anyone with this key can open the vault. Quash cannot show it again.")


def parse_date(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValidationError(f"{flag} must be a date as YYYY-MM-DD, not {value!r}.", field=flag)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"{flag} is not a real date: {value!r}.", field=flag) from None


def read_input_file(path: Path, check_size: Callable[[int], None]) -> bytes:
    """A file a command takes in (a document, a template): one clear line if it is not there or
    cannot be read, and its size checked before it is read whole (a 500 MB scan is refused
    unread)."""
    try:
        if not path.is_file():
            raise ValidationError(
                f"{shown(str(path))} is not a file.", field="file", code="cli.not_a_file"
            )
        check_size(path.stat().st_size)
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"Cannot read {shown(str(path))}: {exc.strerror}.",
            field="file",
            code="cli.cannot_read",
            params={"path": str(path), "error": exc.strerror},
        ) from exc
