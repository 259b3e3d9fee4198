"""Sync scenarios: outbox push throughput to PostgreSQL on loopback, and a big backlog draining.

Each starts its own throw-away PostgreSQL server (`packstation.bench.pgserver`, durable defaults) and
reports "skipped" when the machine has no PostgreSQL binaries.
"""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert

from packstation.bench import BenchContext, Measurement, scenario
from packstation.bench.pgserver import PgServer, find_pg_bindir
from packstation.store.base import utcnow
from packstation.store.db import open_engine, sqlite_url
from packstation.store.tables import EventRow
from packstation.store.uow import UnitOfWorkFactory
from packstation.sync.central import CentralStore
from packstation.sync.engine import SyncEngine
from packstation.sync.push import OutboxPusher

SKIPPED = "skipped: no PostgreSQL binaries"
_BARE_TABLE = (
    "CREATE TABLE bare_events (seq bigserial PRIMARY KEY, id varchar(36) UNIQUE NOT NULL, order_id varchar(64), "
    'type varchar(48), station varchar(100), "user" varchar(100), payload jsonb, occurred_at timestamptz, '
    "station_seq bigint, received_at timestamptz DEFAULT now())"
)
_BARE_INSERT = (
    'INSERT INTO bare_events (id, order_id, type, station, "user", payload, occurred_at, station_seq) '
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
)


def _station_with_backlog(root: Path, count: int) -> UnitOfWorkFactory:
    """A station database whose outbox holds `count` realistic scan events."""
    engine = open_engine(sqlite_url(root / "station.db"))
    start = utcnow() - timedelta(hours=1)
    rows = [
        {
            "id": str(uuid.uuid4()),
            "order_id": f"5770{n // 8:014d}",
            "type": "UnitScanned",
            "station": "bench-station",
            "user": "packer-1",
            "payload": {
                "barcode": "9553982597910",
                "sku": "SKU-0001",
                "line_no": 1,
                "picked": n % 8,
                "quantity": 8,
            },
            "occurred_at": start + timedelta(milliseconds=n),
        }
        for n in range(count)
    ]
    with engine.begin() as conn:
        for i in range(0, count, 10000):
            conn.execute(insert(EventRow), rows[i : i + 10000])
        conn.exec_driver_sql(
            "INSERT INTO outbox (event_seq, attempts, last_error) SELECT seq, 0, '' FROM events"
        )
    return UnitOfWorkFactory(engine)


def _outbox_rows(uow: UnitOfWorkFactory, count: int) -> list[tuple]:
    """The outbox rows exactly as the push reads them."""
    pusher = OutboxPusher(uow.engine, CentralStore.open("sqlite://"), "bare", batch_size=count)
    with uow.engine.connect() as conn:
        batch = pusher.read_batch(conn, count)
    return [
        (e.id, e.order_id, e.type, e.station, e.user, e.payload_json, e.occurred_at, e.seq) for e in batch
    ]


def _bare_executemany(server: PgServer, rows: list[tuple]) -> float:
    """Seconds for psycopg's own pipelined `executemany` of the same rows, in batches of the same size."""
    import psycopg

    with psycopg.connect(server.dsn("central")) as conn:
        conn.execute(_BARE_TABLE)
        conn.commit()
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            for i in range(0, len(rows), 5000):
                cur.executemany(_BARE_INSERT, rows[i : i + 5000])
                conn.commit()
        return time.perf_counter() - t0


def _with_server(ctx: BenchContext, run) -> Measurement:  # type: ignore[no-untyped-def]
    if find_pg_bindir() is None:
        return Measurement(count=0, note=SKIPPED, passed_override=True)
    server = PgServer.create(durable=True)
    try:
        server.start()
        return run(server)
    finally:
        server.destroy()


@scenario("sync.push_postgres", "outbox push to PostgreSQL on loopback, beside a bare psycopg executemany")
def push_postgres(ctx: BenchContext) -> Measurement:
    count = 2000 if ctx.quick else 100_000

    def run(server: PgServer) -> Measurement:
        uow = _station_with_backlog(ctx.scratch("station"), count)
        central = CentralStore.open(server.create_database("central"), migrate=True)
        rows = _outbox_rows(uow, count)
        pusher = OutboxPusher(uow.engine, central, "bench-station")
        t0 = time.perf_counter()
        report = pusher.drain(count)
        elapsed = time.perf_counter() - t0
        bare = _bare_executemany(server, rows)
        assert report.inserted == count == central.event_count()
        central.dispose()
        uow.engine.dispose()
        rate, bare_rate = count / elapsed, count / bare
        return Measurement(
            count=count,
            items=count,
            elapsed_s=elapsed,
            target_rate=20_000,
            rate_unit="events/s",
            extra={"bare_executemany_per_s": round(bare_rate), "ratio_to_bare": round(rate / bare_rate, 2)},
            note=f"bare psycopg executemany of the same rows: {bare_rate:,.0f}/s; push is {rate / bare_rate:.2f}x "
            "(target >= 0.4x)",
            passed_override=rate >= 20_000 and rate >= 0.4 * bare_rate,
        )

    return _with_server(ctx, run)


@scenario("sync.backlog_drain", "a station's outbox backlog (100,000 events) drains to PostgreSQL in <= 10 s")
def backlog_drain(ctx: BenchContext) -> Measurement:
    count = 2000 if ctx.quick else 100_000

    def run(server: PgServer) -> Measurement:
        uow = _station_with_backlog(ctx.scratch("station"), count)
        central = CentralStore.open(server.create_database("central"), migrate=True)
        engine = SyncEngine(uow, central, "bench-station", pull=False)
        t0 = time.perf_counter()
        report = engine.run_once()
        elapsed = time.perf_counter() - t0
        assert report.ok and engine.status().backlog == 0 and central.event_count() == count
        central.dispose()
        uow.engine.dispose()
        return Measurement(
            count=count,
            items=count,
            elapsed_s=elapsed,
            target_rate=count / 10.0,
            rate_unit="events/s",
            note=f"{count:,} events drained in {elapsed:.2f} s (target <= 10 s)",
            extra={"drain_s": round(elapsed, 3)},
        )

    return _with_server(ctx, run)
