"""Drive the real station window without a person: key events with scanner timing, hotkeys, the scale.

The window benchmarks (`packstation bench station.*`) run on it, and the tests' self-test and
screenshots use it too, so they all exercise the same window, event filter, bridge, station worker
and session a packer uses.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from packstation.config import StationConfig, save_config
from packstation.domain.users import Role
from packstation.home import Home
from packstation.services.demo import DEMO_PRODUCTS, load_demo

BARCODES = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
DRIVER_PIN, DRIVER_SUPERVISOR_PIN = "2468", "1357"


def prepare_home(
    home: Path, orders: int = 6, scale: str = "sim?settle_ms=30&interval_ms=10", video: bool = False
) -> None:
    """A station home with a config for driving (sim scale that settles fast) and the demo data."""
    from packstation.compose import compose
    from packstation.services.users import UserService

    config = StationConfig(station="driven-1")
    config.devices.scale = scale
    config.video.enabled = video
    save_config(config, Home(home).config_file)
    station = compose(home, migrate_central=True)
    try:
        load_demo(station.uow, orders=orders, station=station.name)
        users = UserService(station.uow, station.name, scrypt_n=2**8)
        if users.needs_first_admin():
            admin = users.create_first_admin("admin", "Ada Admin", "9090")
            users.add_user(admin, "sue", "Sue Supervisor", Role.SUPERVISOR, DRIVER_SUPERVISOR_PIN)
            users.add_user(admin, "pat", "Pat Packer", Role.PACKER, DRIVER_PIN)
    finally:
        station.close()


class StationDriver:
    """The station app on `home`, driven by key events through the real wedge filter."""

    def __init__(
        self,
        home: Path,
        *,
        runner: Any = None,
        size: tuple[int, int] = (1400, 900),
        sync_interval_s: float | None = 5.0,
    ) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from packstation.app import build_app, station_application
        from packstation.ui.sounds import Sounds

        self.app = station_application()
        self.built = build_app(home, sounds=Sounds(), runner=runner, sync_interval_s=sync_interval_s)
        self.window, self.flow = self.built.window, self.built.flow
        self.built.session.desk.demo_scale = None  # the driver puts each parcel's weight on itself
        self.window.resize(*size)
        self.window.show()
        self.settle()

    def keep_heap(self) -> None:
        """As `packstation run` does once the window is up: full collections only while idle."""
        from packstation.app import keep_heap

        keep_heap(self.built)

    def settle(self, seconds: float = 0.0) -> None:
        """Let the window run for `seconds` (its event loop waits for events, as in `packstation run`)."""
        self.app.processEvents()
        if seconds > 0:
            end = time.perf_counter() + seconds
            run_until(lambda: time.perf_counter() >= end, seconds + 1.0)

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0, what: str = "") -> None:
        if not run_until(predicate, timeout):
            raise TimeoutError(f"station did not reach: {what or predicate}; now {self.state()}")

    def target(self):  # type: ignore[no-untyped-def]
        """The window the keys go to, as the window system sends them: the focused widget's window."""
        from PySide6.QtWidgets import QApplication

        widget = QApplication.focusWidget() or self.window
        window = widget.window().windowHandle()
        if QApplication.focusWindow() is not window:  # keys come only to the window that has focus
            window.requestActivate()
            QApplication.processEvents()
        return window

    def scan(self, code: str, gap_s: float = 0.003, wait: bool = True) -> float:
        """Type `code` + Enter like a wedge scanner: keys `gap_s` apart into whatever has focus.

        Returns the time from the Enter key to the window showing the session's answer (the scan
        goes through the decoder, the bridge, the station worker's commit and back to the page):
        scan-to-verdict latency. With `wait=False`, returns at once after the Enter key.
        """
        t0 = send_scan(code, self.target, gap_s)
        if wait:
            self.wait_idle()
        return time.perf_counter() - t0

    def scan_verdict(
        self, code: str, gap_s: float = 0.003, timeout: float = 10.0, paced: bool = False
    ) -> tuple[float, float]:
        """Type `code` + Enter like a wedge scanner; returns (Enter -> verdict in the banner,
        Enter -> the session's answer stored and shown). `paced`: each key arrives at its time,
        with the window's events handled in between, as from a real scanner."""
        seen: list[float] = []

        def on_notice(text: str, tone: str) -> None:
            if not seen and not text.startswith("checking"):
                seen.append(time.perf_counter())

        self.flow.notice.connect(on_notice)  # after the window's banner: the text is set when this runs
        try:
            t0 = send_scan(code, self.target, gap_s, pace=paced)
            if not run_until(lambda: bool(seen), timeout):
                raise TimeoutError(f"no verdict for {code!r}")
            verdict = seen[0] - t0
            self.wait_idle(timeout)
            return verdict, time.perf_counter() - t0
        finally:
            self.flow.notice.disconnect(on_notice)

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Run the window until the station worker has answered everything asked of it."""
        self.app.processEvents()
        if not run_until(lambda: self.flow.idle, timeout):
            import faulthandler

            faulthandler.dump_traceback()  # where the worker is stuck, for whoever reads the log
            raise TimeoutError("the station worker did not answer")
        self.app.processEvents()

    def key(self, name: str) -> None:
        """Press a hotkey by its name as shown on screen: "F2", "Esc", "Ctrl+L"."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtTest import QTest

        combo = QKeySequence(name)[0]
        QTest.keyClick(self.target(), combo.key(), combo.keyboardModifiers())
        self.wait_idle()

    def type(self, text: str, gap_s: float = 0.12, enter: bool = True) -> None:
        """Type like a person (the wedge filter lets these keys through to the focused field)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        for char in text:
            QTest.keyClick(self.target(), char)
            self.settle(gap_s)
        if enter:
            QTest.keyClick(self.target(), Qt.Key.Key_Return)
            self.settle(gap_s)
            self.wait_idle()

    def login(self, pin: str = DRIVER_PIN) -> None:
        self.window.pages[self.flow.step].focus_first()
        self.type(pin)
        self.wait_until(lambda: self.flow.actor is not None, 3.0, "logged in")

    def weigh_true(self) -> float:
        """Put the open order's parcel on the sim scale at its true weight and wait until stable."""
        flow = self.flow
        self.wait_until(lambda: flow.view.pack.expected_g is not None, 3.0, "a box chosen")
        grams = flow.view.pack.expected_g
        assert grams is not None
        gate = self.built.station.weight_gate
        self.built.scale.empty()  # the last parcel off: the gate waits for zero between parcels
        self.wait_until(lambda: not gate.awaiting_zero, 3.0, "scale back at zero")
        self.built.scale.place(grams)
        self.wait_until(
            lambda: (g := flow.stable_grams()) is not None and abs(g - grams) < 0.01, 3.0, "stable"
        )
        return grams

    def unit_barcodes(self) -> list[str]:
        """One barcode per unit still to scan in the open order."""
        order = self.flow.order
        return [BARCODES[line.sku] for line in order.lines for _ in range(line.remaining)] if order else []

    def state(self) -> dict[str, Any]:
        flow = self.flow
        order = flow.order
        return {
            "step": flow.step.value,
            "actor": flow.actor.user_id if flow.actor else None,
            "order": order.order_id if order else None,
            "status": order.status.value if order else None,
            "picked": {line.sku: line.picked for line in order.lines} if order else {},
            "parcels": [[p.number, p.box_code, p.weight_g] for p in flow.view.pack.parcels],
            "banner": self.window.banner.text(),
        }

    def close(self) -> None:
        self.built.close()
        self.settle()


def send_scan(code: str, target: Callable[[], Any], gap_s: float = 0.003, pace: bool = False) -> float:
    """The key presses and releases a USB wedge scanner sends for `code` + Enter (Shift around every
    capital and symbol), each stamped with the window system's time as a scanner's keys would be,
    to `target()`: the window that has focus, as the window system delivers them. Returns `perf_counter()` at the Enter key.

    With `pace`, each key is sent at its own time and the window's event loop runs in between (it
    waits for events, as when a scanner's keys arrive); without, the keys are sent at once."""
    from PySide6.QtWidgets import QApplication

    from packstation.ui.wedge_keys import key_event, scanner_strokes

    gap_ms = max(1, round(gap_s * 1000))
    strokes = scanner_strokes(code, terminator="enter", gap_ms=(gap_ms, gap_ms + 2))
    t0_ms = int(time.monotonic() * 1000)
    at = start = time.perf_counter()
    for stroke in strokes:
        due = start + stroke.at_ms / 1000
        if pace and time.perf_counter() < due:
            run_until(lambda due=due: time.perf_counter() >= due, 1.0)  # type: ignore[misc]
        if stroke.press and stroke.key in (0x01000004, 0x01000005):  # Return / Enter
            at = time.perf_counter()
        QApplication.sendEvent(target(), key_event(stroke, t0_ms))
    return at


def run_until(done: Callable[[], bool], timeout: float) -> bool:
    """Run the application's event loop until `done()` (checked every millisecond) or `timeout` s.

    The loop blocks in the window system's wait between events and checks, as the station's own
    loop does; a driver that spun `processEvents()` instead would keep the GUI thread (and the GIL)
    busy and measure its own load. Returns whether `done()` became true."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    if done():
        return True
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    check = QTimer()
    check.setTimerType(Qt.TimerType.PreciseTimer)
    check.setInterval(1)
    reached: list[bool] = []

    def tick() -> None:
        if done():
            reached.append(True)  # seen true: the rest of this pass may start new work (a timer's read)
            loop.quit()
        elif time.perf_counter() >= deadline:
            loop.quit()

    check.timeout.connect(tick)
    check.start()
    loop.exec()
    check.stop()
    return bool(reached) or done()
