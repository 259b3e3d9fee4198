"""Moving station orders through the workflow in tests, as the bench and the handover would."""

from __future__ import annotations

from datetime import datetime

from packstation.domain import workflow
from packstation.domain.orders import Parcel
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory


def pack_and_ship(
    uow: UnitOfWorkFactory,
    order_id: str,
    *,
    tracking: str | list[str],
    manifest: str = "",
    carrier: str | None = None,
    station: str = "st1",
    packer: str = "p1",
    now: datetime | None = None,
    ship: bool = True,
) -> None:
    """Confirm, pick, pack (one parcel per tracking number), label, photograph and ship an order."""
    with uow() as u:
        ship_in(u, order_id, tracking=tracking, manifest=manifest, carrier=carrier, station=station,
                packer=packer, now=now, ship=ship)  # fmt: skip
        u.commit()


def ship_in(
    u: UnitOfWork,
    order_id: str,
    *,
    tracking: str | list[str],
    manifest: str = "",
    carrier: str | None = None,
    station: str = "st1",
    packer: str = "p1",
    now: datetime | None = None,
    ship: bool = True,
) -> None:
    """`pack_and_ship` inside the caller's unit of work (many orders in one transaction)."""
    numbers = [tracking] if isinstance(tracking, str) else list(tracking)
    order = u.orders.get(order_id)
    assert order is not None, order_id
    events = [workflow.confirm(order, station, packer, now)]
    for line in order.lines:
        line.picked = line.quantity
    events.append(workflow.complete_pick(order, station, packer, now))
    for n, number in enumerate(numbers, start=1):
        u.parcels.save(Parcel(order_id, number=n, tracking_number=number, weight_g=300.0))
    events.append(workflow.complete_pack(order, len(numbers), station, packer, now))
    events.append(workflow.complete_label(order, station, packer, now))
    events.append(workflow.complete_photos(order, 2, station, packer, now))
    if ship:
        events.append(workflow.stage(order, station, packer, now=now))
        events.append(workflow.ship(order, station, packer, manifest=manifest or f"M-{order_id}", now=now))
    u.orders.save(order)
    row = u.orders.row(order_id)
    assert row is not None
    if carrier is not None:
        row.carrier = carrier
    row.tracking_number = numbers[0]
    u.record(*events)
