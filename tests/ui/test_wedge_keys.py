"""The real wedge filter on a QApplication, fed the key sequences scanners really send.

Each code goes in as its full sequence: a separate Shift press and release around every capital and
shifted symbol, CapsLock, AltGr (X11 and Windows), keypad digits with NumLock, GS as Ctrl+], with
the window system's timestamps set on every event. The decoded code must be exact and nothing may
leak into the focused field; a person typing slowly must still type.
"""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from packstation.devices.base import GS
from packstation.devices.scanners import WedgeScanner
from packstation.ui.wedge_filter import WedgeFilter, is_modifier_key
from packstation.ui.wedge_keys import KeyStyle, Stroke, human_strokes, key_event, scanner_strokes

# (what the scanner types, what the station must get, the AIM symbology if any)
CODES = [
    ("BADGE-ADM-0001", "BADGE-ADM-0001", None),
    ("%%PS:NEXT", "%%PS:NEXT", None),
    ("BOX-M", "BOX-M", None),
    ("EA000000014US", "EA000000014US", None),
    ("1Z999AA10123456784", "1Z999AA10123456784", None),
    ("]C1" + "0109501101530003" + GS + "10LOT-7/A", "0109501101530003" + GS + "10LOT-7/A", "]C1"),
    ("]E04006381333931", "4006381333931", "]E0"),
    ("4006381333931", "4006381333931", None),
    ("LOT.2024/07+A%1:B", "LOT.2024/07+A%1:B", None),
    ("Box-m_Mixed", "Box-m_Mixed", None),
    ("0042", "0042", None),  # a short numeric badge
]
STYLES = list(KeyStyle)


class Station:
    """A focused field in a top-level window with the real filter installed on the application's windows."""

    def __init__(self, qtbot, url: str = "wedge") -> None:  # type: ignore[no-untyped-def]
        self.reads: list = []
        self.rejected: list = []
        self.scanner = WedgeScanner(url, self.reads.append, None, self.rejected.append)
        self.scanner.start()
        self.window = QWidget()
        self.field = QLineEdit(self.window)
        QVBoxLayout(self.window).addWidget(self.field)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        self.field.setFocus()
        self.wedge = WedgeFilter(self.scanner).install()
        self.handle = self.window.windowHandle()  # the window the window system sends keys to
        self.t_ms = 7_000_000  # the window system's clock: any base, only differences count
        self.qtbot = qtbot

    def send(self, strokes: list[Stroke], target: QWidget | None = None, realtime: bool = False) -> None:
        """Deliver the strokes to `target`'s window (default: the focused field's), as the window
        system does: the window forwards them to `target`, its focused widget; all at once unless
        `realtime`."""
        widget = target or self.field
        if widget.window().focusWidget() is not widget:
            widget.setFocus()
        window = widget.window().windowHandle()
        if QGuiApplication.focusWindow() is not window:  # keys come only to the window that has focus
            window.requestActivate()
            self.qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window, timeout=1000)
        start = time.monotonic()
        for stroke in strokes:
            if realtime:
                wait_ms = stroke.at_ms - (time.monotonic() - start) * 1000
                if wait_ms > 0:
                    self.qtbot.wait(int(wait_ms))
            QApplication.sendEvent(window, key_event(stroke, self.t_ms))
        self.t_ms += (strokes[-1].at_ms if strokes else 0) + 500  # the next code comes later

    def codes(self) -> list[str]:
        return [r.code for r in self.reads]

    def close(self) -> None:
        self.wedge.uninstall()
        self.scanner.stop()


@pytest.fixture
def station(qtbot):  # type: ignore[no-untyped-def]
    made = Station(qtbot)
    yield made
    made.close()


@pytest.mark.parametrize("style", STYLES, ids=[s.value for s in STYLES])
@pytest.mark.parametrize(
    ("typed", "expected", "symbology"), CODES, ids=[c[0].replace(GS, "<GS>") for c in CODES]
)
def test_every_code_class_decodes_exactly_through_the_wedge(station, typed, expected, symbology, style):
    strokes = scanner_strokes(typed, style, rng=random.Random(hash((typed, style.value))))
    presses = [s for s in strokes if s.press]
    assert any(is_modifier_key(s.key) for s in presses) or typed.islower() or typed.isdigit()
    station.send(strokes)
    assert station.codes() == [expected]
    assert station.reads[0].symbology == symbology
    assert station.rejected == []
    assert station.field.text() == ""  # nothing leaked into the focused field
    assert station.scanner.decoder.pending == 0


def test_shift_presses_do_not_end_a_scan_that_has_no_terminator(station, qtbot):
    station.send(scanner_strokes("BADGE-PAT-0001", KeyStyle.SHIFT, terminator=None))
    assert station.codes() == []  # held: the terminator may still come
    qtbot.waitUntil(lambda: station.codes() == ["BADGE-PAT-0001"], timeout=2000)
    assert station.field.text() == ""


def test_tab_terminated_scans_and_back_to_back_codes_stay_apart(station):
    for code in ("BOX-M", "EA000000014US", "%%PS:CONFIRM"):
        station.send(scanner_strokes(code, KeyStyle.SHIFT_HELD, terminator="tab"))
    assert station.codes() == ["BOX-M", "EA000000014US", "%%PS:CONFIRM"]
    assert station.field.text() == ""


def test_a_person_typing_slowly_still_types_capitals_and_symbols(station):
    station.send(human_strokes("Pat-Packer: 42%", rng=random.Random(3)), realtime=True)
    station.qtbot.waitUntil(lambda: station.field.text() == "Pat-Packer: 42%", timeout=3000)
    assert station.reads == [] and station.rejected == []


def test_human_keys_without_window_timestamps_fall_back_to_the_clock(station):
    strokes = human_strokes("Hello", gap_ms=(120, 160))
    start = time.monotonic()
    for stroke in strokes:
        while (time.monotonic() - start) * 1000 < stroke.at_ms:
            station.qtbot.wait(5)
        event = key_event(stroke, 0)
        event.setTimestamp(0)  # synthesized events (QTest, some platforms) carry no time
        QApplication.sendEvent(station.handle, event)
    station.qtbot.waitUntil(lambda: station.field.text() == "Hello", timeout=3000)
    assert station.reads == []


def test_keys_handled_late_by_a_busy_gui_thread_are_timed_by_their_timestamps(station, qtbot):
    """The GUI thread blocks for 150 ms in the middle of a scan (a slow handler, a loaded PC): the
    keys queue up with their press times, the silence timer is overdue when the loop resumes, and
    the scan must still come out whole."""
    strokes = scanner_strokes("1Z999AA10123456784", KeyStyle.SHIFT, terminator=None)
    half = len(strokes) // 2
    for stroke in strokes[:half]:
        QApplication.postEvent(station.handle, key_event(stroke, station.t_ms))
    qtbot.wait(1)  # the first half is handled; the silence timer is armed
    time.sleep(0.150)  # busy: the rest of the keys were pressed meanwhile and wait in the queue
    rest = [key_event(stroke, station.t_ms) for stroke in strokes[half:]]
    # The waiting keys compete with the overdue silence timer, which Qt runs first.
    QTimer.singleShot(1, lambda: [QApplication.sendEvent(station.handle, event) for event in rest])
    qtbot.waitUntil(lambda: station.codes() == ["1Z999AA10123456784"], timeout=2000)
    qtbot.wait(100)
    assert station.codes() == ["1Z999AA10123456784"] and station.field.text() == ""


def test_a_scan_made_in_another_window_is_typed_into_its_field_not_sent_to_the_station(station, qtbot):
    review = QMainWindow(station.window)  # the supervisor review window: a window of its own, with a parent
    search = QLineEdit()
    review.setCentralWidget(search)
    review.show()
    qtbot.waitExposed(review)
    review.activateWindow()
    search.setFocus()
    searched: list[str] = []
    search.returnPressed.connect(lambda: searched.append(search.text()))
    typed: list[str] = []
    station.wedge.typed_into.connect(typed.append)
    station.send(scanner_strokes("EA000000014US", KeyStyle.SHIFT), target=search)
    assert search.text() == "EA000000014US" and searched == ["EA000000014US"]
    assert station.reads == [] and typed == ["EA000000014US"]
    station.send(scanner_strokes("%%PS:NEXT", KeyStyle.SHIFT), target=search)  # a command is text here too
    assert station.reads == [] and search.text() == "EA000000014US%%PS:NEXT"
    review.close()
    station.send(scanner_strokes("BOX-M", KeyStyle.SHIFT))  # back in the station: the station gets it
    assert station.codes() == ["BOX-M"] and station.field.text() == ""


def test_station_window_can_be_named_explicitly(station, qtbot):
    other = QWidget()  # a top-level window without a parent that is not the station
    field = QLineEdit(other)
    qtbot.addWidget(other)
    other.show()
    station.wedge.station_window = station.window
    station.send(scanner_strokes("BOX-L", KeyStyle.CAPSLOCK), target=field)
    assert field.text() == "BOX-L" and station.reads == []
    station.send(scanner_strokes("BOX-L", KeyStyle.CAPSLOCK))
    assert station.codes() == ["BOX-L"]


def test_hotkeys_still_pass_and_decide_held_typing_first(station, qtbot):
    seen: list[str] = []
    station.field.textChanged.connect(seen.append)
    station.send(human_strokes("x", gap_ms=(0, 0)))
    assert station.field.text() == ""  # held: it might be the first key of a scan
    ctrl = Qt.KeyboardModifier.ControlModifier
    strokes = [
        Stroke(True, int(Qt.Key.Key_Control), "", ctrl, 0),
        Stroke(True, int(Qt.Key.Key_A), "\x01", ctrl, 1),  # Ctrl+A: select all
        Stroke(False, int(Qt.Key.Key_A), "\x01", ctrl, 2),
        Stroke(False, int(Qt.Key.Key_Control), "", Qt.KeyboardModifier.NoModifier, 3),
    ]
    station.send(strokes)
    assert station.field.text() == "x" and station.field.selectedText() == "x"  # x first, then Ctrl+A
    assert station.reads == []


def test_a_linefeed_key_ends_a_scan_like_enter(station):
    strokes = scanner_strokes("BOX-M", KeyStyle.SHIFT, terminator=None)
    end = strokes[-1].at_ms + 4
    strokes += [Stroke(True, 0x0A, "\n", Qt.KeyboardModifier.NoModifier, end)]  # X11 Linefeed keysym
    station.send(strokes)
    assert station.codes() == ["BOX-M"] and station.field.text() == ""


@pytest.mark.parametrize("kind", ["plain-text", "editable-combo", "spin-box", "button"])
def test_scans_decode_whichever_station_widget_has_focus(station, qtbot, kind):
    from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QSpinBox

    widget = {
        "plain-text": QPlainTextEdit,
        "editable-combo": QComboBox,
        "spin-box": QSpinBox,
        "button": QPushButton,
    }[kind](station.window)
    if isinstance(widget, QComboBox):
        widget.setEditable(True)
    station.window.layout().addWidget(widget)
    widget.show()
    widget.setFocus()
    before = _content(widget)
    for code in ("BADGE-ADM-0001", "%%PS:NEXT", "1Z999AA10123456784"):
        station.send(scanner_strokes(code, KeyStyle.SHIFT_EARLY_RELEASE), target=widget)
    assert station.codes() == ["BADGE-ADM-0001", "%%PS:NEXT", "1Z999AA10123456784"]
    assert _content(widget) == before


def _content(widget: QWidget) -> str:
    for getter in ("toPlainText", "currentText", "text"):
        if hasattr(widget, getter):
            return str(getattr(widget, getter)())
    return ""
