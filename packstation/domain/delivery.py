"""After the handover: carrier scans move a parcel's status, and the marketplace's exception rules judge it.

Pure: `apply_scan` folds one carrier scan into a `DeliveryTrack`; `assess` judges a track at a given
time (the clock is always passed in) and returns the status the rules set, with the rule's name, and
the risks that do not change the status but must reach a person (missed pickup, auto-cancel reminder).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from enum import StrEnum
from operator import attrgetter

from packstation.domain.orders import OrderStatus
from packstation.domain.texts import QT_TRANSLATE_NOOP

S = OrderStatus


class ScanKind(StrEnum):
    """What a carrier says happened to the parcel (the generic import's `event` column)."""

    PICKED_UP = "picked_up"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERY_FAILED = "delivery_failed"
    DELIVERED = "delivered"
    RETURNED_TO_SENDER = "returned_to_sender"
    DAMAGED = "damaged"
    EXCEPTION = "exception"


class Rule(StrEnum):
    """Why a parcel has its status or is at risk; shown on the board and stored with the status."""

    CARRIER_SCAN = "carrier_scan"
    FAILED_ATTEMPTS = "lost_after_failed_attempts"
    NOT_DELIVERED_IN_TIME = "lost_not_delivered_in_time"
    PAST_DELIVERY_DUE = "delayed_past_delivery_due"
    CARRIER_EXCEPTION = "carrier_exception"
    NO_PICKUP_SCAN = "no_pickup_scan"
    AUTO_CANCEL_RISK = "auto_cancel_risk"
    REOPENED = "reopened_delivered_after_lost"


RULE_TITLES: dict[str, str] = {
    Rule.CARRIER_SCAN: QT_TRANSLATE_NOOP("Delivery", "Carrier scan"),
    Rule.FAILED_ATTEMPTS: QT_TRANSLATE_NOOP("Delivery", "Lost: delivery failed too often"),
    Rule.NOT_DELIVERED_IN_TIME: QT_TRANSLATE_NOOP(
        "Delivery", "Lost: not delivered in time after order creation"
    ),
    Rule.PAST_DELIVERY_DUE: QT_TRANSLATE_NOOP("Delivery", "Delayed: past the delivery due time"),
    Rule.CARRIER_EXCEPTION: QT_TRANSLATE_NOOP("Delivery", "Carrier reported an exception"),
    Rule.NO_PICKUP_SCAN: QT_TRANSLATE_NOOP("Delivery", "No carrier scan after handover (pickup missed?)"),
    Rule.AUTO_CANCEL_RISK: QT_TRANSLATE_NOOP("Delivery", "No tracking update: marketplace auto-cancel risk"),
    Rule.REOPENED: QT_TRANSLATE_NOOP("Delivery", "Delivered after a Lost verdict (reopened)"),
}

AFTER_SHIPPED: frozenset[OrderStatus] = frozenset(
    {
        S.SHIPPED,
        S.IN_TRANSIT,
        S.OUT_FOR_DELIVERY,
        S.DELIVERY_FAILED,
        S.DELIVERED,
        S.DELAYED,
        S.LOST,
        S.DAMAGED,
        S.RETURNED,
    }
)
"""Orders the tracking rules look at: handed over, or further."""

SETTLED: frozenset[OrderStatus] = frozenset({S.DELIVERED, S.RETURNED, S.LOST, S.DAMAGED})
"""No time rule moves these; only a carrier scan can (a delivered scan reopens Lost)."""

EXCEPTION_STATUSES: frozenset[OrderStatus] = frozenset(
    {S.DELIVERY_FAILED, S.DELAYED, S.LOST, S.DAMAGED, S.RETURNED}
)

_SCAN_STATUS: dict[ScanKind, OrderStatus] = {
    ScanKind.PICKED_UP: S.IN_TRANSIT,
    ScanKind.IN_TRANSIT: S.IN_TRANSIT,
    ScanKind.OUT_FOR_DELIVERY: S.OUT_FOR_DELIVERY,
    ScanKind.DELIVERED: S.DELIVERED,
    ScanKind.RETURNED_TO_SENDER: S.RETURNED,
    ScanKind.DAMAGED: S.DAMAGED,
    ScanKind.EXCEPTION: S.DELAYED,
}


@dataclass(frozen=True)
class DeliveryRules:
    """One channel's exception rules; defaults follow the marketplace's published rules."""

    lost_after_failed_attempts: int = 2
    lost_after_days: float = 12.0  # not delivered this long after order creation: Lost
    no_scan_hours: float = 24.0  # no carrier scan this long after the handover: pickup missed?
    auto_cancel_days: float = 15.0  # no tracking update this long after placement: auto-cancelled
    remind_days_before: int = 3  # daily reminders this many days before the auto-cancel
    delivery_days: dict[str, float] = field(default_factory=dict)  # "carrier:COUNTRY", "carrier" or "*"
    _lost_after: timedelta = field(init=False, repr=False, compare=False)
    _no_scan: timedelta = field(init=False, repr=False, compare=False)
    _cancel_after: timedelta = field(init=False, repr=False, compare=False)
    _remind: timedelta = field(init=False, repr=False, compare=False)
    _transit: dict[str, timedelta] = field(init=False, repr=False, compare=False)
    _no_scan_text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # The durations, computed once: the rules run over every open shipment on each tick.
        object.__setattr__(self, "_lost_after", timedelta(days=self.lost_after_days))
        object.__setattr__(self, "_no_scan", timedelta(hours=self.no_scan_hours))
        object.__setattr__(self, "_cancel_after", timedelta(days=self.auto_cancel_days))
        object.__setattr__(self, "_remind", timedelta(days=self.remind_days_before))
        text = f"no carrier scan {self.no_scan_hours:g} h after the handover: was it picked up?"
        object.__setattr__(self, "_no_scan_text", text)
        object.__setattr__(
            self, "_transit", {k.casefold(): timedelta(days=v) for k, v in self.delivery_days.items()}
        )

    def delivery_time(self, carrier: str, country: str) -> timedelta | None:
        """The configured transit time for a carrier and destination, most specific entry first."""
        transit = self._transit
        if not transit:
            return None
        for key in (f"{carrier}:{country}".casefold(), carrier.casefold(), "*"):
            if key in transit:
                return transit[key]
        return None


@dataclass(frozen=True)
class ClaimWindows:
    """How long after an exception a seller may appeal or claim from the carrier."""

    seller_appeal_days: float = 7.0
    carrier_claim_days: float = 40.0


@dataclass(frozen=True)
class CarrierScan:
    """One carrier tracking event as imported (normalised tracking number, UTC time)."""

    tracking_number: str
    carrier: str
    kind: ScanKind
    occurred_at: datetime
    location: str = ""
    detail: str = ""
    proof: str = ""  # proof of delivery: a file path or URL (photo or signature)


@dataclass(slots=True)
class DeliveryTrack:
    """What the rules need to know about one shipped order (treated as a value: never changed in place)."""

    order_id: str
    channel: str
    status: OrderStatus
    carrier: str = ""
    country: str = ""
    created_at: datetime | None = None
    shipped_at: datetime | None = None
    delivery_due: datetime | None = None  # from the channel; else carrier transit days apply
    rule: str = ""
    note: str = ""
    failed_attempts: int = 0
    first_scan_at: datetime | None = None
    last_scan_at: datetime | None = None
    delivered_at: datetime | None = None
    verdict_at: datetime | None = None  # when the current status was set


@dataclass(frozen=True, slots=True)
class Risk:
    """A condition a person must hear about that does not change the status; `key` is unique per alert."""

    rule: Rule
    key: str
    message: str
    due_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    """The track after the rules ran, whether its status changed, and its open risks."""

    track: DeliveryTrack
    changed: bool
    risks: tuple[Risk, ...] = ()

    @property
    def status(self) -> OrderStatus:
        return self.track.status


_TRACK_FIELDS = tuple(f.name for f in fields(DeliveryTrack))
_track_values = attrgetter(*_TRACK_FIELDS)


def _evolve(track: DeliveryTrack, changes: dict[str, object]) -> DeliveryTrack:
    """A copy with `changes` (dataclasses.replace is ten times slower; this runs per carrier scan)."""
    new = DeliveryTrack(*_track_values(track))
    for name, value in changes.items():
        setattr(new, name, value)
    return new


def _set(track: DeliveryTrack, status: OrderStatus, rule: str, note: str, at: datetime) -> DeliveryTrack:
    return _evolve(track, {"status": status, "rule": rule, "note": note, "verdict_at": at})


def apply_scan(track: DeliveryTrack, scan: CarrierScan, rules: DeliveryRules) -> DeliveryTrack:
    """Fold one carrier scan into the track; scans older than the last one count but move no status."""
    at = scan.occurred_at
    stale = track.last_scan_at is not None and at < track.last_scan_at
    changes: dict[str, object] = {}
    if track.first_scan_at is None or at < track.first_scan_at:
        changes["first_scan_at"] = at
    if not stale:
        changes["last_scan_at"] = at
    where = f" at {scan.location}" if scan.location else ""
    detail = f": {scan.detail}" if scan.detail else ""
    status = track.status

    def verdict(new: OrderStatus, rule: str, note: str) -> DeliveryTrack:
        changes.update(status=new, rule=rule, note=note, verdict_at=at)
        return _evolve(track, changes)

    if scan.kind is ScanKind.DELIVERY_FAILED:
        attempts = track.failed_attempts + 1
        changes["failed_attempts"] = attempts
        if status in (S.DELIVERED, S.RETURNED, S.LOST) and stale:
            return _evolve(track, changes)
        if attempts >= rules.lost_after_failed_attempts:
            note = f"delivery failed {attempts} times (lost after {rules.lost_after_failed_attempts}){detail}"
            return verdict(S.LOST, Rule.FAILED_ATTEMPTS, note)
        return verdict(
            S.DELIVERY_FAILED, Rule.CARRIER_SCAN, f"delivery attempt {attempts} failed{where}{detail}"
        )
    target = _SCAN_STATUS[scan.kind]
    if target is S.DELIVERED:
        changes["delivered_at"] = at
        if status is S.LOST:
            return verdict(
                S.DELIVERED,
                Rule.REOPENED,
                f"delivered{where} after the Lost verdict ({track.rule}): reopened",
            )
        return verdict(S.DELIVERED, Rule.CARRIER_SCAN, f"delivered{where}{detail}")
    if stale or status in (S.DELIVERED, S.RETURNED):
        return _evolve(track, changes)
    if status is S.LOST and target in (S.IN_TRANSIT, S.OUT_FOR_DELIVERY):
        # A parcel the rules called lost is moving again: the verdict stands until it is delivered,
        # but the note says the carrier still sees it.
        changes["note"] = f"{track.note}; carrier scan {scan.kind.value}{where} after the verdict"
        return _evolve(track, changes)
    if status is S.DAMAGED and target is not S.RETURNED:
        return _evolve(track, changes)
    if status is S.DELAYED and target in (S.IN_TRANSIT, S.OUT_FOR_DELIVERY):
        return _evolve(track, changes)  # still late: moving again does not make it on time
    if target is status and track.rule == Rule.CARRIER_SCAN:
        return _evolve(track, changes)
    rule = Rule.CARRIER_EXCEPTION if scan.kind is ScanKind.EXCEPTION else Rule.CARRIER_SCAN
    return verdict(target, rule, f"{scan.kind.value}{where}{detail}")


def delivery_due(track: DeliveryTrack, rules: DeliveryRules) -> datetime | None:
    """The channel's delivery due time, else handover plus the carrier's configured transit days."""
    if track.delivery_due is not None:
        return track.delivery_due
    transit = rules.delivery_time(track.carrier, track.country)
    start = track.shipped_at or track.created_at
    return start + transit if transit is not None and start is not None else None


def assess(track: DeliveryTrack, now: datetime, rules: DeliveryRules) -> Assessment:
    """Run the time rules at `now`: Lost after N days undelivered, Delayed past due, and the risks."""
    before = track
    risks: list[Risk] = []
    if track.status not in SETTLED:
        lost_at = track.created_at + rules._lost_after if track.created_at else None
        due = delivery_due(track, rules)
        if lost_at is not None and now >= lost_at:
            note = f"not delivered {rules.lost_after_days:g} days after order creation"
            track = _set(track, S.LOST, Rule.NOT_DELIVERED_IN_TIME, note, lost_at)
        elif due is not None and now > due and track.status not in (S.DELAYED, S.DELIVERY_FAILED):
            track = _set(track, S.DELAYED, Rule.PAST_DELIVERY_DUE, f"delivery was due {due.isoformat()}", due)
    if (
        track.status in (S.SHIPPED, S.DELAYED)
        and track.first_scan_at is None
        and track.shipped_at is not None
    ):
        no_scan_at = track.shipped_at + rules._no_scan
        if now >= no_scan_at:
            risks.append(
                Risk(Rule.NO_PICKUP_SCAN, "no_pickup_scan:" + track.order_id, rules._no_scan_text, no_scan_at)
            )
    if track.last_scan_at is None and track.created_at is not None:
        cancel_at = track.created_at + rules._cancel_after
        remind_from = cancel_at - rules._remind
        if remind_from <= now < cancel_at:
            # One reminder per day before the deadline: the day number is part of the alert key.
            day = int((now - remind_from) / timedelta(days=1))
            left = cancel_at - now
            risks.append(
                Risk(
                    Rule.AUTO_CANCEL_RISK,
                    f"{Rule.AUTO_CANCEL_RISK}:{track.order_id}:{day}",
                    f"no tracking update yet: auto-cancel in {_span(left)} ({cancel_at.isoformat()})",
                    cancel_at,
                )
            )
    return Assessment(track, track is not before, tuple(risks))


def claim_deadlines(track: DeliveryTrack, windows: ClaimWindows) -> dict[str, datetime]:
    """The claim windows an exception opens, each ending at a time (empty when nothing to claim)."""
    if track.status not in EXCEPTION_STATUSES or track.verdict_at is None:
        return {}
    out = {"seller_appeal": track.verdict_at + timedelta(days=windows.seller_appeal_days)}
    if track.status in (S.LOST, S.DAMAGED):
        out["carrier_claim"] = track.verdict_at + timedelta(days=windows.carrier_claim_days)
    return out


def _span(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours / 24:.1f} days" if hours >= 48 else f"{hours:.0f} h"


def parse_scan_kind(text: str) -> ScanKind:
    """The scan kind for an import value ("Delivered", "out-for-delivery"); ValueError names the choices."""
    key = text.strip().casefold().replace("-", "_").replace(" ", "_")
    try:
        return ScanKind(key)
    except ValueError:
        choices = ", ".join(k.value for k in ScanKind)
        raise ValueError(f"unknown event {text!r} (expected one of {choices})") from None
