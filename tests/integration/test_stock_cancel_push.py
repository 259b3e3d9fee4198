"""Out-of-stock cancellations pushed to the fake TikTok Shop API: queued with the decision, signed,
idempotent, refusals kept in the marketplace's words, failures retried; exported without a connector."""

from __future__ import annotations

import csv
import json
import time
from datetime import timedelta

import pytest

from packstation.domain.users import Actor, Role
from packstation.services.marketplace import ChannelWorker
from packstation.services.marketplace_cancel import OUT_OF_STOCK_CANCEL_REASON
from packstation.services.stock import StockService
from packstation.store.base import utcnow
from packstation.sync.central import CentralStore
from packstation.sync.stock import StockBook
from tests.fakes.tiktok_api import CANCEL_NOT_ALLOWED, FakeTikTokShop, expected_sign, make_order
from tests.integration.test_tiktok_connector import connector

SUE = Actor("sue", Role.SUPERVISOR)
NOW = int(time.time())
CANCEL_PATH = "/return_refund/202309/cancellations"


@pytest.fixture
def fake():
    shop = FakeTikTokShop()
    shop.start()
    yield shop
    shop.stop()


@pytest.fixture
def central(central_sqlite_url):
    store = CentralStore.open(central_sqlite_url, migrate=True)
    yield store
    store.dispose()


def _setup(make_station, fake, central, n: int = 2, channels=("tiktok",)):  # type: ignore[no-untyped-def]
    """A station with `n` TikTok orders pulled from the fake; SKU-0003 is out of stock in the centre."""
    kit = make_station()
    raw = [make_order(i, update_time=NOW - 900 + i, skus=("SKU-0003",)) for i in range(1, n + 1)]
    fake.add_orders(*raw)
    conn = connector(kit, fake)
    assert conn.pull().imported == n
    book = StockBook(central)
    book.load("SKU-0003", "A-03", 0, "sue")
    stock = StockService(book, kit.uow, kit.name, channels)
    return kit, conn, stock, [o["id"] for o in raw]


def _events(kit, order_id: str, kind: str) -> list:  # type: ignore[no-untyped-def]
    with kit.uow.read() as uow:
        return [e for e in uow.events.for_order(order_id) if e.type == kind]


def test_an_out_of_stock_decision_is_cancelled_on_the_marketplace_once(make_station, fake, central):
    kit, conn, stock, (first, second) = _setup(make_station, fake, central)
    stock.decide(SUE, first, "out_of_stock", "supplier discontinued")
    assert "queued" in stock.out_of_stock()[0].marketplace

    worker = ChannelWorker(conn, pull_every_s=3600, push_every_s=0)
    round_ = worker.run_once()
    assert round_.cancel is not None and [oid for oid, _ in round_.cancel.cancelled] == [first]

    calls = fake.calls(CANCEL_PATH)
    assert len(calls) == 1 and calls[0].method == "POST" and calls[0].code == 0
    assert json.loads(calls[0].body) == {"order_id": first, "cancel_reason": OUT_OF_STOCK_CANCEL_REASON}
    # Signed like every call (the fake checked it too: code 0 above).
    assert calls[0].query["sign"] == expected_sign(fake.app_secret, CANCEL_PATH, calls[0].query, calls[0].body)
    assert set(fake.cancellations) == {first}  # the second order was not decided: not cancelled
    cancel_id = fake.cancellations[first]["cancel_id"]

    reported = _events(kit, first, "CancellationReported")
    assert [(e.payload["cancel_id"], e.payload["channel"]) for e in reported] == [(cancel_id, "tiktok")]
    shown = stock.out_of_stock()
    assert [(r.order_id, r.cancel_id) for r in shown] == [(first, cancel_id)]
    assert shown[0].marketplace == f"cancelled on tiktok (cancel id {cancel_id})"

    # Idempotent: later rounds and a repeated decision do not ask the marketplace again.
    stock.decide(SUE, first, "out_of_stock", "still none")
    worker.run_once()
    assert len(fake.calls(CANCEL_PATH)) == 1 and len(_events(kit, first, "CancellationReported")) == 1
    # The export for a bulk cancellation leaves out what the marketplace already cancelled.
    path = kit.home / "cancel.csv"
    assert stock.export_out_of_stock(path) == 0
    # The next pull brings the marketplace's cancellation in: the order leaves the out-of-stock list.
    conn.pull()
    assert stock.out_of_stock() == []


def test_a_refusal_keeps_the_marketplaces_message_and_flags_the_order(make_station, fake, central):
    kit, conn, stock, (first, second) = _setup(make_station, fake, central)
    fake.cancel_refusals[first] = (CANCEL_NOT_ALLOWED, "The order status does not allow a cancellation")
    stock.decide(SUE, first, "out_of_stock", "none left")
    stock.decide(SUE, second, "out_of_stock", "none left")
    report = conn.cancel()
    assert report.refused == [(first, "The order status does not allow a cancellation")]
    assert [oid for oid, _ in report.cancelled] == [second]

    refused = _events(kit, first, "CancellationRefused")
    assert [(e.payload["reason"], e.payload["code"]) for e in refused] == [
        ("The order status does not allow a cancellation", str(CANCEL_NOT_ALLOWED))
    ]
    with kit.uow.read() as uow:
        order = uow.orders.get(first)
    assert order is not None and "refused the out-of-stock cancellation" in (order.flagged or "")
    rows = {r.order_id: r for r in stock.out_of_stock()}
    assert rows[first].marketplace == "tiktok refused the cancellation: The order status does not allow a cancellation"
    assert rows[first].cancel_id == ""

    # Refused as it is: not asked again on its own; deciding again queues it afresh.
    conn.cancel()
    assert len([c for c in fake.calls(CANCEL_PATH) if json.loads(c.body)["order_id"] == first]) == 1
    del fake.cancel_refusals[first]
    stock.decide(SUE, first, "out_of_stock", "asked the buyer")
    again = conn.cancel()
    assert [oid for oid, _ in again.cancelled] == [first] and first in fake.cancellations
    # The export holds nothing the marketplace cancelled.
    assert stock.export_out_of_stock(kit.home / "c.csv") == 0


def test_an_unreachable_api_is_retried_after_a_pause(make_station, fake, central):
    kit, conn, stock, (first, _second) = _setup(make_station, fake, central)
    conn.channel.client.retry.attempts = 2
    conn.channel.client.retry.base_delay_s = 0.01
    fake.fail_next(CANCEL_PATH, 503, times=2)
    stock.decide(SUE, first, "out_of_stock", "none left")
    now = utcnow()
    failed = conn.cancel(now)
    assert failed.stopped and "gave up" in failed.stopped and not fake.cancellations
    assert "gave up" in conn.status().last_error
    assert "not sent yet (1 tries)" in stock.out_of_stock()[0].marketplace
    assert conn.cancel(now + timedelta(seconds=5)).waiting == 1  # pausing: not asked
    assert len(fake.calls(CANCEL_PATH)) == 2
    later = conn.cancel(now + timedelta(minutes=2))
    assert [oid for oid, _ in later.cancelled] == [first] and first in fake.cancellations


def test_without_a_connector_the_decision_is_exported_as_before(make_station, fake, central):
    kit, conn, stock, (first, _second) = _setup(make_station, fake, central, channels=())
    stock.decide(SUE, first, "out_of_stock", "none left")
    assert conn.cancel().cancelled == [] and fake.calls(CANCEL_PATH) == []
    rows = stock.out_of_stock()
    assert [(r.order_id, r.marketplace) for r in rows] == [(first, "")]
    path = kit.home / "cancel.csv"
    assert stock.export_out_of_stock(path) == 1
    with path.open(encoding="utf-8") as fh:
        got = list(csv.DictReader(fh))
    assert [(r["order_id"], r["channel"], r["note"]) for r in got] == [(first, "tiktok", "none left")]


def test_from_the_command_line_decide_push_and_the_refusal_in_stock_out_of_stock(tmp_path, fake, capsys, monkeypatch):  # type: ignore[no-untyped-def]
    from packstation.cli import main
    from packstation.config import StationConfig
    from tests.harness.bench_station import SUPERVISOR_PIN, open_bench

    access, refresh = fake.issue_tokens()
    for name, value in {
        "PACKSTATION_TIKTOK_APP_KEY": fake.app_key, "PACKSTATION_TIKTOK_APP_SECRET": fake.app_secret,
        "PACKSTATION_TIKTOK_SHOP_CIPHER": fake.shop_cipher, "PACKSTATION_TIKTOK_ACCESS_TOKEN": access,
        "PACKSTATION_TIKTOK_REFRESH_TOKEN": refresh, "PACKSTATION_TIKTOK_BASE_URL": fake.base_url,
        "PACKSTATION_TIKTOK_AUTH_URL": fake.base_url,
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    config = StationConfig(station="bench-1")
    config.channels.tiktok.enabled = True  # the connector is configured: decisions are pushed
    config.channels.tiktok.pull_every_s = config.channels.tiktok.push_every_s = 3600
    home = tmp_path / "h"
    open_bench(home, orders=0, config=config).close()
    raw = [make_order(i, update_time=NOW - 900 + i, skus=("SKU-0003",)) for i in (1, 2)]
    fake.add_orders(*raw)
    first, second = (o["id"] for o in raw)
    fake.cancel_refusals[second] = (CANCEL_NOT_ALLOWED, "Order is being processed by the warehouse")
    (tmp_path / "c.csv").write_text("sku,location,on_hand\nSKU-0003,A-03,0\n", encoding="utf-8")

    def cli(*argv: str) -> tuple[int, str]:
        code = main(["--home", str(home), *argv])
        return code, capsys.readouterr().out

    assert cli("tiktok", "pull")[0] == 0
    assert cli("stock", "import", str(tmp_path / "c.csv"))[0] == 0
    for oid in (first, second):
        code, _ = cli("stock", "decide", oid, "out-of-stock", "--reason", "none left", "--pin", SUPERVISOR_PIN)
        assert code == 0
    code, out = cli("stock", "out-of-stock")
    assert out.count("cancellation queued for tiktok") == 2
    code, out = cli("tiktok", "push")
    assert code == 1  # a refusal
    cancel_id = fake.cancellations[first]["cancel_id"]
    assert f"{first} (cancel id {cancel_id})" in out
    assert f"{second}: cancellation refused: Order is being processed by the warehouse" in out
    code, out = cli("stock", "out-of-stock", "--json")
    rows = {r["order_id"]: r for r in json.loads(out)}
    assert rows[first]["cancel_id"] == cancel_id
    assert rows[second]["marketplace"] == "tiktok refused the cancellation: Order is being processed by the warehouse"
    code, out = cli("stock", "out-of-stock")
    assert "tiktok refused the cancellation: Order is being processed by the warehouse" in out
    export = tmp_path / "cancel.csv"
    assert cli("stock", "out-of-stock", "--export", str(export))[0] == 0
    with export.open(encoding="utf-8") as fh:
        assert [r["order_id"] for r in csv.DictReader(fh)] == [second]  # what is left to cancel by hand
