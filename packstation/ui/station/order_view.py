"""The order card shown on Confirm and Pick: lines with `picked / quantity`, recipient, notes, fragile."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from packstation.domain.orders import Order, Product
from packstation.domain.texts import QT_TRANSLATE_NOOP
from packstation.ui.i18n import shown
from packstation.ui.theme import PALETTE, pt


class LinesTable(QTableWidget):
    """One row per order line: picked / quantity, product name and variation, SKU; done rows go green."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Lines", "Picked"),
        QT_TRANSLATE_NOOP("Lines", "Product"),
        QT_TRANSLATE_NOOP("Lines", "SKU"),
        QT_TRANSLATE_NOOP("Lines", "Bin"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.setHorizontalHeaderLabels([shown(c) for c in self.COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(self.focusPolicy().NoFocus)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.setHorizontalHeaderLabels([shown(c) for c in self.COLUMNS])
        super().changeEvent(event)

    def show_order(
        self,
        order: Order,
        products: dict[str, Product],
        highlight: int | None = None,
        bins: dict[str, str] | None = None,
    ) -> None:
        """Fill the rows; on a scan only the changed cells are touched (a scan must paint within a frame)."""
        resize = self.rowCount() != len(order.lines)
        if resize:
            self.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            product = products.get(line.sku)
            name = line.product_name or (product.name if product else line.sku)
            if line.variation:
                name += f"  ({line.variation})"
            if product is not None and product.fragile:
                name += "  " + shown(QT_TRANSLATE_NOOP("Pick", "⚠ FRAGILE"))
            cells = (f"{line.picked} / {line.quantity}", name, line.sku, (bins or {}).get(line.sku, ""))
            done = line.remaining == 0
            colour = PALETTE.ok_bg if done else ("#fff7d6" if line.line_no == highlight else "#ffffff")
            for col, text in enumerate(cells):
                item = self.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    if col == 0:
                        font = item.font()
                        font.setPointSize(pt(24))
                        font.setBold(True)
                        item.setFont(font)
                    self.setItem(row, col, item)
                if item.text() != text:
                    item.setText(text)
                if item.background().color().name() != colour:
                    item.setBackground(QBrush(QColor(colour)))
        if resize:
            self.resizeRowsToContents()

    def set_thumbnail(self, sku: str, pixmap: QPixmap | None) -> None:
        """Put a product's photo (or none) in front of its name on the rows of that SKU."""
        icon = QIcon(pixmap) if pixmap is not None else QIcon()
        changed = False
        for row in range(self.rowCount()):
            sku_item, name_item = self.item(row, 2), self.item(row, 1)
            if sku_item is None or name_item is None or sku_item.text() != sku:
                continue
            if pixmap is None and name_item.icon().isNull():
                continue
            name_item.setIcon(icon)
            changed = True
        if changed:
            self.resizeRowsToContents()


def recipient_text(order: Order) -> str:
    r = order.recipient
    lines = [f"<b>{r.name}</b>", *r.lines()]
    return "<br>".join(lines)


def is_fragile(order: Order, products: dict[str, Product]) -> bool:
    return any(p.fragile for sku, p in products.items() if any(line.sku == sku for line in order.lines))
