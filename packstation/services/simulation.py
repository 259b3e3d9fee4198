"""Pack orders headless through the station's own `StationSession` with simulated devices, timing each step.

The same session the window drives: take the next order, scan every unit, choose the suggested box,
put the true weight on, finish packing (the label prints), take the photos, and the order leaves the
bench. A step the session refuses stops the run with the session's own message.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from packstation.services.station.session import StationSession
from packstation.services.station.view import StationView, Step


class SimulationStopped(RuntimeError):
    """The session refused a step of the simulated packer; the message is the session's."""


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
    """A packer at the bench, driving `StationSession`; `device_time()` is the simulated devices'
    own time so far (camera scenes drawn), kept out of the station's step times."""

    session: StationSession
    barcode_for: Callable[[str], str]
    device_time: Callable[[], float] = lambda: 0.0
    after_order: Callable[[StationView], Any] | None = None
    # The devices' own time before a step (the camera filming the bench); not the station's time.
    before_step: Callable[[str], Any] | None = None

    def run(self, count: int) -> SimulationReport:
        report = SimulationReport()
        start = time.perf_counter()
        for _ in range(count):
            self._one(report)
            report.orders += 1
        report.elapsed_s = time.perf_counter() - start
        return report

    def _do(self, report: SimulationReport, step: str, action: Callable[[], StationView]) -> StationView:
        if self.before_step is not None:
            self.before_step(step)
        device0, t0 = self.device_time(), time.perf_counter()
        view = action()
        report.add(step, time.perf_counter() - t0 - (self.device_time() - device0))
        if view.notice is not None and view.notice.tone == "error":
            raise SimulationStopped(f"{step}: {view.notice.text}")
        return view

    def _one(self, report: SimulationReport) -> None:
        s = self.session
        view = self._do(report, "confirm", s.take_next)
        if view.order is None:
            raise SimulationStopped("confirm: no order was taken")
        for line in view.lines:
            code = self.barcode_for(line.sku)
            for _ in range(line.remaining):
                view = self._do(report, "scan", partial(s.scan, code))

        def pack() -> StationView:
            plan = s.view().pack
            box = plan.suggested_box or plan.boxes[-1].code
            s.choose_box(box)
            return s.weigh(s.view().pack.expected_g)  # the simulated scale reads true

        self._do(report, "pack", pack)
        view = self._do(report, "label", s.finish_packing)
        while view.step is Step.PHOTO:
            view = self._do(report, "photo", s.photograph)
        if view.step is not Step.DONE:
            raise SimulationStopped(f"order {view.order_id} stopped at {view.step.value}")
        if self.after_order is not None:
            self.after_order(view)
        s.finish_order()


@dataclass
class ReturnsSimulator:
    """Customers sending parcels back: each shipped order returns through the station's `ReturnsSession`
    with an outcome in turn (complete, missing unit, wrong item, damaged, empty), plus one unknown parcel."""

    session: Any  # ReturnsSession
    barcode_for: Callable[[str], str]
    wrong_code: str  # a product of ours that no simulated return shipped

    PLAN = ("complete", "missing_unit", "wrong_item", "damaged", "empty")

    def run(self, order_ids: list[str]) -> dict:
        report = SimulationReport()
        outcomes: dict[str, int] = {}
        start = time.perf_counter()
        if order_ids:
            refused = self._timed(report, "open", partial(self.session.scan, "SIM-UNKNOWN-PARCEL"))
            if refused.notice is None or refused.notice.tone != "error":
                raise SimulationStopped("returns: an unknown parcel was not refused")
            outcomes["unknown_parcel"] = 1
            self.session.leave()
        for n, order_id in enumerate(order_ids):
            outcome = self._one(report, order_id, self.PLAN[n % len(self.PLAN)])
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            report.orders += 1
        report.elapsed_s = time.perf_counter() - start
        summary = report.summary()
        summary["returns"] = summary.pop("orders")
        summary["outcomes"] = outcomes
        return summary

    def _timed(self, report: SimulationReport, step: str, action: Callable[[], Any]) -> Any:
        t0 = time.perf_counter()
        view = action()
        report.add(step, time.perf_counter() - t0)
        return view

    def _check(self, step: str, view: Any) -> Any:
        if view.notice is not None and view.notice.tone == "error":
            raise SimulationStopped(f"returns {step}: {view.notice.text}")
        return view

    def _one(self, report: SimulationReport, order_id: str, plan: str) -> str:
        s = self.session
        view = self._check("open", self._timed(report, "open", partial(s.scan, order_id)))
        outbound = view.outbound_g or 500.0
        grams = outbound * 0.6 if plan == "missing_unit" else outbound
        self._check("weigh", self._timed(report, "weigh", partial(s.weigh, grams)))
        while s.view().photos_needed:
            self._check("photo", self._timed(report, "photo", s.photograph))
        codes = [self.barcode_for(line.sku) for line in view.lines for _ in range(line.shipped)]
        if plan == "empty":
            codes = []
        elif plan == "missing_unit":
            codes = codes[:-1]
        elif plan == "wrong_item":
            codes = [self.wrong_code, *codes[1:]]
        elif plan == "damaged":
            s.mark_damaged()
            self._check("photo", self._timed(report, "photo", s.photograph))
        for code in codes:
            self._check("unit", self._timed(report, "unit", partial(s.scan, code)))
        view = self._check("finish", self._timed(report, "finish", s.finish))
        s.leave()
        return view.outcome
