"""What the dispatch screen shows, as plain data: `DispatchSession` returns one after every action.

Immutable and Qt-free, like the packing `StationView`: the dispatch page renders it and forwards input.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from packstation.domain.handover import FloorParcel, ScanVerdict
from packstation.domain.texts import joined, translate


class DispatchStage(StrEnum):
    """Where the handover at this station stands."""

    CARRIER = "carrier"  # choose the carrier (or scan the courier's manifest barcode)
    COURIER = "courier"  # the courier's name and, optionally, the vehicle plate
    SCANNING = "scanning"  # scan each parcel's label
    CLOSING = "closing"  # left-behind list, handover photos, the courier's acknowledgement
    DONE = "done"  # closed: the orders are Shipped


@dataclass(frozen=True)
class DispatchNotice:
    """One message for the banner; `seq` tells a new one from the last."""

    text: str
    tone: str = "info"  # ok | error | warn | info | done
    seq: int = 0


@dataclass(frozen=True)
class VerdictView:
    """The last parcel scan's verdict, in the words and sound the pick step uses."""

    verdict: ScanVerdict
    seq: int

    @property
    def accepted(self) -> bool:
        return self.verdict.accepted

    @property
    def loud(self) -> bool:
        return self.verdict.loud

    @property
    def sound(self) -> str:
        return self.verdict.sound


@dataclass(frozen=True)
class CarrierChoice:
    """A carrier the courier may have come for: what waits for it, what is due today and what is late."""

    carrier: str
    staged_parcels: int = 0
    due_today: int = 0
    late: int = 0
    open_handover: str = ""

    @property
    def line(self) -> str:
        parts = [translate("Dispatch", "{count} parcel(s) waiting").format(count=self.staged_parcels)]
        if self.due_today:
            parts.append(translate("Dispatch", "{count} due today").format(count=self.due_today))
        if self.late:
            parts.append(translate("Dispatch", "{count} LATE").format(count=self.late))
        if self.open_handover:
            parts.append(translate("Dispatch", "open handover {id}").format(id=self.open_handover))
        return f"{self.carrier}: " + joined(parts, ", ")


@dataclass(frozen=True)
class DispatchParcel:
    """One parcel scanned out into the open handover."""

    order_id: str
    number: int
    tracking_number: str


@dataclass(frozen=True)
class DispatchView:
    """The dispatch screen: stage, handover, last verdict, and what closing still needs."""

    active: bool = False
    stage: DispatchStage = DispatchStage.CARRIER
    actor_name: str = ""
    carriers: tuple[CarrierChoice, ...] = ()
    carrier: str = ""
    courier: str = ""
    vehicle_plate: str = ""
    handover_id: str = ""
    count_line: str = ""
    parcels: tuple[DispatchParcel, ...] = ()
    incomplete: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (order, tracking numbers still to scan)
    last: VerdictView | None = None
    notice: DispatchNotice | None = None
    left_behind: tuple[FloorParcel, ...] = ()
    left_behind_confirmed: bool = False
    photos: tuple[str, ...] = ()  # kinds taken so far: parcels, courier
    acknowledgement: str = ""  # the typed name, or "signature"
    manifest_id: str = ""  # the closed manifest (stage DONE)
    shipped_orders: int = 0
    summary_printed: str = ""  # what the label printer said about the manifest summary
    closed_at: datetime | None = None
    kind: str = "pickup"  # or "dropoff": the seller takes the parcels to the carrier

    @property
    def needs_left_behind_confirmation(self) -> bool:
        return bool(self.left_behind) and not self.left_behind_confirmed

    @property
    def next_action(self) -> str:
        if not self.active:
            return ""
        if self.stage is DispatchStage.CARRIER:
            return translate("Dispatch", "Choose the carrier, or scan the courier's manifest barcode")
        if self.stage is DispatchStage.COURIER:
            return translate(
                "Dispatch", "Type or scan the {carrier} courier's name (and the vehicle plate), then OK"
            ).format(carrier=self.carrier)
        if self.stage is DispatchStage.SCANNING:
            return translate("Dispatch", "Scan each parcel's label · {count} · OK when every parcel is scanned").format(
                count=self.count_line
            )
        if self.stage is DispatchStage.CLOSING:
            if self.needs_left_behind_confirmation:
                return translate("Dispatch", "{count} parcel(s) left behind: scan them, or OK to leave them").format(
                    count=len(self.left_behind)
                )
            if self.kind == "dropoff":
                if "receipt" not in self.photos:
                    return translate("Dispatch", "At the drop-off point? PHOTO: the carrier's receipt, then OK")
                return translate("Dispatch", "OK to close the drop-off: the orders become Shipped")
            if "parcels" not in self.photos:
                return translate("Dispatch", "PHOTO: the parcels handed over")
            if not self.acknowledgement:
                return translate("Dispatch", "The courier signs on the pad, or types their name")
            return translate("Dispatch", "OK to close the handover: the orders become Shipped")
        return translate("Dispatch", "Manifest {id} closed · OK for a new handover, F12 to leave dispatch").format(
            id=self.manifest_id
        )
