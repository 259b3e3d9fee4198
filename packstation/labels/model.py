"""What goes on a shipping label, and the label stock it is printed on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from packstation.domain.orders import Address, Order, Parcel
from packstation.domain.sscc import validate_sscc

SUPPORTED_DPI = (203, 300)


class LabelError(ValueError):
    """A label cannot be made from this input; the message says why in a packer's words."""


class PolicyViolation(LabelError):
    """The label content breaks a marketplace rule; `field` names the offending part of the label."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class DuplicateTrackingNumber(LabelError):
    """The tracking number is already on another parcel's label."""


@dataclass(frozen=True)
class Stock:
    """A label stock size in millimetres; `dots(dpi)` gives the printable size at a printer's resolution."""

    name: str
    width_mm: float
    height_mm: float

    def dots(self, dpi: int) -> tuple[int, int]:
        check_dpi(dpi)
        return mm_to_dots(self.width_mm, dpi), mm_to_dots(self.height_mm, dpi)


STOCKS: dict[str, Stock] = {
    "4x6": Stock("4x6", 101.6, 152.4),
    "100x150": Stock("100x150", 100.0, 150.0),
    "a6": Stock("a6", 105.0, 148.0),
}


def stock_named(name: str | Stock) -> Stock:
    """Look up a stock by name (`4x6`, `100x150`, `a6`); a `Stock` is returned as is."""
    if isinstance(name, Stock):
        return name
    key = name.strip().lower().replace("×", "x").replace(" ", "")
    key = {"4x6in": "4x6", "100x150mm": "100x150", "a6": "a6"}.get(key, key)
    try:
        return STOCKS[key]
    except KeyError:
        raise LabelError(f"unknown label stock {name!r}; use one of {', '.join(STOCKS)}") from None


def check_dpi(dpi: int) -> int:
    if dpi not in SUPPORTED_DPI:
        raise LabelError(f"unsupported printer resolution {dpi} dpi; use 203 or 300")
    return dpi


def mm_to_dots(mm: float, dpi: int) -> int:
    return int(round(mm * dpi / 25.4))


@dataclass(frozen=True)
class ItemEntry:
    """One line of the item summary: SKU and how many units are in the parcel."""

    sku: str
    quantity: int


@dataclass(frozen=True)
class LabelContent:
    """Everything printed on a seller-made label, already taken out of the order and parcel."""

    sender: Address
    recipient: Address
    carrier: str
    service: str
    tracking_number: str
    order_id: str
    parcel_number: int = 1
    parcel_count: int = 1
    sscc: str = ""
    items: tuple[ItemEntry, ...] = ()
    weight_g: float | None = None
    dimensions_mm: tuple[float, float, float] | None = None
    fragile: bool = False
    ship_date: date | None = None
    channel: str = ""
    note: str = ""
    # Extra marks a seller asked for; policy decides whether the channel allows them.
    qr_payload: str = ""
    links: tuple[str, ...] = field(default_factory=tuple)


def label_content(
    order: Order,
    parcel: Parcel,
    sender: Address,
    *,
    fragile: bool = False,
    ship_date: date | None = None,
    parcel_count: int = 1,
    note: str = "",
) -> LabelContent:
    """Take from the order and the parcel what the label shows (the parcel's tracking number wins)."""
    tracking = (parcel.tracking_number or order.tracking_number).strip()
    if not tracking:
        raise LabelError(f"order {order.order_id} parcel {parcel.number} has no tracking number")
    if not order.recipient.name.strip():
        raise LabelError(f"order {order.order_id} has no recipient name")
    sscc = parcel.sscc.strip()
    if sscc:
        try:
            validate_sscc(sscc)
        except ValueError as exc:
            raise LabelError(f"order {order.order_id} parcel {parcel.number}: {exc}") from None
    dims = None
    if parcel.length_mm and parcel.width_mm and parcel.height_mm:
        dims = (parcel.length_mm, parcel.width_mm, parcel.height_mm)
    items = tuple(ItemEntry(line.sku, line.quantity) for line in order.lines if line.quantity > 0)
    return LabelContent(
        sender=sender,
        recipient=order.recipient,
        carrier=order.carrier,
        service=order.service,
        tracking_number=tracking,
        order_id=order.order_id,
        parcel_number=parcel.number,
        parcel_count=max(parcel_count, parcel.number),
        sscc=sscc,
        items=items,
        weight_g=parcel.weight_g,
        dimensions_mm=dims,
        fragile=fragile,
        ship_date=ship_date,
        channel=order.channel,
        note=note,
    )


def sender_from_config(label_config: object) -> Address:
    """The sender printed on labels, from the station config's `[label]` table (`sender_*` keys)."""

    def get(key: str) -> str:
        return str(getattr(label_config, f"sender_{key}", "") or "")

    return Address(
        name=get("name"),
        phone=get("phone"),
        line1=get("line1"),
        line2=get("line2"),
        district=get("district"),
        city=get("city"),
        state=get("state"),
        postcode=get("postcode"),
        country=get("country"),
    )
