"""What the returns service answers with: a return as shown, a unit's verdict, the outbound record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from packstation.domain import returns as rules
from packstation.domain.orders import Order
from packstation.domain.returns import (
    ExpectedLine,
    ReturnParcel,
    ReturnRefused,
    UnitVerdict,
    WeightComparison,
)
from packstation.domain.texts import translate

MAX_CODE = 100


@dataclass(frozen=True)
class ReturnPhoto:
    id: str
    kind: str
    sha256: str
    taken_at: datetime


@dataclass(frozen=True)
class ReturnDetail:
    """A return as the screen and the CLI show it: the parcel, the original lines, photos and the weights."""

    parcel: ReturnParcel
    lines: tuple[ExpectedLine, ...]
    photos: tuple[ReturnPhoto, ...]
    weight: WeightComparison
    outbound: OutboundSummary | None = None  # read with it when the return is opened

    @property
    def photos_missing(self) -> tuple[str, ...]:
        taken = {p.kind for p in self.photos}
        return tuple(kind for kind in rules.REQUIRED_PHOTOS if kind not in taken)

    @property
    def missing(self) -> list[tuple[ExpectedLine, int]]:
        return rules.missing_units(self.lines, self.parcel.units)


@dataclass(frozen=True)
class UnitResult:
    verdict: UnitVerdict
    detail: ReturnDetail


@dataclass(frozen=True)
class OutboundSummary:
    """What left the warehouse: the evidence the return is compared with."""

    order_id: str
    status: str
    carrier: str
    tracking_numbers: tuple[str, ...]
    packer: str
    station: str
    weight_g: float | None
    photos: tuple[ReturnPhoto, ...]
    shipped_at: datetime | None
    manifest_id: str


def expected_lines(order: Order) -> tuple[ExpectedLine, ...]:
    return tuple(
        ExpectedLine(line.line_no, line.sku, line.quantity, line.product_name) for line in order.lines
    )


def clean_code(raw: str) -> str:
    code = "".join(ch for ch in (raw or "") if ch.isprintable()).strip()
    if not code:
        raise ReturnRefused(
            translate("Returns", "Scan the returned parcel's label, its return id or the order id.")
        )
    if len(code) > MAX_CODE:
        raise ReturnRefused(
            translate(
                "Returns", "That code is {length} characters long (at most {most}): scan it again."
            ).format(length=len(code), most=MAX_CODE)
        )
    return code
