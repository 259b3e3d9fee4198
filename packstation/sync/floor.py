"""The floor across stations: parcels other stations staged, and handovers other stations closed.

Any station can hand over any parcel. What a station needs to judge a scan of a parcel packed elsewhere
comes from that station's events at the centre: `OrderStaged` carries the parcels (tracking numbers,
weights, photo count), `OrderHeld`/`OrderReleased`/`OrderCancelled` change whether it may go, and
`OrderShipped` (with its manifest) says a handover took it. `FloorPull.pull()` folds those events into
the station's `staged_parcels` and brings its own staged orders to Shipped when another station
handed them over, storing that very event (same id, so nothing is shipped twice) without re-sending it.

One cursor per other station, on that station's own sequence number: a station pushes its events in
sequence order, batch after batch, so its `station_seq` values arrive at the centre in order and a
cursor on them never skips one (unlike the central `seq`, which transactions can commit out of order).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from packstation.domain.orders import OrderStatus
from packstation.store.base import utcnow
from packstation.store.central.tables import CentralEventRow, StationContactRow
from packstation.store.handovers import StagedParcels
from packstation.store.tables import EventRow, OrderRow, StagedParcelRow
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory
from packstation.sync.central import CentralStore
from packstation.sync.state import get_state, set_state

FLOOR_EVENTS = ("OrderStaged", "OrderHeld", "OrderReleased", "OrderCancelled", "OrderShipped")
PAGE = 2000
CURSOR = "floor_cursor:"


@dataclass
class FloorReport:
    staged_elsewhere: int = 0  # parcels other stations staged, now known here
    shipped_elsewhere: list[str] = field(default_factory=list)  # our orders another station handed over


@dataclass(frozen=True)
class _Event:
    id: str
    order_id: str
    type: str
    station: str
    user: str
    payload: dict[str, Any]
    occurred_at: Any
    station_seq: int


class FloorPull:
    def __init__(self, uow: UnitOfWorkFactory, central: CentralStore, station: str, page: int = PAGE) -> None:
        self.uow, self.central, self.station, self.page = uow, central, station, page

    def pull(self) -> FloorReport:
        report = FloorReport()
        with self.central.begin() as conn:
            stations = [s for s in conn.scalars(select(StationContactRow.station)) if s != self.station]
        for other in stations:
            while self._page(other, report):
                pass
        return report

    def _page(self, other: str, report: FloorReport) -> bool:
        """Apply the next page of `other`'s floor events; True when there may be more."""
        key = CURSOR + other
        with self.uow.engine.connect() as sconn:
            cursor = int(get_state(sconn, key) or 0)
        c = CentralEventRow
        with self.central.begin() as conn:
            rows = conn.execute(
                select(c.id, c.order_id, c.type, c.station, c.user, c.payload, c.occurred_at, c.station_seq)
                .where(c.station == other, c.station_seq > cursor, c.type.in_(FLOOR_EVENTS))
                .order_by(c.station_seq)
                .limit(self.page)
            ).all()
        if not rows:
            return False
        with self.uow() as uow:
            for r in rows:
                payload = dict(r.payload or {})
                event = _Event(
                    r.id, r.order_id, r.type, r.station, r.user, payload, r.occurred_at, r.station_seq
                )
                self._apply(uow, event, report)
            set_state(uow.session.connection(), key, str(rows[-1].station_seq))
            uow.commit()
        return len(rows) == self.page

    def _apply(self, uow: UnitOfWork, e: _Event, report: FloorReport) -> None:
        floor = StagedParcels(uow.session)
        if e.type == "OrderShipped":
            self._shipped_elsewhere(uow, e, report)
            return
        if e.type == "OrderStaged":
            shipped = uow.session.scalar(
                select(EventRow.seq).where(EventRow.order_id == e.order_id, EventRow.type == "OrderShipped")
            )
            parcels = e.payload.get("parcels") or []
            for p in parcels:
                number = int(p.get("number", 1))
                existing = floor.get(e.order_id, number)
                if existing is not None and existing.manifest_id:
                    continue
                floor.add(
                    StagedParcelRow(
                        order_id=e.order_id,
                        number=number,
                        parcels_in_order=len(parcels),
                        carrier=str(e.payload.get("carrier", "")),
                        tracking_number=str(p.get("tracking_number", "")).upper(),
                        sscc=str(p.get("sscc", "") or ""),
                        weight_g=p.get("weight_g"),
                        location=str(e.payload.get("location", ""))[:64],
                        station=e.station,
                        photos=int(e.payload.get("photos", 0) or 0),
                        photos_waived=bool(e.payload.get("waived", False)),
                        state="shipped" if shipped else "staged",
                        note="",
                        manifest_id="",
                        staged_at=e.occurred_at,
                    )
                )
                report.staged_elsewhere += 1
            local = uow.session.get(OrderRow, e.order_id)
            if local is not None and local.status == OrderStatus.READY.value and not shipped:
                # Our pulled copy of an order another station packed: not ours to pack any more.
                local.status, local.station, local.updated_at = OrderStatus.STAGED.value, e.station, utcnow()
            return
        state = {"OrderHeld": "held", "OrderReleased": "staged", "OrderCancelled": "cancelled"}[e.type]
        for row in floor.for_order(e.order_id):
            if not row.manifest_id and row.station == e.station:
                row.state, row.note = state, str(e.payload.get("reason", "") or "")

    def _shipped_elsewhere(self, uow: UnitOfWork, e: _Event, report: FloorReport) -> None:
        manifest = str(e.payload.get("manifest", ""))
        for row in StagedParcels(uow.session).for_order(e.order_id):
            if not row.manifest_id:
                row.manifest_id, row.state = manifest, "shipped"
        known = uow.session.scalar(select(EventRow.seq).where(EventRow.id == e.id))
        if known is None:  # the same event, kept locally for the timeline; not in the outbox
            uow.session.add(
                EventRow(
                    id=e.id,
                    order_id=e.order_id,
                    type="OrderShipped",
                    station=e.station,
                    user=e.user,
                    payload=e.payload,
                    occurred_at=e.occurred_at,
                )
            )
        local = uow.session.get(OrderRow, e.order_id)
        if local is None or local.status not in (OrderStatus.STAGED.value, OrderStatus.READY.value):
            return
        local.status, local.updated_at = OrderStatus.SHIPPED.value, utcnow()
        report.shipped_elsewhere.append(e.order_id)
