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

    def offer(self, frame: CameraFrame) -> None:
        with self._lock:
            if self._pending:
                self.dropped += 1
            self._latest = frame
            if self._pending:
                return
            self._pending = True
        self.frame_ready.emit()  # queued to the GUI thread: the relay lives there

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

    def _show_latest(self) -> None:
        frame = self.relay.take()
        if frame is None or not self.isVisible():
            return
        image = frame.image
        height, width = image.shape[:2]
        scale = min(self.width() / width, self.height() / height, 1.0)
        if scale < 1.0:
            image = cv2.resize(
                image, (max(1, int(width * scale)), max(1, int(height * scale))), cv2.INTER_AREA
            )
        rgb = cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
        qimage = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888)
        self.setPixmap(QPixmap.fromImage(qimage))  # fromImage copies: rgb may go away after this
        self.shown += 1
        self.last_seq = frame.seq
        self._times = [*self._times[-60:], time.monotonic()]
