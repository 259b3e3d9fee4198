"""The event envelope every event carries, the registry of event types, and rebuilding an event from a row."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar
from uuid import uuid4


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, kw_only=True)
class Event:
    """Base of every event: who did what to which order, where and when."""

    type: ClassVar[str] = "Event"
    order_id: str
    station: str = ""
    user: str = ""
    id: str = field(default_factory=lambda: str(uuid4()))
    occurred_at: datetime = field(default_factory=_now)

    def payload(self) -> dict[str, Any]:
        """The event's own fields (everything but the envelope), JSON-ready."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name in _ENVELOPE:
                continue
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, datetime) else value
        return out


_ENVELOPE = {"order_id", "station", "user", "id", "occurred_at"}
EVENT_TYPES: dict[str, type[Event]] = {}


def event_type(cls: type[Event]) -> type[Event]:
    """Register an event class under its class name as its stable type string."""
    cls.type = cls.__name__
    EVENT_TYPES[cls.type] = cls
    return cls


def event_from_row(type_name: str, envelope: dict[str, Any], payload: dict[str, Any]) -> Event:
    """Rebuild a typed event from its stored parts; unknown types raise KeyError."""
    cls = EVENT_TYPES[type_name]
    return cls(**envelope, **payload)
