"""Typed, immutable status events. Every state change emits one; the store writes it with the change.

One module per family of events (orders, bench, video, handover, delivery, marketplace, returns);
this package exports them all, so `from packstation.domain.events import OrderShipped` is the import.
"""

from packstation.domain.events.base import EVENT_TYPES, Event, event_from_row, event_type
from packstation.domain.events.bench import (
    LabelPrinted,
    LabelReprinted,
    LabelStepReopened,
    LabelVoided,
    OrderLabelled,
    OrderPacked,
    OrderPhotographed,
    OrderPicked,
    OrderStaged,
    ParcelWeighed,
    PhotosWaived,
    PhotoTaken,
    ScanRejected,
    ScanUndone,
    UnitScanned,
    WeightOverridden,
)
from packstation.domain.events.delivery import (
    CarrierStatusChanged,
    DeliveryProofKept,
    DeliveryStatusSet,
)
from packstation.domain.events.handover import (
    HandoverAbandoned,
    HandoverClosed,
    HandoverOpened,
    HandoverScanRefused,
    OrderShipped,
    ParcelScannedOut,
    PartialHandoverAllowed,
)
from packstation.domain.events.marketplace import (
    CancellationRefused,
    CancellationReported,
    ShipmentRefused,
    ShipmentReported,
)
from packstation.domain.events.orders import (
    AlertRaised,
    DisputeFlagged,
    FlagCleared,
    OrderCancelled,
    OrderConfirmed,
    OrderHeld,
    OrderImported,
    OrderReleased,
    OrderRequeued,
    OrderUpdated,
)
from packstation.domain.events.returns import (
    ReturnAnnounced,
    ReturnOpened,
    ReturnPhotoTaken,
    ReturnReceived,
    ReturnRefusedScan,
    ReturnUnitChecked,
    ReturnUnitDecided,
    ReturnUnitGraded,
    ReturnWeighed,
    StockDecided,
)
from packstation.domain.events.video import (
    VideoIncomplete,
    VideoPurged,
    VideoRecorded,
    VideoShortfallAccepted,
)

# isort: split
# Station-level event types live in their own module; importing it registers them for event_from_row.
from packstation.domain import user_events as _user_events  # noqa: F401

__all__ = [
    "AlertRaised",
    "CancellationRefused",
    "CancellationReported",
    "CarrierStatusChanged",
    "DeliveryProofKept",
    "DeliveryStatusSet",
    "DisputeFlagged",
    "EVENT_TYPES",
    "Event",
    "FlagCleared",
    "HandoverAbandoned",
    "HandoverClosed",
    "HandoverOpened",
    "HandoverScanRefused",
    "LabelPrinted",
    "LabelReprinted",
    "LabelStepReopened",
    "LabelVoided",
    "OrderCancelled",
    "OrderConfirmed",
    "OrderHeld",
    "OrderImported",
    "OrderLabelled",
    "OrderPacked",
    "OrderPhotographed",
    "OrderPicked",
    "OrderReleased",
    "OrderRequeued",
    "OrderShipped",
    "OrderStaged",
    "OrderUpdated",
    "ParcelScannedOut",
    "ParcelWeighed",
    "PartialHandoverAllowed",
    "PhotoTaken",
    "PhotosWaived",
    "ReturnAnnounced",
    "ReturnOpened",
    "ReturnPhotoTaken",
    "ReturnReceived",
    "ReturnRefusedScan",
    "ReturnUnitChecked",
    "ReturnUnitDecided",
    "ReturnUnitGraded",
    "ReturnWeighed",
    "ScanRejected",
    "ScanUndone",
    "ShipmentRefused",
    "ShipmentReported",
    "StockDecided",
    "UnitScanned",
    "VideoIncomplete",
    "VideoPurged",
    "VideoRecorded",
    "VideoShortfallAccepted",
    "WeightOverridden",
    "event_from_row",
    "event_type",
]
