"""Staging: a photographed order leaves the bench as Staged for its carrier, with its deadlines.

`stage()` replaces the old bench-side hand-over: the order waits on the floor (optionally in a named
tote, cage or pallet) until a handover scans its parcels out; only that makes it Shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from packstation.config import DispatchConfig
from packstation.domain import workflow
from packstation.domain.deadlines import BusinessCalendar, Deadlines, deadlines_for
from packstation.domain.events import PhotosWaived
from packstation.domain.orders import Order, OrderStatus
from packstation.domain.users import Actor
from packstation.services.packing import PackingService
from packstation.store.base import utcnow
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.handovers import OrderDeadlines, StagedParcels
from packstation.store.tables import StagedParcelRow
from packstation.store.uow import UnitOfWork


def calendar_from(config: DispatchConfig | None) -> BusinessCalendar:
    """The business calendar of the `[dispatch]` settings (bad zone or dates: a short message)."""
    c = config or DispatchConfig()
    try:
        tz = ZoneInfo(c.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise workflow.WorkflowError(f"dispatch.timezone {c.timezone!r} is not a known time zone.") from exc
    try:
        holidays = frozenset(date.fromisoformat(d) for d in c.holidays)
    except ValueError as exc:
        raise workflow.WorkflowError(f"dispatch.holidays must be ISO dates (2026-12-25): {exc}") from exc
    return BusinessCalendar(
        tz=tz,
        holidays=holidays,
        weekend=frozenset(c.weekend),
        cutoff_hour=c.cutoff_hour,
        collection_hour=c.collection_hour,
        handling_days=dict(c.handling_days),
    )


def order_deadlines(uow: UnitOfWork, order: Order, calendar: BusinessCalendar) -> Deadlines | None:
    """The order's kept deadlines, else computed from its paid time (and then kept)."""
    store = OrderDeadlines(uow.session)
    row = store.get(order.order_id)
    if row is not None and row.collection_due is not None and row.dispatch_due is not None:
        return Deadlines(row.dispatch_due, row.collection_due, row.source)
    paid = order.paid_at or order.created_at
    if paid is None:
        return None
    computed = deadlines_for(paid, order.channel, calendar)
    store.set(order.order_id, computed.dispatch_due, computed.collection_due, "computed")
    return computed


def stage(
    packing: PackingService,
    actor: Actor,
    order_id: str,
    location: str = "",
    calendar: BusinessCalendar | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> Order:
    """Photographed -> Staged: the last check for a cancellation, then the parcels wait for the carrier."""
    packing.ensure_not_cancelled(order_id)
    cal = calendar or BusinessCalendar()
    now = clock()
    with packing.uow() as uow:
        order = uow.orders.get(order_id)
        if order is None:
            raise workflow.WorkflowError(f"No order {order_id}.")
        if order.status is OrderStatus.STAGED:
            return order
        parcels = uow.parcels.for_order(order_id)
        if not parcels:
            raise workflow.WorkflowError(f"Order {order_id} has no parcel to stage.")
        unlabelled = [p.number for p in parcels if not p.tracking_number]
        if unlabelled:
            raise workflow.WorkflowError(
                f"Parcel(s) {', '.join(map(str, unlabelled))} of order {order_id} have no label: print it first."
            )
        photos = int(
            uow.session.scalar(
                select(func.count()).select_from(ProofPhotoRow).where(ProofPhotoRow.order_id == order_id)
            )
            or 0
        )
        waived = any(row.type == PhotosWaived.type for row in uow.events.for_order(order_id))
        due = order_deadlines(uow, order, cal)
        described = [
            {"number": p.number, "tracking_number": p.tracking_number, "sscc": p.sscc, "weight_g": p.weight_g}
            for p in parcels
        ]
        event = workflow.stage(
            order, packing.station, actor.user_id, described, location, photos, waived, now
        )
        floor = StagedParcels(uow.session)
        for p in parcels:
            floor.add(
                StagedParcelRow(
                    order_id=order_id,
                    number=p.number,
                    parcels_in_order=len(parcels),
                    carrier=order.carrier,
                    tracking_number=p.tracking_number.upper(),
                    sscc=p.sscc,
                    weight_g=p.weight_g,
                    location=location.strip()[:64],
                    station=packing.station,
                    photos=photos,
                    photos_waived=waived,
                    state="staged",
                    note="",
                    manifest_id="",
                    staged_at=now,
                    dispatch_due=due.dispatch_due if due else None,
                    collection_due=due.collection_due if due else None,
                )
            )
        uow.orders.save(order)
        uow.record(event)
        uow.commit()
        return order
