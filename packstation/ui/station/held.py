"""On hold (or cancelled): why, and a supervisor's PIN or badge to release, accept short, or accept the weight."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.services.station.view import Step
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import Page, PageAction, card, label


class HeldPage(Page):
    """Every release is done by a supervisor with a note; the service records who and why."""

    step = Step.HELD

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title = label("", "huge")
        self.reason = label("", "big", wrap=True)
        self.credential = QLineEdit(placeholderText="supervisor PIN, or scan a supervisor badge")
        self.credential.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLineEdit(placeholderText="note for the record: why")
        self.credential.returnPressed.connect(self.note.setFocus)
        self.note.returnPressed.connect(self.release)
        form = QFormLayout()
        form.addRow(label("Supervisor", "big"), self.credential)
        form.addRow(label("Note", "big"), self.note)
        self.form_holder = QWidget()
        self.form_holder.setLayout(form)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(card(self.reason))
        box.addWidget(card(self.form_holder))
        box.addStretch(1)

    @property
    def cancelled(self) -> bool:
        return self.flow.view.hold_kind == "cancelled"

    @property
    def weight_hold(self) -> bool:
        return self.flow.view.hold_kind == "weight"

    @property
    def short_hold(self) -> bool:
        return self.flow.view.hold_kind == "short"

    def render(self) -> None:
        order = self.flow.order
        if order is None:
            return
        if self.cancelled:
            self.title.setText(f"STOP: order {order.order_id} was cancelled")
            self.reason.setText(order.flagged or "Unpack it and return the items to stock.")
        else:
            self.title.setText(f"Order {order.order_id} is on hold")
            self.reason.setText(order.hold_reason)
        self.form_holder.setVisible(not self.cancelled)

    def _credential(self) -> str:
        credential = self.credential.text()
        self.credential.clear()
        return credential

    def release(self) -> None:
        self.flow.release(self._credential(), self.note.text().strip())
        self.note.clear()

    def accept(self) -> None:
        if self.cancelled:
            self.flow.back_to_queue()
            return
        if not self.note.text().strip():
            self.flow.say("Type a note: why is this accepted?", "error")
            self.note.setFocus()
            return
        self.flow.release(self._credential(), self.note.text().strip(), accept=True)
        self.note.clear()

    def on_scan(self, code: str) -> None:
        self.credential.setText(code)  # a supervisor's badge
        self.note.setFocus()

    def next_action(self) -> str:
        return self.flow.view.next_action

    def focus_first(self) -> None:
        self.credential.setFocus()

    def actions(self) -> list[PageAction]:
        if self.cancelled:
            return [PageAction(Command.CONFIRM, "Back to queue", self.flow.back_to_queue)]
        accept = "Accept weight" if self.weight_hold else ("Accept short" if self.short_hold else "Release")
        return [
            PageAction(Command.RELEASE, "Release to its step", self.release),
            PageAction(Command.CONFIRM, accept, self.accept),
            PageAction(Command.CANCEL, "Back to queue", self.flow.back_to_queue),
        ]
