"""Scan verdicts, box suggestion and weight checks."""

from __future__ import annotations

import pytest

from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.domain.packing import (
    DEFAULT_BOXES,
    PackItem,
    WeightTolerance,
    check_weight,
    expected_weight,
    suggest_box,
)
from packstation.domain.picking import ScanVerdict, judge_scan


def order() -> Order:
    return Order(
        "O-9",
        "tiktok",
        OrderStatus.CONFIRMED,
        Address("A"),
        [OrderLine("MUG", 2, "Mug", line_no=1), OrderLine("CAB", 1, "Cable", line_no=2)],
    )


def test_right_item_ticks_the_line_up_and_the_last_unit_completes():
    o = order()
    first = judge_scan(o, "111", "MUG")
    assert first.verdict is ScanVerdict.OK and first.message.endswith("1 / 2") and o.lines[0].picked == 1
    judge_scan(o, "111", "MUG")
    last = judge_scan(o, "222", "CAB")
    assert last.verdict is ScanVerdict.COMPLETE and o.fully_picked


def test_over_scan_is_blocked_and_counts_do_not_move():
    o = order()
    judge_scan(o, "111", "MUG")
    judge_scan(o, "111", "MUG")
    again = judge_scan(o, "111", "MUG")
    assert again.verdict is ScanVerdict.OVER_SCAN and "2 / 2" in again.message and o.lines[0].picked == 2


def test_wrong_item_names_what_was_scanned_and_what_is_expected():
    o = order()
    wrong = judge_scan(o, "333", "LAMP", product_name="Desk Lamp")
    assert wrong.verdict is ScanVerdict.WRONG_ITEM
    assert (
        "Desk Lamp" in wrong.message and "Mug (2 left)" in wrong.message and "Cable (1 left)" in wrong.message
    )
    assert o.units_picked == 0


@pytest.mark.parametrize(
    ("raw", "sku", "other", "unreadable", "verdict"),
    [
        ("999", None, None, "", ScanVerdict.UNKNOWN),
        ("  ", None, None, "", ScanVerdict.EMPTY),
        ("O-1", None, "O-1", "", ScanVerdict.OTHER_ORDER),
        ("4006381333932", None, None, "bad check digit.", ScanVerdict.UNREADABLE),
    ],
)
def test_rejections(raw, sku, other, unreadable, verdict):
    o = order()
    result = judge_scan(o, raw, sku, other_order=other, unreadable=unreadable)
    assert result.verdict is verdict and not result.verdict.accepted and o.units_picked == 0


def test_box_suggestion_is_the_smallest_that_fits_and_fragile_needs_padding():
    small = [PackItem(40, 40, 120, 85)]
    assert suggest_box(small).code == "BOX-XS"
    fragile = [PackItem(100, 100, 110, 380, fragile=True)]
    plain = [PackItem(100, 100, 110, 380)]
    assert suggest_box(plain).code == "BOX-S"
    assert suggest_box(fragile).volume_mm3 > suggest_box(plain).volume_mm3
    flat = [PackItem(120, 180, 5, 60, quantity=2)]
    assert suggest_box(flat).code == "ENV-S"
    assert suggest_box([PackItem(2000, 10, 10, 1)]) is None
    assert suggest_box([]) is None


def test_box_suggestion_rotates_items_to_fit():
    tall = [PackItem(420, 150, 150, 900)]  # lamp standing up fits lying down in BOX-L
    assert suggest_box(tall).code in {
        b.code for b in DEFAULT_BOXES if max(b.length_mm, b.width_mm, b.height_mm) >= 420
    }


def test_weight_check_uses_the_larger_of_absolute_and_percent():
    items = [PackItem(1, 1, 1, 380, quantity=2)]
    box = DEFAULT_BOXES[2]
    exp = expected_weight(items, box)
    assert exp == 760 + box.tare_g
    tol = WeightTolerance(grams=30, percent=5)
    assert check_weight(exp + 40, exp, tol).within  # 5% of 870 = 43.5 g
    miss = check_weight(exp - 380, exp, tol)
    assert not miss.within and "lighter" in miss.message() and "380 g" in miss.message()
    assert check_weight(25, 0, tol).within and not check_weight(31, 0, tol).within
