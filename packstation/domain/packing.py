"""Boxes and weights: which box fits, what the parcel should weigh, whether the scale agrees."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations

from packstation.domain.texts import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Box:
    """A box from the box catalog: inner dimensions in mm, tare in grams."""

    code: str
    length_mm: float
    width_mm: float
    height_mm: float
    tare_g: float
    max_weight_g: float = 30000.0

    @property
    def volume_mm3(self) -> float:
        return self.length_mm * self.width_mm * self.height_mm


DEFAULT_BOXES: tuple[Box, ...] = (
    Box("ENV-S", 250, 180, 20, 20, 1000),
    Box("BOX-XS", 150, 100, 80, 60),
    Box("BOX-S", 200, 150, 100, 110),
    Box("BOX-M", 300, 200, 150, 190),
    Box("BOX-L", 400, 300, 200, 320),
    Box("BOX-XL", 600, 400, 300, 560),
    Box("BOX-XXL", 700, 500, 400, 820),
)


@dataclass(frozen=True)
class PackItem:
    length_mm: float
    width_mm: float
    height_mm: float
    weight_g: float
    quantity: int = 1
    fragile: bool = False
    sku: str = ""


def _fits(item_dims: tuple[float, float, float], box: Box, padding: float) -> bool:
    inner = (box.length_mm - 2 * padding, box.width_mm - 2 * padding, box.height_mm - 2 * padding)
    return any(all(d <= i for d, i in zip(p, inner, strict=True)) for p in permutations(item_dims))


def suggest_box(
    items: list[PackItem],
    boxes: tuple[Box, ...] = DEFAULT_BOXES,
    fragile_padding_mm: float = 20.0,
    fill: float = 0.8,
) -> Box | None:
    """Smallest box (by volume) whose padded inside takes every item and their volume at a fill ratio.

    A heuristic, not a 3-D packing solver: each item must fit the box on its own, and the total item
    volume must stay under `fill` of the padded box volume. Fragile items ask for padding all round.
    """
    if not items:
        return None
    padding = fragile_padding_mm if any(item.fragile for item in items) else 0.0
    total_volume = sum(i.length_mm * i.width_mm * i.height_mm * i.quantity for i in items)
    total_weight = sum(i.weight_g * i.quantity for i in items)
    for box in sorted(boxes, key=lambda b: b.volume_mm3):
        inner_volume = (
            max(0.0, box.length_mm - 2 * padding)
            * max(0.0, box.width_mm - 2 * padding)
            * max(0.0, box.height_mm - 2 * padding)
        )
        if total_weight + box.tare_g > box.max_weight_g:
            continue
        if total_volume > inner_volume * fill:
            continue
        if all(_fits((i.length_mm, i.width_mm, i.height_mm), box, padding) for i in items):
            return box
    return None


@dataclass(frozen=True)
class BoxFitWarning:
    """The chosen box is too small for an item; the packer is warned and a supervisor may accept."""

    box: str
    sku: str
    item_mm: tuple[float, float, float]  # the item's sides, longest first
    box_mm: tuple[float, float, float]  # the box's usable inside, longest first
    side: int  # which sorted side does not fit: 0 longest, 1 middle, 2 shortest

    @property
    def message(self) -> str:
        what = (
            QT_TRANSLATE_NOOP("Pack", "longest side"),
            QT_TRANSLATE_NOOP("Pack", "middle side"),
            QT_TRANSLATE_NOOP("Pack", "shortest side"),
        )[self.side]
        name = translate("Pack", "Item {sku}").format(sku=self.sku) if self.sku else translate("Pack", "An item")
        item = " × ".join(f"{d:.0f}" for d in self.item_mm)
        inside = " × ".join(f"{d:.0f}" for d in self.box_mm)
        return translate(
            "Pack",
            "{name} ({item} mm) does not fit box {box} ({inside} mm inside): its {side} {length} mm is more "
            "than {room} mm. Choose a bigger box, or a supervisor accepts this box.",
        ).format(
            name=name,
            item=item,
            box=self.box,
            inside=inside,
            side=what,
            length=f"{self.item_mm[self.side]:.0f}",
            room=f"{self.box_mm[self.side]:.0f}",
        )


def check_box_fit(items: list[PackItem], box: Box, padding_mm: float = 0.0) -> BoxFitWarning | None:
    """The first item that cannot lie in `box` in any orientation, as a warning; None when all fit.

    Sides are compared sorted (longest item side with the box's longest inside, and so on), which is
    exactly "fits in some axis-aligned orientation". `padding_mm` is taken off every inside wall.
    """
    pad = 2 * padding_mm
    inside = _longest_first(box.length_mm - pad, box.width_mm - pad, box.height_mm - pad)
    for item in items:
        sides = _longest_first(item.length_mm, item.width_mm, item.height_mm)
        for index, (side, room) in enumerate(zip(sides, inside, strict=True)):
            if side > room:
                return BoxFitWarning(box.code, item.sku, sides, inside, index)
    return None


def _longest_first(a: float, b: float, c: float) -> tuple[float, float, float]:
    first, second, third = sorted((max(0.0, a), max(0.0, b), max(0.0, c)), reverse=True)
    return first, second, third


@dataclass(frozen=True)
class WeightTolerance:
    """Allowed difference: the larger of an absolute margin and a percentage of the expected weight."""

    grams: float = 30.0
    percent: float = 5.0

    def allowed(self, expected_g: float) -> float:
        return max(self.grams, expected_g * self.percent / 100)


@dataclass(frozen=True)
class WeightCheck:
    measured_g: float
    expected_g: float
    allowed_g: float

    @property
    def difference_g(self) -> float:
        return self.measured_g - self.expected_g

    @property
    def within(self) -> bool:
        return abs(self.difference_g) <= self.allowed_g

    def message(self) -> str:
        if self.within:
            return translate("Pack", "Weight OK: {measured} g (expected {expected} g)").format(
                measured=f"{self.measured_g:.0f}", expected=f"{self.expected_g:.0f}"
            )
        if self.difference_g > 0:
            template = translate(
                "Pack",
                "Weight mismatch: {measured} g is {difference} g heavier than expected {expected} g "
                "(allowed ±{allowed} g). Check the parcel contents.",
            )
        else:
            template = translate(
                "Pack",
                "Weight mismatch: {measured} g is {difference} g lighter than expected {expected} g "
                "(allowed ±{allowed} g). Check the parcel contents.",
            )
        return template.format(
            measured=f"{self.measured_g:.0f}",
            difference=f"{abs(self.difference_g):.0f}",
            expected=f"{self.expected_g:.0f}",
            allowed=f"{self.allowed_g:.0f}",
        )


def expected_weight(items: list[PackItem], box: Box | None) -> float:
    return sum(i.weight_g * i.quantity for i in items) + (box.tare_g if box else 0.0)


def check_weight(
    measured_g: float, expected_g: float, tolerance: WeightTolerance = WeightTolerance()
) -> WeightCheck:
    return WeightCheck(measured_g, expected_g, tolerance.allowed(expected_g))

