"""The packing service's wiring and reads: its ports, an order with its products, parcels and bins."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from packstation.domain import workflow
from packstation.domain.orders import Order, OrderStatus, Parcel, Product
from packstation.domain.picking import ScanBook
from packstation.domain.references import strip_reference
from packstation.domain.stock import StockState
from packstation.domain.texts import translate
from packstation.services.packing.outcomes import OrderNotFound, PackingRules
from packstation.services.ports import (
    CentralStatusPort,
    ClaimPort,
    LocalClaims,
    NoCentralStatus,
    NoStock,
    StockPort,
)
from packstation.store.base import utcnow
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory


class PackingBase:
    """The station's ports for packing, and the reads and helpers every packing step uses."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        station: str,
        rules: PackingRules | None = None,
        claims: ClaimPort | None = None,
        central: CentralStatusPort | None = None,
        clock: Callable[[], datetime] = utcnow,
        stock: StockPort | None = None,
    ) -> None:
        self.uow = uow
        self.station = station
        self.stock = stock or NoStock()
        self._bins: dict[str, dict[str, str]] = {}
        self.rules = rules or PackingRules()
        self.claims = claims or LocalClaims()
        self.central = central or NoCentralStatus()
        self.clock = clock

    # -- reading -------------------------------------------------------------------------------
    def queue(self, limit: int = 200) -> list[Order]:
        with self.uow.read() as uow:
            return uow.orders.queue(limit)

    def resume(self) -> Order | None:
        """The order this station was packing when it stopped (crash or restart), if any."""
        with self.uow.read() as uow:
            started = uow.orders.in_progress(self.station)
            return started[0] if started else None

    def order(self, order_id: str) -> Order:
        with self.uow.read() as uow:
            return self._load(uow, order_id)

    def products(self, order_id: str) -> dict[str, Product]:
        """The catalog entries of the order's lines, by SKU (names, images, weights for the screen)."""
        with self.uow.read() as uow:
            order = self._load(uow, order_id)
            return uow.catalog.many([line.sku for line in order.lines])

    def scan_book(self) -> ScanBook:
        """The whole catalog's barcodes and names, for judging scans in memory (`ScanBook`)."""
        with self.uow.read() as uow:
            skus, names = uow.catalog.scan_book()
        return ScanBook(skus, names)

    def parcels(self, order_id: str) -> list[Parcel]:
        with self.uow.read() as uow:
            return uow.parcels.for_order(order_id)

    # -- stock ------------------------------------------------------------------------------------
    def stock_states(self, orders: list[Order]) -> dict[str, StockState]:
        """Each order's stock state (`ok` or `waiting` with what is missing); absent means in stock."""
        return self.stock.states(orders)

    def bins(self, order_id: str) -> dict[str, str]:
        """SKU -> the bin(s) to pick the order's units from, in walking order ("" when not tracked)."""
        if order_id not in self._bins:
            self._bins[order_id] = self.stock.bins(self.order(order_id))
        return self._bins[order_id]

    # -- helpers ----------------------------------------------------------------------------------
    def ensure_not_cancelled(self, order_id: str) -> None:
        """Stop the packer loudly if the order was cancelled, locally or centrally."""
        order = self.order(order_id)
        if order.status is OrderStatus.CANCELLED or self.central.is_cancelled(order_id):
            raise workflow.WorkflowError(
                translate(
                    "Packing",
                    "STOP: order {order} was cancelled. Do not label or hand it over: unpack it and return the items to stock.",
                ).format(order=order_id)
            )

    def _apply(self, order_id: str, change: Callable[[Order], object]) -> Order:
        with self.uow() as uow:
            order = self._load(uow, order_id)
            event = change(order)
            uow.orders.save(order)
            uow.record(event)  # type: ignore[arg-type]
            uow.commit()
            return order

    @staticmethod
    def _load(uow: UnitOfWork, order_id: str) -> Order:
        order = uow.orders.get(order_id)
        if order is None:
            raise OrderNotFound(translate("Packing", "No order {order}.").format(order=order_id))
        return order

    @staticmethod
    def _resolve(uow: UnitOfWork, reference: str) -> str:
        ref = strip_reference(reference)
        if uow.orders.row(ref) is not None:
            return ref
        by_tracking = uow.orders.by_tracking(ref)
        if by_tracking:
            return by_tracking
        raise OrderNotFound(translate("Packing", "No order or tracking number {ref}.").format(ref=ref))
