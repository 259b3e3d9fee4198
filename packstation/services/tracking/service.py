"""Tracking use cases: take carrier events in (idempotently), run the exception rules, keep delivery proofs.

`TrackingService.ingest(scans)` is the one way in for every source: the `tracking import` command, and
later the marketplace connector (TikTok `GET /fulfillment/202309/orders/{order_id}/tracking`: map each
tracking event to a `CarrierScan` and call `ingest(scans, source="tiktok")`). `evaluate(now)` runs the
time rules over every open shipment; the station runs it on a timer with its clock.
"""

from __future__ import annotations

import gc
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import Any

from packstation.domain import events as ev
from packstation.domain.delivery import (
    AFTER_SHIPPED,
    EXCEPTION_STATUSES,
    RULE_TITLES,
    SETTLED,
    Assessment,
    CarrierScan,
    DeliveryRules,
    DeliveryTrack,
    Risk,
    Rule,
    ScanKind,
    apply_scan,
    assess,
)
from packstation.domain.orders import STATUS_NAMES, OrderStatus
from packstation.domain.texts import translate
from packstation.evidence.blobs import BlobRef, BlobStore, EvidenceWriteError
from packstation.services.tracking.rulebook import RuleBook
from packstation.store.base import utcnow
from packstation.store.bulk import append_events
from packstation.store.deliveries import Deliveries, Proofs
from packstation.store.tables import DeliveryProofRow
from packstation.store.tracking_log import StoredScan, TrackingLog

OPEN: frozenset[OrderStatus] = (AFTER_SHIPPED - SETTLED) | {OrderStatus.LOST}
"""Shipments the time rules can still move or warn about (a Lost one may still face the auto-cancel)."""

ALERT_KINDS = {
    OrderStatus.DELIVERY_FAILED: "delivery_failed",
    OrderStatus.DAMAGED: "damaged",
    OrderStatus.RETURNED: "returned",
    OrderStatus.DELAYED: "delayed",
    OrderStatus.LOST: "lost",
}

MAX_PROOF_BYTES = 20 * 1024 * 1024
# Enum lookups by dict: `member.value` and `Enum(value)` are Python-level calls, made per carrier event.
_KIND_VALUE: dict[ScanKind, str] = {k: k.value for k in ScanKind}
_STATUS: dict[str, OrderStatus] = {s.value: s for s in OrderStatus}
_STATUS_VALUE: dict[OrderStatus, str] = {s: s.value for s in OrderStatus}
SLICE = 5000  # carrier events per transaction


@dataclass(frozen=True)
class StatusChange:
    order_id: str
    previous: str
    status: str
    rule: str
    note: str
    failed_attempts: int = 0
    at: datetime | None = None


@dataclass(frozen=True)
class Condition:
    """Something a person must hear about, once: `key` is unique per condition (order, rule, day)."""

    key: str
    kind: str
    order_id: str
    title: str
    body: str = ""


@dataclass
class IngestReport:
    received: int = 0
    stored: int = 0
    duplicates: int = 0
    unknown: list[str] = field(default_factory=list)
    not_shipped: list[str] = field(default_factory=list)
    changes: list[StatusChange] = field(default_factory=list)
    proofs: int = 0
    proof_problems: list[str] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)


@dataclass
class Evaluation:
    evaluated: int = 0
    changes: list[StatusChange] = field(default_factory=list)
    risks: list[tuple[str, Risk]] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)


def conditions_for(changes: Iterable[StatusChange], risks: Iterable[tuple[str, Risk]]) -> list[Condition]:
    """The alert conditions behind status changes into an exception, and behind open risks."""
    out: list[Condition] = []
    for c in changes:
        status = OrderStatus(c.status)
        if c.rule == Rule.REOPENED:
            kind = str(Rule.REOPENED)
        elif status in EXCEPTION_STATUSES:
            kind = str(c.rule) if c.rule != Rule.CARRIER_SCAN else ALERT_KINDS[status]
        else:
            continue
        key = f"{kind}:{c.order_id}"
        if status is OrderStatus.DELIVERY_FAILED:
            key += f":{c.failed_attempts}"
        title = translate("Delivery", "Order {order}: {condition}").format(
            order=c.order_id, condition=STATUS_NAMES.get(status.value, status.value)
        )
        out.append(Condition(key, kind, c.order_id, title, c.note))
    for order_id, risk in risks:
        title = translate("Delivery", "Order {order}: {condition}").format(order=order_id, condition=RULE_TITLES[risk.rule])
        out.append(Condition(risk.key, str(risk.rule), order_id, title, risk.message))
    return out


@contextmanager
def bulk_objects() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000s of short-lived objects are made (no cycles
    among them): otherwise it runs hundreds of times over the growing heap during one evaluation."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class TrackingService:
    """Carrier events in and the exception rules, on a unit-of-work factory and an injectable clock."""

    def __init__(
        self,
        uow: Callable[[], Any],
        rules: RuleBook | None = None,
        blobs: BlobStore | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.uow, self.rules, self.blobs, self.clock = uow, rules or RuleBook(), blobs, clock

    # -- in ------------------------------------------------------------------------------------------
    def ingest(self, scans: Sequence[CarrierScan], source: str = "import") -> IngestReport:
        """Store new carrier events once each, move the orders they belong to, keep proofs of delivery."""
        with bulk_objects():
            return self._ingest(scans)

    def _ingest(self, scans: Sequence[CarrierScan]) -> IngestReport:
        report = IngestReport(received=len(scans))
        unique: dict[tuple[str, str, datetime], CarrierScan] = {}
        for scan in scans:
            unique.setdefault((scan.tracking_number, _KIND_VALUE[scan.kind], scan.occurred_at), scan)
        proofs = self._store_proofs([s for s in unique.values() if s.proof], report)
        now = self.clock()
        # One transaction per slice of tracking numbers, so a big file never holds the station's
        # write lock for long (a packer's scan waits at most one slice).
        by_number: dict[str, list[tuple[tuple[str, str, datetime], CarrierScan]]] = defaultdict(list)
        for key, scan in unique.items():
            by_number[key[0]].append((key, scan))
        part: dict[tuple[str, str, datetime], CarrierScan] = {}
        for items in by_number.values():
            part.update(items)
            if len(part) >= SLICE:
                self._ingest_slice(part, proofs, report, now)
                part = {}
        if part or not unique:
            self._ingest_slice(part, proofs, report, now)
        report.duplicates = report.received - report.stored
        report.unknown.sort()
        return report

    def _ingest_slice(
        self,
        unique: dict[tuple[str, str, datetime], CarrierScan],
        proofs: dict[str, BlobRef | None],
        report: IngestReport,
        now: datetime,
    ) -> None:
        batch = str(uuid.uuid4())
        with self.uow() as uow:
            log, deliveries = TrackingLog(uow.session), Deliveries(uow.session)
            numbers = sorted({k[0] for k in unique})
            matches = deliveries.orders_for_tracking(numbers)
            known = log.known_keys(numbers)
            new = {k: s for k, s in unique.items() if k not in known}
            earlier = log.unmatched_of(sorted(set(log.unmatched_numbers()) & set(matches)))
            log.claim_unknown({r.tracking_number: matches[r.tracking_number] for r in earlier}, batch)
            log.add_new(
                [
                    {
                        "tracking_number": s.tracking_number,
                        "event": k[1],
                        "occurred_at": s.occurred_at,
                        "carrier": s.carrier,
                        "location": s.location,
                        "detail": s.detail,
                        "proof": s.proof,
                        "order_id": matches.get(s.tracking_number, ""),
                        "batch": batch,
                        "imported_at": now,
                    }
                    for k, s in new.items()
                ]
            )
            report.stored += len(new)
            report.unknown.extend({n for n in numbers if n not in matches})
            # The scans of each order, oldest first: earlier unmatched rows read back, new ones as given.
            by_order: dict[str, list[CarrierScan]] = defaultdict(list)
            for row in earlier:
                by_order[matches[row.tracking_number]].append(_scan(row))
            for s in new.values():
                oid = matches.get(s.tracking_number)
                if oid:
                    by_order[oid].append(s)
            at_of = attrgetter("occurred_at")
            for rows in by_order.values():
                if len(rows) > 1:
                    rows.sort(key=at_of)
            tracks, fresh = deliveries.tracks(order_ids=sorted(by_order))
            moved: list[DeliveryTrack] = []
            changes: list[StatusChange] = []
            changed: set[str] = set()
            for order_id, rows in by_order.items():
                track = tracks.get(order_id)
                if track is None or track.status not in AFTER_SHIPPED:
                    report.not_shipped.append(order_id)
                    continue
                rules = self.rules.for_channel(track.channel)
                steps: list[StatusChange] = []
                for scan in rows:
                    after = apply_scan(track, scan, rules)
                    if after.status is not track.status or after.rule != track.rule:
                        steps.append(_change(track, after))
                    track = after
                    if scan.proof and scan.kind is ScanKind.DELIVERED:
                        stored = StoredScan(
                            scan.tracking_number, scan.kind.value, scan.occurred_at, scan.carrier,
                            scan.location, scan.detail, scan.proof, order_id,
                        )  # fmt: skip
                        report.proofs += self._keep_proof(uow, stored, proofs.get(scan.proof))
                result = assess(track, now, rules)
                if result.changed:
                    steps.append(_change(track, result.track))
                changes.extend(coalesce(steps))
                track = result.track
                moved.append(track)
                if track.status is not tracks[order_id].status:
                    changed.add(order_id)
            deliveries.save(moved, fresh & {t.order_id for t in moved}, changed)
            written = [_event(c) for c in changes]
            append_events(uow.session, written)
            uow.commit()
            uow.published.extend(written)
        report.changes.extend(changes)
        report.conditions.extend(conditions_for(changes, []))

    def _store_proofs(self, scans: list[CarrierScan], report: IngestReport) -> dict[str, BlobRef | None]:
        """Copy proof files into the blob store before the transaction (no file I/O inside it)."""
        out: dict[str, BlobRef | None] = {}
        for scan in scans:
            if scan.proof in out or scan.kind is not ScanKind.DELIVERED:
                continue
            if "://" in scan.proof:
                out[scan.proof] = None  # a carrier URL: kept as a reference
                continue
            path = Path(scan.proof)
            try:
                if path.stat().st_size > MAX_PROOF_BYTES:
                    report.proof_problems.append(f"{scan.tracking_number}: proof {path} is over 20 MB")
                    continue
                data = path.read_bytes()
            except OSError as exc:
                report.proof_problems.append(
                    f"{scan.tracking_number}: proof {path} not readable ({exc.strerror or exc})"
                )
                continue
            if self.blobs is None:
                report.proof_problems.append(f"{scan.tracking_number}: no evidence store to keep {path}")
                continue
            try:
                out[scan.proof] = self.blobs.put(data, "proof of delivery")
            except EvidenceWriteError as exc:
                report.proof_problems.append(f"{scan.tracking_number}: {exc}")
        return out

    def _keep_proof(self, uow: Any, row: Any, ref: BlobRef | None) -> int:
        is_url = "://" in row.proof
        if ref is None and not is_url:
            return 0
        proofs = Proofs(uow.session)
        if proofs.has(row.order_id, row.proof):
            return 0
        proofs.add(
            DeliveryProofRow(
                order_id=row.order_id,
                tracking_number=row.tracking_number,
                source=row.proof,
                sha256=ref.sha256 if ref else "",
                blob_key=ref.key if ref else "",
                url=row.proof if is_url else "",
                delivered_at=row.occurred_at,
                kept_at=self.clock(),
            )
        )
        uow.record(
            ev.DeliveryProofKept(
                order_id=row.order_id,
                user="carrier",
                occurred_at=row.occurred_at,
                source=row.proof,
                sha256=ref.sha256 if ref else "",
                blob_key=ref.key if ref else "",
                url=row.proof if is_url else "",
                tracking_number=row.tracking_number,
            )
        )
        return 1

    # -- rules ---------------------------------------------------------------------------------------
    def assess_open(self, now: datetime | None = None) -> tuple[dict[str, Assessment], set[str]]:
        """Every open shipment judged at `now`, without writing anything (the board's dry run)."""
        at = now or self.clock()
        with bulk_objects():
            with self.uow() as uow:
                tracks, fresh = Deliveries(uow.session).tracks(statuses=OPEN)
            return {oid: assess(t, at, self.rules.for_channel(t.channel)) for oid, t in tracks.items()}, fresh

    def evaluate(self, now: datetime | None = None) -> Evaluation:
        """Run the time rules at `now` over every open shipment and store the verdicts with their events."""
        with bulk_objects():
            return self._evaluate(now)

    def _evaluate(self, now: datetime | None) -> Evaluation:
        at = now or self.clock()
        out = Evaluation()
        with self.uow() as uow:
            deliveries = Deliveries(uow.session)
            tracks, fresh = deliveries.tracks(statuses=OPEN, horizon=self.rules.horizon(at))
            out.evaluated = len(tracks)
            verdicts: list[DeliveryTrack] = []
            new_rows: list[DeliveryTrack] = []
            rules: dict[str, DeliveryRules] = {}
            for oid, track in tracks.items():
                channel_rules = rules.get(track.channel)
                if channel_rules is None:
                    channel_rules = rules[track.channel] = self.rules.for_channel(track.channel)
                result = assess(track, at, channel_rules)
                if result.risks:
                    out.risks.extend((oid, r) for r in result.risks)
                if result.changed:
                    out.changes.append(_change(track, result.track))
                    (new_rows if oid in fresh else verdicts).append(result.track)
                elif oid in fresh:
                    new_rows.append(track)
            deliveries.save(
                new_rows, fresh, {t.order_id for t in new_rows if t.status is not tracks[t.order_id].status}
            )
            deliveries.save_verdicts(verdicts)
            written = [_event(c) for c in out.changes]
            append_events(uow.session, written)
            uow.commit()
            uow.published.extend(written)
        out.conditions = conditions_for(out.changes, out.risks)
        return out


def coalesce(steps: list[StatusChange]) -> list[StatusChange]:
    """One import's status changes of one order, without the routine steps a later one supersedes.

    A file with a parcel's whole history (picked up, in transit, out for delivery, delivered) records
    one change to Delivered; every exception on the way, and every rule verdict, is kept.
    """
    out: list[StatusChange] = []
    carried = ""
    for n, step in enumerate(steps):
        routine = step.rule == Rule.CARRIER_SCAN and _STATUS[step.status] not in EXCEPTION_STATUSES
        if routine and n < len(steps) - 1:
            carried = carried or step.previous
            continue
        if carried:
            step = StatusChange(
                step.order_id, carried, step.status, step.rule, step.note, step.failed_attempts, step.at
            )
            carried = ""
        out.append(step)
    return out


def _scan(row: Any) -> CarrierScan:
    at = row.occurred_at
    return CarrierScan(
        row.tracking_number, row.carrier, ScanKind(row.event), at, row.location, row.detail, row.proof
    )


def _change(before: DeliveryTrack, after: DeliveryTrack) -> StatusChange:
    return StatusChange(
        after.order_id,
        _STATUS_VALUE[before.status],
        _STATUS_VALUE[after.status],
        after.rule,
        after.note,
        after.failed_attempts,
        after.verdict_at,
    )


def _event(change: StatusChange) -> ev.DeliveryStatusSet:
    extra: dict[str, Any] = {"occurred_at": change.at} if change.at is not None else {}
    return ev.DeliveryStatusSet(
        order_id=change.order_id,
        user="carrier" if change.rule == Rule.CARRIER_SCAN else "rules",
        status=change.status,
        rule=change.rule,
        note=change.note,
        previous=change.previous,
        failed_attempts=change.failed_attempts,
        **extra,
    )
