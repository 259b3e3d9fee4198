"""Ports the services call for things outside the station database: claims and the central order status."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from packstation.domain.claims import ClaimResult
from packstation.domain.orders import Order
from packstation.domain.stock import Reservation, StockState

__all__ = ["CentralStatusPort", "ClaimPort", "ClaimResult", "LocalClaims", "NoCentralStatus", "NoStock", "StockPort"]


class ClaimPort(Protocol):
    """Claims an order so no other station packs it (the central store implements this)."""

    def claim(self, order_id: str, station: str) -> ClaimResult: ...

    def release(self, order_id: str, station: str) -> None: ...

    def offline(self) -> bool:
        """True while the central store is known to be unreachable."""
        ...

    def claimed_ahead(self) -> set[str]:
        """Orders this station claimed ahead, which it may pack while offline."""
        ...


class CentralStatusPort(Protocol):
    """Asks whether an order was cancelled centrally since this station took it."""

    def is_cancelled(self, order_id: str) -> bool: ...


class LocalClaims:
    """Single-station default: the station's own database is the only packer, every claim succeeds."""

    def claim(self, order_id: str, station: str) -> ClaimResult:
        return ClaimResult(True, station)

    def release(self, order_id: str, station: str) -> None:
        return None

    def offline(self) -> bool:
        return False

    def claimed_ahead(self) -> set[str]:
        return set()


class NoCentralStatus:
    def is_cancelled(self, order_id: str) -> bool:
        return False


class StockPort(Protocol):
    """Reserves an order's units with its claim and gives them back (the central store implements this)."""

    def reserve(self, order: Order, station: str) -> Reservation: ...

    def give_back(self, order_id: str, station: str, units: Mapping[str, int] | None = None) -> None: ...

    def ship(self, order_ids: list[str], station: str) -> None: ...

    def states(self, orders: list[Order]) -> dict[str, StockState]:
        """Each order's stock state; orders left out (or an empty answer) count as in stock."""
        ...

    def bins(self, order: Order) -> dict[str, str]:
        """SKU -> the bin(s) its units come from, in walking order."""
        ...


class NoStock:
    """Stock not tracked: every order's units count as available."""

    def reserve(self, order: Order, station: str) -> Reservation:
        return Reservation(StockState())

    def give_back(self, order_id: str, station: str, units: Mapping[str, int] | None = None) -> None:
        return None

    def ship(self, order_ids: list[str], station: str) -> None:
        return None

    def states(self, orders: list[Order]) -> dict[str, StockState]:
        return {}

    def bins(self, order: Order) -> dict[str, str]:
        return {}
