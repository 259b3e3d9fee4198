"""The packing workflow as a state machine: which step follows which, under what guard, emitting what.

Every function takes an `Order`, checks the guard, changes its status and returns the event to store.
Illegal moves raise `WorkflowError` with a message a packer can read.
"""

from __future__ import annotations

from datetime import datetime

from packstation.domain import events as ev
from packstation.domain.orders import CARRIER_STATUSES, STATUS_NAMES, Order, OrderStatus
from packstation.domain.texts import joined, to_json, translate

S = OrderStatus

# The happy path, one step after the other.
NEXT_STEP: dict[OrderStatus, OrderStatus] = {
    S.READY: S.CONFIRMED,
    S.CONFIRMED: S.PICKED,
    S.PICKED: S.PACKED,
    S.PACKED: S.LABELLED,
    S.LABELLED: S.PHOTOGRAPHED,
    S.PHOTOGRAPHED: S.STAGED,
    S.STAGED: S.SHIPPED,
}
HOLDABLE = frozenset({S.READY, S.CONFIRMED, S.PICKED, S.PACKED, S.LABELLED, S.PHOTOGRAPHED, S.STAGED})
CANCELLABLE = HOLDABLE | {S.ON_HOLD}
CARRIER_FROM = frozenset({S.SHIPPED, S.IN_TRANSIT, S.DELAYED})


class WorkflowError(Exception):
    """A move the workflow does not allow; the message says why in the packer's words."""


class OrderNotPackable(WorkflowError):
    """The order cannot be started: cancelled, on hold, incomplete address, unknown items, ..."""


def _ctx(order: Order, station: str, user: str, now: datetime | None) -> dict:
    ctx: dict = {"order_id": order.order_id, "station": station, "user": user}
    if now is not None:
        ctx["occurred_at"] = now
    return ctx


def _advance(order: Order, expected: OrderStatus, action: str) -> None:
    if order.status is S.CANCELLED:
        raise WorkflowError(
            f"Order {order.order_id} was cancelled: stop, unpack and return the items to stock."
        )
    if order.status is S.ON_HOLD:
        raise WorkflowError(
            f"Order {order.order_id} is on hold ({order.hold_reason}); a supervisor must release it."
        )
    if order.status is not expected:
        raise WorkflowError(
            f"Cannot {action} order {order.order_id}: it is {order.status.value}, not {expected.value}."
        )
    order.status = NEXT_STEP[expected]


def packability_problems(order: Order) -> list[str]:
    """Why an order cannot be started now (empty when it can)."""
    problems: list[str] = []
    if order.status is S.CANCELLED:
        problems.append(translate("Packing", "it was cancelled"))
    elif order.status is S.ON_HOLD:
        reason = order.hold_reason or translate("Packing", "no reason given")
        problems.append(translate("Packing", "it is on hold ({reason})").format(reason=reason))
    elif order.status is not S.READY:
        status = STATUS_NAMES.get(order.status.value, order.status.value)
        problems.append(translate("Packing", "it is already {status}").format(status=status))
    if not order.lines:
        problems.append(translate("Packing", "it has no items"))
    missing = order.missing_from_catalog
    if missing:
        problems.append(translate("Packing", "not in the catalog: {skus}").format(skus=", ".join(missing)))
    if not order.recipient.is_complete:
        problems.append(translate("Packing", "the address is incomplete"))
    return problems


def check_packable(order: Order) -> None:
    """Refuse an order that cannot be started now, saying every reason."""
    problems = packability_problems(order)
    if problems:
        raise OrderNotPackable(
            translate("Packing", "Order {order} cannot be packed: {problems}.").format(
                order=order.order_id, problems=joined(problems, "; ")
            )
        )


def confirm(order: Order, station: str, user: str, now: datetime | None = None) -> ev.OrderConfirmed:
    check_packable(order)
    _advance(order, S.READY, "confirm")
    order.station, order.packer = station, user
    return ev.OrderConfirmed(**_ctx(order, station, user, now))


def requeue(
    order: Order, station: str, user: str, reason: str, now: datetime | None = None
) -> ev.OrderRequeued:
    """Put a confirmed order back in the queue before anything was picked."""
    if order.status is not S.CONFIRMED or order.units_picked:
        raise WorkflowError(
            f"Order {order.order_id} can only go back to the queue before any item is picked."
        )
    order.status, order.station, order.packer = S.READY, "", ""
    return ev.OrderRequeued(**_ctx(order, station, user, now), reason=reason)


def complete_pick(order: Order, station: str, user: str, now: datetime | None = None) -> ev.OrderPicked:
    if order.status is S.CONFIRMED and not order.fully_picked:
        left = sum(line.remaining for line in order.lines)
        raise WorkflowError(f"{left} unit(s) still to scan for order {order.order_id}.")
    _advance(order, S.CONFIRMED, "finish picking")
    return ev.OrderPicked(**_ctx(order, station, user, now))


def complete_pack(
    order: Order, parcels: int, station: str, user: str, now: datetime | None = None
) -> ev.OrderPacked:
    if parcels < 1:
        raise WorkflowError("Weigh at least one parcel before packing is done.")
    _advance(order, S.PICKED, "pack")
    return ev.OrderPacked(**_ctx(order, station, user, now), parcels=parcels)


def complete_label(order: Order, station: str, user: str, now: datetime | None = None) -> ev.OrderLabelled:
    _advance(order, S.PACKED, "label")
    return ev.OrderLabelled(**_ctx(order, station, user, now))


def complete_photos(
    order: Order, photos: int, station: str, user: str, now: datetime | None = None
) -> ev.OrderPhotographed:
    _advance(order, S.LABELLED, "finish photographing")
    return ev.OrderPhotographed(**_ctx(order, station, user, now), photos=photos)


def stage(
    order: Order,
    station: str,
    user: str,
    parcels: list[dict] | None = None,
    location: str = "",
    photos: int = 0,
    waived: bool = False,
    now: datetime | None = None,
) -> ev.OrderStaged:
    """Finished at the bench: the parcels wait for their carrier (optionally in a tote, cage or pallet)."""
    _advance(order, S.PHOTOGRAPHED, "stage")
    return ev.OrderStaged(
        **_ctx(order, station, user, now),
        carrier=order.carrier,
        location=location.strip(),
        parcels=list(parcels or []),
        photos=photos,
        waived=waived,
    )


def ship(
    order: Order, station: str, user: str, manifest: str = "", now: datetime | None = None
) -> ev.OrderShipped:
    """Handed over to the courier in a manifest: only a Staged order, only with the manifest id."""
    if order.status is S.STAGED and not manifest.strip():
        raise WorkflowError(f"Order {order.order_id} ships only through a handover manifest.")
    _advance(order, S.STAGED, "hand over")
    return ev.OrderShipped(**_ctx(order, station, user, now), manifest=manifest)


def ship_staged_elsewhere(
    order: Order, station: str, user: str, manifest: str, now: datetime | None = None
) -> ev.OrderShipped:
    """This station handed over a parcel another station packed and staged: its local copy ships too."""
    if not manifest.strip():
        raise WorkflowError(f"Order {order.order_id} ships only through a handover manifest.")
    if order.status in (S.CANCELLED, S.SHIPPED, *CARRIER_STATUSES) or order.status is S.ON_HOLD:
        raise WorkflowError(f"Order {order.order_id} is {order.status.value}; it cannot be handed over.")
    order.status = S.SHIPPED
    return ev.OrderShipped(**_ctx(order, station, user, now), manifest=manifest)


def hold(order: Order, reason: str, station: str, user: str, now: datetime | None = None) -> ev.OrderHeld:
    if not reason.strip():
        raise WorkflowError("Say why the order is put on hold.")
    if order.status not in HOLDABLE:
        raise WorkflowError(f"Order {order.order_id} is {order.status.value} and cannot be put on hold.")
    held_from = order.status
    reason = reason if reason == reason.strip() else reason.strip()  # a `Text` stays one
    order.held_from, order.hold_reason, order.status = held_from, reason, S.ON_HOLD
    return ev.OrderHeld(
        **_ctx(order, station, user, now),
        reason=reason,
        from_status=held_from.value,
        reason_text=to_json(reason),
    )


def release(
    order: Order,
    station: str,
    supervisor: str,
    note: str = "",
    accept_short: bool = False,
    now: datetime | None = None,
) -> ev.OrderReleased:
    """Supervisor releases a held order back to its step; `accept_short` ships a short pick as picked."""
    if order.status is not S.ON_HOLD:
        raise WorkflowError(f"Order {order.order_id} is not on hold.")
    target = order.held_from or S.READY
    if accept_short:
        if target is not S.CONFIRMED:
            raise WorkflowError("Only a short pick can be accepted as short.")
        target = S.PICKED
    order.status, order.held_from, order.hold_reason = target, None, ""
    return ev.OrderReleased(
        **_ctx(order, station, supervisor, now),
        to_status=target.value,
        note=note,
        accepted_short=accept_short,
    )


def cancel(
    order: Order, reason: str, by: str, station: str = "", user: str = "", now: datetime | None = None
) -> ev.OrderCancelled:
    if order.status is S.CANCELLED:
        raise WorkflowError(f"Order {order.order_id} is already cancelled.")
    if order.status not in CANCELLABLE:
        raise WorkflowError(
            f"Order {order.order_id} is {order.status.value}; it can no longer be cancelled here."
        )
    from_status = order.held_from if order.status is S.ON_HOLD and order.held_from else order.status
    while_packing = from_status.is_packing or bool(order.units_picked)
    order.status = S.CANCELLED
    if while_packing:
        order.flagged = (
            f"Cancelled while being packed ({from_status.value}): unpack and return items to stock."
        )
    return ev.OrderCancelled(
        **_ctx(order, station, user, now),
        reason=reason,
        by=by,
        from_status=from_status.value,
        while_packing=while_packing,
    )


def carrier_update(
    order: Order, status: OrderStatus, note: str = "", now: datetime | None = None
) -> ev.CarrierStatusChanged:
    if status not in CARRIER_STATUSES:
        raise WorkflowError(f"{status.value} is not a carrier status.")
    if order.status not in CARRIER_FROM:
        raise WorkflowError(f"Order {order.order_id} has not shipped; carrier status {status.value} ignored.")
    order.status = status
    return ev.CarrierStatusChanged(**_ctx(order, "", "carrier", now), status=status.value, note=note)


RELABEL_FROM = frozenset({S.LABELLED, S.PHOTOGRAPHED})


def reopen_label(
    order: Order, reason: str, station: str, user: str, now: datetime | None = None
) -> ev.LabelStepReopened:
    """A voided label sends a labelled (or photographed) order back to the Label step: a new label,
    then new photos of it, before it can leave the bench."""
    if order.status not in RELABEL_FROM:
        raise WorkflowError(f"Order {order.order_id} is {order.status.value}; it has no label step to reopen.")
    from_status = order.status
    order.status = S.PACKED
    return ev.LabelStepReopened(**_ctx(order, station, user, now), from_status=from_status.value, reason=reason)
