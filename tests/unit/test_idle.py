"""Idle lock arithmetic with an explicit clock."""

from __future__ import annotations

import pytest

from packstation.domain.idle import IdleLock


def test_locks_after_timeout_and_touch_postpones():
    lock = IdleLock(600, now=100.0)
    assert not lock.should_lock(699.9)
    assert lock.remaining(400.0) == pytest.approx(300.0)
    assert lock.should_lock(700.0)
    lock.touch(650.0)
    assert not lock.should_lock(700.0)
    assert lock.remaining(700.0) == pytest.approx(550.0)
    assert lock.should_lock(1250.0) and lock.remaining(1300.0) == 0.0


def test_never_locks_before_first_touch():
    lock = IdleLock(5)
    assert not lock.should_lock(1e9)
    assert lock.remaining(1e9) == 5
    lock.touch(10.0)
    assert lock.should_lock(15.0)


def test_touch_with_older_time_does_not_rewind():
    lock = IdleLock(10, now=100.0)
    lock.touch(95.0)
    assert lock.last_input == 100.0
    assert lock.should_lock(110.0)


def test_zero_timeout_disables_and_negative_is_refused():
    lock = IdleLock(0, now=0.0)
    assert not lock.enabled and not lock.should_lock(1e9)
    assert lock.remaining(1.0) == float("inf")
    with pytest.raises(ValueError, match="negative"):
        IdleLock(-1)
