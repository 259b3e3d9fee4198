"""Return rules: unit verdicts against the original lines, weight comparison, outcome, deadline, decisions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from packstation.domain.orders import OrderStatus
from packstation.domain.returns import (
    CheckedUnit,
    ExpectedLine,
    Grade,
    ReturnOutcome,
    ReturnRefused,
    UnitOutcome,
    all_decided,
    check_arrival_weight,
    check_decision,
    check_grade,
    check_receivable,
    compare_weight,
    decision_due,
    judge_unit,
    missing_units,
    return_outcome,
)

LINES = (ExpectedLine(1, "MUG", 2), ExpectedLine(2, "TEE", 1))


def unit(seq: int, outcome: UnitOutcome, sku: str = "", line_no: int | None = None, **kw) -> CheckedUnit:  # type: ignore[no-untyped-def]
    return CheckedUnit(seq, outcome, sku, line_no, **kw)


def test_units_count_against_their_line_until_it_is_full():
    first = judge_unit(LINES, [], "111", "MUG", True)
    assert (first.outcome, first.line_no, first.message) == (
        UnitOutcome.RETURNED,
        1,
        "MUG returned (1 of 2).",
    )
    units = [unit(1, UnitOutcome.RETURNED, "MUG", 1), unit(2, UnitOutcome.DAMAGED, "MUG", 1)]
    again = judge_unit(LINES, units, "111", "MUG", True)
    assert again.outcome is None and "all 2 shipped already scanned back" in again.message
    assert judge_unit(LINES, units, "222", "TEE", True, damaged=True).outcome is UnitOutcome.DAMAGED


def test_wrong_item_and_not_ours_are_told_apart():
    wrong = judge_unit(LINES, [], "333", "CAP", True)
    assert wrong.outcome is UnitOutcome.WRONG_ITEM and wrong.message == (
        "Wrong item: CAP came back; the order shipped MUG, TEE."
    )
    assert judge_unit(LINES, [], "BRICK", None, False).outcome is UnitOutcome.NOT_OURS


def test_outcome_names_the_strongest_fact():
    full = [
        unit(1, UnitOutcome.RETURNED, "MUG", 1),
        unit(2, UnitOutcome.RETURNED, "MUG", 1),
        unit(3, UnitOutcome.RETURNED, "TEE", 2),
    ]
    assert return_outcome(LINES, full) is ReturnOutcome.COMPLETE
    assert return_outcome(LINES, full[:2]) is ReturnOutcome.MISSING_UNIT
    assert missing_units(LINES, full[:2]) == [(LINES[1], 1)]
    damaged = [*full[:2], unit(3, UnitOutcome.DAMAGED, "TEE", 2)]
    assert return_outcome(LINES, damaged) is ReturnOutcome.DAMAGED
    assert return_outcome(LINES, [*full, unit(4, UnitOutcome.WRONG_ITEM, "CAP")]) is ReturnOutcome.WRONG_ITEM
    assert return_outcome(LINES, []) is ReturnOutcome.EMPTY
    assert return_outcome(LINES, [unit(1, UnitOutcome.MISSING, "MUG", 1)]) is ReturnOutcome.EMPTY


def test_weight_comparison_uses_the_larger_of_grams_and_percent():
    same = compare_weight(1010.0, 1000.0)
    assert (same.verdict, same.difference_g, same.tolerance_g) == ("same", 10.0, 50.0)
    lighter = compare_weight(900.0, 1000.0)
    assert lighter.verdict == "lighter" and lighter.text() == (
        "Arrived 900 g, shipped 1000 g (-100 g): lighter than it left by more than 50 g."
    )
    assert compare_weight(230.0, 200.0).verdict == "heavier"  # 20 g floor beats 5 % of 200 g
    assert compare_weight(None, 200.0).verdict == "unknown"
    assert compare_weight(300.0, None).text() == "No outbound weight on record."
    with pytest.raises(ReturnRefused):
        check_arrival_weight(0)
    with pytest.raises(ReturnRefused):
        check_arrival_weight(float("nan"))
    assert check_arrival_weight(412.5) == 412.5


def test_only_shipped_orders_can_come_back():
    for status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.RETURNED, OrderStatus.IN_TRANSIT):
        check_receivable("A1", status)
    with pytest.raises(ReturnRefused, match="never shipped \\(it is Staged\\)"):
        check_receivable("A1", OrderStatus.STAGED)
    with pytest.raises(ReturnRefused, match="was cancelled and never shipped"):
        check_receivable("A1", OrderStatus.CANCELLED)


def test_decision_deadline_and_the_decision_rules():
    at = datetime(2026, 12, 1, 10, tzinfo=UTC)
    assert decision_due(at) == at + timedelta(hours=48)
    assert decision_due(at, 24) == at + timedelta(hours=24)
    returned = unit(1, UnitOutcome.RETURNED, "MUG", 1)
    assert check_grade(returned, "refurbish") is Grade.REFURBISH
    with pytest.raises(ReturnRefused, match="Unknown grade"):
        check_grade(returned, "shiny")
    with pytest.raises(ReturnRefused, match="nothing to grade"):
        check_grade(unit(2, UnitOutcome.MISSING, "MUG", 1), "resellable")
    graded = CheckedUnit(1, UnitOutcome.RETURNED, "MUG", 1, grade=Grade.RESELLABLE)
    assert check_decision(graded, "restock", "  A-01 ") == ("restock", "A-01")
    assert check_decision(graded, "dispose", "A-01") == ("dispose", "")
    with pytest.raises(ReturnRefused, match="which location"):
        check_decision(graded, "restock", "")
    with pytest.raises(ReturnRefused, match="Grade unit 1 first"):
        check_decision(returned, "dispose", "")
    assert not all_decided([graded]) and all_decided([unit(1, UnitOutcome.MISSING, "MUG", 1)])
