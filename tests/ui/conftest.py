"""UI test setup: offscreen Qt set here (not by whoever runs the tests), a real station in a temp home,
key helpers with scanner and human timing, and a check that no test leaves a worker thread running."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from packstation.config import StationConfig, save_config
from packstation.devices.base import device_threads
from packstation.domain.users import Actor, Role
from packstation.home import Home
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.users import UserService
from packstation.ui.bench_driver import send_scan

ADMIN_PIN, SUPERVISOR_PIN, PACKER_PIN = "9999", "5555", "1234"
PACKER_BADGE = "BADGE-PACKER-0001"
SUPERVISOR_BADGE = "BADGE-SUPER-0001"
BARCODES = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}


@pytest.fixture(autouse=True)
def no_dangling_threads() -> Iterator[None]:
    """Fail a test that leaves device workers, pool workers or other threads running."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0
    while True:
        extra = [
            t
            for t in threading.enumerate()
            if t not in before and t.is_alive() and not isinstance(t, threading._DummyThread)  # noqa: SLF001
        ]
        busy = QThreadPool.globalInstance().activeThreadCount()
        if not extra and not device_threads() and not busy:
            return
        if time.monotonic() > deadline:
            names = [t.name for t in extra or device_threads()]
            pytest.fail(f"test left threads running: {names} (global pool busy: {busy})")
        time.sleep(0.02)


from tests.harness.live import STATIONS as LIVE  # noqa: E402 - the open station apps, shared


def settle_stations(timeout: float = 10.0) -> None:
    """Process events until every open station's worker has answered what it was asked (the window
    shows the session's new view): what a packer sees a frame or two after a key or a scan."""
    app = QApplication.instance()
    end = time.monotonic() + timeout
    app.processEvents()
    while any(not built.flow.idle for built in LIVE):
        if time.monotonic() > end:
            raise TimeoutError("the station worker did not answer")
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def weigh_true(qtbot, station_app, grams: float | None = None) -> float:  # type: ignore[no-untyped-def]
    """Put the parcel on the simulated scale at what it should weigh (after the scale read zero, as
    between two parcels) and wait until the session's weight gate holds it as stable."""
    flow = station_app.flow
    settle_stations()
    grams = flow.view.pack.expected_g if grams is None else grams
    assert grams is not None, "no box chosen"
    gate = station_app.station.weight_gate
    station_app.scale.empty()
    qtbot.waitUntil(lambda: not gate.awaiting_zero and (gate.view.grams or 0) <= 1, timeout=3000)
    station_app.scale.place(grams)
    qtbot.waitUntil(lambda: gate.stable_g is not None and abs(gate.stable_g - grams) < 0.01, timeout=3000)
    return grams


def station_config(**overrides: object) -> StationConfig:
    config = StationConfig(station="bench-1")
    config.devices.scale = "sim?settle_ms=30&interval_ms=10"
    config.video.enabled = False  # the video tests record; the other window tests need not
    for key, value in overrides.items():
        setattr(config, key, value)
    return config


@dataclass
class People:
    admin: Actor
    supervisor: Actor
    packer: Actor


def add_people(users: UserService) -> People:
    admin = users.create_first_admin("admin", "Ada Admin", ADMIN_PIN)
    supervisor = users.add_user(
        admin, "sue", "Sue Supervisor", Role.SUPERVISOR, SUPERVISOR_PIN, SUPERVISOR_BADGE
    )
    packer = users.add_user(admin, "pat", "Pat Packer", Role.PACKER, PACKER_PIN, PACKER_BADGE)
    return People(admin, supervisor, packer)


@pytest.fixture
def make_station(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Build the real station app on a temp home: demo catalog and orders, sim scale, wedge keyboard."""
    from packstation.app import build_app, station_application
    from packstation.bootstrap import open_station
    from packstation.ui.sounds import Sounds

    built = []

    def make(
        orders: int = 6,
        people: bool = True,
        config: StationConfig | None = None,
        runner=None,
        sync_s=None,
        demo_scale: bool = False,
    ):  # type: ignore[no-untyped-def]
        home = tmp_path / f"home{len(built)}"
        save_config(config or station_config(), Home(home).config_file)
        station = open_station(home)
        load_demo(station.uow, orders=orders, station=station.name)
        users = UserService(station.uow, station.name, scrypt_n=2**8)
        crew = add_people(users) if people else None
        app = station_application()
        station_app = build_app(
            station=station, sounds=Sounds(), users=users, runner=runner, sync_interval_s=sync_s
        )
        station_app.people = crew
        station_app.users = users
        if not demo_scale:
            station_app.session.desk.demo_scale = None  # the tests put weights on the sim scale themselves
        qtbot.addWidget(station_app.window)
        station_app.window.resize(1280, 860)
        station_app.window.show()
        qtbot.waitExposed(station_app.window)
        app.processEvents()
        built.append(station_app)
        LIVE.append(station_app)
        return station_app

    yield make
    for station_app in built:
        LIVE.remove(station_app)
        station_app.close()


def focus_target() -> QWindow:
    """The window keys go to, as the window system sends them (it forwards them to its focused widget)."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no widget to type into"
    window = widget.window().windowHandle()
    assert window is not None, "the window is not shown"
    if QGuiApplication.focusWindow() is not window:  # keys come only to the window that has focus
        window.requestActivate()
        QApplication.processEvents()
    return window


@pytest.fixture
def scan_keys() -> Callable[..., None]:
    """Type a code like a wedge scanner: keys 2-5 ms apart into whatever has focus, then Enter."""

    def scan(code: str, gap_s: float = 0.003, terminator: bool = True) -> None:
        if terminator:
            send_scan(code, focus_target, gap_s)
            settle_stations()
            return
        for char in code:
            QTest.keyClick(focus_target(), char)
            _spin(gap_s)

    return scan


@pytest.fixture
def type_keys(qtbot) -> Callable[..., None]:  # type: ignore[no-untyped-def]
    """Type like a person: keys about 120 ms apart, events processed in between."""

    def type_(text: str, gap_ms: int = 120, enter: bool = False) -> None:
        from PySide6.QtCore import Qt

        for char in text:
            QTest.keyClick(focus_target(), char)
            qtbot.wait(gap_ms)
        if enter:
            QTest.keyClick(focus_target(), Qt.Key.Key_Return)
            qtbot.wait(gap_ms)
            settle_stations()

    return type_


def press(key, modifier=None) -> None:  # type: ignore[no-untyped-def]
    """A hotkey (F-keys, Esc, Ctrl+...) as the packer presses it."""
    from PySide6.QtCore import Qt

    QTest.keyClick(focus_target(), key, modifier or Qt.KeyboardModifier.NoModifier)
    settle_stations()


def _spin(seconds: float) -> None:
    """Wait without processing events: the keys of one scan arrive back to back, as from a scanner."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass
