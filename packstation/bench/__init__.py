"""Benchmark scenarios: each area registers its own, `packstation bench` runs them all.

A scenario is a function taking a `BenchContext` and returning a `Measurement`.
Latency scenarios return per-operation samples (seconds) and a p99 target in ms;
throughput scenarios return an item count and elapsed seconds with a minimum rate.
Register with `@scenario(...)` in a module listed in `SCENARIO_MODULES`.
"""

from __future__ import annotations

import importlib
import math
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Modules that register scenarios; each area appends its own module here.
SCENARIO_MODULES: list[str] = [
    "packstation.bench.core",
    "packstation.bench.barcodes",
    "packstation.bench.devices",
    "packstation.bench.users",
    "packstation.bench.sync",
    "packstation.bench.imports",
    "packstation.bench.station_ui",
    "packstation.bench.labels",
    "packstation.bench.review",
    "packstation.bench.printing",
    "packstation.bench.evidence",
    "packstation.bench.evidence_export",
    "packstation.bench.device_recovery",
    "packstation.bench.wedge_scans",
    "packstation.bench.video",
    "packstation.bench.handover",
    "packstation.bench.tracking",
    "packstation.bench.returns",
    "packstation.bench.stock",
    "packstation.bench.dispatch",
]


@dataclass
class BenchContext:
    """Where a scenario may write, and how big it should run (`quick` for smoke runs in tests)."""

    workdir: Path
    quick: bool = False

    def scratch(self, name: str) -> Path:
        path = self.workdir / name
        path.mkdir(parents=True, exist_ok=True)
        return path


@dataclass
class Measurement:
    """What one scenario measured. Either `samples_s` (latency) or `items`/`elapsed_s` (throughput)."""

    count: int
    samples_s: list[float] = field(default_factory=list)
    items: int = 0
    elapsed_s: float = 0.0
    target_p99_ms: float | None = None
    target_rate: float | None = None
    rate_unit: str = "items/s"
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)
    passed_override: bool | None = None

    def percentile_ms(self, pct: float) -> float | None:
        if not self.samples_s:
            return None
        ordered = sorted(self.samples_s)
        rank = max(0, min(len(ordered) - 1, math.ceil(pct / 100 * len(ordered)) - 1))
        return ordered[rank] * 1000

    @property
    def rate(self) -> float | None:
        if self.elapsed_s <= 0:
            return None
        return self.items / self.elapsed_s

    @property
    def passed(self) -> bool:
        if self.passed_override is not None:
            return self.passed_override
        ok = True
        if self.target_p99_ms is not None:
            p99 = self.percentile_ms(99)
            ok = ok and p99 is not None and p99 <= self.target_p99_ms
        if self.target_rate is not None:
            ok = ok and self.rate is not None and self.rate >= self.target_rate
        return ok

    def target_text(self) -> str:
        parts = []
        if self.target_p99_ms is not None:
            parts.append(f"p99 <= {self.target_p99_ms:g} ms")
        if self.target_rate is not None:
            parts.append(f">= {self.target_rate:,.0f} {self.rate_unit}")
        return ", ".join(parts) or "-"


@dataclass(frozen=True)
class Scenario:
    name: str
    run: Callable[[BenchContext], Measurement]
    description: str


_REGISTRY: dict[str, Scenario] = {}


def scenario(name: str, description: str = "") -> Callable[[Callable[[BenchContext], Measurement]], Callable]:
    """Register a benchmark scenario under a dotted name such as `import.tiktok`."""

    def register(func: Callable[[BenchContext], Measurement]) -> Callable[[BenchContext], Measurement]:
        _REGISTRY[name] = Scenario(name, func, description or (func.__doc__ or "").strip().splitlines()[0])
        return func

    return register


def load_scenarios() -> dict[str, Scenario]:
    for module in SCENARIO_MODULES:
        importlib.import_module(module)
    return dict(sorted(_REGISTRY.items()))


def run_scenarios(
    selected: list[str] | None = None, quick: bool = False, workdir: Path | None = None
) -> list[tuple[Scenario, Measurement]]:
    scenarios = load_scenarios()
    names = [n for n in scenarios if not selected or any(n.startswith(s) for s in selected)]
    results = []
    with tempfile.TemporaryDirectory(prefix="packstation-bench-") as tmp:
        base = workdir or Path(tmp)
        for name in names:
            ctx = BenchContext(workdir=base / name.replace(".", "_"), quick=quick)
            ctx.workdir.mkdir(parents=True, exist_ok=True)
            results.append((scenarios[name], scenarios[name].run(ctx)))
    return results
