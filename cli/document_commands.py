"""Command-line sub-commands for the documents kept inside the vault; `register` adds them.

document add --vault DIR (--subpoena ID | --matter ID | --event ID) FILE
                                    keep a scan, notice or order in the vault
document list --vault DIR [--json]  every document, without its contents
document export --vault DIR --id N --out FILE
                                    a copy outside the vault (audited, 0600, NOT encrypted)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.argtypes import out_file, record_id
from cli.common import EXIT_OK, Parser, read_input_file, with_vault
from services import documents

if TYPE_CHECKING:
    from services.session import Session


def _owner(args: argparse.Namespace) -> documents.Owner:
    if args.subpoena is not None:
        return documents.on_subpoena(args.subpoena)
    if args.event is not None:
        return documents.on_event(args.event)
    return documents.on_matter(args.matter)


def cmd_add(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    # Read before unlocking: a bad file is reported without asking for the passphrase.
    content = read_input_file(path, documents.check_size)
    owner = _owner(args)

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            added = documents.attach(uow, owner, path.name, content)
            uow.commit()
        print(
            f"Document {added.id} ({added.filename}) kept in the vault "
            f"with {owner.kind} {owner.id}."
        )
        return EXIT_OK

    return with_vault(args, work)


def _as_json(view: documents.DocumentView) -> dict[str, Any]:
    return {
        "id": view.id,
        "matter_id": view.matter_id,
        "subpoena_id": view.subpoena_id,
        "event_id": view.event_id,
        "filename": view.filename,
        "media_type": view.media_type,
        "size": view.size,
        "added_at": view.added_at.isoformat(timespec="seconds"),
    }


def cmd_list(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            rows = documents.list_all(uow)
        if args.json:
            json.dump([_as_json(r) for r in rows], sys.stdout, indent=2, ensure_ascii=False)
            print()
        elif not rows:
            print("No documents yet.")
        else:
            for row in rows:
                owner = row.owner
                print(
                    f"{row.id:>6}  {row.filename}  {row.media_type}  {row.size} bytes  "
                    f"matter={row.matter_id}  on {owner.kind} {owner.id}  "
                    f"added {row.added_at:%Y-%m-%d}"
                )
        return EXIT_OK

    return with_vault(args, work)


def cmd_export(args: argparse.Namespace) -> int:
    out: Path = args.out

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            copied = documents.save_copy(uow, args.id, out)
            uow.commit()
        print(
            f"Warning: {out} is NOT encrypted. Anyone who can read it reads {copied.filename}. "
            "Delete it when done.",
            file=sys.stderr,
        )
        print(f"Exported document {copied.id} to {out}.")
        return EXIT_OK

    return with_vault(args, work)


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    dp = sub.add_parser("document", help="scans, notices and orders kept inside the vault")
    dsub = dp.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command("add", cmd_add, "keep a document in the vault", parent=dsub)
    owner = p.add_mutually_exclusive_group(required=True)
    owner.add_argument("--subpoena", type=record_id, metavar="ID")
    owner.add_argument("--matter", type=record_id, metavar="ID")
    owner.add_argument("--event", type=record_id, metavar="ID", help="a docket entry")
    p.add_argument("file", metavar="FILE")
    p = command("list", cmd_list, "every document in the vault", parent=dsub)
    p.add_argument("--json", action="store_true")
    p = command(
        "export",
        cmd_export,
        "write a copy outside the vault (audited; NOT encrypted)",
        parent=dsub,
    )
    p.add_argument("--id", required=True, type=record_id, metavar="N")
    p.add_argument("--out", required=True, type=out_file, metavar="FILE")
