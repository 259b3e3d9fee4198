"""Confirm: the order, its recipient, lines, buyer message and special handling, shown large."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from packstation.domain.commands import Command
from packstation.domain.orders import Order, Product
from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.services.station.view import Step
from packstation.ui.i18n import shown
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
        self.fragile = label(QT_TRANSLATE_NOOP("Confirm", "⚠ FRAGILE: pad every item"), "fragile")
        self.recipient = label("", "big", wrap=True)
        self.message = label("", "message", wrap=True)
        self.lines = LinesTable()
        self.lines.setIconSize(QSize(self.THUMBNAIL, self.THUMBNAIL))
        self.prompt = ReasonPrompt(
            QT_TRANSLATE_NOOP("Confirm", "Why put it on hold?"),
            [
                QT_TRANSLATE_NOOP("Reason", "Damaged item"),
                QT_TRANSLATE_NOOP("Reason", "Address problem"),
                QT_TRANSLATE_NOOP("Reason", "Customer asked"),
            ],
        )
        self.prompt.submitted.connect(self._hold)
        top = QHBoxLayout()
        top.addWidget(self.order_id, 1)
        top.addWidget(self.fragile)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.meta)
        row = QHBoxLayout()
        row.addWidget(card(label(QT_TRANSLATE_NOOP("Confirm", "Ship to"), "muted"), self.recipient), 1)
        items = card(label(QT_TRANSLATE_NOOP("Confirm", "Items"), "muted"), self.lines)
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
        self.order_id.setText(shown(translate("Confirm", "Order {order}").format(order=order.order_id)))
        carrier = order.carrier or shown(translate("Confirm", "no carrier"))
        units = self.tr("%n item(s)", "", order.units)
        self.meta.setText(f"{order.channel} · {carrier} · {units}")
        self.recipient.setText(recipient_text(order))
        self.lines.show_order(order, products)
        self._show_thumbnails(order, products)
        self.fragile.setVisible(is_fragile(order, products))
        notes = [t for t in (order.buyer_message, order.seller_note) if t]
        buyer = translate("Confirm", "Buyer: {message}").format(message=" / ".join(notes))
        self.message.setText(shown(buyer) if notes else "")
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
            PageAction(Command.CONFIRM, QT_TRANSLATE_NOOP("Confirm", "Start picking"), self.flow.start_picking),
            PageAction(Command.HOLD, QT_TRANSLATE_NOOP("Confirm", "Hold"), self.prompt.ask),
            PageAction(Command.CANCEL, QT_TRANSLATE_NOOP("Confirm", "Back to queue"), self._cancel),
        ]

    def _hold(self, reason: str) -> None:
        self.flow.hold(reason)

    def _cancel(self) -> None:
        if self.prompt.isVisible():
            self.prompt.close_prompt()
        else:
            self.flow.back_to_queue()
