"""Label: the shipping label is printed as soon as the order is packed; reprint on request."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.state import Step
from packstation.ui.station.widgets import Page, PageAction, card, label


class LabelPage(Page):
    """Starts printing when shown (the label service decides the printer); shows progress and result."""

    step = Step.LABEL

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title = label("", "title")
        self.state = label("", "huge", wrap=True)
        self.detail = label("", "big", wrap=True)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(card(self.state, self.detail), 1)
        self._started_for = ""

    def render(self) -> None:
        order = self.flow.order
        if order is None:
            return
        self.title.setText(f"Order {order.order_id} · {order.carrier or 'carrier'}")
        if self._started_for != order.order_id and not self.flow.busy:
            self._started_for = order.order_id
            self.flow.print_label()
        self.state.setText(self.flow.busy or "Label step")
        self.detail.setText(f"Tracking: {order.tracking_number or 'allocated when the label prints'}")

    def on_scan(self, code: str) -> None:
        self.flow.say("Wait for the label, then stick it on the parcel.", "warn")

    def next_action(self) -> str:
        return (
            "wait for the label and stick it on the parcel"
            if self.flow.busy
            else "press OK to print the label"
        )

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.CONFIRM, "Print label", self.flow.print_label),
            PageAction(Command.REPRINT, "Reprint", lambda: self.flow.print_label(reprint=True)),
        ]
