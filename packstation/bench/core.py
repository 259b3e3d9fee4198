"""Core scenarios: a workflow step with its durable event commit, and headless packing throughput."""

from __future__ import annotations

import time

from packstation.bench import BenchContext, Measurement, scenario
from packstation.bootstrap import open_station
from packstation.domain.users import Actor, Role


@scenario("workflow.step_commit", "one workflow step (hold or release) with its event, durably committed")
def step_commit(ctx: BenchContext) -> Measurement:
    from packstation.services.demo import load_demo

    station = open_station(ctx.scratch("home"))
    try:
        load_demo(station.uow, orders=1, station=station.name)
        packer, supervisor = Actor("bench"), Actor("boss", role=Role.SUPERVISOR)
        order_id = station.packing.queue()[0].order_id
        rounds = 50 if ctx.quick else 2000
        samples = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            station.packing.hold(packer, order_id, "bench")
            samples.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            station.packing.release(supervisor, order_id)
            samples.append(time.perf_counter() - t0)
        m = Measurement(count=len(samples), samples_s=samples, target_p99_ms=2.0)
        # The rare WAL checkpoint lands beyond p99; show it rather than hide it.
        m.extra = {"p99.9_ms": round(m.percentile_ms(99.9) or 0, 3), "max_ms": round(max(samples) * 1000, 3)}
        m.note = (
            f"p99.9 {m.extra['p99.9_ms']} ms, max {m.extra['max_ms']} ms (WAL checkpoints, ~1 commit in 270)"
        )
        return m
    finally:
        station.close()


@scenario("simulate.orders", "pack demo orders headless end to end (packstation simulate)")
def simulate_orders(ctx: BenchContext) -> Measurement:
    from packstation.cli.simulate import simulate

    count = 20 if ctx.quick else 500
    summary = simulate(str(ctx.scratch("home")), count)
    return Measurement(
        count=count,
        items=count,
        elapsed_s=summary["station_s"],  # the station's own steps; simulated camera scenes are device time
        target_rate=20.0,
        rate_unit="orders/s",
        extra={
            "wall_orders_per_s": summary["wall_orders_per_s"],
            **{f"{k}_p99_ms": v["p99_ms"] for k, v in summary["steps"].items()},
        },
    )
