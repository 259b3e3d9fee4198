"""The workflow state machine: every step, its guard, its event; illegal moves raise clear errors."""

from __future__ import annotations

import pytest

from packstation.domain import events as ev
from packstation.domain import workflow
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus

S = OrderStatus


def make_order(status: OrderStatus = S.READY, **kw) -> Order:
    lines = kw.pop(
        "lines", [OrderLine("SKU-1", 2, "Mug", line_no=1), OrderLine("SKU-2", 1, "Cable", line_no=2)]
    )
    recipient = kw.pop("recipient", Address("Ana", "+1", "1 Main St", city="Town", country="MY"))
    return Order("O-1", "tiktok", status, recipient, lines, **kw)


def pick_all(order: Order) -> None:
    for line in order.lines:
        line.picked = line.quantity


def test_happy_path_emits_one_event_per_step_in_order():
    order = make_order()
    seen = [workflow.confirm(order, "st1", "ana")]
    assert order.status is S.CONFIRMED and order.station == "st1" and order.packer == "ana"
    pick_all(order)
    seen.append(workflow.complete_pick(order, "st1", "ana"))
    seen.append(workflow.complete_pack(order, 1, "st1", "ana"))
    seen.append(workflow.complete_label(order, "st1", "ana"))
    seen.append(workflow.complete_photos(order, 2, "st1", "ana"))
    seen.append(workflow.stage(order, "st1", "ana", [{"number": 1}], "CAGE-3", 2))
    assert order.status is S.STAGED
    seen.append(workflow.ship(order, "st1", "ana", "M-1"))
    assert order.status is S.SHIPPED
    assert [type(e) for e in seen] == [
        ev.OrderConfirmed,
        ev.OrderPicked,
        ev.OrderPacked,
        ev.OrderLabelled,
        ev.OrderPhotographed,
        ev.OrderStaged,
        ev.OrderShipped,
    ]
    assert all(e.order_id == "O-1" and e.station == "st1" and e.user == "ana" for e in seen)
    assert seen[-1].payload() == {"manifest": "M-1"}


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (S.CANCELLED, "cancelled"),
        (S.ON_HOLD, "on hold"),
        (S.PICKED, "already Picked"),
        (S.SHIPPED, "already Shipped"),
    ],
)
def test_confirm_refuses_orders_that_are_not_ready(status, reason):
    order = make_order(status, hold_reason="damaged")
    with pytest.raises(workflow.OrderNotPackable, match=reason):
        workflow.confirm(order, "st1", "ana")
    assert order.status is status


def test_confirm_refuses_unknown_items_and_incomplete_address():
    order = make_order(lines=[OrderLine("NOPE", 1, line_no=1, in_catalog=False)], recipient=Address("Ana"))
    with pytest.raises(workflow.OrderNotPackable) as err:
        workflow.confirm(order, "st1", "ana")
    assert "not in the catalog: NOPE" in str(err.value) and "address is incomplete" in str(err.value)


def test_pick_cannot_complete_with_units_missing():
    order = make_order()
    workflow.confirm(order, "st1", "ana")
    order.lines[0].picked = 1
    with pytest.raises(workflow.WorkflowError, match="2 unit"):
        workflow.complete_pick(order, "st1", "ana")
    assert order.status is S.CONFIRMED


@pytest.mark.parametrize(
    "move",
    [
        lambda o: workflow.complete_pack(o, 1, "s", "u"),
        lambda o: workflow.complete_label(o, "s", "u"),
        lambda o: workflow.complete_photos(o, 1, "s", "u"),
        lambda o: workflow.stage(o, "s", "u"),
        lambda o: workflow.ship(o, "s", "u"),
    ],
)
def test_steps_cannot_be_skipped(move):
    order = make_order()
    workflow.confirm(order, "s", "u")
    with pytest.raises(workflow.WorkflowError, match="Confirmed"):
        move(order)
    assert order.status is S.CONFIRMED


def test_hold_and_release_return_to_the_step_held_from():
    order = make_order()
    workflow.confirm(order, "s", "u")
    pick_all(order)
    workflow.complete_pick(order, "s", "u")
    held = workflow.hold(order, "weight mismatch", "s", "u")
    assert order.status is S.ON_HOLD and held.from_status == "Picked"
    with pytest.raises(workflow.WorkflowError, match="on hold"):
        workflow.complete_pack(order, 1, "s", "u")
    released = workflow.release(order, "s", "boss", "checked")
    assert order.status is S.PICKED and released.to_status == "Picked" and order.hold_reason == ""


def test_short_pick_accepted_goes_on_as_picked_but_only_from_pick():
    order = make_order()
    workflow.confirm(order, "s", "u")
    order.lines[0].picked = 1
    workflow.hold(order, "short pick", "s", "u")
    event = workflow.release(order, "s", "boss", accept_short=True)
    assert order.status is S.PICKED and event.accepted_short
    workflow.hold(order, "other", "s", "u")
    with pytest.raises(workflow.WorkflowError, match="short pick"):
        workflow.release(order, "s", "boss", accept_short=True)


def test_hold_needs_a_reason():
    with pytest.raises(workflow.WorkflowError, match="why"):
        workflow.hold(make_order(), "  ", "s", "u")


def test_cancel_while_packing_flags_the_order_loudly():
    order = make_order()
    workflow.confirm(order, "s", "u")
    order.lines[0].picked = 1
    event = workflow.cancel(order, "buyer cancelled", "marketplace")
    assert order.status is S.CANCELLED and event.while_packing and event.from_status == "Confirmed"
    assert "unpack" in order.flagged
    with pytest.raises(workflow.WorkflowError, match="cancelled"):
        workflow.complete_pick(order, "s", "u")


def test_cancel_before_start_is_quiet_and_shipped_orders_cannot_be_cancelled():
    order = make_order()
    event = workflow.cancel(order, "x", "marketplace")
    assert not event.while_packing and order.flagged == ""
    shipped = make_order(S.SHIPPED)
    with pytest.raises(workflow.WorkflowError, match="no longer"):
        workflow.cancel(shipped, "x", "marketplace")


def test_carrier_statuses_only_after_shipping():
    order = make_order(S.SHIPPED)
    workflow.carrier_update(order, S.IN_TRANSIT)
    workflow.carrier_update(order, S.DELIVERED)
    assert order.status is S.DELIVERED
    with pytest.raises(workflow.WorkflowError):
        workflow.carrier_update(make_order(), S.IN_TRANSIT)
    with pytest.raises(workflow.WorkflowError, match="not a carrier status"):
        workflow.carrier_update(make_order(S.SHIPPED), S.PACKED)


def test_requeue_only_before_picking():
    order = make_order()
    workflow.confirm(order, "s", "u")
    workflow.requeue(order, "s", "u", "wrong bench")
    assert order.status is S.READY and order.station == ""
    workflow.confirm(order, "s", "u")
    order.lines[0].picked = 1
    with pytest.raises(workflow.WorkflowError):
        workflow.requeue(order, "s", "u", "x")


def test_events_round_trip_through_their_stored_form():
    event = ev.UnitScanned(
        order_id="O-1", station="s", user="u", barcode="123", sku="SKU-1", line_no=1, picked=1, quantity=2
    )
    envelope = {
        "order_id": event.order_id,
        "station": event.station,
        "user": event.user,
        "id": event.id,
        "occurred_at": event.occurred_at,
    }
    assert ev.event_from_row(event.type, envelope, event.payload()) == event
    assert event.type == "UnitScanned" and ev.EVENT_TYPES["UnitScanned"] is ev.UnitScanned
