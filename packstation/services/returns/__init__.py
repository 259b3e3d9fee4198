"""Returns: receive a returned parcel on camera against its original order (service, session, pack)."""

from packstation.services.returns.service import (
    OutboundSummary,
    ReturnDetail,
    ReturnPhoto,
    ReturnsService,
    UnitResult,
)

__all__ = ["OutboundSummary", "ReturnDetail", "ReturnPhoto", "ReturnsService", "UnitResult"]
