"""Command-line sub-commands for drafts from templates; `register` adds them to the main parser.

template list --vault DIR [--json]       the shipped templates and the office's own
template add --vault DIR --name NAME [--language en|es] FILE.docx
                                         keep an office's template in the vault (checked first)
template remove --vault DIR --name NAME  delete an office's template
template fields                          the merge fields a template may use
draft --vault DIR --matter ID --template NAME --out FILE.docx [--subpoena ID] [--reveal]
                                         fill a template in from a matter (audited, 0600,
                                         NOT encrypted); --reveal merges clients' legal names
                                         (attorneys and admins only: exit 6 for anyone else)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.argtypes import out_file, record_id
from cli.common import EXIT_OK, Parser, read_input_file, with_vault
from services import drafting

if TYPE_CHECKING:
    from services.session import Session


def cmd_template_list(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            views = drafting.templates(uow)
        if args.json:
            rows = [
                {
                    "name": v.name,
                    "language": v.language,
                    "shipped": v.shipped,
                    "size": v.size,
                    "added_at": v.added_at.isoformat() if v.added_at else None,
                    "added_by": v.added_by,
                }
                for v in views
            ]
            print(json.dumps(rows, indent=2, ensure_ascii=False))
            return EXIT_OK
        for v in views:
            origin = "shipped" if v.shipped else f"the office's, added by {v.added_by}"
            print(f"{v.name}  ({v.language}; {origin})")
        return EXIT_OK

    return with_vault(args, work)


def cmd_template_add(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    # Checked before unlocking: a bad template is reported without asking for the passphrase.
    content = read_input_file(path, drafting.check_size)
    drafting.check_template(content)

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            added = drafting.add_template(uow, args.name, content, args.language)
            uow.commit()
        print(f"Template {added.name!r} ({added.language}) kept in the vault.")
        return EXIT_OK

    return with_vault(args, work)


def cmd_template_remove(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            drafting.remove_by_name(uow, args.name)
            uow.commit()
        print(f"Template {args.name!r} removed from the vault.")
        return EXIT_OK

    return with_vault(args, work)


def cmd_template_fields(_args: argparse.Namespace) -> int:
    print("Merge fields a template may use ({{ matter.title }}, {% for a in accounts %}…):")
    for name in drafting.known_fields():
        print(f"  {name}")
    return EXIT_OK


def cmd_draft(args: argparse.Namespace) -> int:
    out = args.out

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            result = drafting.draft(
                uow,
                args.template,
                args.matter,
                out,
                subpoena_id=args.subpoena,
                reveal=args.reveal,
            )
            uow.commit()
        print(
            f"Warning: {out} is NOT encrypted. Anyone who can read it sees the case file"
            + (
                ", including clients' sealed legal names"
                if result.names_revealed
                else " (clients' legal names were left out)"
            )
            + ". Delete it when done.",
            file=sys.stderr,
        )
        print(f"Draft written to {out}.")
        return EXIT_OK

    return with_vault(args, work)


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    tp = sub.add_parser("template", help="the templates drafts are made from")
    tsub = tp.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command(
        "list", cmd_template_list, "the shipped templates and the office's own", parent=tsub
    )
    p.add_argument("--json", action="store_true")
    p = command(
        "add", cmd_template_add, "keep an office's own .docx template in the vault", parent=tsub
    )
    p.add_argument("--name", required=True)
    p.add_argument("--language", choices=drafting.LANGUAGES, default="en")
    p.add_argument("file", metavar="FILE.docx")
    p = command("remove", cmd_template_remove, "delete an office's template", parent=tsub)
    p.add_argument("--name", required=True)
    command(
        "fields",
        cmd_template_fields,
        "the merge fields a template may use",
        vault=False,
        parent=tsub,
    )
    p = command(
        "draft",
        cmd_draft,
        "fill a template in from a matter and save it as .docx (NOT encrypted)",
    )
    p.add_argument("--matter", required=True, type=record_id, metavar="ID")
    p.add_argument("--template", required=True, metavar="NAME")
    p.add_argument("--out", required=True, type=out_file, metavar="FILE.docx")
    p.add_argument("--subpoena", type=record_id, metavar="ID")
    p.add_argument(
        "--reveal",
        action="store_true",
        help="merge clients' sealed legal names (attorneys and admins only; audited)",
    )
