"""Retention of packing video on the station: keep N days or M GB, oldest first, never evidence in use.

An order's video files are removed only when the central store has confirmed an intact copy of
every one of them (the sync's blob receipts), and never while the order has an open dispute
(flagged), is on hold (an exception) or was returned. Each purge keeps the segment records and
their chain (verify then reports the files as purged, not missing) and is recorded as an event.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.domain.events import VideoPurged
from packstation.domain.orders import OrderStatus
from packstation.evidence.blobs import BlobStore
from packstation.store.tables import OrderRow
from packstation.store.uow import UnitOfWorkFactory
from packstation.store.video_tables import VideoPurgeRow, VideoRecordingRow, VideoSegmentRow
from packstation.sync import state

GB = 1_000_000_000
PROTECTED_STATUSES = (OrderStatus.ON_HOLD.value, OrderStatus.RETURNED.value)


@dataclass
class PurgeReport:
    purged_orders: list[str] = field(default_factory=list)
    segments: int = 0
    bytes: int = 0
    kept_not_synced: list[str] = field(default_factory=list)  # central copy not confirmed yet
    kept_protected: list[str] = field(default_factory=list)  # dispute, exception or return open
    kept_bytes: int = 0

    def summary(self) -> str:
        return (
            f"purged {self.segments} video segments ({self.bytes / 1e6:.1f} MB) of {len(self.purged_orders)} "
            f"orders; kept {len(self.kept_not_synced)} not yet synced, {len(self.kept_protected)} protected"
        )


def protected_orders(session: Session, order_ids: set[str]) -> set[str]:
    """Orders whose video must stay: open dispute (flagged), on hold, returned."""
    if not order_ids:
        return set()
    rows = session.execute(
        select(OrderRow.order_id, OrderRow.status, OrderRow.flagged).where(OrderRow.order_id.in_(order_ids))
    ).all()
    return {r.order_id for r in rows if r.flagged or r.status in PROTECTED_STATUSES}


class VideoRetention:
    """`purge()` once a day (and when the disk warning fires); `extra_protected` adds other rules
    (open return or exception records of other modules) as a function of the session and order ids."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        station: str,
        blob_root: Path,
        days: float = 120.0,
        max_gb: float = 0.0,
        *,
        extra_protected: Callable[[Session, set[str]], set[str]] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.uow, self.station, self.blobs = uow, station, BlobStore(blob_root)
        self.days, self.max_bytes = days, int(max_gb * GB)
        self.extra_protected, self.clock = extra_protected, clock

    def purge(self, dry_run: bool = False) -> PurgeReport:
        """Remove what the rules allow (or, with `dry_run`, only say what would go)."""
        now = self.clock()
        report = PurgeReport()
        with self.uow() as uow:
            s = uow.session
            purged = set(s.scalars(select(VideoPurgeRow.segment_id)))
            busy = set(
                s.scalars(
                    select(VideoRecordingRow.id).where(VideoRecordingRow.status.in_(("recording", "paused")))
                )
            )
            rows = [
                r
                for r in s.scalars(
                    select(VideoSegmentRow)
                    .where(VideoSegmentRow.station == self.station)
                    .order_by(VideoSegmentRow.started_at)
                )
                if r.id not in purged and r.recording_id not in busy
            ]
            by_order: dict[str, list[VideoSegmentRow]] = {}
            for row in rows:
                by_order.setdefault(row.order_id, []).append(row)
            orders = set(by_order)
            keep = protected_orders(s, orders)
            if self.extra_protected is not None:
                keep |= self.extra_protected(s, orders)
            confirmed = state.confirmed_blobs(s.connection())
        total = sum(r.size for r in rows)
        cutoff = now - timedelta(days=self.days)
        # Oldest order first: by age, then (if a size cap is set) until the station is under it.
        for order_id, segs in sorted(by_order.items(), key=lambda kv: kv[1][-1].ended_at):
            too_old = segs[-1].ended_at < cutoff
            too_big = bool(self.max_bytes) and total > self.max_bytes
            if not (too_old or too_big):
                continue
            size = sum(r.size for r in segs)
            if order_id in keep:
                report.kept_protected.append(order_id)
                report.kept_bytes += size
                continue
            if any(r.sha256 not in confirmed for r in segs):
                report.kept_not_synced.append(order_id)
                report.kept_bytes += size
                continue
            reason = (
                f"older than {self.days:g} days" if too_old else f"station over {self.max_bytes / GB:g} GB"
            )
            if not dry_run:
                self._purge_order(order_id, segs, reason, now)
            report.purged_orders.append(order_id)
            report.segments += len(segs)
            report.bytes += size
            total -= size
        return report

    def _purge_order(self, order_id: str, segs: list[VideoSegmentRow], reason: str, now: datetime) -> None:
        with self.uow() as uow:
            for row in segs:
                uow.session.add(
                    VideoPurgeRow(segment_id=row.id, order_id=order_id, purged_at=now, reason=reason)
                )
            uow.record(
                VideoPurged(
                    order_id=order_id,
                    station=self.station,
                    user="system",
                    segments=len(segs),
                    bytes=sum(r.size for r in segs),
                    reason=reason,
                )  # fmt: skip
            )
            uow.commit()
        # Recorded first, removed after: a crash in between leaves a file too many, never one lost unrecorded.
        shared = self._still_needed({r.sha256 for r in segs})
        for row in segs:
            if row.sha256 in shared:
                continue
            with contextlib.suppress(OSError, ValueError):
                self.blobs.path(row.blob_key).unlink(missing_ok=True)

    def _still_needed(self, shas: set[str]) -> set[str]:
        """Content another, unpurged segment still points at (identical files are stored once)."""
        with self.uow() as uow:
            purged = set(uow.session.scalars(select(VideoPurgeRow.segment_id)))
            rows = uow.session.execute(
                select(VideoSegmentRow.id, VideoSegmentRow.sha256).where(VideoSegmentRow.sha256.in_(shas))
            ).all()
        return {r.sha256 for r in rows if r.id not in purged}
