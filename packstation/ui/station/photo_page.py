"""Photograph: proof photos of the sealed, labelled parcel; then the order is handed over."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.state import Step
from packstation.ui.station.widgets import Page, PageAction, card, label


class PhotoPage(Page):
    """Asks for the parcel under the camera; PHOTO (or OK) captures through the evidence step."""

    step = Step.PHOTO

    def __init__(self, flow: StationFlow, required: list[str], parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.required = required
        self.title = label("", "title")
        self.state = label("", "huge", wrap=True)
        self.detail = label("", "big", wrap=True)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(card(self.state, self.detail), 1)

    def render(self) -> None:
        order = self.flow.order
        if order is None:
            return
        self.title.setText(f"Order {order.order_id} · proof photos")
        self.state.setText(self.flow.busy or "Put the sealed, labelled parcel under the camera")
        shots = ", ".join(self.required) or "one photo"
        self.detail.setText(
            f"Photos needed: {shots}. Order, tracking, station, packer and time are burned in."
        )

    def on_scan(self, code: str) -> None:
        self.flow.say(f"Press {Command.PHOTO.hotkey} to take the photos.", "warn")

    def next_action(self) -> str:
        return (
            "taking photos …" if self.flow.busy else f"press {Command.PHOTO.hotkey} to take the proof photos"
        )

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.PHOTO, "Take photos", self.flow.photograph),
            PageAction(Command.CONFIRM, "Take photos", self.flow.photograph),
        ]
