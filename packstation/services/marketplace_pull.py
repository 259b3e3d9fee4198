"""Pull from a marketplace: new and changed orders into the station through the import writer.

Orders go through `OrderWriter` like an imported export (digest compare, bulk insert, cancellation by
`workflow.cancel`, so an order cancelled while a station packs it is stopped the same way). Beside the
order the station keeps the marketplace's facts (packages, due times, its own on-hold) in
channel_orders. A marketplace hold is a workflow hold with a fixed reason, released when it ends.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, delete, select

from packstation.channels.base import Channel, ChannelOrder, ChannelRefused
from packstation.channels.state import ChannelState
from packstation.domain import workflow
from packstation.domain.events import OrderUpdated
from packstation.domain.orders import OrderStatus
from packstation.labels.platform import is_pdf
from packstation.services.imports.bulk import bulk_insert
from packstation.services.imports.drafts import IncomingOrder, order_digest
from packstation.services.imports.errors import ImportReport
from packstation.services.imports.writer import OrderWriter
from packstation.store.base import utcnow
from packstation.store.tables import ChannelLabelRow, ChannelOrderRow, OrderRow
from packstation.store.uow import UnitOfWork

MARKETPLACE_HOLD = "on hold at the marketplace (new order, cannot be printed or shipped yet)"
S = OrderStatus
NEW_ORDER_HOLD = timedelta(hours=1)
_ADDRESS = ("name", "phone", "line1", "line2", "district", "city", "state", "postcode", "country")
_FACT_KEYS = (
    "order_id", "channel", "package_ids", "platform_status", "update_time", "on_hold", "shipping_due",
    "collection_due", "delivery_due", "shipping_type", "delivery_option_id", "pulled_at",
)  # fmt: skip


@dataclass
class PullReport:
    seen: int = 0
    imported: int = 0
    updated: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    cancelled_while_packing: list[str] = field(default_factory=list)
    skipped: int = 0
    held: list[str] = field(default_factory=list)
    released: list[str] = field(default_factory=list)
    not_updated: list[str] = field(default_factory=list)
    address_changed: list[str] = field(default_factory=list)  # while being packed: flagged
    labels: list[str] = field(default_factory=list)
    label_errors: list[str] = field(default_factory=list)
    cursor: int = 0
    elapsed_s: float = 0.0


class MarketplacePull:
    """Brings one channel's changed orders into the station database."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        channel: Channel,
        station: str,
        *,
        labels_per_pull: int = 50,
        first_pull: timedelta = timedelta(days=14),
        batch_orders: int = 1000,
    ) -> None:
        self.uow = uow_factory
        self.channel = channel
        self.station = station
        self.labels_per_pull = labels_per_pull
        self.first_pull = first_pull
        # Orders per write transaction: small enough that a background pull holds the station's SQLite
        # write lock for a moment only (a packer's scan waits for it), big enough to write in bulk.
        self.batch_orders = batch_orders

    def run(self, now: datetime | None = None) -> PullReport:
        # As in the file import: many small acyclic objects, which the cyclic collector would rescan
        # over and over; reference counting frees them anyway.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._run(now or utcnow())
        finally:
            if collecting:
                gc.enable()

    def _run(self, now: datetime) -> PullReport:
        name = self.channel.name
        with self.uow() as uow:
            # The first pull looks back `first_pull` (two weeks), not at the shop's whole history.
            since = int(ChannelState(uow.session, name).get("cursor", 0)) or int(
                (now - self.first_pull).timestamp()
            )
        report = PullReport(cursor=since)
        facts: list[ChannelOrder] = []
        imports = ImportReport(source=f"{name} API", format=f"{name}-api")
        writer = OrderWriter(
            self.uow,
            imports,
            source=f"{name} API",
            station=self.station,
            user=name,
            now=now,
            batch_orders=self.batch_orders,
        )
        writer.write(self._incoming(since, facts, report))
        report.imported = imports.imported
        report.updated, report.cancelled = imports.updated, imports.cancelled
        report.cancelled_while_packing = imports.cancelled_while_packing
        report.not_updated = [str(n) for n in imports.not_updated]
        self._keep_facts(facts, now)
        self._holds(facts, now, report)
        if imports.not_updated:
            self._address_changes(facts, {n.order_id for n in imports.not_updated}, now, report)
        with self.uow() as uow:
            state = ChannelState(uow.session, name)
            # Orders changed in the same second as the newest one may still be coming: ask from that second.
            state.set("cursor", report.cursor, now)
            state.set("last_pull", {"at": now.isoformat(), "seen": report.seen, "new": report.imported}, now)
            uow.commit()
        self.fetch_labels(report, now)
        return report

    def _incoming(self, since: int, facts: list[ChannelOrder], report: PullReport) -> Iterator[IncomingOrder]:
        for page in self.channel.changed_orders(since):
            for co in page:
                report.seen += 1
                report.cursor = max(report.cursor, co.update_time)
                if co.skip_reason and not co.cancelled:
                    report.skipped += 1
                    continue
                facts.append(co)
                note = co.cancel_reason if co.cancelled else ""
                yield IncomingOrder(co.order, order_digest(co.order, note), 0, co.cancelled, note)

    def _keep_facts(self, facts: list[ChannelOrder], now: datetime) -> None:
        if not facts:
            return
        name = self.channel.name
        rows = [
            (
                co.order.order_id, name, list(co.package_ids), co.status, co.update_time, co.on_hold,
                co.shipping_due, co.collection_due, co.delivery_due, co.shipping_type,
                co.delivery_option_id, now,
            )
            for co in facts
        ]  # fmt: skip
        with self.uow() as uow:
            conn = uow.session.connection()
            sqlite = conn.dialect.name == "sqlite"
            if not sqlite:  # SQLite replaces the stored facts in the insert itself (one statement)
                ids = [r[0] for r in rows]
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    conn.execute(delete(ChannelOrderRow).where(ChannelOrderRow.order_id.in_(chunk)))
            bulk_insert(conn, cast(Table, ChannelOrderRow.__table__), _FACT_KEYS, rows, replace=sqlite)
            uow.commit()

    def _holds(self, facts: list[ChannelOrder], now: datetime, report: PullReport) -> None:
        """Hold orders the marketplace holds; release the ones whose marketplace hold ended."""
        held = {co.order.order_id for co in facts if co.on_hold and not co.cancelled}
        free = {co.order.order_id for co in facts if not co.on_hold and not co.cancelled}
        if not held and not free:
            return
        with self.uow() as uow:
            # Only orders this pull holds, and those held here for the marketplace, are looked at: a pull
            # of thousands of orders without holds costs one small query.
            stmt = select(OrderRow.order_id).where(
                OrderRow.status == S.ON_HOLD.value, OrderRow.hold_reason == MARKETPLACE_HOLD
            )
            to_release = sorted(free.intersection(uow.session.scalars(stmt)))
            to_hold: list[str] = []
            held_ids = sorted(held)
            for start in range(0, len(held_ids), 500):
                chunk = held_ids[start : start + 500]
                stmt = select(OrderRow.order_id).where(
                    OrderRow.order_id.in_(chunk), OrderRow.status == S.READY.value
                )
                to_hold.extend(uow.session.scalars(stmt))
            for order_id in to_hold:
                order = uow.orders.get(order_id)
                assert order is not None
                event = workflow.hold(order, MARKETPLACE_HOLD, self.station, self.channel.name, now)
                uow.orders.save(order)
                uow.record(event)
                report.held.append(order_id)
            for order_id in to_release:
                order = uow.orders.get(order_id)
                assert order is not None
                note = "the marketplace hold ended"
                released = workflow.release(order, self.station, self.channel.name, note, now=now)
                uow.orders.save(order)
                uow.record(released)
                report.released.append(order_id)
            uow.commit()

    def _address_changes(
        self, facts: list[ChannelOrder], started: set[str], now: datetime, report: PullReport
    ) -> None:
        """A new address for an order a station already started is not written over what the packer
        sees: the order is flagged with the new address, for a supervisor to check the label."""
        new = {co.order.order_id: co.order.recipient for co in facts if co.order.order_id in started}
        with self.uow() as uow:
            for order_id, address in new.items():
                order = uow.orders.get(order_id)
                if order is None or order.recipient == address or order.status.is_final:
                    continue
                fields = [
                    f"recipient.{k}" for k in _ADDRESS if getattr(order.recipient, k) != getattr(address, k)
                ]
                order.flagged = (
                    f"Address changed on {self.channel.name} while being packed; new address: "
                    + ", ".join([address.name, *address.lines()])
                )
                uow.orders.save(order)
                uow.record(
                    OrderUpdated(
                        order_id=order_id, station=self.station, user=self.channel.name, occurred_at=now,
                        fields=["flagged", *fields], source=f"{self.channel.name} API",
                    )
                )  # fmt: skip
                report.address_changed.append(order_id)
            uow.commit()

    def fetch_labels(self, report: PullReport, now: datetime) -> None:
        """Download platform labels of packable ship-by-platform orders while their links are valid."""
        with self.uow() as uow:
            stmt = (
                select(ChannelOrderRow.order_id, ChannelOrderRow.package_ids)
                .join(OrderRow, OrderRow.order_id == ChannelOrderRow.order_id)
                .where(
                    ChannelOrderRow.channel == self.channel.name,
                    ChannelOrderRow.shipping_type != "SELLER",
                    ChannelOrderRow.on_hold.is_(False),
                    OrderRow.status.in_([s.value for s in (S.READY, S.CONFIRMED, S.PICKED, S.PACKED)]),
                )
            )
            have = set(uow.session.scalars(select(ChannelLabelRow.package_id)))
            wanted = [
                (order_id, str(pkg))
                for order_id, packages in uow.session.execute(stmt)
                for pkg in packages or []
                if str(pkg) not in have
            ][: self.labels_per_pull]
        for order_id, package_id in wanted:
            try:
                document = self.channel.shipping_label(package_id)
            except ChannelRefused as exc:
                report.label_errors.append(f"{order_id}/{package_id}: {exc.reason}")
                continue
            if not is_pdf(document):
                report.label_errors.append(f"{order_id}/{package_id}: the label is not a PDF")
                continue
            with self.uow() as uow:
                uow.session.add(
                    ChannelLabelRow(
                        package_id=package_id,
                        order_id=order_id,
                        channel=self.channel.name,
                        document=document,
                        sha256=hashlib.sha256(document).hexdigest(),
                        fetched_at=now,
                    )
                )
                uow.commit()
            report.labels.append(package_id)


def marketplace_holds(uow: UnitOfWork, channel: str = "tiktok") -> dict[str, datetime | None]:
    """Orders held for the marketplace, with when the hold should end (payment + 1 h, TikTok's rule for
    new orders; None when unknown), for the queue's countdown."""
    stmt = (
        select(OrderRow.order_id, OrderRow.paid_at)
        .join(ChannelOrderRow, ChannelOrderRow.order_id == OrderRow.order_id)
        .where(
            ChannelOrderRow.channel == channel,
            OrderRow.status == S.ON_HOLD.value,
            OrderRow.hold_reason == MARKETPLACE_HOLD,
        )
    )
    return {
        order_id: paid + NEW_ORDER_HOLD if paid is not None else None
        for order_id, paid in uow.session.execute(stmt)
    }


def platform_labels(uow: UnitOfWork, order_id: str) -> list[bytes]:
    """The marketplace's label documents of an order, one per package, for `print_platform_label`."""
    stmt = select(ChannelLabelRow.document).where(ChannelLabelRow.order_id == order_id)
    return list(uow.session.scalars(stmt.order_by(ChannelLabelRow.package_id)))
