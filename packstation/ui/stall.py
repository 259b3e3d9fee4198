"""How late the GUI thread runs: a timer that records, at each tick, how long past its due time it fired.

A timer due every `interval_ms` that fires 40 ms late means the event loop was blocked for about
40 ms: a frame or more the packer waited for. `station.stall` and `video.recording` report these.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class StallMonitor(QObject):
    """Records event-loop lateness in seconds while running (`start()` / `stop()`)."""

    def __init__(self, interval_ms: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_s = interval_ms / 1000
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.stalls: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.stalls.append(max(0.0, now - self._last - self.interval_s))
        self._last = now

    def percentile_ms(self, p: float) -> float:
        if not self.stalls:
            return 0.0
        ordered = sorted(self.stalls)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))] * 1000

    @property
    def max_ms(self) -> float:
        return max(self.stalls, default=0.0) * 1000
