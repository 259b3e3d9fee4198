"""Live camera preview: frames cross from the camera thread by a queued signal; stale ones are dropped.

The camera thread only stores its newest frame and signals when none is waiting; the GUI takes the
newest when it gets round to it, so a slow repaint skips frames instead of queueing them up.
"""

from __future__ import annotations

import threading
import time

import cv2
from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

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


class CameraView(QWidget):
    """Paints the newest camera frame scaled to fit; counts what it showed for the fps readout.

    It paints the frame itself rather than holding it as a QLabel pixmap: a new pixmap asks the
    window to lay itself out again, 30 times a second, where a repaint of this rectangle is all a
    frame needs."""

    def __init__(self, relay: FrameRelay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relay = relay
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # every pixel is painted below
        self.waiting = "waiting for the camera …"
        self.shown = 0
        self.last_seq = 0
        self._image: QImage | None = None
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

    def pixmap(self) -> QPixmap | None:
        """The frame on screen (None before the first one)."""
        return QPixmap.fromImage(self._image) if self._image is not None else None

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self.relay.fit(self.width(), self.height())
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111111"))
        image = self._image
        if image is None:
            painter.setPen(QColor("#dddddd"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.waiting)
        else:
            size = image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x, y = (self.width() - size.width()) // 2, (self.height() - size.height()) // 2
            painter.drawImage(QRect(x, y, size.width(), size.height()), image)
        painter.end()

    def _show_latest(self) -> None:
        frame = self.relay.take()
        if frame is None or not self.isVisible():
            return
        rgb = frame.image  # already scaled and RGB (the relay prepared it on the camera thread)
        image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888)
        self._image = image.copy()  # the frame's buffer may go away after this
        self.update()
        self.shown += 1
        self.last_seq = frame.seq
        self._times = [*self._times[-60:], time.monotonic()]
