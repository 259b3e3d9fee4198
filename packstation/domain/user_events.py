"""Station-level events about people: logins, logouts, failed logins and changes to user records.

They carry `order_id=""` because they belong to the station, not to an order.
"""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.events import Event, event_type

STATION_EVENT = ""
"""The order id of a station-level event."""


@event_type
@dataclass(frozen=True, kw_only=True)
class UserLoggedIn(Event):
    method: str  # pin, badge
    role: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class UserLoggedOut(Event):
    reason: str = "logout"  # logout, idle, switch


@event_type
@dataclass(frozen=True, kw_only=True)
class LoginFailed(Event):
    method: str  # pin, badge, supervisor
    reason: str
    claimed_user: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class UserChanged(Event):
    target: str
    change: str  # created, pin, badge, role, deactivated
    detail: str = ""
