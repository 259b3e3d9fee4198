"""Types every device shares: status, callbacks, barcode reads, and the reconnecting worker thread.

Drivers never touch Qt. They report through plain callables, called from their worker thread;
the UI bridge re-emits them as signals on the GUI thread.
"""

from __future__ import annotations

import logging
import random
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol, TypeVar

log = logging.getLogger(__name__)

try:  # pyserial lets termios.error (not an OSError) out of flush() when a tty vanishes mid-call
    from termios import error as _TermiosError

    LINK_ERRORS: tuple[type[BaseException], ...] = (OSError, _TermiosError)
except ImportError:  # Windows
    LINK_ERRORS = (OSError,)

#: Every device worker thread's name starts with this, so tests can find threads left running.
THREAD_PREFIX = "packstation-device"

T_contra = TypeVar("T_contra", contravariant=True)


def utcnow() -> datetime:
    """Wall-clock time for device events (aware, UTC)."""
    return datetime.now(UTC)


class DeviceKind(StrEnum):
    """Which kind of device a status or URL belongs to."""

    SCANNER = "scanner"
    SCALE = "scale"


class DeviceState(StrEnum):
    """Where a device is in its life: what the station's status bar shows."""

    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    RECONNECTING = "reconnecting"
    ERROR = "error"
    SIMULATED = "simulated"
    ABSENT = "absent"


@dataclass(frozen=True, slots=True)
class DeviceStatus:
    """One status change of one device, with a short human message."""

    kind: DeviceKind
    url: str
    state: DeviceState
    message: str = ""
    since: datetime = field(default_factory=utcnow)

    @property
    def usable(self) -> bool:
        """True when the device can deliver data right now."""
        return self.state in (DeviceState.CONNECTED, DeviceState.SIMULATED)


class Listener(Protocol[T_contra]):
    """A callback a device calls (from its worker thread) with one item: a status, a read, a weight."""

    def __call__(self, item: T_contra, /) -> None: ...


StatusListener = Callable[[DeviceStatus], None]


@dataclass(frozen=True, slots=True)
class BarcodeRead:
    """One barcode as a scanner delivered it, cleaned (prefix/suffix/AIM id removed, FNC1 as GS)."""

    code: str
    source: str
    raw: str = ""
    symbology: str | None = None
    warning: str | None = None
    at: datetime = field(default_factory=utcnow)

    @property
    def is_gs1(self) -> bool:
        """True for GS1 symbols (by AIM identifier) or codes carrying a GS separator."""
        return self.symbology in GS1_AIM_IDS or "\x1d" in self.code


@dataclass(frozen=True, slots=True)
class RejectedScan:
    """Input from a scanner that is not a usable barcode, with the reason the packer will read."""

    reason: str
    source: str
    raw: str = ""
    suggestion: str | None = None
    at: datetime = field(default_factory=utcnow)


GS = "\x1d"
GS1_AIM_IDS = frozenset({"]C1", "]e0", "]d2", "]Q3", "]J1"})
_AIM_RE = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


@dataclass(frozen=True, slots=True)
class ScanFormat:
    """How a scanner frames its codes: prefix/suffix to strip, AIM ids, and the FNC1 placeholder."""

    prefix: str = ""
    suffix: str = ""
    aim: str = "auto"  # auto: strip a leading ]Xn if present; keep: leave it in the code
    gs_placeholder: str | None = None  # e.g. "^]" or "<GS>" when the scanner cannot send 0x1D

    def __post_init__(self) -> None:
        if self.aim not in ("auto", "keep"):
            raise ValueError(f"aim must be 'auto' or 'keep', got {self.aim!r}")
        if self.gs_placeholder == "":
            raise ValueError("gs_placeholder must not be empty; use None for none")

    def clean(self, text: str) -> tuple[str, str | None]:
        """Return (code, symbology) for one raw scan: strip framing, split the AIM id, map FNC1 to GS."""
        if self.prefix and text.startswith(self.prefix):
            text = text[len(self.prefix) :]
        if self.suffix and text.endswith(self.suffix):
            text = text[: -len(self.suffix)]
        symbology = None
        if self.aim == "auto" and _AIM_RE.match(text):
            symbology, text = text[:3], text[3:]
        if self.gs_placeholder:
            text = text.replace(self.gs_placeholder, GS)
        return text, symbology


@dataclass
class Backoff:
    """Exponential reconnect delay with jitter, bounded by `maximum` (seconds)."""

    initial: float = 0.5
    maximum: float = 10.0
    factor: float = 2.0
    jitter: float = 0.2  # +/- fraction of the delay
    _next: float = field(default=0.0, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.initial <= 0 or self.maximum < self.initial or self.factor < 1 or not 0 <= self.jitter < 1:
            raise ValueError("backoff needs 0 < initial <= maximum, factor >= 1 and 0 <= jitter < 1")
        self._next = self.initial

    def next_delay(self) -> float:
        """The delay before the next attempt; each call grows the following one."""
        base = self._next
        self._next = min(self.maximum, self._next * self.factor)
        spread = base * self.jitter
        return min(self.maximum, max(0.0, base + random.uniform(-spread, spread)))

    def reset(self) -> None:
        """Start again from the initial delay (after a successful connect)."""
        self._next = self.initial


def safe_call(callback: Callable[..., None] | None, *args: object) -> None:
    """Call a listener, logging (not propagating) its errors so a bad listener cannot kill a reader."""
    if callback is None:
        return
    try:
        callback(*args)
    except Exception:
        log.exception("device listener %r failed", callback)


class StatusReporter:
    """Holds a device's current status and tells the listener only about real changes."""

    def __init__(self, kind: DeviceKind, url: str, listener: StatusListener | None) -> None:
        self._kind = kind
        self._url = url
        self._listener = listener
        self._lock = threading.Lock()
        self.current = DeviceStatus(kind, url, DeviceState.DISCONNECTED, "not started")

    def report(self, state: DeviceState, message: str = "") -> None:
        """Record a state; call the listener if state or message changed."""
        with self._lock:
            if self.current.state == state and self.current.message == message:
                return
            self.current = DeviceStatus(self._kind, self._url, state, message)
            status = self.current
        safe_call(self._listener, status)


def device_threads() -> list[threading.Thread]:
    """Device worker threads still alive (tests assert this is empty after each test)."""
    return [t for t in threading.enumerate() if t.name.startswith(THREAD_PREFIX) and t.is_alive()]


class DeviceWorker:
    """A daemon worker thread with a prompt, joining `stop()`; subclasses implement `_run()`."""

    def __init__(self, name: str) -> None:
        self._name = f"{THREAD_PREFIX}:{name}"
        self._stop_event = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def stopping(self) -> bool:
        return self._stop_event.is_set()

    def start(self) -> None:
        """Start the worker thread (once)."""
        if self._thread is not None:
            raise RuntimeError(f"{self._name} already started")
        self._thread = threading.Thread(target=self._guarded_run, name=self._name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Ask the worker to finish and wait for it; raises if it does not end within `timeout`."""
        self._stop_event.set()
        self._wake()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                raise RuntimeError(f"{self._name} did not stop within {timeout:.1f} s")

    def sleep(self, seconds: float) -> bool:
        """Wait up to `seconds`; returns True if stop was requested meanwhile."""
        return self._stop_event.wait(seconds)

    def _wake(self) -> None:
        """Hook: interrupt a blocking wait in the worker (closing a port, say)."""

    def _guarded_run(self) -> None:
        try:
            self._run()
        except Exception:
            log.exception("%s crashed", self._name)
            self._on_crash()

    def _on_crash(self) -> None:
        """Hook: report the crash as a device status."""

    def _run(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def fast_reconnect() -> Backoff:
    """Reconnect polling for devices a person unplugs and plugs back in (scanners, scales): a missing
    port is cheap to try, so it is tried at least three times a second: back well within 1 s."""
    return Backoff(initial=0.1, maximum=0.3, factor=2.0, jitter=0.2)


class Closable(Protocol):
    def close(self) -> None: ...


class ReconnectingWorker(DeviceWorker):
    """Opens a link, runs a session on it, and on loss reopens it with backoff until stopped.

    `OSError` (pyserial's `SerialException` is one) from open or session means unplugged/unreachable
    and is retried; any other error from open means a bad address and stops the worker in ERROR.
    """

    def __init__(self, name: str, status: StatusReporter, backoff: Backoff | None = None) -> None:
        super().__init__(name)
        self.status_reporter = status
        self.backoff = backoff or Backoff()

    def _connect(self) -> Closable:
        raise NotImplementedError

    def _session(self, link: Closable) -> None:
        """Use the open link until stop is requested; raise OSError when it is lost."""
        raise NotImplementedError

    def _connected_message(self) -> str:
        return ""

    def _on_link_lost(self) -> None:
        """Hook: the open link was lost (unplugged, cable pulled); called before the reconnect wait."""

    def _on_crash(self) -> None:
        self.status_reporter.report(DeviceState.ERROR, "device reader stopped after an internal error")

    def _run(self) -> None:
        report = self.status_reporter.report
        while not self.stopping:
            try:
                link = self._connect()
            except OSError as exc:
                report(DeviceState.RECONNECTING, f"cannot open: {exc}; retrying")
                if self.sleep(self.backoff.next_delay()):
                    break
                continue
            except Exception as exc:  # pyserial raises ValueError/KeyError for malformed URLs
                report(DeviceState.ERROR, f"bad device address ({type(exc).__name__}: {exc})")
                return
            self.backoff.reset()
            report(DeviceState.CONNECTED, self._connected_message())
            try:
                self._session(link)
            except LINK_ERRORS as exc:
                report(DeviceState.DISCONNECTED, f"connection lost: {exc}")
                self._on_link_lost()
                if self.sleep(self.backoff.next_delay()):
                    break
            finally:
                try:
                    link.close()
                except LINK_ERRORS:
                    log.debug("closing a lost link failed", exc_info=True)
        report(DeviceState.DISCONNECTED, "stopped")
