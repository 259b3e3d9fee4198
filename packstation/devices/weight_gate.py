"""Which scale weight counts for the parcel being packed: a stable, in-range reading taken after the
previous parcel came off the scale.

The scale driver says what the platform shows; the gate decides whether that may be recorded. It
drops the weight on every error, disconnect and new parcel, refuses readings outside 0..capacity
(negative, absurdly large, not a number), and after `new_parcel()` waits for the scale to come back
to near zero, so the previous parcel still lying there (a leftover 2047 g) never counts for the next.
Qt-free and thread-safe: feed it from the device thread or the GUI thread.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from enum import StrEnum

from packstation.devices.base import DeviceState, DeviceStatus
from packstation.devices.scale_protocols import DEFAULT_CAPACITY_G, ScaleError, WeightReading, check_range
from packstation.domain.texts import translate


class GateState(StrEnum):
    """What the packer is waiting for at the scale."""

    WAITING = "waiting"  # put the parcel on
    CLEAR_SCALE = "clear-scale"  # the previous parcel (or something) is still on the scale
    MOVING = "moving"  # a load is settling
    STABLE = "stable"  # a weight that counts for this parcel
    ERROR = "error"  # the scale reported an error or a reading it cannot have
    OFFLINE = "offline"  # the scale is disconnected


@dataclass(frozen=True, slots=True)
class GateView:
    """The gate's verdict for the screen: its state, a line for the packer, the weight that counts."""

    state: GateState
    message: str
    grams: float | None = None  # what the scale shows now (None: nothing usable)
    stable_g: float | None = None  # the weight to record for this parcel, or None


class WeightGate:
    """Receives scale readings, statuses and errors; `stable_g` is the weight that counts now.

    `zero_threshold_g`: a reading at or below it is "empty" (and never a parcel's weight).
    `require_zero`: after `new_parcel()` the scale must read near zero before a weight counts again.
    """

    def __init__(
        self,
        *,
        capacity_g: float = DEFAULT_CAPACITY_G,
        zero_threshold_g: float = 10.0,
        require_zero: bool = True,
    ) -> None:
        if not (math.isfinite(capacity_g) and capacity_g > 0):
            raise ValueError("capacity_g must be a positive number of grams")
        if not (math.isfinite(zero_threshold_g) and 0 <= zero_threshold_g < capacity_g):
            raise ValueError("zero_threshold_g must be between 0 and the capacity")
        self.capacity_g = capacity_g
        self.zero_threshold_g = zero_threshold_g
        self.require_zero = require_zero
        self._lock = threading.Lock()
        self._awaiting_zero = False
        self._view = GateView(GateState.WAITING, translate("Scale", "Put the parcel on the scale."))

    # -- what the session asks -------------------------------------------------------------------
    @property
    def view(self) -> GateView:
        with self._lock:
            return self._view

    @property
    def stable_g(self) -> float | None:
        """The stable weight that counts for the current parcel, or None."""
        with self._lock:
            return self._view.stable_g

    @property
    def awaiting_zero(self) -> bool:
        with self._lock:
            return self._awaiting_zero

    def new_parcel(self) -> GateView:
        """The next parcel starts: forget the weight, and (when required) wait for the scale to clear."""
        with self._lock:
            self._awaiting_zero = self.require_zero
            grams = self._view.grams
            if self._awaiting_zero and (grams is None or grams > self.zero_threshold_g):
                self._view = self._clear_scale(grams)
            else:
                self._awaiting_zero = False
                self._view = GateView(GateState.WAITING, translate("Scale", "Put the parcel on the scale."), grams)
            return self._view

    # -- what the scale says ---------------------------------------------------------------------
    def reading(self, reading: WeightReading) -> GateView:
        """One reading from the scale (any thread)."""
        with self._lock:
            try:
                check_range(reading, self.capacity_g)
            except ScaleError as exc:
                self._view = GateView(GateState.ERROR, translate("Scale", "Scale: {message}.").format(message=exc.message))
                return self._view
            grams = reading.grams
            empty = grams <= self.zero_threshold_g
            if self._awaiting_zero:
                if not empty:
                    self._view = self._clear_scale(grams)
                    return self._view
                self._awaiting_zero = False
            if empty:
                self._view = GateView(GateState.WAITING, translate("Scale", "Put the parcel on the scale."), grams)
            elif not reading.stable:
                self._view = GateView(GateState.MOVING, translate("Scale", "Weighing... {grams} g").format(grams=f"{grams:.0f}"), grams)
            else:
                self._view = GateView(GateState.STABLE, translate("Scale", "Weight {grams} g.").format(grams=f"{grams:.0f}"), grams, grams)
            return self._view

    def status(self, status: DeviceStatus) -> GateView:
        """A scale status change: anything but a usable scale drops the weight."""
        with self._lock:
            if status.usable:
                if self._view.state in (GateState.ERROR, GateState.OFFLINE):
                    self._view = GateView(GateState.WAITING, translate("Scale", "Put the parcel on the scale."))
                return self._view
            state = GateState.ERROR if status.state is DeviceState.ERROR else GateState.OFFLINE
            detail = status.message or status.state.value
            self._view = GateView(state, translate("Scale", "Scale {state}: {detail}.").format(state=status.state.value, detail=detail))
            return self._view

    def error(self, error: ScaleError) -> GateView:
        """A scale error (overload, `ES`, unknown unit...): the weight is dropped, the packer told why."""
        with self._lock:
            self._view = GateView(GateState.ERROR, translate("Scale", "Scale: {message}.").format(message=error.message))
            return self._view

    def _clear_scale(self, grams: float | None) -> GateView:
        words = (
            translate(
                "Scale", "Take the last parcel off the scale (it reads {grams} g): the next weight counts once it reads zero."
            ).format(grams=f"{grams:.0f}")
            if grams is not None
            else translate("Scale", "Take the last parcel off the scale: the next weight counts once it reads zero.")
        )
        return GateView(GateState.CLEAR_SCALE, words, grams)
