"""Stock rules: levels per SKU and bin, whether an order's units are available, and the walking route.

Pure: the central store keeps the numbers (packstation/sync/stock.py); this module only decides.
A SKU with no stock row at all is not tracked, and counts as available (a warehouse that never
loaded stock packs as before).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from packstation.domain.orders import Order
from packstation.domain.texts import joined, translate


class StockError(ValueError):
    """A stock change that would make the numbers wrong (negative, below what is reserved)."""


@dataclass(frozen=True)
class StockLevel:
    """On hand and reserved units of one SKU in one bin; available is what may still be promised."""

    sku: str
    location: str
    on_hand: int
    reserved: int = 0

    @property
    def available(self) -> int:
        return max(0, self.on_hand - self.reserved)


class Shortage(NamedTuple):
    """A SKU an order needs more of than is available (a tuple: cheap to make for a long queue)."""

    sku: str
    needed: int
    available: int

    def words(self) -> str:
        return translate("Stock", "{sku} ({needed} needed, {available} available)").format(
            sku=self.sku, needed=self.needed, available=self.available
        )


class StockStatus(StrEnum):
    OK = "ok"
    WAITING = "waiting"


class StockState(NamedTuple):
    """`ok`, or `waiting` with what is missing (what `orders --json` and the queue show)."""

    missing: tuple[Shortage, ...] = ()
    override: str = ""  # a supervisor's "pick anyway" or "out of stock" decision, if any

    @property
    def status(self) -> StockStatus:
        return StockStatus.WAITING if self.missing else StockStatus.OK

    @property
    def ok(self) -> bool:
        return not self.missing

    def words(self) -> str:
        if not self.missing:
            return translate("Stock", "in stock")
        return translate("Stock", "waiting for stock: {missing}").format(
            missing=joined([s.words() for s in self.missing], ", ")
        )

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"stock": self.status.value}
        if self.missing:
            out["missing"] = [
                {"sku": s.sku, "needed": s.needed, "available": s.available} for s in self.missing
            ]
        if self.override:
            out["stock_decision"] = self.override
        return out


OK = StockState()


@dataclass(frozen=True)
class Allocation:
    """Units of one SKU taken from one bin for an order."""

    sku: str
    location: str
    qty: int


@dataclass(frozen=True)
class Reservation:
    """What reserving an order's units gave: the bins to pick from, or what is missing."""

    state: StockState
    picks: tuple[Allocation, ...] = field(default=())
    granted: bool = True  # False: nothing was reserved (short, or marked out of stock)

    @property
    def ok(self) -> bool:
        return self.granted


def order_needs(order: Order, *, remaining_only: bool = False) -> dict[str, int]:
    """Units per SKU the order ships (or still has to pick); lines of one SKU add up."""
    needs: dict[str, int] = {}
    for line in order.lines:
        qty = line.remaining if remaining_only else line.quantity
        if qty > 0:
            needs[line.sku] = needs.get(line.sku, 0) + qty
    return needs


def available_by_sku(levels: Iterable[StockLevel]) -> dict[str, int]:
    """Available units per SKU over all its bins (only tracked SKUs appear)."""
    out: dict[str, int] = {}
    for level in levels:
        out[level.sku] = out.get(level.sku, 0) + level.available
    return out


def check(needs: Mapping[str, int], available: Mapping[str, int]) -> StockState:
    """Each needed SKU against what is available; untracked SKUs (absent from `available`) pass."""
    missing: list[Shortage] = []
    for sku, qty in needs.items():  # the queue's hot loop: no sorting or objects unless short
        have = available.get(sku)
        if have is not None and have < qty:
            missing.append(Shortage(sku, qty, have))
    if not missing:
        return OK
    return StockState(tuple(sorted(missing, key=lambda s: s.sku)))


def check_queue(
    orders: Iterable[tuple[str, Mapping[str, int]]], available: Mapping[str, int]
) -> dict[str, StockState]:
    """The stock state of every queued order, each on its own against today's available units."""
    return {order_id: check(needs, available) for order_id, needs in orders}


def allocate(needs: Mapping[str, int], levels: Iterable[StockLevel], *, partial: bool = False) -> Reservation:
    """Which bins the order's units come from, walking the bins in route order.

    Refused (nothing allocated) when a tracked SKU is short, unless `partial` (a supervisor's
    "pick anyway"): then whatever is there is taken and the rest is reported missing.
    """
    by_sku: dict[str, list[StockLevel]] = {}
    for level in levels:
        by_sku.setdefault(level.sku, []).append(level)
    picks: list[Allocation] = []
    missing: list[Shortage] = []
    for sku, qty in sorted(needs.items()):
        bins = sorted(by_sku.get(sku, []), key=lambda lv: location_key(lv.location))
        if not bins:
            continue  # not tracked
        have = sum(b.available for b in bins)
        if have < qty:
            missing.append(Shortage(sku, qty, have))
            if not partial:
                continue
        left = qty
        for b in bins:
            take = min(left, b.available)
            if take > 0:
                picks.append(Allocation(sku, b.location, take))
                left -= take
            if left == 0:
                break
    state = StockState(tuple(missing))
    if missing and not partial:
        return Reservation(state, (), False)
    return Reservation(state, tuple(sorted(picks, key=lambda a: (location_key(a.location), a.sku))))


_DIGITS = re.compile(r"(\d+)")


def location_key(location: str) -> tuple[object, ...]:
    """Natural order of bin names, so A-2 comes before A-10 on the walk."""
    parts = _DIGITS.split(location.strip().upper())
    return tuple(int(p) if p.isdigit() else p for p in parts)


def walking_route(
    bins: Mapping[str, str], remaining: Mapping[str, int] | None = None
) -> list[tuple[str, str]]:
    """(location, sku) in walking order; with `remaining`, only SKUs that still have units to pick."""
    stops = [
        (loc, sku) for sku, loc in bins.items() if loc and (remaining is None or remaining.get(sku, 0) > 0)
    ]
    return sorted(stops, key=lambda s: (location_key(s[0]), s[1]))


def bins_by_sku(picks: Iterable[Allocation]) -> dict[str, str]:
    """Each SKU's bins as the packer reads them ("A-01-02" or "A-01-02, B-03-01"), route order."""
    out: dict[str, list[str]] = {}
    for a in sorted(picks, key=lambda a: location_key(a.location)):
        out.setdefault(a.sku, []).append(a.location)
    return {sku: ", ".join(locs) for sku, locs in out.items()}


def check_adjustment(level: StockLevel, delta: int) -> int:
    """The new on-hand after `delta`; refused below zero or below what orders already reserved."""
    after = level.on_hand + delta
    if after < 0:
        raise StockError(
            f"{level.sku} at {level.location}: cannot remove {-delta}, only {level.on_hand} on hand."
        )
    if after < level.reserved:
        raise StockError(
            f"{level.sku} at {level.location}: cannot go to {after} on hand, {level.reserved} are reserved "
            "for orders (release or cancel them first)."
        )
    return after


def is_low(available: int, threshold: int | None) -> bool:
    return threshold is not None and available <= threshold


class QueueIndex:
    """The queue's order lines as arrays, built once per queue, so checking 10,000 orders against
    fresh stock levels is a few vector operations instead of a Python loop over every order."""

    def __init__(self, orders: Iterable[tuple[str, Mapping[str, int]]]) -> None:
        import numpy as np

        self.order_ids: list[str] = []
        self.needs: list[Mapping[str, int]] = []
        sku_ids: dict[str, int] = {}
        line_order: list[int] = []
        line_sku: list[int] = []
        line_qty: list[int] = []
        for n, (order_id, needs) in enumerate(orders):
            self.order_ids.append(order_id)
            self.needs.append(needs)
            for sku, qty in needs.items():
                line_order.append(n)
                line_sku.append(sku_ids.setdefault(sku, len(sku_ids)))
                line_qty.append(qty)
        self.skus = list(sku_ids)
        self.sku_ids = sku_ids
        self.line_order = np.asarray(line_order, dtype=np.int64)
        self.line_sku = np.asarray(line_sku, dtype=np.int64)
        self.line_qty = np.asarray(line_qty, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.order_ids)

    def states(self, available: Mapping[str, int]) -> dict[str, StockState]:
        """Every order's state: OK for most (one shared object), the missing units for the rest."""
        import numpy as np

        out = dict.fromkeys(self.order_ids, OK)
        if not len(self.line_qty):
            return out
        untracked = np.iinfo(np.int64).max
        have = np.fromiter(
            (available.get(s, untracked) for s in self.skus), dtype=np.int64, count=len(self.skus)
        )
        line_have = have[self.line_sku]
        short = np.nonzero(line_have < self.line_qty)[0]
        missing: dict[int, list[Shortage]] = {}
        skus, ids = self.skus, self.order_ids
        for order, sku, qty, got in zip(
            self.line_order[short].tolist(),
            self.line_sku[short].tolist(),
            self.line_qty[short].tolist(),
            line_have[short].tolist(),
            strict=True,
        ):
            missing.setdefault(order, []).append(Shortage(skus[sku], qty, got))
        for order, found in missing.items():
            out[ids[order]] = StockState(tuple(sorted(found)) if len(found) > 1 else tuple(found))
        return out
