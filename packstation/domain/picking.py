"""Judging a scan at the Pick step: right item, wrong item, over-scan, unknown, another order's code."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from packstation.domain.orders import Order, OrderLine


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


def expected_text(order: Order) -> str:
    todo = [
        f"{line.product_name or line.sku} ({line.remaining} left)" for line in order.lines if line.remaining
    ]
    return "; ".join(todo) if todo else "nothing more"


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
        return ScanJudgement(ScanVerdict.EMPTY, "Empty scan: scan the item's barcode again.")
    if other_order is not None and other_order != order.order_id:
        return ScanJudgement(
            ScanVerdict.OTHER_ORDER,
            f"That is order {other_order}'s barcode, not an item. This order is {order.order_id}.",
        )
    if sku is None and unreadable:
        shown = code if code.isprintable() and len(code) <= 40 else repr(code[:40])
        return ScanJudgement(ScanVerdict.UNREADABLE, f"Unreadable scan {shown}: {unreadable} Scan it again.")
    if sku is None:
        return ScanJudgement(
            ScanVerdict.UNKNOWN,
            f"Unknown barcode {code}: not in the catalog. Expected: {expected_text(order)}.",
        )
    line = next(
        (candidate for candidate in order.lines if candidate.sku == sku and candidate.remaining), None
    )
    if line is None:
        if any(candidate.sku == sku for candidate in order.lines):
            full = next(candidate for candidate in order.lines if candidate.sku == sku)
            return ScanJudgement(
                ScanVerdict.OVER_SCAN,
                f"Too many: {full.product_name or sku} already {full.picked} / {full.quantity}. Put this one back.",
                full,
                sku,
            )
        name = product_name or sku
        return ScanJudgement(
            ScanVerdict.WRONG_ITEM,
            f"Wrong item: {name} ({sku}) is not in this order. Expected: {expected_text(order)}.",
            None,
            sku,
        )
    line.picked += 1
    done = order.fully_picked
    verdict = ScanVerdict.COMPLETE if done else ScanVerdict.OK
    return ScanJudgement(verdict, f"{line.product_name or sku}  {line.picked} / {line.quantity}", line, sku)
