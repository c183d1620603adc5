"""Command-line sub-commands for intake; `register` adds them to the main parser.

intake scan FILE [--json]     suggest a subpoena's fields from its PDF, scan or notice email
                              (no vault: nothing is stored; a person types what is right)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from cli.argtypes import visible
from cli.common import EXIT_OK, Parser, TerminalProgress
from services import intake

SOURCE_SHOWN = 100  # characters of a suggestion's source words the plain output quotes
VALUE_SHOWN = 200


def _shown_value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(_shown_value(v) for v in value)
    if isinstance(value, intake.Handle):
        where = ", ".join(str(part) for part in (value.platform, value.url) if part)
        return f"@{value.handle}" + (f" ({where})" if where else "")
    return str(value)


def _plain(found: intake.Suggestions) -> None:
    how = {"text": "its text layer", "ocr": "OCR", "email": "the email's text"}[found.method]
    pages = f"{found.pages} page{'s' if found.pages != 1 else ''}"
    sure = (
        f", OCR's mean confidence {found.confidence:.0f}%" if found.confidence is not None else ""
    )
    print(f"Read {pages} from {how}{sure}. Check each value against the document.")
    if not found.fields:
        print("No fields found: type them from the document.")
    for name, suggestion in found.fields.items():
        value = visible(_shown_value(suggestion.value), VALUE_SHOWN)
        source = visible(suggestion.source, SOURCE_SHOWN)
        print(
            f'{name}: {value}  (from "{source}", page {suggestion.page}, '
            f"sure: {suggestion.confidence})"
        )


def cmd_scan(args: argparse.Namespace) -> int:
    path = Path(args.file)
    content = intake.read_file(path)  # refused by its size before it is read
    progress = TerminalProgress(sys.stderr.isatty())
    try:
        found = intake.scan(content, task=progress)
    finally:
        progress.end()
    if args.json:
        shown = {"file": str(path), **found.to_json()}
        json.dump(shown, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        _plain(found)
    return EXIT_OK


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
    ip: Parser = sub.add_parser("intake", help="read a subpoena or notice and suggest its fields")
    isub = ip.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command(
        "scan",
        cmd_scan,
        "suggest a subpoena's fields from its PDF, scan (PNG, JPEG, TIFF) or notice email (.eml)",
        vault=False,
        parent=isub,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="the suggestions as JSON")
