"""The camera worker on the simulator and on real video files: frames, status, freeze/unplug/replace recovery."""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from packstation.devices.base import Backoff, device_threads
from packstation.devices.camera import (
    CameraUrlError,
    CameraWorker,
    CvSource,
    open_camera_source,
)
from packstation.devices.camera_sim import SimCamera


def write_clip(path: Path, frames: int = 20, size: tuple[int, int] = (320, 240), shade: int = 0) -> Path:
    """A small MJPG .avi whose frames differ (a moving square), written with cv2.VideoWriter."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, size)
    assert writer.isOpened()
    for n in range(frames):
        image = np.full((size[1], size[0], 3), shade, np.uint8)
        x = 10 + n * 5
        cv2.rectangle(image, (x, 40), (x + 40, 80), (0, 255, 255), -1)
        writer.write(image)
    writer.release()
    return path


def wait_for(predicate, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


def worker(source, statuses: list) -> CameraWorker:  # type: ignore[no-untyped-def]
    return CameraWorker(
        source,
        on_status=statuses.append,
        stale_after_s=0.3,
        frozen_after_s=0.3,
        backoff=Backoff(initial=0.05, maximum=0.2, jitter=0.0),
    )


@pytest.fixture(autouse=True)
def no_camera_threads_left():  # type: ignore[no-untyped-def]
    yield
    assert not device_threads()


def test_camera_urls():
    assert isinstance(open_camera_source("sim"), SimCamera)
    source = open_camera_source("cv://0", 1280, 720)
    assert isinstance(source, CvSource) and source.target == 0 and source.want == (1280, 720)
    clip = open_camera_source("cv:///tmp/some%20clip.mp4")
    assert isinstance(clip, CvSource) and clip.target == Path("/tmp/some clip.mp4")
    for bad in ("usb://0", "cv://front", "camera"):
        with pytest.raises(CameraUrlError, match="cv://0"):
            open_camera_source(bad)


def test_sim_camera_delivers_frames_and_recovers_from_freeze_and_unplug():
    cam = SimCamera(640, 360, fps=60)
    statuses: list = []
    with worker(cam, statuses) as w:
        w.start()
        wait_for(lambda: w.latest() is not None and w.latest().seq > 5)
        assert w.status.state == "simulated" and "640x360" in w.status.message
        assert w.latest().image.shape == (360, 640, 3)

        cam.freeze()  # OpenCV-style: the same picture over and over
        wait_for(lambda: any(s.state == "frozen" for s in statuses))
        assert "same picture" in w.trouble() or "reopening" in w.trouble()
        cam.freeze(False)
        wait_for(lambda: w.opened >= 2 and w.status.state == "simulated")
        seq = w.latest().seq
        wait_for(lambda: w.latest().seq > seq + 3)
        assert "was failing" in w.trouble()  # recovered, but the packer is told it happened

        cam.unplug()
        wait_for(lambda: w.status.state == "reconnecting")
        with pytest.raises(OSError, match="No picture from the camera"):
            w.fresh_frame()
        opened = w.opened
        cam.unplug(False)
        wait_for(lambda: w.opened > opened and w.status.state == "simulated")
        assert w.fresh_frame().image.shape == (360, 640, 3)
    assert w.status.state == "stopped"


def test_video_file_camera_plays_and_survives_delete_and_replace(tmp_path):
    clip = write_clip(tmp_path / "clip.avi")
    statuses: list = []
    with worker(CvSource(clip), statuses) as w:
        w.start()
        wait_for(lambda: w.latest() is not None and w.latest().seq > 25)  # loops past the 20 frames
        assert w.status.state == "connected" and "320x240" in w.status.message
        assert w.latest().image.shape == (240, 320, 3)

        clip.unlink()
        wait_for(lambda: w.status.state == "reconnecting")
        assert "disappeared" in " ".join(s.message for s in statuses)
        opened = w.opened
        write_clip(tmp_path / "clip.avi", size=(480, 272), shade=90)
        wait_for(lambda: w.opened > opened and w.status.state == "connected")
        wait_for(lambda: w.latest().image.shape == (272, 480, 3))
        assert "480x272" in w.status.message

        replacement = write_clip(tmp_path / "other.avi", size=(320, 240), shade=200)
        replacement.replace(clip)  # swapped under the running camera
        wait_for(lambda: w.latest().image.shape == (240, 320, 3))
        assert "replaced" in " ".join(s.message for s in statuses)


def test_a_camera_that_never_opens_keeps_retrying_and_says_so(tmp_path):
    statuses: list = []
    with worker(CvSource(tmp_path / "missing.avi"), statuses) as w:
        w.start()
        wait_for(lambda: len([s for s in statuses if s.state == "reconnecting"]) >= 1)
        time.sleep(0.3)
        assert w.opened == 0 and "not found" in w.status.message
        assert w.trouble().startswith("Camera reconnecting")


def test_a_read_that_hangs_is_reported_and_the_camera_reopened():
    cam = SimCamera(320, 240, fps=60)
    statuses: list = []
    with worker(cam, statuses) as w:
        w.start()
        wait_for(lambda: w.latest() is not None and w.latest().seq > 3)
        cam.stall()  # read() no longer returns: no frame, no error
        wait_for(lambda: w.status.state == "frozen")
        assert "not answering" in w.status.message
        with pytest.raises(OSError, match="No picture from the camera"):
            w.fresh_frame()
        opened = w.opened
        cam.stall(False)
        wait_for(lambda: w.opened > opened and w.status.state == "simulated")
        assert any("did not answer" in s.message for s in statuses)
        seq = w.latest().seq
        wait_for(lambda: w.latest().seq > seq + 2)
        cam.stall()  # stopping must not wait for a read that never returns
        wait_for(lambda: w.status.state == "frozen")
    assert w.status.state == "stopped"


def test_a_video_file_that_is_not_looped_stops_at_its_end(tmp_path):
    clip = write_clip(tmp_path / "once.avi", frames=12)
    source = open_camera_source(f"cv://{clip}?loop=0")
    assert isinstance(source, CvSource) and source.loop is False
    statuses: list = []
    with worker(source, statuses) as w:
        w.start()
        wait_for(lambda: w.status.state == "stopped" and "ended" in w.status.message)
        assert w.latest() is not None and w.latest().seq == 12  # every frame once, then no replay
        assert w.opened == 1
        time.sleep(0.2)
        assert w.latest().seq == 12 and not w.running
