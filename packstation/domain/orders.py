"""Orders as the warehouse sees them: lines to pick, a recipient, a carrier, a deadline, a status."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from packstation.domain.texts import QT_TRANSLATE_NOOP, Text


class OrderStatus(StrEnum):
    """Where an order is on the bench (DESIGN.md statuses)."""

    READY = "Ready"
    CONFIRMED = "Confirmed"
    PICKED = "Picked"
    PACKED = "Packed"
    LABELLED = "Labelled"
    PHOTOGRAPHED = "Photographed"
    STAGED = "Staged"  # packed and proven, waiting for its carrier
    SHIPPED = "Shipped"  # handed over in a manifest
    ON_HOLD = "OnHold"
    CANCELLED = "Cancelled"
    IN_TRANSIT = "InTransit"
    DELIVERED = "Delivered"
    DELAYED = "Delayed"
    LOST = "Lost"
    RETURNED = "Returned"
    OUT_FOR_DELIVERY = "OutForDelivery"
    DELIVERY_FAILED = "DeliveryFailed"
    DAMAGED = "Damaged"

    @property
    def is_packing(self) -> bool:
        """True once a station has started the order and before it left the bench (Staged is done)."""
        return self in PACKING_STEPS and self is not OrderStatus.READY

    @property
    def is_final(self) -> bool:
        return self in (OrderStatus.CANCELLED, *CARRIER_STATUSES, OrderStatus.SHIPPED)


PACKING_STEPS: tuple[OrderStatus, ...] = (
    OrderStatus.READY,
    OrderStatus.CONFIRMED,
    OrderStatus.PICKED,
    OrderStatus.PACKED,
    OrderStatus.LABELLED,
    OrderStatus.PHOTOGRAPHED,
)
CARRIER_STATUSES: tuple[OrderStatus, ...] = (
    OrderStatus.IN_TRANSIT,
    OrderStatus.DELIVERED,
    OrderStatus.DELAYED,
    OrderStatus.LOST,
    OrderStatus.RETURNED,
    OrderStatus.OUT_FOR_DELIVERY,
    OrderStatus.DELIVERY_FAILED,
    OrderStatus.DAMAGED,
)

# Each status as people read it (the values stay the stored codes); `shown()` translates them.
STATUS_NAMES: dict[str, Text] = {
    "Ready": QT_TRANSLATE_NOOP("Status", "Ready"),
    "Confirmed": QT_TRANSLATE_NOOP("Status", "Confirmed"),
    "Picked": QT_TRANSLATE_NOOP("Status", "Picked"),
    "Packed": QT_TRANSLATE_NOOP("Status", "Packed"),
    "Labelled": QT_TRANSLATE_NOOP("Status", "Labelled"),
    "Photographed": QT_TRANSLATE_NOOP("Status", "Photographed"),
    "Staged": QT_TRANSLATE_NOOP("Status", "Staged"),
    "Shipped": QT_TRANSLATE_NOOP("Status", "Shipped"),
    "OnHold": QT_TRANSLATE_NOOP("Status", "On hold"),
    "Cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
    "InTransit": QT_TRANSLATE_NOOP("Status", "In transit"),
    "Delivered": QT_TRANSLATE_NOOP("Status", "Delivered"),
    "Delayed": QT_TRANSLATE_NOOP("Status", "Delayed"),
    "Lost": QT_TRANSLATE_NOOP("Status", "Lost"),
    "Returned": QT_TRANSLATE_NOOP("Status", "Returned"),
    "OutForDelivery": QT_TRANSLATE_NOOP("Status", "Out for delivery"),
    "DeliveryFailed": QT_TRANSLATE_NOOP("Status", "Delivery failed"),
    "Damaged": QT_TRANSLATE_NOOP("Status", "Damaged"),
}


@dataclass(frozen=True)
class Address:
    """A recipient or sender: name, phone and postal address, in whatever script it came."""

    name: str
    phone: str = ""
    line1: str = ""
    line2: str = ""
    district: str = ""
    city: str = ""
    state: str = ""
    postcode: str = ""
    country: str = ""

    @property
    def is_complete(self) -> bool:
        return bool(
            self.name.strip() and self.line1.strip() and self.country.strip() and (self.city or self.state)
        )

    def lines(self) -> list[str]:
        """Printable address lines, empty parts skipped."""
        out = [self.line1, self.line2, self.district]
        out.append(" ".join(p for p in (self.postcode, self.city) if p))
        out.append(", ".join(p for p in (self.state, self.country) if p))
        return [line for line in out if line.strip()]


@dataclass(frozen=True)
class Product:
    """A catalog item: the seller SKU, its barcodes and what the packer needs to know about it."""

    sku: str
    name: str
    barcodes: tuple[str, ...] = ()
    variation: str = ""
    sku_id: str = ""
    weight_g: float = 0.0
    length_mm: float = 0.0
    width_mm: float = 0.0
    height_mm: float = 0.0
    fragile: bool = False
    image: str = ""

    @property
    def volume_mm3(self) -> float:
        return self.length_mm * self.width_mm * self.height_mm


@dataclass
class OrderLine:
    """One SKU of an order with how many units to pick and how many were verified."""

    sku: str
    quantity: int
    product_name: str = ""
    variation: str = ""
    sku_id: str = ""
    line_no: int = 0
    picked: int = 0
    in_catalog: bool = True

    @property
    def remaining(self) -> int:
        return max(0, self.quantity - self.picked)


@dataclass
class Order:
    """An order to pack. `ship_by` is paid time plus the channel's handling time."""

    order_id: str
    channel: str
    status: OrderStatus
    recipient: Address
    lines: list[OrderLine] = field(default_factory=list)
    paid_at: datetime | None = None
    created_at: datetime | None = None
    ship_by: datetime | None = None
    carrier: str = ""
    service: str = ""
    tracking_number: str = ""
    platform_shipped: bool = False
    pre_order: bool = False
    buyer_message: str = ""
    seller_note: str = ""
    platform_status: str = ""
    held_from: OrderStatus | None = None
    hold_reason: str = ""
    flagged: str = ""
    station: str = ""
    packer: str = ""

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def units_picked(self) -> int:
        return sum(min(line.picked, line.quantity) for line in self.lines)

    @property
    def fully_picked(self) -> bool:
        return all(line.remaining == 0 for line in self.lines)

    @property
    def missing_from_catalog(self) -> list[str]:
        return [line.sku for line in self.lines if not line.in_catalog]

    def time_left(self, now: datetime) -> timedelta | None:
        return None if self.ship_by is None else self.ship_by - now


DEFAULT_HANDLING_TIME = {"tiktok": timedelta(hours=48)}


def ship_by_deadline(
    paid_at: datetime | None, channel: str, handling: dict[str, timedelta] | None = None
) -> datetime | None:
    """Paid time plus the channel's handling time (48 h for TikTok Shop unless configured)."""
    if paid_at is None:
        return None
    table = {**DEFAULT_HANDLING_TIME, **(handling or {})}
    return paid_at + table.get(channel, timedelta(hours=48))


@dataclass
class Parcel:
    """One box of an order: its size, measured weight and the tracking number on its label."""

    order_id: str
    number: int = 1
    box_code: str = ""
    length_mm: float = 0.0
    width_mm: float = 0.0
    height_mm: float = 0.0
    weight_g: float | None = None
    expected_weight_g: float | None = None
    tracking_number: str = ""
    sscc: str = ""
