"""Import benchmarks: a 100,000-line TikTok Shop export into a fresh SQLite store, then again (idempotent)."""

from __future__ import annotations

import csv
import random
import time
from datetime import datetime, timedelta
from pathlib import Path

from packstation.bench import BenchContext, Measurement, scenario
from packstation.services.imports import import_orders
from packstation.services.imports.tiktok import EXPORT_COLUMNS
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory

FULL_LINES = 100_000
QUICK_LINES = 2_000

RECIPIENTS = [
    ("สมชาย ใจดี", "TH", "Bangkok", "Bang Rak", "10500", "99/12 ถนนสีลม\nแขวงสุริยวงศ์"),
    ("Nguyễn Thị Ánh", "VN", "Hồ Chí Minh", "Quận 1", "700000", "123 Đường Lê Lợi, Phường Bến Thành"),
    ("Tan Wei Ming 陈伟明", "MY", "Kuala Lumpur", "Kuala Lumpur", "50450", "Unit 23-5, Menara Ampang"),
    ("José Álvarez-Núñez", "US", "California", "Los Angeles", "90012", "1001 Avenida de las Américas"),
    (
        "Nur Aisyah binti Ahmad",
        "MY",
        "Selangor",
        "Shah Alam",
        "40150",
        "No. 12, Jalan Kristal 7/65,\nSeksyen 7",
    ),
    ("李小龍", "SG", "Singapore", "Singapore", "238801", '1 Orchard Road, #12-01 "Tower A"'),
    ("วิภาวดี ศรีสุข", "TH", "Chiang Mai", "Mueang", "50200", "45 ถนนนิมมานเหมินท์"),
]
PROVIDERS = ["J&T Express", "Flash Express", "SPX Express", "Ninja Van"]


def write_tiktok_export(path: Path, lines: int, seed: int = 7) -> int:
    """A TikTok-layout export of `lines` SKU rows (1-3 per order), BOM, CRLF and a description row."""
    rng = random.Random(seed)
    col = {name: i for i, name in enumerate(EXPORT_COLUMNS)}
    start = datetime(2026, 11, 18, 8, 0, 0)
    written = 0
    order_no = 576000000000000000
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, lineterminator="\r\n")
        out.writerow(EXPORT_COLUMNS)
        out.writerow([f"{name} of the order." for name in EXPORT_COLUMNS])
        while written < lines:
            order_no += rng.randint(1, 9999)
            created = start + timedelta(seconds=written * 7)
            paid = created + timedelta(minutes=2)
            name, country, state, city, zipcode, address = rng.choice(RECIPIENTS)
            cancelled = rng.random() < 0.02
            platform = rng.random() < 0.4
            for _ in range(min(rng.randint(1, 3), lines - written)):
                row = [""] * len(EXPORT_COLUMNS)
                sku = rng.randint(1, 500)
                row[col["Order ID"]] = str(order_no)
                row[col["Order Status"]] = "Canceled" if cancelled else "Awaiting shipment"
                row[col["Order Substatus"]] = "Canceled" if cancelled else "To ship"
                row[col["Normal or Pre-order"]] = "Pre-order" if sku % 50 == 0 else "Normal"
                row[col["SKU ID"]] = str(1729000000000000000 + sku)
                row[col["Seller SKU"]] = f"SKU-{sku:04d}"
                row[col["Product Name"]] = f"Product {sku}"
                row[col["Variation"]] = "Default"
                row[col["Quantity"]] = str(rng.randint(1, 4))
                row[col["Created Time"]] = created.strftime("%m/%d/%Y %I:%M:%S %p")
                row[col["Paid Time"]] = paid.strftime("%m/%d/%Y %I:%M:%S %p")
                row[col["Tracking ID"]] = f"TT{order_no % 10**12:012d}" if platform else ""
                row[col["Delivery Option Type"]] = "Standard shipping"
                row[col["Delivery Option"]] = "Shipped by platform" if platform else "Shipped by seller"
                row[col["Shipping Provider Name"]] = PROVIDERS[order_no % len(PROVIDERS)]
                row[col["Recipient"]] = name
                row[col["Phone #"]] = f"(+66){order_no % 10**9:09d}"
                row[col["Country"]], row[col["State"]], row[col["City"]] = country, state, city
                row[col["Zipcode"]], row[col["Detail Address"]] = zipcode, address
                out.writerow(row)
                written += 1
    return written


def _fresh_store(ctx: BenchContext, name: str) -> UnitOfWorkFactory:
    db = ctx.workdir / f"{name}.db"
    for leftover in ctx.workdir.glob(f"{name}.db*"):
        leftover.unlink()
    return UnitOfWorkFactory(open_engine(sqlite_url(db)))


def _export(ctx: BenchContext) -> tuple[Path, int]:
    lines = QUICK_LINES if ctx.quick else FULL_LINES
    path = ctx.workdir / f"tiktok_{lines}.csv"
    if not path.exists():
        write_tiktok_export(path, lines)
    return path, lines


@scenario("import.tiktok_100k")
def tiktok_100k(ctx: BenchContext) -> Measurement:
    """Import a 100,000-line TikTok Shop export into a fresh SQLite store (WAL, synchronous=FULL)."""
    path, lines = _export(ctx)
    uow = _fresh_store(ctx, "first")
    started = time.perf_counter()
    report = import_orders(uow, path, timezone="Asia/Bangkok")
    elapsed = time.perf_counter() - started
    return Measurement(
        count=1,
        items=lines,
        elapsed_s=elapsed,
        target_rate=20_000,
        rate_unit="lines/s",
        note=f"{report.imported} orders, {len(report.rejected)} rows rejected",
        extra={"orders": float(report.imported), "rejected": float(len(report.rejected))},
        passed_override=False if report.rejected or report.imported == 0 else None,
    )


@scenario("import.reimport_100k")
def reimport_100k(ctx: BenchContext) -> Measurement:
    """Import the same 100,000-line export a second time: every order unchanged, nothing written."""
    path, lines = _export(ctx)
    uow = _fresh_store(ctx, "again")
    import_orders(uow, path, timezone="Asia/Bangkok")
    started = time.perf_counter()
    report = import_orders(uow, path, timezone="Asia/Bangkok")
    elapsed = time.perf_counter() - started
    changed = report.imported + len(report.updated) + len(report.cancelled)
    return Measurement(
        count=1,
        items=lines,
        elapsed_s=elapsed,
        target_rate=20_000,
        rate_unit="lines/s",
        note=f"{report.unchanged} orders unchanged, {changed} changed",
        extra={"unchanged": float(report.unchanged), "changed": float(changed)},
        passed_override=False if changed or report.rejected else None,
    )
