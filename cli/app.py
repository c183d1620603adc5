"""`python main.py <command>`: parse arguments, unlock the vault, call a service, report.

Every user error is one line on stderr with the exit code docs/architecture.md lists:
0 ok, 2 usage, 3 wrong passphrase or key, 4 corrupt or tampered file, 5 invalid input, 1 other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli import backup_commands, report_commands
from cli.argtypes import out_file, record_id, visible
from cli.common import (
    EXIT_OK,
    EXIT_OTHER,
    Parser,
    actor,
    parse_date,
    print_recovery_key,
    secret_from_env_or_prompt,
    start_log,
    with_vault,
)
from models.calendars import CALENDARS, fmt
from models.courts import court as registry_court
from models.courts import courts as registry_courts
from models.deadline_engine import SERVICE_METHODS
from models.errors import QuashError, ValidationError
from models.rules import Computation, compute_for, default_rulebook, offered_in
from services import audit, backups, docketing, interchange, records, vaults
from services.files import save_file
from services.vaults import keyring_available

log = logging.getLogger("quash.cli")
LIST_KINDS = ("matters", "clients", "accounts", "subpoenas", "deadlines", "events", "staff")

if TYPE_CHECKING:
    from services.vaults import Vault

# ---- commands --------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    folder = Path(args.vault)
    passphrase = secret_from_env_or_prompt(
        "QUASH_PASSPHRASE", "New vault passphrase: ", confirm=True
    )
    made = vaults.create(folder, passphrase, actor=actor(), office_name=args.office or "")
    made.vault.lock()
    start_log(folder)
    print(f"Created an encrypted vault in {folder}.")
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
    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
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


def _audit_key_change(vault: Vault, action: str, entity: str, step: str, **more: Any) -> None:
    with vaults.unit_of_work(vault, actor()) as uow:
        audit.record(uow, action, entity, None, {"step": step, **more})
        uow.commit()


def _announce_new_recovery_key(key: str) -> None:
    """An older vault's first key change issues a new recovery key: shown before anything
    changes, so that whenever the change completes, its key has been seen."""
    print("This vault's recovery key is of an older kind, so it gets a new one now. If this")
    print("command does not finish, this new key is void and the old one stays valid.")
    print_recovery_key(key)
    sys.stdout.flush()


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        new = secret_from_env_or_prompt("QUASH_NEW_PASSPHRASE", "New passphrase: ", confirm=True)
        vaults.check_new_passphrase(new)
        # Recorded before the change (under the old key) and after it: an interrupted change
        # is finished or dropped at the next unlock, which records that too.
        _audit_key_change(vault, "change", "passphrase", "started")
        recovery = vault.change_passphrase(new, announce=_announce_new_recovery_key)
        _audit_key_change(
            vault, "change", "passphrase", "finished", new_recovery_key=recovery is not None
        )
        print("Passphrase changed, under a new data key: the old passphrase, old copies of the")
        print("key file and older backups' keys open nothing written from now on.")
        if recovery is None:
            print("The recovery key still works.")
        return EXIT_OK

    return with_vault(args, work)


def cmd_key_rotate(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        passphrase = secret_from_env_or_prompt("QUASH_PASSPHRASE", "Vault passphrase: ")
        vault.key_file.unlock_passphrase(passphrase)  # wrong passphrase: nothing recorded
        _audit_key_change(vault, "rotate", "data key", "started")
        recovery = vault.rotate_data_key(passphrase, announce=_announce_new_recovery_key)
        _audit_key_change(
            vault, "rotate", "data key", "finished", new_recovery_key=recovery is not None
        )
        print("The vault is now encrypted under a new data key; every key slot was rewrapped.")
        if recovery is None:
            print("The recovery key still works.")
        if vault.keychain_dropped:
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

    def work(vault: Vault) -> int:
        vaults.remember_here(vault, actor())
        print(
            "This computer's keychain now remembers the vault. Anyone who can log in "
            "as you here can open it without the passphrase."
        )
        return EXIT_OK

    return with_vault(args, work)


def cmd_key_forget(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        vaults.forget_here(vault, actor())
        print("This computer no longer remembers the vault.")
        return EXIT_OK

    return with_vault(args, work)


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

    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
            counts = interchange.import_validated(uow, sections)
            uow.commit()
        print("Imported " + ", ".join(f"{n} {k}" for k, n in counts.items()) + ".")
        return EXIT_OK

    return with_vault(args, work)


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise ValidationError(f"The folder {out.parent} does not exist.", field="out")

    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
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
    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
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


def cmd_audit_verify(args: argparse.Namespace) -> int:
    against = [Path(p) for p in args.against or ()]
    backup_passphrase = (
        secret_from_env_or_prompt("QUASH_BACKUP_PASSPHRASE", "Backup passphrase: ")
        if against
        else ""
    )

    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
            report = audit.verify(uow)
            for path in against:
                report.problems.extend(backups.check_log_against(uow, path, backup_passphrase))
        if report.intact:
            if against:
                print(f"Checked against {len(against)} backup(s): no history was cut or rewritten.")
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

    return with_vault(args, work)


# ---- deadlines and rules ---------------------------------------------------------------------


def _time(value: str | None) -> dt.time | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{2}:\d{2}", value):
        raise ValidationError(f"--time must be HH:MM, not {value!r}.", field="--time")
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"--time is not a real time: {value!r}.", field="--time") from None


def _rule_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if getattr(args, "days", None) is not None:
        options["days"] = args.days
    if getattr(args, "hours", None) is not None:
        options["hours"] = args.hours
    if getattr(args, "time", None) is not None:
        options["trigger_time"] = _time(args.time)  # refused by the rule without --hours
    if getattr(args, "before", False):
        options["before"] = True
    if getattr(args, "court_days", False):
        options["court_days"] = True
    if args.service is not None:
        options["service"] = args.service
    if args.compliance is not None:
        options["compliance"] = parse_date(args.compliance, "--compliance")
    return options


def _print_computation(c: Computation) -> None:
    when = fmt(c.due) + (f" at {c.due_time:%H:%M}" if c.due_time else "")
    print(f"{c.title}: {when}")
    print(f"Rule: {c.rule_id} ({c.citation})")
    for step in c.steps:
        print(f"  - {step}")


def cmd_deadline_compute(args: argparse.Namespace) -> int:
    trigger = parse_date(args.trigger, "--trigger")
    assert trigger is not None
    options = _rule_options(args)
    court = registry_court(args.court) if args.court else None
    if args.vault:  # the office's closure days and rule sets count too

        def work(vault: Vault) -> int:
            with vaults.unit_of_work(vault, actor()) as uow:
                computed = docketing.preview(
                    uow,
                    args.rule,
                    trigger,
                    calendar=args.calendar,
                    court_id=args.court,
                    **options,
                )
            return _show_json_or_text(computed, args.json)

        return with_vault(args, work)
    rule = default_rulebook().rule(args.rule)
    computed = compute_for(rule, trigger, court=court, calendar=args.calendar, **options)
    return _show_json_or_text(computed, args.json)


def _show_json_or_text(c: Computation, as_json: bool) -> int:
    if as_json:
        print(json.dumps(c.as_json(), indent=2, ensure_ascii=False))
    else:
        _print_computation(c)
    return EXIT_OK


def cmd_rules_list(args: argparse.Namespace) -> int:
    if getattr(args, "vault", None):

        def work(vault: Vault) -> int:
            with vaults.unit_of_work(vault, actor()) as uow:
                book = docketing.rulebook_for(uow)
            return _print_rules(args, book)

        return with_vault(args, work)
    return _print_rules(args, default_rulebook())


def _print_rules(args: argparse.Namespace, book: Any) -> int:
    court = registry_court(args.court) if args.court else None
    rules, triggers = offered_in(book, court)
    if args.json:
        out = {
            "rules": [
                {
                    "id": r.id,
                    "title": r.title,
                    "citation": r.citation,
                    "trigger": r.trigger,
                    "period": r.period,
                    "unit": r.unit,
                    "direction": r.direction,
                    "method": r.method,
                    "dependents": list(r.dependents),
                    "ruleset": r.ruleset,
                    "calendar": r.calendar,
                    "in_force_from": r.in_force_from.isoformat() if r.in_force_from else None,
                    "applies_to": list(r.applies_to),
                }
                for r in rules
            ],
            "events": [{"id": t.id, "title": t.title, "rules": list(t.rules)} for t in triggers],
        }
        print(json.dumps(out, indent=2))
        return EXIT_OK
    if court is not None:
        print(f"Rules offered in {court.label}:")
    for r in rules:
        period = (
            f"{r.period} {r.unit.replace('_', ' ')} {r.direction}"
            if r.period is not None
            else "period given when computed, from"
        )
        print(f"{r.id:<24} {r.title} — {period} {r.trigger} [{r.citation}]")
    print()
    print("Docket events (deadline docket --event ID):")
    for t in triggers:
        print(f"{t.id:<24} {t.title} → {', '.join(t.rules)}")
    return EXIT_OK


def cmd_deadline_docket(args: argparse.Namespace) -> int:
    date = parse_date(args.date, "--date")
    assert date is not None
    options = _rule_options(args)

    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
            result = docketing.docket(
                uow,
                args.matter,
                args.event,
                date,
                calendar=args.calendar,
                court_id=args.court,
                subpoena_id=args.subpoena,
                responsible=args.responsible,
                **options,
            )
            uow.commit()
        print(f"Docketed event {result.event_id} on matter {args.matter}; deadlines:")
        for d in result.deadlines:
            print(f"  {d.id:>5}  {fmt(d.due)}  {d.title}  [{d.citation}]")
        return EXIT_OK

    return with_vault(args, work)


def cmd_deadline_move(args: argparse.Namespace) -> int:
    date = parse_date(args.date, "--date")
    assert date is not None

    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
            changes = docketing.move_trigger(uow, args.event_id, date)
            uow.commit()
        print(f"Docket event {args.event_id} moved to {fmt(date)}.")
        for change in changes:
            print(f"  {change.describe()}")
        return EXIT_OK

    return with_vault(args, work)


def cmd_deadline_override(args: argparse.Namespace) -> int:
    due = parse_date(args.due, "--due")
    assert due is not None

    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
            changes = docketing.override_due(uow, args.deadline, due, args.reason)
            uow.commit()
        for change in changes:
            print(f"  {change.describe()}")
        return EXIT_OK

    return with_vault(args, work)


def cmd_closure(args: argparse.Namespace) -> int:
    court = registry_court(args.court) if getattr(args, "court", None) else None
    where = f"for {court.short}" if court else "for every court"

    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
            if args.action in ("add", "remove"):
                day = parse_date(args.date, "--date")
                assert day is not None
                if args.action == "add":
                    changes = docketing.add_closure(uow, day, args.reason, args.court)
                    said = f"{fmt(day)} is recorded as a closure day {where}; counts skip it."
                else:
                    changes = docketing.remove_closure(uow, day, args.court)
                    said = f"{fmt(day)} is no longer a closure day {where}."
                uow.commit()
                print(said)
                _print_recounted(changes)
            else:
                rows = docketing.closures(uow, args.court if args.court else "*")
                for row in rows:
                    which = row.court_id or "every court"
                    print(f"{row.day.isoformat()}  {fmt(row.day)}  {which:<12} {row.reason}")
                if not rows:
                    print("No closure days recorded.")
        return EXIT_OK

    return with_vault(args, work)


def _print_recounted(changes: list[docketing.Recomputed]) -> None:
    if not changes:
        print("No open deadline changed.")
        return
    print(f"Recounted {len(changes)} open deadline(s); confirm them with `deadline review`:")
    for change in changes:
        print(f"  {change.deadline_id:>5}  {change.describe()}")


REVIEW_WORDS = {
    "trigger-moved": "its trigger moved",
    "closure-added": "a closure day was added",
    "closure-removed": "a closure day was removed",
    "calendar-updated": "the holiday data changed",
}


def cmd_deadline_review(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
            for deadline_id in args.confirm or ():
                docketing.confirm_review(uow, deadline_id)
            uow.commit()
            rows = docketing.to_review(uow)
        for deadline_id in args.confirm or ():
            print(f"Deadline {deadline_id}: the recounted date is confirmed.")
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "deadline_id": r.deadline_id,
                            "matter_id": r.matter_id,
                            "title": r.title,
                            "reason": r.reason,
                            "old_due": r.old_due.isoformat(),
                            "new_due": r.new_due.isoformat(),
                            "kept_override": r.kept_override,
                            "day": r.day.isoformat() if r.day else None,
                        }
                        for r in rows
                    ],
                    indent=2,
                    ensure_ascii=False,
                )
            )
            return EXIT_OK
        if not rows:
            print("No recounted deadline is waiting to be confirmed.")
        for r in rows:
            why = REVIEW_WORDS.get(r.reason, r.reason)
            if r.day:
                why += f" ({fmt(r.day)})"
            if r.kept_override:
                change = f"kept {fmt(r.old_due)}, set by hand; the rule now gives {fmt(r.new_due)}"
            else:
                change = f"{fmt(r.old_due)} → {fmt(r.new_due)}"
            print(f"{r.deadline_id:>5}  matter {r.matter_id}  {r.title}: {change}; {why}")
        return EXIT_OK

    return with_vault(args, work)


def cmd_courts_list(args: argparse.Namespace) -> int:
    rows = list(registry_courts().values())
    if args.json:
        out = [
            {
                "id": c.id,
                "name": c.name,
                "short": c.short,
                "kind": c.kind,
                "calendar": c.calendar,
                "time_zone": c.time_zone,
                "rulesets": list(c.rulesets),
            }
            for c in rows
        ]
        print(json.dumps(out, indent=2))
        return EXIT_OK
    for c in rows:
        print(f"{c.id:<7} {c.short:<11} calendar {c.calendar:<10} {c.time_zone:<20} {c.name}")
    return EXIT_OK


def cmd_rules_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValidationError(f"{path.name} is not a UTF-8 text file.", field="file") from None

    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
            view = docketing.add_office_ruleset(uow, path.name, text)
            uow.commit()
        print(f"Added the office rule set {view.id!r} ({view.title}): {', '.join(view.rules)}")
        return EXIT_OK

    return with_vault(args, work)


def cmd_rules_export(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
            text = docketing.office_ruleset_text(uow, args.id)
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"Wrote the office rule set {args.id!r} to {args.out}.")
        return EXIT_OK

    return with_vault(args, work)


def cmd_rules_remove(args: argparse.Namespace) -> int:
    def work(vault: Vault) -> int:
        with vaults.unit_of_work(vault, actor()) as uow:
            docketing.remove_office_ruleset(uow, args.id)
            uow.commit()
        print(f"Removed the office rule set {args.id!r}.")
        return EXIT_OK

    return with_vault(args, work)


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
        "re-encrypt under a new data key; the recovery key keeps working",
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
    p.add_argument("--out", required=True, type=out_file, metavar="FILE.json")
    p.add_argument(
        "--include-sealed",
        action="store_true",
        help="include clients' sealed legal names and contacts",
    )
    p = command("list", cmd_list, "list records of one kind")
    p.add_argument("kind", choices=LIST_KINDS)
    p.add_argument("--json", action="store_true")

    def rule_flags(p: Parser, *, period: bool) -> None:
        if period:
            p.add_argument("--days", type=int, metavar="N", help="length of a generic period")
            p.add_argument("--before", action="store_true", help="count back from the event")
            p.add_argument("--court-days", action="store_true", help="count only court days")
            p.add_argument("--hours", type=int, metavar="N", help="a period in hours (6(a)(2))")
            p.add_argument("--time", metavar="HH:MM", help="time of the event, for --hours")
        else:
            p.add_argument(
                "--days",
                type=int,
                metavar="N",
                help="the notice's window, when no subpoena records it",
            )
        p.add_argument("--service", choices=SERVICE_METHODS, help="how the paper was served")
        p.add_argument(
            "--calendar",
            choices=CALENDARS,
            help="the calendar to count on (default: the court's; federal when none is known)",
        )
        p.add_argument(
            "--court",
            choices=list(registry_courts()),
            metavar="ID",
            help="the court: its state's holidays, time zone and rules (see `courts list`)",
        )
        p.add_argument("--compliance", metavar="YYYY-MM-DD", help="the compliance date")

    dp = sub.add_parser("deadline", help="compute and docket deadlines")
    dsub = dp.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command(
        "compute",
        cmd_deadline_compute,
        "compute one rule's date with its explanation (no vault needed)",
        vault=False,
        parent=dsub,
    )
    p.add_argument("--rule", required=True, metavar="ID")
    p.add_argument("--trigger", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--vault", metavar="DIR", help="also skip this office's closure days")
    p.add_argument("--json", action="store_true")
    rule_flags(p, period=True)
    p = command(
        "docket",
        cmd_deadline_docket,
        "record a docket event and create its chain of deadlines",
        parent=dsub,
    )
    p.add_argument("--matter", required=True, type=record_id, metavar="ID")
    p.add_argument(
        "--event",
        required=True,
        metavar="KIND",
        help="e.g. motion-to-quash-filed (see `rules list`)",
    )
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--subpoena", type=record_id, metavar="ID")
    p.add_argument("--responsible", metavar="NAME")
    rule_flags(p, period=False)
    p = command(
        "move-trigger",
        cmd_deadline_move,
        "change a docket event's date and recount its deadlines",
        parent=dsub,
    )
    p.add_argument("--event-id", required=True, type=record_id, metavar="ID")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p = command(
        "override",
        cmd_deadline_override,
        "set a deadline's date by hand (kept when its trigger moves)",
        parent=dsub,
    )
    p.add_argument("--deadline", required=True, type=record_id, metavar="ID")
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--reason", required=True)

    p = command(
        "review",
        cmd_deadline_review,
        "list deadlines a recount moved, and confirm them",
        parent=dsub,
    )
    p.add_argument("--confirm", type=record_id, action="append", metavar="ID", help="confirm one")
    p.add_argument("--json", action="store_true")

    rp = sub.add_parser("rules", help="the deadline rules Quash knows")
    rsub = rp.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command("list", cmd_rules_list, "list rules and docket events", vault=False, parent=rsub)
    p.add_argument("--json", action="store_true")
    p.add_argument("--court", choices=list(registry_courts()), metavar="ID")
    p.add_argument("--vault", metavar="DIR", help="also list this office's own rule sets")
    p = command("import", cmd_rules_import, "add an office rule set (TOML)", parent=rsub)
    p.add_argument("file", metavar="FILE.toml")
    p = command("export", cmd_rules_export, "write an office rule set to a file", parent=rsub)
    p.add_argument("--id", required=True, metavar="SET")
    p.add_argument("--out", required=True, type=out_file, metavar="FILE.toml")
    p = command("remove", cmd_rules_remove, "remove an office rule set", parent=rsub)
    p.add_argument("--id", required=True, metavar="SET")

    cop = sub.add_parser("courts", help="the courts Quash knows")
    cosub = cop.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command("list", cmd_courts_list, "list courts", vault=False, parent=cosub)
    p.add_argument("--json", action="store_true")

    cp = sub.add_parser("closure", help="office closure days (FRCP 6(a)(3))")
    csub = cp.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command(
        "add", cmd_closure, "record a day the court or clerk's office was closed", parent=csub
    )
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--reason", required=True)
    court_help = "the court it was closed for (default: every court)"
    p.add_argument("--court", choices=list(registry_courts()), metavar="ID", help=court_help)
    p = command("remove", cmd_closure, "remove a closure day", parent=csub)
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--court", choices=list(registry_courts()), metavar="ID", help=court_help)
    p = command("list", cmd_closure, "list closure days", parent=csub)
    p.add_argument("--court", choices=list(registry_courts()), metavar="ID")

    report_commands.register(sub, command)
    backup_commands.register(sub, command)

    ap = sub.add_parser("audit", help="the audit log")
    asub = ap.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = command("verify", cmd_audit_verify, "check the audit log's hash chain", parent=asub)
    p.add_argument(
        "--against",
        action="append",
        metavar="BACKUP",
        help="also check the log against what this backup sealed (QUASH_BACKUP_PASSPHRASE)",
    )
    return parser


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
