"""One camera feeds the preview, the proof photos and the recorder: every subscriber gets each frame."""

from __future__ import annotations

import time

from packstation.devices.camera import CameraWorker
from packstation.devices.camera_sim import SimCamera


def test_every_subscriber_gets_the_frames_until_it_unsubscribes_and_a_failing_one_hurts_nobody():
    worker = CameraWorker(SimCamera(320, 240, 60.0))
    a, b = [], []

    def broken(frame) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("listener bug")

    worker.subscribe(broken)
    stop_a = worker.subscribe(lambda f: a.append(f.seq))
    worker.subscribe(lambda f: b.append(f.seq))
    worker.start()
    try:
        deadline = time.monotonic() + 5
        while len(a) < 10 and time.monotonic() < deadline:
            time.sleep(0.02)
        stop_a()
        cut = len(a)
        n_b = len(b)
        while len(b) < n_b + 10 and time.monotonic() < deadline + 5:
            time.sleep(0.02)
    finally:
        worker.stop()
    assert cut >= 10 and len(a) <= cut + 1  # at most the frame being delivered while unsubscribing
    assert b[: len(a)] == a and len(b) >= n_b + 10  # same frames, in order; b kept getting them
    assert worker.latest() is not None and worker.latest().seq == b[-1]  # the preview's frame too
