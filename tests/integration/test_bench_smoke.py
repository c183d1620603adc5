"""The benchmark suite still runs end to end (at a toy size; the real run is `make bench`)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench


def test_benchmark_suite_runs_and_writes_its_table(tmp_path: Path) -> None:
    out = tmp_path / "PERFORMANCE.md"
    assert (
        bench.main(
            ["--size", "20", "--repeat", "1", "--out", str(out), "--cache", str(tmp_path / "cache")]
        )
        == 0
    )
    text = out.read_text()
    assert "| what | target | median | met |" in text
    for name in (
        "unlock (excluding key derivation)",
        "import of the large interchange file",
        "SQLCipher vault vs the same workload",
    ):
        assert name in text
    assert "## History" in text
