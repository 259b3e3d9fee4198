"""`missing_photos`: the configured kinds, and the sealed shot counting only with its label read or waived."""

from __future__ import annotations

import pytest

from packstation.evidence.requirements import (
    PhotoRequirementError,
    PhotoRequirements,
    TakenPhoto,
    missing_photos,
)


def test_nothing_taken_lists_every_kind_in_order():
    assert missing_photos(["contents", "sealed"], []) == ["contents", "sealed"]


def test_sealed_without_a_readable_label_is_still_missing():
    photos = [TakenPhoto("contents", False), TakenPhoto("sealed", False)]
    assert missing_photos(["contents", "sealed"], photos) == ["sealed"]
    photos.append(TakenPhoto("sealed", True))
    assert missing_photos(["contents", "sealed"], photos) == []


def test_a_supervisor_waiver_counts_for_the_label_shot():
    photos = [TakenPhoto("contents", False), TakenPhoto("sealed", False, accepted_without_label=True)]
    assert missing_photos(["contents", "sealed"], photos) == []


def test_rules_without_the_label_requirement_count_any_shot():
    rules = PhotoRequirements(("sealed", "contents", "scale"), label_must_show=False)
    assert missing_photos(rules, [TakenPhoto("sealed", False)]) == ["contents", "scale"]


def test_only_the_last_kind_needs_the_label():
    photos = [TakenPhoto("contents", False)]
    assert missing_photos(["contents", "sealed"], photos) == ["sealed"]


def test_unknown_kinds_taken_do_not_count():
    assert missing_photos(["sealed"], [TakenPhoto("Sealed", True), TakenPhoto("box", True)]) == ["sealed"]


@pytest.mark.parametrize("bad", [["sealed", "sealed"], ["contents", " "]])
def test_bad_kind_lists_are_refused(bad):
    with pytest.raises(PhotoRequirementError):
        missing_photos(bad, [])
