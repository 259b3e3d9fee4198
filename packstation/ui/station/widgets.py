"""Building blocks every page shares: the page base, the verdict banner, step bar, hint bar, status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.services.station.view import PACKING_STEPS, Step
from packstation.ui.bridge import StatusLight
from packstation.ui.station.flow import StationFlow
from packstation.ui.theme import PALETTE, banner_style


@dataclass(frozen=True)
class PageAction:
    """Something the packer can do on a page, by hotkey or by scanning the command barcode."""

    command: Command
    label: str
    run: Callable[[], None]

    @property
    def hotkey(self) -> str:
        return self.command.hotkey


class Page(QWidget):
    """One step of the window. Pages render the flow's state and forward input to the flow."""

    step: Step

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow

    def render(self) -> None:
        """Show the flow's current state (called on every change while the page is visible)."""

    def on_scan(self, code: str) -> None:
        """A barcode arrived while this page is showing (command barcodes are handled before)."""
        self.flow.say(f"Scan not used on this step: {code}", "error")

    def actions(self) -> list[PageAction]:
        return []

    def next_action(self) -> str:
        """One line telling the packer what to do now."""
        return ""

    def focus_first(self) -> None:
        """Put keyboard focus where the packer types on this page (if anywhere)."""
        self.setFocus()


def label(text: str = "", role: str = "", wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def card(*widgets: QWidget, horizontal: bool = False) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    box = QHBoxLayout(frame) if horizontal else QVBoxLayout(frame)
    box.setContentsMargins(16, 12, 16, 12)
    for widget in widgets:
        box.addWidget(widget)
    box.addStretch(1)
    return frame


class Banner(QLabel):
    """The last verdict or message, in large type on the colour of its meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMinimumHeight(90)
        self.level = "info"
        self.show_message("", "info")

    def show_message(self, text: str, level: str) -> None:
        if level != self.level or not self.styleSheet():  # restyling re-polishes: only on a new colour
            self.setStyleSheet(banner_style(level))
        self.level = level
        self.setText(text)


class StepBar(QWidget):
    """Confirm › Pick › Pack › Label › Photograph › Done, with the current step highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[Step, QLabel] = {}
        for step in PACKING_STEPS:
            item = QLabel(step.value.title())
            item.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.labels[step] = item
            row.addWidget(item, 1)
        self.current: Step | None = None

    def set_step(self, step: Step) -> None:
        if step == self.current:
            return
        self.current = step
        passed = True
        for each, item in self.labels.items():
            if each == step:
                passed = False
                style = f"background:{PALETTE.accent}; color:white; font-weight:800;"
            elif passed and step in PACKING_STEPS:
                style = f"background:{PALETTE.ok_bg}; color:{PALETTE.ok};"
            else:
                style = f"background:#e7eaf0; color:{PALETTE.muted};"
            item.setStyleSheet(style + "font-size:18pt; padding:8px; border-radius:6px;")


class HintBar(QLabel):
    """The next action in words, and the hotkeys of this page: always on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(
            f"font-size:16pt; background:{PALETTE.panel}; padding:8px; border-top:2px solid #ccd;"
        )

    def show_hints(self, next_action: str, actions: list[PageAction]) -> None:
        keys = "   ".join(f"<b>[{a.hotkey}]</b> {a.label}" for a in actions)
        text = f"<span style='font-size:20pt'><b>Next:</b> {next_action}</span><br>{keys}"
        if text != self.text():
            self.setText(text)


class DeviceStatusBar(QWidget):
    """Scanner, scale, printer, camera and sync, each with a coloured dot and its state."""

    NAMES = ("scanner", "scale", "printer", "camera", "sync")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        self.lights: dict[str, StatusLight] = {}
        self.labels: dict[str, QLabel] = {}
        for name in self.NAMES:
            item = QLabel()
            item.setStyleSheet("font-size:13pt;")
            self.labels[name] = item
            row.addWidget(item)
            self.update_light(StatusLight(name, "unknown"))
        row.addStretch(1)
        self.station = QLabel()
        self.station.setStyleSheet("font-size:13pt;")
        row.addWidget(self.station)

    def update_light(self, light: StatusLight) -> None:
        item = self.labels.get(light.name)
        if item is None:
            return
        self.lights[light.name] = light
        colour = PALETTE.ok if light.usable else (PALETTE.warn if light.state == "unknown" else PALETTE.error)
        item.setText(f"<span style='color:{colour}'>●</span> {light.name}: {light.state}")
        item.setToolTip(light.message)
