"""Quash's benchmark suite: how fast the app stays with a large office's case load.

    python -m benchmarks.bench [--size 10000] [--repeat 5] [--out docs/PERFORMANCE.md]

Builds (once, cached in benchmarks/.cache/) a synthetic vault with `--size` matters and the
proportions of `demo --size` (10,000 matters, 2,000 clients, 3,000 accounts, 20,000 subpoenas,
100,000 deadlines, 50,000 docket events), runs each measurement `--repeat` times and writes the
medians, with the machine's description, to a Markdown file. Ratios are measured against a
baseline run on the same machine in the same moment (plain SQLite, `cp`), so a noisy box shifts
both sides alike. Not part of the test run; tests/integration/test_bench_smoke.py keeps it alive.
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from services import demo, interchange, queries  # noqa: E402
from storage import keyslots  # noqa: E402
from storage.keyslots import MINIMUM_ARGON2  # noqa: E402
from storage.uow import UnitOfWork  # noqa: E402
from storage.vault import create_vault, unlock_with_passphrase  # noqa: E402

PASSPHRASE = "benchmark vault passphrase"


@dataclass
class Result:
    name: str
    target: str
    value: float
    unit: str  # "s", "ms", "MB", "x"
    limit: float
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.value <= self.limit

    def shown(self) -> str:
        if self.unit == "ms":
            return f"{self.value * 1000:.1f} ms"
        if self.unit == "x":
            return f"{self.value:.2f}×"
        if self.unit == "MB":
            return f"{self.value:.0f} MB"
        return f"{self.value:.3f} s"


def median_of(repeat: int, fn: Callable[[], float]) -> float:
    return statistics.median(fn() for _ in range(repeat))


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


# ---- the large vault -------------------------------------------------------------------------


def large_vault(cache: Path, size: int) -> Path:
    folder = cache / f"vault-{size}"
    if (folder / "quash.keys").exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    vault, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2)
    with vault, UnitOfWork(vault, "benchmark") as uow:
        demo.fill_synthetic(uow, size)
        uow.commit()
    return folder


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


def cipher_vs_plain(cache: Path, repeat: int) -> Result:
    """The same workload (insert, query upcoming, update) on a vault and on plain SQLite."""
    script = REPO / "benchmarks" / "workload.py"

    def run(mode: str) -> float:
        out = subprocess.run(
            [sys.executable, str(script), mode, str(cache)],
            check=True,
            capture_output=True,
            text=True,
            cwd=REPO,
        )
        return float(out.stdout.strip().splitlines()[-1])

    ratios = [run("cipher") / run("plain") for _ in range(repeat)]
    return Result(
        "SQLCipher vault vs the same workload on plain SQLite",
        "≤ 1.3×",
        statistics.median(ratios),
        "x",
        1.3,
    )


MEASUREMENTS: list[str] = ["unlock", "import", "cipher"]


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


def write_report(results: list[Result], out: Path, size: int, repeat: int) -> None:
    lines = [
        "# Performance",
        "",
        f"Measured {dt.datetime.now():%Y-%m-%d %H:%M} with `make bench` on: {machine()}.",
        "",
        f"Vault: `demo --size {size}` ({size:,} matters, {size // 5:,} clients, "
        f"{size * 3 // 10:,} accounts, {size * 2:,} subpoenas, {size * 10:,} deadlines, "
        f"{size * 5:,} docket events). Each figure is the median of {repeat} runs.",
        "",
        "| what | target | median | met |",
        "|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.target} | {r.shown()} | {'yes' if r.ok else '**no**'} |"
            + (f" {r.note}" if r.note else "")
        )
    history = (
        out.read_text().split("## History", 1)[1]
        if out.exists() and "## History" in out.read_text()
        else "\n"
    )
    lines += ["", "## History", history.strip("\n"), ""]
    out.write_text("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "PERFORMANCE.md")
    parser.add_argument("--cache", type=Path, default=REPO / "benchmarks" / ".cache")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    folder = large_vault(args.cache, args.size)
    results = [
        unlock_to_dashboard(folder, args.repeat),
        import_large_file(args.cache, interchange_file(args.cache, folder, args.size), args.repeat),
        cipher_vs_plain(args.cache, args.repeat),
    ]
    for r in results:
        print(f"{'ok ' if r.ok else 'MISS'} {r.name}: {r.shown()} (target {r.target})")
    write_report(results, args.out, args.size, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
