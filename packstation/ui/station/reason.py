"""An inline prompt for a reason (undo, hold, override): pick a number or type, Enter confirms, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from packstation.domain.texts import QT_TRANSLATE_NOOP
from packstation.ui.i18n import shown
from packstation.ui.station.widgets import label, worded


class ReasonPrompt(QFrame):
    """Hidden until asked; typing `1`..`9` picks a preset, anything else is the reason itself.

    Presets are shown in the packer's language and recorded in English (the words a supervisor reads).
    """

    submitted = Signal(str)

    def __init__(self, question: str, presets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.presets = presets
        self.question = label(question, "big")
        self.choices = label(self._choices(), wrap=True)
        self.field = QLineEdit()
        worded(
            self.field,
            QT_TRANSLATE_NOOP("ReasonPrompt", "type a number or the reason, then Enter"),
            "setPlaceholderText",
        )
        self.field.returnPressed.connect(self.submit)
        box = QVBoxLayout(self)
        box.addWidget(self.question)
        box.addWidget(self.choices)
        box.addWidget(self.field)
        self.hide()

    def _choices(self) -> str:
        return "   ".join(f"<b>{n}</b> {shown(text)}" for n, text in enumerate(self.presets, start=1))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.choices.setText(self._choices())
        super().changeEvent(event)

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
            return str(self.presets[int(text) - 1])
        return text

    def submit(self) -> None:
        reason = self.reason()
        if not reason:
            return
        self.close_prompt()
        self.submitted.emit(reason)
