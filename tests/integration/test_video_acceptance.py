"""A supervisor accepts an incomplete (camera lost) or missing packing video with a reason: audited in
the timeline, honoured by the channel's video requirement, still honoured after a restart."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from packstation.devices.camera import CameraWorker
from packstation.devices.camera_sim import SimCamera
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.services.video_acceptance import VideoAcceptanceError, VideoDecisions
from packstation.store.tables import EventRow
from packstation.store.video_tables import VideoRecordingRow
from tests.fixtures.video import FPS, FrameFeed, add_order, fresh_station, make_service

SUE = Actor("sue", Role.SUPERVISOR, "Sue")
PAT = Actor("pat", Role.PACKER, "Pat")


def record_with_camera_loss(station) -> None:  # type: ignore[no-untyped-def]
    """VID-1 recorded through a real camera worker that is unplugged for a while: a real gap."""
    alerts: list = []
    service = make_service(station, segment_s=10.0, queue_frames=8, on_alert=alerts.append)
    camera = SimCamera(1280, 720, FPS)
    worker = CameraWorker(camera, stale_after_s=1.0)
    worker.start()
    service.attach(worker)
    try:
        service.start("VID-1", "alice")
        time.sleep(1.0)
        camera.unplug()
        deadline = time.monotonic() + 8.0
        while not any(a.kind == "camera_lost" for a in alerts) and time.monotonic() < deadline:
            time.sleep(0.05)
        camera.unplug(False)
        deadline = time.monotonic() + 8.0
        while not any(a.kind == "camera_back" for a in alerts) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        service.stop("VID-1")
    finally:
        service.close()
        worker.stop()


@pytest.fixture
def station(tmp_path):  # type: ignore[no-untyped-def]
    st = fresh_station(tmp_path)
    add_order(st, "VID-1")
    add_order(st, "VID-2")
    add_order(st, "VID-3")
    yield st
    st.close()


def test_incomplete_video_accepted_with_a_reason_and_honoured_after_restart(station, tmp_path):
    record_with_camera_loss(station)
    service = make_service(station)
    service.config.required_channels = ["tiktok"]
    verdict = service.decisions.verdict("VID-1")
    assert verdict.incomplete and verdict.missing_s > 1.0 and not verdict.accepted
    assert "not accepted" in verdict.text()
    refusal = service.missing_video("VID-1", "tiktok")
    assert "a supervisor must accept it" in refusal

    with pytest.raises(PermissionDenied):
        service.accept_incomplete(PAT, "VID-1", "camera cable loose")
    with pytest.raises(VideoAcceptanceError, match="Say why"):
        service.accept_incomplete(SUE, "VID-1", "   ")
    accepted = service.accept_incomplete(SUE, "VID-1", "camera cable  loose; contents seen on photos")
    assert accepted.accepted and accepted.acceptance.user == "sue"
    assert accepted.acceptance.missing_s == verdict.missing_s
    assert service.missing_video("VID-1", "tiktok") == ""
    with pytest.raises(VideoAcceptanceError, match="already accepted"):
        service.accept_incomplete(SUE, "VID-1", "again")
    with station.uow() as uow:
        (event,) = uow.session.scalars(
            select(EventRow).where(EventRow.order_id == "VID-1", EventRow.type == "VideoShortfallAccepted")
        ).all()
        recordings = [r.id for r in uow.session.scalars(select(VideoRecordingRow))]
    assert event.user == "sue" and event.station == station.name
    assert event.payload["reason"] == "camera cable loose; contents seen on photos"
    assert event.payload["recordings"] == recordings and event.payload["no_video"] is False
    service.close()

    # A restart: a new process reads the decision back from the store.
    station.close()
    again = fresh_station(tmp_path)
    try:
        fresh = make_service(again)
        fresh.config.required_channels = ["tiktok"]
        assert fresh.missing_video("VID-1", "tiktok") == ""
        assert "accepted by sue" in fresh.decisions.verdict("VID-1").text()
        # A longer gap found later is not covered by the decision made on the shorter one.
        with again.uow() as uow:
            rec = uow.session.scalars(select(VideoRecordingRow)).one()
            rec.gaps = [*rec.gaps, {"from": "a", "to": "b", "seconds": 30.0, "reason": "disk full", "missing": True}]
            uow.commit()
        later = fresh.decisions.verdict("VID-1")
        assert not later.accepted and "no longer covers" in later.text()
        assert "misses" in fresh.missing_video("VID-1", "tiktok")
        fresh.close()
    finally:
        again.close()


def test_missing_video_accepted_and_a_complete_one_refused(station):
    service = make_service(station)
    service.config.required_channels = ["tiktok"]
    decisions = VideoDecisions(station.uow, station.home.blobs, station.name)
    assert "has none" in service.missing_video("VID-2", "tiktok")
    accepted = decisions.accept(SUE, "VID-2", "packed during the camera swap")
    assert accepted.no_video and accepted.accepted and accepted.acceptance.no_video
    assert service.missing_video("VID-2", "tiktok") == ""

    feed = FrameFeed(service, time.monotonic(), "VID-3")
    service.start("VID-3", "alice")
    feed.feed(20)
    service.stop("VID-3")
    assert not decisions.verdict("VID-3").short
    with pytest.raises(VideoAcceptanceError, match="complete: nothing to accept"):
        decisions.accept(SUE, "VID-3", "just in case")
    with pytest.raises(VideoAcceptanceError, match="no order"):
        decisions.accept(SUE, "NOPE-9", "typo")
    service.close()


def test_evidence_video_names_the_acceptance(station, capsys):
    import json

    from packstation.cli import main

    VideoDecisions(station.uow, station.home.blobs, station.name).accept(SUE, "VID-2", "camera swapped")
    home = str(station.home.root)
    assert main(["evidence", "video", "VID-2", "--json", "--home", home]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["verdict"]["no_video"] and doc["verdict"]["accepted"]
    assert doc["verdict"]["acceptance"]["user"] == "sue"
    assert main(["evidence", "video", "VID-2", "--home", home]) == 0
    assert "accepted by sue" in capsys.readouterr().out
