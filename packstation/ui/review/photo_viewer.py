"""A photo viewer for evidence: zoom (wheel, +/-), pan (drag), fit (0), full screen (F11 or double-click)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 32.0


class PhotoViewer(QGraphicsView):
    """Shows one photo; a drag pans it, the wheel zooms around the pointer."""

    zoom_changed = Signal(float)
    full_screen_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, closes_on_exit: bool = False) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self.setScene(self._scene)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._closes_on_exit = closes_on_exit
        self._full: PhotoViewer | None = None

    # -- content --------------------------------------------------------------------------------
    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._item.setPixmap(pixmap)
        self._scene.setSceneRect(self._item.boundingRect())
        self.fit()

    def pixmap(self) -> QPixmap:
        return self._item.pixmap()

    def has_photo(self) -> bool:
        return not self._item.pixmap().isNull()

    # -- zoom -----------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        if target != self.zoom:
            self.scale(target / self.zoom, target / self.zoom)
            self.zoom_changed.emit(self.zoom)

    def fit(self) -> None:
        if self.has_photo():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom_changed.emit(self.zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape and self._closes_on_exit:
            self.close()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.toggle_full_screen()
        event.accept()

    # -- full screen -------------------------------------------------------------------------------
    @property
    def full_screen_view(self) -> PhotoViewer | None:
        """The full-screen copy of this photo, while it is open."""
        return self._full

    def toggle_full_screen(self) -> None:
        if self._closes_on_exit:  # this is the full-screen copy: leaving closes it
            self.close()
            return
        if self._full is not None:
            self._full.close()
            return
        if not self.has_photo():
            return
        full = PhotoViewer(closes_on_exit=True)
        full.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        full.setWindowTitle(self.window().windowTitle() or self.tr("Photo"))
        full.set_pixmap(self.pixmap())
        full.destroyed.connect(self._full_closed)
        self._full = full
        full.showFullScreen()
        full.fit()
        full.setFocus()
        self.full_screen_changed.emit(True)

    def _full_closed(self) -> None:
        self._full = None
        self.full_screen_changed.emit(False)
