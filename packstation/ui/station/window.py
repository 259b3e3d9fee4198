"""The station window: header, verdict banner, one page per step, hints and device status.

It only switches pages by the flow's step and routes input: scans (command barcodes first),
hotkeys (the same commands), weights and device status from the bridge. Pages do the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from packstation.devices.base import BarcodeRead, RejectedScan
from packstation.domain.commands import COMMANDS, Command, from_command_sheet, parse_command
from packstation.domain.idle import IdleLock
from packstation.domain.users import Actor
from packstation.services.station.view import TONE_SOUND, Step
from packstation.ui.bridge import DeviceBridge
from packstation.ui.sounds import Sounds
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import Banner, DeviceStatusBar, HintBar, Page, PageAction, StepBar, label

SETTINGS_HOTKEY = "Ctrl+S"
REVIEW_HOTKEY = "Ctrl+R"


INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)


class InputWatch(QObject):
    """An app-wide event filter that notes every input (keys, clicks, touches): the idle lock's clock."""

    def __init__(self, touch: Callable[[], None]) -> None:
        super().__init__()
        self.touch = touch

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS:
            self.touch()
        return False


class StationWindow(QMainWindow):
    """Pages keyed by step; everything visible is re-rendered from the flow on each change."""

    def __init__(
        self,
        flow: StationFlow,
        bridge: DeviceBridge,
        pages: list[Page],
        sounds: Sounds,
        station_name: str,
        idle_lock_minutes: float = 10.0,
        side_panel: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.flow, self.bridge, self.sounds = flow, bridge, sounds
        self.setWindowTitle(f"packstation · {station_name}")
        self.steps = StepBar()
        self.who = label("", "big")
        self.banner = Banner()
        self.stack = QStackedWidget()
        self.pages: dict[Step, Page] = {}
        for page in pages:
            self.pages[page.step] = page
            self.stack.addWidget(page)
        self.hints = HintBar()
        self.devices = DeviceStatusBar()
        self.devices.station.setText(f"station {station_name}")
        header = QHBoxLayout()
        header.addWidget(self.steps, 1)
        header.addWidget(self.who)
        body = QVBoxLayout()
        body.addLayout(header)
        body.addWidget(self.banner)
        body.addWidget(self.stack, 1)
        body.addWidget(self.hints)
        row = QHBoxLayout()
        row.addLayout(body, 1)
        if side_panel is not None:
            row.addWidget(side_panel)
        central = QWidget()
        central.setLayout(row)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.devices, 1)
        self.shortcuts = []
        for command, info in COMMANDS.items():
            shortcut = QShortcut(QKeySequence(info.hotkey), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda c=command: self._hotkey(c))
            self.shortcuts.append(shortcut)
        settings = QShortcut(QKeySequence(SETTINGS_HOTKEY), self)
        settings.setContext(Qt.ShortcutContext.ApplicationShortcut)
        settings.activated.connect(self._open_settings)
        self.shortcuts.append(settings)
        review = QShortcut(QKeySequence(REVIEW_HOTKEY), self)
        review.setContext(Qt.ShortcutContext.ApplicationShortcut)
        review.activated.connect(self._open_review)
        self.shortcuts.append(review)
        # Set by the composition root: opens the supervisor review window for a supervisor actor.
        self.review_opener: Callable[[Actor], object] | None = None
        self.review_window: object | None = None
        self.idle = IdleLock(idle_lock_minutes * 60, time.monotonic())
        self.input_watch = InputWatch(self.touch)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.input_watch)  # any key, click, touch or wheel counts as input
        self.idle_timer = QTimer(self)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start(1000)
        flow.changed.connect(self.render)
        flow.notice.connect(self.show_notice)
        flow.labels_loaded.connect(self.refresh_hints)
        bridge.scanned.connect(self.on_read)
        bridge.rejected.connect(self.on_rejected)
        bridge.weighed.connect(self.on_weight)
        bridge.status.connect(self.devices.update_light)
        bridge.status.connect(self.on_status)
        self.current: Page | None = None
        self.render()

    # -- rendering --------------------------------------------------------------------------------
    def render(self) -> None:
        step = self.flow.step
        page = self.pages.get(step) or self.pages[Step.QUEUE]
        switched = page is not self.current
        self.current = page
        if switched:
            self.stack.setCurrentWidget(page)
        page.render()
        self.steps.set_step(step)
        actor = self.flow.actor
        self.who.setText(f"{actor.name or actor.user_id} · {actor.role.value}" if actor else "not logged in")
        self.refresh_hints()
        if switched:
            page.focus_first()

    def refresh_hints(self) -> None:
        if self.current is not None:
            self.hints.show_hints(self.current.next_action(), self.available_actions())

    def available_actions(self) -> list[PageAction]:
        page_actions = self.current.actions() if self.current else []
        extra = [PageAction(Command.HELP, "Help", self.show_help)]
        if self.flow.actor is not None:
            extra.append(PageAction(Command.LOGOUT, "Log out", self.flow.logout))
        return page_actions + extra

    def show_notice(self, text: str, level: str) -> None:
        self.banner.show_message(text, level)
        sound = TONE_SOUND.get(level)
        if sound:
            self.sounds.play(sound)
        self.refresh_hints()

    def show_help(self) -> None:
        keys = " · ".join(f"{a.hotkey} {a.label}" for a in self.available_actions())
        next_action = self.current.next_action() if self.current else ""
        self.banner.show_message(f"Now: {next_action}. Keys: {keys}", "info")

    # -- input ------------------------------------------------------------------------------------
    # Slots return None: PySide6 mishandles the reference count of a bool returned from a slot.
    def _hotkey(self, command: Command) -> None:
        self.dispatch(command)

    def _open_settings(self) -> None:
        if self.flow.actor is not None:
            self.flow.open_settings()

    def _open_review(self) -> None:
        actor = self.flow.actor
        if actor is None or self.review_opener is None:
            return
        if actor.role.rank < 1:
            self.flow.say("Review needs a supervisor: ask one to log in with their badge.", "error")
            return
        try:
            self.review_window = self.review_opener(actor)
        except Exception as exc:  # noqa: BLE001 - the station stays usable whatever the review does
            self.flow.say(f"The review window could not open: {exc}", "error")

    def dispatch(self, command: Command) -> bool:
        """Run a command from its hotkey or its barcode on the current page."""
        self.idle.touch(time.monotonic())
        for action in self.available_actions():
            if action.command is command:
                action.run()
                return True
        self.flow.say(f"{command.label} is not available on this step.", "error")
        return False

    def on_read(self, read: BarcodeRead) -> None:
        self.idle.touch(time.monotonic())
        if read.warning:
            self.banner.show_message(read.warning, "warn")
        command = parse_command(read.code)
        if command is not None:
            self.dispatch(command)
        elif from_command_sheet(read.code):
            self.flow.say(f"Unknown command barcode {read.code}: print a new command sheet.", "error")
        elif self.current is not None:
            self.current.on_scan(read.code)

    def on_rejected(self, rejection: RejectedScan) -> None:
        suggestion = f" (did you mean {rejection.suggestion}?)" if rejection.suggestion else ""
        self.flow.say(f"Scan not read: {rejection.reason}{suggestion}", "error")

    def on_weight(self, reading: object) -> None:
        pack = self.pages.get(Step.PACK)
        if pack is not None and self.current is pack:
            pack.show_weight(reading)  # type: ignore[attr-defined]

    def on_status(self, light: object) -> None:
        """Faults the packer must hear about at once, not only as a light: the packing video failing."""
        name, state, message = (getattr(light, k, "") for k in ("name", "state", "message"))
        if name == "video" and state in ("camera_lost", "disk_full", "disk_low", "write_failed"):
            self.show_notice(f"Video: {message} Packing goes on; the order is marked video incomplete.", "warn")
        elif name == "video" and state == "camera_back":
            self.show_notice(f"Video: {message}", "info")

    def touch(self) -> None:
        self.idle.touch(time.monotonic())

    def check_idle(self) -> None:
        if self.flow.actor is not None and self.idle.should_lock(time.monotonic()):
            self.flow.logout("idle")
            self.idle.touch(time.monotonic())

    def set_idle_minutes(self, minutes: float) -> None:
        """Settings apply at once: the new idle timeout counts from the last input."""
        last = self.idle.last_input
        self.idle = IdleLock(minutes * 60, last if last is not None else time.monotonic())

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.input_watch)
        super().closeEvent(event)
