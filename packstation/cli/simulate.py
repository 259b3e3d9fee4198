"""`packstation simulate`: pack N orders headless through the real services with simulated devices."""

from __future__ import annotations

import argparse
import json
import tempfile
import time

from packstation.bootstrap import open_station
from packstation.cli.handover import handover_service
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.handover import hand_over_staged
from packstation.services.simulation import Simulator
from packstation.services.steps import HeadlessSteps


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "simulate",
        parents=[parent],
        help="pack N demo orders headless and print per-step timings",
        description=__doc__,
    )
    p.add_argument("--orders", type=int, default=50, help="how many orders to pack (default 50)")
    p.add_argument("--json", action="store_true", help="print the timings as JSON")
    p.add_argument("--in-home", action="store_true", help="use --home instead of a throw-away temporary home")
    p.set_defaults(func=run)


def simulate(home: str, orders: int) -> dict:
    station = open_station(home)
    try:
        load_demo(station.uow, orders=orders, station=station.name, force=True)
        barcodes = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
        steps = HeadlessSteps(station)
        sim = Simulator(
            station.packing,
            barcodes.__getitem__,
            label_step=steps.label,
            photo_step=steps.photo,
            stage_photo=steps.stage_photo,
        )
        report = sim.run(orders)
        # The day ends with a handover per carrier: every simulated order ships through a manifest.
        handover = handover_service(station)
        started = time.perf_counter()
        manifests = hand_over_staged(handover, sim.actor, courier="Simulated courier")
        for _ in manifests:
            report.add("handover", (time.perf_counter() - started) / len(manifests))
        return report.summary()
    finally:
        station.close()


def run(args: argparse.Namespace) -> int:
    if args.in_home:
        summary = simulate(args.home, args.orders)
    else:
        with tempfile.TemporaryDirectory(prefix="packstation-sim-") as tmp:
            summary = simulate(tmp, args.orders)
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(
        f"{summary['orders']} orders: {summary['orders_per_s']:.1f} orders/s of station time "
        f"({summary['station_s']:.2f} s in the steps; {summary['elapsed_s']:.2f} s wall clock with simulated devices)"
    )
    print(f"{'step':10} {'count':>7} {'mean':>9} {'p50':>9} {'p99':>9}")
    for step, s in summary["steps"].items():
        print(f"{step:10} {s['count']:>7} {s['mean_ms']:>7.2f}ms {s['p50_ms']:>7.2f}ms {s['p99_ms']:>7.2f}ms")
    return 0
