"""A signature pad: the courier signs with the mouse, a finger or a pen; the strokes are kept as a PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PAD_SIZE = (600, 200)


class SignaturePad(QWidget):
    """Draws strokes on a white image; `png()` is the signature (None while nothing is drawn)."""

    signed = Signal()  # the first stroke was drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(*PAD_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setToolTip("The courier signs here")
        self.image = QImage(*PAD_SIZE, QImage.Format.Format_RGB32)
        self.strokes = 0
        self._last: QPointF | None = None
        self.clear()

    @property
    def empty(self) -> bool:
        return self.strokes == 0

    def clear(self) -> None:
        self.image.fill(QColor("white"))
        self.strokes = 0
        self._last = None
        self.update()

    def png(self) -> bytes | None:
        if self.empty:
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide6 wants str
        buffer.close()
        return bytes(data.data())

    # -- drawing ----------------------------------------------------------------------------------
    def _to_image(self, point: QPointF) -> QPointF:
        sx = self.image.width() / max(1, self.width())
        sy = self.image.height() / max(1, self.height())
        return QPointF(point.x() * sx, point.y() * sy)

    def stroke_to(self, point: QPointF, start: bool = False) -> None:
        """Draw from the last point to `point` (widget coordinates); `start` begins a new stroke."""
        at = self._to_image(point)
        if start or self._last is None:
            self._last = at
            if self.strokes == 0:
                self.strokes = 1
                self.signed.emit()
            else:
                self.strokes += 1
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("black"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(self._last, at)
        painter.end()
        self._last = at
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.stroke_to(event.position(), start=True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.stroke_to(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._last = None

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.stroke_to(event.position(), start=True)
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self.stroke_to(event.position())
        else:
            self._last = None
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.drawImage(self.rect(), self.image)
        painter.setPen(QPen(QColor("#aab2bd"), 2))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
