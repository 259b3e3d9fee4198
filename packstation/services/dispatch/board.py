"""The supervisor's dispatch board: per carrier what waits, what must be collected today, what is late,
what was handed over today and which handovers are open; and every staged order with its deadlines.

Read-only, Qt-free: the review window's Dispatch tab and the station queue's staged strip show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import func, select

from packstation.domain.handover import HandoverState, same_carrier
from packstation.domain.texts import joined, translate
from packstation.services.handover import HandoverService
from packstation.store.handovers import StagedParcels
from packstation.store.tables import HandoverRow

LATE, DUE_TODAY, WAITING, NO_DEADLINE = "late", "due today", "waiting", "no deadline"


@dataclass(frozen=True)
class CarrierLine:
    """One carrier on the board."""

    carrier: str
    staged_parcels: int = 0
    staged_orders: int = 0
    due_today: int = 0
    late: int = 0
    handed_over_today: int = 0  # parcels in handovers closed today
    open_handovers: tuple[str, ...] = ()

    @property
    def line(self) -> str:
        parts = [translate("DispatchBoard", "{count} parcel(s) staged").format(count=self.staged_parcels)]
        if self.late:
            parts.append(translate("DispatchBoard", "{count} LATE").format(count=self.late))
        if self.due_today:
            parts.append(translate("DispatchBoard", "{count} due today").format(count=self.due_today))
        if self.handed_over_today:
            parts.append(
                translate("DispatchBoard", "{count} handed over today").format(count=self.handed_over_today)
            )
        if self.open_handovers:
            parts.append(
                translate("DispatchBoard", "open: {handovers}").format(
                    handovers=", ".join(self.open_handovers)
                )
            )
        return f"{self.carrier}: " + joined(parts, " · ")


@dataclass(frozen=True)
class StagedOrderLine:
    """A staged order waiting for its carrier, with its deadlines and where it stands against them."""

    order_id: str
    carrier: str
    parcels: int
    location: str
    station: str
    state: str  # staged, held, cancelled (as staged)
    dispatch_due: datetime | None
    collection_due: datetime | None
    urgency: str  # late, due today, waiting, no deadline


@dataclass(frozen=True)
class DispatchBoard:
    at: datetime
    carriers: tuple[CarrierLine, ...]
    staged: tuple[StagedOrderLine, ...]

    @property
    def late(self) -> tuple[StagedOrderLine, ...]:
        return tuple(s for s in self.staged if s.urgency == LATE)


def urgency(due: datetime | None, now: datetime, today_end: datetime) -> str:
    if due is None:
        return NO_DEADLINE
    if due < now:
        return LATE
    return DUE_TODAY if due <= today_end else WAITING


class DispatchBoardService:
    """Builds the board from the handover service's store (one read, no writes)."""

    def __init__(self, handover: HandoverService) -> None:
        self.handover = handover

    def board(self, now: datetime | None = None) -> DispatchBoard:
        at = now or self.handover.clock()
        tz = self.handover.tz
        local = at.astimezone(tz)
        day_start = datetime.combine(local.date(), time(0), tz)
        today_end = day_start + timedelta(days=1)
        rows = self.handover.board(at)
        with self.handover.uow() as uow:
            waiting = StagedParcels(uow.session).waiting()
            handed = uow.session.execute(
                select(HandoverRow.carrier, func.sum(HandoverRow.parcels))
                .where(HandoverRow.state == HandoverState.CLOSED.value, HandoverRow.closed_at >= day_start)
                .group_by(HandoverRow.carrier)
            ).all()
        by_order: dict[str, list] = {}
        for p in waiting:
            by_order.setdefault(p.order_id, []).append(p)
        staged = []
        for order_id, parcels in by_order.items():
            first = min(parcels, key=lambda p: p.number)
            staged.append(
                StagedOrderLine(
                    order_id,
                    first.carrier,
                    len(parcels),
                    first.location,
                    first.station,
                    first.state,
                    first.dispatch_due,
                    first.collection_due,
                    urgency(first.collection_due, at, today_end),
                )
            )
        far = datetime.max.replace(tzinfo=at.tzinfo)
        staged.sort(key=lambda s: (s.collection_due or far, s.order_id))
        today: dict[str, int] = {}
        for carrier, count in handed:
            key = next((k for k in today if same_carrier(k, carrier)), carrier)
            today[key] = today.get(key, 0) + int(count or 0)
        lines = []
        for row in rows:
            done = sum(n for name, n in today.items() if same_carrier(name, row.carrier))
            lines.append(
                CarrierLine(
                    row.carrier,
                    row.staged_parcels,
                    row.staged_orders,
                    len(row.due_today),
                    len(row.late),
                    done,
                    tuple(row.open_handovers),
                )
            )
        for carrier, count in today.items():  # carriers with nothing left waiting, but collected today
            if not any(same_carrier(carrier, line.carrier) for line in lines):
                lines.append(CarrierLine(carrier, handed_over_today=count))
        return DispatchBoard(at, tuple(lines), tuple(staged))
