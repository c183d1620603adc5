"""Command-line sub-commands for the office's people; `register` adds them to the main parser.

staff add --vault DIR --name NAME --role ROLE   (their passphrase: QUASH_NEW_PASSPHRASE or a prompt)
staff remove --vault DIR --name NAME             (deletes their key slot, re-keys the vault)
staff list --vault DIR [--json]
staff role --vault DIR --name NAME --role ROLE

Only an admin adds, removes or changes people (exit 6 for anyone else, nothing written).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from cli.common import EXIT_OK, Parser, secret_from_env_or_prompt, with_vault
from cli.vault_commands import _announce_new_recovery_key
from models.people import Action
from services import people

if TYPE_CHECKING:
    from services.session import Session

ROLES = people.ROLES


def cmd_staff_add(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        people.require(session.vault, Action.MANAGE_PEOPLE)  # before asking for a passphrase
        passphrase = secret_from_env_or_prompt(
            "QUASH_NEW_PASSPHRASE", f"Passphrase for {args.name}: ", confirm=True
        )
        person = people.add(session.vault, args.name, args.role, passphrase)
        print(
            f"{person.name} ({person.role}) now has a key of their own: their passphrase "
            "unlocks the vault as them."
        )
        return EXIT_OK

    return with_vault(args, work)


def cmd_staff_remove(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        people.remove(session.vault, args.name, announce=_announce_new_recovery_key)
        print(
            f"{args.name}'s key slot is deleted and the vault is under a new data key: their "
            "passphrase, and any old copy of the key file, open nothing written from now on."
        )
        return EXIT_OK

    return with_vault(args, work)


def cmd_staff_list(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            everyone = people.people(uow)
        if args.json:
            rows = [
                {"name": p.name, "role": p.role, "active": p.active, "has_key": p.has_key}
                for p in everyone
            ]
            print(json.dumps(rows, indent=2, ensure_ascii=False))
            return EXIT_OK
        for p in everyone:
            key = "key" if p.has_key else "no key"
            state = "" if p.active else ", inactive"
            print(f"{p.name}  {p.role}  ({key}{state})")
        return EXIT_OK

    return with_vault(args, work)


def cmd_staff_role(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        people.change_role(session.vault, args.name, args.role)
        print(f"{args.name} is now {people.ARTICLE.get(args.role, 'a ' + args.role)}.")
        return EXIT_OK

    return with_vault(args, work)


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    sp = sub.add_parser("staff", help="the office's people, their keys and roles")
    ssub = sp.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command(
        "add",
        cmd_staff_add,
        "give a person a key of their own (passphrase from QUASH_NEW_PASSPHRASE or a prompt)",
        parent=ssub,
    )
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=ROLES)
    p = command(
        "remove", cmd_staff_remove, "delete a person's key slot and re-key the vault", parent=ssub
    )
    p.add_argument("--name", required=True)
    p = command("list", cmd_staff_list, "the office's people, roles and keys", parent=ssub)
    p.add_argument("--json", action="store_true")
    p = command("role", cmd_staff_role, "change a person's role", parent=ssub)
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=ROLES)
