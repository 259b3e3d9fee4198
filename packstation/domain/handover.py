"""Handing parcels to the carrier: what a scan at the handover means, and when a manifest may close.

Pure rules, no I/O. The service looks up what it knows about the scanned parcel (a `FloorParcel`: the
parcel as staged, plus the order's current state) and `judge_scan` says what the courier's handover
makes of it, in the words and sound the dispatch screen shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from packstation.domain.texts import translate


class HandoverKind(StrEnum):
    PICKUP = "pickup"  # the courier collects at the warehouse
    DROPOFF = "dropoff"  # the seller takes the parcels to the carrier's drop-off point


class HandoverState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    ABANDONED = "abandoned"  # cancelled by a supervisor before closing; nothing shipped


class Verdict(StrEnum):
    """What a scan at the handover was judged to be."""

    ADDED = "added"
    ORDER_COMPLETE = "order_complete"
    ALREADY_SCANNED = "already_scanned"  # scanned twice into this same handover: harmless
    WRONG_CARRIER = "wrong_carrier"
    CANCELLED = "cancelled"
    ON_HOLD = "on_hold"
    LABEL_VOIDED = "label_voided"
    NO_LABEL = "no_label"
    NO_PHOTOS = "no_photos"
    NOT_STAGED = "not_staged"
    ALREADY_HANDED_OVER = "already_handed_over"
    IN_OTHER_HANDOVER = "in_other_handover"
    UNKNOWN = "unknown"

    @property
    def accepted(self) -> bool:
        return self in (Verdict.ADDED, Verdict.ORDER_COMPLETE, Verdict.ALREADY_SCANNED)


@dataclass(frozen=True)
class FloorParcel:
    """A staged parcel as the handover sees it: where it stands, whose it is, and what is known of it."""

    order_id: str
    number: int
    carrier: str
    tracking_number: str
    sscc: str = ""
    weight_g: float | None = None
    location: str = ""
    station: str = ""  # the station that staged it
    photos: int = 0
    photos_waived: bool = False
    state: str = "staged"  # staged, held, cancelled, shipped (as last known, locally or from the centre)
    note: str = ""
    manifest_id: str = ""  # the closed manifest that took it
    parcels_in_order: int = 1


@dataclass(frozen=True)
class ScanVerdict:
    """One scan's judgement: a tone and a sound for the screen, a sentence, and what it is about."""

    code: str
    verdict: Verdict
    message: str
    order_id: str = ""
    parcel: int = 0
    tracking_number: str = ""
    count_line: str = ""  # "14 of 23 for J&T today"
    rest_of_order: tuple[str, ...] = ()  # tracking numbers of the order's parcels still to scan
    loud: bool = False  # wrong carrier: blocked loudly

    @property
    def accepted(self) -> bool:
        return self.verdict.accepted

    @property
    def tone(self) -> str:
        return "ok" if self.accepted else "error"

    @property
    def sound(self) -> str:
        if not self.accepted:
            return "error"
        return "done" if self.verdict is Verdict.ORDER_COMPLETE else "ok"

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "verdict": self.verdict.value,
            "accepted": self.accepted,
            "tone": self.tone,
            "sound": self.sound,
            "message": self.message,
            "order_id": self.order_id,
            "parcel": self.parcel,
            "tracking_number": self.tracking_number,
            "count_line": self.count_line,
            "rest_of_order": list(self.rest_of_order),
            "loud": self.loud,
        }


def carrier_key(name: str) -> str:
    """Carrier names compared by letters and digits only: `J&T Express` and `j&t express` match."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def same_carrier(a: str, b: str) -> bool:
    """`J&T` and `J&T Express` are one carrier; `J&T` and `Flash` are not."""
    ka, kb = carrier_key(a), carrier_key(b)
    if not ka or not kb:
        return False
    return ka == kb or ka.startswith(kb) or kb.startswith(ka)


def scanned_code(raw: str) -> tuple[str, str]:
    """(tracking form, SSCC or "") of a scanned label code: symbology prefix and GS1 AI (00) removed."""
    code = raw.strip()
    for prefix in ("]C1", "]C0", "]E0", "]Q3"):
        if code.startswith(prefix):
            code = code[len(prefix) :]
    code = code.replace("\x1d", "")
    digits = code.replace("(", "").replace(")", "")
    if digits.isdigit() and len(digits) == 20 and digits.startswith("00"):
        return digits[2:], digits[2:]
    if digits.isdigit() and len(digits) == 18:
        return digits, digits
    return code.upper(), ""


def count_line(in_handover: int, expected: int, carrier: str) -> str:
    return translate("Handover", "{count} of {expected} for {carrier} today").format(
        count=in_handover, expected=expected, carrier=carrier
    )


def judge_refusal(
    code: str,
    parcel: FloorParcel,
    carrier: str,
    *,
    order_status: str = "",
    hold_reason: str = "",
    cancelled_centrally: bool = False,
    label_voided: bool = False,
    other_open_manifest: str = "",
) -> ScanVerdict | None:
    """Why a staged parcel may not go into a `carrier` handover now (None: it may)."""

    def refuse(verdict: Verdict, message: str, loud: bool = False) -> ScanVerdict:
        return ScanVerdict(
            code, verdict, message, parcel.order_id, parcel.number, parcel.tracking_number, loud=loud
        )

    oid = parcel.order_id
    # The parcel's own record decides: a partial handover ships the order while its other parcels wait.
    if parcel.manifest_id or parcel.state == "shipped":
        where = translate("Handover", " in manifest {id}").format(id=parcel.manifest_id) if parcel.manifest_id else ""
        return refuse(
            Verdict.ALREADY_HANDED_OVER,
            translate(
                "Handover", "Already handed over{where}: order {order} shipped. Put this parcel aside and tell a supervisor."
            ).format(where=where, order=oid),
        )
    if parcel.state == "cancelled" or order_status == "Cancelled" or cancelled_centrally:
        return refuse(
            Verdict.CANCELLED,
            translate(
                "Handover",
                "STOP: order {order} was cancelled. Do not hand it over: take the parcel back, unpack it and "
                "return the items to stock.",
            ).format(order=oid),
        )
    if parcel.state == "held" or order_status == "OnHold":
        reason = hold_reason or parcel.note or translate("Handover", "no reason given")
        return refuse(
            Verdict.ON_HOLD,
            translate("Handover", "Order {order} is on hold ({reason}). Keep the parcel back; a supervisor must release it.").format(
                order=oid, reason=reason
            ),
        )
    if label_voided:
        return refuse(
            Verdict.LABEL_VOIDED,
            translate(
                "Handover",
                "This label ({tracking}) was voided. Do not hand it over: take the parcel back to a bench and print its new label.",
            ).format(tracking=parcel.tracking_number),
        )
    if not parcel.tracking_number:
        return refuse(
            Verdict.NO_LABEL,
            translate("Handover", "Parcel {number} of order {order} has no label. Take it back to a bench to print one.").format(
                number=parcel.number, order=oid
            ),
        )
    if parcel.photos <= 0 and not parcel.photos_waived:
        return refuse(
            Verdict.NO_PHOTOS,
            translate(
                "Handover",
                "Order {order} has no proof photos. Take it back to a bench to photograph it (or a supervisor waives them).",
            ).format(order=oid),
        )
    if not same_carrier(parcel.carrier, carrier):
        return refuse(
            Verdict.WRONG_CARRIER,
            translate(
                "Handover",
                "WRONG CARRIER: this parcel goes with {right}, not {carrier}. "
                "Do not give it to this courier; put it back with {back}.",
            ).format(
                right=parcel.carrier or translate("Handover", "no carrier"),
                carrier=carrier,
                back=parcel.carrier or translate("Handover", "the unassigned parcels"),
            ),
            loud=True,
        )
    if other_open_manifest:
        return refuse(
            Verdict.IN_OTHER_HANDOVER,
            translate(
                "Handover",
                "Parcel already scanned into handover {id}, still open. Close or cancel that handover first.",
            ).format(id=other_open_manifest),
        )
    return None


def refusal_for_unstaged(
    code: str, order_id: str, status: str, parcel: int = 0, tracking: str = ""
) -> ScanVerdict:
    """A parcel known to the station but not staged: say which step it still needs."""
    oid = order_id
    if status == "Cancelled":
        return ScanVerdict(
            code,
            Verdict.CANCELLED,
            translate(
                "Handover",
                "STOP: order {order} was cancelled. Do not hand it over: take the parcel back, unpack it and "
                "return the items to stock.",
            ).format(order=oid),
            oid,
            parcel,
            tracking,
        )
    if status == "OnHold":
        return ScanVerdict(
            code,
            Verdict.ON_HOLD,
            translate("Handover", "Order {order} is on hold. Keep the parcel back; a supervisor must release it.").format(order=oid),
            oid,
            parcel,
            tracking,
        )
    if status in ("Shipped", "InTransit", "Delivered", "Delayed", "Lost", "Returned"):
        return ScanVerdict(
            code,
            Verdict.ALREADY_HANDED_OVER,
            translate(
                "Handover", "Already handed over: order {order} is {status}. Put this parcel aside and tell a supervisor."
            ).format(order=oid, status=status),
            oid,
            parcel,
            tracking,
        )
    if status in ("Ready", "Confirmed", "Picked", "Packed"):
        return ScanVerdict(
            code,
            Verdict.NO_LABEL,
            translate(
                "Handover", "Order {order} is {status}: its label was never printed. Take it back to a bench to finish it."
            ).format(order=oid, status=status),
            oid,
            parcel,
            tracking,
        )
    if status == "Labelled":
        return ScanVerdict(
            code,
            Verdict.NO_PHOTOS,
            translate("Handover", "Order {order} has no proof photos yet. Take it back to a bench to photograph it.").format(
                order=oid
            ),
            oid,
            parcel,
            tracking,
        )
    return ScanVerdict(
        code,
        Verdict.NOT_STAGED,
        translate("Handover", "Order {order} is {status}, not staged for pickup. Finish it at the bench first.").format(
            order=oid, status=status
        ),
        oid,
        parcel,
        tracking,
    )


def unknown_parcel(code: str) -> ScanVerdict:
    if not code:
        return ScanVerdict(code, Verdict.UNKNOWN, translate("Handover", "Nothing was read: scan the parcel's label again."))
    return ScanVerdict(
        code,
        Verdict.UNKNOWN,
        translate(
            "Handover",
            "Unknown parcel {code}: no staged order has this label. Put it aside for a supervisor "
            "(or sync, if it was packed at another station).",
        ).format(code=code),
    )


@dataclass(frozen=True)
class ParcelLine:
    """One parcel on a manifest."""

    order_id: str
    number: int
    parcels_in_order: int
    tracking_number: str
    weight_g: float | None
    sscc: str = ""
    location: str = ""
    scanned_at: datetime | None = None


@dataclass(frozen=True)
class ManifestPhoto:
    kind: str
    sha256: str
    image: bytes  # the stamped JPEG (or signature PNG)


@dataclass(frozen=True)
class Manifest:
    """Everything printed on the manifest PDF."""

    manifest_id: str
    kind: str
    carrier: str
    courier: str
    vehicle_plate: str
    station: str
    handed_over_by: str
    opened_at: datetime
    closed_at: datetime
    local_zone: str
    local_closed_at: datetime
    parcels: tuple[ParcelLine, ...]
    acknowledgement: str = ""  # typed name, or "signature"
    signature: bytes | None = None
    photos: tuple[ManifestPhoto, ...] = ()
    left_behind: tuple[str, ...] = ()
    partial_orders: tuple[str, ...] = ()
    content_sha256: str = ""

    @property
    def orders(self) -> list[str]:
        return list(dict.fromkeys(p.order_id for p in self.parcels))

    @property
    def total_weight_g(self) -> float:
        return sum(p.weight_g or 0.0 for p in self.parcels)


def incomplete_orders(
    scanned: dict[str, set[int]],
    parcels_in_order: dict[str, int],
    allowed: set[str] = frozenset(),  # type: ignore[assignment]
) -> dict[str, int]:
    """Orders with only some parcels scanned (and not allowed partial by a supervisor): parcels missing."""
    return {
        oid: parcels_in_order.get(oid, 1) - len(numbers)
        for oid, numbers in scanned.items()
        if len(numbers) < parcels_in_order.get(oid, 1) and oid not in allowed
    }


@dataclass
class CarrierBoardRow:
    """One carrier on the supervisor's board: what waits, what must go today and what is late."""

    carrier: str
    staged_parcels: int = 0
    staged_orders: int = 0
    due_today: list[str] = field(default_factory=list)
    late: list[str] = field(default_factory=list)
    open_handovers: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "carrier": self.carrier,
            "staged_parcels": self.staged_parcels,
            "staged_orders": self.staged_orders,
            "due_today": self.due_today,
            "late": self.late,
            "open_handovers": self.open_handovers,
        }


COURIER_CODE_SEPARATOR = "|"


def courier_manifest_code(carrier: str, manifest_id: str, parcels: int) -> str:
    """What the courier scans off a manifest: `JTEXPRESS|M-ST1-20261201-0001|14` (carrier, manifest, count).

    ASCII only (Code 128): the carrier by its letters and digits, upper case, as `carrier_key` compares it.
    """
    key = carrier_key(carrier).upper() or "CARRIER"
    key = "".join(ch for ch in key if ch.isascii())[:24] or "CARRIER"
    return COURIER_CODE_SEPARATOR.join((key, manifest_id, str(max(0, parcels))))


def parse_courier_manifest_code(code: str) -> tuple[str, str, int] | None:
    """(carrier key, manifest id, parcels) of a courier manifest barcode, or None when it is not one."""
    parts = code.strip().split(COURIER_CODE_SEPARATOR)
    if len(parts) != 3 or not parts[1].upper().startswith("M-") or not parts[2].isdigit():
        return None
    return parts[0], parts[1].upper(), int(parts[2])
