"""Live camera preview: frames cross from the camera thread by a queued signal; stale ones are dropped.

The camera thread only stores its newest frame and signals when none is waiting; the GUI takes the
newest when it gets round to it, so a slow repaint skips frames instead of queueing them up.
"""

from __future__ import annotations

import threading
import time

import cv2
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from packstation.devices.camera import CameraFrame


class FrameRelay(QObject):
    """Hands camera frames to the GUI thread, newest only; `offer` is safe to call from any thread."""

    frame_ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest: CameraFrame | None = None
        self._pending = False
        self.dropped = 0
        self._size = (640, 360)

    def offer(self, frame: CameraFrame) -> None:
        # Scaled to the preview and turned to RGB here, on the camera's thread: the GUI thread only wraps it.
        frame = self._prepared(frame)
        with self._lock:
            if self._pending:
                self.dropped += 1
            self._latest = frame
            if self._pending:
                return
            self._pending = True
        self.frame_ready.emit()  # queued to the GUI thread: the relay lives there

    def fit(self, width: int, height: int) -> None:
        """The preview's size in pixels (from the GUI thread, when it changes)."""
        self._size = (max(1, width), max(1, height))

    def _prepared(self, frame: CameraFrame) -> CameraFrame:
        image = frame.image
        height, width = image.shape[:2]
        box_w, box_h = self._size
        scale = min(box_w / width, box_h / height, 1.0)
        if scale < 1.0:
            image = cv2.resize(image, (max(1, int(width * scale)), max(1, int(height * scale))), cv2.INTER_LINEAR)
        return CameraFrame(cv2.cvtColor(image, cv2.COLOR_BGR2RGB), frame.seq, frame.at)

    def take(self) -> CameraFrame | None:
        with self._lock:
            frame, self._latest, self._pending = self._latest, None, False
            return frame


class CameraView(QLabel):
    """Shows the newest camera frame scaled to fit; counts what it showed for the fps readout."""

    def __init__(self, relay: FrameRelay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relay = relay
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("background: #111; color: #ddd;")
        self.setText("waiting for the camera …")
        self.shown = 0
        self.last_seq = 0
        self._times: list[float] = []
        relay.frame_ready.connect(self._show_latest)
        self._show_latest()  # a frame offered before this connection would otherwise block the relay

    def fps(self) -> float:
        """Frames shown per second over the last two seconds."""
        now = time.monotonic()
        recent = [t for t in self._times if now - t <= 2.0]
        if len(recent) < 2:
            return 0.0
        return (len(recent) - 1) / max(1e-6, recent[-1] - recent[0])

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self.relay.fit(self.width(), self.height())
        super().resizeEvent(event)

    def _show_latest(self) -> None:
        frame = self.relay.take()
        if frame is None or not self.isVisible():
            return
        rgb = frame.image  # already scaled and RGB (the relay prepared it on the camera thread)
        qimage = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888)
        self.setPixmap(QPixmap.fromImage(qimage))  # fromImage copies: rgb may go away after this
        self.shown += 1
        self.last_seq = frame.seq
        self._times = [*self._times[-60:], time.monotonic()]
