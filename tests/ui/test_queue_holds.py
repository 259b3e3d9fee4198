"""The queue shows the orders the marketplace holds, each with a live countdown to when it can be packed."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

from packstation.domain import workflow
from packstation.domain.events import OrderImported
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.services.marketplace_pull import MARKETPLACE_HOLD
from packstation.services.station.holds import held_orders
from packstation.services.station.view import Step
from packstation.store.tables import ChannelOrderRow
from tests.ui.conftest import PACKER_BADGE


def hold_new_order(uow_factory, order_id: str, paid_ago: timedelta, station: str) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    with uow_factory() as uow:
        order = Order(
            order_id, "tiktok", OrderStatus.READY, Address("Ana", line1="1 Jalan", city="KL", country="MY"),
            [OrderLine("SKU-0001", 2, product_name="Mug", line_no=1)], paid_at=now - paid_ago,
            carrier="J&T Express", ship_by=now + timedelta(hours=40),
        )  # fmt: skip
        uow.orders.add(order)
        uow.record(OrderImported(order_id=order_id, status="Ready"))
        uow.session.add(
            ChannelOrderRow(order_id=order_id, channel="tiktok", on_hold=True, pulled_at=now, update_time=0)
        )
        uow.record(workflow.hold(order, MARKETPLACE_HOLD, station, "tiktok", now))
        uow.orders.save(order)
        uow.commit()


def test_held_orders_soonest_first_with_the_end_of_the_hold(make_station):
    station_app = make_station(orders=1, people=False)
    uow = station_app.station.uow
    hold_new_order(uow, "577000000000000111", timedelta(minutes=10), "bench-1")
    hold_new_order(uow, "577000000000000222", timedelta(minutes=50), "bench-1")
    held = held_orders(uow)
    assert [h.order_id for h in held] == ["577000000000000222", "577000000000000111"]
    now = datetime.now(UTC)
    assert 9 * 60 - 30 < held[0].left(now) <= 10 * 60
    assert held[1].items == "2× Mug" and held[1].carrier == "J&T Express"


def test_queue_counts_down_to_the_end_of_the_marketplace_hold(make_station, qtbot, scan_keys):
    station_app = make_station(orders=2)
    hold_new_order(station_app.station.uow, "577000000000000333", timedelta(minutes=20), "bench-1")
    scan_keys(PACKER_BADGE)
    qtbot.waitUntil(lambda: station_app.flow.step is Step.QUEUE, timeout=5000)
    page = station_app.window.pages[Step.QUEUE]
    page.reload()
    qtbot.waitUntil(lambda: page.holds_table.rowCount() == 1, timeout=5000)
    assert page.holds_table.isVisible() and "1 on hold at the marketplace" in page.holds_title.text()
    assert page.holds_table.item(0, 0).text() == "577000000000000333"
    assert page.table.rowCount() == 2  # the held order is not among the packable ones
    first = page.holds_table.item(0, 3).text()
    match = re.fullmatch(r"(\d+) m (\d\d) s", first)
    assert match and 38 <= int(match.group(1)) <= 39, first
    time.sleep(1.2)
    page.update_countdowns()
    assert page.holds_table.item(0, 3).text() != first  # it counts down


def test_hold_countdown_words():
    from packstation.ui.station.queue import hold_countdown

    assert hold_countdown(42 * 60 + 10) == "42 m 10 s"
    assert hold_countdown(3700) == "1 h 01 m"
    assert hold_countdown(0).startswith("hold ended")
    assert hold_countdown(None) == "when the marketplace releases it"
