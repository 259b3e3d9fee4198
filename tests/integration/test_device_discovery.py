"""Device discovery for the settings page: a pty as the serial port, a fake `lpstat` on PATH, USB printer
nodes in a temp folder; every offered address must pass the same checks as saving it."""

from __future__ import annotations

import os
import stat
import threading
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.config import load_config, save_config
from packstation.devices import discovery
from packstation.devices.discovery import SerialPortInfo
from packstation.devices.urls import parse_device_url
from packstation.domain.users import Actor, Role
from packstation.home import Home
from packstation.services import doctor, settings
from packstation.services.doctor import CameraInfo, check_camera_url, check_printer_url
from packstation.services.settings import SettingsService, cups_queues, discover_devices

SUPERVISOR = Actor("sue", Role.SUPERVISOR, "Sue")


@pytest.fixture
def pty_port(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A pty's slave end listed as the one serial port (pyserial does not list ptys itself)."""
    master, slave = os.openpty()
    path = os.ttyname(slave)
    info = SerialPortInfo(path, "USB-Serial Controller", "USB VID:PID=1a86:7523", vid=0x1A86, pid=0x7523)
    monkeypatch.setattr(discovery, "list_serial_ports", lambda: [info])
    yield path
    os.close(master)
    os.close(slave)


@pytest.fixture
def fake_bin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH holding only the tools a test writes into it."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    return folder


def write_tool(folder: Path, name: str, script: str) -> None:
    tool = folder / name
    tool.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)


def urls(choices: list[settings.DeviceChoice]) -> list[str]:
    return [c.url for c in choices]


def test_pty_port_is_offered_for_scanner_and_scale(pty_port: str, fake_bin: Path, tmp_path: Path) -> None:
    found = discover_devices(tmp_path, timeout_s=1.0)
    assert urls(found["scanner"]) == ["wedge", "sim", f"serial://{pty_port}?baud=9600"]
    assert urls(found["scale"]) == [
        "sim",
        "none",
        f"serial://{pty_port}?protocol=mt-sics",
        f"serial://{pty_port}?protocol=continuous",
    ]
    serial_label = found["scanner"][2].label
    assert pty_port in serial_label and "CH340 USB-serial adapter" in serial_label
    parsed = parse_device_url(found["scanner"][2].url, "scanner")
    assert parsed.scheme == "serial" and parsed.baudrate == 9600


def test_every_offered_address_passes_the_save_checks(
    pty_port: str, fake_bin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "lp0").touch()
    (usb / "lp1").touch()
    monkeypatch.setattr(settings, "USB_PRINTER_GLOB", str(usb / "lp*"))
    monkeypatch.setattr(doctor, "list_cameras", lambda **_: [CameraInfo(2, 1280, 720)])
    found = discover_devices(tmp_path / "home", timeout_s=1.0)
    assert urls(found["printer"]) == [
        "sim",
        f"dir://{(tmp_path / 'home' / 'labels').as_posix()}",
        f"file://{usb / 'lp0'}",
        f"file://{usb / 'lp1'}",
        "tcp://HOST:9100",
    ]
    assert urls(found["camera"]) == ["sim", "cv://2"]
    assert "1280x720" in found["camera"][1].label
    for choice in found["scanner"]:
        parse_device_url(choice.url, "scanner")
    for choice in found["scale"]:
        parse_device_url(choice.url, "scale")
    for choice in found["printer"]:
        check_printer_url(choice.url)
    for choice in found["camera"]:
        check_camera_url(choice.url)


def test_lpstat_queues_become_cups_choices(fake_bin: Path, tmp_path: Path) -> None:
    write_tool(
        fake_bin,
        "lpstat",
        'if [ "$1" = "-e" ]; then printf "Zebra_GK420d\\nOffice-Laser\\n\\nbad;name\\n"; else exit 1; fi\n',
    )
    found = discover_devices(tmp_path, timeout_s=2.0)
    cups = [c for c in found["printer"] if c.url.startswith("cups://")]
    assert urls(cups) == ["cups://Zebra_GK420d", "cups://Office-Laser"]
    assert "Zebra_GK420d" in cups[0].label


def test_missing_lpstat_offers_no_queues(fake_bin: Path, tmp_path: Path) -> None:
    assert cups_queues(1.0) == []
    found = discover_devices(tmp_path, timeout_s=1.0)
    assert not [c for c in found["printer"] if c.url.startswith("cups://")]
    assert "sim" in urls(found["printer"])


def test_hanging_sources_are_cut_off(fake_bin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tool(fake_bin, "lpstat", "exec sleep 10\n")
    release = threading.Event()

    def stuck_cameras(**_: object) -> list[CameraInfo]:
        release.wait(10)
        return [CameraInfo(0, 640, 480)]

    monkeypatch.setattr(doctor, "list_cameras", stuck_cameras)
    started = time.monotonic()
    try:
        found = discover_devices(tmp_path, timeout_s=0.4)
    finally:
        release.set()
    assert time.monotonic() - started < 2.0
    assert urls(found["camera"]) == ["sim"]
    assert not [c for c in found["printer"] if c.url.startswith("cups://")]


def test_failing_serial_listing_still_offers_the_fixed_choices(
    fake_bin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> list[SerialPortInfo]:
        raise OSError("no /sys/class/tty here")

    monkeypatch.setattr(discovery, "list_serial_ports", broken)
    found = discover_devices(tmp_path, timeout_s=1.0)
    assert urls(found["scanner"]) == ["wedge", "sim"]
    assert urls(found["scale"]) == ["sim", "none"]


def test_chosen_pty_scanner_tests_ok_and_saves(pty_port: str, fake_bin: Path, tmp_path: Path) -> None:
    home = Home(tmp_path / "station").ensure()
    save_config(load_config(home.config_file), home.config_file)
    service = SettingsService(home, load_config(home.config_file), device_timeout_s=1.0)
    url = next(c.url for c in service.discover_devices()["scanner"] if c.url.startswith("serial:"))
    result = service.test_device("scanner", url)
    assert result.ok, result
    service.update(SUPERVISOR, {"devices.scanner": url})
    saved = tomllib.loads(home.config_file.read_text(encoding="utf-8"))
    assert saved["devices"]["scanner"] == url
