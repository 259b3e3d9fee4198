"""Keyboard-wedge scanner decoding: tell a scanner's keystroke burst from a person typing.

A scanner types a whole code in a few milliseconds per key, then (usually) Enter or Tab. A person
types 80-200 ms per key. The UI's event filter feeds every key press here and consumes it; the
decoder holds keys until it knows who typed them, then returns decisions in key order:

- `Replay(keys)`: a person typed these; re-send them to the focused widget, in order.
- `Scanned(read)`: a scanner typed a code; swallow its keys (nothing lands in a text field).
- `LayoutWarning`: a scanner typed a code garbled by the wrong keyboard layout; swallow its keys.
- `Rejected`: a burst that is no usable code (empty once the prefix/suffix are stripped).

Every decision that covers keys says how many (`key_count`, or `len(keys)`), so the UI can keep
its own FIFO of held key events and pop exactly that many. Call `poll(now)` when
`next_deadline()` passes (one single-shot timer), so a code with no terminator, or a person's
lone key, is released without waiting for the next key.

Key times come from the window system's own timestamps through a `KeyClock`, so a GUI thread that
gets round to the keys late (a busy PC) still sees the gaps the scanner typed them with.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from packstation.devices.base import BarcodeRead, RejectedScan, ScanFormat

_KEY_NAMES = {"enter": "\r", "return": "\r", "\n": "\r", "\r": "\r", "tab": "\t", "\t": "\t"}
_TERMINATOR_KEYS = {"enter": "\r", "tab": "\t"}

# What a US-layout scanner's keys become on a French AZERTY host, mapped back to what was meant.
AZERTY_TO_US = str.maketrans(
    {
        "&": "1",
        "é": "2",
        '"': "3",
        "'": "4",
        "(": "5",
        "§": "6",  # Belgian AZERTY
        "-": "6",
        "è": "7",
        "_": "8",
        "!": "8",  # Belgian AZERTY
        "ç": "9",
        "à": "0",
        ")": "-",
        "q": "a",
        "a": "q",
        "Q": "A",
        "A": "Q",
        "w": "z",
        "z": "w",
        "W": "Z",
        "Z": "W",
        ",": "m",
        "?": "M",
        ";": ",",
        ":": ".",
    }
)
# Characters only an AZERTY number row produces for digits (plain '-' and '!' are too common to count).
_AZERTY_DIGITS = frozenset("&é\"'(§è_çà")
AZERTY_MESSAGE = "scanner keyboard layout looks like AZERTY; set the scanner to US layout"


@dataclass(frozen=True, slots=True)
class WedgeSettings:
    """Timings (seconds) and framing for one keyboard-wedge scanner, built from the station's `[wedge]`
    table (milliseconds) and the scanner URL's options by `devices.wedge_settings.wedge_settings`."""

    max_gap_s: float = 0.030  # keys closer than this belong to one burst
    min_length: int = 4  # shorter bursts are treated as typing
    timeout_s: float = 0.060  # silence that ends a burst with no terminator
    terminators: frozenset[str] = frozenset({"enter", "tab"})
    scan_format: ScanFormat = field(default_factory=ScanFormat)
    correct_layout: bool = (
        False  # True: deliver the AZERTY-corrected code (with a warning) instead of rejecting
    )
    source: str = "wedge"

    def __post_init__(self) -> None:
        if self.max_gap_s <= 0 or self.timeout_s < self.max_gap_s:
            raise ValueError("wedge timings need 0 < key gap <= timeout")
        if self.min_length < 1:
            raise ValueError("wedge min_length must be at least 1")
        unknown = set(self.terminators) - set(_TERMINATOR_KEYS)
        if unknown:
            raise ValueError(f"unknown wedge terminator {sorted(unknown)[0]!r}; use enter and/or tab")


@dataclass(frozen=True, slots=True)
class Replay:
    """Keys a person typed: deliver them to the focused widget, in this order."""

    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Scanned:
    """A code the scanner typed; its `key_count` held keys (terminator included) are swallowed."""

    read: BarcodeRead
    key_count: int
    terminator: str | None  # "enter", "tab", or None when ended by silence


@dataclass(frozen=True, slots=True)
class LayoutWarning:
    """A scanned code that came through the wrong keyboard layout, with the best-guess real code."""

    layout: str
    message: str
    raw_code: str
    suggested_code: str
    key_count: int

    def as_rejection(self, source: str) -> RejectedScan:
        return RejectedScan(self.message, source, raw=self.raw_code, suggestion=self.suggested_code)


@dataclass(frozen=True, slots=True)
class Rejected:
    """A scanner burst that is not a usable code; its keys are swallowed."""

    rejection: RejectedScan
    key_count: int


Decision = Replay | Scanned | LayoutWarning | Rejected


def correct_azerty(code: str) -> str | None:
    """If `code` looks typed by a US-layout scanner into an AZERTY host, return the corrected code."""
    if any(c.isascii() and c.isdigit() for c in code):
        return None
    hits = sum(1 for c in code if c in _AZERTY_DIGITS)
    if hits >= 3 or (hits >= 2 and hits * 2 >= len(code)):
        return code.translate(AZERTY_TO_US)
    return None


class WedgeDecoder:
    """Per-key burst detector; `feed` is O(1) and allocation-light because it runs on every key press."""

    __slots__ = ("config", "_keys", "_last_t", "_gap", "_timeout", "_min", "_terms")

    def __init__(self, config: WedgeSettings | None = None) -> None:
        self.config = config or WedgeSettings()
        self._keys: list[str] = []
        self._last_t = 0.0
        self._gap = self.config.max_gap_s
        self._timeout = self.config.timeout_s
        self._min = self.config.min_length
        self._terms = {_TERMINATOR_KEYS[name]: name for name in self.config.terminators}

    @property
    def pending(self) -> int:
        """How many keys are held, waiting for a decision."""
        return len(self._keys)

    def next_deadline(self) -> float | None:
        """Monotonic time at which `poll` can release held keys, or None when nothing is held."""
        if not self._keys:
            return None
        return self._last_t + (self._timeout if len(self._keys) >= self._min else self._gap)

    def feed(self, key: str, t: float, *, autorepeat: bool = False) -> list[Decision]:
        """Take one key press (a character, or "Enter"/"Tab") at monotonic time `t`; return decisions."""
        if len(key) != 1 or key in "\n\r\t":
            named = _KEY_NAMES.get(key.lower())
            if named is None:
                raise ValueError(f"feed takes one character or Enter/Tab, got {key!r}")
            key = named
        keys = self._keys
        out: list[Decision] = []
        if autorepeat:  # held-down keys are always a person
            if keys:
                out.extend(self._release())
            _append_replay(out, key)
            return out
        terminator = self._terms.get(key)
        if keys:
            gap = t - self._last_t
            if terminator is not None:
                if len(keys) >= self._min and gap <= self._timeout:
                    out.append(self._scan(terminator, len(keys) + 1))
                    keys.clear()
                    return out
                out.extend(self._release())
            elif gap > self._gap:
                out.extend(self._release())
        if terminator is not None:  # Enter/Tab on its own is a person pressing it
            _append_replay(out, key)
            return out
        keys.append(key)
        self._last_t = t
        return out

    def poll(self, t: float) -> list[Decision]:
        """Release held keys whose fate is decided by silence up to `t` (call at `next_deadline()`)."""
        deadline = self.next_deadline()
        if deadline is None or t < deadline:
            return []
        return self._release()

    def flush(self) -> list[Decision]:
        """Release everything held now (focus change, window closing): bursts as scans, the rest as typing."""
        return self._release() if self._keys else []

    def _release(self) -> list[Decision]:
        keys = self._keys
        decision = self._scan(None, len(keys)) if len(keys) >= self._min else Replay(tuple(keys))
        keys.clear()
        return [decision]

    def _scan(self, terminator: str | None, key_count: int) -> Decision:
        config = self.config
        raw = "".join(self._keys)
        code, symbology = config.scan_format.clean(raw)
        if not code:
            reason = "scan was empty once the scanner's prefix/suffix were removed"
            return Rejected(RejectedScan(reason, config.source, raw=raw), key_count)
        corrected = correct_azerty(code)
        if corrected is not None:
            if not config.correct_layout:
                return LayoutWarning("azerty", AZERTY_MESSAGE, code, corrected, key_count)
            read = BarcodeRead(corrected, config.source, raw=raw, symbology=symbology, warning=AZERTY_MESSAGE)
        else:
            read = BarcodeRead(code, config.source, raw=raw, symbology=symbology)
        return Scanned(read, key_count, terminator)


class KeyClock:
    """Key times on the `time.monotonic()` scale from the window system's key timestamps (ms).

    Inside a burst the gaps between keys are the timestamps' own, however late the GUI thread gets
    round to the keys; each burst is anchored to the delivery time of its first key. A timestamp of 0
    (synthesized events, some platforms) falls back to the delivery time. `now()` is the decoder's
    "now" for silence deadlines: real time less how late the last key was delivered, so silence is
    only ever measured after the keys already on their way have come in.
    """

    __slots__ = ("_offset", "_lag")

    def __init__(self) -> None:
        self._offset: float | None = None
        self._lag = 0.0

    def key_time(self, timestamp_ms: int, delivered: float, *, in_burst: bool) -> float:
        """The time of a key press stamped `timestamp_ms` and handled at monotonic `delivered`."""
        if timestamp_ms > 0:
            stamped = timestamp_ms / 1000.0
            if self._offset is None or not in_burst:
                self._offset = delivered - stamped
            t = stamped + self._offset
        else:
            t = delivered
        self._lag = delivered - t
        return t

    def now(self, monotonic_now: float) -> float:
        return monotonic_now - self._lag


def _append_replay(out: list[Decision], key: str) -> None:
    """Add a key to a trailing Replay (one decision per run of human keys) or start one."""
    if out and isinstance(out[-1], Replay):
        out[-1] = Replay(out[-1].keys + (key,))
    else:
        out.append(Replay((key,)))
