"""Full garbage collections run only while the station is idle, and never wait longer than overdue."""

from __future__ import annotations

import gc

from packstation.compose import BY_HAND, HeapKeeper


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def keeper(clock: Clock, runs: list[float]) -> HeapKeeper:
    return HeapKeeper(idle_s=3.0, every_s=60.0, overdue_s=600.0, clock=clock, collect=lambda: runs.append(clock.now))


def test_collects_only_when_idle_and_not_more_often_than_every_minute() -> None:
    clock, runs = Clock(), []
    heap = keeper(clock, runs)
    clock.now += 30
    assert not heap.tick(last_input=None, busy=False)  # idle, but the last one was 30 s ago
    clock.now += 40
    assert not heap.tick(last_input=clock.now - 1, busy=False)  # a packer typed a second ago
    assert not heap.tick(last_input=clock.now - 10, busy=True)  # an action is pending
    assert heap.tick(last_input=clock.now - 3, busy=False)  # 3 s without input, nothing pending
    assert runs == [clock.now] and heap.collections == 1
    clock.now += 59
    assert not heap.tick(last_input=None, busy=False)
    clock.now += 1
    assert heap.tick(last_input=None, busy=False) and len(runs) == 2


def test_an_overdue_collection_runs_between_actions_even_while_the_packer_works() -> None:
    clock, runs = Clock(), []
    heap = keeper(clock, runs)
    for _ in range(599):  # a packer scanning every second for ten minutes
        clock.now += 1
        assert not heap.tick(last_input=clock.now - 0.2, busy=False)
    clock.now += 1
    assert not heap.tick(last_input=clock.now - 0.2, busy=True)  # never in the middle of an action
    assert heap.tick(last_input=clock.now - 0.2, busy=False)
    assert runs == [clock.now]


def test_settle_turns_automatic_full_collections_off_and_stop_turns_them_on() -> None:
    before = gc.get_threshold()
    heap = HeapKeeper()
    try:
        heap.settle()
        assert gc.get_threshold() == (before[0], before[1], BY_HAND)
        assert gc.get_freeze_count() > 0  # what was built at start stays out of later collections
    finally:
        heap.stop()
        gc.unfreeze()
    assert gc.get_threshold() == before
