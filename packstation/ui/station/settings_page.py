"""Settings (supervisor only): station name, devices chosen from what discovery finds (Test button each),
tolerances, photos, idle lock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.commands import Command
from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.services.station.view import Step
from packstation.services.words import device_trouble, plain_error
from packstation.ui.i18n import shown
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import DEVICE_WORDS, Page, PageAction, card, label, worded

DEVICE_KINDS = ("scanner", "scale", "printer", "camera")


class DeviceUrlBox(QComboBox):
    """An editable list of device addresses: the list shows what each is, the field shows the URL saved.

    `text()`/`setText()` read and set the URL, like the plain text field this replaces; typing an address
    that is not in the list still works.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(self._show_url)

    def _show_url(self, index: int) -> None:
        url = self.itemData(index) if index >= 0 else None
        if isinstance(url, str):
            self.setEditText(url)

    def text(self) -> str:
        """The URL to save: the chosen entry's address, or what was typed."""
        typed = self.currentText().strip()
        index = self.findText(typed)  # the list's own wording (a label) stands for its URL
        if index >= 0 and isinstance(self.itemData(index), str):
            return str(self.itemData(index))
        return typed

    def setText(self, url: str) -> None:  # noqa: N802 - same name as QLineEdit.setText it stands in for
        """Select the entry with this URL if the list has one; the field shows the URL either way."""
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(url))
        self.blockSignals(False)
        self.setEditText(url)

    def set_choices(self, choices: list[Any], configured: str) -> None:
        """Refill the list (label shown, URL as value), keeping what the field holds now selected."""
        keep = self.text() or configured
        self.blockSignals(True)
        self.clear()
        urls = [choice.url for choice in choices]
        if configured and configured not in urls:
            now = self.tr("Configured now")
            self.addItem(f"{now} — {configured}", configured)
        for choice in choices:
            self.addItem(f"{shown(choice.label)} — {choice.url}", choice.url)
            self.setItemData(self.count() - 1, choice.url, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self.setText(keep)


class SettingsPage(Page):
    """Edits go through the settings service, which checks the role again and records who changed what."""

    step = Step.SETTINGS

    def __init__(self, flow: StationFlow, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.settings = settings
        self.fields: dict[str, QLineEdit | DeviceUrlBox] = {}
        form = QFormLayout()
        self.results: dict[str, Any] = {}
        self.discovered = False  # the device lists are filled once, on first showing, then by "Find devices"
        self.finding = False
        for key, title in (
            ("station", QT_TRANSLATE_NOOP("Settings", "Station name")),
            ("devices.scanner", QT_TRANSLATE_NOOP("Settings", "Scanner URL")),
            ("devices.scale", QT_TRANSLATE_NOOP("Settings", "Scale URL")),
            ("devices.printer", QT_TRANSLATE_NOOP("Settings", "Printer URL")),
            ("devices.camera", QT_TRANSLATE_NOOP("Settings", "Camera URL")),
            ("packing.weight_tolerance_g", QT_TRANSLATE_NOOP("Settings", "Weight tolerance (g)")),
            ("packing.weight_tolerance_pct", QT_TRANSLATE_NOOP("Settings", "Weight tolerance (%)")),
            ("photos.required", QT_TRANSLATE_NOOP("Settings", "Required photos (comma separated)")),
            ("idle_lock_minutes", QT_TRANSLATE_NOOP("Settings", "Idle lock (minutes, 0 = off)")),
        ):
            field: QLineEdit | DeviceUrlBox = DeviceUrlBox() if key.startswith("devices.") else QLineEdit()
            self.fields[key] = field
            row = QHBoxLayout()
            row.addWidget(field, 1)
            lines = QVBoxLayout()
            lines.setContentsMargins(0, 0, 0, 0)
            lines.addLayout(row)
            if key.startswith("devices."):
                kind = key.split(".", 1)[1]
                test = worded(QPushButton(), QT_TRANSLATE_NOOP("Settings", "Test"))
                test.setProperty("role", "secondary")
                test.clicked.connect(lambda _=False, k=kind: self.test_device(k))
                row.addWidget(test)
                # The answer goes on its own line under the address: a long one never squeezes the box.
                self.results[kind] = label("", "muted", wrap=True)
                self.results[kind].setVisible(False)
                lines.addWidget(self.results[kind])
            holder = QWidget()
            holder.setLayout(lines)
            form.addRow(label(title), holder)
        self.find = worded(QPushButton(), QT_TRANSLATE_NOOP("Settings", "Find devices"))
        self.find.setProperty("role", "secondary")
        self.find.clicked.connect(self.find_devices)
        self.found = label("", "muted", wrap=True)
        finder = QHBoxLayout()
        finder.addWidget(self.find)
        finder.addWidget(self.found, 1)
        holder = QWidget()
        holder.setLayout(finder)
        form.addRow(label(QT_TRANSLATE_NOOP("Settings", "Devices")), holder)
        save = worded(QPushButton(), QT_TRANSLATE_NOOP("Settings", "Save"))
        save.clicked.connect(self.save)
        holder = QWidget()
        holder.setLayout(form)
        self.unavailable = label("", "big", wrap=True)
        box = QVBoxLayout(self)
        box.addWidget(label(QT_TRANSLATE_NOOP("Settings", "Station settings"), "title"))
        box.addWidget(self.unavailable)
        scroll = QScrollArea()  # many rows at a readable size: scroll rather than force a tall window
        scroll.setWidget(card(holder, save))
        scroll.setWidgetResizable(True)
        box.addWidget(scroll, 1)

    def render(self) -> None:
        if self.settings is None:
            self.unavailable.setText("The settings service is not installed in this build.")
            return
        self.unavailable.setVisible(False)
        for key, field in self.fields.items():
            field.setText(self._shown(key))
        if not self.discovered:
            self.find_devices()

    def find_devices(self) -> None:
        """Look for serial ports, printers and cameras off the GUI thread, then refill the device lists."""
        discover = getattr(self.settings, "discover_devices", None)
        if discover is None or self.finding:
            return
        self.finding, self.discovered = True, True
        self.find.setEnabled(False)
        self.found.setText(self.tr("looking for devices …"))

        def done(choices: dict[str, list[Any]]) -> None:
            self.finding = False
            self.find.setEnabled(True)
            for kind in DEVICE_KINDS:
                box = self.fields[f"devices.{kind}"]
                assert isinstance(box, DeviceUrlBox)
                box.set_choices(choices.get(kind, []), self._shown(f"devices.{kind}"))
            ports = sum(1 for c in choices.get("scanner", []) if c.url.startswith("serial:"))
            cameras = len(choices.get("camera", [])) - 1
            found = translate("Settings", "found {ports} serial port(s), {cameras} camera(s); pick from each list")
            self.found.setText(shown(found.format(ports=ports, cameras=cameras)))

        def failed(exc: BaseException) -> None:
            self.finding = False
            self.find.setEnabled(True)
            self.found.setText(shown(plain_error(translate("Settings", "Looking for devices"), exc)))

        self.flow.runner.run(discover, on_done=done, on_error=failed)

    def _current(self, key: str) -> Any:
        value: Any = self.settings.config
        for part in key.split("."):
            value = getattr(value, part)
        return value

    def _shown(self, key: str) -> str:
        value = self._current(key)
        return ", ".join(value) if isinstance(value, list) else str(value)

    def changes(self) -> dict[str, Any]:
        """Only the fields that were changed (the station name is admin-only: untouched, it is not sent)."""
        out: dict[str, Any] = {}
        for key, field in self.fields.items():
            text = field.text().strip()
            if text == self._shown(key):
                continue
            current = self._current(key)
            if isinstance(current, list):
                out[key] = [part.strip() for part in text.split(",") if part.strip()]
            elif isinstance(current, int | float) and not isinstance(current, bool):
                try:
                    out[key] = type(current)(text)
                except ValueError:
                    raise ValueError(f"{key} must be a number, not {text!r}.") from None
            else:
                out[key] = text
        return out

    def save(self) -> None:
        if self.settings is None or self.flow.actor is None:
            return
        try:
            changes = self.changes()
        except ValueError as exc:
            self.flow.say(str(exc), "error")
            return
        self.flow.save_settings(changes)

    def test_device(self, kind: str) -> None:
        """Opening a device can take seconds: the test runs off the GUI thread."""
        if self.settings is None:
            return
        url = self.fields[f"devices.{kind}"].text().strip()
        self.results[kind].setText(self.tr("testing …"))
        self.results[kind].setVisible(True)

        def done(result: Any) -> None:
            # The details stay beside the address (for whoever sets the station up); the banner says
            # what to do in plain words.
            verdict = self.tr("OK") if result.ok else self.tr("FAIL")
            self.results[kind].setText(f"{verdict} {shown(result.message)}")
            if result.ok:
                said = translate("Settings", "{device}: {result}")
                self.flow.say(said.format(device=DEVICE_WORDS.get(kind, kind), result=result.message), "ok")
            else:
                self.flow.say(device_trouble(kind, result.message), "error")

        def failed(exc: BaseException) -> None:
            verdict = self.tr("FAIL")
            self.results[kind].setText(f"{verdict} {shown(device_trouble(kind, exc))}")
            self.flow.say(device_trouble(kind, exc), "error")

        self.flow.runner.run(lambda: self.settings.test_device(kind, url), on_done=done, on_error=failed)

    def next_action(self) -> str:
        return QT_TRANSLATE_NOOP("Settings", "change what is needed, Save, then Esc to go back")

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.CONFIRM, QT_TRANSLATE_NOOP("Settings", "Save"), self.save),
            PageAction(
                Command.CANCEL, QT_TRANSLATE_NOOP("Settings", "Close settings"), lambda: self.flow.open_settings(False)
            ),
        ]
