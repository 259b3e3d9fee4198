"""Building blocks every page shares: the page base, the verdict banner, step bar, hint bar, status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.texts import Text
from packstation.services.station.view import PACKING_STEPS, STEP_NAMES, Step
from packstation.ui.bridge import StatusLight
from packstation.ui.i18n import shown
from packstation.ui.station.flow import StationFlow
from packstation.ui.theme import PALETTE, pt


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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            reword(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the page's fixed words again in the language now installed (pages with fixed words)."""

    def render(self) -> None:
        """Show the flow's current state (called on every change while the page is visible)."""

    def on_scan(self, code: str) -> None:
        """A barcode arrived while this page is showing (command barcodes are handled before)."""
        self.flow.say(QCoreApplication.translate("Page", "Scan not used on this step: {code}").format(code=code), "error")

    def actions(self) -> list[PageAction]:
        return []

    def next_action(self) -> str:
        """One line telling the packer what to do now."""
        return ""

    def focus_first(self) -> None:
        """Put keyboard focus where the packer types on this page (if anywhere)."""
        self.setFocus()


W = TypeVar("W", bound=QWidget)


def worded(widget: W, text: str, setter: str = "setText") -> W:
    """Give `widget` fixed words (a core `Text` is shown translated, and again after a language change)."""
    if isinstance(text, Text):
        widget._packstation_words = (setter, text)  # type: ignore[attr-defined]
    getattr(widget, setter)(shown(text))
    return widget


def reword(parent: QWidget) -> None:
    """Set the fixed words of `parent`'s widgets again in the language now installed."""
    for widget in parent.findChildren(QWidget):
        words = getattr(widget, "_packstation_words", None)
        if words is not None:
            getattr(widget, words[0])(shown(words[1]))


def label(text: str = "", role: str = "", wrap: bool = False) -> QLabel:
    widget = QLabel()
    worded(widget, text)
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
        self.setProperty("role", "banner")
        self.level = ""
        self.message = ""
        self.show_message("", "info")

    def show_message(self, text: str, level: str) -> None:
        if level != self.level:  # the colours come from the theme by the `level` property
            self.setProperty("level", level)
            repolish(self)
        self.level = level
        self.message = text  # a core text stays translatable: shown again after a language change
        self.setText(shown(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(shown(self.message))
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for two lines of the banner's type, whatever it says now: a message never makes the
        window taller. Measured from the font alone (measuring the words would lay them out)."""
        return QSize(200, self.fontMetrics().lineSpacing() * 2 + 2 * self.margin() + 22)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(600, self.minimumSizeHint().height())


def step_name(step: Step) -> str:
    """A step's name in the installed language."""
    source = STEP_NAMES.get(step)
    return shown(source) if source else step.value.title()


class StepBar(QWidget):
    """Confirm › Pick › Pack › Label › Photograph › Done, with the current step highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[Step, QLabel] = {}
        for step in PACKING_STEPS:
            item = QLabel(step_name(step))
            item.setProperty("role", "step")
            item.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.labels[step] = item
            row.addWidget(item, 1)
        self.current: Step | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            for step, item in self.labels.items():
                item.setText(step_name(step))
        super().changeEvent(event)

    def set_step(self, step: Step) -> None:
        if step == self.current:
            return
        self.current = step
        passed = True
        for each, item in self.labels.items():
            if each == step:
                passed = False
                state = "current"
            elif passed and step in PACKING_STEPS:
                state = "passed"
            else:
                state = "ahead"
            if item.property("state") != state:  # restyling a label is costly: only those that change
                item.setProperty("state", state)
                repolish(item)


class HintBar(QLabel):
    """The next action in words, and the hotkeys of this page: always on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "hints")

    def show_hints(self, next_action: str, actions: list[PageAction]) -> None:
        keys = "   ".join(f"<b>[{a.hotkey}]</b> {shown(a.label)}" for a in actions)
        next_words = QCoreApplication.translate("HintBar", "Next:")
        text = f"<span style='font-size:{pt(20)}pt'><b>{next_words}</b> {shown(next_action)}</span><br>{keys}"
        if text != self.text():
            self.setText(text)


DEVICE_WORDS = {
    "scanner": QT_TRANSLATE_NOOP("Device", "scanner"),
    "scale": QT_TRANSLATE_NOOP("Device", "scale"),
    "printer": QT_TRANSLATE_NOOP("Device", "printer"),
    "camera": QT_TRANSLATE_NOOP("Device", "camera"),
    "sync": QT_TRANSLATE_NOOP("Device", "sync"),
    "connected": QT_TRANSLATE_NOOP("Device", "connected"),
    "disconnected": QT_TRANSLATE_NOOP("Device", "disconnected"),
    "reconnecting": QT_TRANSLATE_NOOP("Device", "reconnecting"),
    "error": QT_TRANSLATE_NOOP("Device", "error"),
    "simulated": QT_TRANSLATE_NOOP("Device", "simulated"),
    "absent": QT_TRANSLATE_NOOP("Device", "absent"),
    "unknown": QT_TRANSLATE_NOOP("Device", "unknown"),
    "ok": QT_TRANSLATE_NOOP("Device", "ok"),
    "off": QT_TRANSLATE_NOOP("Device", "off"),
    "idle": QT_TRANSLATE_NOOP("Device", "idle"),
    "paper out": QT_TRANSLATE_NOOP("Device", "paper out"),
    "offline": QT_TRANSLATE_NOOP("Device", "offline"),
    "fault": QT_TRANSLATE_NOOP("Device", "fault"),
}


def device_word(word: str) -> str:
    """A device's name or state word in the installed language (words not in the table as they are)."""
    source = DEVICE_WORDS.get(word)
    return QCoreApplication.translate("Device", source) if source else word


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
            item.setProperty("role", "status")
            self.labels[name] = item
            row.addWidget(item)
            self.update_light(StatusLight(name, "unknown"))
        row.addStretch(1)
        self.station = QLabel()
        self.station.setProperty("role", "status")
        row.addWidget(self.station)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            for light in list(self.lights.values()):
                self.update_light(light)
        super().changeEvent(event)

    def update_light(self, light: StatusLight) -> None:
        item = self.labels.get(light.name)
        if item is None:
            return
        self.lights[light.name] = light
        colour = PALETTE.ok if light.usable else (PALETTE.warn if light.state == "unknown" else PALETTE.error)
        item.setText(f"<span style='color:{colour}'>●</span> {device_word(light.name)}: {device_word(light.state)}")
        item.setToolTip(light.message)


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a property it selects on (`level`, `state`) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class Slot(QWidget):
    """A place in the window for a widget whose contents change all the time: the banner, the
    hints, the page stack.

    Qt lays out the whole window again whenever a label anywhere gets new words (each `setText`
    invalidates every layout up to the window, and the window measures all its labels again: a
    frame or more at every verdict). A slot has no layout of its own, so the invalidation stops
    here: it measures its child and asks the window for a new layout only when the child's size
    hints really changed (a third line of text, a page with other needs); otherwise the new words
    only repaint the child.
    """

    def __init__(
        self, child: QWidget, vertical: QSizePolicy.Policy = QSizePolicy.Policy.Fixed, grow_only: bool = False
    ) -> None:
        super().__init__()
        self.child = child
        # A fixed-height slot that keeps the tallest height its words needed so far: the pages' hints
        # take two or three lines, and a height that follows them moves (and repaints) the window at
        # every step.
        self.grow_only = grow_only
        child.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self._hints = self._measure(max(1, child.sizeHint().width()))

    def _measure(self, width: int) -> tuple[QSize, QSize]:
        child = self.child
        hint, least = child.sizeHint(), child.minimumSizeHint()
        if child.hasHeightForWidth():  # a word-wrapped label: as tall as its words at this width
            height = max(least.height(), child.heightForWidth(width))
        else:
            height = hint.height()
        if self.grow_only and hasattr(self, "_hints"):
            height = max(height, self._hints[0].height())
        if child.hasHeightForWidth() or self.grow_only:
            return QSize(hint.width(), height), QSize(least.width(), height)
        return hint, least

    def _refit(self) -> None:
        hints = self._measure(max(1, self.width()))
        if self._key(hints) != self._key(self._hints):
            self._hints = hints
            self.updateGeometry()
        else:
            self._hints = hints

    def _key(self, hints: tuple[QSize, QSize]) -> tuple[int, ...]:
        """What the window's layout depends on: the minimum size, and for a fixed-height slot its
        height (a preferred width is not worth a new layout: the window is wider than any hint)."""
        hint, least = hints
        fixed = self.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed
        return least.width(), least.height(), hint.height() if fixed else 0

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the child's words, page or style changed
            self._refit()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self.child.setGeometry(self.rect())
        self._refit()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._hints[0]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._hints[1]


class PageStack(QStackedWidget):
    """The window's pages: only the page showing counts for the window's size, so a tall page that is
    not showing (or a prompt on one) never makes the window taller than the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """No: Qt's stacked layout would measure every page's wrapped words at each layout, the
        hidden ones too; the window sizes the stack by the current page's hints above."""
        return False
