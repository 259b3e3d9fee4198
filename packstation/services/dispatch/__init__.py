"""Dispatch mode: the Qt-free flow of handing parcels to a courier at a station."""

from packstation.services.dispatch.session import DispatchSession, carrier_in_code
from packstation.services.dispatch.view import (
    CarrierChoice,
    DispatchNotice,
    DispatchParcel,
    DispatchStage,
    DispatchView,
    VerdictView,
)

__all__ = [
    "CarrierChoice",
    "DispatchNotice",
    "DispatchParcel",
    "DispatchSession",
    "DispatchStage",
    "DispatchView",
    "VerdictView",
    "carrier_in_code",
]
