"""The wedge split benchmark (real key sequences, late delivery, busy CPUs) runs and splits nothing."""

from __future__ import annotations

from pathlib import Path

from packstation.bench import BenchContext
from packstation.bench.wedge_scans import scan_split


def test_scan_split_quick_run_reads_every_code_whole(tmp_path: Path) -> None:
    measurement = scan_split(BenchContext(tmp_path, quick=True))
    assert measurement.count == 300
    assert measurement.note.startswith("0 split/corrupted of 300"), measurement.note
