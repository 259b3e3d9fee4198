"""Device scenarios: the cost of the per-key wedge decision, and serial scan / scale latency over a pty."""

from __future__ import annotations

import os
import random
import threading
import time
import tty

from packstation.bench import BenchContext, Measurement, scenario
from packstation.devices.base import Backoff, DeviceState
from packstation.devices.scales import SerialScale
from packstation.devices.scanners import SerialScanner
from packstation.devices.wedge import WedgeDecoder


def _key_stream(rng: random.Random, scans: int) -> list[tuple[str, float]]:
    """Keys with timestamps: 13-digit scans at 2-8 ms a key plus Enter, between bursts of human typing."""
    keys: list[tuple[str, float]] = []
    t = 0.0
    for _ in range(scans):
        for ch in "".join(rng.choice("0123456789") for _ in range(13)):
            t += rng.uniform(0.002, 0.008)
            keys.append((ch, t))
        t += 0.004
        keys.append(("Enter", t))
        for ch in "qty 2":
            t += rng.uniform(0.08, 0.2)
            keys.append((ch, t))
        t += 0.3
    return keys


@scenario(
    "devices.wedge_key", "keyboard-wedge decision per key press (runs in the Qt event filter on every key)"
)
def wedge_key_latency(ctx: BenchContext) -> Measurement:
    keys = _key_stream(random.Random(3), 50 if ctx.quick else 5_000)
    decoder = WedgeDecoder()
    clock = time.perf_counter
    samples = []
    scans = 0
    for key, t in keys:
        start = clock()
        decoder.poll(t)
        out = decoder.feed(key, t)
        samples.append(clock() - start)
        scans += sum(1 for d in out if type(d).__name__ == "Scanned")
    return Measurement(
        count=len(samples),
        samples_s=samples,
        target_p99_ms=0.05,
        note=f"{scans} scans among {len(keys)} keys (poll + feed per key)",
    )


def _wait(predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError("device did not respond in time")
        time.sleep(0.001)


@scenario(
    "devices.serial_scan", "serial scanner: bytes written to a pty until on_scan fires in the reader thread"
)
def serial_scan_latency(ctx: BenchContext) -> Measurement:
    master, slave = os.openpty()
    tty.setraw(slave)
    arrived = threading.Event()
    scanner = SerialScanner(
        f"serial://{os.ttyname(slave)}", lambda read: arrived.set(), backoff=Backoff(0.02, 0.1)
    )
    samples = []
    scanner.start()
    try:
        _wait(lambda: scanner.status.state is DeviceState.CONNECTED)
        for index in range(20 if ctx.quick else 500):
            arrived.clear()
            start = time.perf_counter()
            os.write(master, f"40063813{index:05d}\r\n".encode())
            if not arrived.wait(2.0):
                raise RuntimeError("scan never arrived")
            samples.append(time.perf_counter() - start)
    finally:
        scanner.stop()
        os.close(master)
        os.close(slave)
    return Measurement(
        count=len(samples), samples_s=samples, target_p99_ms=20.0, note="13-char code + CRLF over a pty"
    )


@scenario("devices.scale_mt_sics", "MT-SICS scale: SI request to parsed weight over a pty with a fake scale")
def scale_round_trip(ctx: BenchContext) -> Measurement:
    master, slave = os.openpty()
    tty.setraw(slave)
    stop = threading.Event()

    def fake_scale() -> None:
        buffer = b""
        while not stop.is_set():
            try:
                buffer += os.read(master, 64)
            except OSError:
                return
            while b"\r\n" in buffer:
                _, buffer = buffer.split(b"\r\n", 1)
                os.write(master, b"S S      1.234 kg\r\n")

    times: list[float] = []
    scale = SerialScale(
        f"serial://{os.ttyname(slave)}?poll_ms=1", lambda reading: times.append(time.perf_counter())
    )
    server = threading.Thread(target=fake_scale, daemon=True)
    server.start()
    wanted = 20 if ctx.quick else 300
    start = time.perf_counter()
    scale.start()
    try:
        _wait(lambda: len(times) >= wanted, timeout=30.0)
    finally:
        scale.stop()
        stop.set()
        os.close(slave)
        os.close(master)
        server.join(1.0)
    cycles = [b - a for a, b in zip([start, *times[:-1]], times[:wanted], strict=True)][1:]
    return Measurement(
        count=len(cycles),
        samples_s=cycles,
        target_p99_ms=25.0,
        note="per poll cycle: SI written, reply read and parsed (poll_ms=1)",
    )
