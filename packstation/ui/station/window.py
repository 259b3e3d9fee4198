"""The station window: header, verdict banner, one page per step, hints and device status.

It only switches pages by the flow's step and routes input: scans (command barcodes first),
hotkeys (the same commands), weights and device status from the bridge. Pages do the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QSizePolicy, QVBoxLayout, QWidget

from packstation.devices.base import BarcodeRead, RejectedScan
from packstation.domain.commands import COMMANDS, Command, from_command_sheet, parse_command
from packstation.domain.idle import IdleLock
from packstation.domain.texts import translate
from packstation.domain.users import Actor
from packstation.services.station.step_help import step_help
from packstation.services.station.view import TONE_SOUND, Notice, Step
from packstation.services.words import device_fault, plain_error
from packstation.ui.bridge import DeviceBridge
from packstation.ui.i18n import shown
from packstation.ui.sounds import Sounds
from packstation.ui.station.alert_strip import AlertStrip
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.help_overlay import HelpOverlay
from packstation.ui.station.widgets import (
    Banner,
    DeviceStatusBar,
    HintBar,
    Page,
    PageAction,
    PageStack,
    Slot,
    StepBar,
    label,
)

SETTINGS_HOTKEY = "Ctrl+S"
ROLE_NAMES = {
    "packer": QT_TRANSLATE_NOOP("Role", "packer"),
    "supervisor": QT_TRANSLATE_NOOP("Role", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("Role", "admin"),
}


def role_name(role: str) -> str:
    source = ROLE_NAMES.get(role)
    return QCoreApplication.translate("Role", source) if source else role
REVIEW_HOTKEY = "Ctrl+R"
RETURNS_HOTKEY = "Ctrl+T"
RETURNS_BARCODE = "%%PS:RETURNS"
STOCK_COUNT_HOTKEY = "Ctrl+K"
STOCK_COUNT_BARCODE = "%%PS:STOCKCOUNT"
PEOPLE_HOTKEY = "Ctrl+P"


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
    """A window's event filter that notes every input (keys, clicks, touches): the idle lock's clock."""

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
        self.alert_strip = AlertStrip(sounds)  # delivery alerts for supervisors (services/alerts/banner.py)
        self.stack = PageStack()
        self.pages: dict[Step, Page] = {}
        for page in pages:
            self.pages[page.step] = page
            self.stack.addWidget(page)
        self.hints = HintBar()
        self.devices = DeviceStatusBar()
        self.station_name = station_name
        self.devices.station.setText(self.tr("station {name}").format(name=station_name))
        header = QHBoxLayout()
        header.addWidget(self.steps, 1)
        header.addWidget(self.who)
        body = QVBoxLayout()
        body.addLayout(header)
        body.addWidget(self.alert_strip)
        body.addWidget(Slot(self.banner))
        body.addWidget(Slot(self.stack, QSizePolicy.Policy.Expanding), 1)
        body.addWidget(Slot(self.hints, grow_only=True))
        row = QHBoxLayout()
        row.addLayout(body, 1)
        if side_panel is not None:
            row.addWidget(side_panel)
        central = QWidget()
        central.setLayout(row)
        self.setCentralWidget(central)
        self.help = HelpOverlay(central)
        self._notice_came = False  # a notice arrived since the last render
        self._notice_of: Notice | None = None  # the view notice the banner shows (None: a word of the window's own)
        self._device_banner = ""  # the device fault the banner shows now (cleared when it ends)
        self.statusBar().addPermanentWidget(self.devices, 1)
        self.shortcuts: list[QShortcut] = []
        for command, info in COMMANDS.items():
            self.add_shortcut(info.hotkey, lambda c=command: self.dispatch(c))
        self.add_shortcut(SETTINGS_HOTKEY, self._open_settings)
        self.add_shortcut(REVIEW_HOTKEY, self._open_review)
        self.add_shortcut(PEOPLE_HOTKEY, self.open_people)
        # A page shown over the step's page (People) until it closes; scans and keys go to it meanwhile.
        self.detour: Page | None = None
        self.people_page: Page | None = None
        # Set by the composition root: opens the supervisor review window for a supervisor actor.
        self.review_opener: Callable[[Actor], object] | None = None
        self.review_window: object | None = None
        self.idle = IdleLock(idle_lock_minutes * 60, time.monotonic())
        self.input_watch: InputWatch | None = InputWatch(self.touch)  # on the window once it is shown
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
        bridge.alerts.connect(self.alert_strip.show_update)
        self.current: Page | None = None
        self.returns_page: QWidget | None = None  # returns mode, when the composition root adds it
        self.returns_mode = False
        self.mode_page: Page | None = None  # dispatch mode, when attached: shown instead of the step pages
        self.count_page: QWidget | None = None  # stock-count mode (supervisors), when added
        self.count_mode = False
        self.render()

    # -- rendering --------------------------------------------------------------------------------
    def render(self) -> None:
        step = self.flow.step
        if self.returns_mode and (self.returns_page is None or self.flow.actor is None):
            self.returns_mode = False  # logging out (or locking) leaves returns mode
        if self.count_mode and (self.count_page is None or self.flow.actor is None):
            self.count_mode = False  # and stock-count mode
        if self.detour is not None and self.flow.actor is None:
            self.detour = None  # logged out (or locked): nobody to manage people as
        mode = self.mode_page
        if self.detour is not None:
            page = self.detour
        elif mode is not None and getattr(mode, "active", False) and self.flow.actor is not None:
            page = mode
        elif self.returns_mode:
            page = self.returns_page  # type: ignore[assignment]  # a page with the same interface
        elif self.count_mode:
            page = self.count_page  # type: ignore[assignment]  # a page with the same interface
        else:
            page = self.pages.get(step) or self.pages[Step.QUEUE]
        switched = page is not self.current
        self.current = page
        if switched:
            self.stack.setCurrentWidget(page)
            self.help.hide()
            if not self._notice_came and not self._device_banner and not self._notice_still_current():
                self.banner.show_message("", "info")  # the last page's message ends with it
        self._notice_came = False
        page.render()
        self.steps.set_step(step)
        actor = self.flow.actor
        self.who.setText(
            f"{actor.name or actor.user_id} · {role_name(actor.role.value)}" if actor else self.tr("not logged in")
        )
        self.alert_strip.follow_actor(actor)
        self.refresh_hints()
        if switched:
            page.focus_first()

    def refresh_hints(self) -> None:
        if self.current is not None:
            self.hints.show_hints(self.current.next_action(), self.available_actions())

    def available_actions(self) -> list[PageAction]:
        page_actions = self.current.actions() if self.current else []
        if self.help.isVisible():
            page_actions = [PageAction(Command.CANCEL, self.tr("Close help"), self.help.hide)] + [
                a for a in page_actions if a.command is not Command.CANCEL
            ]
        extra = [PageAction(Command.HELP, self.tr("Help"), self.show_help)]
        if self.flow.actor is not None:
            extra.append(PageAction(Command.LOGOUT, self.tr("Log out"), self.flow.logout))
            if self.mode_page is not None:
                words = self.tr("Back to packing") if getattr(self.mode_page, "active", False) else self.tr("Dispatch mode")
                extra.append(PageAction(Command.DISPATCH, words, self.toggle_dispatch))
        return page_actions + extra

    def attach_dispatch(self, page: Page) -> None:
        """Dispatch mode (F12 or its command barcode): `page` has `active` and a `dispatch` flow."""
        self.mode_page = page
        self.stack.addWidget(page)
        flow = page.dispatch  # type: ignore[attr-defined]
        flow.changed.connect(self.render)
        flow.notice.connect(self.show_notice)

    def toggle_dispatch(self) -> None:
        page, actor = self.mode_page, self.flow.actor
        if page is None or actor is None:
            return
        flow = page.dispatch  # type: ignore[attr-defined]
        if page.active:  # type: ignore[attr-defined]
            flow.leave()
        else:
            self.returns_mode = self.count_mode = False  # one mode at a time
            flow.enter(actor)

    def _notice_still_current(self) -> bool:
        """The banner shows a scan's verdict shown ahead, and the view now on screen is its stored answer."""
        shown_for, notice = self._notice_of, getattr(self.flow.view, "notice", None)
        if notice is None or shown_for is None:
            return False
        # a verdict shown ahead has no number yet (seq -1): the stored view's notice with its words is it
        stored = shown_for.seq < 0 <= notice.seq and str(notice.text) == str(shown_for.text)
        self._notice_of = notice  # once: the next page switch ends it as any other message
        return stored

    def show_notice(self, text: str, level: str) -> None:
        self._notice_came = True
        notice = getattr(self.flow.view, "notice", None)
        self._notice_of = notice if notice is not None and str(notice.text) == str(text) else None
        self._device_banner = ""
        self.banner.show_message(text, level)
        sound = TONE_SOUND.get(level)
        if sound:
            self.sounds.play(sound)
        self.refresh_hints()

    def show_help(self) -> None:
        """F1: what this step is for and what to do, over the page (F1 again or Esc closes it)."""
        if self.help.isVisible():
            self.help.hide()
            self.refresh_hints()
            return
        title, lines = step_help(self.flow.view)
        if self.detour is not None:
            title, lines = self.tr("People"), (self.detour.next_action(),)
        keys = [(a.hotkey, a.label) for a in self.available_actions() if a.command is not Command.HELP]
        self.help.show_over(self.stack, title, lines, keys)
        self.refresh_hints()

    # -- input ------------------------------------------------------------------------------------
    def add_shortcut(self, hotkey: str, run: Callable[[], object]) -> QShortcut:
        """A hotkey for the whole application; pressing it counts as input."""
        shortcut = QShortcut(QKeySequence(hotkey), self)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(lambda: self._pressed(run))
        self.shortcuts.append(shortcut)
        return shortcut

    # Slots return None: PySide6 mishandles the reference count of a bool returned from a slot.
    def _pressed(self, run: Callable[[], object]) -> None:
        self.touch()
        run()

    def _open_settings(self) -> None:
        if self.flow.actor is not None:
            self.flow.open_settings()

    def _open_review(self) -> None:
        actor = self.flow.actor
        if actor is None or self.review_opener is None:
            return
        if actor.role.rank < 1:
            self.flow.say(self.tr("Review needs a supervisor: ask one to log in with their badge."), "error")
            return
        try:
            self.review_window = self.review_opener(actor)
        except Exception as exc:  # noqa: BLE001 - the station stays usable whatever the review does
            self.flow.say(plain_error(translate("Station", "Opening the review window"), exc), "error")

    def set_people_page(self, page: Page) -> None:
        """The People page (built by the assembly): opened over any step with Ctrl+P."""
        self.people_page = page
        self.stack.addWidget(page)
        page.on_close = self.close_detour  # type: ignore[attr-defined]

    def open_people(self) -> None:
        actor = self.flow.actor
        if actor is None or self.people_page is None:
            return
        if actor.role.rank < 1:
            self.flow.say(self.tr("People are managed by a supervisor or admin: ask one to log in."), "error")
            return
        self.people_page.open_for(actor)  # type: ignore[attr-defined]
        self.detour = self.people_page
        self.render()

    def close_detour(self) -> None:
        self.detour = None
        self.render()

    def dispatch(self, command: Command) -> bool:
        """Run a command from its hotkey or its barcode on the current page."""
        self.idle.touch(time.monotonic())
        for action in self.available_actions():
            if action.command is command:
                action.run()
                return True
        self.flow.say(
            self.tr("{command} is not available on this step.").format(command=shown(command.label)), "error"
        )
        return False

    def on_read(self, read: BarcodeRead) -> None:
        self.idle.touch(time.monotonic())
        if read.warning:
            self.banner.show_message(read.warning, "warn")
        if self.returns_page is not None and read.code.strip().upper() == RETURNS_BARCODE:
            self.toggle_returns()
            return
        if self.count_page is not None and read.code.strip().upper() == STOCK_COUNT_BARCODE:
            self.toggle_stock_count()
            return
        command = parse_command(read.code)
        if command is not None:
            self.dispatch(command)
        elif from_command_sheet(read.code):
            self.flow.say(
                self.tr("Unknown command barcode {code}: print a new command sheet.").format(code=read.code), "error"
            )
        elif self.current is not None:
            self.current.on_scan(read.code)

    def add_returns(self, page: QWidget) -> None:
        """Returns mode, entered and left with Ctrl+T or the RETURNS barcode: `page` is a ReturnsPage."""
        self.returns_page = page
        self.stack.addWidget(page)
        self.add_shortcut(RETURNS_HOTKEY, self.toggle_returns)
        flow = page.flow  # type: ignore[attr-defined]
        flow.changed.connect(self.render)
        flow.notice.connect(self.show_notice)

    def toggle_returns(self) -> None:
        if self.returns_page is None:
            return
        if not self.returns_mode and self.flow.actor is None:
            self.flow.say(self.tr("Log in first, then press Ctrl+T for returns."), "error")
            return
        self.returns_mode = not self.returns_mode
        self.count_mode = False  # one mode at a time
        if self.returns_mode and self.mode_page is not None and getattr(self.mode_page, "active", False):
            self.mode_page.dispatch.leave()  # type: ignore[attr-defined]  # one mode at a time
        if self.returns_mode:
            self.returns_page.flow.resume()  # type: ignore[attr-defined]  # a return left open reopens
        self.render()

    def add_stock_count(self, page: QWidget) -> None:
        """Stock-count mode for supervisors, entered and left with Ctrl+K or the STOCKCOUNT barcode:
        `page` is a StockCountPage (ui/station/stock_count_page.py)."""
        self.count_page = page
        self.stack.addWidget(page)
        page.leave = self.toggle_stock_count  # type: ignore[attr-defined]
        self.add_shortcut(STOCK_COUNT_HOTKEY, self.toggle_stock_count)
        flow = page.flow  # type: ignore[attr-defined]
        flow.changed.connect(self.render)
        flow.notice.connect(self.show_notice)

    def toggle_stock_count(self) -> None:
        if self.count_page is None:
            return
        actor = self.flow.actor
        if not self.count_mode and (actor is None or actor.role.rank < 1):
            self.flow.say(self.tr("Counting stock needs a supervisor: ask one to log in with their badge."), "error")
            return
        self.count_mode = not self.count_mode
        if self.count_mode:
            self.returns_mode = False  # one mode at a time
            if self.mode_page is not None and getattr(self.mode_page, "active", False):
                self.mode_page.dispatch.leave()  # type: ignore[attr-defined]
        self.render()

    def on_rejected(self, rejection: RejectedScan) -> None:
        suggestion = (
            self.tr(" (did you mean {code}?)").format(code=rejection.suggestion) if rejection.suggestion else ""
        )
        self.flow.say(self.tr("Scan not read: {reason}").format(reason=rejection.reason) + suggestion, "error")

    def on_weight(self, reading: object) -> None:
        pack = self.pages.get(Step.PACK)
        if pack is not None and self.current is pack:
            pack.show_weight(reading)  # type: ignore[attr-defined]

    def on_status(self, light: object) -> None:
        """Faults the packer must hear about at once, not only as a light: the packing video failing."""
        name, state, message = (getattr(light, k, "") for k in ("name", "state", "message"))
        fault = device_fault(name, state, message)
        if fault and self.flow.order is None:  # before an order starts: the banner, not only a dot
            if fault != self._device_banner:
                self._device_banner = fault
                self.banner.show_message(fault, "error")
                self.sounds.play("error")
        elif not fault and self._device_banner.startswith(name.title()):
            self._device_banner = ""  # the device is back: its banner ends
            self.banner.show_message(self.tr("{device} is back.").format(device=name.title()), "ok")
        if name == "video" and state in ("camera_lost", "disk_full", "disk_low", "write_failed"):
            self.show_notice(
                self.tr("Video: {message} Packing goes on; the order is marked video incomplete.").format(
                    message=message
                ),
                "warn",
            )
        elif name == "video" and state == "camera_back":
            self.show_notice(self.tr("Video: {message}").format(message=message), "info")

    def touch(self) -> None:
        self.idle.touch(time.monotonic())

    def watch_input(self, activity: SignalInstance) -> None:
        """Count input through `activity` (the wedge filter's: it sees every key and click anyway)
        instead of a filter of the window's own."""
        self._unwatch()
        self.input_watch = None
        activity.connect(self.touch)

    def _unwatch(self) -> None:
        handle = self.windowHandle()
        if self.input_watch is not None and handle is not None:
            handle.removeEventFilter(self.input_watch)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        handle = self.windowHandle()
        if self.input_watch is not None and handle is not None:
            # On the window, not the application: it sees the window system's input only, not
            # every widget's paint (each a Python call). Installed again on each show: moves it first.
            handle.installEventFilter(self.input_watch)
        super().showEvent(event)

    def check_idle(self) -> None:
        if self.flow.actor is not None and self.idle.should_lock(time.monotonic()):
            self.flow.logout("idle")
            self.idle.touch(time.monotonic())

    def set_idle_minutes(self, minutes: float) -> None:
        """Settings apply at once: the new idle timeout counts from the last input."""
        last = self.idle.last_input
        self.idle = IdleLock(minutes * 60, last if last is not None else time.monotonic())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.devices.station.setText(self.tr("station {name}").format(name=self.station_name))
            self.render()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self._unwatch()
        super().closeEvent(event)
