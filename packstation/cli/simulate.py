"""`packstation simulate`: pack N demo orders headless through the station's own session, with
simulated devices (scanner, scale, a simulated printer and camera), and print per-step timings."""

from __future__ import annotations

import argparse
import json
import tempfile

from packstation.compose import compose
from packstation.devices.camera_sim import HeadlessCamera
from packstation.domain.users import Actor, Role
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.photographing import CameraPhotoStep
from packstation.services.simulation import Simulator


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
    station = compose(home, migrate_central=True)
    try:
        load_demo(station.uow, orders=orders, station=station.name, force=True)
        barcodes = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
        camera = HeadlessCamera(station.config.photos.width, station.config.photos.height)
        session = station.session(CameraPhotoStep(station.photographing, camera))
        session.finishing.labels = station.label_service("sim")  # never a real printer
        session.first_admin = False
        session.actor = Actor("sim-packer", Role.PACKER, "Simulated packer")
        sim = Simulator(session, barcodes.__getitem__, device_time=lambda: camera.device_s)
        return sim.run(orders).summary()
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
