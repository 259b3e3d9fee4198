"""The label benchmark scenarios run (quick) and measure what they say: one sample per label."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image

from packstation.bench import BenchContext, load_scenarios
from packstation.bench.labels import platform_pdfs
from packstation.domain.sscc import make_sscc
from packstation.labels.platform import platform_label


def test_label_scenarios_run_quick(tmp_path: Path) -> None:
    scenarios = load_scenarios()
    for name, count in (("labels.zpl", 40), ("labels.png", 20), ("labels.platform_pdf", 10)):
        measured = scenarios[name].run(BenchContext(tmp_path / name, quick=True))
        assert measured.count == count == len(measured.samples_s)
        assert measured.target_p99_ms is not None and all(s > 0 for s in measured.samples_s)


def test_benchmark_platform_pdfs_are_real_labels() -> None:
    (first,) = platform_pdfs(1)
    bits = platform_label(first, "4x6", 203).bits
    image = Image.frombytes("L", (bits.shape[1], bits.shape[0]), ((~bits) * 255).astype("uint8").tobytes())
    assert {r.text for r in zxingcpp.read_barcodes(image)} == {
        "TT6234567890000",
        "(00)" + make_sscc("0614141", 0),
    }
