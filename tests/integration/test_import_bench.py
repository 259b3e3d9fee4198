"""The import benchmark scenarios run (quick size) and measure what they claim."""

from __future__ import annotations

from pathlib import Path

from packstation.bench import BenchContext
from packstation.bench.imports import reimport_100k, tiktok_100k, write_tiktok_export
from packstation.services.imports.rows import CsvFile


def test_generated_export_has_the_quirks(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    assert write_tiktok_export(path, 300) == 300
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    records = list(CsvFile(path).records())
    assert len(records) == 301  # description row + 300 lines
    assert records[-1][0] > 302  # multi-line addresses push physical lines past the record count
    assert "สมชาย ใจดี".encode() in raw


def test_quick_scenarios(tmp_path: Path) -> None:
    ctx = BenchContext(workdir=tmp_path, quick=True)
    first = tiktok_100k(ctx)
    assert first.items == 2000 and first.elapsed_s > 0
    assert first.extra["orders"] > 600 and first.extra["rejected"] == 0
    again = reimport_100k(ctx)
    assert again.extra["changed"] == 0 and again.extra["unchanged"] == first.extra["orders"]
