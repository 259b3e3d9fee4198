"""Reprint and Void prompts, shared by the Label, Photograph and Done pages.

Reprint (F7 / REPRINT barcode) asks why, then reprints. Void (F10 / VOID barcode) asks for a
supervisor's PIN or badge first (like releasing a hold), then why, then voids the label.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.texts import QT_TRANSLATE_NOOP
from packstation.domain.users import Actor
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.reason import ReasonPrompt
from packstation.ui.station.widgets import PageAction, label, worded

REPRINT_REASONS = [
    QT_TRANSLATE_NOOP("Reason", "Label damaged"),
    QT_TRANSLATE_NOOP("Reason", "Label did not come out"),
    QT_TRANSLATE_NOOP("Reason", "Printed faint or smudged"),
    QT_TRANSLATE_NOOP("Reason", "Stuck on the wrong parcel"),
]
VOID_REASONS = [
    QT_TRANSLATE_NOOP("Reason", "Wrong address"),
    QT_TRANSLATE_NOOP("Reason", "Wrong carrier"),
    QT_TRANSLATE_NOOP("Reason", "Order cancelled"),
    QT_TRANSLATE_NOOP("Reason", "Duplicate label"),
]


class LabelPrompts(QWidget):
    """The reprint reason, the supervisor check and the void reason; hidden until asked."""

    def __init__(self, flow: StationFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.reprint = ReasonPrompt(QT_TRANSLATE_NOOP("LabelPrompts", "Why reprint the label?"), REPRINT_REASONS)
        self.reprint.submitted.connect(self.flow.reprint_label)
        self.void_check = QFrame()
        self.void_check.setProperty("role", "card")
        self.credential = worded(
            QLineEdit(), QT_TRANSLATE_NOOP("Held", "supervisor PIN, or scan a supervisor badge"), "setPlaceholderText"
        )
        self.credential.setEchoMode(QLineEdit.EchoMode.Password)
        self.credential.returnPressed.connect(lambda: self.check_supervisor(self.credential.text()))
        check = QVBoxLayout(self.void_check)
        check.addWidget(label(QT_TRANSLATE_NOOP("LabelPrompts", "Void the label: a supervisor's PIN or badge"), "big"))
        check.addWidget(self.credential)
        self.void_check.hide()
        self.void_reason = ReasonPrompt(QT_TRANSLATE_NOOP("LabelPrompts", "Why void the label?"), VOID_REASONS)
        self.void_reason.submitted.connect(self._void)
        self.supervisor: Actor | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.reprint, self.void_check, self.void_reason):
            box.addWidget(widget)

    @property
    def waiting_for_supervisor(self) -> bool:
        return self.void_check.isVisible()

    def ask_reprint(self) -> None:
        self.close_prompts()
        self.reprint.ask()

    def ask_void(self) -> None:
        self.close_prompts()
        self.void_check.show()
        self.credential.setFocus()

    def check_supervisor(self, credential: str) -> None:
        """The PIN typed or the badge scanned; then the reason. The session checks the credential
        with the void itself, so a packer's PIN is refused there, with the label untouched."""
        self.credential.clear()
        self.flow.check_supervisor(credential, self._supervisor_ok)

    def _supervisor_ok(self, supervisor: Actor) -> None:
        self.supervisor = supervisor
        self.void_check.hide()
        self.void_reason.ask()

    def on_scan(self, code: str) -> bool:
        """A badge scanned while the supervisor is asked for; False when the scan was not for the prompts."""
        if not self.waiting_for_supervisor:
            return False
        self.check_supervisor(code)
        return True

    def _void(self, reason: str) -> None:
        supervisor, self.supervisor = self.supervisor, None
        if supervisor is not None:
            self.flow.void_label(supervisor, reason)

    def close_prompts(self) -> None:
        self.reprint.close_prompt()
        self.void_reason.close_prompt()
        self.credential.clear()
        self.void_check.hide()
        self.supervisor = None

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.REPRINT, QT_TRANSLATE_NOOP("LabelPrompts", "Reprint label"), self.ask_reprint),
            PageAction(Command.VOID, QT_TRANSLATE_NOOP("LabelPrompts", "Void label (supervisor)"), self.ask_void),
            PageAction(Command.CANCEL, QT_TRANSLATE_NOOP("LabelPrompts", "Close prompt"), self.close_prompts),
        ]
