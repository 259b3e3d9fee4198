"""What a dispatch page shows of a handover, read from the station database (its parcels, what waits)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from packstation.domain.handover import (
    CarrierBoardRow,
    FloorParcel,
    HandoverState,
    count_line,
    incomplete_orders,
    same_carrier,
)
from packstation.domain.texts import translate
from packstation.evidence.blobs import BlobStore
from packstation.services.handover.errors import HandoverError
from packstation.store.handovers import Handovers, StagedParcels, floor_parcel
from packstation.store.tables import HandoverRow
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory


@dataclass(frozen=True)
class HandoverParcelView:
    order_id: str
    number: int
    tracking_number: str
    weight_g: float | None
    scanned_at: datetime
    parcels_in_order: int = 1


@dataclass(frozen=True)
class HandoverView:
    """What a dispatch page shows of one handover."""

    id: str
    kind: str
    state: str
    carrier: str
    courier_name: str
    vehicle_plate: str
    station: str
    opened_by: str
    opened_at: datetime
    parcels: tuple[HandoverParcelView, ...]
    expected: int  # parcels for this carrier: in this handover plus still waiting
    incomplete: dict[str, list[str]] = field(default_factory=dict)  # order -> tracking numbers to scan
    partial_orders: dict[str, str] = field(default_factory=dict)
    closed_at: datetime | None = None
    closed_by: str = ""
    manifest_sha256: str = ""
    content_sha256: str = ""
    left_behind: tuple[str, ...] = ()
    photo_ids: tuple[str, ...] = ()
    acknowledgement: str = ""

    @property
    def count_line(self) -> str:
        return count_line(len(self.parcels), self.expected, self.carrier)

    @property
    def total_weight_g(self) -> float:
        return sum(p.weight_g or 0.0 for p in self.parcels)

    @property
    def orders(self) -> list[str]:
        return list(dict.fromkeys(p.order_id for p in self.parcels))

    def as_dict(self) -> dict[str, Any]:
        return {
            "manifest": self.id,
            "kind": self.kind,
            "state": self.state,
            "carrier": self.carrier,
            "courier": self.courier_name,
            "vehicle_plate": self.vehicle_plate,
            "station": self.station,
            "opened_by": self.opened_by,
            "opened_at": self.opened_at.isoformat(),
            "closed_at": self.closed_at.isoformat() if self.closed_at else None,
            "closed_by": self.closed_by,
            "count_line": self.count_line,
            "parcels": [
                {
                    "order_id": p.order_id,
                    "parcel": p.number,
                    "tracking_number": p.tracking_number,
                    "weight_g": p.weight_g,
                }
                for p in self.parcels
            ],
            "orders": self.orders,
            "total_weight_g": self.total_weight_g,
            "incomplete": self.incomplete,
            "partial_orders": self.partial_orders,
            "left_behind": list(self.left_behind),
            "manifest_sha256": self.manifest_sha256,
            "content_sha256": self.content_sha256,
            "photos": list(self.photo_ids),
            "acknowledgement": self.acknowledgement,
        }


class HandoverReading:
    """The store queries of a handover service: handovers as views, what was left behind, the board."""

    uow: UnitOfWorkFactory
    station: str
    blobs: BlobStore
    tz: tzinfo
    clock: Callable[[], datetime]

    def resume(self) -> list[HandoverView]:
        """Handovers left open at this station (after a restart or a crash), with their scans."""
        with self.uow() as uow:
            return [self._view(uow, row) for row in Handovers(uow.session).open_at(self.station)]

    def view(self, handover_id: str) -> HandoverView:
        with self.uow() as uow:
            return self._view(uow, self._row(uow, handover_id))

    def recent(self, limit: int = 100) -> list[HandoverView]:
        with self.uow() as uow:
            return [self._view(uow, row) for row in Handovers(uow.session).recent(limit)]

    def left_behind(self, handover_id: str) -> list[FloorParcel]:
        """Parcels staged for this carrier, ready to go, but not scanned into this handover."""
        with self.uow() as uow:
            return self._left_behind(uow, self._row(uow, handover_id))

    # -- reading ------------------------------------------------------------------------------------
    def manifest_pdf(self, handover_id: str) -> bytes:
        with self.uow() as uow:
            row = self._row(uow, handover_id)
            if row.state != HandoverState.CLOSED.value or not row.manifest_blob_key:
                raise HandoverError(
                    translate("Handover", "Handover {id} is still open: its manifest is written at closing.").format(
                        id=handover_id
                    )
                )
            key = row.manifest_blob_key
        return self.blobs.read(key)

    def board(self, now: datetime | None = None) -> list[CarrierBoardRow]:
        """Per carrier: what waits, what must be collected today, what is already late."""
        at = now or self.clock()
        today = at.astimezone(self.tz).date()
        rows: dict[str, CarrierBoardRow] = {}
        with self.uow() as uow:
            for p in StagedParcels(uow.session).waiting(ready_only=True):
                key = next((k for k in rows if same_carrier(k, p.carrier)), p.carrier or "(no carrier)")
                board = rows.setdefault(key, CarrierBoardRow(key))
                board.staged_parcels += 1
                if p.number == 1:
                    board.staged_orders += 1
                    due = p.collection_due
                    if due is not None and due < at:
                        board.late.append(p.order_id)
                    elif due is not None and due.astimezone(self.tz).date() <= today:
                        board.due_today.append(p.order_id)
            for h in Handovers(uow.session).open_at(self.station):
                key = next((k for k in rows if same_carrier(k, h.carrier)), h.carrier)
                rows.setdefault(key, CarrierBoardRow(key)).open_handovers.append(h.id)
        return sorted(rows.values(), key=lambda r: (-len(r.late), -len(r.due_today), r.carrier))

    # -- helpers ------------------------------------------------------------------------------------
    def _row(self, uow: UnitOfWork, handover_id: str) -> HandoverRow:
        row = Handovers(uow.session).get(handover_id.strip())
        if row is None:
            raise HandoverError(translate("Handover", "No handover {id}.").format(id=handover_id))
        return row

    def _open_row(self, uow: UnitOfWork, handover_id: str) -> HandoverRow:
        row = self._row(uow, handover_id)
        if row.state != HandoverState.OPEN.value:
            if row.state == HandoverState.CLOSED.value:
                refusal = translate("Handover", "Handover {id} is closed; open a new one for more parcels.")
            elif row.state == HandoverState.ABANDONED.value:
                refusal = translate("Handover", "Handover {id} is abandoned; open a new one for more parcels.")
            else:
                refusal = translate("Handover", "Handover {id} is {state}; open a new one for more parcels.")
            raise HandoverError(refusal.format(id=row.id, state=row.state))
        return row

    def _left_behind(self, uow: UnitOfWork, row: HandoverRow) -> list[FloorParcel]:
        repo = Handovers(uow.session)
        mine = {(p.order_id, p.number) for p in repo.parcels(row.id)}
        out = []
        for staged in StagedParcels(uow.session).waiting(ready_only=True):
            if not same_carrier(staged.carrier, row.carrier):
                continue
            if (staged.order_id, staged.number) in mine:
                continue
            out.append(floor_parcel(staged))
        return out

    def _view(self, uow: UnitOfWork, row: HandoverRow) -> HandoverView:
        repo = Handovers(uow.session)
        floor = StagedParcels(uow.session)
        scanned = repo.parcels(row.id)
        sizes: dict[str, int] = {}
        by_order: dict[str, set[int]] = {}
        for p in scanned:
            by_order.setdefault(p.order_id, set()).add(p.number)
        views = []
        to_go: dict[str, int] = {}  # parcels of the order that go in this handover when it is complete
        for p in scanned:
            if p.order_id not in sizes:
                siblings = floor.for_order(p.order_id)
                sizes[p.order_id] = max([s.parcels_in_order for s in siblings] or [1])
                to_go[p.order_id] = len([s for s in siblings if s.manifest_id in ("", row.id)]) or 1
            views.append(
                HandoverParcelView(
                    p.order_id, p.number, p.tracking_number, p.weight_g, p.scanned_at, sizes[p.order_id]
                )
            )
        incomplete: dict[str, list[str]] = {}
        if row.state == HandoverState.OPEN.value:
            for oid in incomplete_orders(by_order, to_go, set(row.partial_orders)):
                incomplete[oid] = [
                    s.tracking_number
                    for s in floor.for_order(oid)
                    if s.number not in by_order[oid] and not s.manifest_id
                ]
        if row.state == HandoverState.OPEN.value:
            waiting = sum(
                n for carrier, n in floor.waiting_counts().items() if same_carrier(carrier, row.carrier)
            )
            expected = max(waiting, len(views))
        else:
            expected = len(views)
        return HandoverView(
            id=row.id,
            kind=row.kind,
            state=row.state,
            carrier=row.carrier,
            courier_name=row.courier_name,
            vehicle_plate=row.vehicle_plate,
            station=row.station,
            opened_by=row.opened_by,
            opened_at=row.opened_at,
            parcels=tuple(views),
            expected=expected,
            incomplete=incomplete,
            partial_orders=dict(row.partial_orders or {}),
            closed_at=row.closed_at,
            closed_by=row.closed_by,
            manifest_sha256=row.manifest_sha256,
            content_sha256=row.content_sha256,
            left_behind=tuple(row.left_behind or ()),
            photo_ids=tuple(row.photo_ids or ()),
            acknowledgement=row.acknowledgement,
        )
