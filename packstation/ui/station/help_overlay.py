"""F1's explanation of the current step, shown over the page until F1, Esc or the next step."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from packstation.ui.i18n import shown
from packstation.ui.station.widgets import label


class HelpOverlay(QFrame):
    """A card over the step's page: what this step is for, what to do, and the keys that work here."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAutoFillBackground(True)
        self.title = label("", "title")
        self.body = label("", "big", wrap=True)
        self.keys = label("", wrap=True)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.body)
        box.addWidget(self.keys)
        box.addWidget(label(self.tr("F1 or Esc closes this help."), "muted"))
        box.addStretch(1)
        self.hide()

    def show_over(
        self, over: QWidget, title: str, lines: tuple[str, ...], keys: list[tuple[str, str]]
    ) -> None:
        self.title.setText(shown(title))
        self.body.setText("<br>".join(f"• {html.escape(shown(line))}" for line in lines))
        self.keys.setText("   ".join(f"<b>[{html.escape(k)}]</b> {html.escape(shown(v))}" for k, v in keys))
        parent = self.parentWidget()
        top_left = over.mapTo(parent, over.rect().topLeft()) if parent is not None else over.pos()
        self.setGeometry(top_left.x(), top_left.y(), over.width(), over.height())
        self.show()
        self.raise_()
