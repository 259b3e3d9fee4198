"""Ask the supervisor for the dispute note before an order is flagged."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class FlagDialog(QDialog):
    """A note is required: the OK button stays disabled until something is written."""

    def __init__(self, order_id: str, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flag order {order}").format(order=order_id))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("What is disputed about order <b>{order}</b>? (buyer claim, carrier denial, ...)").format(
                    order=order_id
                )
            )
        )
        self.note = QPlainTextEdit(current)
        self.note.setPlaceholderText(self.tr("e.g. Buyer says the parcel arrived empty; claim #12345"))
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Flag dispute"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))
