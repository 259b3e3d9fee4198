"""Repositories for the floor and the handovers: staged parcels, open and closed handovers, deadlines."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, func, insert, or_, select
from sqlalchemy.orm import Session

from packstation.domain.handover import FloorParcel, HandoverState
from packstation.store.print_tables import PrintJobRow
from packstation.store.tables import (
    HandoverParcelRow,
    HandoverRow,
    OrderDeadlineRow,
    OrderRow,
    StagedParcelRow,
)

_STAGED = StagedParcelRow.__table__
_ORDERS = OrderRow.__table__
_HPARCELS = HandoverParcelRow.__table__
_HANDOVERS = HandoverRow.__table__


def _lookup_statement() -> Select:
    """Built once (Core, bound parameters): this runs on every scan at the handover."""
    sp, o, hp, h, jobs = _STAGED, _ORDERS, _HPARCELS, _HANDOVERS, PrintJobRow.__table__
    inside = hp.alias("inside")
    voided = (
        select(jobs.c.id)
        .where(jobs.c.tracking_number == sp.c.tracking_number, jobs.c.state == "voided")
        .exists()
    )
    held = (
        select(func.count())
        .select_from(inside)
        .where(inside.c.handover_id == bindparam("hid"))
        .scalar_subquery()
    )
    return (
        select(
            sp,
            o.c.status.label("order_status"),
            o.c.hold_reason.label("hold_reason"),
            o.c.hold_reason_text.label("hold_reason_text"),
            hp.c.handover_id.label("in_handover"),
            h.c.state.label("in_handover_state"),
            voided.label("label_voided"),
            held.label("handover_count"),
        )
        .outerjoin(o, o.c.order_id == sp.c.order_id)
        .outerjoin(hp, (hp.c.order_id == sp.c.order_id) & (hp.c.number == sp.c.number))
        .outerjoin(h, h.c.id == hp.c.handover_id)
        .where(or_(sp.c.tracking_number == bindparam("tracking"), sp.c.sscc == bindparam("sscc")))
        .order_by(sp.c.manifest_id)
        .limit(1)
    )


_LOOKUP = _lookup_statement()


def floor_parcel(row: Any) -> FloorParcel:
    """The domain view of a staged parcel, from its ORM row or a Core row with the same columns."""
    return FloorParcel(
        order_id=row.order_id,
        number=row.number,
        carrier=row.carrier,
        tracking_number=row.tracking_number,
        sscc=row.sscc,
        weight_g=row.weight_g,
        location=row.location,
        station=row.station,
        photos=row.photos,
        photos_waived=row.photos_waived,
        state=row.state,
        note=row.note,
        manifest_id=row.manifest_id,
        parcels_in_order=row.parcels_in_order,
    )


class StagedParcels:
    """Parcels on the floor waiting for their carrier, from this station or learnt from the centre."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def by_code(self, tracking: str, sscc: str = "") -> StagedParcelRow | None:
        conds = [StagedParcelRow.tracking_number == tracking]
        if sscc:
            conds.append(StagedParcelRow.sscc == sscc)
        stmt = select(StagedParcelRow).where(or_(*conds)).order_by(StagedParcelRow.manifest_id).limit(1)
        return self.session.scalar(stmt)

    def lookup(self, tracking: str, sscc: str = "", handover_id: str = "") -> Any:
        """One round trip for a scan: the staged parcel, its order's local status, any handover holding
        it, whether its label was voided, and how many parcels `handover_id` holds."""
        params = {"tracking": tracking, "sscc": sscc or "\x00", "hid": handover_id}
        return self.session.execute(_LOOKUP, params).first()

    def siblings(self, order_id: str) -> list[Any]:
        """(number, tracking_number, manifest_id, in_handover) of every parcel of the order."""
        sp, hp = _STAGED, _HPARCELS
        stmt = (
            select(sp.c.number, sp.c.tracking_number, sp.c.manifest_id, hp.c.handover_id.label("in_handover"))
            .outerjoin(hp, (hp.c.order_id == sp.c.order_id) & (hp.c.number == sp.c.number))
            .where(sp.c.order_id == order_id)
            .order_by(sp.c.number)
        )
        return list(self.session.execute(stmt))

    def for_order(self, order_id: str) -> list[StagedParcelRow]:
        stmt = select(StagedParcelRow).where(StagedParcelRow.order_id == order_id)
        return list(self.session.scalars(stmt.order_by(StagedParcelRow.number)))

    def get(self, order_id: str, number: int) -> StagedParcelRow | None:
        return self.session.get(StagedParcelRow, (order_id, number))

    def waiting(self, ready_only: bool = False) -> list[StagedParcelRow]:
        """Parcels still on the floor (not in a closed manifest); `ready_only`: only those that may go now
        (staged, and the order not on hold or cancelled here)."""
        stmt = select(StagedParcelRow).where(StagedParcelRow.manifest_id == "")
        if ready_only:
            stmt = self._ready(stmt)
        return list(self.session.scalars(stmt.order_by(StagedParcelRow.carrier, StagedParcelRow.order_id)))

    def waiting_counts(self) -> dict[str, int]:
        """Parcels ready to go, per carrier name as staged."""
        stmt = select(StagedParcelRow.carrier, func.count()).where(StagedParcelRow.manifest_id == "")
        stmt = self._ready(stmt).group_by(StagedParcelRow.carrier)
        return {carrier: int(n) for carrier, n in self.session.execute(stmt)}

    @staticmethod
    def _ready(stmt: Select) -> Select:
        return stmt.outerjoin(OrderRow, OrderRow.order_id == StagedParcelRow.order_id).where(
            StagedParcelRow.state == "staged",
            or_(OrderRow.status.is_(None), OrderRow.status.not_in(("OnHold", "Cancelled"))),
        )

    def add(self, row: StagedParcelRow) -> None:
        existing = self.get(row.order_id, row.number)
        if existing is not None:
            self.session.delete(existing)
            self.session.flush()
        self.session.add(row)


class Handovers:
    """Handovers and the parcels scanned into them."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, handover_id: str) -> HandoverRow | None:
        return self.session.get(HandoverRow, handover_id)

    def open_at(self, station: str) -> list[HandoverRow]:
        stmt = select(HandoverRow).where(
            HandoverRow.station == station, HandoverRow.state == HandoverState.OPEN.value
        )
        return list(self.session.scalars(stmt.order_by(HandoverRow.opened_at)))

    def recent(self, limit: int = 100) -> list[HandoverRow]:
        stmt = select(HandoverRow).order_by(HandoverRow.opened_at.desc()).limit(limit)
        return list(self.session.scalars(stmt))

    def closed(self) -> list[HandoverRow]:
        stmt = select(HandoverRow).where(HandoverRow.state == HandoverState.CLOSED.value)
        return list(self.session.scalars(stmt.order_by(HandoverRow.closed_at)))

    def parcels(self, handover_id: str) -> list[HandoverParcelRow]:
        stmt = select(HandoverParcelRow).where(HandoverParcelRow.handover_id == handover_id)
        return list(self.session.scalars(stmt.order_by(HandoverParcelRow.scanned_at)))

    def count(self, handover_id: str) -> int:
        stmt = select(func.count()).select_from(_HPARCELS).where(_HPARCELS.c.handover_id == handover_id)
        return int(self.session.scalar(stmt) or 0)

    def head(self, handover_id: str) -> Any:
        """(id, state, carrier) of a handover, without loading the ORM row."""
        h = _HANDOVERS
        return self.session.execute(
            select(h.c.id, h.c.state, h.c.carrier).where(h.c.id == handover_id)
        ).first()

    def add_parcel(self, values: dict[str, Any]) -> None:
        self.session.execute(insert(HandoverParcelRow), values)

    def parcel(self, order_id: str, number: int) -> HandoverParcelRow | None:
        return self.session.get(HandoverParcelRow, (order_id, number))

    def scanned_of_order(self, handover_id: str, order_id: str) -> set[int]:
        stmt = select(HandoverParcelRow.number).where(
            HandoverParcelRow.handover_id == handover_id, HandoverParcelRow.order_id == order_id
        )
        return set(self.session.scalars(stmt))

    def manifest_of_order(self, order_id: str) -> str:
        """The closed manifest that shipped this order ("" when none)."""
        stmt = (
            select(HandoverRow.id)
            .join(HandoverParcelRow, HandoverParcelRow.handover_id == HandoverRow.id)
            .where(HandoverParcelRow.order_id == order_id, HandoverRow.state == HandoverState.CLOSED.value)
            .limit(1)
        )
        found = self.session.scalar(stmt)
        if found:
            return found
        row = self.session.scalar(
            select(StagedParcelRow.manifest_id)
            .where(StagedParcelRow.order_id == order_id, StagedParcelRow.manifest_id != "")
            .limit(1)
        )
        return row or ""


class OrderDeadlines:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, order_id: str) -> OrderDeadlineRow | None:
        return self.session.get(OrderDeadlineRow, order_id)

    def set(
        self, order_id: str, dispatch_due: datetime | None, collection_due: datetime | None, source: str
    ) -> OrderDeadlineRow:
        """Record an order's deadlines; times the channel sent are never replaced by computed ones."""
        row = self.get(order_id)
        if row is None:
            row = OrderDeadlineRow(order_id=order_id)
            self.session.add(row)
        elif row.source == "channel" and source != "channel":
            return row
        row.dispatch_due, row.collection_due, row.source = dispatch_due, collection_due, source
        return row
