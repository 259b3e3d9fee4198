"""Pick: scan every unit; each scan's verdict shows at once, and the last good scan moves on to Pack."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.services.station.view import ScanView, Step
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.order_view import LinesTable, is_fragile
from packstation.ui.station.product_image import ProductImages, ProductImageView
from packstation.ui.station.reason import ReasonPrompt
from packstation.ui.station.widgets import Page, PageAction, label
from packstation.ui.theme import PALETTE

UNDO_REASONS = ["Scanned twice", "Wrong item put back", "Damaged item", "Scanned by mistake"]
SHORT_REASONS = ["Out of stock", "Not found at location", "Damaged, no replacement"]


class PickPage(Page):
    """The lines with `picked / quantity`, the last item's photo, the progress, and undo / short pick prompts."""

    step = Step.PICK

    def __init__(
        self, flow: StationFlow, images: ProductImages | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(flow, parent)
        self.order_id = label("", "title")
        self.progress = label("", "huge")
        self.fragile = label("⚠ FRAGILE", "fragile")
        self.last = label("", "big", wrap=True)
        self.lines = LinesTable()
        self.image = ProductImageView(images or ProductImages(flow.runner))
        self.undo_prompt = ReasonPrompt("Why undo the last scan?", UNDO_REASONS)
        self.undo_prompt.submitted.connect(self._undo)
        self.short_prompt = ReasonPrompt("Short pick: why are items missing?", SHORT_REASONS)
        self.short_prompt.submitted.connect(self._short_pick)
        top = QHBoxLayout()
        top.addWidget(self.order_id, 1)
        top.addWidget(self.fragile)
        top.addWidget(self.progress)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.last)
        row = QHBoxLayout()
        row.addWidget(self.lines, 1)
        row.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row, 1)
        box.addWidget(self.undo_prompt)
        box.addWidget(self.short_prompt)
        flow.scan_judged.connect(self.show_outcome)

    def render(self) -> None:
        view = self.flow.view
        order = view.order
        if order is None:
            return
        self.order_id.setText(f"Order {order.order_id}")
        self.progress.setText(f"{order.units_picked} / {order.units}")
        self.fragile.setVisible(is_fragile(order, view.products))
        outcome = view.last_scan
        self.lines.show_order(order, view.products, outcome.line_no if outcome else None)
        if outcome is None:
            self.last.setText("")
            self.image.clear_product()

    def _undo(self, reason: str) -> None:
        self.flow.undo_last_scan(reason)

    def _short_pick(self, reason: str) -> None:
        self.flow.hold(reason, short=True)

    def show_outcome(self, outcome: ScanView) -> None:
        """Under the title, the last item taken and its photo (the banner above carries every verdict)."""
        if outcome.accepted:
            self.last.setText(f"<span style='color:{PALETTE.ok}'>✔ {outcome.message}</span>")
            product = self.flow.view.products.get(outcome.sku)
            name = outcome.name
            # The photo (from the cache or the worker) follows in the next pass of the event loop:
            # the verdict is painted first, never held up by the photo card.
            QTimer.singleShot(0, self, lambda: self.image.show_product(product, name))

    def on_scan(self, code: str) -> None:
        self.flow.scan(code)

    def next_action(self) -> str:
        return self.flow.view.next_action

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.UNDO, "Undo last scan", self.undo_prompt.ask),
            PageAction(Command.HOLD, "Short pick / hold", self.short_prompt.ask),
            PageAction(Command.CANCEL, "Close prompt", self._close_prompts),
        ]

    def _close_prompts(self) -> None:
        self.undo_prompt.close_prompt()
        self.short_prompt.close_prompt()
