"""Backups and restores against their floors, measured side by side: copying the vault file
(`cp`), reading the copy back from the device, and one bulk re-encryption of the file; on the
large vault and on a vault holding gigabytes of scanned documents (time, peak memory, and the
longest wait without progress).

    python -m benchmarks.backup_bench --docs-bytes 2000000000    # the documents vault alone
    python -m benchmarks.backup_bench --large --docs-bytes 0      # the large vault alone

bench.py runs `backup_and_restore` and `documents_backups`. Each backup, verify and restore of
the documents vault runs in a fresh process of its own (`--phase`), so its peak resident
memory (VmHWM) is its own.
"""

from __future__ import annotations

import argparse
import contextlib
import hmac
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy.orm import configure_mappers

from benchmarks.common import REPO, Result, large_vault
from benchmarks.probe import PASSPHRASE, emit, rss_mb
from services import backups, demo, documents
from storage import backup, keyslots
from storage.atomic import fsync_directory
from storage.backup import crypto, writer
from storage.backup.snapshot import let_go
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault, known_revisions, unlock_with_passphrase
from storage.vault_folder import DB_NAME

READ_BYTES = 1 << 20  # the read-back and the floor go through the file a MiB at a time
SCAN_BYTES = 5_000_000  # one scanned document in the documents vault

# ---- clocks -------------------------------------------------------------------------------------


@contextlib.contextmanager
def clocked(
    *functions: tuple[Any, str], intervals: list[tuple[float, float]] | None = None
) -> Iterator[list[float]]:
    """Add up the seconds spent in each (module, function name) while the block runs (and note
    each call's start and end in `intervals` if given); the benchmark's own wrapping, put back
    afterwards: nothing in Quash changes."""
    spent = [0.0]
    originals = [(module, name, getattr(module, name)) for module, name in functions]

    def clock(fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                ended = time.perf_counter()
                spent[0] += ended - started
                if intervals is not None:
                    intervals.append((started, ended))

        return run

    for module, name, fn in originals:
        setattr(module, name, clock(fn))
    try:
        yield spent
    finally:
        for module, name, fn in originals:
            setattr(module, name, fn)


def kdf_clock(
    intervals: list[tuple[float, float]] | None = None,
) -> contextlib.AbstractContextManager[list[float]]:
    """Argon2id's seconds, to leave them out as the unlock measurement does (a backup derives
    its key where it reads one and where it writes one)."""
    return clocked(
        (keyslots, "_argon2"), (crypto, "derive_kek"), (writer, "derive_kek"), intervals=intervals
    )


# ---- the floors ---------------------------------------------------------------------------------


def copy_vault_file(folder: Path, work: Path, *, read_back: bool = False) -> tuple[float, float]:
    """The baseline: copy quash.db, then fsync the copy and its folder (as a backup does);
    with `read_back`, then drop the copy from the page cache and read it back from the device
    (as a backup's verification does). Returns (copy seconds, read-back seconds)."""
    target = work / "copy"
    target.mkdir()
    copy = target / DB_NAME
    started = time.perf_counter()
    shutil.copyfile(folder / DB_NAME, copy)
    fd = os.open(copy, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_directory(target)
    copied = time.perf_counter() - started
    read = read_back_seconds(copy) if read_back else 0.0
    shutil.rmtree(target)
    return copied, read


def read_back_seconds(path: Path) -> float:
    """Forget the file's cached pages, then read it a MiB at a time (what `_read_back` reads);
    a file larger than a backup that stays cached is let go as it is read, as a backup's
    reader does (otherwise this machine charges the floor for filling ever new pages of the
    cache, which the backup's reader does not pay)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        let_go(fd, 0, 0)
        forget = crypto.leaves_the_cache(path.stat().st_size)
        buffer = bytearray(READ_BYTES)
        read = 0
        started = time.perf_counter()
        while got := os.readv(fd, [buffer]):
            read += got
            if forget:
                let_go(fd, 0, read)
        return time.perf_counter() - started
    finally:
        os.close(fd)


def reencryption_floor(path: Path) -> float:
    """The least that putting the vault file under a new key can cost on this machine:
    SQLCipher's page cipher (AES-256-CBC and HMAC-SHA512) run by OpenSSL over the whole file in
    bulk (decrypt under the old key, encrypt under the new, MAC), a MiB per call, no SQLite
    around it and no per-page work. Only the cipher calls are timed, not reading the file.
    SQLCipher's own re-encryption also checks each old page's MAC."""
    key, iv = os.urandom(32), os.urandom(16)
    decrypt = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    encrypt = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    mac = hmac.new(key, digestmod="sha512")
    chunk = bytearray(READ_BYTES)
    out = bytearray(READ_BYTES + 16)  # into reused buffers: no allocation per MiB
    spent = 0.0
    with path.open("rb", buffering=0) as handle:
        while length := handle.readinto(chunk):
            view = memoryview(chunk)[: length - length % 16]
            started = time.perf_counter()
            decrypt.update_into(view, out)
            encrypt.update_into(view, out)
            mac.update(view)
            spent += time.perf_counter() - started
    return spent


# ---- the large vault ----------------------------------------------------------------------------


def backup_and_restore(folder: Path, cache: Path, repeat: int) -> list[Result]:
    """Backup create + verify against copying the vault file and reading the copy back; restore
    against copying it and one bulk re-encryption; interleaved so both sides of each ratio share
    the machine's moment."""
    work = Path(tempfile.mkdtemp(dir=cache))
    keys = ("cp", "read", "create", "verify", "restore", "floor", "made_x", "restored_x")
    rounds: dict[str, list[float]] = {k: [] for k in keys}
    try:
        with unlock_with_passphrase(folder, PASSPHRASE) as vault:
            for round_ in range(repeat):
                copied, read = copy_vault_file(folder, work, read_back=True)
                target = work / "stick"
                target.mkdir()
                with kdf_clock() as spent, UnitOfWork(vault, "benchmark") as uow:
                    started = time.perf_counter()
                    created = backups.create_backup(
                        uow, target, PASSPHRASE, params=MINIMUM_ARGON2
                    )  # not committed: the vault's audit log stays as built
                    create = time.perf_counter() - started - spent[0]
                    backups.verify_backup(created.path, PASSPHRASE)
                    made = time.perf_counter() - started - spent[0]
                rounds["cp"].append(copied)
                rounds["read"].append(read)
                rounds["create"].append(create)
                rounds["verify"].append(made - create)
                rounds["made_x"].append(made / (copied + read))

                copied, _ = copy_vault_file(folder, work)
                floor = reencryption_floor(folder / DB_NAME)
                with kdf_clock() as spent:
                    started = time.perf_counter()
                    backups.restore_backup(
                        created.path,
                        PASSPHRASE,
                        work / f"restored-{round_}",
                        PASSPHRASE,
                        actor="benchmark",
                        params=MINIMUM_ARGON2,
                    )
                    elapsed = time.perf_counter() - started - spent[0]
                rounds["cp"].append(copied)
                rounds["floor"].append(floor)
                rounds["restore"].append(elapsed)
                rounds["restored_x"].append(elapsed / (copied + floor))
                shutil.rmtree(target)
                shutil.rmtree(work / f"restored-{round_}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    m = {k: statistics.median(v) for k, v in rounds.items()}
    size = backup.human_size((folder / DB_NAME).stat().st_size)
    return [
        Result(
            "backup create + verify vs copying the vault file with `cp` and reading the copy back",
            "≤ 2.5×",
            m["made_x"],
            "x",
            2.5,
            f"{size} vault; cp + fsync {_ms(m['cp'])}, reading the copy back from the device "
            f"{_ms(m['read'])}; create {_ms(m['create'])} (it reads its file back from the "
            f"device too), verify {_ms(m['verify'])}; Argon2id left out; ratios ranged "
            f"{_range(rounds['made_x'])}",
        ),
        Result(
            "restore vs copying the vault file with `cp` and one bulk re-encryption",
            "≤ 1.5×",
            m["restored_x"],
            "x",
            1.5,
            f"restore {_ms(m['restore'])}, which checks every page's MAC and puts the page under "
            "a new data key as it extracts it (so a key from the old machine opens nothing "
            f"restored; see docs/backup-format.md); floor: cp {_ms(m['cp'])} + re-encryption "
            f"{_ms(m['floor'])} (OpenSSL's AES-256-CBC decrypt and encrypt and HMAC-SHA512 over "
            f"the file in bulk); ratios ranged {_range(rounds['restored_x'])}; Argon2id (three "
            "derivations) left out",
        ),
    ]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def _range(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}×"


# ---- the documents vault ------------------------------------------------------------------------


def scan(size: int) -> bytes:
    """An incompressible "scan": random bytes wrapped as a minimal PDF."""
    head, tail = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", b"\n%%EOF\n"
    return head + os.urandom(max(0, size - len(head) - len(tail))) + tail


def documents_vault(cache: Path, total_bytes: int, scan_bytes: int = SCAN_BYTES) -> Path:
    """A small vault (the public cases) with `total_bytes` of scans attached to its subpoenas
    through services.documents, built once and kept in `cache`. The build's seconds are kept
    beside it (build-seconds)."""
    folder = cache / f"vault-docs-{total_bytes}"
    if (folder / "quash.keys").exists() and (folder / "build-seconds").exists():
        unlock_with_passphrase(folder, PASSPHRASE).lock()  # an older Quash's vault migrates
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    vault, _ = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2)
    with vault:
        with UnitOfWork(vault, "benchmark") as uow:
            demo.fill_public_cases(uow)
            uow.commit()
        with UnitOfWork(vault, "benchmark") as uow:
            owners = [v.id for v in documents_owners(uow)]
        done, n = 0, 0
        while done < total_bytes:
            size = min(scan_bytes, total_bytes - done)
            with UnitOfWork(vault, "benchmark") as uow:
                owner = documents.on_subpoena(owners[n % len(owners)])
                documents.attach(uow, owner, f"scan-{n + 1:04d}.pdf", scan(max(size, 64)))
                uow.commit()
            done += size
            n += 1
    (folder / "build-seconds").write_text(f"{time.perf_counter() - started:.1f}\n")
    return folder


def documents_owners(uow: UnitOfWork) -> list[Any]:
    from models.entities import Subpoena

    return list(uow.session.query(Subpoena).order_by(Subpoena.id))


class RecordingTask:
    """A task that notes when each report said something new (done, total or text)."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.reports: list[tuple[float, int, int, str]] = []

    def progress(self, done: int, total: int, text: str = "") -> None:
        if not self.reports or self.reports[-1][1:] != (done, total, text):
            self.reports.append((time.perf_counter(), done, total, text))

    def check(self) -> None:
        """Nobody cancels."""

    def longest_gap(self, ended: float, left_out: list[tuple[float, float]]) -> tuple[float, str]:
        """The longest time without a new report, from the start to `ended`, not counting the
        `left_out` intervals (Argon2id: its cost is the passphrase's, whatever the vault's
        size), and the text shown during it."""
        marks = [(self.started, "(before the first report)")]
        marks += [(when, text) for when, _d, _t, text in self.reports]
        marks.append((ended, "(end)"))
        gaps = []
        for (start, text), (end, _next) in zip(marks, marks[1:], strict=False):
            overlap = sum(max(0.0, min(end, b) - max(start, a)) for a, b in left_out)
            gaps.append((end - start - overlap, text))
        return max(gaps)


def run_phase(phase: str, folder: Path, stick: Path, restored: Path) -> dict[str, Any]:
    """One backup, verify, deep verify (`--deep`, what the GUI's Verify runs) or restore (in a
    fresh process: `--phase`): its seconds (Argon2id left out), peak memory before and after,
    and the longest wait without progress."""
    # What a running app has done once, whatever the vault's size: not timed.
    configure_mappers()  # SQLAlchemy's mappings, set up by the first query
    if phase == "restore":
        known_revisions()  # the migrations (Alembic), loaded once
    task = RecordingTask()
    base_rss, base_peak = rss_mb()
    derivations: list[tuple[float, float]] = []
    with kdf_clock(derivations) as spent:
        if phase == "create":
            with unlock_with_passphrase(folder, PASSPHRASE) as vault:
                base_rss, base_peak = rss_mb()
                with UnitOfWork(vault, "benchmark") as uow:
                    task = RecordingTask()
                    spent[0] = 0.0
                    backups.create_backup(uow, stick, PASSPHRASE, params=MINIMUM_ARGON2, task=task)
                    ended = time.perf_counter()
        elif phase in ("verify", "deep verify"):
            [path] = list(stick.iterdir())
            task = RecordingTask()
            backups.verify_backup(path, PASSPHRASE, deep=phase == "deep verify", task=task)
            ended = time.perf_counter()
        else:
            [path] = list(stick.iterdir())
            task = RecordingTask()
            backups.restore_backup(
                path,
                PASSPHRASE,
                restored,
                PASSPHRASE,
                actor="benchmark",
                params=MINIMUM_ARGON2,
                task=task,
            )
            ended = time.perf_counter()
    gap, during = task.longest_gap(ended, derivations)
    _rss, peak = rss_mb()
    return {
        "seconds": ended - task.started - spent[0],
        "kdf": spent[0],
        "base_peak_mb": base_peak,
        "peak_mb": peak,
        "gap": gap,
        "gap_during": during,
        "reports": len(task.reports),
    }


def phase_in_fresh_process(
    phase: str, folder: Path, stick: Path, restored: Path, *, fresh: bool = True
) -> dict[str, Any]:
    """`run_phase` in a process of its own (`fresh`; in this one for the smoke test, whose
    figures are not read)."""
    if not fresh:
        return run_phase(phase, folder, stick, restored)
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.backup_bench", "--phase", phase]
        + [str(folder), str(stick), str(restored)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"backup phase {phase} failed: {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def one_round(folder: Path, work: Path, *, fresh: bool = True) -> dict[str, Any]:
    """A backup, a verify, a deep verify and a restore of `folder`, each in a fresh process,
    each after its floor: cp + read back before the backup, cp + one re-encryption before the
    restore. The deep verify counts for memory and waits, not in the ratios."""
    stick, restored = work / "stick", work / "restored"
    stick.mkdir()
    try:
        copied, read = copy_vault_file(folder, work, read_back=True)
        create = phase_in_fresh_process("create", folder, stick, restored, fresh=fresh)
        verify = phase_in_fresh_process("verify", folder, stick, restored, fresh=fresh)
        deep = phase_in_fresh_process("deep verify", folder, stick, restored, fresh=fresh)
        copied_again, _ = copy_vault_file(folder, work)
        floor = reencryption_floor(folder / DB_NAME)
        restore_ = phase_in_fresh_process("restore", folder, stick, restored, fresh=fresh)
    finally:
        shutil.rmtree(stick, ignore_errors=True)
        shutil.rmtree(restored, ignore_errors=True)
    phases = {"create": create, "verify": verify, "deep verify": deep, "restore": restore_}
    return {
        "cp": copied,
        "read": read,
        "cp2": copied_again,
        "floor": floor,
        "phases": phases,
        "made_x": (create["seconds"] + verify["seconds"]) / (copied + read),
        "restored_x": restore_["seconds"] / (copied_again + floor),
        "peak": max(p["peak_mb"] for p in phases.values()),
        "gap": max((p["gap"], name, p["gap_during"]) for name, p in phases.items()),
    }


def documents_backups(
    small: Path,
    cache: Path,
    repeat: int,
    total_bytes: int = 2_000_000_000,
    scan_bytes: int = SCAN_BYTES,
    *,
    fresh: bool = True,
) -> list[Result]:
    """Backup + verify and restore of a vault holding `total_bytes` of scanned documents
    against their floors; their peak memory against the same on the vault at `small`; the
    longest wait without progress. `fresh`: each phase in a process of its own (the smoke
    test runs them in its own process)."""
    folder = documents_vault(cache, total_bytes, scan_bytes)
    built = float((folder / "build-seconds").read_text())
    work = Path(tempfile.mkdtemp(dir=cache))
    try:
        reference = one_round(small, work, fresh=fresh)
        rounds = [one_round(folder, work, fresh=fresh) for _ in range(repeat)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    made = [r["made_x"] for r in rounds]
    restored = [r["restored_x"] for r in rounds]
    last = rounds[-1]
    p = last["phases"]
    size = backup.human_size((folder / DB_NAME).stat().st_size)
    small_size = backup.human_size((small / DB_NAME).stat().st_size)
    docs = f"{backup.human_size(total_bytes)} of scans ({_scans(total_bytes, scan_bytes)})"
    peak = max(r["peak"] for r in rounds)
    gap, gap_phase, gap_during = max(r["gap"] for r in rounds)
    peaks = ", ".join(f"{k} {v['peak_mb']:.0f}" for k, v in p.items())
    where = "each in a fresh process" if fresh else "all in the benchmark's own process"
    peak_of = "each fresh process" if fresh else "the benchmark's own process (not fresh)"
    small_peaks = ", ".join(f"{k} {v['peak_mb']:.0f}" for k, v in reference["phases"].items())
    return [
        Result(
            f"backup create + verify of a vault with {backup.human_size(total_bytes)} of "
            "scanned documents vs `cp` and reading the copy back",
            "≤ 2.5×",
            statistics.median(made),
            "x",
            2.5,
            f"{size} vault, {docs}, built once in {built:.0f} s; cp + fsync {_ms(last['cp'])}, "
            f"read back {_ms(last['read'])}; create {_ms(p['create']['seconds'])}, verify "
            f"{_ms(p['verify']['seconds'])}; {where}; {len(rounds)} round(s), "
            f"ratios {_range(made)}",
        ),
        Result(
            f"restore of a vault with {backup.human_size(total_bytes)} of scanned documents vs "
            "`cp` and one bulk re-encryption",
            "≤ 1.5×",
            statistics.median(restored),
            "x",
            1.5,
            f"restore {_ms(p['restore']['seconds'])}; floor: cp {_ms(last['cp2'])} + "
            f"re-encryption {_ms(last['floor'])}; {len(rounds)} round(s), ratios "
            f"{_range(restored)}",
        ),
        Result(
            f"backup, verify, restore with {backup.human_size(total_bytes)} of documents: peak "
            "resident memory",
            f"flat (≤ the {small_size} vault's + 32 MB)",
            peak,
            "MB",
            reference["peak"] + 32,
            f"VmHWM of {peak_of}, imports included: {peaks} MB; on the {small_size} "
            f"vault: {small_peaks} MB",
        ),
        Result(
            f"backup, verify, restore with {backup.human_size(total_bytes)} of documents: "
            "longest wait without progress",
            "≤ 2 s",
            gap,
            "s",
            2.0,
            f"in {gap_phase}, while showing “{gap_during}” (Argon2id's derivations, whose "
            "time is the passphrase's and not the vault's, not counted); reports: "
            + ", ".join(f"{k} {v['reports']}" for k, v in p.items()),
        ),
    ]


def _scans(total_bytes: int, scan_bytes: int) -> str:
    count = -(-total_bytes // scan_bytes)
    return f"{count} of {backup.human_size(scan_bytes)}" if count > 1 else "one"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", nargs=4, metavar=("PHASE", "VAULT", "STICK", "RESTORED"))
    parser.add_argument("--docs-bytes", type=int, default=2_000_000_000)
    parser.add_argument("--scan-bytes", type=int, default=SCAN_BYTES)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--size", type=int, default=10_000, help="the large vault's matters")
    parser.add_argument("--cache", type=Path, default=REPO / "benchmarks" / ".cache")
    parser.add_argument("--large", action="store_true", help="also the large vault's two rows")
    args = parser.parse_args(argv)
    if args.phase:
        phase, *paths = args.phase
        emit(**run_phase(phase, *(Path(p) for p in paths)))
        return 0
    args.cache.mkdir(parents=True, exist_ok=True)
    small = large_vault(args.cache, args.size)
    results = backup_and_restore(small, args.cache, args.repeat) if args.large else []
    if args.docs_bytes > 0:
        results += documents_backups(
            small, args.cache, args.repeat, args.docs_bytes, args.scan_bytes
        )
    for r in results:
        print(f"{'ok ' if r.ok else 'MISS'} {r.name}: {r.shown()} (target {r.target})\n  {r.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
