"""Evidence packs carry the order's video: one clip (joined, or re-encoded to fit a limit), hashes in the manifest."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from datetime import timedelta

import av
import pytest

from packstation.evidence.export import export_pack
from tests.fixtures.video import FPS, FrameFeed, add_order, fresh_station, make_service


@pytest.fixture
def recorded(tmp_path):
    station = fresh_station(tmp_path)
    add_order(station, "VID-1")
    service = make_service(station)
    feed = FrameFeed(service, time.monotonic(), "VID-1", "TRK-1")
    service.start("VID-1", "alice")
    feed.feed(75)  # 5 s in three segments
    segments = service.stop("VID-1")
    service.close()
    yield station, segments
    station.close()


def _pack(station, tmp_path, **kw):  # type: ignore[no-untyped-def]
    result = export_pack(station, ["VID-1"], tmp_path / "out", **kw)
    _pdf, zip_path = result.packs["VID-1"]
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read(next(n for n in names if n.endswith("manifest.json"))))
        sums = zf.read(next(n for n in names if n.endswith("SHA256SUMS"))).decode()
        clip = next((zf.read(n) for n in names if n.endswith("video/packing.mp4")), None)
    return result, manifest, sums, clip


def _decode(data: bytes, tmp_path) -> tuple[int, int, float]:  # type: ignore[no-untyped-def]
    path = tmp_path / "clip.mp4"
    path.write_bytes(data)
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        frames = sum(1 for _ in c.decode(stream))
        return frames, stream.codec_context.width, float(stream.duration * stream.time_base)


def test_pack_holds_the_whole_video_and_every_segment_hash(recorded, tmp_path):
    station, segments = recorded
    result, manifest, sums, clip = _pack(station, tmp_path)
    assert result.ok and clip is not None
    video = manifest["video"]
    assert [s["sha256"] for s in video["segments"]] == [s.sha256 for s in segments]
    assert video["verification"]["ok"] and video["clip"]["reencoded"] is False
    assert video["clip"]["sha256"] == hashlib.sha256(clip).hexdigest()
    assert f"{video['clip']['sha256']}  video/packing.mp4" in sums
    frames, width, seconds = _decode(clip, tmp_path)
    assert frames == 75 and width == 1280 and seconds == pytest.approx(75 / FPS, abs=0.2)


def test_a_video_over_the_limit_is_re_encoded_to_fit(recorded, tmp_path):
    station, segments = recorded
    limit = 150_000  # far below the ~600 kB recorded
    assert sum(s.size for s in segments) > limit
    _result, manifest, _sums, clip = _pack(station, tmp_path, video_limit_bytes=limit)
    assert clip is not None and len(clip) <= limit
    assert manifest["video"]["clip"]["reencoded"] is True
    frames, width, _ = _decode(clip, tmp_path)
    assert frames == 75 and width == 854  # a low rate gets a smaller picture


def test_a_window_trims_the_clip_around_the_chosen_events(recorded, tmp_path):
    station, segments = recorded
    start = segments[0].started_at + timedelta(seconds=1)
    _result, manifest, _sums, clip = _pack(
        station, tmp_path, video_window=(start, start + timedelta(seconds=2))
    )
    assert clip is not None
    frames, _width, seconds = _decode(clip, tmp_path)
    assert 29 <= frames <= 31 and seconds == pytest.approx(2.0, abs=0.2)
    assert manifest["video"]["clip"]["seconds"] == pytest.approx(2.0, abs=0.1)
    assert len(manifest["video"]["segments"]) == 3  # the manifest still names every segment


def test_a_changed_segment_fails_the_pack(recorded, tmp_path):
    station, segments = recorded
    path = station.home.blobs / segments[0].key
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF
    path.write_bytes(bytes(data))
    result, manifest, _sums, _clip = _pack(station, tmp_path)
    assert result.failed_orders == ["VID-1"]
    assert manifest["video"]["verification"]["findings"][0]["problem"] == "changed"
