"""What the station screen shows, as plain data: the `StationSession` returns one after every action.

The Qt pages render these and forward inputs; nothing on a page decides. Everything here is
immutable and Qt-free, so the whole packing flow is tested and benchmarked without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from packstation.domain.orders import Order, Product
from packstation.domain.packing import Box
from packstation.domain.picking import ScanVerdict
from packstation.domain.users import Actor


class Step(StrEnum):
    """What the window shows; derived from the session and the order's status, never stored."""

    FIRST_ADMIN = "first admin"
    LOGIN = "log in"
    SETTINGS = "settings"
    QUEUE = "queue"
    CONFIRM = "confirm"
    PICK = "pick"
    PACK = "pack"
    LABEL = "label"
    PHOTO = "photograph"
    DONE = "done"
    HELD = "on hold"


PACKING_STEPS = (Step.CONFIRM, Step.PICK, Step.PACK, Step.LABEL, Step.PHOTO, Step.DONE)
TONE_SOUND = {"ok": "ok", "error": "error", "done": "done"}


@dataclass(frozen=True)
class Notice:
    """One message for the banner: its tone picks the colour and the sound. `seq` tells new from old."""

    text: str
    tone: str = "info"  # ok | error | warn | info | done
    seq: int = 0

    @property
    def sound(self) -> str | None:
        return TONE_SOUND.get(self.tone)


@dataclass(frozen=True)
class LineView:
    """One order line as the packer sees it."""

    line_no: int
    sku: str
    name: str
    quantity: int
    picked: int
    image: str = ""
    fragile: bool = False

    @property
    def remaining(self) -> int:
        return max(0, self.quantity - self.picked)


@dataclass(frozen=True)
class ScanView:
    """The verdict of the last item scan, for the Pick page's "last item" card."""

    verdict: ScanVerdict
    message: str
    sku: str = ""
    line_no: int | None = None
    name: str = ""
    seq: int = 0

    @property
    def accepted(self) -> bool:
        return self.verdict.accepted


@dataclass(frozen=True)
class ParcelView:
    """One parcel: its box, weight, expected weight with tolerance, and whether the weight counts."""

    number: int
    box_code: str
    weight_g: float | None
    expected_g: float
    allowed_g: float
    accepted: bool
    accepted_by: str = ""  # a supervisor's override ("sue: checked, extra padding")
    tracking_number: str = ""


@dataclass(frozen=True)
class PackView:
    """The Pack step: parcels, the box for the next one, the live weight and what it should be."""

    count: int = 1
    box_code: str = ""
    suggested_box: str = ""
    boxes: tuple[Box, ...] = ()
    expected_g: float | None = None  # of the parcel to weigh next, items share + box tare
    allowed_g: float = 0.0
    parcels: tuple[ParcelView, ...] = ()
    stable_g: float | None = None
    box_warning: str = ""
    scale_message: str = ""

    @property
    def weighed(self) -> int:
        return sum(1 for p in self.parcels if p.accepted)

    @property
    def current(self) -> int:
        """Number of the parcel to weigh next (count + 1 when all are weighed)."""
        return min(self.weighed + 1, self.count + 1)

    @property
    def complete(self) -> bool:
        return self.weighed >= self.count


@dataclass(frozen=True)
class ParcelLabelView:
    """One parcel on the Label page: its live print job's state and its rendered preview."""

    number: int
    tracking_number: str = ""
    state: str = "none"  # printed | waiting | unknown | none
    reason: str = ""
    preview: bytes = b""

    @property
    def line(self) -> str:
        tracking = f" · {self.tracking_number}" if self.tracking_number else ""
        return {
            "printed": f"Parcel {self.number}: printed ✔{tracking}",
            "waiting": f"Parcel {self.number}: waiting — {self.reason or 'waiting for the printer'}",
            "unknown": f"Parcel {self.number}: did it print? {self.reason}",
            "none": f"Parcel {self.number}: no label yet",
        }.get(self.state, f"Parcel {self.number}: {self.state}")


@dataclass(frozen=True)
class LabelView:
    """What the Label page shows for the open order."""

    order_id: str = ""
    parcels: tuple[ParcelLabelView, ...] = ()

    def in_state(self, state: str) -> list[ParcelLabelView]:
        return [p for p in self.parcels if p.state == state]

    @property
    def all_printed(self) -> bool:
        return bool(self.parcels) and all(p.state == "printed" for p in self.parcels)


@dataclass(frozen=True)
class PhotoView:
    """The Photograph step: which photos are still needed and whether one must be taken again."""

    required: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    needs_retake: bool = False
    camera_trouble: str = ""


@dataclass(frozen=True)
class StationView:
    """Everything the station window shows at one moment."""

    step: Step
    station: str = ""
    actor: Actor | None = None
    order: Order | None = None
    lines: tuple[LineView, ...] = ()
    products: dict[str, Product] = field(default_factory=dict)
    pack: PackView = field(default_factory=PackView)
    labels: LabelView = field(default_factory=LabelView)
    photos: PhotoView = field(default_factory=PhotoView)
    last_scan: ScanView | None = None
    notice: Notice | None = None
    next_action: str = ""
    summary: dict[str, str] = field(default_factory=dict)
    busy: str = ""
    hold_kind: str = ""  # weight | short | other | cancelled (on the held page)
    central: str = ""  # "", or why the central store cannot be reached

    @property
    def order_id(self) -> str:
        return self.order.order_id if self.order else ""
