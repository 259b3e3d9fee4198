"""Video retention: oldest first, only once the central copy is verified, never evidence in use."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from packstation.domain.orders import OrderStatus
from packstation.evidence.video.verify import verify_video
from packstation.services.video_retention import VideoRetention
from packstation.store.tables import EventRow
from packstation.store.video_tables import VideoPurgeRow
from tests.fixtures.video import FrameFeed, add_order, fresh_station, make_service


def _record(service, order_id: str) -> list:  # type: ignore[no-untyped-def]
    feed = FrameFeed(service, time.monotonic(), order_id)
    service.start(order_id, "alice")
    feed.feed(20)
    return service.stop(order_id)


def test_purge_keeps_disputes_holds_and_unsynced_video_and_records_each_purge(tmp_path):
    station = fresh_station(tmp_path)
    try:
        add_order(station, "OLD-SYNCED")
        add_order(station, "OLD-DISPUTED", flagged="customer says empty box")
        add_order(station, "OLD-HELD", status=OrderStatus.ON_HOLD)
        add_order(station, "OLD-UNSYNCED")
        service = make_service(station)
        segs = {o: _record(service, o) for o in ("OLD-SYNCED", "OLD-DISPUTED", "OLD-HELD")}
        report = station.sync.engine.blobs.upload()  # the real uploader: photos and video segments
        assert {s.sha256 for ss in segs.values() for s in ss} <= set(report.uploaded)
        segs["OLD-UNSYNCED"] = _record(service, "OLD-UNSYNCED")
        service.close()

        later = datetime.now(UTC) + timedelta(days=121)
        result = VideoRetention(
            station.uow, station.name, station.home.blobs, days=120, clock=lambda: later
        ).purge()
        assert result.purged_orders == ["OLD-SYNCED"]
        assert sorted(result.kept_protected) == ["OLD-DISPUTED", "OLD-HELD"]
        assert result.kept_not_synced == ["OLD-UNSYNCED"]
        for order_id, ss in segs.items():
            gone = order_id == "OLD-SYNCED"
            assert all((station.home.blobs / s.key).exists() is not gone for s in ss), order_id
        with station.uow() as uow:
            assert {p.order_id for p in uow.session.scalars(select(VideoPurgeRow))} == {"OLD-SYNCED"}
            (event,) = uow.session.scalars(select(EventRow).where(EventRow.type == "VideoPurged")).all()
            assert event.order_id == "OLD-SYNCED" and event.payload["segments"] == len(segs["OLD-SYNCED"])
            report_v = verify_video(uow.session, station.home.blobs)
        assert report_v.ok and report_v.purged == len(segs["OLD-SYNCED"])  # purged is not missing

        # Nothing is older than 120 days now: nothing more goes, however often purge runs.
        again = VideoRetention(station.uow, station.name, station.home.blobs, days=120).purge()
        assert again.purged_orders == [] and again.segments == 0
    finally:
        station.close()


def test_a_size_cap_purges_the_oldest_synced_orders_until_under_it(tmp_path):
    station = fresh_station(tmp_path)
    try:
        for o in ("A", "B", "C"):
            add_order(station, o)
        service = make_service(station)
        sizes = {o: sum(s.size for s in _record(service, o)) for o in ("A", "B", "C")}
        service.close()
        station.sync.engine.blobs.upload()
        cap_gb = (sizes["B"] + sizes["C"] + 1) / 1e9  # room for two orders
        result = VideoRetention(
            station.uow, station.name, station.home.blobs, days=120, max_gb=cap_gb
        ).purge()
        assert result.purged_orders == ["A"] and result.bytes == sizes["A"]
    finally:
        station.close()


def test_purge_video_command_dry_run_then_purge(tmp_path, capsys):
    from packstation.config import load_config, save_config
    from tests.integration.test_video_recording import run_cli

    station = fresh_station(tmp_path)
    home = station.home
    try:
        add_order(station, "A")
        service = make_service(station)
        segs = _record(service, "A")
        service.close()
        station.sync.engine.blobs.upload()
    finally:
        station.close()
    # The feed runs ahead of the clock: wait until the video has ended, so that it is in the past.
    time.sleep(max(0.0, (segs[-1].ended_at - datetime.now(UTC)).total_seconds()) + 0.1)
    config = load_config(home.config_file)
    config.video.retention_days = 0.0  # everything is old enough
    save_config(config, home.config_file)
    assert run_cli("evidence", "purge-video", "--dry-run", "--home", str(home.root)) == 0
    assert f"would purge {len(segs)} segments" in capsys.readouterr().out
    assert all((home.blobs / s.key).exists() for s in segs)
    assert run_cli("evidence", "purge-video", "--home", str(home.root)) == 0
    assert f"purged {len(segs)} segments" in capsys.readouterr().out
    assert not any((home.blobs / s.key).exists() for s in segs)
