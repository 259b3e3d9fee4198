"""What can stop a handover action: the refusals a dispatcher sees and acts on."""

from __future__ import annotations

from packstation.domain import workflow
from packstation.domain.handover import FloorParcel


class HandoverError(workflow.WorkflowError):
    """A handover action that cannot be done; the message says why and what to do."""


class LeftBehind(HandoverError):
    """Parcels for this carrier were not scanned: the closer must confirm they stay behind."""

    def __init__(self, message: str, parcels: list[FloorParcel]) -> None:
        super().__init__(message)
        self.parcels = parcels


class IncompleteOrders(HandoverError):
    """Some multi-parcel orders are only partly scanned (and no supervisor allowed a partial handover)."""

    def __init__(self, message: str, missing: dict[str, list[str]]) -> None:
        super().__init__(message)
        self.missing = missing
