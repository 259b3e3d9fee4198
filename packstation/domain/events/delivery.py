"""Delivery events after the handover: carrier status changes, tracking verdicts, proofs of delivery."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from packstation.domain.events.base import Event, event_type


@event_type
@dataclass(frozen=True, kw_only=True)
class CarrierStatusChanged(Event):
    status: str
    note: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class DeliveryStatusSet(Event):
    """A shipped order's status after tracking: set by a carrier scan or by one of the exception rules."""

    status: str
    rule: str
    note: str = ""
    previous: str = ""
    failed_attempts: int = 0

    def payload(self) -> dict[str, Any]:
        # Written for every carrier status change of an import (100,000s): skip the generic field walk.
        return {
            "status": self.status,
            "rule": self.rule,
            "note": self.note,
            "previous": self.previous,
            "failed_attempts": self.failed_attempts,
        }


@event_type
@dataclass(frozen=True, kw_only=True)
class DeliveryProofKept(Event):
    """A carrier's proof of delivery (photo or signature) kept with the order's evidence."""

    source: str
    sha256: str = ""
    blob_key: str = ""
    url: str = ""
    tracking_number: str = ""
