"""Done: what was packed and shipped, then back to the queue (or straight to the next order)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.orders import STATUS_NAMES
from packstation.domain.texts import QT_TRANSLATE_NOOP
from packstation.services.station.view import Step
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.label_prompts import LabelPrompts
from packstation.ui.station.widgets import Page, PageAction, card, label

SUMMARY_WORDS = {
    "order": QT_TRANSLATE_NOOP("Done", "Order"),
    "items": QT_TRANSLATE_NOOP("Done", "Items"),
    "parcels": QT_TRANSLATE_NOOP("Done", "Parcels"),
    "tracking": QT_TRANSLATE_NOOP("Done", "Tracking"),
    "carrier": QT_TRANSLATE_NOOP("Done", "Carrier"),
    "status": QT_TRANSLATE_NOOP("Done", "Status"),
}


class DonePage(Page):
    step = Step.DONE

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title = label(QT_TRANSLATE_NOOP("Done", "✔ Order done"), "huge")
        self.form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.form)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(card(holder), 1)
        self.prompts = LabelPrompts(flow)
        box.addWidget(self.prompts)

    def render(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        order = self.flow.order
        status = order.status.value if order else ""
        for key, value in {**self.flow.summary, "status": STATUS_NAMES.get(status, status)}.items():
            self.form.addRow(label(SUMMARY_WORDS.get(key, key.title()), "big"), label(value, "big"))

    def on_scan(self, code: str) -> None:
        if self.prompts.on_scan(code):
            return
        self.prompts.close_prompts()
        self.flow.scan(code)

    def next_action(self) -> str:
        return self.flow.view.next_action

    def actions(self) -> list[PageAction]:
        def back() -> None:
            self.prompts.close_prompts()
            self.flow.finish_order()

        def next_order() -> None:
            self.prompts.close_prompts()
            self.flow.next_order()

        return [
            PageAction(Command.NEXT, QT_TRANSLATE_NOOP("Done", "Next order"), next_order),
            PageAction(Command.CONFIRM, QT_TRANSLATE_NOOP("Done", "Back to queue"), back),
            *self.prompts.actions(),
        ]
