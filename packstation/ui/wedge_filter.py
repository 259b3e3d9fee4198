"""The key filter for keyboard-wedge scanners: scanner bursts become scans, typing still types.

Installed on the application's windows (each `QWindow` as it gets the keyboard focus), it sees every
key press the window system delivers before any widget does, and nothing else: not the paints,
layouts and timers of the widgets, which an application-wide filter would be called for (a Python
call, and the interpreter lock, for every widget painted). Printable
keys (shifted, CapsLock, AltGr, keypad), GS (FNC1, sent as Ctrl+]), Enter and Tab go to the
`WedgeScanner`'s decoder and are held (swallowed) until the decoder knows who typed them: a person's
keys are re-sent, in order, to where they were going; a scanner's keys become one scan.

A bare modifier press (Shift, Ctrl, Alt, AltGr, Meta, CapsLock, NumLock) is not a key of its own
(qutebrowser's `is_modifier_key`): a scanner presses Shift around every capital and symbol, so a
modifier passes straight through and never ends, flushes or splits a burst. Other keys with
Ctrl/Alt/Meta, function keys and Esc are hotkeys: they pass through after any held keys have been
decided, so nothing overtakes what was typed before it (a shortcut's key is announced to the window
first, as a ShortcutOverride: held keys are decided then).

Key times are the window system's own (`QKeyEvent.timestamp()`, through a `KeyClock`), so a busy
GUI thread that handles keys late does not split a scan; a burst ended by silence is only released
once the event loop has been free to deliver any keys still on their way.

Scans go where the person is: a burst typed into the station's window goes to the scanner's
callbacks (the station acts on it); typed into any other window (the supervisor review window, a
dialog) it is typed into that window's focused field as text, followed by its Enter or Tab, and the
station never sees it. The station window is `station_window` when set, else any top-level window
without a parent (the review window and dialogs have one).
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QInputEvent, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from packstation.devices.base import GS
from packstation.devices.scanners import WedgeScanner
from packstation.devices.wedge import Decision, KeyClock, LayoutWarning, Rejected, Replay, Scanned

_K = Qt.Key
_TERMINATORS = {int(_K.Key_Return): "enter", int(_K.Key_Enter): "enter", int(_K.Key_Tab): "tab"}
_TEXT_TERMINATORS = {"\n": "enter"}  # a Linefeed key (scanners set to send LF, xdotool's "\n")
_TERMINATOR_KEYS = {"enter": (_K.Key_Return, "\r"), "tab": (_K.Key_Tab, "\t")}
_MODIFIER_KEYS = frozenset(
    int(k)
    for k in (
        _K.Key_Shift,
        _K.Key_Control,
        _K.Key_Alt,
        _K.Key_AltGr,  # X11 ISO_Level3_Shift
        _K.Key_Meta,
        _K.Key_Super_L,
        _K.Key_Super_R,
        _K.Key_Hyper_L,
        _K.Key_Hyper_R,
        _K.Key_CapsLock,
        _K.Key_NumLock,
        _K.Key_ScrollLock,
        _K.Key_Mode_switch,
        _K.Key_Direction_L,
        _K.Key_Direction_R,
    )
)
_NO_KEY = frozenset({0, int(_K.Key_unknown)})
_BRACKET_RIGHT = int(_K.Key_BracketRight)
_KEY_PRESS, _SHORTCUT_OVERRIDE = QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride
# A person's other inputs: each counts as activity (the idle lock's clock), the filter lets them pass.
_OTHER_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)
_M = Qt.KeyboardModifier
_HOTKEY_MODIFIERS = _M.ControlModifier | _M.AltModifier | _M.MetaModifier
_CTRL_ALT = _M.ControlModifier | _M.AltModifier  # both at once: how Windows reports AltGr

# A silence timer that fires this late means the GUI thread was busy: keys of the same burst may be
# waiting in the queue, so look again shortly (a few times at most) before ending the burst.
_LATE_S = 0.008
_RECHECK_MS = 4
_MAX_RECHECKS = 25


def is_modifier_key(key: int) -> bool:
    """True for a key that only modifies the next one (Shift, Ctrl, Alt, AltGr, Meta, locks)."""
    return key in _MODIFIER_KEYS


def wedge_key(event: QKeyEvent) -> str | None:
    """What the decoder is fed for a key press, or None for keys a scanner never types (hotkeys).

    Call only for keys that are not modifiers (`is_modifier_key`)."""
    return _scanner_key(event.key(), event.text(), event.modifiers())


def _scanner_key(key: int, text: str, mods: Qt.KeyboardModifier) -> str | None:
    if text == GS or (key == _BRACKET_RIGHT and mods & _M.ControlModifier and not mods & _M.AltModifier):
        return GS  # FNC1 of a GS1 code: Ctrl+]
    named = _TERMINATORS.get(key) or _TEXT_TERMINATORS.get(text)
    if named is not None:
        return None if mods & _HOTKEY_MODIFIERS else named
    if mods & _HOTKEY_MODIFIERS and (mods & _CTRL_ALT) != _CTRL_ALT:
        return None
    if len(text) == 1 and text.isprintable():
        return text
    return None


def _field_of(obj: QObject) -> QWidget | None:
    """The widget a key sent to `obj` goes to: the window's focused widget, or `obj` itself."""
    if isinstance(obj, QWidget):
        return obj
    focus = obj.focusObject() if isinstance(obj, QWindow) else None
    return focus if isinstance(focus, QWidget) else QApplication.focusWidget()


def _passes_untouched(key: int, text: str) -> bool:
    """A modifier on its own, or a key with neither code nor text: no key of a code, no hotkey."""
    return key in _MODIFIER_KEYS or (key in _NO_KEY and not text)


@dataclass(slots=True)
class _Held:
    """A swallowed key press: where it was going, what it was, and whose window it was typed in."""

    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    autorepeat: bool
    field: QWidget | None
    to_station: bool

    def event(self) -> QKeyEvent:
        return QKeyEvent(QEvent.Type.KeyPress, self.key, self.modifiers, self.text, self.autorepeat)


class WedgeFilter(QObject):
    """Feeds key presses to a `WedgeScanner` and replays a person's keys; emits `activity` on any input.

    `typed_into` carries the text of a scan typed into another window's field instead of the station.
    """

    activity = Signal()
    typed_into = Signal(str)

    def __init__(
        self, scanner: WedgeScanner, parent: QObject | None = None, *, station_window: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.scanner = scanner
        self.station_window = station_window
        self.clock = KeyClock()
        self._held: deque[_Held] = deque()
        self._replaying = False
        self._due = 0.0
        self._rechecks = 0
        self._to_station = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._poll)
        self._app: QGuiApplication | None = None
        self._windows: list[QWindow] = []

    def install(self, app: QApplication | None = None) -> WedgeFilter:
        """Watch every window that has, or later gets, the keyboard focus."""
        target = app or QApplication.instance()
        if not isinstance(target, QGuiApplication):
            raise RuntimeError("the wedge filter needs a QApplication")
        self._app = target
        for window in target.topLevelWindows():
            self._watch(window)
        target.focusWindowChanged.connect(self._watch)
        return self

    def _watch(self, window: QWindow | None) -> None:
        if window is None or not shiboken6.isValid(window) or any(w is window for w in self._windows):
            return
        self._windows = [w for w in self._windows if shiboken6.isValid(w)]
        self._windows.append(window)
        window.installEventFilter(self)

    def uninstall(self) -> None:
        app = self._app
        if app is not None and shiboken6.isValid(app):
            app.focusWindowChanged.disconnect(self._watch)
        for window in self._windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._windows, self._app = [], None
        self._timer.stop()
        self.flush()

    def flush(self) -> None:
        """Decide every held key now (bursts as scans, the rest re-sent as typing)."""
        self._apply(self.scanner.decoder.poll(math.inf))  # past every deadline: the decoder releases all

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not isinstance(event, QInputEvent):
            return False  # a window's expose, update and resize events: let through before asking their type
        kind = event.type()
        if kind == _KEY_PRESS:
            return False if self._replaying else self._key_press(obj, event)  # type: ignore[arg-type]
        if kind == _SHORTCUT_OVERRIDE:  # a shortcut may take the key: decide held keys first
            self.activity.emit()  # a hotkey a shortcut takes never comes as a key press
            if self._held and not self._replaying:
                key, text = event.key(), event.text()  # type: ignore[attr-defined]
                if not _passes_untouched(key, text) and _scanner_key(key, text, event.modifiers()) is None:  # type: ignore[attr-defined]
                    self.flush()
            return False
        if kind in _OTHER_INPUT:
            self.activity.emit()
        return False

    def _key_press(self, obj: QObject, event: QKeyEvent) -> bool:
        self.activity.emit()
        key, text = event.key(), event.text()
        if _passes_untouched(key, text):
            return False
        mods = event.modifiers()
        char = _scanner_key(key, text, mods)
        if char is None:
            if self._held:  # decide what came before, so a hotkey never overtakes held typing
                self.flush()
            return False
        decoder = self.scanner.decoder
        in_burst = decoder.pending > 0
        t = self.clock.key_time(event.timestamp(), time.monotonic(), in_burst=in_burst)
        field = _field_of(obj)
        if not in_burst or not self._held:  # where a burst goes is decided by its first key
            self._to_station = self._in_station(field)
        autorepeat = event.isAutoRepeat()
        self._held.append(_Held(obj, key, mods, text, autorepeat, field, self._to_station))
        self._rechecks = 0
        self._apply(decoder.feed(char, t, autorepeat=autorepeat))
        self._schedule()
        return True

    # -- where a burst goes ---------------------------------------------------------------------
    def _in_station(self, field: QWidget | None) -> bool:
        window = field.window() if field is not None else QApplication.activeWindow()
        while window is not None and window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            owner = window.parentWidget()  # a popup (completer, combo list) belongs to its owner's window
            window = owner.window() if owner is not None else None
        if window is None:
            return True
        station = self.station_window
        if station is not None and shiboken6.isValid(station):
            return window is station
        return window.parentWidget() is None

    def _apply(self, decisions: list[Decision]) -> None:
        """Pop held key events per decision: re-send a person's keys, route a scanner's burst."""
        for decision in decisions:
            count = len(decision.keys) if isinstance(decision, Replay) else decision.key_count
            popped = [self._held.popleft() for _ in range(min(count, len(self._held)))]
            if isinstance(decision, Replay):
                self._replay(popped)
            elif not popped or popped[0].to_station:
                self.scanner.deliver([decision])
            else:
                self._type_into(popped, decision)

    def _type_into(self, held: list[_Held], decision: Decision) -> None:
        """A scan made in another window: type its code into that window's field, then its Enter/Tab."""
        if isinstance(decision, Scanned):
            text = decision.read.code
        elif isinstance(decision, LayoutWarning):
            text = decision.raw_code  # what the keys said; the station's layout warning is not ours to show
        else:
            assert isinstance(decision, Rejected)
            return
        receiver = held[0].field
        if receiver is None or not shiboken6.isValid(receiver):
            receiver = QApplication.focusWidget()
        if receiver is None:
            return
        last = held[-1]
        terminator = _TERMINATOR_KEYS.get(_TERMINATORS.get(last.key) or _TEXT_TERMINATORS.get(last.text, ""))
        self._replaying = True
        try:
            none = Qt.KeyboardModifier.NoModifier
            QApplication.sendEvent(receiver, QKeyEvent(QEvent.Type.KeyPress, _K.Key_unknown, none, text))
            if terminator is not None:
                key, key_text = terminator
                QApplication.sendEvent(receiver, QKeyEvent(QEvent.Type.KeyPress, key, none, key_text))
                QApplication.sendEvent(receiver, QKeyEvent(QEvent.Type.KeyRelease, key, none, key_text))
        finally:
            self._replaying = False
        self.typed_into.emit(text)

    # -- silence ------------------------------------------------------------------------------------
    def _poll(self) -> None:
        now = time.monotonic()
        late = now - self._due > _LATE_S
        # Once always, and again while the loop keeps running late: a stall that ends just after the
        # deadline leaves the timer on time, and a key pressed during it still on its way.
        if (self._rechecks == 0 or late) and self._rechecks < _MAX_RECHECKS:
            self._rechecks += 1  # the GUI thread was busy: let queued keys in before deciding
            self._due = now + _RECHECK_MS / 1000
            self._timer.start(_RECHECK_MS)
            return
        self._rechecks = 0
        self._apply(self.scanner.decoder.poll(self.clock.now(now)))
        self._schedule()

    def _schedule(self) -> None:
        deadline = self.scanner.decoder.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        now = time.monotonic()
        wait_ms = max(0, math.ceil((deadline - self.clock.now(now)) * 1000))
        self._due = now + wait_ms / 1000
        self._timer.start(wait_ms)

    def _replay(self, held: list[_Held]) -> None:
        self._replaying = True
        try:
            for item in held:
                target = item.target
                receiver = target if shiboken6.isValid(target) else QApplication.focusWidget()
                if receiver is not None:
                    QApplication.sendEvent(receiver, item.event())
        finally:
            self._replaying = False
