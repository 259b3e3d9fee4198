"""`packstation simulate`: pack N demo orders headless through the station's own session, with
simulated devices (scanner, scale, a simulated printer and camera), and print per-step timings."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time

from packstation.cli import UsageError
from packstation.compose import Station, compose
from packstation.devices.camera_sim import HeadlessCamera
from packstation.domain.users import Actor, Role
from packstation.services.demo import DEMO_PRODUCTS, load_demo, load_demo_stock, real_order_ids
from packstation.services.handover import hand_over_staged
from packstation.services.photographing import CameraPhotoStep
from packstation.services.recording import SimulatedFeed
from packstation.services.simulation import SimulationStopped, Simulator


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "simulate",
        parents=[parent],
        help="pack N demo orders headless and print per-step timings",
        description=__doc__,
    )
    p.add_argument("--orders", type=int, default=50, help="how many orders to pack (default 50)")
    p.add_argument(
        "--returns",
        type=int,
        default=0,
        metavar="N",
        help="after the handover, receive N of the shipped orders back as returns (mixed outcomes)",
    )
    p.add_argument("--json", action="store_true", help="print the timings as JSON")
    p.add_argument(
        "--in-home",
        action="store_true",
        help="use --home instead of a throw-away temporary home (refused when it holds real orders)",
    )
    p.add_argument(
        "--real-orders",
        action="store_true",
        help="test benches only: pack the home's REAL orders through the normal path (events and sync "
        "included), on a simulated printer and camera, without touching the catalog",
    )
    p.set_defaults(func=run)


def simulate(
    home: str, orders: int, *, in_home: bool = False, real_orders: bool = False, returns: int = 0
) -> dict:
    """Pack `orders` orders on the station in `home` through its session, with simulated devices.

    On a home that holds real orders this refuses unless `real_orders`; then it packs those (the
    catalog's own barcodes, no demo data loaded). It never prints on the configured printer.
    """
    if returns < 0 or (returns > orders and not real_orders):
        raise UsageError(
            f"--returns {returns}: at most as many returns as --orders ({orders}), and not below 0"
        )
    station = compose(home, migrate_central=True)
    try:
        if real_orders:
            barcodes = catalog_barcodes(station)
        else:
            real, some = real_order_ids(station.uow)
            if in_home and real:
                raise UsageError(
                    f"{home} holds {real} order(s) that are not demo orders ({', '.join(some)}...): "
                    "simulate would pack them. Leave out --in-home (a throw-away home), or use "
                    "--real-orders on a test bench."
                )
            load_demo(station.uow, orders=orders, station=station.name, force=True)
            load_demo_stock(station.stock.book, orders)
            barcodes = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
        on_hand_before = sum(lv.on_hand for lv in station.stock.levels())
        camera = HeadlessCamera(station.config.photos.width, station.config.photos.height)
        session = station.session(CameraPhotoStep(station.photographing, camera))
        session.finishing.labels = station.label_service("sim")  # never a real printer
        session.first_admin = False
        session.actor = Actor("sim-packer", Role.PACKER, "Simulated packer")
        sim = Simulator(session, barcodes.__getitem__, device_time=lambda: camera.device_s)
        video = station.video
        if video is not None:
            # The simulated camera films the bench: a few frames before each step, recorded per order.
            feed = SimulatedFeed(video, camera.source)
            sim.before_step = lambda step: feed.feed(0.2 if step == "scan" else 0.6)
        report = sim.run(orders)
        # The day ends with a handover per carrier: every simulated order ships through a manifest.
        started = time.perf_counter()
        manifests = hand_over_staged(station.handover, session.actor, courier="Simulated courier")
        if manifests:
            for _ in manifests:
                report.add("handover", (time.perf_counter() - started) / len(manifests))
        summary = report.summary()
        summary["manifests"] = len(manifests)
        levels = station.stock.levels()
        summary["stock"] = {
            "on_hand_before": on_hand_before,
            "on_hand_after": sum(lv.on_hand for lv in levels),
            "reserved": sum(lv.reserved for lv in levels),
        }
        if video is not None:
            summary["videos"] = video_summary(station)
        if returns > 0:
            summary["returns"] = simulate_returns(station, session.actor, camera, barcodes, returns)
        return summary
    finally:
        station.close()


def simulate_returns(
    station: Station, actor: Actor, camera: HeadlessCamera, barcodes: dict, count: int
) -> dict:
    """Receive `count` shipped orders back through the station's returns session (mixed outcomes)."""
    from sqlalchemy import select

    from packstation.services.returns.session import ReturnsSession
    from packstation.services.simulation import ReturnsSimulator
    from packstation.store.tables import OrderLineRow, OrderRow

    with station.uow.read() as uow:
        shipped = list(
            uow.session.scalars(
                select(OrderRow.order_id)
                .where(OrderRow.status == "Shipped")
                .order_by(OrderRow.order_id)
                .limit(count)
            )
        )
        used = set(uow.session.scalars(select(OrderLineRow.sku).where(OrderLineRow.order_id.in_(shipped))))
    if len(shipped) < count:
        raise UsageError(
            f"only {len(shipped)} order(s) were shipped: --returns {count} needs at least as many --orders"
        )
    wrong = next((code for sku, code in sorted(barcodes.items()) if sku not in used), "SIM-WRONG-ITEM")
    session = ReturnsSession(station.returns, actor, camera, "sim")
    return ReturnsSimulator(session, barcodes.__getitem__, wrong).run(shipped)


def video_summary(station: Station) -> dict:
    """How many orders got a packing video, and their segments (simulate's own check of the recorder)."""
    from sqlalchemy import func, select

    from packstation.store.video_tables import VideoRecordingRow, VideoSegmentRow

    with station.uow.read() as uow:
        recordings = uow.session.scalar(select(func.count()).select_from(VideoRecordingRow)) or 0
        segments = uow.session.scalar(select(func.count()).select_from(VideoSegmentRow)) or 0
    return {"recordings": int(recordings), "segments": int(segments)}


def catalog_barcodes(station: Station) -> dict[str, str]:
    """Each SKU's first barcode from the station's own catalog (the SKU itself when it has none)."""
    with station.uow.read() as uow:
        products = uow.catalog.many(sorted(uow.catalog.known_skus()))
    return {sku: (p.barcodes[0] if p.barcodes else sku) for sku, p in products.items()}


def run(args: argparse.Namespace) -> int:
    if args.real_orders:
        print(
            "packstation: --real-orders: packing REAL orders of this home with simulated scans, "
            "weights, labels and photos; their events go to the central store.",
            file=sys.stderr,
        )
    try:
        if args.in_home or args.real_orders:
            summary = simulate(
                args.home, args.orders, in_home=True, real_orders=args.real_orders, returns=args.returns
            )
        else:
            with tempfile.TemporaryDirectory(prefix="packstation-sim-") as tmp:
                summary = simulate(tmp, args.orders, returns=args.returns)
    except SimulationStopped as exc:
        print(f"packstation: simulate stopped at {exc}", file=sys.stderr)
        return 1
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
    if "returns" in summary:
        r = summary["returns"]
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(r["outcomes"].items()))
        print(f"{r['returns']} returns received: {outcomes}")
        for step, s in r["steps"].items():
            print(
                f"return {step:<9}{s['count']:>5} {s['mean_ms']:>7.2f}ms {s['p50_ms']:>7.2f}ms "
                f"{s['p99_ms']:>7.2f}ms"
            )
    return 0
