"""What the station screen shows, as plain data: the `StationSession` returns one after every action.

The Qt pages render these and forward inputs; nothing on a page decides. Everything here is
immutable and Qt-free, so the whole packing flow is tested and benchmarked without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from packstation.domain.orders import Order, Product
from packstation.domain.packing import Box
from packstation.domain.picking import ScanBook, ScanVerdict
from packstation.domain.stock import location_key
from packstation.domain.texts import QT_TRANSLATE_NOOP, Text, translate
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
# The packing steps as people read them (the step bar, "Resumed order … at Pack."); `shown()` translates.
STEP_NAMES: dict[Step, Text] = {
    Step.CONFIRM: QT_TRANSLATE_NOOP("Step", "Confirm"),
    Step.PICK: QT_TRANSLATE_NOOP("Step", "Pick"),
    Step.PACK: QT_TRANSLATE_NOOP("Step", "Pack"),
    Step.LABEL: QT_TRANSLATE_NOOP("Step", "Label"),
    Step.PHOTO: QT_TRANSLATE_NOOP("Step", "Photograph"),
    Step.DONE: QT_TRANSLATE_NOOP("Step", "Done"),
}
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
    location: str = ""  # the bin(s) to pick from, in walking order ("" when stock is not tracked)

    @property
    def remaining(self) -> int:
        return max(0, self.quantity - self.picked)


def line_views(
    order: Order | None, products: dict[str, Product], bins: dict[str, str] | None = None
) -> tuple[LineView, ...]:
    """The order's lines with their product names, photos, fragile marks and bins."""
    if order is None:
        return ()
    out = []
    for line in order.lines:
        product = products.get(line.sku)
        out.append(
            LineView(
                line.line_no,
                line.sku,
                line.product_name or (product.name if product else "") or line.sku,
                line.quantity,
                line.picked,
                product.image if product else "",
                bool(product and product.fragile),
                location=(bins or {}).get(line.sku, ""),
            )
        )
    return tuple(out)


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
        if self.state == "printed":
            return translate("Label", "Parcel {number}: printed ✔{tracking}").format(number=self.number, tracking=tracking)
        if self.state == "waiting":
            reason = self.reason or translate("Label", "waiting for the printer")
            return translate("Label", "Parcel {number}: waiting — {reason}").format(number=self.number, reason=reason)
        if self.state == "unknown":
            return translate("Label", "Parcel {number}: did it print? {reason}").format(number=self.number, reason=self.reason)
        if self.state == "none":
            return translate("Label", "Parcel {number}: no label yet").format(number=self.number)
        return translate("Label", "Parcel {number}: {state}").format(number=self.number, state=self.state)


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
    book: ScanBook | None = None  # the catalog's barcodes, for judging a scan at once (`forecast_scan`)

    @property
    def order_id(self) -> str:
        return self.order.order_id if self.order else ""

    @property
    def next_bin(self) -> str:
        """The next bin on the walking route among lines still to pick ("" when none has a bin)."""
        open_lines = [line for line in self.lines if line.location and line.remaining]
        if not open_lines:
            return ""
        first = min(open_lines, key=lambda line: (location_key(line.location), line.sku))
        return first.location.split(",")[0].strip()
