"""Confirm: the order, its recipient, lines, buyer message and special handling, shown large."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.orders import Order, Product
from packstation.services.station.view import Step
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.order_view import LinesTable, is_fragile, recipient_text
from packstation.ui.station.product_image import ProductImages, thumbnail
from packstation.ui.station.reason import ReasonPrompt
from packstation.ui.station.widgets import Page, PageAction, card, label


class ConfirmPage(Page):
    """Check the order is the one in hand; scanning its first item (or OK) starts picking."""

    step = Step.CONFIRM
    THUMBNAIL = 48

    def __init__(
        self, flow: StationFlow, images: ProductImages | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(flow, parent)
        self.images = images or ProductImages(flow.runner)
        self.order_id = label("", "huge")
        self.meta = label("", "big")
        self.fragile = label("⚠ FRAGILE: pad every item", "fragile")
        self.recipient = label("", "big", wrap=True)
        self.message = label("", "message", wrap=True)
        self.lines = LinesTable()
        self.lines.setIconSize(QSize(self.THUMBNAIL, self.THUMBNAIL))
        self.prompt = ReasonPrompt(
            "Why put it on hold?", ["Damaged item", "Address problem", "Customer asked"]
        )
        self.prompt.submitted.connect(self._hold)
        top = QHBoxLayout()
        top.addWidget(self.order_id, 1)
        top.addWidget(self.fragile)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.meta)
        row = QHBoxLayout()
        row.addWidget(card(label("Ship to", "muted"), self.recipient), 1)
        items = card(label("Items", "muted"), self.lines)
        stack = items.layout()
        stack.setStretch(stack.count() - 1, 0)  # the lines (taller with thumbnails) take the card's height
        stack.setStretch(stack.indexOf(self.lines), 1)
        row.addWidget(items, 2)
        box.addLayout(row, 1)
        box.addWidget(self.message)
        box.addWidget(self.prompt)

    def render(self) -> None:
        order = self.flow.order
        if order is None:
            return
        products = self.flow.view.products
        self.order_id.setText(f"Order {order.order_id}")
        self.meta.setText(f"{order.channel} · {order.carrier or 'no carrier'} · {order.units} item(s)")
        self.recipient.setText(recipient_text(order))
        self.lines.show_order(order, products)
        self._show_thumbnails(order, products)
        self.fragile.setVisible(is_fragile(order, products))
        notes = [t for t in (order.buyer_message, order.seller_note) if t]
        self.message.setText("Buyer: " + " / ".join(notes) if notes else "")
        self.message.setVisible(bool(notes))

    def _show_thumbnails(self, order: Order, products: dict[str, Product]) -> None:
        """A small photo per line, read by the worker; lines without one (or not readable) get none."""
        order_id = order.order_id
        for sku in {line.sku for line in order.lines}:
            path = self.images.path_of(products.get(sku))
            if path is None:
                self.lines.set_thumbnail(sku, None)
                continue
            known, _ = self.images.cached(path)
            if not known:
                self.lines.set_thumbnail(sku, None)  # a row reused from the last order keeps no old photo
            self.images.request(path, lambda pixmap, s=sku: self._thumbnail(order_id, s, pixmap))

    def _thumbnail(self, order_id: str, sku: str, pixmap: QPixmap | None) -> None:
        if self.flow.order is None or self.flow.order.order_id != order_id:
            return
        self.lines.set_thumbnail(sku, thumbnail(pixmap, self.THUMBNAIL) if pixmap is not None else None)

    def on_scan(self, code: str) -> None:
        self.flow.scan(code)

    def next_action(self) -> str:
        return self.flow.view.next_action

    def actions(self) -> list[PageAction]:
        return [
            PageAction(Command.CONFIRM, "Start picking", self.flow.start_picking),
            PageAction(Command.HOLD, "Hold", self.prompt.ask),
            PageAction(Command.CANCEL, "Back to queue", self._cancel),
        ]

    def _hold(self, reason: str) -> None:
        self.flow.hold(reason)

    def _cancel(self) -> None:
        if self.prompt.isVisible():
            self.prompt.close_prompt()
        else:
            self.flow.back_to_queue()
