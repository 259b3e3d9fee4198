"""The settings page's use cases: change station settings (validated, written atomically), test devices.

Changes are given as `{"devices.printer": "tcp://10.0.0.5:9100", "packing.weight_tolerance_g": 25}`
(dotted keys, or the same as nested dicts). Supervisors change devices, tolerances and the rest;
the station name and the store URLs are admin-only. Values set by environment variables
(`PACKSTATION_CENTRAL_URL`, ...) stay in the environment: they are never written to the file.
"""

from __future__ import annotations

import copy
import dataclasses
import glob
import os
import shutil
import subprocess
import threading
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packstation.config import ENV_OVERRIDES, StationConfig, save_config
from packstation.devices import discovery as serial_discovery
from packstation.devices.urls import DeviceUrlError, parse_device_url
from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.home import Home
from packstation.services import doctor
from packstation.services.doctor import (
    DEVICE_KINDS,
    DeviceTestResult,
    check_camera_url,
    check_printer_url,
    test_device,
)

ADMIN_ONLY = ("station", "store.")
FIXED = ("version",)
# (min, max) for numbers the packer's work depends on; None: no bound on that side.
RANGES: dict[str, tuple[float | None, float | None]] = {
    "idle_lock_minutes": (0, 24 * 60),
    "packing.weight_tolerance_g": (0, 5000),
    "packing.weight_tolerance_pct": (0, 100),
    "packing.fragile_padding_mm": (0, 200),
    "wedge.max_key_gap_ms": (1, 1000),
    "wedge.min_length": (1, 200),
    "wedge.timeout_ms": (1, 5000),
    "badges.min_length": (1, 128),
    "label.dpi": (100, 600),
    "photos.width": (160, 8192),
    "photos.height": (120, 8192),
}


class SettingsError(ValueError):
    """A setting cannot take that value; the message names the setting and what it accepts."""


class SettingsService:
    """Reads and changes one station's config file."""

    def __init__(self, home: Home, config: StationConfig, device_timeout_s: float = 3.0) -> None:
        self.home = home
        self.config = config
        self.device_timeout_s = device_timeout_s
        self.last_changed: list[str] = []  # the keys the last `update` changed

    def update(self, by: Actor, changes: dict[str, Any]) -> StationConfig:
        """Validate every change, write the file atomically, then apply to the running config."""
        flat = _flatten(changes)
        if not flat:
            raise SettingsError("no settings to change")
        by.require(Role.SUPERVISOR, "Changing station settings")
        if any(key.startswith(ADMIN_ONLY) for key in flat):
            by.require(Role.ADMIN, "Changing the station name or store addresses")
        updated = copy.deepcopy(self.config)
        for key, value in flat.items():
            _set(updated, key, value)
        _validate(updated, flat)
        save_config(self._without_env(updated, set(flat)), self.home.config_file)
        for f in dataclasses.fields(StationConfig):
            setattr(self.config, f.name, getattr(updated, f.name))
        self.last_changed = sorted(flat)
        return self.config

    def test_device(self, kind: str, url: str) -> DeviceTestResult:
        """The settings page's Test button: open the device briefly and say what happened."""
        return test_device(kind, url, self.device_timeout_s)

    def discover_devices(self) -> dict[str, list[DeviceChoice]]:
        """The settings page's device lists: what this station can reach now, bounded in time."""
        return discover_devices(self.home.root, timeout_s=self.device_timeout_s)

    def _without_env(self, config: StationConfig, changed: set[str]) -> StationConfig:
        """The config as the file should hold it: values from environment variables left out."""
        file_data: dict[str, Any] = {}
        if self.home.config_file.exists():
            try:
                file_data = tomllib.loads(self.home.config_file.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                file_data = {}
        out = copy.deepcopy(config)
        defaults = StationConfig()
        for env, (section, key) in ENV_OVERRIDES.items():
            if not os.environ.get(env):
                continue
            dotted = f"{section}.{key}" if section else key
            if dotted in changed:
                continue  # set explicitly now: the admin means it
            on_file = (file_data.get(section, {}) if section else file_data).get(key)
            fallback = getattr(getattr(defaults, section) if section else defaults, key)
            setattr(getattr(out, section) if section else out, key, fallback if on_file is None else on_file)
        return out


@dataclass(frozen=True)
class DeviceChoice:
    """One address the settings page offers for a device: the URL that is saved, a label a person reads."""

    url: str
    label: str


USB_PRINTER_GLOB = "/dev/usb/lp*"


def discover_devices(home: Path | None = None, timeout_s: float = 3.0) -> dict[str, list[DeviceChoice]]:
    """Per device kind, the addresses worth offering: fixed ones plus serial ports, printers, cameras found.

    Serial ports, CUPS queues and cameras are looked for at the same time, each given `timeout_s`;
    a source that is missing, fails or is too slow just offers nothing. Never raises.
    """
    started = time.monotonic()
    ports = _Lookup(serial_discovery.list_serial_ports, [])
    queues = _Lookup(lambda: cups_queues(timeout_s), [])
    cameras = _Lookup(lambda: doctor.list_cameras(timeout_s=timeout_s), [])
    deadline = started + timeout_s + 0.5
    found_ports = ports.result(deadline)
    scanner = [
        DeviceChoice("wedge", translate("Settings", "Keyboard-wedge scanner (USB, types into the scan field)")),
        DeviceChoice("sim", translate("Settings", "Simulated scanner (no hardware)")),
    ]
    scale = [
        DeviceChoice("sim", translate("Settings", "Simulated scale (no hardware)")),
        DeviceChoice("none", translate("Settings", "No scale: weights typed in by hand")),
    ]
    for port in found_ports:
        where = _port_label(port)
        scanner.append(DeviceChoice(f"{port.url}?baud=9600", translate("Settings", "Serial scanner on {where}, 9600 baud").format(where=where)))
        scale.append(DeviceChoice(f"{port.url}?protocol=mt-sics", translate("Settings", "Scale on {where}, MT-SICS (asked)").format(where=where)))
        scale.append(DeviceChoice(f"{port.url}?protocol=continuous", translate("Settings", "Scale on {where}, continuous output").format(where=where)))
    printer = [DeviceChoice("sim", translate("Settings", "Simulated printer (no hardware)"))]
    if home is not None:
        folder = Path(home).expanduser().absolute() / "labels"
        posix = folder.as_posix()
        printer.append(
            DeviceChoice(
                f"dir://{'' if posix.startswith('/') else '/'}{posix}", translate("Settings", "Save labels as files in {folder}").format(folder=str(folder))
            )
        )
    for device in sorted(glob.glob(USB_PRINTER_GLOB)):
        printer.append(DeviceChoice(f"file://{device}", translate("Settings", "USB printer at {device}").format(device=device)))
    for queue in queues.result(deadline):
        printer.append(DeviceChoice(f"cups://{queue}", translate("Settings", "Printer queue {queue} (CUPS)").format(queue=queue)))
    printer.append(DeviceChoice("tcp://HOST:9100", translate("Settings", "Network printer: replace HOST with its address")))
    camera = [DeviceChoice("sim", translate("Settings", "Simulated camera (no hardware)"))]
    for cam in cameras.result(deadline):
        camera.append(DeviceChoice(cam.url, translate("Settings", "Camera {index} ({width}x{height})").format(index=cam.index, width=cam.width, height=cam.height)))
    return {"scanner": scanner, "scale": scale, "printer": printer, "camera": camera}


def cups_queues(timeout_s: float = 3.0) -> list[str]:
    """Queue names `lpstat -e` lists (valid as `cups://` addresses); none when lpstat is missing or slow."""
    if shutil.which("lpstat") is None:
        return []
    try:
        done = subprocess.run(
            ["lpstat", "-e"], capture_output=True, text=True, timeout=timeout_s, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    queues: list[str] = []
    for line in done.stdout.splitlines():
        name = line.split()[0] if line.split() else ""
        if not name or name in queues:
            continue
        try:
            check_printer_url(f"cups://{name}")
        except DeviceUrlError:
            continue  # not a name the printer address accepts: offering it would only fail on Save
        queues.append(name)
    return queues


def _port_label(port: serial_discovery.SerialPortInfo) -> str:
    about = port.likely or port.description
    return f"{port.device} ({about})" if about and about != "n/a" else port.device


class _Lookup:
    """One discovery source run on a daemon thread, so a slow one cannot hold up the others."""

    def __init__(self, fn: Callable[[], Any], default: Any) -> None:
        self._box: list[Any] = []
        self._default = default

        def target() -> None:
            try:
                self._box.append(fn())
            except Exception:  # noqa: BLE001 - discovery is best effort: a failing source offers nothing
                self._box.append(default)

        self._thread = threading.Thread(target=target, name="packstation-discovery", daemon=True)
        self._thread.start()

    def result(self, deadline: float) -> Any:
        self._thread.join(max(0.0, deadline - time.monotonic()))
        return self._box[0] if self._box else self._default


def _flatten(changes: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in changes.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and not dotted.endswith("handling_hours"):
            flat.update(_flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


def _set(config: StationConfig, dotted: str, value: Any) -> None:
    """Set one setting, checking it exists and has the right type."""
    if dotted in FIXED:
        raise SettingsError(f"'{dotted}' cannot be changed")
    *path, name = dotted.split(".")
    target: Any = config
    for part in path:
        if not dataclasses.is_dataclass(target) or part not in {f.name for f in dataclasses.fields(target)}:
            raise SettingsError(f"unknown setting '{dotted}'")
        target = getattr(target, part)
    if not dataclasses.is_dataclass(target) or name not in {f.name for f in dataclasses.fields(target)}:
        raise SettingsError(f"unknown setting '{dotted}'")
    current = getattr(target, name)
    setattr(target, name, _coerce(dotted, current, value))


def _coerce(dotted: str, current: Any, value: Any) -> Any:
    if dataclasses.is_dataclass(current):
        raise SettingsError(f"'{dotted}' is a section; change its settings one by one")
    if isinstance(current, bool):
        if not isinstance(value, bool):
            raise SettingsError(f"'{dotted}' must be true or false, got {value!r}")
        return value
    if isinstance(current, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SettingsError(f"'{dotted}' must be a number, got {value!r}")
        return float(value)
    if isinstance(current, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingsError(f"'{dotted}' must be a whole number, got {value!r}")
        return value
    if isinstance(current, str):
        if not isinstance(value, str):
            raise SettingsError(f"'{dotted}' must be text, got {value!r}")
        return value.strip()
    if isinstance(current, list):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise SettingsError(f"'{dotted}' must be a list of names, got {value!r}")
        return list(value)
    if isinstance(current, dict):
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool)
            for k, v in value.items()
        ):
            raise SettingsError(f"'{dotted}' must map names to numbers, got {value!r}")
        return {k: float(v) for k, v in value.items()}
    raise SettingsError(f"'{dotted}' cannot be changed here")


def _validate(config: StationConfig, flat: dict[str, Any]) -> None:
    """Check the values that make sense only together or only in a range."""
    for key, (low, high) in RANGES.items():
        if key not in flat:
            continue
        value = flat[key]
        if (low is not None and value < low) or (high is not None and value > high):
            raise SettingsError(f"'{key}' must be between {low:g} and {high:g}, got {value!r}")
    devices = config.devices
    checks = {
        "devices.scanner": lambda: parse_device_url(devices.scanner, "scanner"),
        "devices.scale": lambda: parse_device_url(devices.scale, "scale"),
        "devices.printer": lambda: check_printer_url(devices.printer),
        "devices.camera": lambda: check_camera_url(devices.camera),
    }
    for key, check in checks.items():
        if key in flat:
            try:
                check()
            except DeviceUrlError as exc:
                raise SettingsError(f"'{key}': {exc}") from None
    if "station" in flat and not 0 < len(config.station) <= 100:
        raise SettingsError("'station' must be a name of 1 to 100 characters")
    if "packing.handling_hours" in flat and any(v <= 0 for v in config.packing.handling_hours.values()):
        raise SettingsError("'packing.handling_hours' must all be more than 0 hours")


__all__ = [
    "DEVICE_KINDS",
    "DeviceChoice",
    "DeviceTestResult",
    "SettingsError",
    "SettingsService",
    "cups_queues",
    "discover_devices",
]
