"""Review benchmarks: supervisor search over a station database of 500,000 orders."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, insert, select

from packstation.bench import BenchContext, Measurement, scenario
from packstation.domain.orders import OrderStatus
from packstation.domain.users import Actor, Role
from packstation.services.review import Cursor, ReviewQuery, ReviewService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.tables import OrderRow
from packstation.store.uow import UnitOfWorkFactory

EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
SPAN_DAYS = 120
BATCH = 20_000
FIRST = ["Somchai", "Somsak", "Anan", "Nattaya", "Siti", "Nur", "Ahmad", "Nguyen", "Tran", "Maria", "Jose"]
FIRST += [f"Name{i:03d}" for i in range(300)]
LAST = ["Jaidee", "Wong", "Binti Ali", "Van An", "Santos", "Reyes", "Tan", "Lim", "Ong", "Chua"]
STATUS_MIX = (
    [OrderStatus.SHIPPED] * 14
    + [OrderStatus.DELIVERED] * 3
    + [
        OrderStatus.READY,
        OrderStatus.ON_HOLD,
        OrderStatus.CANCELLED,
    ]
)
SUPERVISOR = Actor("bench-supervisor", Role.SUPERVISOR)


def order_id(n: int) -> str:
    """TikTok-like 18-digit ids, not in insertion order."""
    return f"5760{(n * 7_919_993) % 10**14:014d}"


def tracking(n: int) -> str:
    return f"TH{(n * 104_729) % 10**10:010d}A"


def _rows(start: int, stop: int, rng: random.Random) -> Iterator[dict]:
    for n in range(start, stop):
        updated = EPOCH + timedelta(seconds=rng.randrange(SPAN_DAYS * 86_400))
        yield {
            "order_id": order_id(n),
            "channel": "tiktok",
            "status": rng.choice(STATUS_MIX).value,
            "platform_status": "",
            "held_from": None,
            "hold_reason": "",
            "flagged": "buyer claims empty parcel" if rng.random() < 0.002 else "",
            "pre_order": False,
            "recipient_name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "recipient_phone": "",
            "address_line1": "1 Road",
            "address_line2": "",
            "district": "",
            "city": "Bangkok",
            "state": "",
            "postcode": "10110",
            "country": "TH",
            "carrier": "Flash Express",
            "service": "Standard",
            "tracking_number": tracking(n),
            "platform_shipped": True,
            "buyer_message": "",
            "seller_note": "",
            "created_at": updated - timedelta(hours=30),
            "paid_at": updated - timedelta(hours=30),
            "ship_by": updated + timedelta(hours=18),
            "station": f"st{rng.randrange(8) + 1}",
            "packer": f"p{rng.randrange(40) + 1:02d}",
            "source_digest": "",
            "updated_at": updated,
        }


def build_orders_db(path: Path, count: int, seed: int = 5) -> Engine:
    """A migrated station database holding `count` generated orders (reused when already built)."""
    engine = open_engine(sqlite_url(path))
    with engine.connect() as conn:
        have = conn.scalar(select(func.count()).select_from(OrderRow))
    if have == count:
        return engine
    if have:
        engine.dispose()
        path.unlink()
        engine = open_engine(sqlite_url(path))
    rng = random.Random(seed)
    for start in range(0, count, BATCH):
        with engine.begin() as conn:
            conn.execute(insert(OrderRow), list(_rows(start, min(count, start + BATCH), rng)))
    return engine


def query_mix(count: int, rng: random.Random) -> list[tuple[str, ReviewQuery, Cursor | None]]:
    """The searches a supervisor runs, each with a realistic argument drawn from the generated data."""
    out: list[tuple[str, ReviewQuery, Cursor | None]] = []
    for _ in range(40):
        n = rng.randrange(count)
        day = EPOCH + timedelta(days=rng.randrange(SPAN_DAYS))
        deep = EPOCH + timedelta(days=rng.randrange(SPAN_DAYS))
        out += [
            ("order_id", ReviewQuery(order_id=order_id(n)), None),
            ("order_prefix", ReviewQuery(order_id=order_id(n)[:12] + "*"), None),
            ("tracking", ReviewQuery(tracking=tracking(n)), None),
            ("recipient_prefix", ReviewQuery(recipient=rng.choice(FIRST)[:5]), None),
            (
                "status_date",
                ReviewQuery(statuses=(OrderStatus.SHIPPED,), since=day, until=day + timedelta(days=1)),
                None,
            ),
            (
                "statuses",
                ReviewQuery(statuses=(OrderStatus.ON_HOLD, OrderStatus.CANCELLED)),
                None,
            ),
            ("packer", ReviewQuery(packer=f"p{rng.randrange(40) + 1:02d}"), None),
            ("station_page", ReviewQuery(station=f"st{rng.randrange(8) + 1}"), Cursor(deep, "5")),
            ("flagged", ReviewQuery(flagged=True), None),
            ("all", ReviewQuery(), None),
            ("all_deep_page", ReviewQuery(), Cursor(deep, "5")),
        ]
    return out


@scenario("review.search_500k", "supervisor search over 500,000 orders (order id, tracking, recipient, ...)")
def search_500k(ctx: BenchContext) -> Measurement:
    count = 5_000 if ctx.quick else 500_000
    t0 = time.perf_counter()
    engine = build_orders_db(ctx.workdir / f"review-{count}.db", count)
    build_s = time.perf_counter() - t0
    review = ReviewService(UnitOfWorkFactory(engine), ctx.workdir / "blobs")
    try:
        mix = query_mix(count, random.Random(11))
        for _, query, after in mix[:20]:  # warm the page cache the way a running window has it
            review.search(SUPERVISOR, query, after, 100)
        samples: list[float] = []
        by_kind: dict[str, float] = {}
        for kind, query, after in mix:
            t = time.perf_counter()
            page = review.search(SUPERVISOR, query, after, 100)
            took = time.perf_counter() - t
            samples.append(took)
            by_kind[kind] = max(by_kind.get(kind, 0.0), took)
            if kind in ("order_id", "tracking") and len(page.rows) != 1:
                raise AssertionError(f"{kind} search found {len(page.rows)} orders, expected 1")
        return Measurement(
            count=len(samples),
            samples_s=samples,
            target_p99_ms=100.0,
            note=f"{count:,} orders, page of 100",
            extra={"build_s": build_s, **{f"{k}_max_ms": v * 1000 for k, v in by_kind.items()}},
        )
    finally:
        engine.dispose()
