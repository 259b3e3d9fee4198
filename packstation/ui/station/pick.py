"""Pick: scan every unit; each scan's verdict shows at once, and the last good scan moves on to Pack."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.services.station.view import ScanView, Step
from packstation.ui.i18n import shown
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.order_view import LinesTable, is_fragile
from packstation.ui.station.product_image import ProductImages, ProductImageView
from packstation.ui.station.reason import ReasonPrompt
from packstation.ui.station.widgets import Page, PageAction, label
from packstation.ui.theme import PALETTE

UNDO_REASONS = [
    QT_TRANSLATE_NOOP("Reason", "Scanned twice"),
    QT_TRANSLATE_NOOP("Reason", "Wrong item put back"),
    QT_TRANSLATE_NOOP("Reason", "Damaged item"),
    QT_TRANSLATE_NOOP("Reason", "Scanned by mistake"),
]
SHORT_REASONS = [
    QT_TRANSLATE_NOOP("Reason", "Out of stock"),
    QT_TRANSLATE_NOOP("Reason", "Not found at location"),
    QT_TRANSLATE_NOOP("Reason", "Damaged, no replacement"),
]


class PickPage(Page):
    """The lines with `picked / quantity`, the last item's photo, the progress, and undo / short pick prompts."""

    step = Step.PICK

    def __init__(
        self, flow: StationFlow, images: ProductImages | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(flow, parent)
        self.order_id = label("", "title")
        self.progress = label("", "huge")
        self.fragile = label(QT_TRANSLATE_NOOP("Pick", "⚠ FRAGILE"), "fragile")
        self.last = label("", "big", wrap=True)
        self.next_bin = label("", "big")
        self.lines = LinesTable()
        self.image = ProductImageView(images or ProductImages(flow.runner))
        self.undo_prompt = ReasonPrompt(QT_TRANSLATE_NOOP("Pick", "Why undo the last scan?"), UNDO_REASONS)
        self.undo_prompt.submitted.connect(self._undo)
        self.short_prompt = ReasonPrompt(
            QT_TRANSLATE_NOOP("Pick", "Short pick: why are items missing?"), SHORT_REASONS
        )
        self.short_prompt.submitted.connect(self._short_pick)
        top = QHBoxLayout()
        top.addWidget(self.order_id, 1)
        top.addWidget(self.fragile)
        top.addWidget(self.progress)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.next_bin)
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
        self.order_id.setText(shown(translate("Pick", "Order {order}").format(order=order.order_id)))
        self.progress.setText(f"{order.units_picked} / {order.units}")
        self.fragile.setVisible(is_fragile(order, view.products))
        outcome = view.last_scan
        bins = {line.sku: line.location for line in view.lines if line.location}
        self.lines.show_order(order, view.products, outcome.line_no if outcome else None, bins)
        where = view.next_bin
        self.next_bin.setText(f"Next bin: {where}" if where else "")
        self.next_bin.setVisible(bool(where))
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
            self.last.setText(f"<span style='color:{PALETTE.ok}'>✔ {shown(outcome.message)}</span>")
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
            PageAction(Command.UNDO, QT_TRANSLATE_NOOP("Pick", "Undo last scan"), self.undo_prompt.ask),
            PageAction(Command.HOLD, QT_TRANSLATE_NOOP("Pick", "Short pick / hold"), self.short_prompt.ask),
            PageAction(Command.CANCEL, QT_TRANSLATE_NOOP("Pick", "Close prompt"), self._close_prompts),
        ]

    def _close_prompts(self) -> None:
        self.undo_prompt.close_prompt()
        self.short_prompt.close_prompt()
