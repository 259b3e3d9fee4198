"""Push to a marketplace: after handover, ship each package with its tracking number and provider.

A refusal is kept on the shipment row and shown on the order (its flag) in the marketplace's words; a
network failure is retried on later runs with a growing pause. A tracking number changed after the
marketplace's correction window (72 h) is refused here, before asking, with a message that says so.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from packstation.channels.base import Channel, ChannelError, ChannelRefused
from packstation.channels.providers import ProviderNames
from packstation.channels.sheets import add_reported
from packstation.channels.shipments import Shipment, handed_over
from packstation.channels.state import ChannelState
from packstation.domain.events import ShipmentRefused, ShipmentReported
from packstation.store.base import utcnow
from packstation.store.tables import ChannelOrderRow, ChannelShipmentRow
from packstation.store.uow import UnitOfWork

SHIPPED, REFUSED, FAILED = "shipped", "refused", "failed"
_NOT_SENT = ChannelError("not sent: the marketplace stopped answering")


@dataclass(frozen=True)
class _Task:
    shipment: Shipment
    package_id: str
    tracking: str
    provider: str
    correction: bool


@dataclass
class PushReport:
    shipped: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (order id, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)
    waiting: int = 0  # failed earlier, pausing before the next try
    backlog: int = 0
    stopped: str = ""  # the marketplace is unreachable: the run stopped here


class MarketplacePush:
    """Reports handed-over orders of one channel as shipped, package by package."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        channel: Channel,
        station: str,
        *,
        provider_ids: dict[str, str] | None = None,
        provider_names: dict[str, str] | None = None,
        correction_window: timedelta = timedelta(hours=72),
        retry_base: timedelta = timedelta(seconds=30),
        senders: int = 4,
        lookback: timedelta = timedelta(days=14),
    ) -> None:
        self.uow = uow_factory
        self.channel = channel
        self.station = station
        self.provider_ids = {k.casefold(): v for k, v in (provider_ids or {}).items()}
        self.names = ProviderNames(provider_names)
        self.window = correction_window
        self.retry_base = retry_base
        self.senders = max(1, senders)
        self.lookback = lookback

    def backlog(
        self, now: datetime | None = None
    ) -> list[tuple[Shipment, ChannelOrderRow, dict[str, ChannelShipmentRow]]]:
        """Orders of this channel handed over within `lookback` with a package not yet reported with its
        tracking number (older ones are past any correction window: the sheet or Seller Center)."""
        name = self.channel.name
        since = (now or utcnow()) - self.lookback
        with self.uow() as uow:
            shipments = handed_over(uow.session, channel=name, since=since)
            ids = [s.order_id for s in shipments]
            facts: dict[str, ChannelOrderRow] = {}
            rows: dict[str, dict[str, ChannelShipmentRow]] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for known in uow.session.scalars(
                    select(ChannelOrderRow).where(ChannelOrderRow.order_id.in_(chunk))
                ):
                    facts[known.order_id] = known
                for r in uow.session.scalars(
                    select(ChannelShipmentRow).where(
                        ChannelShipmentRow.channel == name, ChannelShipmentRow.order_id.in_(chunk)
                    )
                ):
                    rows.setdefault(r.order_id, {})[r.package_id] = r
        out = []
        for s in shipments:
            fact = facts.get(s.order_id)
            if fact is None or fact.channel != name or fact.shipping_type != "SELLER" or not fact.package_ids:
                continue
            done = rows.get(s.order_id, {})
            pairs = _pairs(s, fact)
            if not pairs:  # nothing the marketplace can take: refused once, before asking
                if str(fact.package_ids[0]) not in done:
                    out.append((s, fact, done))
                continue
            if any(
                p not in done or done[p].state != SHIPPED or done[p].tracking_number != t for p, t in pairs
            ):
                out.append((s, fact, done))
        return out

    def run(self, now: datetime | None = None) -> PushReport:
        now = now or utcnow()
        report = PushReport()
        work = self.backlog(now)
        report.backlog = len(work)
        tasks: list[_Task] = []
        for shipment, fact, done in work:
            try:
                tasks.extend(self._plan(shipment, fact, done, now, report))
            except ChannelRefused as exc:  # the provider list itself was refused
                self._refuse(shipment, str(fact.package_ids[0]), exc.reason, str(exc.code), now, report)
            except ChannelError as exc:
                report.stopped = str(exc)
                break
        if not report.stopped:
            self._send(tasks, now, report)
        with self.uow() as uow:
            ChannelState(uow.session, self.channel.name).set(
                "last_push",
                {"at": now.isoformat(), "shipped": len(report.shipped), "refused": len(report.refused),
                 "failed": len(report.failed), "stopped": report.stopped},
                now,
            )  # fmt: skip
            uow.commit()
        return report

    def _send(self, tasks: list[_Task], now: datetime, report: PushReport) -> None:
        """The API calls run on a few threads (the client's rate limiter paces them all); each outcome
        is written here, one transaction per package, as the answers come back in order."""
        stop = threading.Event()

        def call(task: _Task) -> tuple[_Task, BaseException | None]:
            if stop.is_set():
                return task, _NOT_SENT
            try:
                if task.correction:
                    self.channel.correct_tracking(task.package_id, task.tracking, task.provider)
                else:
                    self.channel.ship_package(task.package_id, task.tracking, task.provider)
            except ChannelError as exc:
                if not isinstance(exc, ChannelRefused):
                    stop.set()
                return task, exc
            return task, None

        with ThreadPoolExecutor(max_workers=self.senders, thread_name_prefix="marketplace-push") as pool:
            futures = [pool.submit(call, task) for task in tasks]
            index = 0
            while index < len(futures):
                # Wait for the next answer, then take every answer already in: one commit for them all
                # (one per answer when the API is the slow side, fewer when the disk is).
                batch = [futures[index].result()]
                index += 1
                while index < len(futures) and futures[index].done() and len(batch) < 50:
                    batch.append(futures[index].result())
                    index += 1
                with self.uow() as uow:
                    for task, error in batch:
                        self._outcome(uow, task, error, now, report)
                    uow.commit()

    def _outcome(
        self, uow: UnitOfWork, task: _Task, error: BaseException | None, now: datetime, report: PushReport
    ) -> None:
        s = task.shipment
        if error is None:
            self._shipped(
                s, task.package_id, task.tracking, task.provider, task.correction, now, report, tx=uow
            )
        elif error is _NOT_SENT:
            return
        elif isinstance(error, ChannelRefused):
            self._refuse(
                s, task.package_id, error.reason, str(error.code), now, report, tracking=task.tracking, tx=uow
            )
        else:
            self._failed(s, task.package_id, task.tracking, task.provider, str(error), now, report, tx=uow)
            report.stopped = report.stopped or str(error)

    def _plan(
        self,
        s: Shipment,
        fact: ChannelOrderRow,
        done: dict[str, ChannelShipmentRow],
        now: datetime,
        report: PushReport,
    ) -> list[_Task]:
        """What to ask the marketplace for this order; what is refused before asking is recorded here."""
        tasks: list[_Task] = []
        pairs = _pairs(s, fact)
        if not pairs:
            n_parcels, n_packages = len(s.tracking_numbers), len(fact.package_ids)
            reason = (
                "no tracking number to report" if not s.tracking_numbers
                else f"{n_parcels} parcels with their own tracking numbers but {n_packages} marketplace "
                "package(s): split the package in Seller Center first"
            )  # fmt: skip
            self._refuse(s, str(fact.package_ids[0]), reason, "station", now, report)
            return tasks
        provider = self._provider(s, fact)
        if not provider:
            reason = f"no {self.channel.name} shipping provider for carrier {s.carrier!r} (set provider_ids)"
            self._refuse(s, pairs[0][0], reason, "station", now, report)
            return tasks
        for package_id, tracking in pairs:
            row = done.get(package_id)
            if row is not None and row.state == SHIPPED and row.tracking_number == tracking:
                continue
            if row is not None and row.state == REFUSED and row.tracking_number == tracking:
                continue  # refused as it is; a supervisor fixes the order, which changes the tracking
            if row is not None and row.state == FAILED and now < row.updated_at + self._pause(row.attempts):
                report.waiting += 1
                continue
            correction = row is not None and row.state == SHIPPED
            if correction and row is not None and row.shipped_at and now - row.shipped_at > self.window:
                if row.reason.startswith(f"tracking number changed to {tracking} "):
                    continue  # refused already; said once on the order
                hours = (now - row.shipped_at).total_seconds() / 3600
                reason = (
                    f"tracking number changed to {tracking} {hours:.0f} h after it was reported shipped as "
                    f"{row.tracking_number}; {self.channel.name} allows corrections only within "
                    f"{self.window.total_seconds() / 3600:.0f} h: correct it in Seller Center"
                )
                self._refuse(s, package_id, reason, "window", now, report, keep_shipped=True)
                continue
            tasks.append(_Task(s, package_id, tracking, provider, correction))
        return tasks

    def _provider(self, s: Shipment, fact: ChannelOrderRow) -> str:
        configured = self.provider_ids.get(s.carrier.casefold())
        if configured:
            return configured
        return self.channel.provider_id(fact.delivery_option_id, self.names.name_for(s.carrier))

    def _pause(self, attempts: int) -> timedelta:
        return min(timedelta(hours=1), self.retry_base * (2 ** max(0, attempts - 1)))

    def _row(self, uow: UnitOfWork, s: Shipment, package_id: str, now: datetime) -> ChannelShipmentRow:
        stmt = select(ChannelShipmentRow).where(
            ChannelShipmentRow.channel == self.channel.name, ChannelShipmentRow.package_id == package_id
        )
        row = uow.session.scalars(stmt).first()
        if row is None:
            row = ChannelShipmentRow(
                channel=self.channel.name, package_id=package_id, order_id=s.order_id, state=FAILED,
                tracking_number="", provider_id="", reason="", attempts=0, updated_at=now,
            )  # fmt: skip
            uow.session.add(row)
        return row

    @contextmanager
    def _tx(self, tx: UnitOfWork | None) -> Iterator[UnitOfWork]:
        """The caller's unit of work, or one of our own committed at the end."""
        if tx is not None:
            yield tx
            return
        with self.uow() as own:
            yield own
            own.commit()

    def _shipped(
        self, s: Shipment, package_id: str, tracking: str, provider: str, correction: bool, now: datetime,
        report: PushReport, tx: UnitOfWork | None = None,
    ) -> None:  # fmt: skip
        with self._tx(tx) as uow:
            row = self._row(uow, s, package_id, now)
            row.state, row.tracking_number, row.provider_id, row.reason = SHIPPED, tracking, provider, ""
            row.attempts += 1
            row.updated_at = now
            if not correction:
                row.shipped_at = now
            uow.record(
                ShipmentReported(
                    order_id=s.order_id, station=self.station, user=self.channel.name, occurred_at=now,
                    channel=self.channel.name, package_id=package_id, tracking_number=tracking,
                    provider_id=provider, correction=correction,
                )
            )  # fmt: skip
            # The Seller Center sheet must not report it again: same record, same transaction.
            add_reported(uow, self.channel.name, [s], self.names, f"{self.channel.name} API", now)
        (report.corrected if correction else report.shipped).append(s.order_id)

    def _refuse(
        self, s: Shipment, package_id: str, reason: str, code: str, now: datetime, report: PushReport,
        *, tracking: str | None = None, keep_shipped: bool = False, tx: UnitOfWork | None = None,
    ) -> None:  # fmt: skip
        tracking = tracking if tracking is not None else s.tracking_number
        with self._tx(tx) as uow:
            row = self._row(uow, s, package_id, now)
            if not keep_shipped:
                row.state, row.tracking_number = REFUSED, tracking
            row.reason, row.updated_at = reason, now
            order_row = uow.orders.row(s.order_id)
            if order_row is not None:
                order_row.flagged = f"{self.channel.name} refused the shipment: {reason}"
                order_row.updated_at = now
            uow.record(
                ShipmentRefused(
                    order_id=s.order_id, station=self.station, user=self.channel.name, occurred_at=now,
                    channel=self.channel.name, package_id=package_id, tracking_number=tracking,
                    reason=reason, code=code,
                )
            )  # fmt: skip
        report.refused.append((s.order_id, reason))

    def _failed(
        self, s: Shipment, package_id: str, tracking: str, provider: str, error: str, now: datetime,
        report: PushReport, tx: UnitOfWork | None = None,
    ) -> None:  # fmt: skip
        with self._tx(tx) as uow:
            row = self._row(uow, s, package_id, now)
            if row.state != SHIPPED:
                row.state, row.tracking_number = FAILED, tracking
            row.provider_id, row.reason, row.updated_at = provider, error, now
            row.attempts += 1
        report.failed.append((s.order_id, error))


def _pairs(s: Shipment, fact: ChannelOrderRow) -> list[tuple[str, str]]:
    """(package id, tracking number) to report: one package takes the order's one tracking number;
    several packages take the parcels' numbers in order when the counts match."""
    packages = [str(p) for p in fact.package_ids]
    numbers = list(s.tracking_numbers)
    if not numbers or not packages:
        return []
    if len(numbers) == 1:
        return [(p, numbers[0]) for p in packages]
    if len(numbers) == len(packages):
        return list(zip(packages, numbers, strict=True))
    return []
