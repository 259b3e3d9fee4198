"""`packstation doctor` and the settings page's Test buttons: find devices and try each one, bounded in time.

Scanners and scales are probed through `packstation.devices.discovery`. Printers go through the
printers package (`packstation.devices.printers`) when it offers a status query; otherwise a
network printer is checked by connecting to it. Cameras are opened with OpenCV and must give a frame.
"""

from __future__ import annotations

import glob
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from packstation.config import StationConfig
from packstation.devices import printers
from packstation.devices.discovery import SerialPortInfo, list_serial_ports, probe_scale, probe_scanner
from packstation.devices.urls import DeviceUrlError
from packstation.domain.texts import translate

DEVICE_KINDS = ("scanner", "scale", "printer", "camera")


@dataclass(frozen=True)
class DeviceTestResult:
    """What testing one device found: ok or not, one line for the packer, details for the doctor."""

    ok: bool
    message: str
    details: tuple[str, ...] = ()

    def __str__(self) -> str:
        return "\n".join(
            [("OK   " if self.ok else "FAIL ") + self.message, *("     " + d for d in self.details)]
        )


@dataclass(frozen=True)
class CameraInfo:
    index: int
    width: int
    height: int

    @property
    def url(self) -> str:
        return f"cv://{self.index}"


@dataclass
class DoctorReport:
    """Everything `packstation doctor` found, and whether the configured devices all work."""

    ports: list[SerialPortInfo] = field(default_factory=list)
    cameras: list[CameraInfo] = field(default_factory=list)
    devices: dict[str, tuple[str, DeviceTestResult]] = field(default_factory=dict)
    print_test: DeviceTestResult | None = None

    @property
    def ok(self) -> bool:
        results = [r for _, r in self.devices.values()]
        return all(r.ok for r in results) and (self.print_test is None or self.print_test.ok)

    def render(self) -> str:
        lines = ["Serial ports:"]
        lines += [f"  {p}  ->  {p.url}" for p in self.ports] or ["  none found"]
        lines.append("Cameras:")
        lines += [f"  {c.url}  {c.width}x{c.height}" for c in self.cameras] or ["  none found"]
        lines.append("Configured devices:")
        for kind, (url, result) in self.devices.items():
            lines.append(f"  {kind:<8} {url}")
            lines += ["    " + line for line in str(result).splitlines()]
        if self.print_test is not None:
            lines.append("Test label:")
            lines += ["    " + line for line in str(self.print_test).splitlines()]
        lines.append("All configured devices OK." if self.ok else "Some devices need attention (FAIL above).")
        return "\n".join(lines)


def run_doctor(config: StationConfig, *, print_test: bool = False, timeout_s: float = 3.0) -> DoctorReport:
    """List ports and cameras, test each configured device, optionally print a test label."""
    report = DoctorReport(ports=_safe(list_serial_ports, []), cameras=list_cameras(timeout_s=timeout_s))
    for kind in DEVICE_KINDS:
        url = getattr(config.devices, kind)
        report.devices[kind] = (url, test_device(kind, url, timeout_s))
    if print_test:
        report.print_test = print_test_label(config.devices.printer, timeout_s, config.station)
    return report


def test_device(kind: str, url: str, timeout_s: float = 3.0) -> DeviceTestResult:
    """Open the device at `url` briefly and report; never takes much longer than `timeout_s`."""
    tests: dict[str, Callable[[], DeviceTestResult]] = {
        "scanner": lambda: _from_probe(probe_scanner(url, timeout=0.0)),
        "scale": lambda: _from_probe(probe_scale(url, timeout=timeout_s)),
        "printer": lambda: printer_status(url, timeout_s),
        "camera": lambda: camera_test(url, timeout_s),
    }
    if kind not in tests:
        return DeviceTestResult(
            False,
            translate("Device", "unknown device kind {kind}; use {kinds}").format(kind=repr(kind), kinds=", ".join(DEVICE_KINDS)),
        )
    return bounded(
        tests[kind],
        timeout_s + 1.0,
        translate("Device", "{device} at {url} did not answer within {seconds} s").format(
            device=kind, url=url, seconds=f"{timeout_s + 1:.0f}"
        ),
    )


def bounded(fn: Callable[[], DeviceTestResult], timeout_s: float, late: str) -> DeviceTestResult:
    """Run a device test in a daemon thread; a test that hangs is reported, not waited for."""
    box: list[DeviceTestResult] = []

    def target() -> None:
        try:
            box.append(fn())
        except Exception as exc:  # noqa: BLE001 - any driver failure is a failed test, shown to a person
            box.append(DeviceTestResult(False, f"{type(exc).__name__}: {exc}"))

    thread = threading.Thread(target=target, name="packstation-doctor", daemon=True)
    thread.start()
    thread.join(timeout_s)
    return box[0] if box else DeviceTestResult(False, late)


def _from_probe(report: Any) -> DeviceTestResult:
    return DeviceTestResult(report.ok, report.summary, tuple(report.details))


def _safe(fn: Callable[[], Any], default: Any) -> Any:
    try:
        return fn()
    except Exception:  # noqa: BLE001 - discovery is best effort
        return default


# -- cameras -----------------------------------------------------------------------------------------
def check_camera_url(url: str) -> int | str | None:
    """Parse `cv://0`, `cv:///path/clip.mp4` or `sim`: the OpenCV source, or None for sim."""
    raw = (url or "").strip()
    if raw == "sim":
        return None
    parts = urlsplit(raw)
    if parts.scheme != "cv":
        raise DeviceUrlError(
            f"unknown camera address {raw!r}; use cv://0 (device index), cv:///path/clip.mp4 or sim"
        )
    if parts.netloc:
        if not parts.netloc.isdigit() or parts.path not in ("", "/"):
            raise DeviceUrlError(f"camera index must be a number, e.g. cv://0 (got {raw!r})")
        return int(parts.netloc)
    if not parts.path or parts.path == "/":
        raise DeviceUrlError(f"camera address {raw!r} names no device; use cv://0 or cv:///path/clip.mp4")
    return parts.path


def camera_test(url: str, timeout_s: float = 3.0) -> DeviceTestResult:
    try:
        source = check_camera_url(url)
    except DeviceUrlError as exc:
        return DeviceTestResult(False, translate("Device", "camera address: {problem}").format(problem=str(exc)))
    if source is None:
        return DeviceTestResult(True, translate("Device", "simulated camera"))
    if isinstance(source, str) and not Path(source).is_file():
        return DeviceTestResult(False, translate("Device", "camera clip {path} does not exist").format(path=source))
    frame = _grab_frame(source)
    if frame is None:
        return DeviceTestResult(
            False,
            translate("Device", "camera {url} opens no picture (unplugged, or used by another program?)").format(url=url),
        )
    return DeviceTestResult(
        True,
        translate("Device", "camera gives {width}x{height} frames").format(width=frame[0], height=frame[1]),
        (f"address: {url}",),
    )


def _grab_frame(source: int | str) -> tuple[int, int] | None:
    """Open an OpenCV source and read one frame: its (width, height), or None."""
    import cv2  # deferred: OpenCV is heavy and only the camera needs it

    cap = cv2.VideoCapture(source)
    try:
        if not cap.isOpened():
            return None
        ok, frame = cap.read()
        if not ok or frame is None:
            return None
        return int(frame.shape[1]), int(frame.shape[0])
    finally:
        cap.release()


def list_cameras(max_index: int = 4, timeout_s: float = 3.0) -> list[CameraInfo]:
    """Cameras at indices 0..max_index that give a frame (on Linux only where /dev/videoN exists)."""
    if sys.platform.startswith("linux"):
        indices = sorted(
            int(p[len("/dev/video") :]) for p in glob.glob("/dev/video*") if p[len("/dev/video") :].isdigit()
        )
        indices = [i for i in indices if i <= max_index]
    else:
        indices = list(range(max_index + 1))
    found = []
    for index in indices:
        result = bounded(partial(camera_test, f"cv://{index}", timeout_s), timeout_s, "camera too slow")
        if result.ok:
            w, h = (int(v) for v in result.message.split()[-2].split("x"))
            found.append(CameraInfo(index, w, h))
    return found


# -- printers ----------------------------------------------------------------------------------------
def check_printer_url(url: str) -> None:
    """Check a printer address; DeviceUrlError says what is wrong."""
    try:
        printers.parse_printer_url(url)
    except DeviceUrlError:
        raise
    except ValueError as exc:
        raise DeviceUrlError(str(exc)) from None


def printer_status(url: str, timeout_s: float = 3.0) -> DeviceTestResult:
    """Ask the printer how it is (`~HS`, `lpstat`, ...): no answer is a fault, never success."""
    try:
        check_printer_url(url)
    except DeviceUrlError as exc:
        return DeviceTestResult(False, translate("Device", "printer address: {problem}").format(problem=str(exc)))
    status = printers.printer_status(url, timeout=timeout_s)
    return DeviceTestResult(status.ok, status.message, (f"address: {url}",))


def print_test_label(url: str, timeout_s: float = 3.0, station: str = "") -> DeviceTestResult:
    """Print a small test label on the printer at `url` and report the printer's status after it."""
    try:
        check_printer_url(url)
    except DeviceUrlError as exc:
        return DeviceTestResult(False, translate("Device", "printer address: {problem}").format(problem=str(exc)))
    result = printers.print_test_label(url, timeout=timeout_s, station=station)
    return DeviceTestResult(result.ok, result.message or translate("Printer", "test label sent"))
