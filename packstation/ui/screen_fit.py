"""Type that scales with the window: when the station window is resized (or first shown on a screen),
the theme is re-applied at the window's scale, so a 1366x768 laptop and a 1920x1080 monitor both show
every page whole."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from packstation.ui.theme import apply_theme, current_scale, scale_for

RESCALE_MS = 300  # a drag-resize settles first: restyling every widget takes a moment


class ScreenFit(QObject):
    """Watches one window's size and re-applies the theme when its type scale changes."""

    def __init__(self, window: QWidget, theme: str | None = None) -> None:
        super().__init__(window)
        self.window, self.theme = window, theme
        self.applied = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.rescale)
        screen = window.screen()
        if screen is not None:  # start at the screen's scale, so the first layout already fits
            area = screen.availableGeometry()
            self.apply(scale_for(area.width(), area.height()), theme)
        elif theme is not None:
            self.apply(current_scale(), theme)
        # The window's size from its platform window's signals: an event filter on the window would
        # be a Python call for each of its events (its paints too), this only for each resize.
        window.winId()  # the platform window exists from now on
        handle = window.windowHandle()
        handle.widthChanged.connect(self._resized)
        handle.heightChanged.connect(self._resized)

    def _resized(self, _size: int) -> None:
        self._timer.start(RESCALE_MS)

    def rescale(self) -> None:
        """Apply the scale of the window's current size (only when it changed)."""
        size = self.window.size()
        scale = scale_for(size.width(), size.height())
        if abs(scale - current_scale()) <= 0.01:
            return
        flow = getattr(self.window, "flow", None)
        if flow is not None and not getattr(flow, "idle", True):
            # Restyling every widget takes a second or more on a slow PC: not while an action's
            # answer is on its way (a scan's verdict must paint at once). Again a little later.
            self._timer.start(RESCALE_MS)
            return
        self.apply(scale)

    def apply(self, scale: float, theme: str | None = None) -> None:
        app = QApplication.instance()
        if app is None:
            return
        apply_theme(app, scale, theme)  # type: ignore[arg-type]
        self.applied += 1
        refresh = getattr(self.window, "refresh_hints", None)
        if callable(refresh):
            refresh()  # the hint bar's rich text carries its own point size
