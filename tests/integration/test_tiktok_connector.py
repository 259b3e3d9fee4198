"""The TikTok Shop connector against the fake Open API on loopback: pull, push, 429, tokens, labels."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from packstation.channels.base import ChannelAuthError, ChannelRefused
from packstation.config import TikTokConfig
from packstation.domain import workflow
from packstation.domain.orders import OrderStatus
from packstation.services.marketplace import ChannelWorker, MarketplaceConnector
from packstation.services.marketplace_pull import MARKETPLACE_HOLD, marketplace_holds, platform_labels
from packstation.store.base import utcnow
from packstation.store.tables import ChannelOrderRow, ChannelShipmentRow, EventRow
from tests.fakes.station import pack_and_ship
from tests.fakes.tiktok_api import FakeTikTokShop, make_order, pdf_text

NOW = int(time.time())
SKUS = ("SKU-0001", "SKU-0002")


@pytest.fixture
def fake():
    shop = FakeTikTokShop()
    shop.start()
    yield shop
    shop.stop()


def config_for(fake: FakeTikTokShop, access: str = "", refresh: str = "", **kw) -> TikTokConfig:
    return TikTokConfig(
        base_url=fake.base_url, auth_url=fake.base_url, app_key=fake.app_key, shop_cipher=fake.shop_cipher,
        access_token=access, refresh_token=refresh, page_size=kw.pop("page_size", 50), **kw,
    )  # fmt: skip


def connector(kit, fake, *, secret: str | None = None, access_lifetime=None, **kw) -> MarketplaceConnector:
    if not hasattr(kit, "tiktok_tokens"):
        kit.tiktok_tokens = fake.issue_tokens(access_lifetime)
    access, refresh = kit.tiktok_tokens
    env = {"PACKSTATION_TIKTOK_APP_SECRET": fake.app_secret if secret is None else secret}
    return MarketplaceConnector.for_tiktok(
        kit.uow, config_for(fake, access, refresh, **kw), kit.name, environ=env
    )


def orders(n: int, start: int = 1, **kw) -> list[dict]:
    return [make_order(i, update_time=NOW - 1000 + i, skus=SKUS, **kw) for i in range(start, start + n)]


def status_of(kit, order_id: str) -> OrderStatus:
    with kit.uow() as uow:
        order = uow.orders.get(order_id)
        assert order is not None
        return order.status


def test_pull_pages_through_every_order_with_signed_requests(make_station, fake):
    kit = make_station()
    fake.add_orders(*orders(120))
    report = connector(kit, fake).pull()
    assert report.seen == 120 and report.imported == 120
    searches = fake.calls("/order/202309/orders/search")
    assert len(searches) == 3  # 50 + 50 + 20
    assert [s.query.get("page_token", "") for s in searches] == ["", "p50", "p100"]
    assert all(s.code == 0 and s.query["shop_cipher"] == fake.shop_cipher for s in searches)
    first_since = json.loads(searches[0].body)["update_time_ge"]
    assert abs(first_since - (time.time() - 14 * 86400)) < 300  # a first pull looks back two weeks
    with kit.uow() as uow:
        order = uow.orders.get(make_order(7, update_time=0)["id"])
        facts = uow.session.get(ChannelOrderRow, order.order_id)
    assert order.status is OrderStatus.READY and order.channel == "tiktok"
    assert [(ln.sku, ln.quantity) for ln in order.lines] == [("SKU-0001", 1), ("SKU-0002", 1)]
    assert order.recipient.city == "Kuala Lumpur" and order.recipient.country == "MY"
    assert facts.package_ids == [f"PKG{order.order_id}"]
    assert (
        facts.shipping_due is not None and int(facts.shipping_due.timestamp()) == NOW - 1000 + 7 + 2 * 86400
    )
    assert order.ship_by == facts.shipping_due
    assert int(facts.collection_due.timestamp()) - int(facts.shipping_due.timestamp()) == 3600
    # A second pull asks from the newest change and changes nothing.
    again = connector(kit, fake).pull()
    assert again.imported == 0 and again.updated == []
    assert fake.calls("/order")[-1].body == b'{"update_time_ge":%d}' % (NOW - 1000 + 120)


def test_a_wrong_secret_is_refused_with_the_api_error_code(make_station, fake):
    kit = make_station()
    fake.add_orders(*orders(1))
    with pytest.raises(ChannelRefused) as err:
        connector(kit, fake, secret="not-the-secret").pull()
    assert err.value.code == 106001 and "signature" in err.value.reason.lower()
    assert "not-the-secret" not in str(err.value)


def test_a_stale_timestamp_is_refused(make_station, fake):
    kit = make_station()
    fake.add_orders(*orders(1))
    conn = connector(kit, fake)
    conn.channel.client.clock = lambda: time.time() - 3600  # the station's clock is an hour behind
    with pytest.raises(ChannelRefused) as err:
        conn.pull()
    assert err.value.code == 106002
    assert "outside the allowed window" in connector(kit, fake).status().last_error


def test_429_answers_slow_the_client_down_and_the_pull_completes(make_station, fake):
    kit = make_station()
    fake.rate_per_s = 3
    fake.add_orders(*orders(40))
    conn = connector(kit, fake, page_size=5, requests_per_second=100.0)
    conn.channel.client.retry.base_delay_s = 0.2
    report = conn.pull()
    assert report.imported == 40
    assert fake.throttled >= 1 and conn.channel.client.stats.throttled == fake.throttled
    assert len([c for c in fake.calls("/order") if c.status == 200]) == 8


def test_an_expired_access_token_is_refreshed_and_kept(make_station, fake):
    kit = make_station()
    fake.add_orders(*orders(3))
    kit.tiktok_tokens = fake.issue_tokens()
    fake.expire_access_tokens()
    conn = connector(kit, fake)
    assert conn.pull().imported == 3
    assert len(fake.calls("/api/v2/token/refresh")) == 1
    assert [c.code for c in fake.calls("/order")] == [105002, 0]
    new_access = conn.channel.client.credentials.tokens.access_token
    assert new_access != kit.tiktok_tokens[0]
    # The refresh token rotated: a new connector must use the stored pair, not the config's.
    fresh = connector(kit, fake)
    assert fresh.channel.client.credentials.tokens.access_token == new_access
    fake.add_orders(*orders(1, start=50))
    assert fresh.pull().imported == 1 and len(fake.calls("/api/v2/token/refresh")) == 1
    assert fresh.status().token_expires_at is not None
    assert "ACC" not in repr(fresh.channel.client) and fake.app_secret not in repr(
        fresh.channel.client.credentials
    )


def test_an_unrefreshable_token_says_to_authorise_again(make_station, fake):
    kit = make_station()
    kit.tiktok_tokens = ("ACCnothing", "REFnothing")
    with pytest.raises(ChannelAuthError, match="authorise the shop again"):
        connector(kit, fake).pull()


def test_an_on_hold_order_is_not_packable_until_the_hold_ends(make_station, fake):
    kit = make_station()
    held = make_order(1, update_time=NOW - 100, skus=SKUS, on_hold=True, status="ON_HOLD")
    fake.add_orders(held)
    report = connector(kit, fake).pull()
    assert report.held == [held["id"]]
    with kit.uow() as uow:
        order = uow.orders.get(held["id"])
    assert order.status is OrderStatus.ON_HOLD and order.hold_reason == MARKETPLACE_HOLD
    with kit.uow() as uow:
        assert marketplace_holds(uow) == {held["id"]: order.paid_at + timedelta(hours=1)}
    assert workflow.packability_problems(order) == [f"it is on hold ({MARKETPLACE_HOLD})"]
    fake.change_order(held["id"], is_on_hold_order=False, status="AWAITING_SHIPMENT")
    assert connector(kit, fake).pull().released == [held["id"]]
    with kit.uow() as uow:
        order = uow.orders.get(held["id"])
    assert order.status is OrderStatus.READY and workflow.packability_problems(order) == []


def test_a_cancellation_arriving_while_packing_stops_the_order(make_station, fake):
    kit = make_station()
    fake.add_orders(*orders(2))
    connector(kit, fake).pull()
    first, second = (make_order(i, update_time=0)["id"] for i in (1, 2))
    packing = kit.packing()
    with kit.uow() as uow:
        order = uow.orders.get(first)
        uow.record(workflow.confirm(order, kit.name, "p1"))
        uow.orders.save(order)
        uow.commit()
    fake.change_order(first, status="CANCELLED", cancel_reason="Buyer changed mind")
    fake.change_order(second, status="CANCELLED", cancel_reason="Out of stock")
    report = connector(kit, fake).pull()
    assert sorted(report.cancelled) == sorted([first, second])
    assert report.cancelled_while_packing == [first]
    assert status_of(kit, first) is OrderStatus.CANCELLED and status_of(kit, second) is OrderStatus.CANCELLED
    with kit.uow() as uow:
        flagged = uow.orders.get(first).flagged
    assert "Cancelled while being packed" in flagged
    with pytest.raises(workflow.WorkflowError, match="cancelled"):
        packing.ensure_not_cancelled(first)


def test_an_address_change_updates_an_order_not_yet_started(make_station, fake):
    kit = make_station()
    fake.add_orders(*orders(1))
    connector(kit, fake).pull()
    order_id = make_order(1, update_time=0)["id"]
    address = dict(make_order(1, update_time=0)["recipient_address"], address_line1="9 Jalan Baru")
    fake.change_order(order_id, recipient_address=address)
    report = connector(kit, fake).pull()
    assert report.updated == [order_id]
    with kit.uow() as uow:
        assert uow.orders.get(order_id).recipient.line1 == "9 Jalan Baru"
        fields = [
            e.payload for e in uow.session.scalars(select(EventRow).where(EventRow.type == "OrderUpdated"))
        ]
    assert fields == [{"fields": ["recipient.line1"], "source": "tiktok API"}]


def test_an_address_change_while_packing_flags_the_order_with_the_new_address(make_station, fake):
    kit = make_station()
    fake.add_orders(*orders(1))
    connector(kit, fake).pull()
    order_id = make_order(1, update_time=0)["id"]
    with kit.uow() as uow:
        order = uow.orders.get(order_id)
        uow.record(workflow.confirm(order, kit.name, "p1"))
        uow.orders.save(order)
        uow.commit()
    address = dict(make_order(1, update_time=0)["recipient_address"], address_line1="9 Jalan Baru")
    fake.change_order(order_id, recipient_address=address)
    report = connector(kit, fake).pull()
    assert report.address_changed == [order_id] and report.updated == []
    with kit.uow() as uow:
        order = uow.orders.get(order_id)
    assert order.recipient.line1 == "1 Jalan Ampang"  # what the packer started with stays
    assert order.flagged.startswith(
        "Address changed on tiktok while being packed; new address: Buyer 1, 9 Jalan Baru"
    )


def test_platform_labels_are_downloaded_and_kept_and_an_expired_link_is_reported(make_station, fake):
    kit = make_station()
    platform = [make_order(i, update_time=NOW - 50 + i, skus=SKUS, shipping_type="TIKTOK") for i in (1, 2)]
    fake.add_orders(*platform)
    fake.label_link_lifetime_s = -1  # every link is already expired when it is fetched
    report = connector(kit, fake).pull()
    assert report.labels == [] and len(report.label_errors) == 2 and "expired" in report.label_errors[0]
    fake.label_link_lifetime_s = 86400
    report = connector(kit, fake).pull()
    assert sorted(report.labels) == sorted(f"PKG{o['id']}" for o in platform)
    with kit.uow() as uow:
        [document] = platform_labels(uow, platform[0]["id"])
    assert f"PACKAGE PKG{platform[0]['id']}" in pdf_text(document)
    assert connector(kit, fake).pull().labels == []  # kept: not fetched again


def handed_over(kit, fake, n: int, carrier: str = "J&T Express", manifest: str = "M-1") -> list[str]:
    fake.add_orders(*orders(n))
    connector(kit, fake).pull()
    ids = [make_order(i, update_time=0)["id"] for i in range(1, n + 1)]
    for i, order_id in enumerate(ids):
        pack_and_ship(kit.uow, order_id, tracking=f"JT{i:010d}", manifest=manifest, carrier=carrier)
    return ids


def test_push_ships_each_package_with_tracking_and_provider(make_station, fake):
    kit = make_station()
    ids = handed_over(kit, fake, 3)
    report = connector(kit, fake).push()
    assert sorted(report.shipped) == sorted(ids) and report.backlog == 3
    assert {p: s["tracking_number"] for p, s in fake.shipped.items()} == {
        f"PKG{order_id}": f"JT{i:010d}" for i, order_id in enumerate(ids)
    }
    assert {s["shipping_provider_id"] for s in fake.shipped.values()} == {"6617675021119438597"}
    assert len(fake.calls("/logistics/202309/delivery_options/DO-STANDARD/shipping_providers")) == 1
    again = connector(kit, fake).push()
    assert again.backlog == 0 and again.shipped == []
    status = connector(kit, fake).status()
    assert status.backlog == 0 and status.last_push["shipped"] == 0 and status.last_pull["new"] == 3


def test_a_refusal_is_shown_on_the_order_with_the_api_reason(make_station, fake):
    kit = make_station()
    ids = handed_over(kit, fake, 2)
    fake.refusals[f"PKG{ids[0]}"] = (21011003, "Package status does not allow shipping")
    report = connector(kit, fake).push()
    assert report.shipped == [ids[1]]
    assert report.refused == [(ids[0], "Package status does not allow shipping")]
    with kit.uow() as uow:
        assert (
            uow.orders.get(ids[0]).flagged
            == "tiktok refused the shipment: Package status does not allow shipping"
        )
        row = uow.session.scalars(
            select(ChannelShipmentRow).where(ChannelShipmentRow.order_id == ids[0])
        ).one()
    assert row.state == "refused" and row.reason == "Package status does not allow shipping"
    status = connector(kit, fake).status()
    assert status.refused == 1 and status.errors == [f"{ids[0]}: Package status does not allow shipping"]
    assert connector(kit, fake).push().refused == []  # said once, not on every round


def test_server_failures_are_retried_with_backoff(make_station, fake):
    kit = make_station()
    ids = handed_over(kit, fake, 1)
    fake.fail_next("/fulfillment/202309/packages/", status=503, times=2)
    conn = connector(kit, fake)
    conn.channel.client.retry.base_delay_s = 0.05
    assert conn.push().shipped == ids
    statuses = [c.status for c in fake.calls("/fulfillment")]
    # Both failures retried, then shipped; on a busy machine a slow answer may be asked once more,
    # but never another 503 loop.
    assert statuses[:2] == [503, 503] and statuses[-1] == 200 and statuses.count(503) == 2, statuses


def test_an_unreachable_api_leaves_the_shipment_for_a_later_round(make_station, fake):
    kit = make_station()
    ids = handed_over(kit, fake, 2)
    fake.fail_next("/fulfillment/202309/packages/", status=500, times=100)
    conn = connector(kit, fake)
    conn.channel.client.retry.base_delay_s = 0.01
    conn.channel.client.retry.attempts = 3
    report = conn.push()
    assert report.shipped == [] and report.failed and "gave up after 3 attempts" in report.stopped
    fake.failures.clear()
    later = connector(kit, fake).push(now=utcnow() + timedelta(minutes=5))
    assert sorted(later.shipped) == sorted(ids)


def test_a_tracking_correction_after_the_window_is_refused_with_a_clear_message(make_station, fake):
    kit = make_station()
    [order_id] = handed_over(kit, fake, 1)
    connector(kit, fake).push()
    with kit.uow() as uow:
        for parcel in uow.parcels.rows(order_id):
            parcel.tracking_number = "JTCORRECTED1"
        uow.commit()
    within = connector(kit, fake).push(now=utcnow() + timedelta(hours=2))
    assert within.corrected == [order_id] and fake.tracking_updates == [(f"PKG{order_id}", "JTCORRECTED1")]
    with kit.uow() as uow:
        for parcel in uow.parcels.rows(order_id):
            parcel.tracking_number = "JTCORRECTED2"
        uow.commit()
    late = connector(kit, fake).push(now=utcnow() + timedelta(hours=80))
    [(refused_id, reason)] = late.refused
    assert refused_id == order_id and "allows corrections only within 72 h" in reason
    assert fake.tracking_updates == [(f"PKG{order_id}", "JTCORRECTED1")]  # the API was not asked


def test_the_worker_runs_what_is_due_and_records_errors_instead_of_raising(make_station, fake):
    kit = make_station()
    fake.add_orders(*orders(2))
    tick = [0.0]
    worker = ChannelWorker(connector(kit, fake), pull_every_s=60, push_every_s=30, clock=lambda: tick[0])
    first = worker.run_once()
    assert first.pull.imported == 2 and first.push is not None and first.error == ""
    tick[0] = 31.0
    second = worker.run_once()
    assert second.pull is None and second.push is not None
    fake.stop()  # the marketplace goes away
    tick[0] = 61.0
    worker.connector.channel.client.retry.attempts = 2
    worker.connector.channel.client.retry.base_delay_s = 0.01
    third = worker.run_once()
    assert third.error and "gave up" in third.error
    assert "gave up" in worker.connector.status().last_error


def test_split_orders_ship_package_by_package_or_are_refused_before_asking(make_station, fake):
    kit = make_station()
    one, two = orders(2)
    two["packages"] = [{"id": f"PKG{two['id']}-1"}, {"id": f"PKG{two['id']}-2"}]
    fake.add_orders(one, two)
    connector(kit, fake).pull()
    pack_and_ship(kit.uow, one["id"], tracking=["JTA1", "JTA2"], manifest="M-1", carrier="J&T Express")
    pack_and_ship(kit.uow, two["id"], tracking=["JTB1", "JTB2"], manifest="M-1", carrier="J&T Express")
    report = connector(kit, fake).push()
    assert report.shipped == [two["id"], two["id"]]
    assert {p: s["tracking_number"] for p, s in fake.shipped.items()} == {
        f"PKG{two['id']}-1": "JTB1", f"PKG{two['id']}-2": "JTB2",
    }  # fmt: skip
    [(order_id, reason)] = report.refused
    assert order_id == one["id"] and "2 parcels" in reason and "1 marketplace package" in reason
    assert not fake.calls(f"/fulfillment/202309/packages/PKG{one['id']}")
    assert connector(kit, fake).push().refused == []
