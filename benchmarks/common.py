"""What every benchmark module shares: a measured figure against its target, and timing helpers."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
PROBE = REPO / "benchmarks" / "probe.py"

from benchmarks.probe import PASSPHRASE, T0_ENV  # noqa: E402
from services import demo  # noqa: E402
from storage.keyslots import MINIMUM_ARGON2  # noqa: E402
from storage.uow import UnitOfWork  # noqa: E402
from storage.vault import create_vault, unlock_with_passphrase  # noqa: E402


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


def large_vault(cache: Path, size: int) -> Path:
    """The synthetic vault of `size` matters (the proportions of `demo --size`), built once and
    kept in `cache`."""
    folder = cache / f"vault-{size}"
    if (folder / "quash.keys").exists():
        # A vault cached by an older Quash is migrated here, outside every timing.
        unlock_with_passphrase(folder, PASSPHRASE).lock()
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    vault, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2)
    with vault, UnitOfWork(vault, "benchmark") as uow:
        demo.fill_synthetic(uow, size)
        uow.commit()
    return folder


def run_probe(name: str, folder: Path, *args: object, start_clock: bool = False) -> dict[str, Any]:
    """One measurement of benchmarks/probe.py in a fresh process: its last line, as JSON."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(PROBE), name, str(folder), *map(str, args)]
    if start_clock:
        env[T0_ENV] = repr(time.time())  # the last thing before the process starts
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO, env=env)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))
