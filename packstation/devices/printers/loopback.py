"""A Zebra-like 9100 printer on loopback: keeps each job's bytes and answers `~HS`/`~HQES` from a
`SimPrinter`'s faults. For tests, benchmarks and trying the station without a printer on the desk."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time

from packstation.devices.printers.sim import SimPrinter

_COMMANDS = re.compile(rb"~HQES|~HS")


class LoopbackPrinter:
    """A TCP server on 127.0.0.1 (`url` tells where); `state` holds the faults it reports."""

    def __init__(self, state: SimPrinter | None = None, port: int = 0) -> None:
        self.state = state or SimPrinter("loopback")
        self.sock = socket.create_server(("127.0.0.1", port))
        self.port = self.sock.getsockname()[1]
        self.jobs: list[bytes] = []
        self.arrivals: list[float] = []  # perf_counter() when each job's last byte arrived
        self.queries = 0
        self.mute_after_job = False  # answer before a job, then go silent (the result becomes unknown)
        self._job_seen = False  # job bytes arrived on some connection (it may still be open)
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._serve, name="loopback-printer", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}?timeout=0.5"

    def wait_for_jobs(self, count: int, timeout: float = 2.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.jobs) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
        return True

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() on Linux
        self.sock.close()
        self._thread.join(2)

    def __enter__(self) -> LoopbackPrinter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _session(self, conn: socket.socket) -> None:
        data = bytearray()
        with conn:
            while True:
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    return
                if not chunk:
                    break
                data += chunk
                data = self._answer(conn, data)
                if data:
                    self._job_seen = True
        if data:
            with self._changed:
                self.jobs.append(bytes(data))
                self.arrivals.append(time.perf_counter())
                self._changed.notify_all()

    def _answer(self, conn: socket.socket, data: bytearray) -> bytearray:
        """Answer every complete status command in `data`; what is left is job data."""
        rest = bytearray()
        last = 0
        for match in _COMMANDS.finditer(data):
            rest += data[last : match.start()]
            last = match.end()
            self.queries += 1
            # A muted printer answers the status check before the job only: its job may arrive on a
            # connection whose close the server thread has not seen yet, so later queries stay silent too.
            muted = self.mute_after_job and (self.jobs or self._job_seen or self.queries > 1)
            if self.state.offline or self.state.silent or muted:
                continue
            with contextlib.suppress(OSError):
                conn.sendall(self.state.answer(match.group()))
        rest += data[last:]
        return rest
