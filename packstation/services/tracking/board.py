"""The exceptions board: every shipment in exception or at risk, grouped by rule and carrier, with the
time left on its claim windows, and the weekly on-time / exception counts per carrier. Qt-free."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from packstation.domain.delivery import (
    EXCEPTION_STATUSES,
    RULE_TITLES,
    Assessment,
    DeliveryTrack,
    Rule,
    claim_deadlines,
)
from packstation.domain.orders import OrderStatus
from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.services.tracking.rulebook import RuleBook
from packstation.services.tracking.service import TrackingService
from packstation.store.deliveries import Deliveries
from packstation.store.tables import EventRow, OrderRow

CLAIM_TITLES = {
    "seller_appeal": QT_TRANSLATE_NOOP("Delivery", "Seller appeal"),
    "carrier_claim": QT_TRANSLATE_NOOP("Delivery", "Carrier claim"),
}
SCAN_TITLES = {
    "Damaged": QT_TRANSLATE_NOOP("Delivery", "Damaged (carrier scan)"),
    "DeliveryFailed": QT_TRANSLATE_NOOP("Delivery", "Delivery failed (carrier scan)"),
    "Returned": QT_TRANSLATE_NOOP("Delivery", "Returned to sender (carrier scan)"),
    "Delayed": QT_TRANSLATE_NOOP("Delivery", "Delayed (carrier scan)"),
}
S = OrderStatus


@dataclass(frozen=True)
class ClaimLeft:
    name: str
    deadline: datetime
    left: timedelta

    @property
    def title(self) -> str:
        return CLAIM_TITLES.get(self.name, self.name)

    @property
    def expired(self) -> bool:
        return self.left <= timedelta(0)

    def text(self) -> str:
        if self.expired:
            return translate("Delivery", "{claim}: closed").format(claim=self.title)
        hours = self.left.total_seconds() / 3600
        if hours >= 48:
            return translate("Delivery", "{claim}: {days} d left").format(
                claim=self.title, days=f"{hours / 24:.1f}"
            )
        return translate("Delivery", "{claim}: {hours} h left").format(claim=self.title, hours=f"{hours:.0f}")


@dataclass(frozen=True)
class BoardRow:
    order_id: str
    channel: str
    carrier: str
    status: str
    rule: str
    note: str
    since: datetime | None
    at_risk: bool = False
    claims: tuple[ClaimLeft, ...] = ()

    @property
    def group(self) -> str:
        """The board groups carrier-reported exceptions by status, the rest by the rule that fired."""
        return self.status if self.rule in (Rule.CARRIER_SCAN, "") else self.rule

    @property
    def title(self) -> str:
        if self.rule in (Rule.CARRIER_SCAN, ""):
            return SCAN_TITLES.get(self.status, self.status)
        return RULE_TITLES.get(self.rule, self.rule)

    def as_dict(self) -> dict[str, Any]:
        return {
            "order_id": self.order_id,
            "channel": self.channel,
            "carrier": self.carrier,
            "status": self.status,
            "rule": self.rule,
            "title": self.title,
            "note": self.note,
            "since": self.since.isoformat() if self.since else None,
            "at_risk": self.at_risk,
            "claims": [
                {
                    "name": c.name,
                    "deadline": c.deadline.isoformat(),
                    "hours_left": round(c.left.total_seconds() / 3600, 2),
                }
                for c in self.claims
            ],
        }


@dataclass(frozen=True)
class WeekCarrier:
    """One carrier's week: parcels delivered, how many on time, and exceptions raised."""

    week: datetime  # Monday 00:00 UTC
    carrier: str
    delivered: int = 0
    on_time: int = 0
    exceptions: int = 0

    @property
    def on_time_pct(self) -> float | None:
        return None if not self.delivered else 100.0 * self.on_time / self.delivered


@dataclass
class Board:
    now: datetime
    rows: list[BoardRow] = field(default_factory=list)

    def groups(self) -> list[tuple[str, str, list[BoardRow]]]:
        """(rule, carrier, rows) sorted by rule then carrier; rows by the least claim time left."""
        grouped: dict[tuple[str, str], list[BoardRow]] = defaultdict(list)
        for row in self.rows:
            grouped[(row.group, row.carrier or "-")].append(row)
        out = []
        for (rule, carrier), rows in sorted(grouped.items()):
            rows.sort(key=lambda r: (min((c.left for c in r.claims), default=timedelta.max), r.order_id))
            out.append((rule, carrier, rows))
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "now": self.now.isoformat(),
            "count": len(self.rows),
            "groups": [
                {
                    "rule": rule,
                    "title": rows[0].title,
                    "carrier": carrier,
                    "orders": [r.as_dict() for r in rows],
                }
                for rule, carrier, rows in self.groups()
            ],
        }


class ExceptionsBoard:
    """Reads the board at a given time; evaluating at `now` writes nothing (a what-if at any time)."""

    def __init__(self, tracking: TrackingService) -> None:
        self.tracking = tracking

    @property
    def rules(self) -> RuleBook:
        return self.tracking.rules

    def board(self, now: datetime | None = None) -> Board:
        at = now or self.tracking.clock()
        assessments, _ = self.tracking.assess_open(at)
        with self.tracking.uow() as uow:
            # Lost shipments came with the open ones (the auto-cancel reminder still applies to them).
            settled, _ = Deliveries(uow.session).tracks(statuses=(S.DAMAGED, S.RETURNED, S.DELIVERED))
        return self.compose(at, assessments.values(), settled.values())

    def compose(
        self, at: datetime, assessments: Iterable[Assessment], settled: Iterable[DeliveryTrack]
    ) -> Board:
        """The board from the open shipments' assessments and the settled (Damaged, Returned,
        Delivered) tracks, wherever they were read from (this station, or the central store)."""
        claims = self.rules.claims
        out = Board(at)
        for result in assessments:
            track = result.track
            if track.status in EXCEPTION_STATUSES:
                row = self._row(track, at)
                if not row.claims or any(not c.expired for c in row.claims):
                    out.rows.append(row)
            for risk in result.risks:
                out.rows.append(
                    BoardRow(
                        track.order_id,
                        track.channel,
                        track.carrier,
                        track.status.value,
                        str(risk.rule),
                        risk.message,
                        risk.due_at,
                        at_risk=True,
                    )
                )
        for track in settled:
            if track.status is S.DELIVERED:
                if (
                    track.rule == Rule.REOPENED
                    and track.verdict_at
                    and at - track.verdict_at < timedelta(days=7)
                ):
                    out.rows.append(
                        BoardRow(
                            track.order_id,
                            track.channel,
                            track.carrier,
                            track.status.value,
                            track.rule,
                            track.note,
                            track.verdict_at,
                        )
                    )
                continue
            row = self._row(track, at)
            deadlines = claim_deadlines(track, claims)
            if not deadlines or any(not c.expired for c in row.claims):
                out.rows.append(row)
        return out

    def _row(self, track: DeliveryTrack, at: datetime) -> BoardRow:
        deadlines = claim_deadlines(track, self.rules.claims)
        return BoardRow(
            track.order_id,
            track.channel,
            track.carrier,
            track.status.value,
            track.rule,
            track.note,
            track.verdict_at,
            claims=tuple(ClaimLeft(name, when, when - at) for name, when in deadlines.items()),
        )

    def weekly(self, now: datetime | None = None, weeks: int = 8) -> list[WeekCarrier]:
        """Per carrier per week: delivered, delivered on time (never Delayed or Lost), exceptions."""
        at = now or self.tracking.clock()
        monday = (at - timedelta(days=at.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
        since = monday - timedelta(weeks=weeks - 1)
        e, o = EventRow.__table__.c, OrderRow.__table__.c
        stmt = (
            select(e.order_id, e.occurred_at, e.payload, o.carrier)
            .select_from(EventRow.__table__.join(OrderRow.__table__, o.order_id == e.order_id))
            .where(e.type == "DeliveryStatusSet", e.occurred_at >= since, e.occurred_at <= at)
            .order_by(e.seq)
        )
        with self.tracking.uow() as uow:
            rows = list(uow.session.execute(stmt))
        return weekly_counts(rows)


def weekly_counts(rows: Iterable[Any]) -> list[WeekCarrier]:
    """(order id, time, DeliveryStatusSet payload, carrier) in the order recorded -> weeks per carrier."""
    counts: dict[tuple[datetime, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    late: set[str] = set()
    for order_id, when, payload, carrier in rows:
        status = OrderStatus((payload or {}).get("status", "Shipped"))
        week = (when - timedelta(days=when.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
        cell = counts[(week, carrier or "-")]
        if status is S.DELIVERED:
            cell[0] += 1
            if order_id not in late:
                cell[1] += 1
        elif status in EXCEPTION_STATUSES:
            cell[2] += 1
            if status in (S.DELAYED, S.LOST):
                late.add(order_id)
    return [WeekCarrier(w, c, *v) for (w, c), v in sorted(counts.items())]
