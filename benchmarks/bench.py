"""Quash's benchmark suite: how fast the app stays with a large office's case load.

    python -m benchmarks.bench [--size 10000] [--repeat 5] [--out docs/PERFORMANCE.md]
    python -m benchmarks.bench --only list,deadline-report      # a subset; prints, writes nothing

Builds (once, cached in benchmarks/.cache/) a synthetic vault with `--size` matters and the
proportions of `demo --size` (10,000 matters, 2,000 clients, 3,000 accounts, 20,000 subpoenas,
100,000 deadlines, 50,000 docket events), runs each measurement `--repeat` times and writes the
medians, with the machine's description, to a Markdown file. Ratios are measured against a
baseline run on the same machine in the same moment (plain SQLite, `cp`), so a noisy box shifts
both sides alike. GUI, report and start-up figures run in fresh processes (benchmarks/probe.py).
The "## History" section of the output file is kept from one run to the next. Not part of the
test run; tests/integration/test_bench_smoke.py keeps it alive.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import backup_bench, probe, reports_bench, search_bench  # noqa: E402
from benchmarks.common import Result, large_vault, median_of, run_probe, timed  # noqa: E402
from services import interchange, queries  # noqa: E402
from storage import keyslots  # noqa: E402
from storage.keyslots import MINIMUM_ARGON2  # noqa: E402
from storage.uow import UnitOfWork  # noqa: E402
from storage.vault import create_vault, unlock_with_passphrase  # noqa: E402

PASSPHRASE = probe.PASSPHRASE


# ---- the large vault -------------------------------------------------------------------------


def interchange_file(cache: Path, folder: Path, size: int) -> Path:
    path = cache / f"interchange-{size}.json"
    if not path.exists():
        with unlock_with_passphrase(folder, PASSPHRASE) as vault, UnitOfWork(vault, "b") as uow:
            doc = interchange.export_document(uow, include_sealed=True)
        path.write_text(json.dumps(doc))
    return path


# ---- measurements ----------------------------------------------------------------------------


def unlock_to_dashboard(folder: Path, repeat: int) -> Result:
    """Unlock (less the Argon2id derivation, measured alone) until dashboard data is ready."""

    def kdf() -> float:
        return timed(lambda: keyslots._argon2(PASSPHRASE, b"0" * 16, MINIMUM_ARGON2))

    def once() -> float:
        started = time.perf_counter()
        vault = unlock_with_passphrase(folder, PASSPHRASE)
        with UnitOfWork(vault, "b") as uow:
            queries.dashboard(uow, dt.date.today())
        elapsed = time.perf_counter() - started
        vault.lock()
        return elapsed

    value = max(0.0, median_of(repeat, once) - median_of(repeat, kdf))
    return Result(
        "unlock (excluding key derivation) to dashboard data ready", "≤ 0.3 s", value, "s", 0.3
    )


def import_large_file(cache: Path, path: Path, repeat: int) -> Result:
    def once() -> float:
        target = Path(tempfile.mkdtemp(dir=cache)) / "v"
        vault, _ = create_vault(target, PASSPHRASE, params=MINIMUM_ARGON2)
        started = time.perf_counter()
        doc = json.loads(path.read_text())
        with vault, UnitOfWork(vault, "b") as uow:
            interchange.import_document(uow, doc)
            uow.commit()
        elapsed = time.perf_counter() - started
        shutil.rmtree(target.parent)
        return elapsed

    return Result(
        "import of the large interchange file",
        "≤ 30 s",
        median_of(max(1, repeat // 2), once),
        "s",
        30,
    )


def cipher_vs_plain(cache: Path, repeat: int, rows: int = 20_000) -> Result:
    """The same workload (insert, query upcoming, update) on a vault and on plain SQLite."""
    script = REPO / "benchmarks" / "workload.py"

    def run(mode: str) -> float:
        # The workload commits 221 times, each waiting for the disk: flush what earlier
        # measurements left to write first, so it does not land in one side's timing.
        os.sync()
        out = subprocess.run(
            [sys.executable, str(script), mode, str(cache), str(rows)],
            check=True,
            capture_output=True,
            text=True,
            cwd=REPO,
        )
        return float(out.stdout.strip().splitlines()[-1])

    ratios = []
    # Of all the figures this one swings most with the shared disk's other work: more pairs.
    for i in range(2 * repeat - 1):  # alternate which side goes first, so drifting load cancels
        if i % 2 == 0:
            cipher = run("cipher")
            plain = run("plain")
        else:
            plain = run("plain")
            cipher = run("cipher")
        ratios.append(cipher / plain)
    return Result(
        "SQLCipher vault vs the same workload on plain SQLite (insert, query upcoming, update)",
        "≤ 1.3×",
        statistics.median(ratios),
        "x",
        1.3,
        f"{rows:,} deadlines; median of {len(ratios)} pairs, which ranged "
        f"{min(ratios):.2f}–{max(ratios):.2f}×",
    )


# ---- measurements in a process of their own (benchmarks/probe.py) ----------------------------


def deadlines_list(folder: Path, repeat: int, size: int) -> list[Result]:
    """First rows of the deadlines list, and filter keystrokes, on the real widgets."""
    runs = [run_probe("list", folder) for _ in range(repeat)]
    keys = [k for r in runs for k in r["keystrokes"]]
    counted = " → ".join(f"“{line}”" for line in runs[0]["counted"])
    return [
        Result(
            f"deadlines list: first rows shown with {size * 10:,} deadlines",
            "≤ 0.3 s",
            statistics.median(r["first_rows"] for r in runs),
            "s",
            0.3,
            f"open deadlines listed; the count line reads “{runs[0]['first_counted']}”",
        ),
        Result(
            "deadlines list: one filter keystroke",
            "≤ 50 ms",
            statistics.median(keys),
            "ms",
            0.050,
            f"typing “{probe.FILTER_WORD}”, {len(keys)} keystrokes, slowest "
            f"{max(keys) * 1000:.0f} ms; the count line after each: {counted}",
        ),
    ]


def app_start(folder: Path, repeat: int) -> Result:
    value = median_of(repeat, lambda: run_probe("start", folder, start_clock=True)["seconds"])
    return Result(
        "app start to unlock window",
        "≤ 1 s",
        value,
        "s",
        1.0,
        "the database layer (SQLCipher, SQLAlchemy, the models, the court calendars) loads "
        "once it is painted; the pages, ReportLab and the document libraries (PDF pages, OCR, "
        "citations, dates, drafts) later still",
    )


def memory_every_list(folder: Path, repeat: int) -> Result:
    runs = [run_probe("memory", folder) for _ in range(max(1, repeat // 2))]
    return Result(
        "resident memory after unlocking the large vault and opening every list",
        "≤ 400 MB",
        statistics.median(r["rss_mb"] for r in runs),
        "MB",
        400,
        f"all {runs[0]['pages']} pages opened; peak {max(r['peak_mb'] for r in runs):.0f} MB",
    )


MEASUREMENTS = (
    "unlock",
    "list",
    "search",
    "start",
    "memory",
    "deadline-report",
    "register",
    "reports-floor",
    "import",
    "cipher",
    "backup",
    "backup-docs",
)


# ---- the report ------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import sqlcipher3

    version = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; SQLCipher {version[0] if version else '?'}"
    )


METHOD = """\
## How each figure is measured

Every figure is timed in process with `time.perf_counter()`; GUI figures come from Quash's real
widgets on Qt's offscreen platform, each run in a fresh process (`benchmarks/probe.py`).

- **Unlock to dashboard**: open the vault with its passphrase and compute the dashboard's data;
  the Argon2id derivation (the benchmark vault uses the 64 MiB minimum; a real vault is tuned
  to about half a second) is timed alone and subtracted.
- **Deadlines list, first rows**: with the vault unlocked and Qt warmed up on the clients list
  (as in a running app), from constructing the real `RecordsPage` for deadlines until its table
  has painted with rows: the widgets, the page's first query, its count, the people pick-list
  and the first paint. It lists open deadlines, the page's default.
- **Deadlines list, one filter keystroke**: a real key event into the filter box, then the
  filter applied at once (what the end of the 250 ms typing pause, or Enter, does), until the
  list has been painted again: the count of matches, the first page of rows, the model reset
  and the repaint. The 250 ms pause itself, which waits for the next key, is not counted.
- **Search keystroke**: `services.search.search` (what the search box runs once typing
  pauses: the full-text match, each kind's hits counted up to 1,000, the first hits of each
  kind ranked (the newest, for a kind with more than 1,000), their labels and excerpts) for
  each prefix of two letters or more of a few words, in process on the
  unlocked large vault; and one “more” page (`services.search.more`) per word. Qt's drawing of
  the drop-down is not included. Search, a “more” page and the deadlines list (first rows, a
  filter keystroke) are measured on vaults of a tenth, one and ten times `--size` matters
  (`benchmarks/search_bench.py`); the table shows the largest, each note how the figure grew,
  and `performance-growth.svg` beside the table plots it.
- **App start to unlock window**: from the moment before the parent starts a new Python process
  until the unlock dialog has been painted (wall clock across the two processes). The child
  imports `gui.app` as `main.py` does, then builds the `QApplication` and `UnlockDialog` as
  `gui.app.run_gui` and `gui.start.choose_vault` do; only the QSettings read of the last vault
  is left out. What loads after the paint (the database layer, on a thread of its own while the
  person types) is not counted.
- **Resident memory**: VmRSS from `/proc/self/status` after unlocking, building the
  `MainWindow` and showing each of its pages in turn (each list loads its first page).
- **Reports**: `reports.deadline_report` (open deadlines due in the next 30 days, by day; the
  printed report's “and everything overdue” is off) and `reports.register` (all dates, with its
  four charts), written to a PDF in a fresh process whose first report this is (fonts are
  registered inside the timing). Peak memory is the process's VmHWM, import and vault included.
- **Reports against their floor**: the deadline report with `report deadlines`' defaults (the
  next 14 days and everything overdue), the register (every subpoena, with charts) and the
  matter summary of one matter made large, each against a floor in a process of its own that
  unlocks the same vault, reads the same rows through the same query and draws them with
  ReportLab's `canvas.drawString` (a header, a line a row, “Page X of Y” on each page; no
  wrapping, script fonts, bands or charts). Report and floor alternate; the median of the
  pairs' ratios of time (after unlocking, until the file is written) and of the process's peak
  memory (Argon2id's 64 MiB in both) is reported.
- **Import**: parse the interchange file exported from the large vault and import it into a new
  vault.
- **Ratios**: each pair runs back to back, and the median of the per-pair ratios is reported.
  SQLCipher vs plain SQLite runs `benchmarks/workload.py` in two processes. Backup and restore
  are compared with copying `quash.db` by `shutil.copyfile` and then fsyncing the copy and its
  folder, as the backup fsyncs its file and folder; source and target are on the same disk.
  “Create + verify” is `services.backups.create_backup` (seal the held vault file, checking
  every page's MAC, as it does for a folder on the vault's own disk, fsync, read back from the
  device and authenticate, rename, audit entry) followed by `verify_backup` (every byte
  authenticated; `--deep`, which also checks every page again and runs SQLite's integrity
  check, is not timed);
  restore is `services.backups.restore_backup` into a new folder (authenticate and decrypt, new
  data key, new key slots, migrations, audit check). Argon2id runs at the 64 MiB minimum and its
  time, clocked while it runs, is subtracted, as for unlocking. Create + verify is compared
  with `cp` + fsync followed by reading the copy back from the device (a copy larger than
  256 MiB let go from the page cache as it is read, as the backup's reader lets go of a
  backup); restore with `cp` + one
  bulk re-encryption of the file (the least a new data key costs: AES-256-CBC decrypt and
  encrypt and one HMAC-SHA512 pass, into reused buffers), streamed, its cipher calls timed.
  The vault with 2 GB of scanned documents (`--documents-bytes`) runs each phase in a fresh
  process, for its peak memory (VmHWM) and the longest wait between two progress reports that
  say something new; its phases include a deep verify (`--deep`, what the GUI's Verify runs),
  which is not part of the ratios. Such a process first does, untimed, what a running app has
  done once whatever the vault's size: setting up the database layer's mappings and (for a
  restore) loading the migrations.

The machine has 2 cores and may be running other work at the same time; the load average is
noted above. Ratios hold up better than absolute times on such a box.
"""


def write_report(
    results: list[Result], out: Path, size: int, repeat: int, load: tuple[float, float]
) -> None:
    lines = [
        "# Performance",
        "",
        f"Measured {dt.datetime.now():%Y-%m-%d %H:%M} by `benchmarks/bench.py` on: {machine()}. "
        f"Load average (1 min) {load[0]:.2f} at the start, {load[1]:.2f} at the end.",
        "",
        f"Vault: `demo --size {size}` ({size:,} matters, {size // 5:,} clients, "
        f"{size * 3 // 10:,} accounts, {size * 2:,} subpoenas, {size * 10:,} deadlines, "
        f"{size * 5:,} docket events). Each figure is the median of {repeat} "
        f"run{'s' if repeat != 1 else ''} unless its note says otherwise.",
        "",
        "| what | target | median | met | note |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.target} | {r.shown()} | {'yes' if r.ok else '**no**'} | {r.note} |"
        )
    history = (
        out.read_text().split("## History", 1)[1]
        if out.exists() and "## History" in out.read_text()
        else "\n"
    )
    lines += ["", METHOD, "## History", "", history.strip("\n"), ""]
    out.write_text("\n".join(lines))


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=None, help="default docs/PERFORMANCE.md")
    parser.add_argument("--cache", type=Path, default=REPO / "benchmarks" / ".cache")
    parser.add_argument(
        "--documents-bytes",
        type=int,
        default=2_000_000_000,
        help="scanned documents in the vault that backup-docs backs up and restores",
    )
    parser.add_argument(
        "--phases-in-process",
        action="store_true",
        help="run backup-docs' backups, verifies and restores in this process instead of one "
        "process each: quicker (the smoke test), but their peak memory then counts what ran before",
    )
    parser.add_argument(
        "--only",
        default="",
        help=f"comma-separated subset of {','.join(MEASUREMENTS)}; writes a report only with --out",
    )
    args = parser.parse_args(argv)
    only = [m for m in args.only.split(",") if m]
    unknown = set(only) - set(MEASUREMENTS)
    if unknown:
        parser.error(f"unknown measurement(s): {', '.join(sorted(unknown))}")
    out = args.out or (None if only else REPO / "docs" / "PERFORMANCE.md")
    args.cache.mkdir(parents=True, exist_ok=True)
    size, repeat, cache = args.size, args.repeat, args.cache
    folder = large_vault(cache, size)
    steps: dict[str, Callable[[], Result | list[Result]]] = {
        "unlock": lambda: unlock_to_dashboard(folder, repeat),
        "list": lambda: deadlines_list(folder, repeat, size),
        "search": lambda: search_bench.search_growth(
            cache,
            repeat,
            (size // 10, size, size * 10),
            svg=out.with_name("performance-growth.svg") if out else None,
        ),
        "start": lambda: app_start(folder, repeat),
        "memory": lambda: memory_every_list(folder, repeat),
        "deadline-report": lambda: reports_bench.deadline_report(folder, cache, repeat),
        "register": lambda: reports_bench.subpoena_register(folder, cache, repeat, size),
        "reports-floor": lambda: reports_bench.reports_vs_floor(folder, cache, repeat, size),
        "import": lambda: import_large_file(cache, interchange_file(cache, folder, size), repeat),
        "cipher": lambda: cipher_vs_plain(cache, repeat, min(20_000, max(1000, size * 2))),
        "backup": lambda: backup_bench.backup_and_restore(folder, cache, repeat),
        "backup-docs": lambda: backup_bench.documents_backups(
            folder,
            cache,
            min(repeat, 3),
            total_bytes=args.documents_bytes,
            fresh=not args.phases_in_process,
        ),
    }
    load_at_start = load_average()
    results: list[Result] = []
    for name in MEASUREMENTS:
        if only and name not in only:
            continue
        found = steps[name]()
        for r in found if isinstance(found, list) else [found]:
            print(f"{'ok ' if r.ok else 'MISS'} {r.name}: {r.shown()} (target {r.target})")
            results.append(r)
    if out is not None:
        write_report(results, out, size, repeat, (load_at_start, load_average()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
