"""Scales: MT-SICS and continuous-output serial scales, a simulator, and "no scale", behind one interface.

Parsers (`scale_protocols`) turn one line of scale output into a `WeightReading` in grams or a specific `ScaleError`.
Workers report readings through plain callables from their thread; `wait_for_stable` lets
headless callers (CLI, `simulate`, `doctor`) block for the next stable weight.
"""

from __future__ import annotations

import math
import random
import threading
import time
from typing import Protocol

from packstation.devices.base import (
    Backoff,
    DeviceKind,
    DeviceState,
    DeviceStatus,
    DeviceWorker,
    ReconnectingWorker,
    StatusListener,
    StatusReporter,
    fast_reconnect,
    safe_call,
)
from packstation.devices.scale_protocols import (
    DEFAULT_CAPACITY_G,
    GRAMS_PER_UNIT,
    ScaleBusy,
    ScaleError,
    ScaleErrorListener,
    ScaleOutOfRange,
    ScaleOverload,
    ScaleTimeout,
    ScaleUnderload,
    StableWeightDetector,
    WeightListener,
    WeightReading,
    check_range,
    parse_continuous,
    parse_mt_sics,
    to_grams,
)
from packstation.devices.urls import DeviceUrl, DeviceUrlError, parse_device_url

__all__ = [
    "GRAMS_PER_UNIT",
    "AbsentScale",
    "Scale",
    "ScaleBusy",
    "ScaleError",
    "ScaleOutOfRange",
    "ScaleOverload",
    "ScaleTimeout",
    "ScaleUnderload",
    "SerialScale",
    "SimScale",
    "StableWeightDetector",
    "WeightReading",
    "open_scale",
    "parse_continuous",
    "parse_mt_sics",
    "to_grams",
]


class Scale(Protocol):
    """What the station needs from any scale."""

    url: DeviceUrl
    capacity_g: float  # readings above it (or below zero) are refused

    @property
    def status(self) -> DeviceStatus: ...

    @property
    def latest(self) -> WeightReading | None: ...

    def start(self) -> None: ...

    def stop(self, timeout: float = 2.0) -> None: ...

    def wait_for_stable(self, timeout: float) -> WeightReading: ...


class _WeightFeed:
    """Keeps the latest reading and wakes `wait_for_stable` callers; shared by real and simulated scales."""

    def _init_feed(self, on_weight: WeightListener | None) -> None:
        self.on_weight = on_weight
        self._latest: WeightReading | None = None
        self._seq = 0
        self._changed = threading.Condition()

    @property
    def latest(self) -> WeightReading | None:
        return self._latest

    def _drop(self) -> None:
        """Forget the latest reading (error, disconnect): a stale weight must never be recorded."""
        with self._changed:
            self._latest = None
            self._seq += 1
            self._changed.notify_all()

    def _publish(self, reading: WeightReading) -> None:
        with self._changed:
            self._latest = reading
            self._seq += 1
            self._changed.notify_all()
        safe_call(self.on_weight, reading)

    def wait_for_stable(self, timeout: float) -> WeightReading:
        """Block until a stable reading newer than this call arrives; ScaleTimeout after `timeout` s."""
        deadline = time.monotonic() + timeout
        with self._changed:
            seen = self._seq
            while True:
                if self._seq != seen and self._latest is not None and self._latest.stable:
                    return self._latest
                seen = self._seq
                left = deadline - time.monotonic()
                if left <= 0 or not self._changed.wait(left):
                    raise ScaleTimeout(
                        f"no stable weight within {timeout:.1f} s; is the parcel still moving?"
                    )


def _url(url: DeviceUrl | str) -> DeviceUrl:
    return url if isinstance(url, DeviceUrl) else parse_device_url(url, DeviceKind.SCALE)


class SerialScale(ReconnectingWorker, _WeightFeed):
    """A scale on a serial port or pyserial URL: polls MT-SICS or listens to continuous output; reconnects."""

    def __init__(
        self,
        url: DeviceUrl | str,
        on_weight: WeightListener | None,
        on_status: StatusListener | None = None,
        on_error: ScaleErrorListener | None = None,
        *,
        backoff: Backoff | None = None,
        read_timeout: float = 0.05,
    ) -> None:
        self.url = _url(url)
        if not self.url.is_serial:
            raise DeviceUrlError(f"{self.url.text!r} is not a serial scale address")
        reporter = StatusReporter(DeviceKind.SCALE, self.url.text, on_status)
        super().__init__(f"scale:{self.url.text}", reporter, backoff or fast_reconnect())
        self._init_feed(on_weight)
        self.on_error = on_error
        self.read_timeout = read_timeout
        self.protocol = self.url.option("protocol", "mt-sics")
        self.command = self.url.option("command", "SI").upper()
        self.poll_s = self.url.int_option("poll_ms", 200, minimum=1) / 1000
        self.reply_s = self.url.int_option("reply_ms", 1000, minimum=1) / 1000
        readings = self.url.int_option("stable_readings", 1, minimum=1)
        tolerance = self.url.float_option("tolerance_g", 2.0)
        self.detector = (
            StableWeightDetector(readings, tolerance, window_s=max(1.0, 3 * readings * self.poll_s))
            if readings > 1
            else None
        )
        self.capacity_g = self.url.float_option("capacity_kg", DEFAULT_CAPACITY_G / 1000) * 1000
        self._buffer = bytearray()

    @property
    def status(self) -> DeviceStatus:
        return self.status_reporter.current

    def _connect(self):
        return self.url.open_serial(self.read_timeout)

    def _connected_message(self) -> str:
        return f"{self.protocol} scale on {self.url.port}"

    def _on_link_lost(self) -> None:
        self._drop()

    def _on_crash(self) -> None:
        self._drop()
        super()._on_crash()

    def _fail(self, error: ScaleError) -> None:
        """A scale error reaches the packer twice over: as the scale's status (what every window
        shows) and through `on_error`; the last weight is dropped so it cannot count afterwards."""
        self._drop()
        safe_call(self.on_error, error)  # first: a listener waiting on either sees the error itself
        self.status_reporter.report(DeviceState.ERROR, error.message)

    def _session(self, port) -> None:
        self._buffer.clear()
        if self.detector:
            self.detector.reset()
        if self.protocol == "mt-sics":
            port.reset_input_buffer()  # a stale reply would be taken for the answer to our first command
        first_line = True
        while not self.stopping:
            if self.protocol == "mt-sics":
                port.write(f"{self.command}\r\n".encode("ascii"))
                port.flush()
            line = self._read_line(
                port, self.reply_s if self.protocol == "mt-sics" else max(2.0, self.reply_s)
            )
            if line is None:
                if not self.stopping:
                    what = f"answer {self.command}" if self.protocol == "mt-sics" else "send a weight"
                    self._drop()
                    self.status_reporter.report(
                        DeviceState.ERROR,
                        f"scale did not {what} in time; check the cable, baud rate and the scale's interface mode",
                    )
                continue
            self._handle(line, may_be_fragment=first_line and self.protocol == "continuous")
            first_line = False
            if self.protocol == "mt-sics" and self.sleep(self.poll_s):
                return

    def _handle(self, line: str, may_be_fragment: bool = False) -> None:
        if not line.strip():
            return
        try:
            reading = parse_mt_sics(line) if self.protocol == "mt-sics" else parse_continuous(line)
            if reading is not None:
                check_range(reading, self.capacity_g)
        except ScaleBusy:
            return
        except ScaleError as exc:
            if may_be_fragment and type(exc) is ScaleError:
                return  # joined a continuous stream mid-line
            self._fail(exc)
            return
        self.status_reporter.report(DeviceState.CONNECTED, self._connected_message())
        if reading is None:
            return
        if self.detector is not None:
            settled = self.detector.add(reading.grams, time.monotonic())
            reading = WeightReading(reading.grams, reading.stable and settled, reading.raw, reading.at)
        self._publish(reading)

    def _read_line(self, port, timeout: float) -> str | None:
        """Read one CR/LF-terminated line; None if none completes within `timeout` (or on stop)."""
        deadline = time.monotonic() + timeout
        while not self.stopping:
            end = _line_end(self._buffer)
            if end >= 0:
                line = bytes(self._buffer[:end])
                del self._buffer[: end + 1]
                if line.strip(b"\r\n"):
                    return line.strip(b"\r\n").decode("ascii", "replace")
                continue
            if time.monotonic() >= deadline:
                return None
            self._buffer += port.read(port.in_waiting or 1)
        return None


def _line_end(buffer: bytearray) -> int:
    """Index of the first line terminator (LF, or a CR not followed by LF), or -1."""
    lf = buffer.find(b"\n")
    cr = buffer.find(b"\r")
    if cr >= 0 and (lf < 0 or cr < lf - 1):
        return cr
    return lf


class SimScale(DeviceWorker, _WeightFeed):
    """A simulated continuous scale: `place(grams)` moves for `settle_s`, then reads stable.

    `place(grams, noise_g=3)` settles on the weight off by up to 3 g either way (as a real parcel on a
    real scale), held steady while stable; `empty()` takes everything off and settles on 0 g. Readings
    outside 0..capacity are refused as a real scale's are: the status says why and no weight is given.
    """

    def __init__(
        self,
        url: DeviceUrl | str = "sim",
        on_weight: WeightListener | None = None,
        on_status: StatusListener | None = None,
        on_error: ScaleErrorListener | None = None,
        *,
        settle_s: float | None = None,
        interval_s: float | None = None,
        wobble_g: float = 3.0,
    ) -> None:
        self.url = _url(url)
        super().__init__(f"scale:{self.url.text}")
        self._init_feed(on_weight)
        self.on_error = on_error
        self._reporter = StatusReporter(DeviceKind.SCALE, self.url.text, on_status)
        self.settle_s = settle_s if settle_s is not None else self.url.int_option("settle_ms", 300) / 1000
        self.interval_s = (
            interval_s if interval_s is not None else self.url.int_option("interval_ms", 50) / 1000
        )
        self.capacity_g = self.url.float_option("capacity_kg", DEFAULT_CAPACITY_G / 1000) * 1000
        self.wobble_g = wobble_g
        self._lock = threading.RLock()
        self._from = 0.0
        self._target = 0.0
        self._offset = 0.0  # the settled reading's error for this load (noise_g)
        self._placed_at = time.monotonic() - self.settle_s

    @property
    def status(self) -> DeviceStatus:
        return self._reporter.current

    @property
    def target_g(self) -> float:
        """What is on the platform now (before noise)."""
        return self._target

    def place(self, grams: float, noise_g: float = 0.0) -> None:
        """Put a load of `grams` on the platform (replacing what was there); it settles `noise_g` off at most."""
        if noise_g < 0 or not math.isfinite(noise_g):
            raise ValueError("noise_g must be a number of grams >= 0")
        with self._lock:
            self._from = self._current(time.monotonic())[0]
            self._target = float(grams)
            self._offset = random.uniform(-noise_g, noise_g) if noise_g else 0.0
            self._placed_at = time.monotonic()

    def empty(self) -> None:
        """Take everything off the platform: it settles on exactly 0 g."""
        self.place(0.0)

    def remove(self) -> None:
        """Take everything off the platform (same as `empty`)."""
        self.empty()

    def _current(self, now: float) -> tuple[float, bool]:
        elapsed = now - self._placed_at
        if elapsed >= self.settle_s:
            settled = self._target + self._offset
            return (round(settled) if self._offset else settled), True
        progress = elapsed / self.settle_s if self.settle_s else 1.0
        value = self._from + (self._target - self._from) * progress
        return value + random.uniform(-self.wobble_g, self.wobble_g), False

    def _run(self) -> None:
        self._reporter.report(DeviceState.SIMULATED, "simulated scale")
        while not self.sleep(self.interval_s):
            with self._lock:  # publish under the lock: no reading from before a place() arrives after it
                grams, stable = self._current(time.monotonic())
                reading = WeightReading(grams, stable, f"sim {grams:.1f} g")
                try:
                    check_range(reading, self.capacity_g)
                except ScaleOutOfRange as exc:
                    if self._latest is not None or self._reporter.current.state is not DeviceState.ERROR:
                        self._drop()
                        safe_call(self.on_error, exc)
                        self._reporter.report(DeviceState.ERROR, exc.message)
                    continue
                self._reporter.report(DeviceState.SIMULATED, "simulated scale")
                self._publish(reading)
        self._reporter.report(DeviceState.DISCONNECTED, "stopped")


class AbsentScale:
    """The station has no scale (`none`): weights are entered by hand, nothing is read."""

    def __init__(self, url: DeviceUrl | str = "none", on_status: StatusListener | None = None) -> None:
        self.url = _url(url)
        self.capacity_g = DEFAULT_CAPACITY_G
        self._reporter = StatusReporter(DeviceKind.SCALE, self.url.text, on_status)

    @property
    def status(self) -> DeviceStatus:
        return self._reporter.current

    @property
    def latest(self) -> WeightReading | None:
        return None

    def start(self) -> None:
        self._reporter.report(DeviceState.ABSENT, "no scale configured")

    def stop(self, timeout: float = 2.0) -> None:
        """Nothing to stop."""

    def wait_for_stable(self, timeout: float) -> WeightReading:
        raise ScaleError("no scale configured (scale = none); enter the weight by hand")


def open_scale(
    url: DeviceUrl | str,
    on_weight: WeightListener | None = None,
    on_status: StatusListener | None = None,
    on_error: ScaleErrorListener | None = None,
    *,
    backoff: Backoff | None = None,
) -> SerialScale | SimScale | AbsentScale:
    """Build and start the scale an address names (`serial:///...?protocol=...`, `sim`, `none`).

    Scale errors (overload, MT-SICS `ES`/`ET`/`EL`, unknown unit, a reading outside 0..capacity,
    silence) reach `on_status` as an ERROR status whose message the window shows, so the three-argument
    call is enough; `on_error` also gets the `ScaleError` itself. Capacity: `?capacity_kg=` (30).
    """
    parsed = _url(url)
    scale: SerialScale | SimScale | AbsentScale
    if parsed.scheme == "none":
        scale = AbsentScale(parsed, on_status)
    elif parsed.scheme == "sim":
        scale = SimScale(parsed, on_weight, on_status, on_error)
    else:
        scale = SerialScale(parsed, on_weight, on_status, on_error, backoff=backoff)
    scale.start()
    return scale
