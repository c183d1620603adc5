"""`python main.py <command>`: parse arguments, unlock the vault, call a service, report.

Every user error is one line on stderr with the exit code DESIGN.md fixes:
0 ok, 2 usage, 3 wrong passphrase or key, 4 corrupt or tampered file, 5 invalid input, 1 other.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from models.errors import QuashError, ValidationError
from services import audit, demo, interchange, records, vaults
from storage import keyslots
from storage.atomic import write_atomically
from storage.uow import UnitOfWork
from storage.vault import (
    LOG_NAME,
    Vault,
    create_vault,
    is_remembered,
    keyring_available,
    unlock_with_keyring,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

EXIT_OK, EXIT_OTHER, EXIT_USAGE = 0, 1, 2
LIST_KINDS = ("matters", "clients", "accounts", "subpoenas", "deadlines", "events", "staff")

log = logging.getLogger("quash.cli")


class UsageError(QuashError):
    exit_code = EXIT_USAGE


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit code 2, like every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `python main.py {self.prog.split(' ', 1)[-1]} --help`)")


def actor() -> str:
    name = os.environ.get("QUASH_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


def _secret_from_env_or_prompt(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"No passphrase given: set {env} or run in a terminal to be asked.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again, to be sure: ") != first:
        raise ValidationError("The two passphrases differ; nothing was changed.")
    return first


def _start_log(folder: Path) -> None:
    """Append to the vault's log: actions and ids only (services never log case text)."""
    if not folder.is_dir():
        return
    path = folder / LOG_NAME
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))  # owner-only
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("quash")
    root.handlers = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False


def open_vault(folder: Path) -> Vault:
    """Unlock with QUASH_RECOVERY_KEY, else QUASH_PASSPHRASE, else the keychain, else a prompt."""
    _start_log(folder)
    recovery = os.environ.get("QUASH_RECOVERY_KEY")
    if recovery:
        return unlock_with_recovery_key(folder, recovery)
    if "QUASH_PASSPHRASE" not in os.environ and is_remembered(folder) and keyring_available()[0]:
        try:
            return unlock_with_keyring(folder)
        except QuashError:
            pass  # the keychain forgot or changed: fall back to asking
    passphrase = _secret_from_env_or_prompt("QUASH_PASSPHRASE", "Vault passphrase: ")
    return unlock_with_passphrase(folder, passphrase)


def _with_vault(args: argparse.Namespace, work: Callable[[Vault], int]) -> int:
    vault = open_vault(Path(args.vault))
    try:
        return work(vault)
    finally:
        vault.lock()


def _print_recovery_key(key: str) -> None:
    print("Recovery key (shown once; write it down and keep it in the office safe):")
    print(f"    {key}")
    print("Anyone with this key can open the vault. Quash cannot show it again.")


# ---- commands --------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    folder = Path(args.vault)
    passphrase = _secret_from_env_or_prompt(
        "QUASH_PASSPHRASE", "New vault passphrase: ", confirm=True
    )
    vault, recovery = create_vault(folder, passphrase, office_name=args.office or "")
    _start_log(folder)
    with vault, UnitOfWork(vault, actor()) as uow:
        audit.record(uow, "create", "vault", None, {"office_name_set": bool(args.office)})
        uow.commit()
    print(f"Created an encrypted vault in {folder}.")
    _print_recovery_key(recovery)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    folder = Path(args.vault)
    if args.size is not None and args.size < 1:
        raise ValidationError("--size must be a positive number of matters.", field="size")
    passphrase = _secret_from_env_or_prompt(
        "QUASH_PASSPHRASE", "New vault passphrase: ", confirm=True
    )
    vault, recovery = create_vault(folder, passphrase, office_name="Demo Legal Aid Office")
    _start_log(folder)
    with vault, UnitOfWork(vault, actor()) as uow:
        audit.record(uow, "create", "vault", None, {"demo": True})
        counts = demo.fill_public_cases(uow)
        if args.size:
            extra = demo.fill_synthetic(uow, args.size)
            counts = {k: counts.get(k, 0) + extra.get(k, 0) for k in counts}
        uow.commit()
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    print(f"Created a demo vault in {folder}: {summary}.")
    _print_recovery_key(recovery)
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        with UnitOfWork(vault, actor()) as uow:
            st = vaults.status(uow)
        if args.json:
            print(json.dumps(st.__dict__, indent=2))
            return EXIT_OK
        print(f"Vault       {args.vault} ({st.vault_id})")
        print(f"Office      {st.office_name or '(not set)'}")
        print(f"Created     {st.created}")
        print(f"Schema      {st.schema_revision} (this Quash: {st.schema_head})")
        print(f"Key slots   {', '.join(st.key_slots)}")
        for kind, n in st.counts.items():
            print(f"{kind.capitalize():<11} {n}")
        print(f"Audit log   {st.audit_entries} entries")
        return EXIT_OK

    return _with_vault(args, work)


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        new = _secret_from_env_or_prompt("QUASH_NEW_PASSPHRASE", "New passphrase: ", confirm=True)
        keyslots.check_passphrase(new)
        with UnitOfWork(vault, actor()) as uow:
            audit.record(uow, "change", "passphrase", None, {})
            vault.change_passphrase(new)
            uow.commit()
        print("Passphrase changed. The recovery key still works.")
        return EXIT_OK

    return _with_vault(args, work)


def cmd_key_rotate(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        passphrase = _secret_from_env_or_prompt("QUASH_PASSPHRASE", "Vault passphrase: ")
        recovery = vault.rotate_data_key(passphrase)
        with UnitOfWork(vault, actor()) as uow:
            audit.record(uow, "rotate", "data key", None, {})
            uow.commit()
        print("The vault is now encrypted under a new data key; every key slot was rewrapped.")
        print("The old recovery key no longer works.")
        _print_recovery_key(recovery)
        return EXIT_OK

    return _with_vault(args, work)


def cmd_key_remember(args: argparse.Namespace) -> int:
    ok, why = keyring_available()
    if not ok:
        raise QuashError(why)

    def work(vault: Vault) -> int:
        vault.remember_on_this_computer()
        with UnitOfWork(vault, actor()) as uow:
            audit.record(uow, "change", "key slots", None, {"remembered": True})
            uow.commit()
        print(
            "This computer's keychain now remembers the vault. Anyone who can log in "
            "as you here can open it without the passphrase."
        )
        return EXIT_OK

    return _with_vault(args, work)


def cmd_key_forget(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        vault.forget_on_this_computer()
        with UnitOfWork(vault, actor()) as uow:
            audit.record(uow, "change", "key slots", None, {"remembered": False})
            uow.commit()
        print("This computer no longer remembers the vault.")
        return EXIT_OK

    return _with_vault(args, work)


def _read_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror}.") from exc
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationError(f"{path} is not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except RecursionError:
        raise ValidationError(f"{path} is nested too deeply to be an interchange file.") from None


def cmd_import(args: argparse.Namespace) -> int:
    doc = _read_json(Path(args.file))
    interchange.validate(doc)  # before unlocking: a bad file is reported without the passphrase

    def work(vault: Vault) -> int:
        with UnitOfWork(vault, actor()) as uow:
            counts = interchange.import_document(uow, doc)
            uow.commit()
        print("Imported " + ", ".join(f"{n} {k}" for k, n in counts.items()) + ".")
        return EXIT_OK

    return _with_vault(args, work)


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise ValidationError(f"The folder {out.parent} does not exist.", field="out")

    def work(vault: Vault) -> int:
        with UnitOfWork(vault, actor()) as uow:
            doc = interchange.export_document(uow, include_sealed=args.include_sealed)
            data = (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            write_atomically(out, data)
            uow.commit()
        print(
            f"Warning: {out} is NOT encrypted. Anyone who can read it sees the case file"
            + (
                ", including clients' sealed legal names and contacts"
                if args.include_sealed
                else " (sealed names and contacts were left out)"
            )
            + ". Delete it when done.",
            file=sys.stderr,
        )
        print(f"Exported to {out}.")
        return EXIT_OK

    return _with_vault(args, work)


def _text_row(view: Any) -> str:
    values = view.as_json()
    ident = values.pop("id")
    shown = []
    for key, value in values.items():
        if value in (None, [], "") or key in ("notes", "trail", "description"):
            continue
        shown.append(f"{key}={value}")
    return f"{ident:>6}  " + "  ".join(shown)


def cmd_list(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        with UnitOfWork(vault, actor()) as uow:
            rows = records.list_records(uow, args.kind)
        if args.json:
            json.dump([r.as_json() for r in rows], sys.stdout, indent=2, ensure_ascii=False)
            print()
        elif not rows:
            print(f"No {args.kind} yet.")
        else:
            for row in rows:
                print(_text_row(row))
        return EXIT_OK

    return _with_vault(args, work)


def cmd_audit_verify(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        with UnitOfWork(vault, actor()) as uow:
            report = audit.verify(uow)
        if report.intact:
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

    return _with_vault(args, work)


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

    p = command("init", cmd_init, "create a new encrypted vault (prints its recovery key once)")
    p.add_argument("--office", help="the office's name, printed on reports")
    p = command("demo", cmd_demo, "create a vault filled with the public sample cases")
    p.add_argument("--size", type=int, metavar="N", help="also add N synthetic matters")
    p = command("status", cmd_status, "unlock and show counts, key slots and schema version")
    p.add_argument("--json", action="store_true")

    pp = sub.add_parser("passphrase", help="change the vault passphrase")
    psub = pp.add_subparsers(dest="action", required=True, parser_class=Parser)
    command(
        "change",
        cmd_passphrase_change,
        "change the passphrase (new one from QUASH_NEW_PASSPHRASE or a prompt)",
        parent=psub,
    )

    kp = sub.add_parser("key", help="data key and remembered-key slots")
    ksub = kp.add_subparsers(dest="action", required=True, parser_class=Parser)
    command(
        "rotate",
        cmd_key_rotate,
        "re-encrypt under a new data key; prints a new recovery key",
        parent=ksub,
    )
    command(
        "remember", cmd_key_remember, "let this computer's keychain unlock the vault", parent=ksub
    )
    command(
        "forget", cmd_key_forget, "stop this computer's keychain unlocking the vault", parent=ksub
    )

    p = command(
        "import", cmd_import, "add the records of an interchange v1 JSON file (all or nothing)"
    )
    p.add_argument("file", metavar="FILE.json")
    p = command("export", cmd_export, "write the case file as interchange v1 JSON (plaintext!)")
    p.add_argument("--out", required=True, metavar="FILE.json")
    p.add_argument(
        "--include-sealed",
        action="store_true",
        help="include clients' sealed legal names and contacts",
    )
    p = command("list", cmd_list, "list records of one kind")
    p.add_argument("kind", choices=LIST_KINDS)
    p.add_argument("--json", action="store_true")

    ap = sub.add_parser("audit", help="the audit log")
    asub = ap.add_subparsers(dest="action", required=True, parser_class=Parser)
    command("verify", cmd_audit_verify, "check the audit log's hash chain", parent=asub)
    return parser


def run(argv: Sequence[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
        return int(args.handler(args))
    except QuashError as exc:
        print(f"quash: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("quash: interrupted; nothing more was written.", file=sys.stderr)
        return EXIT_OTHER
    except MemoryError:
        print("quash: out of memory; nothing was written.", file=sys.stderr)
        return EXIT_OTHER
    except OSError as exc:
        # File-system trouble (disk full, permission, a pulled stick): say what and where,
        # without a traceback. The message names a path, never case data.
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"quash: {exc.strerror or exc.__class__.__name__}{where}", file=sys.stderr)
        return EXIT_OTHER
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback
        # Only the exception's type: its text could carry case data (SQL parameters).
        log.error("unexpected %s", type(exc).__name__)
        print(
            f"quash: unexpected error ({type(exc).__name__}); nothing more was written.",
            file=sys.stderr,
        )
        return EXIT_OTHER
