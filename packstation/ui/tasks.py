"""The one way to run work off the GUI thread: `TaskRunner.run(fn, on_done=..., on_error=...)`.

Work runs on a thread pool; its result or exception comes back as a queued signal, so the callbacks
run on the GUI thread. Tests inject `InlineTaskRunner` to run work synchronously.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI as a message
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.relay.failed, exc)
        else:
            self._emit(self.relay.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed while this ran: nobody to tell
            signal.emit(value)


class TaskRunner(QObject):
    """Runs callables on a pool (default: one worker, so database writes stay one at a time)."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def run(
        self, fn: Callable[[], Any], on_done: Callback | None = None, on_error: ErrorCallback | None = None
    ) -> None:
        relay = _Relay()  # lives on the GUI thread: its signals are delivered there (queued)
        self._relays.add(relay)

        @Slot(object)
        def finished(result: Any) -> None:
            self._relays.discard(relay)
            if on_done:
                on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._relays.discard(relay)
            if on_error:
                on_error(exc)

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self.pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 5000) -> bool:
        """Block until queued work is done (for shutdown and tests)."""
        return self.pool.waitForDone(msecs)


class InlineTaskRunner:
    """Runs work synchronously on the calling thread: for tests and for work that must not be deferred."""

    def run(
        self, fn: Callable[[], Any], on_done: Callback | None = None, on_error: ErrorCallback | None = None
    ) -> None:
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001
            if on_error:
                on_error(exc)
                return
            raise
        if on_done:
            on_done(result)

    def wait(self, msecs: int = 5000) -> bool:
        return True
