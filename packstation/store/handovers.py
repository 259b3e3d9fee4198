"""Repositories for the floor and the handovers: staged parcels, open and closed handovers, deadlines."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from packstation.domain.handover import FloorParcel, HandoverState
from packstation.store.tables import (
    HandoverParcelRow,
    HandoverRow,
    OrderDeadlineRow,
    OrderRow,
    StagedParcelRow,
)


def floor_parcel(row: StagedParcelRow) -> FloorParcel:
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
        stmt = select(func.count()).where(HandoverParcelRow.handover_id == handover_id)
        return int(self.session.scalar(stmt) or 0)

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
