"""The one bridge from core callbacks to Qt: device threads call plain methods, the GUI gets signals.

Drivers (`packstation.devices`) report from their worker threads through plain callables. Each
method here only emits a signal; because the bridge lives on the GUI thread, Qt queues a signal
emitted from another thread and delivers it on the GUI thread. A call made on the GUI thread (the
keyboard wedge) is delivered at once, which keeps a scan's verdict within the frame it arrived in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

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


class DeviceBridge(QObject):
    """Re-emits scanner, scale and status callbacks as signals on the GUI thread."""

    scanned = Signal(object)  # BarcodeRead
    rejected = Signal(object)  # RejectedScan
    weighed = Signal(object)  # WeightReading
    status = Signal(object)  # StatusLight

    # Plain callables handed to the drivers; safe to call from any thread.
    def on_scan(self, read: BarcodeRead) -> None:
        self.scanned.emit(read)

    def on_rejected(self, rejection: RejectedScan) -> None:
        self.rejected.emit(rejection)

    def on_weight(self, reading: object) -> None:
        self.weighed.emit(reading)

    def on_device_status(self, status: DeviceStatus) -> None:
        self.status.emit(StatusLight(str(status.kind), str(status.state), status.message))

    def report(self, name: str, state: str, message: str = "") -> None:
        """Status of parts that are not `devices` drivers yet (printer, camera, sync)."""
        self.status.emit(StatusLight(name, state, message))
