"""The floor across stations: parcels other stations staged, and handovers other stations closed.

Any station can hand over any parcel. What a station needs to judge a scan of a parcel packed elsewhere
comes from that station's events at the centre: `OrderStaged` carries the parcels (tracking numbers,
weights, photo count), `OrderHeld`/`OrderReleased`/`OrderCancelled` change whether it may go, and
`OrderShipped` (with its manifest) says a handover took it. `FloorPull.pull()` folds those events into
the station's `staged_parcels` and brings its own staged orders to Shipped when another station
handed them over, storing that very event (same id, so nothing is shipped twice) without re-sending it.

The set read is bounded by what is on the floor: orders staged and not yet shipped, plus the orders
this station still shows as waiting. No cursor, so no event committed out of order is ever skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from packstation.domain.orders import OrderStatus
from packstation.store.base import utcnow
from packstation.store.central.tables import CentralEventRow
from packstation.store.handovers import StagedParcels
from packstation.store.tables import EventRow, OrderRow, StagedParcelRow
from packstation.store.uow import UnitOfWorkFactory
from packstation.sync.central import CentralStore

FLOOR_EVENTS = ("OrderStaged", "OrderHeld", "OrderReleased", "OrderCancelled", "OrderShipped")
CHUNK = 500


@dataclass
class FloorReport:
    staged_elsewhere: int = 0  # parcels other stations staged, now known here
    shipped_elsewhere: list[str] = field(default_factory=list)  # our orders another station handed over


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class FloorPull:
    def __init__(self, uow: UnitOfWorkFactory, central: CentralStore, station: str) -> None:
        self.uow, self.central, self.station = uow, central, station

    def pull(self) -> FloorReport:
        with self.uow() as uow:
            waiting = sorted({r.order_id for r in StagedParcels(uow.session).waiting()})
        with self.central.begin() as conn:
            shipped = select(CentralEventRow.order_id).where(CentralEventRow.type == "OrderShipped")
            staged = set(
                conn.scalars(
                    select(CentralEventRow.order_id).where(
                        CentralEventRow.type == "OrderStaged",
                        CentralEventRow.station != self.station,
                        CentralEventRow.order_id.not_in(shipped),
                    )
                )
            )
            ids = sorted(staged | set(waiting))
            history: dict[str, list[tuple]] = {}
            c = CentralEventRow
            for part in _chunks(ids):
                rows = conn.execute(
                    select(c.id, c.order_id, c.type, c.station, c.user, c.payload, c.occurred_at)
                    .where(c.order_id.in_(part), c.type.in_(FLOOR_EVENTS))
                    .order_by(c.occurred_at, c.seq)
                ).all()
                for r in rows:
                    history.setdefault(r.order_id, []).append(
                        (r.id, r.type, r.station, r.user, dict(r.payload), r.occurred_at)
                    )
        return self._apply(history)

    def _apply(self, history: dict[str, list[tuple]]) -> FloorReport:
        report = FloorReport()
        with self.uow() as uow:
            floor = StagedParcels(uow.session)
            for order_id, evs in history.items():
                staged = next((e for e in reversed(evs) if e[1] == "OrderStaged"), None)
                shipped = next((e for e in reversed(evs) if e[1] == "OrderShipped"), None)
                last = evs[-1]
                if shipped is not None:
                    if shipped[2] != self.station:
                        self._shipped_elsewhere(uow, order_id, shipped, report)
                    continue
                if staged is None or staged[2] == self.station:
                    continue  # our own staging: the local rows are the truth
                state, note = "staged", ""
                if last[1] == "OrderCancelled":
                    state, note = "cancelled", str(last[4].get("reason", ""))
                elif last[1] == "OrderHeld":
                    state, note = "held", str(last[4].get("reason", ""))
                parcels = staged[4].get("parcels") or []
                for p in parcels:
                    number = int(p.get("number", 1))
                    existing = floor.get(order_id, number)
                    if existing is not None:
                        if not existing.manifest_id:
                            existing.state, existing.note = state, note
                        continue
                    floor.add(
                        StagedParcelRow(
                            order_id=order_id,
                            number=number,
                            parcels_in_order=len(parcels),
                            carrier=str(staged[4].get("carrier", "")),
                            tracking_number=str(p.get("tracking_number", "")).upper(),
                            sscc=str(p.get("sscc", "") or ""),
                            weight_g=p.get("weight_g"),
                            location=str(staged[4].get("location", ""))[:64],
                            station=staged[2],
                            photos=int(staged[4].get("photos", 0) or 0),
                            photos_waived=bool(staged[4].get("waived", False)),
                            state=state,
                            note=note,
                            manifest_id="",
                            staged_at=staged[5],
                        )
                    )
                    report.staged_elsewhere += 1
                local = uow.orders.row(order_id)
                if local is not None and local.status == OrderStatus.READY.value:
                    # Our pulled copy of an order another station packed: not ours to pack any more.
                    local.status, local.station, local.updated_at = (
                        OrderStatus.STAGED.value,
                        staged[2],
                        utcnow(),
                    )
            uow.commit()
        return report

    def _shipped_elsewhere(self, uow: Any, order_id: str, shipped: tuple, report: FloorReport) -> None:
        manifest = str(shipped[4].get("manifest", ""))
        for row in StagedParcels(uow.session).for_order(order_id):
            if not row.manifest_id:
                row.manifest_id, row.state = manifest, "shipped"
        local = uow.session.get(OrderRow, order_id)
        if local is None or local.status not in (OrderStatus.STAGED.value, OrderStatus.READY.value):
            return
        local.status, local.updated_at = OrderStatus.SHIPPED.value, utcnow()
        known = uow.session.scalar(select(EventRow.seq).where(EventRow.id == shipped[0]))
        if known is None:  # the same event, kept locally for the timeline; not in the outbox
            uow.session.add(
                EventRow(
                    id=shipped[0],
                    order_id=order_id,
                    type="OrderShipped",
                    station=shipped[2],
                    user=shipped[3],
                    payload=shipped[4],
                    occurred_at=shipped[5],
                )
            )
        report.shipped_elsewhere.append(order_id)
