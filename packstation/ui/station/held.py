"""On hold (or cancelled): why, and a supervisor's PIN or badge to release, accept short, or accept the weight."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.texts import QT_TRANSLATE_NOOP, Text, translate
from packstation.services.station.view import Step
from packstation.ui.i18n import shown
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import Page, PageAction, card, label, worded

# Where a released order goes back to, by the status it was held from, in the packer's words.
BACK_TO = {
    "confirmed": QT_TRANSLATE_NOOP("Held", "picking"),
    "picked": QT_TRANSLATE_NOOP("Held", "packing"),
    "packed": QT_TRANSLATE_NOOP("Held", "the label"),
    "labelled": QT_TRANSLATE_NOOP("Held", "the photos"),
}


class HeldPage(Page):
    """Every release is done by a supervisor with a note; the service records who and why."""

    step = Step.HELD

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title = label("", "huge")
        self.reason = label("", "big", wrap=True)
        self.credential = QLineEdit()
        worded(
            self.credential,
            QT_TRANSLATE_NOOP("Held", "supervisor PIN, or scan a supervisor badge"),
            "setPlaceholderText",
        )
        self.credential.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLineEdit()
        worded(self.note, QT_TRANSLATE_NOOP("Held", "note for the record: why"), "setPlaceholderText")
        self.credential.returnPressed.connect(self.note.setFocus)
        self.note.returnPressed.connect(self.release)
        form = QFormLayout()
        form.addRow(label(QT_TRANSLATE_NOOP("Held", "Supervisor"), "big"), self.credential)
        form.addRow(label(QT_TRANSLATE_NOOP("Held", "Note"), "big"), self.note)
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
            self.title.setText(
                shown(translate("Held", "STOP: order {order} was cancelled").format(order=order.order_id))
            )
            self.reason.setText(order.flagged or shown(translate("Held", "Unpack it and return the items to stock.")))
        else:
            self.title.setText(shown(translate("Held", "Order {order} is on hold").format(order=order.order_id)))
            # Stored reasons come back as texts; older rows (plain words) still find a listed reason's words.
            reason = order.hold_reason
            self.reason.setText(
                shown(reason) if isinstance(reason, Text) else QCoreApplication.translate("Reason", reason)
            )
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
            self.flow.say(translate("Held", "Type a note: why is this accepted?"), "error")
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
            return [
                PageAction(Command.CONFIRM, QT_TRANSLATE_NOOP("Held", "Back to queue"), self.flow.back_to_queue)
            ]
        if self.weight_hold:
            accept = QT_TRANSLATE_NOOP("Held", "Accept weight")
        else:
            accept = QT_TRANSLATE_NOOP("Held", "Accept short") if self.short_hold else QT_TRANSLATE_NOOP("Held", "Release")
        order = self.flow.order
        back = BACK_TO.get(str(order.held_from.value).lower() if order and order.held_from else "", "")
        if back and (self.weight_hold or self.short_hold):
            release = translate("Held", "Send back to {step}").format(step=back)
        else:
            release = QT_TRANSLATE_NOOP("Held", "Release")
        actions = [PageAction(Command.RELEASE, release, self.release)]
        if self.weight_hold or self.short_hold:  # a plain hold has one way out: one key for it
            actions.append(PageAction(Command.CONFIRM, accept, self.accept))
        return [*actions, PageAction(Command.CANCEL, QT_TRANSLATE_NOOP("Held", "Back to queue"), self.flow.back_to_queue)]
