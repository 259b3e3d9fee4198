"""The outbound record a return is compared with, read in the transaction that opens the return.

Built once as Core statements with bound parameters (the parcel scan that opens a return is a hot
path): the order's parcels (tracking numbers and weights, read once for both), its outbound proof
photos, and the shipped time with the manifest as scalar subqueries of one row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, literal, select
from sqlalchemy.orm import Session

from packstation.domain import returns as rules
from packstation.domain.events import OrderShipped
from packstation.domain.handover import HandoverState
from packstation.domain.orders import Order
from packstation.services.returns.views import OutboundSummary, ReturnPhoto
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.tables import EventRow, HandoverParcelRow, HandoverRow, ParcelRow, StagedParcelRow

_PARCELS = cast(Table, ParcelRow.__table__)
_PHOTOS = cast(Table, ProofPhotoRow.__table__)
_EVENTS = cast(Table, EventRow.__table__)
_HANDOVERS = cast(Table, HandoverRow.__table__)
_HPARCELS = cast(Table, HandoverParcelRow.__table__)
_STAGED = cast(Table, StagedParcelRow.__table__)

PARCELS_OF = (
    select(_PARCELS.c.tracking_number, _PARCELS.c.weight_g)
    .where(_PARCELS.c.order_id == bindparam("oid"))
    .order_by(_PARCELS.c.number)
)
_OUTBOUND_PHOTOS = (
    select(_PHOTOS.c.id, _PHOTOS.c.kind, _PHOTOS.c.sha256, _PHOTOS.c.taken_at)
    .where(
        _PHOTOS.c.order_id == bindparam("oid"),
        _PHOTOS.c.kind.not_like(literal(f"{rules.RETURN_PHOTO_PREFIX}%")),
    )
    .order_by(_PHOTOS.c.taken_at)
)
_SHIPPED_AT = (
    select(_EVENTS.c.occurred_at)
    .where(_EVENTS.c.order_id == bindparam("oid"), _EVENTS.c.type == OrderShipped.type)
    .order_by(_EVENTS.c.seq.desc())
    .limit(1)
    .scalar_subquery()
)
_CLOSED_MANIFEST = (
    select(_HANDOVERS.c.id)
    .join(_HPARCELS, _HPARCELS.c.handover_id == _HANDOVERS.c.id)
    .where(_HPARCELS.c.order_id == bindparam("oid"), _HANDOVERS.c.state == HandoverState.CLOSED.value)
    .limit(1)
    .scalar_subquery()
)
_STAGED_MANIFEST = (
    select(_STAGED.c.manifest_id)
    .where(_STAGED.c.order_id == bindparam("oid"), _STAGED.c.manifest_id != "")
    .limit(1)
    .scalar_subquery()
)
_SHIPPED_AND_MANIFEST = select(
    _SHIPPED_AT.label("shipped_at"),
    func.coalesce(_CLOSED_MANIFEST, _STAGED_MANIFEST, "").label("manifest_id"),
)


def parcels_of(session: Session, order_id: str) -> list[Any]:
    """(tracking_number, weight_g) of the order's parcels, in parcel order."""
    return list(session.execute(PARCELS_OF, {"oid": order_id}).all())


def outbound_weight(parcels: Sequence[Any]) -> float | None:
    """What left the warehouse weighed: the sum of the weighed parcels (None when none was)."""
    weights = [p.weight_g for p in parcels if p.weight_g is not None]
    return float(sum(weights)) if weights else None


def outbound_summary(session: Session, order: Order, parcels: Sequence[Any] | None = None) -> OutboundSummary:
    """The order's outbound evidence: two reads (photos; shipped time and manifest) on the parcels given."""
    oid = {"oid": order.order_id}
    if parcels is None:
        parcels = parcels_of(session, order.order_id)
    photos = session.execute(_OUTBOUND_PHOTOS, oid).all()
    facts = session.execute(_SHIPPED_AND_MANIFEST, oid).one()
    tracking = tuple(p.tracking_number for p in parcels if p.tracking_number)
    return OutboundSummary(
        order_id=order.order_id,
        status=order.status.value,
        carrier=order.carrier,
        tracking_numbers=tracking or ((order.tracking_number,) if order.tracking_number else ()),
        packer=order.packer,
        station=order.station,
        weight_g=outbound_weight(parcels),
        photos=tuple(ReturnPhoto(p.id, p.kind, p.sha256, p.taken_at) for p in photos),
        shipped_at=facts.shipped_at,
        manifest_id=facts.manifest_id or "",
    )
