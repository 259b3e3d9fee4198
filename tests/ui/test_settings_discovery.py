"""Settings page device lists: filled from discovery off the GUI thread, a pty offered as the scanner,
chosen, tested and saved to the station's config file; "Find devices" picks up a port plugged in later."""

from __future__ import annotations

import os
import threading
import tomllib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from packstation.devices import discovery
from packstation.devices.discovery import SerialPortInfo
from packstation.services import settings as settings_module
from packstation.services.station.view import Step
from packstation.ui.station.settings_page import DeviceUrlBox
from tests.ui.conftest import SUPERVISOR_BADGE, press, settle_stations


@pytest.fixture
def ports(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[SerialPortInfo]]:
    """The serial ports discovery sees (a pty to start with); a test may append one."""
    master, slave = os.openpty()
    listed = [SerialPortInfo(os.ttyname(slave), "USB-Serial Controller", "", vid=0x0C2E, pid=0x0B61)]
    monkeypatch.setattr(discovery, "list_serial_ports", lambda: list(listed))
    yield listed
    os.close(master)
    os.close(slave)


def test_scanner_chosen_from_discovered_ports_is_saved(make_station, qtbot, scan_keys, ports, monkeypatch):  # type: ignore[no-untyped-def]
    threads: list[threading.Thread] = []
    original = settings_module.discover_devices

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(settings_module, "discover_devices", recorded)
    station_app = make_station(orders=1)
    window = station_app.window
    scan_keys(SUPERVISOR_BADGE)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert station_app.flow.step is Step.SETTINGS
    page = window.pages[Step.SETTINGS]
    box = page.fields["devices.scanner"]
    assert isinstance(box, DeviceUrlBox) and box.isEditable()
    url = f"serial://{ports[0].device}?baud=9600"
    qtbot.waitUntil(lambda: box.findData(url) >= 0, timeout=5000)
    assert threads and threads[0] is not threading.main_thread()
    assert box.text() == "wedge" and box.currentData() == "wedge"  # the configured scanner stays selected
    offered = box.itemText(box.findData(url))
    assert "Honeywell barcode scanner" in offered and ports[0].device in offered

    box.setCurrentIndex(box.findData(url))
    assert box.currentText() == url and box.text() == url  # the field shows the address that is saved
    next(b for b in page.findChildren(QPushButton) if b.text() == "Test").click()  # the scanner's Test
    qtbot.waitUntil(lambda: page.results["scanner"].text().startswith(("OK", "FAIL")), timeout=5000)
    assert page.results["scanner"].text().startswith("OK"), page.results["scanner"].text()
    press(Qt.Key.Key_F3)  # save
    assert window.banner.level == "ok", window.banner.text()
    assert station_app.station.config.devices.scanner == url
    saved = tomllib.loads(station_app.station.home.config_file.read_text(encoding="utf-8"))
    assert saved["devices"]["scanner"] == url

    ports.append(SerialPortInfo("/dev/ttyACM7", "Scale", "", vid=0x0EB8, pid=0x2200))
    page.find.click()
    scale = page.fields["devices.scale"]
    qtbot.waitUntil(lambda: scale.findData("serial:///dev/ttyACM7?protocol=mt-sics") >= 0, timeout=5000)
    assert len(threads) == 2 and threads[1] is not threading.main_thread()
    assert box.text() == url and box.currentData() == url  # still the saved choice after the refresh
    assert "Mettler Toledo scale" in scale.itemText(scale.findData("serial:///dev/ttyACM7?protocol=mt-sics"))


def test_typed_address_is_saved_as_typed(make_station, qtbot, scan_keys, type_keys, ports):  # type: ignore[no-untyped-def]
    station_app = make_station(orders=1)
    scan_keys(SUPERVISOR_BADGE)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    page = station_app.window.pages[Step.SETTINGS]
    box = page.fields["devices.printer"]
    qtbot.waitUntil(lambda: box.findData("tcp://HOST:9100") >= 0, timeout=5000)
    box.lineEdit().selectAll()
    box.lineEdit().setFocus()
    type_keys("tcp://10.0.0.5:9100", gap_ms=60)  # by hand: fast key bursts would be taken for a scan
    assert box.text() == "tcp://10.0.0.5:9100"
    page.save()
    settle_stations()
    assert station_app.window.banner.level == "ok", station_app.window.banner.text()
    saved = tomllib.loads(station_app.station.home.config_file.read_text(encoding="utf-8"))
    assert saved["devices"]["printer"] == "tcp://10.0.0.5:9100"
