"""Command-line sub-commands for the vault's life; `register` adds them to the main parser.

init --vault DIR --name NAME [--role ROLE] [--office NAME]
                                          a new encrypted vault, NAME its first person
                                          (prints its recovery key once)
demo --vault DIR [--size N]               a vault filled with the public sample cases
status --vault DIR [--json]               counts, key slots and schema version
passphrase change --vault DIR             (new passphrase: QUASH_NEW_PASSPHRASE or a prompt)
key rotate|remember|forget --vault DIR    the data key and this computer's keychain
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.common import (
    EXIT_OK,
    Parser,
    actor,
    actor_name,
    print_recovery_key,
    secret_from_env_or_prompt,
    start_log,
    with_vault,
)
from models.errors import QuashError, ValidationError
from services import people, vaults
from services.vaults import keyring_available

if TYPE_CHECKING:
    from services.session import Session

    pass


def cmd_init(args: argparse.Namespace) -> int:
    folder = Path(args.vault)
    passphrase = secret_from_env_or_prompt(
        "QUASH_PASSPHRASE", "New vault passphrase: ", confirm=True
    )
    made = vaults.create(
        folder,
        passphrase,
        actor=actor_name(args.name),
        office_name=args.office or "",
        first_person={"role": args.role},
    )
    made.vault.lock()
    start_log(folder)
    print(f"Created an encrypted vault in {folder}; {args.name} ({args.role}) holds its first key.")
    if args.role != "admin":
        print(
            "Nobody is its admin yet: unlock with the recovery key to add people "
            "(`staff add`), or give someone the admin role."
        )
    print_recovery_key(made.recovery_key)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    folder = Path(args.vault)
    if args.size is not None and args.size < 1:
        raise ValidationError("--size must be a positive number of matters.", field="size")
    passphrase = secret_from_env_or_prompt(
        "QUASH_PASSPHRASE", "New vault passphrase: ", confirm=True
    )
    made = vaults.create(
        folder,
        passphrase,
        actor=actor(),
        office_name="Demo Legal Aid Office",
        demo=True,
        synthetic=args.size or 0,
    )
    made.vault.lock()
    start_log(folder)
    summary = ", ".join(f"{n} {k}" for k, n in made.counts.items())
    print(f"Created a demo vault in {folder}: {summary}.")
    print_recovery_key(made.recovery_key)
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
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

    return with_vault(args, work)


def _announce_new_recovery_key(key: str) -> None:
    """An older vault's first key change issues a new recovery key: shown before anything
    changes, so that whenever the change completes, its key has been seen."""
    print("This vault's recovery key is of an older kind, so it gets a new one now. If this")
    print("command does not finish, this new key is void and the old one stays valid.")
    print_recovery_key(key)
    sys.stdout.flush()


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        new = secret_from_env_or_prompt("QUASH_NEW_PASSPHRASE", "New passphrase: ", confirm=True)
        recovery = vaults.change_passphrase(
            session.vault, session.actor, new, announce=_announce_new_recovery_key
        )
        print("Passphrase changed, under a new data key: the old passphrase, old copies of the")
        print("key file and older backups' keys open nothing written from now on.")
        if recovery is None:
            print("The recovery key still works.")
        return EXIT_OK

    return with_vault(args, work)


def cmd_key_rotate(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        passphrase = secret_from_env_or_prompt("QUASH_PASSPHRASE", "Vault passphrase: ")
        recovery = vaults.rotate_data_key(
            session.vault, session.actor, passphrase, announce=_announce_new_recovery_key
        )
        print("The vault is now encrypted under a new data key; every key slot was rewrapped.")
        if recovery is None:
            print("The recovery key still works.")
        if session.vault.keychain_dropped:
            print(
                "The keychain that remembered this vault cannot be reached from here, so the "
                "vault is no longer remembered on any computer (`key remember` to add it back)."
            )
        return EXIT_OK

    return with_vault(args, work)


def cmd_key_remember(args: argparse.Namespace) -> int:
    ok, why = keyring_available()
    if not ok:
        raise QuashError(why)

    def work(session: Session) -> int:
        vaults.remember_here(session.vault, session.actor)
        print(
            "This computer's keychain now remembers the vault. Anyone who can log in "
            "as you here can open it without the passphrase."
        )
        return EXIT_OK

    return with_vault(args, work)


def cmd_key_forget(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        vaults.forget_here(session.vault, session.actor)
        print("This computer no longer remembers the vault.")
        return EXIT_OK

    return with_vault(args, work)


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    p = command("init", cmd_init, "create a new encrypted vault (prints its recovery key once)")
    p.add_argument("--name", required=True, help="your name: the vault's first person")
    p.add_argument(
        "--role", default="admin", choices=people.ROLES, help="your role (default: admin)"
    )
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
        "re-encrypt under a new data key; the recovery key keeps working",
        parent=ksub,
    )
    command(
        "remember", cmd_key_remember, "let this computer's keychain unlock the vault", parent=ksub
    )
    command(
        "forget", cmd_key_forget, "stop this computer's keychain unlocking the vault", parent=ksub
    )
