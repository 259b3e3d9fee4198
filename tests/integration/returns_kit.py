"""Test harness for returns: demo orders packed for real, handed over (Shipped), and a returns service."""

from __future__ import annotations

import sys
from pathlib import Path

from packstation.domain.orders import Order
from packstation.services.demo import DEMO_PRODUCTS, demo_orders
from packstation.services.handover import hand_over_staged
from packstation.services.returns import ReturnsService
from packstation.store.base import utcnow

sys.path.insert(0, str(Path(__file__).parent))
from handover_kit import BARCODE, BOSS, PACKER, PackedStation, frame  # noqa: E402

__all__ = ["BARCODE", "BOSS", "PACKER", "ReturnsKit", "frame"]


class ReturnsKit(PackedStation):
    """A station with `shipped` orders handed over to their carriers and `waiting` orders never packed."""

    def __init__(self, root: Path, shipped: int = 4, waiting: int = 1, name: str = "st1") -> None:
        super().__init__(root, name)
        orders = demo_orders(shipped + waiting, utcnow())
        self.add_orders(orders)
        self.shipped: list[Order] = orders[:shipped]
        self.waiting: list[Order] = orders[shipped:]
        for order in self.shipped:
            self.pack(order.order_id)
        hand_over_staged(self.handover, PACKER, courier="Test courier")
        self.returns = ReturnsService(self.uow, name, self.home / "blobs")

    def units(self, order: Order) -> list[str]:
        """The barcodes of every unit the order shipped."""
        return [BARCODE[line.sku] for line in order.lines for _ in range(line.quantity)]

    def other_product(self, order: Order) -> str:
        """The barcode of a product of ours the order did not ship."""
        skus = {line.sku for line in order.lines}
        return next(p.barcodes[0] for p in DEMO_PRODUCTS if p.sku not in skus)

    def unbox(self, code: str, grams: float | None = None):  # type: ignore[no-untyped-def]
        """Open the return of `code`, weigh it (the outbound weight unless given) and take the two photos."""
        detail = self.returns.open(PACKER, code)
        rid = detail.parcel.return_id
        self.returns.weigh(PACKER, rid, grams if grams is not None else detail.parcel.outbound_weight_g)
        self.returns.capture(PACKER, rid, "return-label", frame(11))
        self.returns.capture(PACKER, rid, "return-contents", frame(12))
        return rid
