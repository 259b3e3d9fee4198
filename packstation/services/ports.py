"""Ports the services call for things outside the station database: claims and the central order status."""

from __future__ import annotations

from typing import Protocol

from packstation.domain.claims import ClaimResult

__all__ = ["CentralStatusPort", "ClaimPort", "ClaimResult", "LocalClaims", "NoCentralStatus"]


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
