"""Boxes and weights: which box fits, what the parcel should weigh, whether the scale agrees."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations


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
            return f"Weight OK: {self.measured_g:.0f} g (expected {self.expected_g:.0f} g)"
        word = "heavier" if self.difference_g > 0 else "lighter"
        return (
            f"Weight mismatch: {self.measured_g:.0f} g is {abs(self.difference_g):.0f} g {word} than expected "
            f"{self.expected_g:.0f} g (allowed ±{self.allowed_g:.0f} g). Check the parcel contents."
        )


def expected_weight(items: list[PackItem], box: Box | None) -> float:
    return sum(i.weight_g * i.quantity for i in items) + (box.tare_g if box else 0.0)


def check_weight(
    measured_g: float, expected_g: float, tolerance: WeightTolerance = WeightTolerance()
) -> WeightCheck:
    return WeightCheck(measured_g, expected_g, tolerance.allowed(expected_g))


def box_fit_problem(items: list[PackItem], box: Box, fragile_padding_mm: float = 20.0) -> str:
    """Why the chosen box cannot take an item (its sides sorted against the box's), or "" when it can."""
    padding = fragile_padding_mm if any(item.fragile for item in items) else 0.0
    for item in items:
        if not _fits((item.length_mm, item.width_mm, item.height_mm), box, padding):
            longest = max(item.length_mm, item.width_mm, item.height_mm)
            return (
                f"An item ({longest:.0f} mm long) does not fit box {box.code} "
                f"({box.length_mm:.0f}×{box.width_mm:.0f}×{box.height_mm:.0f} mm): choose a bigger box, "
                "or a supervisor accepts it."
            )
    return ""
