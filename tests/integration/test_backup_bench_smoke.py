"""The backup benchmarks still run end to end, at a toy size (the real run is `make bench`):
their rows, targets and notes, not their timings."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import backup_bench
from benchmarks.common import large_vault


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cache")
    large_vault(folder, 20)
    return folder


def test_backup_and_restore_rows_against_their_floors(cache: Path) -> None:
    made, restored = backup_bench.backup_and_restore(cache / "vault-20", cache, 1)
    assert made.name.startswith("backup create + verify vs copying the vault file with `cp`")
    assert "reading the copy back" in made.name and made.target == "≤ 2.5×"
    assert "reading the copy back from the device" in made.note and "verify" in made.note
    assert restored.name.startswith("restore vs copying the vault file with `cp`")
    assert "one bulk re-encryption" in restored.name and restored.target == "≤ 1.5×"
    assert "re-encryption" in restored.note and "new data key" in restored.note
    assert made.value > 0 and restored.value > 0
    assert "vault-20" in {p.name for p in cache.iterdir()}
    assert not [p for p in cache.iterdir() if p.name.startswith("tmp")]  # its copies are gone


def test_documents_vault_rows_time_memory_and_progress(cache: Path) -> None:
    rows = backup_bench.documents_backups(
        cache / "vault-20", cache, 1, total_bytes=2_500_000, scan_bytes=1_000_000, fresh=False
    )
    made, restored, memory, waits = rows
    assert made.name == (
        "backup create + verify of a vault with 2.5 MB of scanned documents vs `cp` and "
        "reading the copy back"
    )
    assert "2.5 MB of scans (3 of 1.0 MB), built once in" in made.note
    assert restored.name.startswith("restore of a vault with 2.5 MB of scanned documents")
    assert "re-encryption" in restored.note
    assert memory.unit == "MB" and "VmHWM" in memory.note
    for phase in ("create", "verify", "restore"):
        assert f"{phase} " in memory.note
    assert waits.unit == "s" and waits.target == "≤ 2 s" and "reports: create" in waits.note
    assert 0 < waits.value < 60
    assert (cache / "vault-docs-2500000" / "build-seconds").exists()
    assert not [p for p in cache.iterdir() if p.name.startswith("tmp")]
