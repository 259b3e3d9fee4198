"""TikTok Shop tracking (`GET /fulfillment/202309/orders/{order_id}/tracking`) feeding the delivery rules,
against the fake Open API on loopback, which checks the signature of every request."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from packstation.config import StationConfig
from packstation.domain.delivery import ScanKind
from packstation.domain.orders import OrderStatus
from packstation.services.alerts.watch import build_delivery_watch
from packstation.services.marketplace import ChannelWorker
from packstation.services.marketplace_tracking import MarketplaceTracking, scan_kind
from packstation.store.tables import EventRow, TrackingEventRow
from tests.fakes.station import pack_and_ship
from tests.fakes.tiktok_api import FakeTikTokShop, make_order
from tests.integration.test_tiktok_connector import connector

NOW = int(time.time())


@pytest.fixture
def fake():
    shop = FakeTikTokShop()
    shop.start()
    yield shop
    shop.stop()


def shipped_orders(kit, fake, n: int) -> list[str]:
    raws = [make_order(i, update_time=NOW - 5000 + i, skus=("SKU-0001",)) for i in range(1, n + 1)]
    fake.add_orders(*raws)
    connector(kit, fake).pull()
    ids = [r["id"] for r in raws]
    for i, oid in enumerate(ids, start=1):
        pack_and_ship(kit.uow, oid, tracking=f"JT{i:010d}MY", carrier="J&T Express")
    return ids


def status_of(kit, order_id: str) -> tuple[OrderStatus, str]:
    with kit.uow() as uow:
        order = uow.orders.get(order_id)
        events = uow.session.scalars(
            select(EventRow).where(EventRow.order_id == order_id, EventRow.type == "DeliveryStatusSet")
        ).all()
    return order.status, (events[-1].payload.get("rule", "") if events else "")


def test_words_of_carrier_updates_are_read_as_scan_kinds():
    assert scan_kind("Delivery failed: recipient not at home") is ScanKind.DELIVERY_FAILED
    assert scan_kind("Parcel delivered, signed by KAMAL") is ScanKind.DELIVERED
    assert scan_kind("Out for delivery") is ScanKind.OUT_FOR_DELIVERY
    assert scan_kind("Parcel picked up by courier") is ScanKind.PICKED_UP
    assert scan_kind("Returned to sender") is ScanKind.RETURNED_TO_SENDER
    assert scan_kind("Arrived at Shah Alam sorting centre") is ScanKind.IN_TRANSIT


def test_tracking_endpoint_moves_orders_once_with_signed_requests(make_station, fake, tmp_path):
    kit = make_station()
    ids = shipped_orders(kit, fake, 3)
    t0 = time.time() - 3 * 86400
    fake.add_tracking(ids[0], "Parcel picked up by courier", t0)
    fake.add_tracking(ids[0], "Arrived at Shah Alam hub", t0 + 3600)
    fake.add_tracking(ids[0], "Out for delivery", t0 + 86400)
    fake.add_tracking(ids[0], "Delivered, received by KAMAL", t0 + 90000)
    fake.add_tracking(ids[1], "Parcel picked up by courier", t0)
    fake.add_tracking(ids[1], "Delivery failed: recipient not at home", t0 + 86400)
    fake.add_tracking(ids[1], "Delivery attempt unsuccessful, address closed", t0 + 2 * 86400)
    watch = build_delivery_watch(StationConfig(station=kit.name), kit.uow, None)
    feed = MarketplaceTracking(kit.uow, connector(kit, fake).channel, watch)

    first = feed.run()

    assert first.asked == 3 and first.errors == []
    calls = fake.calls("/fulfillment/202309/orders/")
    assert sorted(c.path.split("/")[4] for c in calls) == sorted(ids)
    assert all(c.method == "GET" and c.status == 200 and c.code == 0 for c in calls)  # signatures accepted
    assert first.updates == 7 and first.stored == 7
    assert status_of(kit, ids[0]) == (OrderStatus.DELIVERED, "carrier_scan")
    status, rule = status_of(kit, ids[1])
    assert status is OrderStatus.LOST and "failed" in rule  # the seeds' rule: 2 failed attempts
    assert status_of(kit, ids[2])[0] is OrderStatus.SHIPPED
    with kit.uow() as uow:
        stored = uow.session.scalars(
            select(TrackingEventRow).where(TrackingEventRow.order_id == ids[0])
        ).all()
    assert [r.event for r in sorted(stored, key=lambda r: r.occurred_at)] == [
        "picked_up", "in_transit", "out_for_delivery", "delivered"
    ]  # fmt: skip
    assert stored[0].occurred_at.replace(tzinfo=UTC) == datetime.fromtimestamp(int(t0 * 1000) / 1000, UTC)

    # The next round asks the shipments still open (a Lost one may still be delivered, not the
    # Delivered one) and stores nothing twice.
    fake.add_tracking(ids[2], "Parcel picked up by courier", t0 + 4000)
    again = feed.run()
    assert again.asked == 2 and again.updates == 3 + 1 and again.stored == 1
    assert status_of(kit, ids[2])[0] is OrderStatus.IN_TRANSIT
    last = connector(kit, fake).status().as_dict()["last_tracking"]
    assert last["asked"] == 2 and last["stored"] == 1 and last["errors"] == 0


def test_a_round_asks_at_most_per_round_orders_and_continues_where_it_stopped(make_station, fake):
    kit = make_station()
    ids = shipped_orders(kit, fake, 5)
    watch = build_delivery_watch(StationConfig(station=kit.name), kit.uow, None)
    feed = MarketplaceTracking(kit.uow, connector(kit, fake).channel, watch, per_round=2)
    asked: list[str] = []
    for _ in range(3):
        before = len(fake.calls("/fulfillment/202309/orders/"))
        feed.run()
        asked += [c.path.split("/")[4] for c in fake.calls("/fulfillment/202309/orders/")[before:]]
    assert asked == [ids[0], ids[1], ids[2], ids[3], ids[4], ids[0]]


def test_a_refusal_is_listed_and_a_bad_signature_is_refused(make_station, fake):
    kit = make_station()
    ids = shipped_orders(kit, fake, 2)
    with fake.lock:
        del fake.orders[ids[0]]  # the marketplace no longer knows it
    watch = build_delivery_watch(StationConfig(station=kit.name), kit.uow, None)
    result = MarketplaceTracking(kit.uow, connector(kit, fake).channel, watch).run()
    assert result.asked == 1 and len(result.errors) == 1 and ids[0] in result.errors[0]
    assert "not found" in result.errors[0]

    wrong = connector(kit, fake, secret="not-the-secret")
    bad = MarketplaceTracking(kit.uow, wrong.channel, watch).run()
    assert bad.asked == 0 and all("signature" in e.casefold() for e in bad.errors)
    assert fake.calls("/fulfillment/202309/orders/")[-1].code == 106001


def test_the_background_worker_runs_tracking_on_its_own_interval(make_station, fake):
    kit = make_station()
    ids = shipped_orders(kit, fake, 1)
    fake.add_tracking(ids[0], "Out for delivery", time.time() - 600)
    watch = build_delivery_watch(StationConfig(station=kit.name), kit.uow, None)
    conn = connector(kit, fake)
    tick = [0.0]
    worker = ChannelWorker(
        conn, clock=lambda: tick[0], tracking=MarketplaceTracking(kit.uow, conn.channel, watch),
        tracking_every_s=900.0,
    )  # fmt: skip
    first = worker.run_once()
    assert first.tracking is not None and first.tracking.stored == 1
    tick[0] = 300.0
    assert worker.run_once().tracking is None  # not due yet
    assert status_of(kit, ids[0])[0] is OrderStatus.OUT_FOR_DELIVERY
