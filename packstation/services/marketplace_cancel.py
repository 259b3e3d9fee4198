"""Out-of-stock cancellations to a marketplace: queued with the supervisor's decision, pushed by the worker.

Outbox-like: `queue_cancellation` writes the order's entry in the caller's unit of work (the same
transaction as the `StockDecided` event); `MarketplaceCancel.run` asks the marketplace for each queued
entry. An accepted cancellation keeps the marketplace's `cancel_id` (and a `CancellationReported` event on
the order's timeline) and is never asked again; a refusal keeps the marketplace's words (and a
`CancellationRefused` event, and the order's flag) until a supervisor decides again; a network failure is
retried on later runs with a growing pause. The client's rate limiter paces the calls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from packstation.channels.base import Channel, ChannelError, ChannelRefused
from packstation.channels.state import ChannelState
from packstation.domain.events import CancellationRefused, CancellationReported
from packstation.store.base import utcnow
from packstation.store.uow import UnitOfWork

# TikTok Shop's seller cancellation reason for an item out of stock.
OUT_OF_STOCK_CANCEL_REASON = "seller_cancel_reason_out_of_stock"
PREFIX = "cancel."
QUEUED, CANCELLED, REFUSED, FAILED = "queued", "cancelled", "refused", "failed"


@dataclass(frozen=True)
class Cancellation:
    """One order's cancellation as the station knows it."""

    order_id: str
    state: str  # queued | cancelled | refused | failed
    cancel_reason: str = OUT_OF_STOCK_CANCEL_REASON
    cancel_id: str = ""
    reason: str = ""  # the marketplace's words for a refusal, the error for a failure
    attempts: int = 0
    updated_at: str = ""

    def words(self, channel: str) -> str:
        if self.state == CANCELLED:
            return f"cancelled on {channel} (cancel id {self.cancel_id})"
        if self.state == REFUSED:
            return f"{channel} refused the cancellation: {self.reason}"
        if self.state == FAILED:
            return f"cancellation not sent yet ({self.attempts} tries): {self.reason}"
        return f"cancellation queued for {channel}"

    def as_json(self) -> dict[str, Any]:
        return {
            "state": self.state, "cancel_reason": self.cancel_reason, "cancel_id": self.cancel_id,
            "reason": self.reason, "attempts": self.attempts, "updated_at": self.updated_at,
        }  # fmt: skip


def _from_json(order_id: str, raw: Any) -> Cancellation | None:
    if not isinstance(raw, dict) or raw.get("state") not in (QUEUED, CANCELLED, REFUSED, FAILED):
        return None
    return Cancellation(
        order_id,
        str(raw["state"]),
        str(raw.get("cancel_reason") or OUT_OF_STOCK_CANCEL_REASON),
        str(raw.get("cancel_id") or ""),
        str(raw.get("reason") or ""),
        int(raw.get("attempts") or 0),
        str(raw.get("updated_at") or ""),
    )


def queue_cancellation(
    uow: UnitOfWork, channel: str, order_id: str, now: datetime | None = None
) -> Cancellation:
    """Queue the order's out-of-stock cancellation in the caller's transaction (idempotent: an order the
    marketplace cancelled already stays cancelled; a refused or failed one is queued afresh)."""
    state = ChannelState(uow.session, channel)
    known = _from_json(order_id, state.get(PREFIX + order_id))
    if known is not None and known.state in (CANCELLED, QUEUED):
        return known
    at = now or utcnow()
    entry = Cancellation(order_id, QUEUED, updated_at=at.isoformat())
    state.set(PREFIX + order_id, entry.as_json(), at)
    return entry


def cancellations(uow: UnitOfWork, channel: str) -> dict[str, Cancellation]:
    """Every order's cancellation entry for this channel, by order id."""
    out = {}
    for key, raw in ChannelState(uow.session, channel).all().items():
        if key.startswith(PREFIX):
            found = _from_json(key.removeprefix(PREFIX), raw)
            if found is not None:
                out[found.order_id] = found
    return out


@dataclass
class CancelReport:
    cancelled: list[tuple[str, str]] = field(default_factory=list)  # (order id, cancel id)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (order id, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)
    waiting: int = 0  # failed earlier, pausing before the next try
    stopped: str = ""  # the marketplace is unreachable: the run stopped here


class MarketplaceCancel:
    """Pushes the queued out-of-stock cancellations of one channel."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        channel: Channel,
        station: str,
        *,
        retry_base: timedelta = timedelta(seconds=30),
    ) -> None:
        self.uow, self.channel, self.station, self.retry_base = uow_factory, channel, station, retry_base

    def backlog(self) -> list[Cancellation]:
        with self.uow() as uow:
            known = cancellations(uow, self.channel.name)
        return sorted((c for c in known.values() if c.state in (QUEUED, FAILED)), key=lambda c: c.order_id)

    def run(self, now: datetime | None = None) -> CancelReport:
        now = now or utcnow()
        report = CancelReport()
        for entry in self.backlog():
            if entry.state == FAILED and now < _at(entry.updated_at) + self._pause(entry.attempts):
                report.waiting += 1
                continue
            try:
                cancel_id = self.channel.cancel_order(entry.order_id, entry.cancel_reason)
            except ChannelRefused as exc:
                self._refused(entry, exc.reason, str(exc.code), now)
                report.refused.append((entry.order_id, exc.reason))
                continue
            except ChannelError as exc:
                self._failed(entry, str(exc), now)
                report.failed.append((entry.order_id, str(exc)))
                report.stopped = str(exc)
                break
            self._cancelled(entry, cancel_id, now)
            report.cancelled.append((entry.order_id, cancel_id))
        return report

    def _pause(self, attempts: int) -> timedelta:
        return min(timedelta(hours=1), self.retry_base * (2 ** max(0, attempts - 1)))

    def _write(self, uow: UnitOfWork, entry: Cancellation, now: datetime, **changes: Any) -> None:
        data = {**entry.as_json(), **changes, "updated_at": now.isoformat()}
        ChannelState(uow.session, self.channel.name).set(PREFIX + entry.order_id, data, now)

    def _cancelled(self, entry: Cancellation, cancel_id: str, now: datetime) -> None:
        name = self.channel.name
        with self.uow() as uow:
            self._write(uow, entry, now, state=CANCELLED, cancel_id=cancel_id, reason="",
                        attempts=entry.attempts + 1)  # fmt: skip
            uow.record(
                CancellationReported(
                    order_id=entry.order_id, station=self.station, user=name, occurred_at=now,
                    channel=name, cancel_id=cancel_id, cancel_reason=entry.cancel_reason,
                )
            )  # fmt: skip
            uow.commit()

    def _refused(self, entry: Cancellation, reason: str, code: str, now: datetime) -> None:
        name = self.channel.name
        with self.uow() as uow:
            self._write(uow, entry, now, state=REFUSED, reason=reason, attempts=entry.attempts + 1)
            row = uow.orders.row(entry.order_id)
            if row is not None:
                row.flagged = f"{name} refused the out-of-stock cancellation: {reason}"
                row.updated_at = now
            uow.record(
                CancellationRefused(
                    order_id=entry.order_id, station=self.station, user=name, occurred_at=now,
                    channel=name, reason=reason, code=code,
                )
            )  # fmt: skip
            uow.commit()

    def _failed(self, entry: Cancellation, error: str, now: datetime) -> None:
        with self.uow() as uow:
            self._write(uow, entry, now, state=FAILED, reason=error, attempts=entry.attempts + 1)
            uow.commit()


def _at(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return datetime.min.replace(tzinfo=utcnow().tzinfo)
