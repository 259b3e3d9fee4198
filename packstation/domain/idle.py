"""Idle lock: after `timeout_s` without input the station locks and the packer must log in again.

Pure and clock-free: the caller passes `now` (monotonic seconds), so it is tested without waiting.
"""

from __future__ import annotations


class IdleLock:
    """Tracks the last input time; `should_lock(now)` turns True once the timeout has passed."""

    def __init__(self, timeout_s: float, now: float | None = None) -> None:
        if timeout_s < 0:
            raise ValueError(f"idle timeout must not be negative, got {timeout_s}")
        self.timeout_s = float(timeout_s)
        self._last: float | None = now

    @property
    def enabled(self) -> bool:
        """A timeout of 0 switches the idle lock off."""
        return self.timeout_s > 0

    @property
    def last_input(self) -> float | None:
        return self._last

    def touch(self, now: float) -> None:
        """Record input (a key, a scan, a click) at `now`; time never runs backwards here."""
        if self._last is None or now > self._last:
            self._last = now

    def should_lock(self, now: float) -> bool:
        """True when the station has been idle for the whole timeout (never before the first touch)."""
        if not self.enabled or self._last is None:
            return False
        return now - self._last >= self.timeout_s

    def remaining(self, now: float) -> float:
        """Seconds left before the lock (the full timeout before the first touch; 0 once due)."""
        if not self.enabled:
            return float("inf")
        if self._last is None:
            return self.timeout_s
        return max(0.0, self.timeout_s - (now - self._last))
