"""The app-wide key filter for keyboard-wedge scanners: scanner bursts become scans, typing still types.

Installed once on the `QApplication`, it sees every key press before any widget does. Printable
keys, Enter and Tab go to the `WedgeScanner`'s decoder and are held (swallowed) until the decoder
knows who typed them: a person's keys are re-sent, in order, to the object they were meant for; a
scanner's keys are dropped and the scan is delivered through the scanner's callback (the bridge).
Keys with Ctrl/Alt/Meta, function keys and Esc are hotkeys: they pass straight through, after any
held keys have been decided, so nothing overtakes what was typed before it.
"""

from __future__ import annotations

import time
from collections import deque

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from packstation.devices.scanners import WedgeScanner
from packstation.devices.wedge import Decision, Replay

_TERMINATORS = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab"}
_HOTKEY_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def wedge_key(event: QKeyEvent) -> str | None:
    """What the decoder is fed for a key press, or None for keys a scanner never types (hotkeys)."""
    if event.modifiers() & _HOTKEY_MODIFIERS:
        return None
    named = _TERMINATORS.get(Qt.Key(event.key()))
    if named is not None:
        return named
    text = event.text()
    if len(text) == 1 and text.isprintable():
        return text
    return None


class WedgeFilter(QObject):
    """Feeds key presses to a `WedgeScanner` and replays a person's keys; emits `activity` on any input."""

    activity = Signal()

    def __init__(self, scanner: WedgeScanner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scanner = scanner
        self._held: deque[tuple[QObject, QKeyEvent]] = deque()
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._poll)

    def install(self, app: QApplication | None = None) -> WedgeFilter:
        (app or QApplication.instance()).installEventFilter(self)
        return self

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()
        self.flush()

    def flush(self) -> None:
        """Decide every held key now (bursts as scans, the rest re-sent as typing)."""
        self._apply(self.scanner.poll(float("inf")))  # past every deadline: the decoder releases all

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.activity.emit()
            return False
        if kind != QEvent.Type.KeyPress or self._replaying:
            return False
        self.activity.emit()
        key = wedge_key(event)  # type: ignore[arg-type]
        if key is None:
            if self._held:  # decide what came before, so a hotkey never overtakes held typing
                self.flush()
            return False
        now = time.monotonic()
        copy = QKeyEvent(
            QEvent.Type.KeyPress,
            event.key(),  # type: ignore[attr-defined]
            event.modifiers(),  # type: ignore[attr-defined]
            event.text(),  # type: ignore[attr-defined]
            event.isAutoRepeat(),  # type: ignore[attr-defined]
        )
        self._held.append((obj, copy))
        self._apply(self.scanner.feed_key(key, now, autorepeat=event.isAutoRepeat()))  # type: ignore[attr-defined]
        self._schedule()
        return True

    def _poll(self) -> None:
        self._apply(self.scanner.poll(time.monotonic()))
        self._schedule()

    def _schedule(self) -> None:
        deadline = self.scanner.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        self._timer.start(max(0, int((deadline - time.monotonic()) * 1000) + 1))

    def _apply(self, decisions: list[Decision]) -> None:
        """Pop held key events per decision: re-send a person's keys, drop a scanner's."""
        for decision in decisions:
            count = len(decision.keys) if isinstance(decision, Replay) else decision.key_count
            popped = [self._held.popleft() for _ in range(min(count, len(self._held)))]
            if isinstance(decision, Replay):
                self._replay(popped)

    def _replay(self, events: list[tuple[QObject, QKeyEvent]]) -> None:
        self._replaying = True
        try:
            for target, event in events:
                receiver = target if shiboken6.isValid(target) else QApplication.focusWidget()
                if receiver is not None:
                    QApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False
