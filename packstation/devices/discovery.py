"""Find serial ports and try scanners and scales, for `packstation doctor`: short human reports."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from packstation.devices.base import BarcodeRead, DeviceState, DeviceStatus, RejectedScan
from packstation.devices.scales import ScaleError, WeightReading, open_scale
from packstation.devices.scanners import SerialScanner, SimScanner, WedgeScanner, open_scanner
from packstation.devices.urls import DeviceKind, DeviceUrlError, parse_device_url
from packstation.domain.texts import translate

# USB vendor ids seen on packing benches: what the device most likely is.
KNOWN_VENDORS = {
    0x05E0: "Zebra/Symbol barcode scanner",
    0x0C2E: "Honeywell barcode scanner",
    0x05F9: "Datalogic barcode scanner",
    0x1EAB: "Newland barcode scanner",
    0x0EB8: "Mettler Toledo scale",
    0x0403: "FTDI USB-serial adapter",
    0x067B: "Prolific USB-serial adapter",
    0x1A86: "CH340 USB-serial adapter",
    0x10C4: "Silicon Labs USB-serial adapter",
}


@dataclass(frozen=True)
class SerialPortInfo:
    """One serial port the system offers, with what pyserial knows about the device behind it."""

    device: str
    description: str
    hwid: str
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    manufacturer: str | None = None

    @property
    def likely(self) -> str | None:
        """A guess at the device kind from the USB vendor id."""
        return KNOWN_VENDORS.get(self.vid) if self.vid is not None else None

    @property
    def url(self) -> str:
        """The address to put in the config for this port."""
        return f"serial://{'' if self.device.startswith('/') else '/'}{self.device}"

    def __str__(self) -> str:
        ids = f" [{self.vid:04x}:{self.pid:04x}]" if self.vid is not None and self.pid is not None else ""
        guess = f" - probably a {self.likely}" if self.likely else ""
        return f"{self.device}: {self.description}{ids}{guess}"


@dataclass
class ProbeReport:
    """What a probe found: ok or not, one summary line, and details for the doctor output."""

    ok: bool
    summary: str
    details: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(
            [("OK   " if self.ok else "FAIL ") + self.summary, *("     " + d for d in self.details)]
        )


def list_serial_ports() -> list[SerialPortInfo]:
    """Every serial port pyserial can see, sorted by device name."""
    from serial.tools import list_ports

    ports = [
        SerialPortInfo(
            device=p.device,
            description=p.description or "",
            hwid=p.hwid or "",
            vid=p.vid,
            pid=p.pid,
            serial_number=p.serial_number,
            manufacturer=p.manufacturer,
        )
        for p in list_ports.comports()
    ]
    return sorted(ports, key=lambda p: p.device)


def probe_scale(url: str, timeout: float = 2.0) -> ProbeReport:
    """Open the scale at `url` and wait up to `timeout` s for a reading or an error."""
    try:
        parsed = parse_device_url(url, DeviceKind.SCALE)
    except DeviceUrlError as exc:
        return ProbeReport(False, translate("Device", "scale address: {problem}").format(problem=str(exc)))
    if parsed.scheme == "none":
        return ProbeReport(True, translate("Device", "no scale configured (scale = none); weights are entered by hand"))
    got = threading.Event()
    seen: dict[str, object] = {}

    def on_weight(reading: WeightReading) -> None:
        seen.setdefault("reading", reading)
        got.set()

    def on_error(error: ScaleError) -> None:
        seen.setdefault("error", error)
        got.set()

    def on_status(status: DeviceStatus) -> None:
        if status.state is DeviceState.ERROR:
            seen.setdefault("status", status)
            got.set()

    scale = open_scale(parsed, on_weight, on_status, on_error)
    try:
        got.wait(timeout)
        status = scale.status
    finally:
        scale.stop()
    details = [f"address: {parsed.text}", f"status: {status.state} {status.message}".rstrip()]
    if "reading" in seen:
        reading = seen["reading"]
        assert isinstance(reading, WeightReading)
        return ProbeReport(True, translate("Device", "scale answered: {reading} (raw {raw})").format(reading=str(reading), raw=repr(reading.raw)), details)
    if "error" in seen:
        error = seen["error"]
        assert isinstance(error, ScaleError)
        return ProbeReport(True, translate("Device", "scale answered but reports a problem: {problem}").format(problem=error.message), details)
    problem = seen.get("status") or status
    assert isinstance(problem, DeviceStatus)
    return ProbeReport(False, translate("Device", "no weight from the scale within {seconds} s: {problem}").format(
            seconds=f"{timeout:.1f}", problem=problem.message
        ), details)


def probe_scanner(url: str, timeout: float = 0.0) -> ProbeReport:
    """Open the scanner at `url`; with `timeout` > 0 also wait that long for a test scan."""
    try:
        parsed = parse_device_url(url, DeviceKind.SCANNER)
    except DeviceUrlError as exc:
        return ProbeReport(False, translate("Device", "scanner address: {problem}").format(problem=str(exc)))
    if parsed.scheme == "wedge":
        return ProbeReport(True, translate("Device", "keyboard-wedge scanner: test it by scanning into the station's scan field"))
    got = threading.Event()
    seen: list[BarcodeRead | RejectedScan] = []

    def record(item: BarcodeRead | RejectedScan) -> None:
        seen.append(item)
        got.set()

    scanner: SerialScanner | SimScanner | WedgeScanner = open_scanner(parsed, record, None, record)
    try:
        if isinstance(scanner, SerialScanner):
            _wait_until_open(scanner, min(2.0, max(timeout, 0.5)))
        if timeout > 0 and scanner.status.usable:
            got.wait(timeout)
        status = scanner.status
    finally:
        scanner.stop()
    details = [f"address: {parsed.text}", f"status: {status.state} {status.message}".rstrip()]
    if not status.usable:
        return ProbeReport(False, translate("Device", "scanner not reachable: {problem}").format(problem=status.message or str(status.state)), details)
    if seen:
        first = seen[0]
        if isinstance(first, BarcodeRead):
            return ProbeReport(True, translate("Device", "scanner read {code}").format(code=repr(first.code)), details)
        return ProbeReport(False, translate("Device", "scanner sent something unusable: {problem}").format(problem=first.reason), details)
    if timeout > 0:
        return ProbeReport(True, translate("Device", "scanner port opens, but no scan arrived within {seconds} s").format(
                seconds=f"{timeout:.1f}"
            ), details)
    return ProbeReport(True, translate("Device", "scanner port opens"), details)


def _wait_until_open(scanner: SerialScanner, timeout: float) -> None:
    """Wait until the reader has either opened the port or failed to."""
    deadline = time.monotonic() + timeout
    while scanner.status.state is DeviceState.DISCONNECTED and time.monotonic() < deadline:
        time.sleep(0.01)
