"""An order's life from import to cancel: updates, confirmation, holds and releases, flags, alerts."""

from __future__ import annotations

from dataclasses import dataclass, field

from packstation.domain.events.base import Event, event_type


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderImported(Event):
    status: str
    source: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderUpdated(Event):
    fields: list[str] = field(default_factory=list)
    source: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderCancelled(Event):
    reason: str = ""
    by: str = ""
    from_status: str = ""
    while_packing: bool = False


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderConfirmed(Event):
    pass


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderRequeued(Event):
    reason: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderHeld(Event):
    reason: str
    from_status: str
    reason_text: str = ""  # to_json of the reason, so the timeline can translate it (older events: none)


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderReleased(Event):
    to_status: str
    note: str = ""
    accepted_short: bool = False


@event_type
@dataclass(frozen=True, kw_only=True)
class DisputeFlagged(Event):
    note: str


@event_type
@dataclass(frozen=True, kw_only=True)
class FlagCleared(Event):
    note: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class AlertRaised(Event):
    """An exception condition reached the alert queue (once per condition key)."""

    kind: str
    key: str
    title: str = ""
