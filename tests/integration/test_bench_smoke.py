"""The benchmark suite still runs end to end (at a toy size; the real run is `make bench`)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench


def test_benchmark_suite_runs_every_measurement_and_writes_its_table(tmp_path: Path) -> None:
    out = tmp_path / "PERFORMANCE.md"
    out.write_text("# Performance\n\nold table\n\n## History\n\n- an earlier fix, kept\n")
    assert (
        bench.main(
            [
                *("--size", "20", "--repeat", "1", "--documents-bytes", "2500000"),
                *("--out", str(out), "--cache", str(tmp_path / "cache")),
            ]
        )
        == 0
    )
    text = out.read_text()
    assert "| what | target | median | met | note |" in text
    for name in (
        "unlock (excluding key derivation)",
        "deadlines list: first rows shown",
        "deadlines list: one filter keystroke",
        "search: one keystroke in the search box",
        "app start to unlock window",
        "resident memory after unlocking the large vault",
        "deadline report for the next 30 days",
        "subpoena register with charts",
        "subpoena register: peak resident memory",
        "import of the large interchange file",
        "SQLCipher vault vs the same workload",
        "backup create + verify vs copying the vault file with `cp`",
        "restore vs copying the vault file with `cp`",
        "search: a “more” page",
        "backup create + verify of a vault with 2.5 MB of scanned documents",
        "restore of a vault with 2.5 MB of scanned documents",
    ):
        assert name in text
    assert "old table" not in text
    assert text.count("## History") == 1
    assert "- an earlier fix, kept" in text
    assert (tmp_path / "performance-growth.svg").exists()  # the search plot, beside the table
