"""Keyboard-wedge scans on a loaded PC: every code class as real key sequences, none may split."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from packstation.bench import BenchContext, Measurement, scenario

_SPIN = "import time\nend = time.monotonic() + {limit}\nwhile time.monotonic() < end:\n    pass\n"


@contextmanager
def cpu_hogs(count: int = 2, limit_s: float = 900.0) -> Iterator[list[subprocess.Popen]]:
    """`count` CPU-bound processes for the duration (each also stops by itself after `limit_s`)."""
    hogs = [subprocess.Popen([sys.executable, "-c", _SPIN.format(limit=limit_s)]) for _ in range(count)]
    try:
        yield hogs
    finally:
        for hog in hogs:
            hog.terminate()
        for hog in hogs:
            try:
                hog.wait(5)
            except subprocess.TimeoutExpired:
                hog.kill()
                hog.wait()


@scenario(
    "station.scan_split",
    "wedge scans of every code class as real key sequences (Shift, AltGr, CapsLock, keypad, GS), "
    "late delivery, two CPU-bound processes: split/corrupted must be 0",
)
def scan_split(ctx: BenchContext) -> Measurement:
    """Time from the scan's last key reaching the event queue to the decoded scan; count bad scans."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from packstation.ui.wedge_feed import run_scan_split

    scans = 300 if ctx.quick else 10_000
    with cpu_hogs(2):
        result = run_scan_split(scans)
    bad = result.split_or_corrupted
    m = Measurement(count=result.scans, samples_s=result.latencies_s, target_p99_ms=16.0)
    p99 = m.percentile_ms(99)
    m.passed_override = bad == 0 and p99 is not None and p99 <= 16.0
    m.extra = {
        "split_or_corrupted": float(bad),
        "leaked_into_field": float(result.leaked),
        "late_deliveries": float(result.late_deliveries),
        "silence_ended": float(result.silence_ended),
        "p50_ms": round(m.percentile_ms(50) or 0.0, 3),
        "max_ms": round(max(result.latencies_s, default=0.0) * 1000, 3),
    }
    m.note = (
        f"{bad} split/corrupted of {result.scans} (target 0); {result.late_deliveries} delivered late behind "
        f"a busy GUI thread, {result.silence_ended} ended by silence; 2 CPU-bound processes running"
        + (f"; first failures: {result.failures[:3]}" if result.failures else "")
    )
    return m
