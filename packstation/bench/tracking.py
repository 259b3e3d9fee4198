"""Tracking benchmarks: a 100,000-event carrier file into SQLite, and the rules over 100,000 shipments."""

from __future__ import annotations

import csv
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert

from packstation.bench import BenchContext, Measurement, scenario
from packstation.domain.delivery import ScanKind
from packstation.services.tracking import ExceptionsBoard, TrackingService, read_tracking_file
from packstation.store.db import open_engine, sqlite_url
from packstation.store.tables import DeliveryRow, OrderRow
from packstation.store.uow import UnitOfWorkFactory

BATCH = 20_000
KINDS = (ScanKind.PICKED_UP, ScanKind.IN_TRANSIT, ScanKind.OUT_FOR_DELIVERY, ScanKind.DELIVERED)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _orders(count: int, created: datetime, status: str) -> Iterator[dict]:
    for n in range(count):
        yield {
            "order_id": f"TRK{n:08d}",
            "channel": "tiktok",
            "status": status,
            "recipient_name": f"Buyer {n}",
            "country": "TH",
            "carrier": ("flash", "kerry", "jnt")[n % 3],
            "tracking_number": f"TH{n:010d}A",
            "created_at": created - timedelta(hours=n % 48),
            "ship_by": created + timedelta(hours=48),
            "updated_at": created,
        }


def shipped_db(path: Path, count: int, now: datetime, with_deliveries: bool) -> Engine:
    """A fresh station database with `count` shipped orders (and their delivery rows when asked)."""
    path.unlink(missing_ok=True)
    engine = open_engine(sqlite_url(path))
    created = now - timedelta(days=6)
    every = list(_orders(count, created, "Shipped"))
    for start in range(0, count, BATCH):
        rows = every[start : start + BATCH]
        with engine.begin() as conn:
            conn.execute(insert(OrderRow), rows)
            if with_deliveries:
                conn.execute(
                    insert(DeliveryRow),
                    [
                        {
                            "order_id": r["order_id"],
                            "carrier_status": "InTransit" if i % 20 else "Shipped",
                            "rule": "carrier_scan" if i % 20 else "",
                            "note": "",
                            "carrier": r["carrier"],
                            "failed_attempts": 0,
                            "shipped_at": created + timedelta(hours=20),
                            "delivery_due": created + timedelta(days=6, hours=i % 100 - 1),  # 1% late
                            "first_scan_at": created + timedelta(hours=22) if i % 20 else None,
                            "last_scan_at": created + timedelta(hours=22) if i % 20 else None,
                            "updated_at": created,
                        }
                        for i, r in enumerate(rows, start=start)
                    ],
                )
    # A running station has checkpointed long ago: do not measure reads through a fresh 100 MB WAL.
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return engine


@scenario(
    "tracking.import_100k", "carrier tracking file of 100,000 events (CSV parse + store + rules) into SQLite"
)
def import_100k(ctx: BenchContext) -> Measurement:
    events = 4_000 if ctx.quick else 100_000
    orders = events // len(KINDS)
    now = _now()
    engine = shipped_db(ctx.workdir / "tracking-import.db", orders, now, with_deliveries=False)
    start = now - timedelta(days=5)
    path = ctx.workdir / "tracking-100k.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["tracking_number", "carrier", "event", "occurred_at", "location", "detail"])
        for n in range(orders):
            for step, kind in enumerate(KINDS):
                at = start + timedelta(hours=step * 20 + n % 17)
                out.writerow([f"TH{n:010d}A", "flash", kind.value, at.isoformat(), f"Hub {n % 40}", ""])
    try:
        tracking = TrackingService(UnitOfWorkFactory(engine), clock=lambda: now)
        t0, c0 = time.perf_counter(), time.process_time()
        parsed = read_tracking_file(path)
        parse_s = time.perf_counter() - t0
        report = tracking.ingest(parsed.scans)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        if report.stored != events or report.unknown or parsed.problems:
            raise AssertionError(f"stored {report.stored} of {events}; unknown {len(report.unknown)}")
        t1 = time.perf_counter()
        again = tracking.ingest(parsed.scans)
        reimport_s = time.perf_counter() - t1
        if again.stored or again.changes:
            raise AssertionError("re-import stored events twice")
        return Measurement(
            count=events,
            items=events,
            elapsed_s=elapsed,
            target_rate=10_000.0,
            rate_unit="events/s",
            note=f"{events:,} events for {orders:,} shipped orders, {len(report.changes):,} status changes",
            # CPU seconds of this process: what the wall time would be on an otherwise idle machine
            extra={"parse_s": parse_s, "reimport_s": reimport_s, "cpu_s": cpu, "cpu_rate": events / cpu},
        )
    finally:
        engine.dispose()


@scenario("tracking.evaluate_100k", "every exception rule over 100,000 shipped orders (timer evaluation)")
def evaluate_100k(ctx: BenchContext) -> Measurement:
    count = 4_000 if ctx.quick else 100_000
    now = _now()
    # created 6 days ago, due over the next 4 days: a tick finds 1% newly late; 5% never scanned
    engine = shipped_db(ctx.workdir / "tracking-eval.db", count, now, with_deliveries=True)
    try:
        tracking = TrackingService(UnitOfWorkFactory(engine), clock=lambda: now)
        t0, c0 = time.perf_counter(), time.process_time()
        first = tracking.evaluate(now)
        first_s, first_cpu = time.perf_counter() - t0, time.process_time() - c0
        t1, c1 = time.perf_counter(), time.process_time()
        steady = tracking.evaluate(now + timedelta(minutes=15))
        steady_s, steady_cpu = time.perf_counter() - t1, time.process_time() - c1
        t2 = time.perf_counter()
        board = ExceptionsBoard(tracking).board(now + timedelta(minutes=15))
        board_s = time.perf_counter() - t2
        t3, c3 = time.perf_counter(), time.process_time()
        dry, _ = tracking.assess_open(now + timedelta(minutes=30))  # every open shipment, unfiltered
        full_s, full_cpu = time.perf_counter() - t3, time.process_time() - c3
        third = tracking.evaluate(now + timedelta(minutes=30))
        if {r.key for a in dry.values() for r in a.risks} != {r.key for _, r in third.risks}:
            raise AssertionError("the pre-filtered evaluation missed a risk the full one found")
        if {o for o, a in dry.items() if a.changed} != {c.order_id for c in third.changes}:
            raise AssertionError("the pre-filtered evaluation missed a verdict the full one found")
        return Measurement(
            count=2,
            samples_s=[first_s, steady_s],
            target_p99_ms=2000.0,
            note=f"{count:,} shipments ({first.evaluated:,} due a rule); first tick {len(first.changes):,} verdicts, "
            f"next tick {len(steady.changes):,}; {len(steady.risks):,} risks; board {len(board.rows):,} rows",
            extra={
                "first_tick_s": first_s,
                "next_tick_s": steady_s,
                "first_tick_cpu_s": first_cpu,
                "next_tick_cpu_s": steady_cpu,
                "board_s": board_s,
                "all_in_python_s": full_s,
                "all_in_python_cpu_s": full_cpu,
            },
        )
    finally:
        engine.dispose()
