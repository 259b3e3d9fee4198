"""On hold (or cancelled): why, and a supervisor's PIN or badge to release, accept short, or accept the weight."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.orders import OrderStatus
from packstation.domain.users import Actor
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.state import Step
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
        return self.flow.order is not None and self.flow.order.status is OrderStatus.CANCELLED

    @property
    def weight_hold(self) -> bool:
        order = self.flow.order
        return order is not None and order.hold_reason.startswith("Weight mismatch")

    @property
    def short_hold(self) -> bool:
        order = self.flow.order
        return order is not None and order.held_from is OrderStatus.CONFIRMED

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

    def _supervisor(self, need_note: bool) -> Actor | None:
        if need_note and not self.note.text().strip():
            self.flow.say("Type a note: why is this accepted?", "error")
            self.note.setFocus()
            return None
        credential = self.credential.text()
        self.credential.clear()
        return self.flow.supervisor(credential)

    def release(self) -> None:
        supervisor = self._supervisor(need_note=False)
        if supervisor is not None and self.flow.release(supervisor, self.note.text().strip()):
            self.note.clear()

    def accept(self) -> None:
        if self.cancelled:
            self.flow.back_to_queue()
            return
        supervisor = self._supervisor(need_note=True)
        if supervisor is None:
            return
        note = self.note.text().strip()
        if self.weight_hold:
            done = self.flow.override_weight(supervisor, note)
        else:
            done = self.flow.release(supervisor, note, accept_short=self.short_hold)
        if done:
            self.note.clear()

    def on_scan(self, code: str) -> None:
        self.credential.setText(code)  # a supervisor's badge
        self.note.setFocus()

    def next_action(self) -> str:
        if self.cancelled:
            return "unpack the order and return the items; OK goes back to the queue"
        return "call a supervisor: PIN or badge, a note, then Release or Accept"

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
