"""Video overlay and recorder front door: pure drawing into an I420 buffer, frame-rate keeping, drops."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from packstation.config import ConfigError, VideoConfig, load_config
from packstation.evidence.video.overlay import (
    OverlayText,
    VideoOverlay,
    banner_height,
    banner_lines,
    caption_height,
    render_banner_luma,
)
from packstation.evidence.video.recorder import RecorderSettings, VideoRecorder

AT = datetime(2025, 6, 1, 8, 30, 5, tzinfo=UTC)


def test_banner_lines_name_order_tracking_step_station_packer_and_both_times():
    first, second = banner_lines(OverlayText("TT-1", "MY123", "st-7", "Anong", "pick"), AT)
    assert first == "Order TT-1   Tracking MY123   Step pick"
    assert second.startswith("Station st-7   Packer Anong   2025-06-01 08:30:05 UTC")
    assert second.endswith("UTC 2025-06-01 08:30:05Z")
    assert "Tracking -" in banner_lines(OverlayText("TT-1"), AT)[0]  # no number yet


def test_overlay_burns_banner_and_caption_into_luma_and_neutral_chroma():
    w, h = 640, 360
    i420 = np.full((h * 3 // 2, w), 77, np.uint8)
    overlay = VideoOverlay(w, h)
    overlay.set_text(OverlayText("TT-1", "", "st", "Anong", "pick"))
    overlay.show_caption("SCAN 885 OK", at=10.0)
    overlay.draw(i420, 11.0, AT)
    band, cap = banner_height(h), caption_height(h)
    y = i420[:h]
    assert np.array_equal(y[h - band :], render_banner_luma(overlay.text, AT, w, h))
    assert (y[:cap] > 200).any() and (y[cap : h - band] == 77).all()  # the picture between is untouched
    u = i420[h : h + h // 4].reshape(h // 2, w // 2)
    assert (u[(h - band) // 2 :] == 128).all() and (u[cap // 2 : (h - band) // 2] == 77).all()
    later = np.full_like(i420, 77)
    overlay.draw(later, 14.0, AT)  # caption gone after 3 s
    assert (later[:cap] == 77).all()
    thai = render_banner_luma(OverlayText("TT-1", packer="อนงค์"), AT, w, h)
    assert (thai > 200).any()  # another script draws through the stamp's font chain


def test_config_refuses_unknown_triggers_with_one_message(tmp_path: Path):
    with pytest.raises(ConfigError, match="video.start_on"):
        VideoConfig(start_on="scan")
    cfg = tmp_path / "c.toml"
    cfg.write_text('[video]\nstop_on = "never"\n')
    with pytest.raises(ConfigError, match="stop_on"):
        load_config(cfg)
    assert VideoConfig().active("sim") and not VideoConfig().active("none")
    assert not VideoConfig(enabled=False).active("cv://0")


def test_offer_keeps_15_of_30_fps_and_drops_rather_than_waits(tmp_path: Path):
    before = set(threading.enumerate())
    recorder = VideoRecorder(RecorderSettings(queue_frames=2), blobs=None, work_dir=tmp_path)  # type: ignore[arg-type]
    gate = threading.Event()
    recorder._take = lambda image, at: gate.wait(5)  # type: ignore[method-assign] # a stuck encoder
    try:
        frame = np.zeros((720, 1280, 3), np.uint8)
        t0 = time.monotonic()
        took = [recorder.offer(frame, t0 + n / 30) for n in range(12)]
        assert took[:2] == [True, False]  # every other frame of a 30 fps camera
        assert recorder.offered == 6
        assert recorder.dropped >= 3  # the queue of 2 was full: dropped, counted
        assert time.monotonic() - t0 < 0.5  # and the camera thread never waited
    finally:
        gate.set()
        recorder.close()
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not any(t.name.startswith("packstation:video") for t in left)  # this recorder's thread ended


