"""Log in by badge scan or PIN; on a fresh station, create the first admin."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.services.station.view import Step
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import Page, PageAction, card, label


class LoginPage(Page):
    """Scan a badge (the scan arrives here from any focus) or type user id (optional) and PIN."""

    step = Step.LOGIN

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.user = QLineEdit(placeholderText="user id (optional)")
        self.pin = QLineEdit(placeholderText="PIN")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.returnPressed.connect(self.submit)
        self.user.returnPressed.connect(self.pin.setFocus)
        go = QPushButton("Log in")
        go.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(label("User", "big"), self.user)
        form.addRow(label("PIN", "big"), self.pin)
        holder = QWidget()
        holder.setLayout(form)
        box = QVBoxLayout(self)
        box.addWidget(label("Scan your badge", "huge"))
        box.addWidget(label("or type your PIN and press Enter", "big"))
        box.addWidget(card(holder, go))
        box.addStretch(1)

    def submit(self) -> None:
        pin, user = self.pin.text(), self.user.text().strip() or None
        self.pin.clear()
        self.user.clear()
        self.flow.login_pin(user, pin)

    def on_scan(self, code: str) -> None:
        self.flow.login_badge(code)

    def next_action(self) -> str:
        return "scan your badge, or type your PIN and press Enter"

    def focus_first(self) -> None:
        self.pin.setFocus()

    def actions(self) -> list[PageAction]:
        return [PageAction(Command.CONFIRM, "Log in", self.submit)]


class FirstAdminPage(Page):
    """A fresh station has nobody: the first person creates the admin account."""

    step = Step.FIRST_ADMIN

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.user = QLineEdit(placeholderText="e.g. admin")
        self.name = QLineEdit(placeholderText="full name")
        self.pin = QLineEdit(placeholderText="4 to 12 digits")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.badge = QLineEdit(placeholderText="optional: scan a badge into this field")
        for field, nxt in ((self.user, self.name), (self.name, self.pin), (self.pin, self.badge)):
            field.returnPressed.connect(nxt.setFocus)
        self.badge.returnPressed.connect(self.submit)
        create = QPushButton("Create admin")
        create.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(label("User id", "big"), self.user)
        form.addRow(label("Name", "big"), self.name)
        form.addRow(label("PIN", "big"), self.pin)
        form.addRow(label("Badge", "big"), self.badge)
        holder = QWidget()
        holder.setLayout(form)
        box = QVBoxLayout(self)
        box.addWidget(label("New station: create the first admin", "title"))
        box.addWidget(label("The admin adds packers and supervisors afterwards.", "muted"))
        box.addWidget(card(holder, create))
        box.addStretch(1)

    def on_scan(self, code: str) -> None:
        self.badge.setText(code)

    def submit(self) -> None:
        self.flow.create_first_admin(
            self.user.text().strip(),
            self.name.text().strip(),
            self.pin.text(),
            self.badge.text().strip() or None,
        )

    def next_action(self) -> str:
        return "fill in user id, name and PIN, then Create admin"

    def focus_first(self) -> None:
        self.user.setFocus()

    def actions(self) -> list[PageAction]:
        return [PageAction(Command.CONFIRM, "Create admin", self.submit)]
