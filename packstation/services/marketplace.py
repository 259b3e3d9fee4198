"""Marketplace connectors: pull, push and status for each configured channel, and a background worker.

`ChannelWorker.run_once()` is what a timer calls (the station window's background runner, or
`packstation tiktok pull|push`): it pulls when a pull is due, pushes when a push is due, and records
the last error instead of raising, so one unreachable marketplace never stops the station.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from packstation.channels.base import Channel, ChannelError
from packstation.channels.state import ChannelState
from packstation.config import StationConfig, TikTokConfig
from packstation.services.marketplace_cancel import CancelReport, MarketplaceCancel
from packstation.services.marketplace_pull import MarketplacePull, PullReport
from packstation.services.marketplace_push import REFUSED, MarketplacePush, PushReport
from packstation.services.marketplace_tracking import MarketplaceTracking, TrackingRound
from packstation.store.tables import ChannelShipmentRow
from packstation.store.uow import UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class ChannelStatus:
    """What `packstation tiktok status` and the settings page show."""

    channel: str
    last_pull: dict | None
    last_push: dict | None
    backlog: int
    refused: int
    last_error: str
    token_expires_at: datetime | None
    errors: list[str] = field(default_factory=list)
    last_tracking: dict | None = None

    def as_dict(self) -> dict:
        return {
            "channel": self.channel,
            "last_pull": self.last_pull,
            "last_push": self.last_push,
            "backlog": self.backlog,
            "refused": self.refused,
            "last_error": self.last_error,
            "token_expires_at": self.token_expires_at.isoformat() if self.token_expires_at else None,
            "errors": self.errors,
            "last_tracking": self.last_tracking,
        }


@dataclass
class WorkerRound:
    pull: PullReport | None = None
    push: PushReport | None = None
    error: str = ""
    tracking: TrackingRound | None = None
    cancel: CancelReport | None = None


class MarketplaceConnector:
    """Pull, push and status of one channel."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        channel: Channel,
        station: str,
        *,
        provider_ids: dict[str, str] | None = None,
        provider_names: dict[str, str] | None = None,
        correction_window: timedelta = timedelta(hours=72),
    ) -> None:
        self.uow = uow_factory
        self.channel = channel
        self.pull_service = MarketplacePull(uow_factory, channel, station)
        self.push_service = MarketplacePush(
            uow_factory,
            channel,
            station,
            provider_ids=provider_ids,
            provider_names=provider_names,
            correction_window=correction_window,
        )
        self.cancel_service = MarketplaceCancel(uow_factory, channel, station)

    @classmethod
    def for_tiktok(
        cls,
        uow_factory: Callable[[], UnitOfWork],
        config: TikTokConfig,
        station: str,
        provider_names: dict[str, str] | None = None,
        environ: dict[str, str] | None = None,
    ) -> MarketplaceConnector:
        from packstation.channels.credentials import build_tiktok

        channel = build_tiktok(config, uow_factory, environ)
        return cls(
            uow_factory,
            channel,
            station,
            provider_ids=config.provider_ids,
            provider_names=provider_names,
            correction_window=timedelta(hours=config.tracking_correction_hours),
        )

    def pull(self, now: datetime | None = None) -> PullReport:
        return self._guard(lambda: self.pull_service.run(now), now)

    def push(self, now: datetime | None = None) -> PushReport:
        report = self._guard(lambda: self.push_service.run(now), now)
        if report.stopped:
            self._error(report.stopped, now)
        return report

    def cancel(self, now: datetime | None = None) -> CancelReport:
        """Push the queued out-of-stock cancellations (a failure is kept as the last error, never
        cleared here: the push before it says whether the marketplace answers)."""
        report = self.cancel_service.run(now)
        if report.stopped:
            self._error(report.stopped, now)
        return report

    def _guard(self, work: Callable, now: datetime | None):  # type: ignore[no-untyped-def,type-arg]
        try:
            result = work()
        except ChannelError as exc:
            self._error(str(exc), now)
            raise
        self._error("", now)
        return result

    def _error(self, text: str, now: datetime | None) -> None:
        with self.uow() as uow:
            state = ChannelState(uow.session, self.channel.name)
            if text or state.get("last_error"):
                state.set("last_error", text, now)
                uow.commit()

    def status(self) -> ChannelStatus:
        name = self.channel.name
        backlog = len(self.push_service.backlog())
        with self.uow() as uow:
            state = ChannelState(uow.session, name)
            refused = uow.session.scalar(
                select(func.count())
                .select_from(ChannelShipmentRow)
                .where(ChannelShipmentRow.channel == name, ChannelShipmentRow.state == REFUSED)
            )
            recent = uow.session.execute(
                select(ChannelShipmentRow.order_id, ChannelShipmentRow.reason)
                .where(ChannelShipmentRow.channel == name, ChannelShipmentRow.state != "shipped")
                .order_by(ChannelShipmentRow.updated_at.desc())
                .limit(10)
            ).all()
            return ChannelStatus(
                channel=name,
                last_pull=state.get("last_pull"),
                last_push=state.get("last_push"),
                backlog=backlog,
                refused=int(refused or 0),
                last_error=str(state.get("last_error", "") or ""),
                token_expires_at=self.channel.token_expires_at(),
                errors=[f"{order_id}: {reason}" for order_id, reason in recent],
                last_tracking=state.get("last_tracking"),
            )


class ChannelWorker:
    """Runs pull and push of one connector on their own intervals; Qt-free, for a background timer."""

    def __init__(
        self,
        connector: MarketplaceConnector,
        *,
        pull_every_s: float = 120.0,
        push_every_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        tracking: MarketplaceTracking | None = None,
        tracking_every_s: float = 900.0,
    ) -> None:
        self.connector = connector
        self.pull_every_s, self.push_every_s = pull_every_s, push_every_s
        self.clock = clock
        self.tracking, self.tracking_every_s = tracking, tracking_every_s
        self._next_pull = self._next_push = self._next_tracking = 0.0

    def run_once(self, now: datetime | None = None) -> WorkerRound:
        """One round: whatever is due. Errors are recorded (status) and returned, never raised."""
        result = WorkerRound()
        tick = self.clock()
        try:
            if tick >= self._next_pull:
                self._next_pull = tick + self.pull_every_s
                result.pull = self.connector.pull(now)
            if tick >= self._next_push:
                self._next_push = tick + self.push_every_s
                result.push = self.connector.push(now)
                result.cancel = self.connector.cancel(now)
            if self.tracking is not None and self.tracking_every_s > 0 and tick >= self._next_tracking:
                self._next_tracking = tick + self.tracking_every_s
                result.tracking = self.tracking.run(now)
        except ChannelError as exc:
            result.error = str(exc)
            log.warning("%s connector: %s", self.connector.channel.name, exc)
        return result


def build_marketplace_worker(
    uow_factory: Callable[[], UnitOfWork], config: StationConfig, watch: Any = None
) -> ChannelWorker | None:
    """The TikTok Shop worker when `[channels.tiktok] enabled` and set up, else None (for compose()).

    With the station's delivery watch (`watch`), the worker also feeds the shop's tracking updates in."""
    tiktok = config.channels.tiktok
    if not tiktok.enabled:
        return None
    try:
        connector = MarketplaceConnector.for_tiktok(
            uow_factory, tiktok, config.station, config.channels.provider_names
        )
    except ChannelError as exc:
        log.warning("TikTok Shop connector not started: %s", exc)
        return None
    tracking = (
        MarketplaceTracking(uow_factory, connector.channel, watch, per_round=tiktok.tracking_per_round)
        if watch is not None
        else None
    )
    return ChannelWorker(
        connector,
        pull_every_s=tiktok.pull_every_s,
        push_every_s=tiktok.push_every_s,
        tracking=tracking,
        tracking_every_s=tiktok.tracking_every_s,
    )
