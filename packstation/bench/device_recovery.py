"""Device recovery scenario: how soon a serial scanner that was unplugged reads again once plugged back."""

from __future__ import annotations

import os
import threading
import time
import tty

from packstation.bench import BenchContext, Measurement, scenario
from packstation.devices.base import DeviceState, DeviceStatus
from packstation.devices.scanners import SerialScanner


@scenario(
    "devices.serial_reconnect",
    "serial scanner unplugged, then plugged back at the same path: plug -> connected again",
)
def serial_reconnect(ctx: BenchContext) -> Measurement:
    cycles, away_s = (3, 0.3) if ctx.quick else (20, 1.5)
    link = ctx.scratch("pty") / "ttyScanner"
    connected = threading.Condition()
    count = [0]
    stamps: list[float] = []

    def on_status(status: DeviceStatus) -> None:
        if status.state is DeviceState.CONNECTED:
            with connected:
                count[0] += 1
                stamps.append(time.perf_counter())
                connected.notify_all()

    def plug() -> tuple[int, int]:
        master, slave = os.openpty()
        tty.setraw(slave)
        os.symlink(os.ttyname(slave), link)
        return master, slave

    def wait_connected(n: int) -> None:
        with connected:
            if not connected.wait_for(lambda: count[0] >= n, timeout=5.0):
                raise RuntimeError("scanner did not reconnect within 5 s")

    fds = plug()
    scanner = SerialScanner(f"serial://{link}", None, on_status)  # its own reconnect policy
    samples: list[float] = []
    scanner.start()
    try:
        wait_connected(1)
        for cycle in range(cycles):
            os.unlink(link)
            for fd in fds:
                os.close(fd)
            time.sleep(away_s)
            plugged = time.perf_counter()
            fds = plug()
            wait_connected(cycle + 2)
            samples.append(stamps[-1] - plugged)
    finally:
        scanner.stop()
        if link.is_symlink():
            os.unlink(link)
        for fd in fds:
            os.close(fd)
    return Measurement(
        count=len(samples),
        samples_s=samples,
        target_p99_ms=1000.0,
        note=f"unplugged {away_s:g} s each time; scanner's default reconnect polling",
    )
