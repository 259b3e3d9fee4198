"""The window's parts on their own: bridge threading, wedge filter edge cases, sounds, run command checks."""

from __future__ import annotations

import threading
import time
import wave

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from packstation.cli.run import display_problem
from packstation.devices.base import BarcodeRead
from packstation.devices.scales import SimScale
from packstation.devices.scanners import WedgeScanner
from packstation.devices.wedge import WedgeSettings
from packstation.ui.bridge import DeviceBridge
from packstation.ui.sounds import SOUND_NAMES, SOUNDS_DIR, Sounds, write_default_sounds
from packstation.ui.station.queue import countdown, urgency
from packstation.ui.wedge_filter import WedgeFilter


def test_bridge_delivers_worker_thread_callbacks_on_the_gui_thread(qtbot):
    bridge = DeviceBridge()
    seen: list[tuple[str, bool]] = []
    bridge.scanned.connect(
        lambda read: seen.append((read.code, threading.current_thread() is threading.main_thread()))
    )
    worker = threading.Thread(target=lambda: bridge.on_scan(BarcodeRead("4006381333931", "serial")))
    worker.start()
    worker.join()
    assert seen == []  # queued: nothing runs on the worker
    qtbot.waitUntil(lambda: seen == [("4006381333931", True)])


def test_sim_scale_weights_arrive_through_the_bridge(qtbot):
    bridge = DeviceBridge()
    readings = []
    bridge.weighed.connect(readings.append)
    scale = SimScale("sim", bridge.on_weight, bridge.on_device_status, settle_s=0.02, interval_s=0.01)
    scale.start()
    try:
        scale.place(512.0)
        qtbot.waitUntil(lambda: any(r.stable and r.grams == 512.0 for r in readings), timeout=3000)
    finally:
        scale.stop()


def make_filter(qtbot, **config):  # type: ignore[no-untyped-def]
    bridge = DeviceBridge()
    scanner = WedgeScanner(
        "wedge", bridge.on_scan, bridge.on_device_status, bridge.on_rejected, WedgeSettings(**config)
    )
    scanner.start()
    wedge = WedgeFilter(scanner).install()
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()  # keys come only to the window that has focus
    qtbot.waitUntil(lambda: QApplication.focusWindow() is field.windowHandle(), timeout=1000)
    field.setFocus()
    reads: list[str] = []
    bridge.scanned.connect(lambda read: reads.append(read.code))
    return wedge, field, reads


def test_scan_without_terminator_ends_by_silence_and_hotkeys_do_not_overtake_typing(qtbot):
    wedge, field, reads = make_filter(qtbot)
    try:
        for char in "ABC12345":
            QTest.keyClick(field.windowHandle(), char)
        qtbot.waitUntil(lambda: reads == ["ABC12345"], timeout=1000)  # no Enter: the timeout ends it
        assert field.text() == ""
        QTest.keyClick(field.windowHandle(), "x")
        QTest.keyClick(field.windowHandle(), Qt.Key.Key_Backspace)  # not a scanner key: held 'x' is decided first
        assert field.text() == ""
        QTest.keyClick(field.windowHandle(), "y")
        qtbot.waitUntil(lambda: field.text() == "y", timeout=1000)
        QTest.keyClick(field.windowHandle(), "a", Qt.KeyboardModifier.ControlModifier)  # Ctrl+A passes straight through
        QTest.keyClick(field.windowHandle(), "z")
        qtbot.waitUntil(lambda: field.text() == "z", timeout=1000)  # select-all then typing replaced it
    finally:
        wedge.uninstall()


def test_azerty_scan_gets_a_layout_warning_not_a_scan(qtbot):
    wedge, field, reads = make_filter(qtbot)
    rejected = []
    wedge.scanner.on_rejected = rejected.append
    try:
        for char in "&é\"'(":  # what a US-layout scanner types into an AZERTY host for 12345
            QApplication.sendEvent(
                field.windowHandle(), QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
            )
        QTest.keyClick(field.windowHandle(), Qt.Key.Key_Return)
        assert reads == [] and field.text() == ""
        assert rejected and "AZERTY" in rejected[0].reason and rejected[0].suggestion == "12345"
    finally:
        wedge.uninstall()


def test_sounds_are_requested_by_name_and_the_wav_files_are_valid(tmp_path):
    played = []
    sounds = Sounds(played.append)
    sounds.play("ok")
    sounds.play("error")
    assert sounds.requested == ["ok", "error"] == played
    for name in SOUND_NAMES:
        with wave.open(str(SOUNDS_DIR / f"{name}.wav")) as wav:
            assert wav.getnchannels() == 1 and wav.getframerate() == 22050
            assert 0.05 < wav.getnframes() / wav.getframerate() < 1.0
    regenerated = write_default_sounds(tmp_path)
    assert [p.read_bytes() for p in regenerated] == [(SOUNDS_DIR / p.name).read_bytes() for p in regenerated]


def test_run_command_explains_a_missing_display_or_missing_libraries():
    none_missing = lambda name: f"lib{name}.so"  # noqa: E731
    assert display_problem({"DISPLAY": ":0"}, "linux", none_missing) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda name: None) is None
    assert display_problem({}, "darwin") is None
    message = display_problem({}, "linux", none_missing)
    assert message.startswith("packstation: no display found")
    assert "QT_QPA_PLATFORM=offscreen" in message and "\n" not in message
    missing = display_problem(
        {"DISPLAY": ":0"}, "linux", lambda name: None if name in ("xcb-icccm", "xcb-cursor") else "x.so"
    )
    assert missing.endswith("install them: sudo apt-get install libxcb-icccm4 libxcb-cursor0")


def test_queue_countdown_and_urgency():
    from datetime import timedelta

    assert countdown(timedelta(hours=5, minutes=3)) == "5 h 03 m"
    assert countdown(timedelta(minutes=-70)) == "overdue 1 h 10 m"
    assert countdown(timedelta(seconds=75)) == "1 m 15 s"
    assert urgency(timedelta(hours=3)) == "due soon"
    assert urgency(timedelta(hours=30)) == "normal"
    assert urgency(timedelta(seconds=-1)) == "overdue"


def test_a_fast_scale_is_shown_at_most_twenty_times_a_second_and_the_newest_wins(qtbot):
    from dataclasses import dataclass

    from packstation.ui.bridge import WEIGHT_SHOWN_EVERY_S

    @dataclass
    class Reading:
        grams: float

    bridge = DeviceBridge()
    shown = []
    bridge.weighed.connect(lambda r: shown.append((time.monotonic(), r.grams)))

    def scale() -> None:  # 100 readings a second for half a second, from the scale's own thread
        for n in range(50):
            bridge.on_weight(Reading(float(n)))
            time.sleep(0.01)

    worker = threading.Thread(target=scale)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=5000)
    qtbot.waitUntil(lambda: shown and shown[-1][1] == 49.0, timeout=2000)  # the last reading is shown
    assert len(shown) <= 0.5 / WEIGHT_SHOWN_EVERY_S + 3, len(shown)
    gaps = [b[0] - a[0] for a, b in zip(shown, shown[1:], strict=False)]
    assert min(gaps, default=1.0) >= WEIGHT_SHOWN_EVERY_S * 0.8, gaps
