"""SIGKILL a station while it records: every closed segment stays intact and verified, the lost
seconds are named on the order."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from packstation.bootstrap import open_station
from packstation.evidence.video.verify import verify_video
from packstation.store.video_tables import VideoRecordingRow, VideoSegmentRow
from tests.fixtures.video import add_order, decode, make_service
from tests.integration.test_video_recording import run_cli

ROOT = Path(__file__).resolve().parents[2]


def test_sigkill_mid_recording_keeps_closed_segments_and_names_the_missing_seconds(tmp_path, capsys):
    home = tmp_path / "home"
    station = open_station(home)
    add_order(station, "VID-CRASH")
    station.close()
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.fixtures.video_crash_child", str(home)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    station = open_station(home)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "recording"
        deadline = time.monotonic() + 60
        closed = 0
        while closed < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
            with station.uow() as uow:
                closed = uow.session.scalar(select(func.count()).select_from(VideoSegmentRow)) or 0
        assert closed >= 3, "child closed no segments"
        time.sleep(0.5)  # half-way through the next segment
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        partials = list((home / "video" / "open").glob("*.mp4"))
        assert partials, "the open segment was being written when the station died"

        with station.uow() as uow:
            report = verify_video(uow.session, station.home.blobs)
            segs = uow.session.scalars(select(VideoSegmentRow).order_by(VideoSegmentRow.number)).all()
        assert report.ok, report.findings
        for seg in segs:  # every closed segment decodes whole
            got = decode(station.home.blobs / seg.blob_key)
            assert got.frames == seg.frames and got.width == 1280

        service = make_service(station)
        assert service.recover() == ["VID-CRASH"]
        service.close()
        assert not list((home / "video" / "open").glob("*.mp4"))
        with station.uow() as uow:
            rec = uow.session.scalars(select(VideoRecordingRow)).one()
            assert rec.status == "interrupted" and rec.incomplete and rec.segment_count == len(segs)
            assert verify_video(uow.session, station.home.blobs).ok
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        station.close()
    assert run_cli("evidence", "video", "VID-CRASH", "--home", str(home), "--json") == 0
    (rec_doc,) = json.loads(capsys.readouterr().out)["recordings"]
    (gap,) = [g for g in rec_doc["gaps"] if g["missing"]]
    assert gap["from"] == rec_doc["segments"][-1]["ended_at"]
    assert gap["reason"] == "station stopped while recording"
    assert 0.05 <= gap["seconds"] <= 3.0  # from the last closed segment to the last write of the open one
    assert rec_doc["missing_seconds"] == gap["seconds"]
