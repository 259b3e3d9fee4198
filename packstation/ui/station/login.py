"""Log in by badge scan or PIN; on a fresh station, create the first admin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.commands import Command
from packstation.domain.texts import QT_TRANSLATE_NOOP
from packstation.languages import LANGUAGES
from packstation.services.station.view import Step
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import Page, PageAction, card, label, worded


def placeholder(field: QLineEdit, text: str) -> QLineEdit:
    worded(field, text, "setPlaceholderText")
    return field


class LoginPage(Page):
    """Scan a badge (the scan arrives here from any focus) or type user id (optional) and PIN."""

    step = Step.LOGIN

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.user = placeholder(QLineEdit(), QT_TRANSLATE_NOOP("Login", "user id (optional)"))
        self.pin = placeholder(QLineEdit(), QT_TRANSLATE_NOOP("Login", "PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.returnPressed.connect(self.submit)
        self.user.returnPressed.connect(self.pin.setFocus)
        go = worded(QPushButton(), QT_TRANSLATE_NOOP("Login", "Log in"))
        go.clicked.connect(self.submit)
        # Each language in its own words; the choice is remembered for the person who logs in next.
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.activated.connect(self._language_picked)
        self.language_chosen: Callable[[str], None] | None = None  # set by the window's assembly
        form = QFormLayout()
        form.addRow(label(QT_TRANSLATE_NOOP("Login", "User"), "big"), self.user)
        pin_row = QHBoxLayout()  # the button beside the PIN: the language row fits a 768 px screen
        pin_row.addWidget(self.pin, 1)
        pin_row.addWidget(go)
        form.addRow(label(QT_TRANSLATE_NOOP("Login", "PIN"), "big"), pin_row)
        form.addRow(label(QT_TRANSLATE_NOOP("Login", "Language"), "big"), self.language)
        holder = QWidget()
        holder.setLayout(form)
        box = QVBoxLayout(self)
        box.addWidget(label(QT_TRANSLATE_NOOP("Login", "Scan your badge"), "huge"))
        box.addWidget(label(QT_TRANSLATE_NOOP("Login", "or type your PIN and press Enter"), "big"))
        box.addWidget(card(holder))
        box.addStretch(1)

    def _language_picked(self, index: int) -> None:
        if self.language_chosen is not None:
            self.language_chosen(str(self.language.itemData(index)))

    def show_language(self, code: str) -> None:
        """The chooser shows the language in use (the station default, or the last one chosen)."""
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def submit(self) -> None:
        pin, user = self.pin.text(), self.user.text().strip() or None
        self.pin.clear()
        self.user.clear()
        self.flow.login_pin(user, pin)

    def on_scan(self, code: str) -> None:
        self.flow.login_badge(code)

    def next_action(self) -> str:
        return QT_TRANSLATE_NOOP("Login", "scan your badge, or type your PIN and press Enter")

    def focus_first(self) -> None:
        self.pin.setFocus()

    def actions(self) -> list[PageAction]:
        return [PageAction(Command.CONFIRM, QT_TRANSLATE_NOOP("Login", "Log in"), self.submit)]


class FirstAdminPage(Page):
    """A fresh station has nobody: the first person creates the admin account."""

    step = Step.FIRST_ADMIN

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.user = placeholder(QLineEdit(), QT_TRANSLATE_NOOP("FirstAdmin", "e.g. admin"))
        self.name = placeholder(QLineEdit(), QT_TRANSLATE_NOOP("FirstAdmin", "full name"))
        self.pin = placeholder(QLineEdit(), QT_TRANSLATE_NOOP("FirstAdmin", "4 to 12 digits"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.badge = placeholder(
            QLineEdit(), QT_TRANSLATE_NOOP("FirstAdmin", "optional: scan a badge into this field")
        )
        for field, nxt in ((self.user, self.name), (self.name, self.pin), (self.pin, self.badge)):
            field.returnPressed.connect(nxt.setFocus)
        self.badge.returnPressed.connect(self.submit)
        create = worded(QPushButton(), QT_TRANSLATE_NOOP("FirstAdmin", "Create admin"))
        create.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(label(QT_TRANSLATE_NOOP("FirstAdmin", "User id"), "big"), self.user)
        form.addRow(label(QT_TRANSLATE_NOOP("FirstAdmin", "Name"), "big"), self.name)
        form.addRow(label(QT_TRANSLATE_NOOP("FirstAdmin", "PIN"), "big"), self.pin)
        form.addRow(label(QT_TRANSLATE_NOOP("FirstAdmin", "Badge"), "big"), self.badge)
        holder = QWidget()
        holder.setLayout(form)
        box = QVBoxLayout(self)
        box.addWidget(label(QT_TRANSLATE_NOOP("FirstAdmin", "New station: create the first admin"), "title"))
        box.addWidget(
            label(QT_TRANSLATE_NOOP("FirstAdmin", "The admin adds packers and supervisors afterwards."), "muted")
        )
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
        return QT_TRANSLATE_NOOP("FirstAdmin", "fill in user id, name and PIN, then Create admin")

    def focus_first(self) -> None:
        self.user.setFocus()

    def actions(self) -> list[PageAction]:
        return [PageAction(Command.CONFIRM, QT_TRANSLATE_NOOP("FirstAdmin", "Create admin"), self.submit)]
