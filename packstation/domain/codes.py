"""Stored codes as people read them: event types, scan verdicts, photo kinds, verification problems.

The codes stay what the database, the manifests and the command line hold; a screen shows
`shown(code_name(TABLE, code))`: the translated word of a known code, the code itself otherwise
(a newer station's event, a photo kind named in a station's config). Each source is the code
itself, so English screens keep showing the codes supervisors know (and search the log for);
the other languages give a word for each.
"""

from __future__ import annotations

from collections.abc import Mapping

from packstation.domain.texts import QT_TRANSLATE_NOOP, Text, joined

EVENT_NAMES: dict[str, Text] = {
    "UnitScanned": QT_TRANSLATE_NOOP("EventType", "UnitScanned"),
    "ScanRejected": QT_TRANSLATE_NOOP("EventType", "ScanRejected"),
    "ScanUndone": QT_TRANSLATE_NOOP("EventType", "ScanUndone"),
    "OrderPicked": QT_TRANSLATE_NOOP("EventType", "OrderPicked"),
    "ParcelWeighed": QT_TRANSLATE_NOOP("EventType", "ParcelWeighed"),
    "WeightOverridden": QT_TRANSLATE_NOOP("EventType", "WeightOverridden"),
    "OrderPacked": QT_TRANSLATE_NOOP("EventType", "OrderPacked"),
    "LabelPrinted": QT_TRANSLATE_NOOP("EventType", "LabelPrinted"),
    "LabelReprinted": QT_TRANSLATE_NOOP("EventType", "LabelReprinted"),
    "LabelVoided": QT_TRANSLATE_NOOP("EventType", "LabelVoided"),
    "OrderLabelled": QT_TRANSLATE_NOOP("EventType", "OrderLabelled"),
    "PhotoTaken": QT_TRANSLATE_NOOP("EventType", "PhotoTaken"),
    "PhotosWaived": QT_TRANSLATE_NOOP("EventType", "PhotosWaived"),
    "OrderPhotographed": QT_TRANSLATE_NOOP("EventType", "OrderPhotographed"),
    "OrderStaged": QT_TRANSLATE_NOOP("EventType", "OrderStaged"),
    "LabelStepReopened": QT_TRANSLATE_NOOP("EventType", "LabelStepReopened"),
    "CarrierStatusChanged": QT_TRANSLATE_NOOP("EventType", "CarrierStatusChanged"),
    "DeliveryStatusSet": QT_TRANSLATE_NOOP("EventType", "DeliveryStatusSet"),
    "DeliveryProofKept": QT_TRANSLATE_NOOP("EventType", "DeliveryProofKept"),
    "OrderShipped": QT_TRANSLATE_NOOP("EventType", "OrderShipped"),
    "HandoverOpened": QT_TRANSLATE_NOOP("EventType", "HandoverOpened"),
    "ParcelScannedOut": QT_TRANSLATE_NOOP("EventType", "ParcelScannedOut"),
    "HandoverScanRefused": QT_TRANSLATE_NOOP("EventType", "HandoverScanRefused"),
    "PartialHandoverAllowed": QT_TRANSLATE_NOOP("EventType", "PartialHandoverAllowed"),
    "HandoverClosed": QT_TRANSLATE_NOOP("EventType", "HandoverClosed"),
    "HandoverAbandoned": QT_TRANSLATE_NOOP("EventType", "HandoverAbandoned"),
    "ShipmentReported": QT_TRANSLATE_NOOP("EventType", "ShipmentReported"),
    "ShipmentRefused": QT_TRANSLATE_NOOP("EventType", "ShipmentRefused"),
    "CancellationReported": QT_TRANSLATE_NOOP("EventType", "CancellationReported"),
    "CancellationRefused": QT_TRANSLATE_NOOP("EventType", "CancellationRefused"),
    "OrderImported": QT_TRANSLATE_NOOP("EventType", "OrderImported"),
    "OrderUpdated": QT_TRANSLATE_NOOP("EventType", "OrderUpdated"),
    "OrderCancelled": QT_TRANSLATE_NOOP("EventType", "OrderCancelled"),
    "OrderConfirmed": QT_TRANSLATE_NOOP("EventType", "OrderConfirmed"),
    "OrderRequeued": QT_TRANSLATE_NOOP("EventType", "OrderRequeued"),
    "OrderHeld": QT_TRANSLATE_NOOP("EventType", "OrderHeld"),
    "OrderReleased": QT_TRANSLATE_NOOP("EventType", "OrderReleased"),
    "DisputeFlagged": QT_TRANSLATE_NOOP("EventType", "DisputeFlagged"),
    "FlagCleared": QT_TRANSLATE_NOOP("EventType", "FlagCleared"),
    "AlertRaised": QT_TRANSLATE_NOOP("EventType", "AlertRaised"),
    "ReturnAnnounced": QT_TRANSLATE_NOOP("EventType", "ReturnAnnounced"),
    "ReturnOpened": QT_TRANSLATE_NOOP("EventType", "ReturnOpened"),
    "ReturnRefusedScan": QT_TRANSLATE_NOOP("EventType", "ReturnRefusedScan"),
    "ReturnWeighed": QT_TRANSLATE_NOOP("EventType", "ReturnWeighed"),
    "ReturnPhotoTaken": QT_TRANSLATE_NOOP("EventType", "ReturnPhotoTaken"),
    "ReturnUnitChecked": QT_TRANSLATE_NOOP("EventType", "ReturnUnitChecked"),
    "ReturnReceived": QT_TRANSLATE_NOOP("EventType", "ReturnReceived"),
    "ReturnUnitGraded": QT_TRANSLATE_NOOP("EventType", "ReturnUnitGraded"),
    "ReturnUnitDecided": QT_TRANSLATE_NOOP("EventType", "ReturnUnitDecided"),
    "StockDecided": QT_TRANSLATE_NOOP("EventType", "StockDecided"),
    "VideoRecorded": QT_TRANSLATE_NOOP("EventType", "VideoRecorded"),
    "VideoIncomplete": QT_TRANSLATE_NOOP("EventType", "VideoIncomplete"),
    "VideoPurged": QT_TRANSLATE_NOOP("EventType", "VideoPurged"),
    "VideoShortfallAccepted": QT_TRANSLATE_NOOP("EventType", "VideoShortfallAccepted"),
}

# `ScanVerdict` values (domain.picking), as the review's scan table shows them.
VERDICT_NAMES: dict[str, Text] = {
    "ok": QT_TRANSLATE_NOOP("ScanVerdict", "ok"),
    "complete": QT_TRANSLATE_NOOP("ScanVerdict", "complete"),
    "wrong_item": QT_TRANSLATE_NOOP("ScanVerdict", "wrong_item"),
    "over_scan": QT_TRANSLATE_NOOP("ScanVerdict", "over_scan"),
    "unknown": QT_TRANSLATE_NOOP("ScanVerdict", "unknown"),
    "other_order": QT_TRANSLATE_NOOP("ScanVerdict", "other_order"),
    "empty": QT_TRANSLATE_NOOP("ScanVerdict", "empty"),
    "unreadable": QT_TRANSLATE_NOOP("ScanVerdict", "unreadable"),
}

# Photo kinds: the packing photos of `[photos] required` and the handover photos.
PHOTO_KIND_NAMES: dict[str, Text] = {
    "contents": QT_TRANSLATE_NOOP("PhotoKind", "contents"),
    "sealed": QT_TRANSLATE_NOOP("PhotoKind", "sealed"),
    "parcels": QT_TRANSLATE_NOOP("PhotoKind", "parcels"),
    "courier": QT_TRANSLATE_NOOP("PhotoKind", "courier"),
    "receipt": QT_TRANSLATE_NOOP("PhotoKind", "receipt"),
}

# How parcels reach the carrier (`domain.handover.HandoverKind` values).
HANDOVER_KIND_NAMES: dict[str, Text] = {
    "pickup": QT_TRANSLATE_NOOP("HandoverKind", "pickup"),
    "dropoff": QT_TRANSLATE_NOOP("HandoverKind", "dropoff"),
}

# A photo's verification: `ok`, not checked, or the `evidence.verify.Problem` values.
VERIFICATION_NAMES: dict[str, Text] = {
    "ok": QT_TRANSLATE_NOOP("Verification", "ok"),
    "not checked": QT_TRANSLATE_NOOP("Verification", "not checked"),
    "changed": QT_TRANSLATE_NOOP("Verification", "changed"),
    "missing": QT_TRANSLATE_NOOP("Verification", "missing"),
    "record_edited": QT_TRANSLATE_NOOP("Verification", "record_edited"),
    "chain_broken": QT_TRANSLATE_NOOP("Verification", "chain_broken"),
    "reordered": QT_TRANSLATE_NOOP("Verification", "reordered"),
}


def code_name(table: Mapping[str, Text], code: str) -> str:
    """The words for a stored code (translated when shown), or the code itself when it is not known."""
    return table.get(code, code)


def verification_name(state: str) -> str:
    """A photo's verification state in words; comma-joined problems each in words."""
    parts = [part.strip() for part in state.split(",")] if state else []
    if len(parts) <= 1:
        return code_name(VERIFICATION_NAMES, state)
    return joined([code_name(VERIFICATION_NAMES, part) for part in parts], ", ")


__all__ = [
    "EVENT_NAMES",
    "HANDOVER_KIND_NAMES",
    "PHOTO_KIND_NAMES",
    "VERDICT_NAMES",
    "VERIFICATION_NAMES",
    "code_name",
    "verification_name",
]
