"""The key events a USB scanner in keyboard-wedge mode sends for a code, as timestamped Qt key events.

A US-layout scanner presses Shift around every capital and shifted symbol (`% : + _ ...`), sends
FNC1 of a GS1 code as Ctrl+] (GS, 0x1D), may type digits on the keypad, may find CapsLock on, and on
some hosts sends symbols with AltGr (X11: ISO_Level3_Shift; Windows: Ctrl+Alt). `QTest.keyClick`
sends none of those modifier presses, so the wedge tests and the `station.scan_split` benchmark
build the real sequences here and feed them to the real filter.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from packstation.devices.base import GS

_K = Qt.Key
_M = Qt.KeyboardModifier
NONE = _M.NoModifier
# Shifted symbols of a US keyboard and the key they are on (what X11 reports on release).
_US_SHIFTED = dict(zip('~!@#$%^&*()_+{}|:"<>?', "`1234567890-=[]\\;',./", strict=True))
_KEYPAD = set("0123456789-+./*")


class KeyStyle(StrEnum):
    """How a scanner (and its host's layout) turns characters into key presses."""

    SHIFT = "shift"  # Shift down, key down, key up, Shift up around each capital / symbol
    SHIFT_EARLY_RELEASE = "shift-early"  # Shift released before the key (what xdotool does)
    SHIFT_HELD = "shift-held"  # Shift held across a run of capitals
    CAPSLOCK = "capslock"  # CapsLock toggled on first: capitals without Shift, then toggled back
    ALTGR = "altgr"  # symbols through AltGr (X11 ISO_Level3_Shift, GroupSwitch modifier)
    ALTGR_WINDOWS = "altgr-windows"  # symbols through AltGr as Windows reports it: Ctrl+Alt
    NUMPAD = "numpad"  # digits and + - . / on the keypad (NumLock pressed first), keypad Enter


@dataclass(frozen=True, slots=True)
class Stroke:
    """One key press or release, `at_ms` after the code's first key."""

    press: bool
    key: int
    text: str
    modifiers: Qt.KeyboardModifier
    at_ms: int


class _Typist:
    def __init__(self, rng: random.Random, gap_ms: tuple[int, int]) -> None:
        self.rng, self.gap_ms, self.t = rng, gap_ms, 0
        self.strokes: list[Stroke] = []

    def step(self, low: int = 0, high: int | None = None) -> None:
        self.t += self.rng.randint(low, self.gap_ms[1] if high is None else high)

    def down(self, key: int, text: str = "", mods: Qt.KeyboardModifier = NONE) -> None:
        self.strokes.append(Stroke(True, key, text, mods, self.t))

    def up(self, key: int, text: str = "", mods: Qt.KeyboardModifier = NONE) -> None:
        self.strokes.append(Stroke(False, key, text, mods, self.t))

    def modifier(self, key: Qt.Key, held: Qt.KeyboardModifier, mod: Qt.KeyboardModifier, press: bool) -> None:
        # Qt reports a modifier's own press with its flag already set, and its release without it.
        if press:
            self.down(int(key), "", held | mod)
        else:
            self.up(int(key), "", held & ~mod)


def _key_of(char: str) -> int:
    return ord(char.upper()) if char.isalpha() else ord(char)


def scanner_strokes(
    code: str,
    style: KeyStyle | str = KeyStyle.SHIFT,
    *,
    terminator: str | None = "enter",
    gap_ms: tuple[int, int] = (2, 8),
    rng: random.Random | None = None,
) -> list[Stroke]:
    """Every press and release a wedge scanner sends for `code` (GS as Ctrl+]), then Enter or Tab."""
    style = KeyStyle(style)
    kb = _Typist(rng or random.Random(0), gap_ms)
    caps = style is KeyStyle.CAPSLOCK
    shift_held = False
    if caps:
        kb.modifier(_K.Key_CapsLock, NONE, NONE, True)
        kb.step(0, 1)
        kb.modifier(_K.Key_CapsLock, NONE, NONE, False)
    if style is KeyStyle.NUMPAD:
        kb.modifier(_K.Key_NumLock, NONE, NONE, True)
        kb.step(0, 1)
        kb.modifier(_K.Key_NumLock, NONE, NONE, False)
    shift = _M.ShiftModifier
    for index, char in enumerate(code):
        if index or caps or style is KeyStyle.NUMPAD:
            kb.step(gap_ms[0], gap_ms[1])
        if char == GS:
            ctrl = _M.ControlModifier
            kb.modifier(_K.Key_Control, NONE, ctrl, True)
            kb.step(0, 1)
            kb.down(int(_K.Key_BracketRight), GS, ctrl)
            kb.step(1, 2)
            kb.up(int(_K.Key_BracketRight), GS, ctrl)
            kb.modifier(_K.Key_Control, ctrl, ctrl, False)
            continue
        key = _key_of(char)
        symbol = not char.isalnum()
        if style is KeyStyle.NUMPAD and char in _KEYPAD:
            kb.down(key, char, _M.KeypadModifier)
            kb.step(1, 2)
            kb.up(key, char, _M.KeypadModifier)
            continue
        if style in (KeyStyle.ALTGR, KeyStyle.ALTGR_WINDOWS) and symbol:
            if style is KeyStyle.ALTGR:
                group = _M.GroupSwitchModifier
                kb.modifier(_K.Key_AltGr, NONE, group, True)
                kb.step(0, 1)
                kb.down(key, char, group)
                kb.step(1, 2)
                kb.up(key, char, group)
                kb.modifier(_K.Key_AltGr, group, group, False)
            else:
                ctrl_alt = _M.ControlModifier | _M.AltModifier
                kb.modifier(_K.Key_Control, NONE, _M.ControlModifier, True)
                kb.modifier(_K.Key_Alt, _M.ControlModifier, _M.AltModifier, True)
                kb.step(0, 1)
                kb.down(key, char, ctrl_alt)
                kb.step(1, 2)
                kb.up(key, char, ctrl_alt)
                kb.modifier(_K.Key_Alt, ctrl_alt, _M.AltModifier, False)
                kb.modifier(_K.Key_Control, _M.ControlModifier, _M.ControlModifier, False)
            continue
        needs_shift = char in _US_SHIFTED or (char.isalpha() and (char.isupper() != caps))
        base = _US_SHIFTED.get(char, char.lower() if char.isalpha() and not caps else char)
        if not needs_shift:
            if shift_held:
                kb.modifier(_K.Key_Shift, shift, shift, False)
                shift_held = False
                kb.step(0, 1)
            kb.down(key, char)
            kb.step(1, 2)
            kb.up(key, char)
            continue
        if not shift_held:
            kb.modifier(_K.Key_Shift, NONE, shift, True)
            kb.step(0, 1)
        kb.down(key, char, shift)
        kb.step(1, 2)
        if style is KeyStyle.SHIFT_HELD:
            kb.up(key, char, shift)
            shift_held = True
        elif style is KeyStyle.SHIFT_EARLY_RELEASE:
            kb.modifier(_K.Key_Shift, shift, shift, False)
            kb.up(_key_of(base), base)  # X11 reports the unshifted symbol on release
        else:
            kb.up(key, char, shift)
            kb.step(0, 1)
            kb.modifier(_K.Key_Shift, shift, shift, False)
    if shift_held:
        kb.modifier(_K.Key_Shift, shift, shift, False)
    if caps:
        kb.step(0, 1)
        kb.modifier(_K.Key_CapsLock, NONE, NONE, True)
        kb.modifier(_K.Key_CapsLock, NONE, NONE, False)
    if terminator is not None:
        kb.step(gap_ms[0], gap_ms[1])
        if terminator == "tab":
            kb.down(int(_K.Key_Tab), "\t")
            kb.step(1, 2)
            kb.up(int(_K.Key_Tab), "\t")
        elif style is KeyStyle.NUMPAD:
            kb.down(int(_K.Key_Enter), "\r", _M.KeypadModifier)
            kb.step(1, 2)
            kb.up(int(_K.Key_Enter), "\r", _M.KeypadModifier)
        else:
            kb.down(int(_K.Key_Return), "\r")
            kb.step(1, 2)
            kb.up(int(_K.Key_Return), "\r")
    return kb.strokes


def human_strokes(
    text: str, gap_ms: tuple[int, int] = (90, 200), rng: random.Random | None = None
) -> list[Stroke]:
    """A person typing `text` on a US layout: Shift for capitals and symbols, keys 90-200 ms apart."""
    return scanner_strokes(text, KeyStyle.SHIFT, terminator=None, gap_ms=gap_ms, rng=rng)


def key_event(stroke: Stroke, t0_ms: int) -> QKeyEvent:
    """The stroke as a QKeyEvent stamped with the window system's time `t0_ms + stroke.at_ms`."""
    kind = QEvent.Type.KeyPress if stroke.press else QEvent.Type.KeyRelease
    event = QKeyEvent(kind, stroke.key, stroke.modifiers, stroke.text)
    event.setTimestamp(t0_ms + stroke.at_ms)
    return event
