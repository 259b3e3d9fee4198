"""TikTok Shop connector benchmarks against the fake Open API: pull throughput, push under the rate limit.

The fake API is a test harness and lives in tests/, which the packstation package must not import, so
these scenarios live here too: `python -m tests.benchmarks.tiktok_bench` prints them in the table of
`packstation bench`, and tests/benchmarks/test_tiktok_bench.py runs them at a smaller size.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path

from packstation.bench import Measurement, Scenario
from packstation.bench.report import as_table
from packstation.config import TikTokConfig
from packstation.services.demo import load_demo
from packstation.services.marketplace import MarketplaceConnector
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from tests.fakes.station import ship_in
from tests.fakes.tiktok_api import FakeTikTokShop, make_order

PULL = Scenario("tiktok.pull", lambda ctx: Measurement(0), "pull orders from the fake TikTok Shop API")
PUSH = Scenario("tiktok.push", lambda ctx: Measurement(0), "push shipments within the API rate limit")
SKUS = ("SKU-0001", "SKU-0002", "SKU-0003")


def _station(root: Path) -> UnitOfWorkFactory:
    engine = open_engine(sqlite_url(root / "station.db"))
    uow = UnitOfWorkFactory(engine)
    load_demo(uow, orders=0, station="bench")
    return uow


def _serve(conn: Connection, count: int) -> None:
    """The fake API in its own process, as the real one is on another machine: the station's measured
    time is its own work, not the fake's JSON encoding competing for the same interpreter."""
    fake = FakeTikTokShop()
    now = int(time.time())
    fake.add_orders(
        *(make_order(i, update_time=now - count + i, skus=SKUS[: 1 + i % 3]) for i in range(1, count + 1))
    )
    fake.start()
    try:
        access, refresh = fake.issue_tokens()
        conn.send((fake.base_url, fake.app_key, fake.app_secret, fake.shop_cipher, access, refresh))
        if conn.poll(600):  # bounded: the fake never outlives a forgotten benchmark
            conn.recv()
        conn.send(
            {
                "pages": len(fake.calls("/order")),
                "http_429": fake.throttled,
                "ship_calls": len(fake.calls("/fulfillment")),
                "shipped": len(fake.shipped),
            }
        )
    finally:
        fake.stop()


@contextmanager
def fake_api(count: int) -> Iterator[tuple[TikTokConfig, dict[str, str], dict[str, int]]]:
    """(config, environment, stats filled in at the end) of a fake API process serving `count` orders."""
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    proc = ctx.Process(target=_serve, args=(theirs, count), daemon=True, name="fake-tiktok-api")
    proc.start()
    stats: dict[str, int] = {}
    try:
        if not ours.poll(120):
            raise RuntimeError("the fake TikTok Shop API did not start")
        base_url, app_key, secret, cipher, access, refresh = ours.recv()
        config = TikTokConfig(
            base_url=base_url, auth_url=base_url, app_key=app_key, shop_cipher=cipher,
            access_token=access, refresh_token=refresh, page_size=100,
        )  # fmt: skip
        yield config, {"PACKSTATION_TIKTOK_APP_SECRET": secret}, stats
        ours.send("stop")
        if ours.poll(30):
            stats.update(ours.recv())
    finally:
        proc.join(timeout=10)
        if proc.is_alive():
            proc.terminate()
            proc.join(timeout=5)


def pull_orders(root: Path, count: int = 10_000) -> Measurement:
    """Pull `count` new orders (100 a page) into an empty station: HTTP, mapping, digest, write."""
    with fake_api(count) as (config, env, stats):
        uow = _station(root)
        config.requests_per_second = 45.0
        connector = MarketplaceConnector.for_tiktok(uow, config, "bench", environ=env)
        t0, cpu0 = time.perf_counter(), time.process_time()
        report = connector.pull()
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        uow.engine.dispose()
    assert report.imported == count, report
    m = Measurement(
        count=count, items=count, elapsed_s=elapsed, target_rate=2000.0, rate_unit="orders/s",
        extra={"pages": stats.get("pages", 0), "http_429": stats.get("http_429", 0), "cpu_s": round(cpu, 2)},
    )  # fmt: skip
    # On a shared machine the wall time includes waiting for a core; the CPU time is the station's own.
    m.note = f"{cpu:.2f} s CPU ({count / cpu:,.0f} orders per CPU second), {stats.get('pages', 0)} pages"
    return m


def push_shipments(root: Path, count: int = 1_000, rate: float = 40.0) -> Measurement:
    """Report `count` handed-over orders shipped; the fake allows 50 requests a second per API."""
    with fake_api(count) as (config, env, stats):
        uow = _station(root)
        config.requests_per_second = rate
        connector = MarketplaceConnector.for_tiktok(uow, config, "bench", environ=env)
        connector.pull()
        with uow() as u:
            for i in range(1, count + 1):
                order_id = make_order(i, update_time=0)["id"]
                ship_in(u, order_id, tracking=f"JT{i:012d}", manifest="M-BENCH", carrier="J&T Express")
            u.commit()
        t0 = time.perf_counter()
        report = connector.push()
        elapsed = time.perf_counter() - t0
        retries = connector.channel.client.stats.retries
        uow.engine.dispose()
    assert len(report.shipped) == count and stats["shipped"] == count, (report, stats)
    throttled, ship_calls = stats["http_429"], stats["ship_calls"]
    m = Measurement(
        count=count, items=count, elapsed_s=elapsed, target_rate=rate * 0.8, rate_unit="shipments/s",
        extra={"http_429": throttled, "ship_calls": ship_calls, "retries": retries},
    )  # fmt: skip
    # Within the limit means no request was turned away: not one 429, one call per package.
    m.passed_override = throttled == 0 and ship_calls == count and (m.rate or 0) >= rate * 0.8
    m.note = f"{throttled} HTTP 429, {ship_calls} ship calls at a {rate:.0f} req/s client limit (API: 50)"
    return m


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--shipments", type=int, default=1_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "pull").mkdir()
        (Path(tmp) / "push").mkdir()
        results = [
            (PULL, pull_orders(Path(tmp) / "pull", args.orders)),
            (PUSH, push_shipments(Path(tmp) / "push", args.shipments)),
        ]
    print(as_table(results))
    return 0 if all(m.passed for _, m in results) else 1


if __name__ == "__main__":
    sys.exit(main())
