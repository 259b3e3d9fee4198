"""Pack orders headless through the real services with simulated devices, timing every step."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from packstation.domain.orders import Order
from packstation.domain.packing import expected_weight
from packstation.domain.users import Actor
from packstation.services.packing import PackingService
from packstation.services.staging import stage

# A step hook takes (actor, order) and does that step through its own service.
StepHook = Callable[[Actor, Order], None]


@dataclass
class SimulationReport:
    orders: int = 0
    elapsed_s: float = 0.0
    steps: dict[str, list[float]] = field(default_factory=dict)

    def add(self, step: str, seconds: float) -> None:
        self.steps.setdefault(step, []).append(seconds)

    @property
    def station_s(self) -> float:
        """Time spent in the station's own steps (device simulation such as camera scenes left out)."""
        return sum(sum(samples) for samples in self.steps.values())

    @property
    def orders_per_s(self) -> float:
        """Throughput of the station itself: orders over the time its steps took."""
        return self.orders / self.station_s if self.station_s else 0.0

    @property
    def wall_orders_per_s(self) -> float:
        return self.orders / self.elapsed_s if self.elapsed_s else 0.0

    def summary(self) -> dict:
        out: dict = {
            "orders": self.orders,
            "elapsed_s": round(self.elapsed_s, 4),
            "station_s": round(self.station_s, 4),
            "orders_per_s": round(self.orders_per_s, 1),
            "wall_orders_per_s": round(self.wall_orders_per_s, 1),
            "steps": {},
        }
        for step, samples in self.steps.items():
            ordered = sorted(samples)
            out["steps"][step] = {
                "count": len(samples),
                "mean_ms": round(sum(samples) / len(samples) * 1000, 3),
                "p50_ms": round(ordered[len(ordered) // 2] * 1000, 3),
                "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 3),
            }
        return out


@dataclass
class Simulator:
    """Drives `PackingService` like a packer would: take, scan every unit, weigh, label, photograph, hand over."""

    packing: PackingService
    barcode_for: Callable[[str], str]
    actor: Actor = field(default_factory=lambda: Actor("sim-packer"))
    label_step: StepHook | None = None
    photo_step: StepHook | None = None
    stage_photo: StepHook | None = None  # device time (the camera seeing the parcel), not timed

    def run(self, count: int) -> SimulationReport:
        report = SimulationReport()
        start = time.perf_counter()
        for _ in range(count):
            self._one(report)
            report.orders += 1
        report.elapsed_s = time.perf_counter() - start
        return report

    def _timed(self, report: SimulationReport, step: str, func: Callable[[], object]) -> object:
        t0 = time.perf_counter()
        result = func()
        report.add(step, time.perf_counter() - t0)
        return result

    def _one(self, report: SimulationReport) -> None:
        p, a = self.packing, self.actor
        order: Order = self._timed(report, "confirm", lambda: p.take_next(a))  # type: ignore[assignment]
        for line in order.lines:
            code = self.barcode_for(line.sku)
            for _ in range(line.quantity):
                self._timed(report, "scan", lambda code=code: p.scan(a, order.order_id, code))

        def pack() -> None:
            box = p.suggest_box(order.order_id) or p.rules.boxes[-1]
            grams = expected_weight(p.pack_items(order.order_id), box)  # the simulated scale reads true
            p.weigh(a, order.order_id, grams, box.code)
            p.finish_packing(a, order.order_id)

        self._timed(report, "pack", pack)
        if self.label_step is None or self.photo_step is None:
            return
        current = p.order(order.order_id)
        self._timed(report, "label", lambda: self.label_step(a, current))  # type: ignore[misc]
        labelled = p.order(order.order_id)
        if self.stage_photo is not None:
            self.stage_photo(a, labelled)
        self._timed(report, "photo", lambda: self.photo_step(a, labelled))  # type: ignore[misc]
        self._timed(report, "stage", lambda: stage(p, a, order.order_id))
