"""The printed reports on the large vault: each against a floor drawn with ReportLab's canvas,
and the deadline report and register timed on their own.

    python -m benchmarks.reports_bench [--size 10000] [--repeat 5]

Every figure comes from a fresh process (benchmarks/probe.py), so each report pays for
registering its fonts and its peak memory is the whole process's. The floor (probe `floor`)
unlocks the same vault in a process of its own, reads the same rows through the same query
as the report (services.reporting), and draws them with `canvas.drawString`: a header, a line
of a few strings a row and "Page X of Y" on each page, the page total counted first. It has
no wrapping, fonts for other scripts, bands, charts or column headings: it is what writing the
rows at all costs. Report and floor run alternately, and the median of the pairs' ratios is
reported (time, and the process's peak resident memory, Argon2id's 64 MiB in both).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import probe  # noqa: E402
from benchmarks.common import Result, large_vault, run_probe  # noqa: E402
from models.entities import (  # noqa: E402
    Account,
    Deadline,
    DocketEvent,
    Matter,
    Subpoena,
    subpoena_accounts,
)
from services import demo  # noqa: E402
from storage.uow import UnitOfWork  # noqa: E402
from storage.vault import unlock_with_passphrase  # noqa: E402

CLI_DAYS = 14  # `report deadlines` with no dates: the next 14 days, and everything overdue
RATIO_LIMIT = 2.0


# ---- a matter made large -----------------------------------------------------------------------


def large_matter_vault(cache: Path, size: int) -> tuple[Path, int]:
    """A copy of the synthetic vault in which its first matter has been given size/2 more
    deadlines, size/5 more docket events and size/20 more subpoenas (5,000, 2,000 and 500 at
    10,000 matters): a synthetic matter alone has ten deadlines. Built once, kept in `cache`;
    returns the folder and the matter's id."""
    folder = cache / f"vault-{size}-large-matter"
    made = cache / f"vault-{size}-large-matter.json"  # written once the copy is complete
    if made.exists() and (folder / "quash.keys").exists():
        unlock_with_passphrase(folder, probe.PASSPHRASE).lock()  # migrated outside the timings
        return folder, int(json.loads(made.read_text())["matter_id"])
    source = large_vault(cache, size)
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(source, folder)
    with (
        unlock_with_passphrase(folder, probe.PASSPHRASE) as vault,
        UnitOfWork(vault, "benchmark") as uow,
    ):
        session = uow.session
        matter_id = int(session.scalar(select(func.min(Matter.id))) or 0)
        today = session.scalar(select(func.max(Deadline.due)))  # any date of the vault's
        assert matter_id and today is not None, "the synthetic vault has no matters"
        accounts = list(session.scalars(select(Account.id).order_by(Account.id).limit(50)))
        first_subpoena = int(session.scalar(select(func.max(Subpoena.id))) or 0) + 1
        extra_deadlines, extra_events, extra_subpoenas = size // 2, size // 5, max(1, size // 20)
        session.execute(
            insert(Subpoena),
            [
                {
                    "id": first_subpoena + i,
                    "matter_id": matter_id,
                    "kind": demo.KINDS[i % len(demo.KINDS)],
                    "issuer": demo.AGENCIES[i % len(demo.AGENCIES)],
                    "recipient": demo.RECIPIENTS[i % len(demo.RECIPIENTS)],
                    "issued": today - dt.timedelta(days=i % 700),
                    "served": today - dt.timedelta(days=i % 700),
                    "requested": ",".join(demo.DEMANDS[:3]),
                    "gag_order": i % 5 == 0,
                    "status": demo.SUBPOENA_STATUSES[i % len(demo.SUBPOENA_STATUSES)],
                }
                for i in range(extra_subpoenas)
            ],
        )
        if accounts:
            session.execute(
                insert(subpoena_accounts),
                [
                    {"subpoena_id": first_subpoena + i, "account_id": accounts[i % len(accounts)]}
                    for i in range(extra_subpoenas)
                ],
            )
        session.execute(
            insert(Deadline),
            [
                {
                    "matter_id": matter_id,
                    "title": demo.DEADLINE_TITLES[i % len(demo.DEADLINE_TITLES)],
                    "due": today - dt.timedelta(days=i % 730),
                    "responsible": demo.STAFF[i % len(demo.STAFF)],
                    "citation": "Fed. R. Civ. P. 45(d)(3)" if i % 3 == 0 else None,
                    "status": ("open", "open", "done", "vacated")[i % 4],
                }
                for i in range(extra_deadlines)
            ],
        )
        session.execute(
            insert(DocketEvent),
            [
                {
                    "matter_id": matter_id,
                    "date": today - dt.timedelta(days=i % 730),
                    "kind": ("filing", "order", "notice", "correspondence")[i % 4],
                    "summary": f"Synthetic docket entry {i} for the large matter",
                }
                for i in range(extra_events)
            ],
        )
        uow.commit()
    made.write_text(json.dumps({"matter_id": matter_id}))
    return folder, matter_id


# ---- report against floor ----------------------------------------------------------------------


def _against_floor(
    what: str,
    folder: Path,
    out: Path,
    repeat: int,
    report: tuple[Any, ...],
    floor: tuple[Any, ...],
    same_count: bool = True,
) -> list[Result]:
    """`repeat` pairs of (report, floor) probes, alternating which goes first; the median of
    the pairs' time and peak-memory ratios, as two rows. With `same_count`, the report's row
    count must be the floor's (a matter summary counts only its deadlines)."""
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for n in range(max(1, repeat)):
        if n % 2:
            base = run_probe("floor", folder, out, *floor)
            made = run_probe(report[0], folder, out, *report[1:])
        else:
            made = run_probe(report[0], folder, out, *report[1:])
            base = run_probe("floor", folder, out, *floor)
        pairs.append((made, base))
    out.unlink(missing_ok=True)
    times = [m["seconds"] / b["seconds"] for m, b in pairs]
    peaks = [m["peak_mb"] / b["peak_mb"] for m, b in pairs]
    made, base = pairs[0]
    if same_count and made["rows"] != base["rows"]:
        raise RuntimeError(f"{what}: the floor drew {base['rows']} rows, the report {made['rows']}")

    def median(key: str, side: int) -> float:
        return statistics.median(pair[side][key] for pair in pairs)

    rows = f"{base['rows']:,} rows on {made['pages']:,} page(s) (floor {base['pages']:,})"
    return [
        Result(
            f"{what}: time vs the ReportLab-canvas floor",
            f"≤ {RATIO_LIMIT:g}×",
            statistics.median(times),
            "x",
            RATIO_LIMIT,
            f"{rows}; {median('seconds', 0):.2f} s vs {median('seconds', 1):.2f} s; median of "
            f"{len(pairs)} pairs, which ranged {min(times):.2f}–{max(times):.2f}×",
        ),
        Result(
            f"{what}: peak memory vs the ReportLab-canvas floor",
            f"≤ {RATIO_LIMIT:g}×",
            statistics.median(peaks),
            "x",
            RATIO_LIMIT,
            f"{median('peak_mb', 0):.0f} MB vs {median('peak_mb', 1):.0f} MB (whole process; "
            f"{median('before_mb', 1):.0f} MB once the vault is unlocked); ranged "
            f"{min(peaks):.2f}–{max(peaks):.2f}×",
        ),
    ]


def reports_vs_floor(folder: Path, cache: Path, repeat: int, size: int) -> list[Result]:
    """The three printed reports, each as a ratio to its floor: the deadline report as `report
    deadlines` prints it by default, the whole subpoena register with its charts, and the
    summary of a matter made large (see large_matter_vault)."""
    big, matter_id = large_matter_vault(cache, size)
    out = cache / "report-vs-floor.pdf"
    return [
        *_against_floor(
            "deadline report, `report deadlines` defaults (14 days and everything overdue)",
            folder,
            out,
            repeat,
            ("deadline-report", CLI_DAYS, "overdue"),
            ("deadlines", CLI_DAYS, "overdue"),
        ),
        *_against_floor(
            f"subpoena register with charts, all {size * 2:,} subpoenas",
            folder,
            out,
            repeat,
            ("register",),
            ("register",),
        ),
        *_against_floor(
            f"matter summary of a matter made large ({size // 2 + 10:,} deadlines)",
            big,
            out,
            repeat,
            ("matter-summary", matter_id),
            ("matter", matter_id),
            same_count=False,
        ),
    ]


# ---- the reports on their own ----------------------------------------------------------------


def deadline_report(folder: Path, cache: Path, repeat: int) -> Result:
    out = cache / "deadline-report.pdf"
    runs = [run_probe("deadline-report", folder, out, 30) for _ in range(repeat)]
    out.unlink(missing_ok=True)
    return Result(
        "deadline report for the next 30 days",
        "≤ 3 s",
        statistics.median(r["seconds"] for r in runs),
        "s",
        3,
        f"{runs[0]['rows']:,} deadlines on {runs[0]['pages']:,} page(s)",
    )


def subpoena_register(folder: Path, cache: Path, repeat: int, size: int) -> list[Result]:
    out = cache / "register.pdf"
    runs = [run_probe("register", folder, out) for _ in range(max(1, repeat // 2))]
    # Once more over half the subpoenas: how memory grows with the register's length.
    half = run_probe("register", folder, out, "half")
    out.unlink(missing_ok=True)
    peak = statistics.median(r["peak_mb"] for r in runs)
    rows, pages = runs[0]["rows"], runs[0]["pages"]
    growth = (peak - half["peak_mb"]) / max(1, rows - half["rows"]) * 1000
    return [
        Result(
            f"subpoena register with charts for all {size * 2:,} subpoenas",
            "≤ 30 s",
            statistics.median(r["seconds"] for r in runs),
            "s",
            30,
            f"{rows:,} subpoenas on {pages:,} page(s)",
        ),
        Result(
            "subpoena register: peak resident memory of the whole process",
            "bounded (≤ 400 MB)",
            peak,
            "MB",
            400,
            f"{runs[0]['before_mb']:.0f} MB before it starts; {half['peak_mb']:.0f} MB for "
            f"{half['rows']:,} subpoenas: about {growth:.1f} MB more per 1,000",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=REPO / "benchmarks" / ".cache")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    folder = large_vault(args.cache, args.size)
    for r in reports_vs_floor(folder, args.cache, args.repeat, args.size):
        print(f"{'ok ' if r.ok else 'MISS'} {r.name}: {r.shown()} (target {r.target}) — {r.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
