"""A client-side token bucket: stay under the marketplace's per-API, per-shop request rate."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    """At most `rate` requests a second on average, bursts up to `burst`; `acquire` sleeps as needed."""

    def __init__(
        self,
        rate: float,
        burst: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("the request rate must be positive")
        self.rate = rate
        self.burst = float(burst if burst is not None else max(1, int(rate // 5)))
        self._clock, self._sleep = clock, sleep
        self._tokens = self.burst
        self._stamp = clock()
        self._lock = threading.Lock()
        self.waited_s = 0.0

    def acquire(self) -> None:
        with self._lock:
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now
            self._tokens -= 1.0
            wait = -self._tokens / self.rate if self._tokens < 0 else 0.0
        if wait > 0:
            self.waited_s += wait
            self._sleep(wait)

    def slow_down(self, seconds: float) -> None:
        """After a 429: no request for `seconds` (the bucket is emptied)."""
        with self._lock:
            self._tokens = min(self._tokens, 0.0) - seconds * self.rate
