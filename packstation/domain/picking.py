"""Judging a scan at the Pick step: right item, wrong item, over-scan, unknown, another order's code."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from packstation.domain.barcodes import BarcodeError, product_key, validate_gtin
from packstation.domain.orders import Order, OrderLine
from packstation.domain.texts import joined, translate


class ScanVerdict(StrEnum):
    OK = "ok"
    COMPLETE = "complete"  # right item, and it was the last unit of the order
    WRONG_ITEM = "wrong_item"
    OVER_SCAN = "over_scan"
    UNKNOWN = "unknown"
    OTHER_ORDER = "other_order"
    EMPTY = "empty"
    UNREADABLE = "unreadable"  # not a valid barcode (bad check digit, garbage bytes, broken GS1 data)

    @property
    def accepted(self) -> bool:
        return self in (ScanVerdict.OK, ScanVerdict.COMPLETE)


@dataclass(frozen=True)
class ScanJudgement:
    verdict: ScanVerdict
    message: str
    line: OrderLine | None = None
    sku: str = ""


@dataclass(frozen=True)
class ScanBook:
    """The catalog as a scan needs it, in memory: barcode key -> SKU, and SKU -> product name.

    The station judges a scan against this book at once, in the same rule as the store (`identify_scan`,
    `judge_scan`); the stored verdict follows and corrects the screen if the catalog changed meanwhile."""

    skus: Mapping[str, str] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)

    def sku_for_key(self, key: str) -> str | None:
        return self.skus.get(key)


def identify_scan(
    order: Order, code: str, sku_for_key: Callable[[str], str | None]
) -> tuple[str | None, str]:
    """The catalog SKU a scanned code stands for, and why it is unreadable when it is not a valid code.

    `sku_for_key` looks a barcode key up (the catalog table, or a `ScanBook`). SKU labels printed in-house
    carry the seller SKU itself, so a code equal to one of the order's SKUs is that SKU."""
    sku, unreadable = None, ""
    if code:
        try:
            sku = sku_for_key(product_key(code))
            if sku is None and code.isdigit() and len(code) in (8, 12, 13, 14):
                validate_gtin(code)  # a retail code with a bad check digit was misread or damaged
        except BarcodeError as exc:
            unreadable = str(exc)
    if sku is None and any(line.sku == code for line in order.lines):
        sku = code
    return sku, unreadable


def expected_text(order: Order) -> str:
    todo = [
        translate("Scan", "{name} ({count} left)").format(name=line.product_name or line.sku, count=line.remaining)
        for line in order.lines
        if line.remaining
    ]
    if not todo:
        return translate("Scan", "nothing more")
    return joined(todo, "; ")


def judge_scan(
    order: Order,
    raw: str,
    sku: str | None,
    product_name: str = "",
    other_order: str | None = None,
    unreadable: str = "",
) -> ScanJudgement:
    """Decide what a scan means for this order. `sku` is the catalog SKU the barcode belongs to, if any;
    `unreadable` says why the code is not a valid barcode at all."""
    code = raw.strip()
    if not code:
        return ScanJudgement(ScanVerdict.EMPTY, translate("Scan", "Empty scan: scan the item's barcode again."))
    if other_order is not None and other_order != order.order_id:
        return ScanJudgement(
            ScanVerdict.OTHER_ORDER,
            translate("Scan", "That is order {other}'s barcode, not an item. This order is {order}.").format(
                other=other_order, order=order.order_id
            ),
        )
    if sku is None and unreadable:
        shown = code if code.isprintable() and len(code) <= 40 else repr(code[:40])
        # The reason (a check digit, broken GS1 data) goes to the scan's record for the review.
        return ScanJudgement(
            ScanVerdict.UNREADABLE,
            translate("Scan", "The barcode {code} did not scan cleanly: scan it again, holding the item still and flat.").format(
                code=shown
            ),
        )
    if sku is None:
        return ScanJudgement(
            ScanVerdict.UNKNOWN,
            translate("Scan", "This barcode ({code}) is not a product the station knows. Still to pick: {expected}.").format(
                code=code, expected=expected_text(order)
            ),
        )
    line = next(
        (candidate for candidate in order.lines if candidate.sku == sku and candidate.remaining), None
    )
    if line is None:
        if any(candidate.sku == sku for candidate in order.lines):
            full = next(candidate for candidate in order.lines if candidate.sku == sku)
            return ScanJudgement(
                ScanVerdict.OVER_SCAN,
                translate("Scan", "Too many: {name} already {picked} / {quantity}. Put this one back.").format(
                    name=full.product_name or sku, picked=full.picked, quantity=full.quantity
                ),
                full,
                sku,
            )
        name = product_name or sku
        return ScanJudgement(
            ScanVerdict.WRONG_ITEM,
            translate("Scan", "Wrong item: {name} is not in this order; put it back. Still to pick: {expected}.").format(
                name=name, expected=expected_text(order)
            ),
            None,
            sku,
        )
    line.picked += 1
    done = order.fully_picked
    verdict = ScanVerdict.COMPLETE if done else ScanVerdict.OK
    return ScanJudgement(verdict, f"{line.product_name or sku}  {line.picked} / {line.quantity}", line, sku)

