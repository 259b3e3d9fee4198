"""Packing video on a real station home: record, decode back with PyAV, check overlay, chain and CLI."""

from __future__ import annotations

import argparse
import json
import time
from datetime import timedelta

import numpy as np
import pytest
from sqlalchemy import delete, select

from packstation.cli import evidence as evidence_cli
from packstation.cli import home_parent
from packstation.devices.camera import CameraWorker
from packstation.devices.camera_sim import SimCamera
from packstation.evidence.blobs import sha256_file
from packstation.evidence.video.overlay import (
    OverlayText,
    banner_height,
    caption_height,
    render_banner_luma,
    render_caption_luma,
)
from packstation.evidence.video.verify import verify_video
from packstation.store.video_tables import VideoRecordingRow, VideoSegmentRow
from tests.fixtures.video import FPS, FrameFeed, add_order, decode, fresh_station, make_service


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="packstation")
    evidence_cli.register(parser.add_subparsers(dest="command"), home_parent())
    args = parser.parse_args(list(argv))
    return int(args.func(args) or 0)


@pytest.fixture
def station(tmp_path):
    st = fresh_station(tmp_path)
    add_order(st, "VID-1")
    yield st
    st.close()


def record(station, preroll: int = 20, frames: int = 60):  # type: ignore[no-untyped-def]
    """Record VID-1: `preroll` frames before start, `frames` after, at 15 fps camera time."""
    service = make_service(station)
    feed = FrameFeed(service, time.monotonic() - preroll / FPS, "VID-1", "TRK-555")
    feed.feed(preroll)
    time.sleep(0.3)  # the encoder thread puts them in the pre-roll ring
    service.start("VID-1", "alice", step="pick")
    feed.feed(frames)
    segments = service.stop("VID-1")
    return service, segments


def test_recording_decodes_back_with_the_frames_the_duration_and_the_size(station):
    service, segments = record(station)
    try:
        assert [s.number for s in segments] == [0, 1, 2]
        total = 0
        for seg in segments:
            path = station.home.blobs / seg.key
            assert sha256_file(path) == seg.sha256
            got = decode(path)
            assert (got.width, got.height) == (1280, 720)
            assert got.frames == seg.frames
            assert got.duration_s == pytest.approx(seg.frames / FPS, abs=0.15)
            assert (seg.ended_at - seg.started_at).total_seconds() == pytest.approx(seg.frames / FPS, abs=0.1)
            total += got.frames
        assert total == 80  # 20 frames of pre-roll + 60 recorded, none dropped
        assert [s.frames for s in segments] == [30, 30, 20]  # 2 s segments at 15 fps
        with station.uow() as uow:
            rows = uow.session.scalars(select(VideoSegmentRow).order_by(VideoSegmentRow.seq)).all()
            assert [(r.number, r.sha256) for r in rows] == [(s.number, s.sha256) for s in segments]
            assert rows[0].prev_hash == "0" * 64 and rows[1].prev_hash == rows[0].record_hash
            rec = uow.session.get(VideoRecordingRow, segments[0].recording_id)
            assert rec.status == "stopped" and rec.segment_count == 3 and not rec.incomplete
            assert verify_video(uow.session, station.home.blobs).ok
    finally:
        service.close()


def test_overlay_names_order_tracking_step_and_time_in_the_bottom_band(station):
    service, segments = record(station, preroll=0, frames=30)
    service.close()
    seg = segments[0]
    got = decode(station.home.blobs / seg.key, keep={20})
    luma = got.lumas[0].astype(np.int16)
    band = banner_height(720)
    at = seg.started_at + timedelta(seconds=got.times[20])
    text = OverlayText("VID-1", "", station.name, "alice", "pick")
    candidates = [render_banner_luma(text, at + timedelta(seconds=d), 1280, 720) for d in (-1, 0, 1)]
    diff = min(np.abs(luma[720 - band :] - c.astype(np.int16)).mean() for c in candidates)
    other = render_banner_luma(OverlayText("VID-2", "TRK-9", "other", "bob", "label"), at, 1280, 720)
    wrong = np.abs(luma[720 - band :] - other.astype(np.int16)).mean()
    assert diff < 3.0, diff  # the decoded band is the banner that was burned in
    assert wrong > diff * 2  # and another order's banner does not match it
    assert (luma[720 - band :] > 180).mean() > 0.02  # white text on the dark band
    assert np.abs(luma[: 720 - band - 8, 100:1180] - 30).mean() > 20  # the parcel shows above it


def test_scan_caption_and_tracking_number_appear_in_the_picture(station):
    service = make_service(station)
    base = time.monotonic()
    feed = FrameFeed(service, base, "VID-1", "TRK-555")
    service.start("VID-1", "alice", step="pick")
    service.recorder.overlay.show_caption(
        "SCAN 8851234 OK Blue mug", base + 1.0
    )  # what scan() does, at t=1 s
    service.set_tracking("TRK-555")
    feed.feed(75)  # 5 s: the caption shows from 1 s to 4 s
    segments = service.stop("VID-1")
    service.close()
    strip = render_caption_luma("SCAN 8851234 OK Blue mug", 1280, 720).astype(np.int16)
    h = caption_height(720)
    seg0 = decode(station.home.blobs / segments[0].key, keep={5, 20})
    before, during = (luma.astype(np.int16) for luma in seg0.lumas)
    assert np.abs(during[:h] - strip).mean() < 3.0
    assert np.abs(before[:h] - strip).mean() > 10.0
    seg2 = decode(station.home.blobs / segments[2].key, keep={10})  # t = 4.67 s: caption gone
    assert np.abs(seg2.lumas[0].astype(np.int16)[:h] - strip).mean() > 10.0
    band = banner_height(720)
    text = OverlayText("VID-1", "TRK-555", station.name, "alice", "pick")
    at = segments[2].started_at + timedelta(seconds=seg2.times[10])
    expected = [render_banner_luma(text, at + timedelta(seconds=d), 1280, 720) for d in (-1, 0, 1)]
    luma = seg2.lumas[0].astype(np.int16)[720 - band :]
    assert min(np.abs(luma - e.astype(np.int16)).mean() for e in expected) < 3.0


def test_verify_names_a_flipped_byte_a_removed_file_and_a_removed_segment(station, capsys):
    service, segments = record(station)
    service.close()
    home = str(station.home.root)
    assert run_cli("evidence", "verify", "--home", home) == 0
    assert "OK: 3 video segments of 1 recordings verified" in capsys.readouterr().out
    path = station.home.blobs / segments[1].key
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    (station.home.blobs / segments[2].key).unlink()
    assert run_cli("evidence", "verify", "--home", home, "--json") == 1
    doc = json.loads(capsys.readouterr().out)
    problems = {(f["number"], f["problem"]) for f in doc["video"]["findings"]}
    assert problems == {(1, "changed"), (2, "missing")}
    assert doc["ok"] is False
    with station.uow() as uow:
        uow.session.execute(delete(VideoSegmentRow).where(VideoSegmentRow.number == 0))
        uow.commit()
    assert run_cli("evidence", "verify", "--home", home, "--json") == 1
    problems = {(f["number"], f["problem"]) for f in json.loads(capsys.readouterr().out)["video"]["findings"]}
    assert (0, "segment_missing") in problems and (1, "chain_broken") in problems


def test_evidence_video_lists_the_segments_of_an_order(station, capsys):
    service, segments = record(station)
    service.close()
    assert run_cli("evidence", "video", "VID-1", "--home", str(station.home.root), "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    (rec,) = doc["recordings"]
    assert [s["sha256"] for s in rec["segments"]] == [s.sha256 for s in segments]
    assert rec["segments"][0]["file"].endswith(segments[0].key)
    assert rec["seconds"] == pytest.approx(80 / FPS, abs=0.2) and rec["missing_seconds"] == 0
    assert run_cli("evidence", "video", "VID-1", "--home", str(station.home.root)) == 0
    assert "3 segments" in capsys.readouterr().out
    with pytest.raises(Exception, match="no such order: NOPE"):
        run_cli("evidence", "video", "NOPE", "--home", str(station.home.root))


def test_held_order_pauses_the_video_and_numbering_goes_on(station):
    service = make_service(station)
    feed = FrameFeed(service, time.monotonic(), "VID-1")
    service.start("VID-1", "alice")
    feed.feed(20)
    service.pause("VID-1")
    time.sleep(0.3)
    feed.feed(30)  # while held: kept in the ring only
    service.resume("VID-1")
    feed.feed(10)
    segments = service.stop("VID-1")
    service.close()
    assert [s.number for s in segments] == [0, 1]
    assert sum(s.frames for s in segments) == 30
    (rec,) = service.videos("VID-1")
    assert not rec.incomplete and rec.missing_s == 0
    assert any(g["reason"] == "order held" and not g["missing"] for g in rec.gaps)


def test_camera_lost_is_reported_within_5_s_and_marks_the_video_incomplete(station):
    alerts: list = []
    service = make_service(station, segment_s=10.0, queue_frames=8, on_alert=alerts.append)
    camera = SimCamera(1280, 720, 15.0)
    worker = CameraWorker(camera, stale_after_s=1.0)
    worker.start()
    service.attach(worker)
    try:
        service.start("VID-1", "alice")
        time.sleep(1.5)
        camera.unplug()
        lost_at = time.monotonic()
        deadline = lost_at + 5.0
        while not any(a.kind == "camera_lost" for a in alerts) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert any(a.kind == "camera_lost" for a in alerts), "packer not told within 5 s"
        assert time.monotonic() - lost_at < 5.0
        assert service.alert().kind == "camera_lost"
        assert service.incomplete("VID-1")
        camera.unplug(False)
        deadline = time.monotonic() + 8.0
        while not any(a.kind == "camera_back" for a in alerts) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        segments = service.stop("VID-1")
    finally:
        service.close()
        worker.stop()
    assert len(segments) == 2  # closed when the camera went, a new one when it came back
    (rec,) = service.videos("VID-1")
    (gap,) = [g for g in rec.gaps if g["missing"]]
    assert gap["reason"] == "camera lost" and 1.5 < gap["seconds"] < 12
    with station.uow() as uow:
        assert verify_video(uow.session, station.home.blobs).ok


def test_disk_floor_stops_recording_with_a_message_and_warns_first(station):
    alerts: list = []
    huge = 10**18
    service = make_service(station, disk_warn_bytes=huge, on_alert=alerts.append)
    feed = FrameFeed(service, time.monotonic(), "VID-1")
    service.start("VID-1", "alice")
    feed.feed(10)
    segments = service.stop("VID-1")
    assert [a.kind for a in alerts] == ["disk_low"] and len(segments) == 1
    add_order(station, "VID-2")
    service.recorder.settings = service.recorder.settings.__class__(
        **{**service.recorder.settings.__dict__, "disk_floor_bytes": huge}
    )
    service.start("VID-2", "alice")
    feed.feed(10)
    assert service.stop("VID-2") == []
    service.close()
    assert alerts[-1].kind == "disk_full" and "video recording stopped" in alerts[-1].message
    assert service.incomplete("VID-2")


def test_simulated_feed_records_every_order_of_a_headless_run(tmp_path):
    from packstation.devices.camera_sim import SimCamera
    from packstation.services.recording import SimulatedFeed

    st = fresh_station(tmp_path, "sim")
    try:
        service = make_service(st, queue_frames=4)  # a small queue: the feed waits, it does not drop
        feed = SimulatedFeed(service, SimCamera(1280, 720, 1000.0))
        for n in range(3):
            order_id = f"SIM-{n}"
            add_order(st, order_id)
            feed.camera.set_scene(order_id, f"TRK-{n}")
            service.start(order_id, "sim")
            assert feed.feed(2.5) == 38
            assert [s.frames for s in service.stop(order_id)] == [30, 8]
        service.close()
        assert service.recorder.dropped == 0
        with st.uow() as uow:
            report = verify_video(uow.session, st.home.blobs)
        assert report.ok and report.recordings_checked == 3 and report.segments_checked == 6
    finally:
        st.close()


def test_a_channel_that_requires_video_names_what_is_missing(station):
    service = make_service(station)
    service.config.required_channels = ["tiktok"]
    assert "has none" in service.missing_video("VID-1", "tiktok")
    assert service.missing_video("VID-1", "generic") == ""
    feed = FrameFeed(service, time.monotonic(), "VID-1")
    service.start("VID-1", "alice")
    feed.feed(20)
    service.stop("VID-1")
    assert service.missing_video("VID-1", "tiktok") == ""
    with station.uow() as uow:
        rec = uow.session.scalars(select(VideoRecordingRow)).one()
        rec.incomplete, rec.gaps = (
            True,
            [{"from": "x", "to": "y", "seconds": 7.0, "reason": "camera lost", "missing": True}],
        )
        uow.commit()
    assert "misses 7 s" in service.missing_video("VID-1", "tiktok")
    service.close()
