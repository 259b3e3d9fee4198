"""Packer metrics from the event log: orders per hour, time per step, wrong-scan rate, exceptions.

Definitions (what a supervisor reads on the metrics page):
- An order is *done* by a packer when it is Photographed (it leaves the bench); Shipped is the
  carrier handover, timed as its own step.
- Each event counts for the *packer working the order*: the user of the order's latest
  OrderConfirmed before it (a supervisor's override at a bench counts for that bench's packer),
  and for the station it happened at.
- *Active hours* are the packer's (or station's) working sessions: consecutive events less than
  `SESSION_GAP` apart form one session, from its first to its last event. Orders per hour is orders
  done / active hours, so breaks and idle shifts do not dilute it.
- *Time per step* runs from the event that starts a step to the one that ends it (the latest start
  before the end, so a requeued order is timed from its last confirmation); it counts in the period
  when the step ended.
- *Wrong-scan rate* is ScanRejected / (UnitScanned + ScanRejected).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.store.tables import EventRow
from packstation.store.uow import UnitOfWorkFactory

SESSION_GAP = timedelta(minutes=15)
LOOKBACK = timedelta(hours=12)  # how far before the period a step's start (or confirmation) is looked for
STEPS: tuple[tuple[str, str, str], ...] = (
    ("pick", "OrderConfirmed", "OrderPicked"),
    ("pack", "OrderPicked", "OrderPacked"),
    ("label", "OrderPacked", "OrderLabelled"),
    ("photo", "OrderLabelled", "OrderPhotographed"),
    ("handover", "OrderPhotographed", "OrderShipped"),
)
STEP_NAMES: tuple[str, ...] = tuple(name for name, _, _ in STEPS)
EXCEPTIONS: dict[str, str] = {
    "OrderHeld": "holds",
    "WeightOverridden": "overrides",
    "PhotosWaived": "waivers",
    "ScanUndone": "undos",
}
EXCEPTION_NAMES: tuple[str, ...] = tuple(EXCEPTIONS.values())
DONE = "OrderPhotographed"
SCAN_OK, SCAN_WRONG = "UnitScanned", "ScanRejected"
OWN_WORK = {b for _, _, b in STEPS} | {SCAN_OK, SCAN_WRONG, "ScanUndone", "OrderConfirmed"}
TYPES = {t for _, a, b in STEPS for t in (a, b)} | set(EXCEPTIONS) | {SCAN_OK, SCAN_WRONG}


class MetricsError(ValueError):
    """A period the metrics cannot be computed for."""


@dataclass(frozen=True)
class StepStats:
    count: int
    mean_s: float
    median_s: float


@dataclass
class GroupMetrics:
    """The figures for one packer, one station, or everyone."""

    key: str
    orders: int = 0
    active_s: float = 0.0
    scans: int = 0
    wrong_scans: int = 0
    steps: dict[str, StepStats] = field(default_factory=dict)
    exceptions: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EXCEPTION_NAMES, 0))
    hourly: dict[datetime, int] = field(default_factory=dict)  # orders done per hour (UTC, start of hour)

    @property
    def active_hours(self) -> float:
        return self.active_s / 3600

    @property
    def orders_per_hour(self) -> float | None:
        return self.orders / self.active_hours if self.active_s > 0 else None

    @property
    def wrong_scan_rate(self) -> float | None:
        return self.wrong_scans / self.scans if self.scans else None

    @property
    def exceptions_total(self) -> int:
        return sum(self.exceptions.values())


@dataclass
class MetricsReport:
    since: datetime
    until: datetime
    total: GroupMetrics
    by_packer: list[GroupMetrics]
    by_station: list[GroupMetrics]

    def packer(self, user: str) -> GroupMetrics | None:
        return next((g for g in self.by_packer if g.key == user), None)

    def station(self, name: str) -> GroupMetrics | None:
        return next((g for g in self.by_station if g.key == name), None)


@dataclass(frozen=True)
class _Ev:
    seq: int
    order_id: str
    type: str
    station: str
    user: str
    at: datetime


class _Group:
    """Accumulates one group's raw observations before they become `GroupMetrics`."""

    def __init__(self, key: str) -> None:
        self.out = GroupMetrics(key)
        self.times: list[datetime] = []
        self.durations: dict[str, list[float]] = defaultdict(list)

    def finish(self) -> GroupMetrics:
        self.out.active_s = active_seconds(self.times)
        self.out.steps = {
            name: StepStats(len(v), statistics.fmean(v), statistics.median(v))
            for name, v in self.durations.items()
            if v
        }
        self.out.hourly = dict(sorted(self.out.hourly.items()))
        return self.out


def active_seconds(times: Iterable[datetime], gap: timedelta = SESSION_GAP) -> float:
    """Total length of working sessions: runs of timestamps less than `gap` apart."""
    ordered = sorted(times)
    if not ordered:
        return 0.0
    total, start, last = 0.0, ordered[0], ordered[0]
    for t in ordered[1:]:
        if t - last >= gap:
            total += (last - start).total_seconds()
            start = t
        last = t
    return total + (last - start).total_seconds()


def compute(events: Iterable[_Ev], since: datetime, until: datetime) -> MetricsReport:
    """Fold events (ordered by time) into per-packer, per-station and total metrics."""
    packer_of: dict[str, str] = {}
    last_of: dict[tuple[str, str], datetime] = {}
    total = _Group("all")
    packers: dict[str, _Group] = {}
    stations: dict[str, _Group] = {}
    for ev in events:
        if ev.type == "OrderConfirmed":
            packer_of[ev.order_id] = ev.user
        in_period = since <= ev.at < until
        if in_period:
            # The person who did the work gets the credit (a second packer who weighs, labels and
            # photographs is credited with those); a supervisor's decision counts for the bench's packer.
            packer = ev.user if ev.type in OWN_WORK else packer_of.get(ev.order_id, ev.user)
            groups = [
                total,
                packers.setdefault(packer, _Group(packer)),
                stations.setdefault(ev.station, _Group(ev.station)),
            ]
            for group in groups:
                _observe(group, ev, last_of)
        last_of[(ev.order_id, ev.type)] = ev.at
    return MetricsReport(
        since,
        until,
        total.finish(),
        [g.finish() for _, g in sorted(packers.items())],
        [g.finish() for _, g in sorted(stations.items())],
    )


def _observe(group: _Group, ev: _Ev, last_of: dict[tuple[str, str], datetime]) -> None:
    out = group.out
    group.times.append(ev.at)
    if ev.type == DONE:
        out.orders += 1
        hour = ev.at.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        out.hourly[hour] = out.hourly.get(hour, 0) + 1
    if ev.type in (SCAN_OK, SCAN_WRONG):
        out.scans += 1
        out.wrong_scans += ev.type == SCAN_WRONG
    if ev.type in EXCEPTIONS:
        out.exceptions[EXCEPTIONS[ev.type]] += 1
    for name, start, end in STEPS:
        if ev.type == end and (began := last_of.get((ev.order_id, start))) is not None:
            group.durations[name].append((ev.at - began).total_seconds())


class MetricsService:
    """Packer and station metrics over a period, for supervisors."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self.uow = uow

    def report(
        self,
        actor: Actor,
        since: datetime,
        until: datetime,
        *,
        packer: str | None = None,
        station: str | None = None,
    ) -> MetricsReport:
        """Metrics for events in [since, until); optionally only one packer's orders or one station."""
        actor.require(Role.SUPERVISOR, translate("Metrics", "Viewing packer metrics"))
        if since.tzinfo is None or until.tzinfo is None:
            raise MetricsError("The period needs time zones.")
        if since >= until:
            raise MetricsError("The period is empty: 'from' must be before 'to'.")
        stmt = (
            select(
                EventRow.seq,
                EventRow.order_id,
                EventRow.type,
                EventRow.station,
                EventRow.user,
                EventRow.occurred_at,
            )
            .where(
                EventRow.occurred_at >= since - LOOKBACK,
                EventRow.occurred_at < until,
                EventRow.type.in_(sorted(TYPES)),
            )
            .order_by(EventRow.occurred_at, EventRow.seq)
        )
        if station:
            stmt = stmt.where(EventRow.station == station)
        if packer:
            confirmed = select(EventRow.order_id).where(
                EventRow.user == packer,
                EventRow.type == "OrderConfirmed",
                EventRow.occurred_at >= since - LOOKBACK,
                EventRow.occurred_at < until,
            )
            stmt = stmt.where(EventRow.order_id.in_(confirmed))
        with self.uow() as uow:
            rows = uow.session.execute(stmt).all()
        report = compute((_Ev(*row) for row in rows), since, until)
        if packer:
            report.by_packer = [g for g in report.by_packer if g.key == packer]
        return report


def returns_per_sku_and_reason(
    uow: UnitOfWorkFactory, actor: Actor, since: datetime, until: datetime
) -> list[tuple[str, str, int]]:
    """(sku, reason, units) of units checked at returns in [since, until), most units first."""
    from sqlalchemy import func

    from packstation.store.return_tables import ReturnUnitRow

    actor.require(Role.SUPERVISOR, translate("Metrics", "Viewing return metrics"))
    if since.tzinfo is None or until.tzinfo is None or since >= until:
        raise MetricsError("The period needs time zones and 'from' before 'to'.")
    u = ReturnUnitRow
    stmt = (
        select(u.sku, u.outcome, func.count())
        .where(u.scanned_at >= since, u.scanned_at < until)
        .group_by(u.sku, u.outcome)
        .order_by(func.count().desc(), u.sku, u.outcome)
    )
    with uow.read() as w:
        return [(sku, outcome, int(n)) for sku, outcome, n in w.session.execute(stmt)]
