"""The simulated scanner: a small panel where clicking a product "scans" it, right or wrong.

Its buttons never take keyboard focus, so the keyboard keeps working like a wedge scanner.
Items of the open order are marked, so a newcomer sees which clicks are right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.orders import Product
from packstation.domain.texts import translate
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import label, repolish, reword, worded


class SimScannerPanel(QWidget):
    """One button per catalog product, plus the next queued order, an unknown code and commands."""

    def __init__(
        self,
        flow: StationFlow,
        scan: Callable[[str], None],
        catalog: list[Product],
        parent: QWidget | None = None,
        scale: Any = None,
    ) -> None:
        super().__init__(parent)
        self.flow, self.scan, self.catalog, self.scale = flow, scan, catalog, scale
        self._marked: set[str] = set()
        self.setFixedWidth(300)
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.addWidget(label(translate("SimPanel", "Simulated scanner"), "big"))
        self.column.addWidget(label(translate("SimPanel", "click to scan"), "muted"))
        self.buttons: dict[str, QPushButton] = {}
        for product in catalog:
            code = product.barcodes[0] if product.barcodes else product.sku
            self.buttons[product.sku] = self._button(f"{product.name}\n{code}", code)
        self.order_button = self._button(translate("SimPanel", "Next order in queue"), "")
        self.order_button.clicked.disconnect()
        self.order_button.clicked.connect(self._scan_queued_order)
        self._button(translate("SimPanel", "Unknown barcode") + "\n0000000000000", "0000000000000")
        for command in (Command.UNDO, Command.HOLD, Command.NEXT, Command.CONFIRM):
            self._button("[" + command.label + "]", command.barcode)
        if scale is not None and hasattr(scale, "place"):
            self.column.addWidget(label(translate("SimPanel", "Simulated scale"), "big"))
            self._scale_button(translate("SimPanel", "Wrong weight (+20 % and 150 g)"), self._wrong_weight)
            self._scale_button(translate("SimPanel", "Empty scale"), scale.empty)
        self.column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(scroll)
        flow.changed.connect(self.mark_order_items)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            reword(self)
        super().changeEvent(event)

    def _button(self, text: str, code: str) -> QPushButton:
        button = worded(QPushButton(), text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("role", "sim")  # the theme's look; `marked` highlights the open order's items
        button.clicked.connect(lambda: self.scan(code))
        self.column.addWidget(button)
        return button

    def _scale_button(self, text: str, action: Callable[[], None]) -> None:
        button = self._button(text, "")
        button.clicked.disconnect()
        button.clicked.connect(action)

    def _wrong_weight(self) -> None:
        expected = self.flow.view.pack.expected_g
        if expected is None:
            self.flow.say(translate("SimPanel", "Wrong weight: open an order at the Pack step first."), "info")
            return
        self.scale.place(expected * 1.2 + 150, noise_g=2.0)

    def _scan_queued_order(self) -> None:
        def first(queue: list) -> None:
            if queue:
                self.scan(queue[0].order_id)
            else:
                self.flow.say(translate("SimPanel", "The queue is empty."), "info")

        self.flow.load_queue(first, 1)

    def mark_order_items(self) -> None:
        """Highlight the open order's remaining items: only the buttons whose mark changed are
        restyled (a button's own stylesheet would be parsed again at every order)."""
        order = self.flow.order
        wanted = {line.sku for line in order.lines if line.remaining} if order else set()
        if wanted == self._marked:
            return
        for sku in wanted ^ self._marked:
            button = self.buttons.get(sku)
            if button is not None:
                button.setProperty("marked", sku in wanted)
                repolish(button)
        self._marked = wanted
