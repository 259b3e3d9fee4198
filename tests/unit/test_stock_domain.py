"""Stock rules: availability of an order's units, bins on a walking route, adjustments that keep numbers right."""

from __future__ import annotations

import pytest

from packstation.domain.stock import (
    StockError,
    StockLevel,
    allocate,
    available_by_sku,
    bins_by_sku,
    check,
    check_adjustment,
    location_key,
    walking_route,
)


def test_waiting_names_what_is_missing_and_untracked_skus_pass():
    levels = [StockLevel("SKU-0007", "A-01", 3, 3), StockLevel("SKU-0001", "B-02", 5, 1)]
    state = check({"SKU-0007": 2, "SKU-0001": 4, "SKU-9999": 10}, available_by_sku(levels))
    assert state.status.value == "waiting"
    assert state.words() == "waiting for stock: SKU-0007 (2 needed, 0 available)"
    assert state.as_json()["missing"] == [{"sku": "SKU-0007", "needed": 2, "available": 0}]
    assert check({"SKU-0001": 4}, available_by_sku(levels)).ok


def test_allocation_walks_bins_in_natural_order_and_refuses_when_short():
    levels = [StockLevel("S1", "A-10", 5), StockLevel("S1", "A-2", 1), StockLevel("S2", "B-1", 2, 1)]
    res = allocate({"S1": 3}, levels)
    assert [(a.location, a.qty) for a in res.picks] == [("A-2", 1), ("A-10", 2)]
    assert bins_by_sku(res.picks) == {"S1": "A-2, A-10"}
    short = allocate({"S1": 1, "S2": 2}, levels)
    assert not short.ok and short.picks == () and short.state.missing[0].sku == "S2"
    anyway = allocate({"S1": 1, "S2": 2}, levels, partial=True)
    assert [(a.sku, a.qty) for a in anyway.picks] == [("S1", 1), ("S2", 1)]
    assert location_key("a-2") < location_key("A-10")


def test_walking_route_skips_lines_already_picked():
    bins = {"S1": "C-1", "S2": "A-3", "S3": "A-20"}
    assert walking_route(bins) == [("A-3", "S2"), ("A-20", "S3"), ("C-1", "S1")]
    assert walking_route(bins, {"S1": 1, "S2": 0, "S3": 2}) == [("A-20", "S3"), ("C-1", "S1")]


def test_adjustment_never_goes_below_zero_or_below_reserved():
    level = StockLevel("S1", "A-1", 5, 3)
    assert check_adjustment(level, -2) == 3
    with pytest.raises(StockError, match="3 are reserved"):
        check_adjustment(level, -3)
    with pytest.raises(StockError, match="only 5 on hand"):
        check_adjustment(level, -6)


def test_queue_index_gives_the_same_states_as_checking_order_by_order():
    import random

    from packstation.domain.stock import QueueIndex

    rng = random.Random(5)
    skus = [f"S{n}" for n in range(40)]
    queue = [
        (f"O{n}", {s: rng.randint(1, 3) for s in rng.sample(skus, rng.randint(1, 3))}) for n in range(500)
    ]
    available = {s: rng.choice((0, 1, 2, 5)) for s in skus[:30]}  # the last ten are not tracked
    states = QueueIndex(queue).states(available)
    assert states == {oid: check(needs, available) for oid, needs in queue}
    assert 0 < sum(not s.ok for s in states.values()) < len(queue)
    assert QueueIndex([]).states(available) == {}


def test_the_queue_lists_waiting_orders_apart_after_the_ones_in_stock():
    from datetime import UTC, datetime

    from packstation.domain.stock import Shortage, StockState
    from packstation.services.demo import demo_orders
    from packstation.services.stock import waiting_apart

    orders = demo_orders(4, datetime(2026, 12, 1, tzinfo=UTC))
    states = {orders[0].order_id: StockState((Shortage("SKU-0007", 2, 0),)), orders[2].order_id: StockState()}
    listed = waiting_apart(orders, states)
    assert [o.order_id for o, _ in listed] == [orders[1].order_id, orders[2].order_id, orders[3].order_id, orders[0].order_id]
    assert listed[-1][1].words() == "waiting for stock: SKU-0007 (2 needed, 0 available)"
