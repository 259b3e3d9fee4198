"""The review video player (offscreen): plays the joined segments, markers from the order's events,
jump to a marker, frame step, clip export."""

from __future__ import annotations

import time
from datetime import timedelta

import av
import pytest

from packstation.domain.events import PhotoTaken, ScanRejected, UnitScanned
from packstation.services.review_video import prepare_review_video
from tests.fixtures.video import FrameFeed, add_order, fresh_station, make_service


@pytest.fixture
def review_video(tmp_path):
    station = fresh_station(tmp_path)
    add_order(station, "VID-1")
    service = make_service(station)
    feed = FrameFeed(service, time.monotonic(), "VID-1", "TRK-1")
    service.start("VID-1", "alice")
    feed.feed(90)  # 6 s in three segments
    segments = service.stop("VID-1")
    service.close()
    t0 = segments[0].started_at
    with station.uow() as uow:
        uow.record(
            UnitScanned(order_id="VID-1", barcode="885001", sku="S", line_no=1, picked=1, quantity=2,
                        occurred_at=t0 + timedelta(seconds=1)),
            ScanRejected(order_id="VID-1", barcode="999", verdict="wrong_item", message="not in order",
                         occurred_at=t0 + timedelta(seconds=2.5)),
            PhotoTaken(order_id="VID-1", photo_id="p1", kind="sealed", sha256="0" * 64,
                       occurred_at=t0 + timedelta(seconds=4)),
            PhotoTaken(order_id="VID-1", photo_id="p0", kind="sealed", sha256="0" * 64,
                       occurred_at=t0 - timedelta(minutes=5)),  # before the video: no marker
        )  # fmt: skip
        uow.commit()
    video = prepare_review_video(station.uow, station.home.blobs, "VID-1", tmp_path / "cache")
    yield video
    station.close()


def test_prepared_video_joins_segments_and_places_the_event_markers(review_video):
    assert review_video is not None
    assert [m.kind for m in review_video.markers] == ["scan", "scan", "photo"]
    assert [round(m.offset_s, 2) for m in review_video.markers] == [1.0, 2.5, 4.0]
    assert "wrong_item" in review_video.markers[1].text
    with av.open(str(review_video.path)) as c:
        assert sum(1 for _ in c.decode(video=0)) == 90


def test_player_loads_jumps_to_markers_steps_frames_and_exports_a_clip(qtbot, review_video, tmp_path):
    from packstation.ui.review.video_player import FRAME_MS, VideoPlayer

    player = VideoPlayer()
    qtbot.addWidget(player)
    player.show()
    player.load(review_video)
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10_000)
    assert player.player.duration() == pytest.approx(6000, abs=150)
    assert player.timeline.markers == review_video.markers and player.export_button.isEnabled()

    player.jump_marker(1)  # from 0: the first scan
    qtbot.waitUntil(lambda: player.player.position() == 1000, timeout=5_000)
    assert "885001" in player.time_label.text()
    player.jump_marker(1)
    qtbot.waitUntil(lambda: player.player.position() == 2500, timeout=5_000)
    player.jump_marker(-1)
    qtbot.waitUntil(lambda: player.player.position() == 1000, timeout=5_000)
    player.step_frames(3)
    qtbot.waitUntil(lambda: player.player.position() == 1000 + 3 * FRAME_MS, timeout=5_000)
    player.step_frames(-1)
    qtbot.waitUntil(lambda: player.player.position() == 1000 + 2 * FRAME_MS, timeout=5_000)

    # A click on the timeline seeks in proportion.
    from PySide6.QtCore import QPoint, Qt

    qtbot.mouseClick(player.timeline, Qt.MouseButton.LeftButton, pos=QPoint(player.timeline.width() // 2, 10))
    qtbot.waitUntil(lambda: abs(player.player.position() - 3000) < 200, timeout=5_000)

    out = tmp_path / "clip.mp4"
    with qtbot.waitSignal(player.clip_exported, timeout=30_000) as blocker:
        thread = player.export_clip(out, 0.5, 2.5)
    thread.join(10)
    assert blocker.args == [str(out)]
    with av.open(str(out)) as c:
        stream = c.streams.video[0]
        frames = sum(1 for _ in c.decode(stream))
    assert 29 <= frames <= 31
    player.player.stop()


def test_player_without_video_says_so(qtbot):
    from packstation.ui.review.video_player import VideoPlayer

    player = VideoPlayer()
    qtbot.addWidget(player)
    player.load(None)
    assert player.status.text() == "No video for this order." and not player.play_button.isEnabled()
