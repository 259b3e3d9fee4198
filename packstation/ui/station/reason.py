"""An inline prompt for a reason (undo, hold, override): pick a number or type, Enter confirms, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from packstation.ui.station.widgets import label


class ReasonPrompt(QFrame):
    """Hidden until asked; typing `1`..`9` picks a preset, anything else is the reason itself."""

    submitted = Signal(str)

    def __init__(self, question: str, presets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.presets = presets
        self.question = label(question, "big")
        choices = "   ".join(f"<b>{n}</b> {text}" for n, text in enumerate(presets, start=1))
        self.field = QLineEdit(placeholderText="type a number or the reason, then Enter")
        self.field.returnPressed.connect(self.submit)
        box = QVBoxLayout(self)
        box.addWidget(self.question)
        box.addWidget(label(choices, wrap=True))
        box.addWidget(self.field)
        self.hide()

    def ask(self) -> None:
        self.field.clear()
        self.show()
        self.field.setFocus()

    def close_prompt(self) -> None:
        self.field.clear()
        self.hide()

    def reason(self) -> str:
        text = self.field.text().strip()
        if text.isdigit() and 1 <= int(text) <= len(self.presets):
            return self.presets[int(text) - 1]
        return text

    def submit(self) -> None:
        reason = self.reason()
        if not reason:
            return
        self.close_prompt()
        self.submitted.emit(reason)
