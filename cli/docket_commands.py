"""Command-line sub-commands for docketing; `register` adds them to the main parser.

deadline compute|docket|move-trigger|override|review   compute and docket deadlines
rules list|import|export|remove                        the rules, and an office's own rule sets
courts list                                            the courts Quash knows
closure add|remove|list                                office closure days (FRCP 6(a)(3))
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.argtypes import out_file, record_id
from cli.common import EXIT_OK, Parser, parse_date, with_vault
from models.calendars import CALENDARS, fmt
from models.courts import court as registry_court
from models.courts import courts as registry_courts
from models.deadline_engine import SERVICE_METHODS
from models.errors import ValidationError
from models.rules import Computation, compute_for, default_rulebook, offered_in
from services import docketing

if TYPE_CHECKING:
    from services.session import Session

    pass


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

        def work(session: Session) -> int:
            with session.unit_of_work() as uow:
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

        def work(session: Session) -> int:
            with session.unit_of_work() as uow:
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

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
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

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
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

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            changes = docketing.override_due(uow, args.deadline, due, args.reason)
            uow.commit()
        for change in changes:
            print(f"  {change.describe()}")
        return EXIT_OK

    return with_vault(args, work)


def cmd_closure(args: argparse.Namespace) -> int:
    court = registry_court(args.court) if getattr(args, "court", None) else None
    where = f"for {court.short}" if court else "for every court"

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
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
    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
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

    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            view = docketing.add_office_ruleset(uow, path.name, text)
            uow.commit()
        print(f"Added the office rule set {view.id!r} ({view.title}): {', '.join(view.rules)}")
        return EXIT_OK

    return with_vault(args, work)


def cmd_rules_export(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            text = docketing.office_ruleset_text(uow, args.id)
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"Wrote the office rule set {args.id!r} to {args.out}.")
        return EXIT_OK

    return with_vault(args, work)


def cmd_rules_remove(args: argparse.Namespace) -> int:
    def work(session: Session) -> int:
        with session.unit_of_work() as uow:
            docketing.remove_office_ruleset(uow, args.id)
            uow.commit()
        print(f"Removed the office rule set {args.id!r}.")
        return EXIT_OK

    return with_vault(args, work)


def _rule_flags(p: Parser, *, period: bool) -> None:
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


def register(sub: Any, command: Any) -> None:
    """Add this module's sub-commands. `command(name, handler, help, vault=True, parent=sub)`."""
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
    _rule_flags(p, period=True)
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
    _rule_flags(p, period=False)
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
