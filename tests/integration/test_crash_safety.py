"""Crash safety: killing Quash mid-write (SIGKILL: no cleanup, no atexit) never loses a committed
record, never keeps half a transaction and never leaves a vault that fails its integrity checks.

The writers are real child processes on a real SQLCipher vault in a temp folder; the parent
kills them at varied moments and, after each kill, the next process has to recover the hot
rollback journal on its own.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from services import audit, records
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import Vault, create_vault, head_revision, unlock_with_passphrase
from tests.conftest import PASSPHRASE, REPO
from tests.support.crash_writer import DEADLINES_PER_MATTER

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt", reason="needs SIGKILL")]

WRITER = REPO / "tests" / "support" / "crash_writer.py"
JOURNAL = "quash.db-journal"
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
COMMITTED = re.compile(r"^COMMITTED (\d+) (.+)$")
WRITER_ROUNDS = 12
IMPORT_MATTERS = 3000
IMPORT_DEADLINES = 6000


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUASH_")}
    env["QUASH_PASSPHRASE"] = PASSPHRASE
    env["QUASH_USER"] = "Crash Test"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def make_vault(folder: Path) -> None:
    vault, _recovery = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2)
    vault.lock()


def kill_and_collect(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    """SIGKILL the child (if it still runs) and read what it printed before dying."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    return proc.returncode, out, err


def journal_state(folder: Path) -> str:
    """'absent'; 'cold' (a journal SQLite ignores: its header has no magic yet because nothing
    in the database file was changed before the kill); or 'hot' (the database file may hold
    half a commit, and the next open must roll it back)."""
    try:
        head = (folder / JOURNAL).read_bytes()[:8]
    except FileNotFoundError:
        return "absent"
    return "hot" if head == JOURNAL_MAGIC else "cold"


def journal_stamp(folder: Path) -> tuple[int, int, int] | None:
    try:
        st = (folder / JOURNAL).stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def check_healthy(vault: Vault) -> None:
    assert vault.integrity_problems() == []
    with UnitOfWork(vault, "Crash Test") as uow:
        chain = audit.verify(uow)
    assert chain.intact, chain.problems


# ---- the writer loop ----------------------------------------------------------------------------


def run_writer_round(folder: Path, label: str, delay: float) -> tuple[list[str], str]:
    """Start a writer, let it write for `delay` seconds after it says it is writing, SIGKILL it.
    Returns the titles it reported as committed, and the journal's state after the kill if this
    round's writer had touched it (so the kill landed inside a write transaction), else ''."""
    before = journal_stamp(folder)
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), label],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=REPO,
    )
    watchdog = threading.Timer(60, proc.kill)  # a writer stuck before READY cannot hang the run
    watchdog.start()
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        if first.strip() != "READY":
            _code, out, err = kill_and_collect(proc)
            pytest.fail(f"writer {label} did not start: {first!r}{out!r}\n{err}")
        time.sleep(delay)  # the deliberate kill delay
        code, out, err = kill_and_collect(proc)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            kill_and_collect(proc)
    after = journal_stamp(folder)
    in_flight = journal_state(folder) if after is not None and after != before else ""
    assert code == -signal.SIGKILL, f"writer {label} ended on its own ({code}): {err}"
    titles = []
    for line in out.splitlines():
        match = COMMITTED.match(line)
        assert match, f"unexpected output from writer {label}: {line!r}"
        titles.append(match.group(2))
    return titles, in_flight


def test_records_reported_as_saved_survive_being_killed_mid_write(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)
    rng = random.Random(20260601)
    reported: dict[str, list[str]] = {}
    kills_in_flight: Counter[str] = Counter()
    for round_no in range(WRITER_ROUNDS):
        label = f"round{round_no:02d}"
        delay = rng.uniform(0.3, 1.5)
        titles, in_flight = run_writer_round(folder, label, delay)
        # Titles come in order: marker 0, 1, 2, ... with none skipped.
        assert titles == [f"{label} marker {i}" for i in range(len(titles))]
        reported[label] = titles
        if in_flight:
            kills_in_flight[in_flight] += 1
    assert all(reported.values()), f"a writer committed nothing: {reported}"
    # At least one kill hit a transaction in flight, so recovery was really exercised.
    assert sum(kills_in_flight.values()) > 0

    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        check_healthy(vault)
        with UnitOfWork(vault, "Crash Test") as uow:
            matters = records.list_records(uow, "matters")
            deadlines = records.list_records(uow, "deadlines")
    assert journal_state(folder) != "hot", "opening the vault left a hot journal behind"

    stored = [m.title for m in matters]
    assert len(stored) == len(set(stored)), "a transaction was applied twice"
    for label, titles in reported.items():
        kept = sorted(
            (t for t in stored if t.startswith(f"{label} ")),
            key=lambda t: int(t.rsplit(" ", 1)[1]),
        )
        # Everything the writer reported is there. At most one more: a transaction that had
        # committed when the kill came between COMMIT and the print.
        assert kept[: len(titles)] == titles, f"{label}: a reported commit was lost"
        assert len(kept) - len(titles) in (0, 1), f"{label}: records nobody wrote: {kept}"
        if len(kept) > len(titles):
            assert kept[-1] == f"{label} marker {len(titles)}"

    # No half-kept transaction: every matter has exactly its deadlines, and no deadline is
    # left over from a transaction whose matter was rolled back.
    per_matter = Counter(d.matter_id for d in deadlines)
    titles_by_id = {m.id: m.title for m in matters}
    assert set(per_matter) == set(titles_by_id), "a matter was kept without its deadlines"
    assert set(per_matter.values()) == {DEADLINES_PER_MATTER}, "half a transaction was kept"
    for d in deadlines:
        assert d.title.startswith(titles_by_id[d.matter_id] + " deadline ")


# ---- one large import ---------------------------------------------------------------------------


def big_import(label: str) -> dict[str, object]:
    matters = [
        {"id": f"m{i}", "title": f"{label} matter {i}", "status": "open"}
        for i in range(IMPORT_MATTERS)
    ]
    per = IMPORT_DEADLINES // IMPORT_MATTERS
    deadlines = [
        {
            "id": f"d{i}",
            "matter_id": f"m{i // per}",
            "title": f"{label} deadline {i}",
            "due": "2026-12-01",
            "status": "open",
        }
        for i in range(IMPORT_DEADLINES)
    ]
    return {
        "format": "quash-interchange",
        "version": 1,
        "clients": [],
        "accounts": [],
        "matters": matters,
        "subpoenas": [],
        "deadlines": deadlines,
        "events": [],
    }


def wait_for_journal(
    proc: subprocess.Popen[str],
    folder: Path,
    before: tuple[int, int, int] | None,
    limit: float = 60,
) -> bool:
    """Poll until the import's write transaction has begun writing its rollback journal (a new
    journal, or a change to a cold one an earlier kill left). False if the child ended first."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        stamp = journal_stamp(folder)
        if stamp is not None and stamp != before:
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    pytest.fail("the import never started writing")


def wait_for_hot_journal(proc: subprocess.Popen[str], folder: Path) -> None:
    """Poll until the commit has begun changing the database file (the journal turned hot), or
    until the child ends: the moment a kill is most dangerous."""
    while proc.poll() is None and journal_state(folder) != "hot":
        time.sleep(0.001)


def imported_counts(vault: Vault, label: str) -> tuple[int, int]:
    with UnitOfWork(vault, "Crash Test") as uow:
        mine = f"{label} "
        matters = [m for m in records.list_records(uow, "matters") if m.title.startswith(mine)]
        deadlines = [d for d in records.list_records(uow, "deadlines") if d.title.startswith(mine)]
    return len(matters), len(deadlines)


# (what the delay counts from, seconds): some kills land before the transaction begins (while
# unlocking or validating), most while it is being written, and two aim at the commit itself,
# while the database file is being changed (if the commit is too quick to catch, the import
# completes and must then be there whole).
IMPORT_KILLS = [
    ("start", 0.4),
    ("journal", 0.0),
    ("journal", 0.05),
    ("hot", 0.0),
    ("journal", 0.15),
    ("start", 1.0),
    ("journal", 0.3),
    ("hot", 0.0),
]


def test_an_interrupted_import_leaves_all_of_its_records_or_none(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)
    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        with UnitOfWork(vault, "Crash Test") as uow:
            records.create(uow, "matters", {"title": "Kept before the imports", "status": "open"})
            uow.commit()

    kills_in_flight: Counter[str] = Counter()
    completed: list[str] = []
    for round_no, (since, delay) in enumerate(IMPORT_KILLS):
        label = f"import{round_no}"
        file = tmp_path / f"{label}.json"
        file.write_text(json.dumps(big_import(label)), encoding="utf-8")
        before = journal_stamp(folder)
        proc = subprocess.Popen(
            [sys.executable, str(REPO / "main.py"), "import", "--vault", str(folder), str(file)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=REPO,
        )
        try:
            if since == "journal":
                wait_for_journal(proc, folder, before)
            elif since == "hot":
                wait_for_hot_journal(proc, folder)
            time.sleep(delay)  # the deliberate kill delay
            code, _out, err = kill_and_collect(proc)
        finally:
            if proc.poll() is None:
                kill_and_collect(proc)
        assert code in (0, -signal.SIGKILL), f"{label} failed on its own ({code}): {err}"
        after = journal_stamp(folder)
        if after is not None and after != before:
            kills_in_flight[journal_state(folder)] += 1

        # The vault opens (rolling back the hot journal), is healthy, and holds this import
        # entirely or not at all.
        with unlock_with_passphrase(folder, PASSPHRASE) as vault:
            check_healthy(vault)
            counts = imported_counts(vault, label)
            assert counts in ((0, 0), (IMPORT_MATTERS, IMPORT_DEADLINES)), f"{label}: {counts}"
            if code == 0:
                assert counts == (IMPORT_MATTERS, IMPORT_DEADLINES)
            if counts[0]:
                completed.append(label)
        assert journal_state(folder) != "hot", "opening the vault did not roll back the journal"

    assert sum(kills_in_flight.values()) >= 2, f"too few kills hit the import: {kills_in_flight}"

    # After all that, the same vault still takes a whole import, and nothing was lost.
    final = tmp_path / "final.json"
    final.write_text(json.dumps(big_import("final")), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "import", "--vault", str(folder), str(final)],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        check_healthy(vault)
        assert imported_counts(vault, "final") == (IMPORT_MATTERS, IMPORT_DEADLINES)
        with UnitOfWork(vault, "Crash Test") as uow:
            total = records.count(uow, "matters")
            titles = [m.title for m in records.list_records(uow, "matters")]
        assert titles.count("Kept before the imports") == 1
        assert total == 1 + IMPORT_MATTERS * (len(completed) + 1)


MIGRATING = (
    "import sys\n"
    "from pathlib import Path\n"
    "from storage.vault import unlock_with_passphrase\n"
    "unlock_with_passphrase(Path(sys.argv[1]), sys.argv[2]).lock()\n"
)


def test_a_migration_killed_midway_is_undone_and_the_next_unlock_runs_it_whole(
    tmp_path: Path,
) -> None:
    """Migration 0019 moves every scan of a vault made by an older Quash, the longest write the
    app makes at unlock: killed at any moment of it, the vault is as it was (each next try starts
    the migration afresh), and the next unlock updates it with every scan intact."""
    folder = tmp_path / "older"
    old, _recovery = create_vault(folder, PASSPHRASE, params=MINIMUM_ARGON2, revision="0018")
    scans = [os.urandom(1_500_000) for _ in range(24)]
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO matters (id, uid, title, status) VALUES (1, 'u', 'M', 'open')"
        )
        for n, scan in enumerate(scans, start=1):
            conn.exec_driver_sql(
                "INSERT INTO documents (id, uid, matter_id, filename, media_type, content, "
                "added_at) VALUES (?, ?, 1, 'scan.pdf', 'application/pdf', ?, '2026-11-30')",
                (n, f"u-{n}", scan),
            )
    old.lock()
    # Killed as the migration's first write begins, part way through moving the scans, and as
    # its commit changes the database file.
    for moment, delay in (("journal", 0.0), ("journal", 0.2), ("journal", 0.5), ("hot", 0.0)):
        proc = subprocess.Popen(
            [sys.executable, "-c", MIGRATING, str(folder), PASSPHRASE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=REPO,
        )
        while proc.poll() is None and journal_state(folder) in (
            ("absent",) if moment == "journal" else ("absent", "cold")
        ):
            time.sleep(0.001)
        time.sleep(delay)
        code, _out, err = kill_and_collect(proc)
        # Killed while it wrote; a commit too quick to catch may have finished (then whole).
        assert code == -signal.SIGKILL or (moment == "hot" and code == 0), err

    with unlock_with_passphrase(folder, PASSPHRASE) as vault:
        assert vault.schema_revision() == head_revision()
        with vault.engine.connect() as conn:
            kept = list(conn.exec_driver_sql("SELECT content FROM documents ORDER BY id").scalars())
        assert kept == scans
        assert vault.integrity_problems() == []
