"""Command-line sub-commands for the records; `register` adds them to the main parser.

import FILE.json --vault DIR        add an interchange v1 file's records (all or nothing)
export --vault DIR --out FILE.json [--include-sealed]
                                    the case file as interchange v1 JSON (plaintext!)
list KIND --vault DIR [--json]      the records of one kind
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.argtypes import out_file, visible
from cli.common import EXIT_OK, TerminalProgress, with_vault
from cli.conflict_commands import SHOWN, describe
from models.errors import ValidationError
from services import interchange, records
from services.files import save_file

if TYPE_CHECKING:
    from services.conflicts import ImportConflicts
    from services.session import Session

    pass

LIST_KINDS = ("matters", "clients", "accounts", "subpoenas", "deadlines", "events", "staff")


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
    except ValueError as exc:  # e.g. a number too long to convert
        raise ValidationError(f"{path} is not a usable JSON file ({exc}).") from None
    except RecursionError:
        raise ValidationError(f"{path} is nested too deeply to be an interchange file.") from None


def cmd_import(args: argparse.Namespace) -> int:
    doc = _read_json(Path(args.file))
    # Checked before unlocking: a bad file is reported without asking for the passphrase.
    sections = interchange.validate(doc)

    def work(session: Session) -> int:
        progress = TerminalProgress(sys.stderr.isatty())
        with session.unit_of_work() as uow:
            imported = interchange.import_checked(uow, sections, task=progress)
            uow.commit()
        progress.end()
        print("Imported " + ", ".join(f"{n} {k}" for k, n in imported.counts.items()) + ".")
        _print_import_conflicts(imported.conflicts)
        return EXIT_OK

    return with_vault(args, work)


CONFLICT_LINES = 50  # an office merging its own files can match thousands: the rest is audited


def _print_import_conflicts(found: ImportConflicts) -> None:
    """What the import's conflict check found, one line per match (as `conflict check` words
    them): which incoming record, and which record already in the vault, never a legal name.
    Nothing when nothing matched."""
    if not found.matches:
        return
    searched = f"{found.clients_searched} client(s) and {found.accounts_searched} account(s)"
    print(
        f"{len(found.matches)} possible conflict(s) with the {searched} already in the vault "
        "(imported all the same):"
    )
    for item in found.matches[:CONFLICT_LINES]:
        shown = "'" + visible(item.shown_as, SHOWN) + "'"
        kind = "client" if item.record == "client" else f"account {item.platform or '(any)'}"
        incoming = f"incoming {kind} {shown}"
        by = {"pseudonym": "pseudonym", "legal_name": "legal name"}.get(item.match.typed)
        print(
            f"  - {incoming} (file id '{visible(item.file_id, SHOWN)}')"
            + (f", by its {by}" if by else "")
            + f": {describe(item.match)}"
        )
    if len(found.matches) > CONFLICT_LINES:
        print(f"  … and {len(found.matches) - CONFLICT_LINES} more (see the audit log)")


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise ValidationError(f"The folder {out.parent} does not exist.", field="out")

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            doc = interchange.export_document(uow, include_sealed=args.include_sealed)
            data = (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            save_file(out, data)
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

    return with_vault(args, work)


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
    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
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

    return with_vault(args, work)


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    p = command(
        "import", cmd_import, "add the records of an interchange v1 JSON file (all or nothing)"
    )
    p.add_argument("file", metavar="FILE.json")
    p = command("export", cmd_export, "write the case file as interchange v1 JSON (plaintext!)")
    p.add_argument("--out", required=True, type=out_file, metavar="FILE.json")
    p.add_argument(
        "--include-sealed",
        action="store_true",
        help="include clients' sealed legal names and contacts",
    )
    p = command("list", cmd_list, "list records of one kind")
    p.add_argument("kind", choices=LIST_KINDS)
    p.add_argument("--json", action="store_true")
