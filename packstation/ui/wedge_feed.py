"""Scanner key sequences through the real wedge filter, with late delivery, counting what came out.

For the `station.scan_split` benchmark: every code class, typed with the modifier presses and the
timestamps a wedge scanner produces, posted to the window of a focused field so the event loop delivers them;
some scans have their second half held back behind a busy GUI thread (the silence timer is overdue
when the loop resumes), some end by silence instead of Enter. A scan counts as good only if it
comes out exactly once, unchanged, with nothing typed into the field and nothing rejected.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from packstation.devices.base import GS, BarcodeRead, RejectedScan, ScanFormat
from packstation.devices.scanners import WedgeScanner
from packstation.ui.wedge_filter import WedgeFilter
from packstation.ui.wedge_keys import KeyStyle, key_event, scanner_strokes

_COMMANDS = ("NEXT", "CONFIRM", "UNDO", "PHOTO", "HOLD", "LOGOUT", "REPRINT")
_SYMBOLS = "%-:/.+"


def mixed_code(rng: random.Random) -> str:
    """One code of a random class: badge, command, box, S10 / UPS tracking, GS1, EAN, symbols."""
    kind = rng.randrange(9)
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    letters = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    if kind == 0:
        return f"BADGE-{letters(3)}-{digits(4)}"
    if kind == 1:
        return "%%PS:" + rng.choice(_COMMANDS)
    if kind == 2:
        return "BOX-" + rng.choice("SML") + rng.choice(["", "2", "-XL"])
    if kind == 3:
        return f"{letters(2)}{digits(9)}{letters(2)}"
    if kind == 4:
        return f"1Z{letters(3)}{digits(3)}{letters(2)}{digits(8)}"
    if kind == 5:
        return "]C101" + digits(14) + "10" + letters(2) + "-" + digits(2) + GS + "17" + digits(6)
    if kind == 6:
        return rng.choice(["", "]E0"]) + digits(13)
    if kind == 7:
        return digits(rng.randint(4, 8))  # a numeric badge
    return letters(2) + "".join(rng.choice(_SYMBOLS) + letters(1) + digits(2) for _ in range(3))


@dataclass
class FeedResult:
    """What came out of a run; `latencies_s`: last key (or late half) in the queue -> decoded scan."""

    scans: int = 0
    good: int = 0
    split_or_corrupted: int = 0
    leaked: int = 0  # scans whose keys landed in the field
    late_deliveries: int = 0
    silence_ended: int = 0
    latencies_s: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


class ScanFeeder:
    """A focused field with the real filter on it; `feed(code)` posts its key events and checks the read."""

    def __init__(self, rng: random.Random) -> None:
        self.app = QApplication.instance() or QApplication(["packstation-bench"])
        self.rng = rng
        self.reads: list[tuple[BarcodeRead, float]] = []
        self.rejected: list[RejectedScan] = []
        self.scanner = WedgeScanner("wedge", self._read, None, self.rejected.append)
        self.scanner.start()
        self.window = QWidget()
        self.field = QLineEdit(self.window)
        QVBoxLayout(self.window).addWidget(self.field)
        self.window.show()
        self.window.activateWindow()
        self.field.setFocus()
        self.wedge = WedgeFilter(self.scanner).install()
        # Keys go to the window, as the window system delivers them (it forwards them to the field).
        self.target = self.window.windowHandle()
        deadline = time.monotonic() + 2.0
        while QApplication.focusWindow() is not self.target and time.monotonic() < deadline:
            self.app.processEvents()  # the window has the keyboard focus before the first key
        self.t_ms = 10_000_000  # the window system's clock
        self.fmt = ScanFormat()

    def _read(self, read: BarcodeRead) -> None:
        self.reads.append((read, time.monotonic()))

    def close(self) -> None:
        self.wedge.uninstall()
        self.scanner.stop()
        self.window.close()
        self.window.deleteLater()
        self.app.processEvents()

    def _pump_until(self, done: Callable[[], bool], timeout: float) -> None:
        end = time.monotonic() + timeout
        while not done() and time.monotonic() < end:
            self.app.processEvents()
            if not done():
                time.sleep(0.001)

    def feed(self, code: str, result: FeedResult, *, late: bool, silence: bool) -> None:
        style = self.rng.choice(list(KeyStyle))
        strokes = scanner_strokes(code, style, terminator=None if silence else "enter", rng=self.rng)
        events = [key_event(s, self.t_ms) for s in strokes]
        self.t_ms += strokes[-1].at_ms + self.rng.randint(150, 600)  # the next scan comes later
        self.reads.clear()
        self.rejected.clear()
        # On time, the keys before the terminator have been handled as they came when it arrives;
        # late, the second half of the code arrives all at once behind a busy GUI thread.
        last_press = max(i for i, s in enumerate(strokes) if s.press)
        cut = len(events) // 2 if late else last_press
        for event in events[:cut]:
            self.app.postEvent(self.target, event)
        self.app.processEvents()  # the silence timer is armed now
        if late:
            time.sleep(self.rng.uniform(0.080, 0.150))  # the GUI thread is busy; the rest queue up
            result.late_deliveries += 1
        else:  # idle until the scanner's next key, as the GUI thread waits for the window system
            time.sleep(max(0, strokes[cut].at_ms - strokes[cut - 1].at_ms) / 1000)
        posted = time.monotonic()
        rest = events[cut:]
        if late:  # keys from the window system compete with the now overdue silence timer
            QTimer.singleShot(1, lambda: [QApplication.sendEvent(self.target, event) for event in rest])
        else:
            for event in rest:
                self.app.postEvent(self.target, event)
        self._pump_until(lambda: bool(self.reads) and self.scanner.decoder.pending == 0, 2.0)
        if silence:
            result.silence_ended += 1
            self._pump_until(lambda: False, 0.005)  # a split tail would show up now
        else:
            self.app.processEvents()
        result.scans += 1
        expected = self.fmt.clean(code)[0]
        got = [read.code for read, _ in self.reads]
        typed = self.field.text()
        if got == [expected] and not self.rejected and not typed:
            result.good += 1
            if not silence:
                result.latencies_s.append(self.reads[0][1] - posted)
        else:
            result.split_or_corrupted += 1
            result.leaked += bool(typed)
            if len(result.failures) < 10:
                result.failures.append(f"{code!r} ({style.value}) -> {got!r}, typed {typed!r}")
        self.field.clear()


def run_scan_split(scans: int, seed: int = 10) -> FeedResult:
    """Feed `scans` mixed codes; 2% with late delivery behind a busy GUI thread, 2% ended by silence."""
    rng = random.Random(seed)
    feeder = ScanFeeder(rng)
    result = FeedResult()
    try:
        for n in range(scans):
            feeder.feed(mixed_code(rng), result, late=n % 50 == 7, silence=n % 50 == 31)
    finally:
        feeder.close()
    return result
