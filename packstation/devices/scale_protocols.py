"""What scales say, in grams: MT-SICS replies and continuous output parsed into readings or specific
errors, and the detector that decides when a weight is stable."""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from packstation.devices.base import utcnow

GRAMS_PER_UNIT = {"mg": 0.001, "g": 1.0, "kg": 1000.0, "lb": 453.59237, "lbs": 453.59237, "oz": 28.349523125}


class ScaleError(Exception):
    """A scale reply that is not a weight, with a short message for the packer."""

    def __init__(self, message: str, raw: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.raw = raw


class ScaleBusy(ScaleError):
    """MT-SICS `S I`: the scale understood but cannot answer now (taring, zeroing)."""


class ScaleOverload(ScaleError):
    """The load is above the scale's range."""


class ScaleUnderload(ScaleError):
    """The reading is below the scale's range (platform lifted, or needs re-zeroing)."""


class ScaleTimeout(ScaleError):
    """No (stable) weight arrived in time."""


class ScaleOutOfRange(ScaleError):
    """A reading below zero, above the scale's capacity, or not a number: refused, never a weight."""


DEFAULT_CAPACITY_G = 30_000.0


def check_range(reading: WeightReading, capacity_g: float = DEFAULT_CAPACITY_G) -> WeightReading:
    """The reading if it lies within 0..capacity; `ScaleOutOfRange` (with the packer's message) if not."""
    grams = reading.grams
    if not math.isfinite(grams):
        raise ScaleOutOfRange(
            f"scale sent a weight that is not a number ({reading.raw or grams!r})", reading.raw
        )
    if grams < 0:
        raise ScaleOutOfRange(
            f"scale reads {grams:.0f} g, below zero: empty the platform and re-zero the scale", reading.raw
        )
    if grams > capacity_g:
        raise ScaleOutOfRange(
            f"scale reads {grams:.4g} g, above its {capacity_g / 1000:g} kg capacity: "
            "take the load off and check the scale",
            reading.raw,
        )
    return reading


@dataclass(frozen=True, slots=True)
class WeightReading:
    """One weight from a scale, in grams, and whether the scale called it stable."""

    grams: float
    stable: bool
    raw: str = ""
    at: datetime = field(default_factory=utcnow)

    def __str__(self) -> str:
        return f"{self.grams:.1f} g ({'stable' if self.stable else 'moving'})"


WeightListener = Callable[[WeightReading], None]
ScaleErrorListener = Callable[[ScaleError], None]


def to_grams(value: float, unit: str, raw: str = "") -> float:
    """Convert a value in g, kg, lb or oz to grams; unknown units are a ScaleError."""
    try:
        return value * GRAMS_PER_UNIT[unit.lower()]
    except KeyError:
        raise ScaleError(
            f"scale reports an unknown weight unit {unit!r}; set it to g, kg, lb or oz", raw
        ) from None


_NUMBER = r"([-+]?)\s*(\d+(?:\.\d*)?|\.\d+)"
_SICS_WEIGHT = re.compile(rf"^S\s+([SD])\s+{_NUMBER}\s*([A-Za-z]+)$")
_CONTINUOUS = re.compile(rf"^(ST|US|OL)\s*,\s*([A-Z]{{1,2}})?\s*,?\s*{_NUMBER}\s*([A-Za-z]+)$")
_SICS_ERRORS = {
    "ES": "scale did not understand the command (ES); set the scale's interface to MT-SICS",
    "ET": "scale reports a transmission error (ET); check baud rate, parity and the cable",
    "EL": "scale cannot run the command now (EL, logical error); check the scale's display",
}


def parse_mt_sics(line: str) -> WeightReading:
    """Parse one MT-SICS reply to `S`/`SI`: `S S      1.234 kg` (stable) or `S D ...` (dynamic)."""
    text = line.strip()
    match = _SICS_WEIGHT.match(text)
    if match:
        flag, sign, number, unit = match.groups()
        grams = to_grams(float(number), unit, text) * (-1 if sign == "-" else 1)
        return WeightReading(grams, flag == "S", text)
    compact = text.replace(" ", "")
    if compact == "SI":
        raise ScaleBusy("scale is busy (S I); wait for it to finish taring or zeroing", text)
    if compact == "S+":
        raise ScaleOverload("scale overload (S +): the parcel is heavier than the scale's range", text)
    if compact == "S-":
        raise ScaleUnderload("scale underload (S -): re-zero the scale with nothing on it", text)
    if compact in _SICS_ERRORS:
        raise ScaleError(_SICS_ERRORS[compact], text)
    raise ScaleError(f"unexpected reply from the scale: {text[:40]!r}; is it set to MT-SICS?", text)


def parse_continuous(line: str) -> WeightReading | None:
    """Parse continuous output `ST,GS,+  1.234kg` / `US,...` / `OL`; tare reports (`TR`) give None."""
    text = line.strip()
    if text == "OL" or text.startswith("OL,"):
        raise ScaleOverload("scale overload (OL): the parcel is heavier than the scale's range", text)
    match = _CONTINUOUS.match(text)
    if not match:
        raise ScaleError(f"unexpected output from the scale: {text[:40]!r}; check baud rate and format", text)
    status, mode, sign, number, unit = match.groups()
    if mode in ("TR", "T"):
        return None
    grams = to_grams(float(number), unit, text) * (-1 if sign == "-" else 1)
    return WeightReading(grams, status == "ST", text)


class StableWeightDetector:
    """Stable when the last `count` readings, within `window_s`, differ by at most `tolerance_g`."""

    def __init__(self, count: int = 5, tolerance_g: float = 2.0, window_s: float = 1.0) -> None:
        if count < 1 or tolerance_g < 0 or window_s <= 0:
            raise ValueError("stable detector needs count >= 1, tolerance_g >= 0 and window_s > 0")
        self.count = count
        self.tolerance_g = tolerance_g
        self.window_s = window_s
        self._samples: deque[tuple[float, float]] = deque(maxlen=count)

    def add(self, grams: float, t: float) -> bool:
        """Add a reading taken at monotonic time `t`; return whether the weight is now stable."""
        self._samples.append((t, grams))
        if len(self._samples) < self.count or t - self._samples[0][0] > self.window_s:
            return False
        values = [g for _, g in self._samples]
        return max(values) - min(values) <= self.tolerance_g

    def reset(self) -> None:
        self._samples.clear()
