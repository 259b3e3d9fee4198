"""The retry loop for waiting print jobs: a worker that calls a `pump()` every few seconds.

The jobs themselves live in the station database (the label service owns them); this worker only
keeps trying, so a label waiting for paper prints as soon as the printer is back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from packstation.devices.base import DeviceWorker

log = logging.getLogger(__name__)


class SpoolPump(DeviceWorker):
    """Calls `pump` (sends waiting jobs, returns how many are still waiting) every `interval_s`."""

    def __init__(
        self,
        pump: Callable[[], int],
        interval_s: float = 3.0,
        on_waiting: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__("print-spool")
        self.pump, self.interval_s, self.on_waiting = pump, interval_s, on_waiting

    def _run(self) -> None:
        while not self.sleep(self.interval_s):
            try:
                waiting = self.pump()
            except Exception:  # noqa: BLE001 - a failing pass is retried next time, never kills the loop
                log.exception("print spool pass failed")
                continue
            if self.on_waiting is not None:
                self.on_waiting(waiting)
