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
from packstation.services.station.view import Step
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import Page, PageAction, card, label

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
            self.addItem(f"Configured now — {configured}", configured)
        for choice in choices:
            self.addItem(f"{choice.label} — {choice.url}", choice.url)
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
            ("station", "Station name"),
            *((f"devices.{kind}", f"{kind.title()} URL") for kind in DEVICE_KINDS),
            ("packing.weight_tolerance_g", "Weight tolerance (g)"),
            ("packing.weight_tolerance_pct", "Weight tolerance (%)"),
            ("photos.required", "Required photos (comma separated)"),
            ("idle_lock_minutes", "Idle lock (minutes, 0 = off)"),
        ):
            field: QLineEdit | DeviceUrlBox = DeviceUrlBox() if key.startswith("devices.") else QLineEdit()
            self.fields[key] = field
            row = QHBoxLayout()
            row.addWidget(field, 1)
            if key.startswith("devices."):
                kind = key.split(".", 1)[1]
                test = QPushButton("Test")
                test.setProperty("role", "secondary")
                test.clicked.connect(lambda _=False, k=kind: self.test_device(k))
                row.addWidget(test)
                self.results[kind] = label("", "muted")
                row.addWidget(self.results[kind])
            holder = QWidget()
            holder.setLayout(row)
            form.addRow(label(title), holder)
        self.find = QPushButton("Find devices")
        self.find.setProperty("role", "secondary")
        self.find.clicked.connect(self.find_devices)
        self.found = label("", "muted", wrap=True)
        finder = QHBoxLayout()
        finder.addWidget(self.find)
        finder.addWidget(self.found, 1)
        holder = QWidget()
        holder.setLayout(finder)
        form.addRow(label("Devices"), holder)
        save = QPushButton("Save")
        save.clicked.connect(self.save)
        holder = QWidget()
        holder.setLayout(form)
        self.unavailable = label("", "big", wrap=True)
        box = QVBoxLayout(self)
        box.addWidget(label("Station settings", "title"))
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
        self.found.setText("looking for devices …")

        def done(choices: dict[str, list[Any]]) -> None:
            self.finding = False
            self.find.setEnabled(True)
            for kind in DEVICE_KINDS:
                box = self.fields[f"devices.{kind}"]
                assert isinstance(box, DeviceUrlBox)
                box.set_choices(choices.get(kind, []), self._shown(f"devices.{kind}"))
            ports = sum(1 for c in choices.get("scanner", []) if c.url.startswith("serial:"))
            cameras = len(choices.get("camera", [])) - 1
            self.found.setText(f"found {ports} serial port(s), {cameras} camera(s); pick from each list")

        def failed(exc: BaseException) -> None:
            self.finding = False
            self.find.setEnabled(True)
            self.found.setText(f"could not look for devices: {exc}")

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
        self.results[kind].setText("testing …")

        def done(result: Any) -> None:
            self.results[kind].setText(("OK " if result.ok else "FAIL ") + result.message)
            self.flow.say(f"{kind}: {result.message}", "ok" if result.ok else "error")

        def failed(exc: BaseException) -> None:
            self.results[kind].setText("FAIL")
            self.flow.say(f"{kind}: {exc}", "error")

        self.flow.runner.run(lambda: self.settings.test_device(kind, url), on_done=done, on_error=failed)

    def next_action(self) -> str:
        return "change what is needed, Save, then Esc to go back"

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.CONFIRM, "Save", self.save),
            PageAction(Command.CANCEL, "Close settings", lambda: self.flow.open_settings(False)),
        ]
