"""The exceptions board of every station, read from the central store (Qt-free).

Each station syncs its events; the central store holds, per order, when it was staged (with its
carrier), shipped, and every delivery status the station's tracking set (with the rule and the time).
From those the shipment's track is rebuilt and judged with the same rules and claim windows as a
station's own board, so a supervisor at any bench sees the shipments of all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from packstation.domain.delivery import AFTER_SHIPPED, Assessment, DeliveryTrack, Rule, assess
from packstation.domain.orders import OrderStatus
from packstation.services.tracking.board import Board, ExceptionsBoard, WeekCarrier, weekly_counts
from packstation.services.tracking.rulebook import RuleBook
from packstation.services.tracking.service import OPEN
from packstation.store.base import utcnow
from packstation.store.central.tables import CentralEventRow, CentralOrderRow
from packstation.sync.central import CentralStore

S = OrderStatus
SETTLED_ON_BOARD = frozenset({S.DAMAGED, S.RETURNED, S.DELIVERED})
TYPES = ("OrderStaged", "OrderShipped", "DeliveryStatusSet")


@dataclass
class _Facts:
    carrier: str = ""
    shipped_at: datetime | None = None
    status: str = ""
    rule: str = ""
    note: str = ""
    failed: int = 0
    first_scan: datetime | None = None
    last_scan: datetime | None = None
    delivered: datetime | None = None
    verdict: datetime | None = None


class CentralExceptionsBoard:
    """`board(now)` and `weekly(now)` like `ExceptionsBoard`, over every station's synced events."""

    def __init__(
        self, central: CentralStore, rules: RuleBook | None = None, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.central, self.rules, self.clock = central, rules or RuleBook(), clock

    def tracks(self) -> dict[str, DeliveryTrack]:
        """Every shipped order's track as the central store knows it."""
        e, o = CentralEventRow.__table__.c, CentralOrderRow.__table__.c
        facts: dict[str, _Facts] = {}
        with self.central.begin() as conn:
            rows = conn.execute(
                select(e.order_id, e.type, e.payload, e.occurred_at)
                .where(e.type.in_(TYPES), e.order_id != "")
                .order_by(e.occurred_at, e.seq)
            ).all()
            for order_id, kind, payload, at in rows:
                f = facts.setdefault(order_id, _Facts())
                payload = payload or {}
                if kind == "OrderStaged":
                    f.carrier = str(payload.get("carrier") or f.carrier)
                elif kind == "OrderShipped":
                    f.shipped_at = f.shipped_at or at
                    f.status = f.status or S.SHIPPED.value
                else:
                    f.status, f.rule = str(payload.get("status") or ""), str(payload.get("rule") or "")
                    f.note, f.failed = (
                        str(payload.get("note") or ""),
                        int(payload.get("failed_attempts") or 0),
                    )
                    f.verdict = at
                    if f.rule == Rule.CARRIER_SCAN:
                        f.first_scan = f.first_scan or at
                        f.last_scan = at
                    if f.status == S.DELIVERED.value:
                        f.delivered = at
            shipped = [oid for oid, f in facts.items() if f.status]
            orders: dict[str, dict[str, Any]] = {}
            for start in range(0, len(shipped), 500):
                part = shipped[start : start + 500]
                for oid, data in conn.execute(select(o.order_id, o.data).where(o.order_id.in_(part))):
                    orders[oid] = data or {}
        out: dict[str, DeliveryTrack] = {}
        for oid in shipped:
            f, data = facts[oid], orders.get(oid, {})
            try:
                status = S(f.status)
            except ValueError:
                continue
            if status not in AFTER_SHIPPED:
                continue
            out[oid] = DeliveryTrack(
                oid,
                str(data.get("channel") or "generic"),
                status,
                f.carrier or str(data.get("carrier") or ""),
                str((data.get("recipient") or {}).get("country") or ""),
                _time(data.get("created_at")),
                f.shipped_at or f.verdict,
                None,
                f.rule,
                f.note,
                f.failed,
                f.first_scan,
                f.last_scan,
                f.delivered,
                f.verdict,
            )
        return out

    def board(self, now: datetime | None = None) -> Board:
        at = now or self.clock()
        tracks = self.tracks()
        assessments: list[Assessment] = [
            assess(t, at, self.rules.for_channel(t.channel)) for t in tracks.values() if t.status in OPEN
        ]
        settled = [t for t in tracks.values() if t.status in SETTLED_ON_BOARD]
        return _Composer(self.rules).compose(at, assessments, settled)

    def weekly(self, now: datetime | None = None, weeks: int = 8) -> list[WeekCarrier]:
        at = now or self.clock()
        monday = (at - timedelta(days=at.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
        since = monday - timedelta(weeks=weeks - 1)
        e = CentralEventRow.__table__.c
        carriers = {oid: t.carrier for oid, t in self.tracks().items()}
        with self.central.begin() as conn:
            rows = conn.execute(
                select(e.order_id, e.occurred_at, e.payload)
                .where(e.type == "DeliveryStatusSet", e.occurred_at >= since, e.occurred_at <= at)
                .order_by(e.occurred_at, e.seq)
            ).all()
        return weekly_counts((oid, when, payload, carriers.get(oid, "")) for oid, when, payload in rows)


class _Composer(ExceptionsBoard):
    """The station board's row rules, without a station store under them."""

    def __init__(self, rules: RuleBook) -> None:
        self._rules = rules

    @property
    def rules(self) -> RuleBook:
        return self._rules


def _time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def central_board_for(station: Any) -> CentralExceptionsBoard | None:
    """The central board when the station points at a configured central store, else None."""
    if not station.config.store.central_url or station.sync is None:
        return None
    return CentralExceptionsBoard(station.sync.central, RuleBook.from_config(station.config.tracking))


__all__ = ["CentralExceptionsBoard", "central_board_for"]
