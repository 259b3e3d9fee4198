"""Which proof photos an order still needs (pure rules, no I/O)."""

from __future__ import annotations

import pytest

from packstation.evidence.requirements import PhotoRequirementError, PhotoRequirements, TakenPhoto


def test_missing_in_order_and_the_label_only_counts_when_read():
    rules = PhotoRequirements(("contents", "sealed"), label_must_show=True)
    assert rules.missing([]) == ["contents", "sealed"]
    taken = [TakenPhoto("contents", False), TakenPhoto("sealed", False)]
    assert rules.missing(taken) == ["sealed"] and rules.needs_retake(taken)
    assert rules.missing(taken, label_waived=True) == []
    assert rules.missing([*taken, TakenPhoto("sealed", True)]) == []
    assert rules.next_kind([TakenPhoto("contents", False)]) == "sealed"


def test_without_label_rule_any_shot_counts():
    rules = PhotoRequirements(("sealed",), label_must_show=False)
    assert rules.label_kind is None
    assert rules.missing([TakenPhoto("sealed", False)]) == []


@pytest.mark.parametrize("bad", [("contents", "contents"), ("contents", " ")])
def test_bad_config_is_refused(bad):
    with pytest.raises(PhotoRequirementError, match="photos.required"):
        PhotoRequirements(bad)
