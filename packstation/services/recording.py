"""Packing video per order: the station flow tells `VideoRecordingService` what happens, it records.

Qt-free. The station calls, all cheap and non-blocking except `stop` (which waits for the open
segment to be closed, tens of milliseconds; call it from the station runner, not the GUI thread):

    video.start(order_id, actor, tracking="")   # order taken (or first scan: see `starts_on`)
    video.caption("SCAN 885… OK Blue mug")      # shown for 3 s at the top of the picture
    video.scan(code, verdict, name)             # the same, formatted for an item scan
    video.step("pick")                          # the banner's current step
    video.set_tracking("MY123…")                # once the label has a number
    video.pause(order_id) / video.resume(order_id)   # order held / released
    segments = video.stop(order_id)             # staged / handed over (or after label/photos)

Frames come from the camera's fan-out (`attach(camera_worker)`); each closed segment is linked into
the video hash chain as soon as it is closed; a lost camera or a full disk is reported through
`on_alert` (and `alert()`) within a few seconds and marks the order "video incomplete".
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import select

from packstation.config import VideoConfig
from packstation.domain.events import VideoIncomplete, VideoRecorded
from packstation.domain.users import Actor
from packstation.evidence.blobs import BlobStore
from packstation.evidence.video.chain import append_segment
from packstation.evidence.video.overlay import OverlayText
from packstation.evidence.video.recorder import GB, Gap, RecorderSettings, VideoAlert, VideoRecorder
from packstation.evidence.video.segments import ClosedSegment, EncoderSettings
from packstation.services.order_videos import RecordingView, gap_entry, order_videos, utc_iso
from packstation.store.uow import UnitOfWorkFactory
from packstation.store.video_tables import VideoRecordingRow, VideoSegmentRow

log = logging.getLogger(__name__)

START_TRIGGERS = ("take", "first_scan")
STOP_TRIGGERS = ("staged", "label", "photos")


def recorder_settings(config: VideoConfig) -> RecorderSettings:
    return RecorderSettings(
        encoder=EncoderSettings(config.width, config.height, config.fps, config.bitrate),
        segment_s=config.segment_s,
        preroll_s=config.preroll_s,
        disk_warn_bytes=int(config.disk_warn_gb * GB),
        disk_floor_bytes=int(config.disk_floor_gb * GB),
    )


class VideoRecordingService:
    """Records one order at a time from the station's camera (see the module docstring for the calls)."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        config: VideoConfig,
        station: str,
        blob_root: Path,
        work_dir: Path,
        *,
        camera: str = "",
        tz: tzinfo = UTC,
        on_alert: Callable[[VideoAlert], None] | None = None,
        settings: RecorderSettings | None = None,
    ) -> None:
        self.uow, self.config, self.station, self.camera, self.tz = uow, config, station, camera, tz
        self.blob_root, self.work_dir = Path(blob_root), Path(work_dir)
        self.on_alert = on_alert
        self.enabled = config.active(camera)
        self._lock = threading.Lock()
        self._order = ""
        self._actor = ""
        self._recording_id = ""
        self._alert: VideoAlert | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.recorder: VideoRecorder | None = None
        if self.enabled:
            self.recorder = VideoRecorder(
                settings or recorder_settings(config), BlobStore(self.blob_root), self.work_dir,
                on_segment=self._segment_closed, on_alert=self._alerted, on_gap=self._gap,
            )  # fmt: skip

    # -- wiring -------------------------------------------------------------------------------------
    def attach(self, camera: Any) -> None:
        """Feed the recorder from a CameraWorker's frame fan-out (`subscribe`)."""
        if self.recorder is None:
            return
        recorder = self.recorder
        self._unsubscribe = camera.subscribe(lambda frame: recorder.offer(frame.image, frame.at))

    def offer(self, image: Any, at: float, block: bool = False) -> bool:
        """Give a frame directly (simulations, tests); the camera fan-out does this otherwise."""
        return self.recorder.offer(image, at, block) if self.recorder is not None else False

    def close(self) -> None:
        """Stop any recording and the encoder thread (station shutdown)."""
        if self._order:
            with contextlib.suppress(Exception):
                self.stop(self._order)
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self.recorder is not None:
            self.recorder.close()

    def starts_on(self, trigger: str) -> bool:
        """Does this trigger (`take`, `first_scan`) start the video? (config `video.start_on`)"""
        return self.enabled and self.config.start_on == trigger

    def stops_on(self, trigger: str) -> bool:
        """Does this trigger (`staged`, `label`, `photos`) end the video? Staged/handover always does."""
        return self.enabled and (trigger == "staged" or self.config.stop_on == trigger)

    # -- the station's calls --------------------------------------------------------------------------
    @property
    def order_id(self) -> str:
        """The order being recorded ('' when none)."""
        return self._order

    def start(self, order_id: str, actor: Actor | str, tracking: str = "", step: str = "") -> str:
        """Start recording `order_id` (ends another order's recording first); returns the recording id."""
        if self.recorder is None:
            return ""
        if self._order and self._order != order_id:
            self.stop(self._order)
        if self._order == order_id:
            return self._recording_id
        packer = actor if isinstance(actor, str) else (actor.name or actor.user_id)
        user = actor if isinstance(actor, str) else actor.user_id
        enc = self.recorder.settings.encoder
        rid = ""
        with self.uow() as uow:
            row = VideoRecordingRow(
                id=_new_id(), order_id=order_id, station=self.station, packer=packer, camera=self.camera,
                status="recording", started_at=datetime.now(UTC), width=enc.width, height=enc.height,
                fps=enc.fps, bitrate=enc.bitrate, incomplete=False, gaps=[], frames_dropped=0,
            )  # fmt: skip
            uow.session.add(row)
            uow.commit()
            rid = row.id
        with self._lock:
            self._order, self._actor, self._recording_id, self._alert = order_id, user, rid, None
        text = OverlayText(order_id, tracking, self.station, packer, step, self.tz)
        self.recorder.begin(text, rid)
        return rid

    def caption(self, text: str) -> None:
        if self.recorder is not None and self._order:
            self.recorder.caption(text)

    def scan(self, code: str, verdict: str, name: str = "") -> None:
        """Caption for an item scan: the code, the verdict and the product name."""
        self.caption(f"SCAN {code}   {verdict.upper()}   {name}".rstrip())

    def step(self, name: str) -> None:
        if self.recorder is not None:
            self.recorder.overlay.update(step=name)

    def set_tracking(self, tracking: str) -> None:
        if self.recorder is not None:
            self.recorder.overlay.update(tracking_number=tracking)

    def pause(self, order_id: str) -> None:
        """The order was held: stop encoding until `resume` (the held time is no missing video)."""
        if self.recorder is not None and order_id == self._order:
            self.recorder.pause()
            self._set_status("paused")

    def resume(self, order_id: str) -> None:
        if self.recorder is not None and order_id == self._order:
            self.recorder.resume()
            self._set_status("recording")

    def stop(self, order_id: str) -> list[ClosedSegment]:
        """Close the order's video; returns its segments. Blocks until the last segment is stored."""
        if self.recorder is None or order_id != self._order:
            return []
        segments = self.recorder.end()
        rid = self._recording_id
        with self.uow() as uow:
            row = uow.session.get(VideoRecordingRow, rid)
            if row is not None:
                row.status, row.ended_at = "stopped", datetime.now(UTC)
                row.segment_count = len(segments)
                row.frames_dropped = self.recorder.dropped
                missing = sum(float(g.get("seconds", 0)) for g in row.gaps or [] if g.get("missing", True))
                seconds = sum((s.ended_at - s.started_at).total_seconds() for s in segments)
                uow.record(
                    VideoRecorded(
                        order_id=order_id,
                        station=self.station,
                        user=self._actor,
                        recording_id=rid,
                        segments=len(segments),
                        seconds=round(seconds, 1),
                        incomplete=row.incomplete,
                        missing_s=round(missing, 1),
                    )  # fmt: skip
                )
                uow.commit()
        with self._lock:
            self._order = self._recording_id = ""
        return segments

    def alert(self) -> VideoAlert | None:
        """The last problem of the current recording (camera lost, disk low/full), or None."""
        return self._alert

    def incomplete(self, order_id: str) -> bool:
        """Is any recording of this order flagged "video incomplete"?"""
        with self.uow() as uow:
            return bool(
                uow.session.scalar(
                    select(VideoRecordingRow.id)
                    .where(VideoRecordingRow.order_id == order_id, VideoRecordingRow.incomplete.is_(True))
                    .limit(1)
                )
            )

    def missing_video(self, order_id: str, channel: str) -> str:
        """Why the order may not be staged for want of video ('' when it may): only for the channels
        listed in `video.required_channels`, and only when recording is on at this station."""
        if not self.enabled or channel not in self.config.required_channels:
            return ""
        if self.decisions.verdict(order_id).accepted:
            return ""  # a supervisor accepted the video as it is (services/video_acceptance.py)
        views = self.videos(order_id)
        if not views or not any(v.segments for v in views):
            return f"{channel} orders need a packing video and order {order_id} has none: pack it again on camera."
        if any(v.incomplete for v in views):
            missing = sum(v.missing_s for v in views)
            return (
                f"{channel} orders need a complete packing video; order {order_id} misses {missing:.0f} s: "
                "a supervisor must accept it or it is packed again."
            )
        return ""

    def videos(self, order_id: str) -> list[RecordingView]:
        return order_videos(self.uow, self.blob_root, order_id)

    @property
    def decisions(self) -> Any:
        """Supervisors' acceptances of incomplete or missing video (`VideoDecisions`)."""
        from packstation.services.video_acceptance import VideoDecisions

        return VideoDecisions(self.uow, self.blob_root, self.station)

    def accept_incomplete(self, actor: Actor, order_id: str, reason: str) -> Any:
        """A supervisor accepts the order's gaps (or missing video) with a reason; see `VideoDecisions`."""
        return self.decisions.accept(actor, order_id, reason)

    # -- called on the encoder thread -----------------------------------------------------------------
    def _segment_closed(self, segment: ClosedSegment) -> None:
        with self.uow() as uow:
            row = uow.session.get(VideoRecordingRow, segment.recording_id)
            order_id = row.order_id if row is not None else self._order
            append_segment(uow.session, order_id, self.station, segment)
            uow.commit()

    def _gap(self, recording_id: str, gap: Gap) -> None:
        with self.uow() as uow:
            row = uow.session.get(VideoRecordingRow, recording_id)
            if row is None:
                return
            row.gaps = [*(row.gaps or []), gap_entry(gap)]
            row.incomplete = True
            uow.record(
                VideoIncomplete(
                    order_id=row.order_id,
                    station=self.station,
                    user=self._actor,
                    recording_id=recording_id,
                    reason=gap.reason,
                    gap_from=utc_iso(gap.start),
                    gap_to=utc_iso(gap.end),
                )  # fmt: skip
            )
            uow.commit()

    def _alerted(self, alert: VideoAlert) -> None:
        self._alert = alert
        if alert.kind in ("camera_lost", "disk_full", "write_failed"):
            self._mark_incomplete(alert.recording_id)
        if self.on_alert is not None:
            try:
                self.on_alert(alert)
            except Exception:  # noqa: BLE001 - a listener's fault must not stop the recorder
                log.exception("video: alert listener failed")

    def _mark_incomplete(self, recording_id: str) -> None:
        with contextlib.suppress(Exception), self.uow() as uow:
            row = uow.session.get(VideoRecordingRow, recording_id)
            if row is not None and not row.incomplete:
                row.incomplete = True
                uow.commit()

    def _set_status(self, status: str) -> None:
        with self.uow() as uow:
            row = uow.session.get(VideoRecordingRow, self._recording_id)
            if row is not None:
                row.status = status
                if status == "paused":
                    row.gaps = [*(row.gaps or []), {"from": utc_iso(datetime.now(UTC)), "reason": "order held",
                                                    "missing": False, "seconds": 0.0}]  # fmt: skip
                elif row.gaps and row.gaps[-1].get("reason") == "order held" and "to" not in row.gaps[-1]:
                    last = dict(row.gaps[-1])
                    now = datetime.now(UTC)
                    last["to"] = utc_iso(now)
                    last["seconds"] = round((now - datetime.fromisoformat(last["from"])).total_seconds(), 1)
                    row.gaps = [*row.gaps[:-1], last]
                uow.commit()

    # -- start-up ---------------------------------------------------------------------------------------
    def recover(self) -> list[str]:
        """Close recordings a crash left open: name the seconds lost after the last closed segment.

        The open segment's partial file tells when the station stopped (its last write); it cannot
        be verified, so it is removed. Returns the orders whose video was interrupted.
        """
        orders: list[str] = []
        open_dir = self.work_dir / "open"
        with self.uow() as uow:
            rows = uow.session.scalars(
                select(VideoRecordingRow).where(
                    VideoRecordingRow.station == self.station,
                    VideoRecordingRow.status.in_(("recording", "paused")),
                )
            ).all()
            for row in rows:
                if row.id == self._recording_id:
                    continue
                last_end = uow.session.scalar(
                    select(VideoSegmentRow.ended_at)
                    .where(VideoSegmentRow.recording_id == row.id)
                    .order_by(VideoSegmentRow.number.desc())
                    .limit(1)
                )
                count = uow.session.scalars(
                    select(VideoSegmentRow.number).where(VideoSegmentRow.recording_id == row.id)
                ).all()
                start = last_end or row.started_at
                stopped = start
                for partial in open_dir.glob(f"{row.id}-*.mp4") if open_dir.is_dir() else []:
                    with contextlib.suppress(OSError):
                        stopped = max(stopped, datetime.fromtimestamp(partial.stat().st_mtime, UTC))
                        partial.unlink()
                stopped = max(stopped, start + timedelta(seconds=0.1))
                gap = Gap(start, stopped, "station stopped while recording")
                row.gaps = [*(row.gaps or []), gap_entry(gap)]
                row.status, row.incomplete, row.ended_at = "interrupted", True, stopped
                row.segment_count = len(count)
                uow.record(
                    VideoIncomplete(
                        order_id=row.order_id,
                        station=self.station,
                        recording_id=row.id,
                        reason=gap.reason,
                        gap_from=utc_iso(gap.start),
                        gap_to=utc_iso(gap.end),
                    )  # fmt: skip
                )
                orders.append(row.order_id)
            uow.commit()
        return orders


def _new_id() -> str:
    return str(uuid.uuid4())


class SimulatedFeed:
    """Camera frames for `packstation simulate`: the simulated camera's picture at camera time, fed
    faster than real time (waiting for the encoder rather than dropping), so every simulated order
    gets `seconds` of video without the simulation waiting for a clock."""

    def __init__(self, service: VideoRecordingService, camera: Any, fps: float | None = None) -> None:
        self.service, self.camera = service, camera
        self.fps = fps or service.config.fps
        self.at = time.monotonic()

    def feed(self, seconds: float) -> int:
        """Offer `seconds` of frames; returns how many the recorder took."""
        taken = 0
        self.at = max(self.at, time.monotonic())
        for _ in range(max(1, round(seconds * self.fps))):
            taken += self.service.offer(self.camera.read(), self.at, block=True)
            self.at += 1 / self.fps
        return taken
