"""The one bridge from core callbacks to Qt: device threads call plain methods, the GUI gets signals.

Drivers (`packstation.devices`) report from their worker threads through plain callables. Each
method here only emits a signal; because the bridge lives on the GUI thread, Qt queues a signal
emitted from another thread and delivers it on the GUI thread. A call made on the GUI thread (the
keyboard wedge) is delivered at once, which keeps a scan's verdict within the frame it arrived in.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from packstation.devices.base import BarcodeRead, DeviceStatus, RejectedScan


@dataclass(frozen=True)
class StatusLight:
    """One entry of the status bar: a device or link, its state word and a short message."""

    name: str  # scanner, scale, printer, camera, sync
    state: str
    message: str = ""

    @property
    def usable(self) -> bool:
        return self.state in ("connected", "simulated", "ok", "idle")


WEIGHT_SHOWN_EVERY_S = 0.05  # the live weight is redrawn at most 20 times a second


class DeviceBridge(QObject):
    """Re-emits scanner, scale and status callbacks as signals on the GUI thread.

    A scale sends readings as fast as it likes (a simulated one every 10 ms); the screen shows the
    newest at most every `WEIGHT_SHOWN_EVERY_S`, so the weight display never keeps the GUI thread
    redrawing. The weight rules never wait for the screen: the gate gets every reading on the
    scale's own thread before it comes here."""

    scanned = Signal(object)  # BarcodeRead
    rejected = Signal(object)  # RejectedScan
    weighed = Signal(object)  # WeightReading: the newest, at most every WEIGHT_SHOWN_EVERY_S
    status = Signal(object)  # StatusLight
    alerts = Signal(object)  # BannerUpdate: the supervisor's delivery-alert strip
    _weight_ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._weight_lock = threading.Lock()
        self._weight: object | None = None
        self._weight_pending = False
        self._weight_shown_at = 0.0
        self._weight_timer = QTimer(self)
        self._weight_timer.setSingleShot(True)
        self._weight_timer.timeout.connect(self._show_weight)
        self._weight_ready.connect(self._show_weight)

    # Plain callables handed to the drivers; safe to call from any thread.
    def on_scan(self, read: BarcodeRead) -> None:
        self.scanned.emit(read)

    def on_rejected(self, rejection: RejectedScan) -> None:
        self.rejected.emit(rejection)

    def on_weight(self, reading: object) -> None:
        with self._weight_lock:
            self._weight = reading
            if self._weight_pending:
                return  # the newest replaces it: one redraw for all that came meanwhile
            self._weight_pending = True
        self._weight_ready.emit()  # queued to the GUI thread when called from the scale's

    def _show_weight(self) -> None:
        wait = WEIGHT_SHOWN_EVERY_S - (time.monotonic() - self._weight_shown_at)
        if wait > 0:
            if not self._weight_timer.isActive():
                self._weight_timer.start(max(1, int(wait * 1000)))
            return
        with self._weight_lock:
            reading, self._weight, self._weight_pending = self._weight, None, False
        if reading is not None:
            self._weight_shown_at = time.monotonic()
            self.weighed.emit(reading)

    def on_device_status(self, status: DeviceStatus) -> None:
        self.status.emit(StatusLight(str(status.kind), str(status.state), status.message))

    def on_alert_banner(self, update: object) -> None:
        self.alerts.emit(update)

    def report(self, name: str, state: str, message: str = "") -> None:
        """Status of parts that are not `devices` drivers yet (printer, camera, sync)."""
        self.status.emit(StatusLight(name, state, message))
