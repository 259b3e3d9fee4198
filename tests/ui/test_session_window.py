"""The window on the session: any input keeps the station unlocked, and a hung central store never
freezes the window (the take answers on the worker, the banner tells the truth)."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from packstation.services.station.view import Step
from tests.ui.conftest import PACKER_BADGE, press, station_config


def test_typing_a_hold_reason_keeps_the_station_unlocked(make_station, qtbot, scan_keys, type_keys):
    station_app = make_station(orders=2, config=station_config(idle_lock_minutes=0.02))  # 1.2 s
    flow, window = station_app.flow, station_app.window
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)
    assert flow.step is Step.CONFIRM
    press(Qt.Key.Key_F8)  # the hold prompt; the packer types a long reason, slowly
    prompt = window.pages[Step.CONFIRM].prompt
    assert prompt.isVisible()
    started = time.monotonic()
    while time.monotonic() - started < 2.0:  # longer than the idle timeout, typing all the time
        type_keys("a", gap_ms=200)
    assert flow.actor is not None, "locked while the packer was typing"
    before = window.idle.last_input
    # Clicks and the wheel come to the window, as the window system sends them.
    at = prompt.field.mapTo(window, QPoint(5, 5))
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=at)
    assert window.idle.last_input > before  # a click counts as input too
    before = window.idle.last_input
    wheel = QWheelEvent(
        QPointF(at), QPointF(at), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(window.windowHandle(), wheel)
    assert window.idle.last_input > before  # and scrolling
    qtbot.waitUntil(lambda: flow.actor is None, timeout=5000)  # and idle, it locks
    assert "idle" in window.banner.text()


def test_a_hung_central_store_never_freezes_the_window(make_station, qtbot, scan_keys):
    station_app = make_station(orders=3)
    flow, window = station_app.flow, station_app.window
    scan_keys(PACKER_BADGE)
    central = station_app.station.sync.central
    release = threading.Event()
    real_begin = central.begin

    def hung_begin():  # type: ignore[no-untyped-def]
        release.wait(20)  # accepted the connection, never answers
        return real_begin()

    central.begin = hung_begin  # type: ignore[method-assign]
    gate = station_app.station.sync.gate
    gate.timeout_s = 0.5
    try:
        t0 = time.perf_counter()
        QTest.keyClick(window, Qt.Key.Key_F2)
        handled = time.perf_counter() - t0
        assert handled < 0.05, f"F2 held the GUI thread {handled * 1000:.0f} ms"
        qtbot.waitUntil(lambda: "checking" in window.banner.text(), timeout=2000)
        qtbot.waitUntil(lambda: flow.idle, timeout=5000)
        assert "central store unreachable" in window.banner.text(), window.banner.text()
        assert flow.step is Step.QUEUE  # nothing was claimed ahead: no order opened, and it says so
    finally:
        release.set()


def test_the_demo_scale_puts_the_expected_weight_on_at_pack(make_station, qtbot, scan_keys):
    from tests.ui.conftest import BARCODES

    station_app = make_station(orders=2, demo_scale=True)
    flow, gate = station_app.flow, station_app.station.weight_gate
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)
    for line in flow.order.lines:
        for _ in range(line.remaining):
            scan_keys(BARCODES[line.sku])
    assert flow.step is Step.PACK
    expected = flow.view.pack.expected_g
    qtbot.waitUntil(lambda: gate.stable_g is not None and abs(gate.stable_g - expected) <= 2.0, timeout=4000)
    press(Qt.Key.Key_F3)  # a newcomer just presses OK: the weight is within tolerance
    assert flow.pack.complete and flow.pack.parcels[0].accepted, station_app.window.banner.text()
    station_app.scale.place(expected * 1.2 + 150)  # the sim panel's "wrong weight"
    qtbot.waitUntil(lambda: gate.view.state.value == "clear-scale", timeout=3000)
    assert "off the scale" in gate.view.message  # the next weight counts only after the scale clears
