"""A deadline in front of the central store: a hung server never holds a packer up.

A central store can accept connections and never answer; a driver's connect timeout does not help
once a connection is open. Each central call the bench waits on runs on a short-lived daemon thread
and is given `timeout_s`; when it does not answer in time (or cannot connect) the gate stays shut
for `cooldown_s`, so the next takes answer at once from what this station claimed ahead. The
background sync keeps trying on its own schedule and opens the gate again when a call succeeds.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from packstation.store.central.schema import CentralUnavailable

T = TypeVar("T")


class CentralGate:
    """Runs central calls with a deadline and remembers, for a while, that the store did not answer."""

    def __init__(self, timeout_s: float = 1.0, cooldown_s: float = 15.0, clock: Callable[[], float] = time.monotonic):
        self.timeout_s, self.cooldown_s, self.clock = timeout_s, cooldown_s, clock
        self._shut_until = 0.0
        self.reason = ""

    @property
    def shut(self) -> bool:
        return self.clock() < self._shut_until

    def mark_down(self, reason: str) -> None:
        self._shut_until = self.clock() + self.cooldown_s
        self.reason = reason

    def mark_up(self) -> None:
        self._shut_until, self.reason = 0.0, ""

    def call(self, fn: Callable[[], T]) -> T:
        """`fn()` within the deadline; raises `CentralUnavailable` when the gate is shut, `fn` cannot
        connect, or no answer comes in time (the call itself is left to finish on its own thread)."""
        if self.shut:
            raise CentralUnavailable(self.reason or "central store unreachable")
        answers: queue.Queue[tuple[bool, object]] = queue.Queue(maxsize=1)

        def run() -> None:
            try:
                answers.put((True, fn()))
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
                answers.put((False, exc))

        threading.Thread(target=run, name="central-call", daemon=True).start()
        try:
            ok, value = answers.get(timeout=self.timeout_s)
        except queue.Empty:
            self.mark_down(f"central store unreachable: no answer within {self.timeout_s:g} s")
            raise CentralUnavailable(self.reason) from None
        if ok:
            self.mark_up()
            return value  # type: ignore[return-value]
        if isinstance(value, CentralUnavailable):
            self.mark_down(str(value))
        raise value  # type: ignore[misc]
