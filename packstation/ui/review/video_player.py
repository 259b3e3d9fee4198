"""Review playback of an order's packing video: the events as markers on the timeline, jump to a
marker, step frame by frame, export a clip.

The widget shows a `ReviewVideo` (prepared off the GUI thread by `services.review_video`); the clip
export runs on a plain worker thread and reports back through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QRectF, QUrl, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from packstation.services.review_video import ReviewVideo, VideoMarker, export_review_clip
from packstation.ui.i18n import shown

log = logging.getLogger(__name__)

FRAME_MS = round(1000 / 15)
MARKER_COLOURS = {
    "scan": "#2e7d32",
    "weight": "#1565c0",
    "label": "#6a1b9a",
    "photo": "#ef6c00",
    "hold": "#c62828",
}
CLIP_AROUND_S = 5.0
CLIP_LIMIT_BYTES = 30_000_000


class MarkerTimeline(QWidget):
    """A bar for the video's length, a tick per event, the play head; click to seek."""

    seek_requested = Signal(int)  # milliseconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(28)
        self.duration_ms = 0
        self.position_ms = 0
        self.markers: list[VideoMarker] = []
        self.gaps: list[tuple[float, float]] = []

    def set_video(
        self, duration_ms: int, markers: list[VideoMarker], gaps: list[tuple[float, float]]
    ) -> None:
        self.duration_ms, self.markers, self.gaps = max(1, duration_ms), markers, gaps
        self.update()

    def set_position(self, ms: int) -> None:
        self.position_ms = ms
        self.update()

    def x_of(self, ms: float) -> float:
        return 4 + (self.width() - 8) * min(1.0, max(0.0, ms / max(1, self.duration_ms)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        h = self.height()
        p.fillRect(QRectF(4, h / 2 - 3, self.width() - 8, 6), QColor("#9e9e9e"))
        for start_s, end_s in self.gaps:  # missing video in red
            x0, x1 = self.x_of(start_s * 1000), self.x_of(end_s * 1000)
            p.fillRect(QRectF(x0, h / 2 - 5, max(2.0, x1 - x0), 10), QColor("#e53935"))
        for marker in self.markers:
            p.fillRect(
                QRectF(self.x_of(marker.offset_s * 1000) - 1, 2, 3, h - 4),
                QColor(MARKER_COLOURS.get(marker.kind, "#000")),
            )
        x = self.x_of(self.position_ms)
        p.fillRect(QRectF(x - 1, 0, 2, h), QColor("#000000"))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        share = (event.position().x() - 4) / max(1, self.width() - 8)
        self.seek_requested.emit(round(min(1.0, max(0.0, share)) * self.duration_ms))


class VideoPlayer(QWidget):
    """Plays one order's video; markers to jump to, frame step, clip export."""

    clip_exported = Signal(str)
    clip_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.video: ReviewVideo | None = None
        self.player = QMediaPlayer(self)
        self.view = QVideoWidget()
        self.view.setMinimumSize(320, 180)
        self.player.setVideoOutput(self.view)
        self.timeline = MarkerTimeline()
        self.status = QLabel(self.tr("No video for this order."))
        self.status.setWordWrap(True)
        self.play_button = QPushButton(self.tr("Play"))
        self.back_frame = QPushButton(self.tr("◀ frame"))
        self.next_frame = QPushButton(self.tr("frame ▶"))
        self.prev_marker = QPushButton(self.tr("◀◀ event"))
        self.next_marker = QPushButton(self.tr("event ▶▶"))
        self.export_button = QPushButton(self.tr("Export clip…"))
        self.time_label = QLabel("")
        controls = QHBoxLayout()
        for w in (self.play_button, self.prev_marker, self.back_frame, self.next_frame, self.next_marker):
            controls.addWidget(w)
        controls.addWidget(self.time_label, 1)
        controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.timeline)
        layout.addLayout(controls)
        self.play_button.clicked.connect(self.toggle_play)
        self.back_frame.clicked.connect(lambda: self.step_frames(-1))
        self.next_frame.clicked.connect(lambda: self.step_frames(1))
        self.prev_marker.clicked.connect(lambda: self.jump_marker(-1))
        self.next_marker.clicked.connect(lambda: self.jump_marker(1))
        self.export_button.clicked.connect(self._ask_export)
        self.timeline.seek_requested.connect(self.seek)
        self.player.positionChanged.connect(self._position_changed)
        self.player.durationChanged.connect(lambda _ms: self._refresh_timeline())
        self._set_enabled(False)

    # -- loading ------------------------------------------------------------------------------------
    def load(self, video: ReviewVideo | None) -> None:
        self.player.stop()
        self.video = video
        if video is None:
            self.player.setSource(QUrl())
            self.status.setText(self.tr("No video for this order."))
            self._set_enabled(False)
            self.timeline.set_video(1, [], [])
            return
        self.player.setSource(QUrl.fromLocalFile(str(video.path)))
        missing = sum(float(g.get("seconds", 0)) for g in video.gaps)
        text = self.tr("Packing video {start}Z, {seconds} s, %n event(s)", "", len(video.markers)).format(
            start=f"{video.started_at:%Y-%m-%d %H:%M:%S}", seconds=f"{video.duration_s:.0f}"
        )
        if video.incomplete:
            text += " — " + self.tr("VIDEO INCOMPLETE ({seconds} s missing)").format(seconds=f"{missing:.0f}")
        self.status.setText(text)
        self._set_enabled(True)
        self._refresh_timeline()

    def _refresh_timeline(self) -> None:
        if self.video is None:
            return
        duration = self.player.duration() or round(self.video.duration_s * 1000)
        gaps = []
        for g in self.video.gaps:
            try:
                start = (_parse(g["from"]) - self.video.started_at).total_seconds()
                end = (_parse(g.get("to", g["from"])) - self.video.started_at).total_seconds()
            except (KeyError, ValueError):
                continue
            gaps.append((start, end))
        self.timeline.set_video(duration, self.video.markers, gaps)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.play_button, self.back_frame, self.next_frame, self.prev_marker, self.next_marker,
                  self.export_button):  # fmt: skip
            w.setEnabled(on)

    # -- playback -----------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            self.play_button.setText(self.tr("Play"))
        else:
            self.player.play()
            self.play_button.setText(self.tr("Pause"))

    def seek(self, ms: int) -> None:
        self.player.setPosition(max(0, ms))

    def step_frames(self, frames: int) -> None:
        """Pause and move by whole frames (15 fps)."""
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.toggle_play()
        self.seek(self.player.position() + frames * FRAME_MS)

    def marker_index_after(self, ms: int, direction: int) -> int | None:
        if self.video is None or not self.video.markers:
            return None
        offsets = [round(m.offset_s * 1000) for m in self.video.markers]
        if direction > 0:
            return next((i for i, o in enumerate(offsets) if o > ms + 1), None)
        return next((i for i in range(len(offsets) - 1, -1, -1) if offsets[i] < ms - 1), None)

    def jump_marker(self, direction: int) -> None:
        index = self.marker_index_after(self.player.position(), direction)
        if index is not None:
            self.jump_to(index)

    def jump_to(self, index: int) -> None:
        assert self.video is not None
        marker = self.video.markers[index]
        self.seek(round(marker.offset_s * 1000))
        self.time_label.setText(
            self.tr("{event} at {time}Z").format(event=shown(marker.text), time=f"{marker.at:%H:%M:%S}")
        )

    def _position_changed(self, ms: int) -> None:
        self.timeline.set_position(ms)
        if self.video is not None:
            self.time_label.setText(f"{self.video.at(ms / 1000):%H:%M:%S}Z  ({ms / 1000:.2f} s)")

    # -- clip export ----------------------------------------------------------------------------------
    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export clip"), "clip.mp4", self.tr("MP4 video (*.mp4)")
        )
        if path:
            here = self.player.position() / 1000
            self.export_clip(Path(path), here - CLIP_AROUND_S, here + CLIP_AROUND_S)

    def export_clip(
        self, out: Path, start_s: float, end_s: float, limit_bytes: int = CLIP_LIMIT_BYTES
    ) -> threading.Thread:
        """Write the clip between two offsets on a worker thread; `clip_exported(path)` when done."""
        video = self.video
        if video is None:
            raise ValueError("no video loaded")

        def work() -> None:
            try:
                clip = export_review_clip(video, out, start_s, end_s, limit_bytes)
            except Exception as exc:  # noqa: BLE001 - told to the supervisor, never a crash
                log.warning("clip of %s not exported", out, exc_info=exc)
                self.clip_failed.emit(self.tr("Clip not exported (the log has the details)."))
                return
            self.clip_exported.emit(str(clip.path))

        thread = threading.Thread(target=work, name="clip-export", daemon=True)
        thread.start()
        return thread


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
