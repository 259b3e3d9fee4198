"""Demo catalog and orders for a fresh station, so a newcomer can pack an order within a minute."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from packstation.domain.events import OrderImported
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus, Product
from packstation.store.base import utcnow
from packstation.store.repositories import Settings
from packstation.store.uow import UnitOfWorkFactory

if TYPE_CHECKING:
    from packstation.sync.stock import StockBook

DEMO_PRODUCTS: tuple[Product, ...] = (
    Product(
        "SKU-0001",
        "Hydrating Serum 30ml",
        ("9553982597910",),
        "Default",
        "1729014824533168701",
        85,
        40,
        40,
        120,
    ),
    Product(
        "SKU-0002",
        "Phone Case iPhone 16",
        ("9557483378870",),
        "Black",
        "1729719524691876994",
        45,
        90,
        170,
        15,
    ),
    Product(
        "SKU-0003",
        "Ceramic Mug 350ml",
        ("9552328601298",),
        "White",
        "1729339195225979090",
        380,
        100,
        100,
        110,
        True,
    ),
    Product(
        "SKU-0004", "Wireless Earbuds", ("004796669724",), "Blue", "1729411538951071709", 120, 70, 70, 40
    ),
    Product(
        "SKU-0005", "Cotton T-Shirt", ("9551027346462",), "M / Navy", "1729938413878062352", 180, 250, 300, 20
    ),
    Product(
        "SKU-0006",
        "Scented Candle 200g",
        ("9556958969353",),
        "Vanilla",
        "1729032272079085833",
        310,
        80,
        80,
        95,
        True,
    ),
    Product(
        "SKU-0007",
        "LED Desk Lamp",
        ("9554925899139",),
        "Silver",
        "1729936309884106108",
        900,
        150,
        150,
        420,
        True,
    ),
    Product(
        "SKU-0008",
        "Sticker Pack (50 pcs)",
        ("094411771512",),
        "Assorted",
        "1729022656600018767",
        60,
        120,
        180,
        5,
    ),
    Product(
        "SKU-0009", "Yoga Mat 6mm", ("9554661099060",), "Purple", "1729660199688615692", 1100, 610, 150, 150
    ),
    Product(
        "SKU-0010",
        "Glass Water Bottle 500ml",
        ("9555848304014",),
        "Clear",
        "1729675272402515189",
        420,
        70,
        70,
        250,
        True,
    ),
    Product(
        "SKU-0011",
        "Kids Picture Book",
        ("9558036494207",),
        "Hardcover",
        "1729977036253975465",
        350,
        210,
        280,
        12,
    ),
    Product(
        "SKU-0012", "USB-C Cable 2m", ("055526678691",), "White", "1729629670900144854", 70, 110, 110, 25
    ),
)

DEMO_RECIPIENTS: tuple[tuple[Address, str], ...] = (
    (
        Address(
            "Nur Aisyah binti Ahmad",
            "+60 12-504 2815",
            "No. 12, Jalan Kristal 7/65, Seksyen 7",
            "",
            "",
            "Shah Alam",
            "Selangor",
            "40150",
            "MY",
        ),
        "J&T Express",
    ),
    (
        Address(
            "สมชาย ใจดี",
            "+66 81 774 2769",
            "99/12 ถนนสีลม แขวงสุริยวงศ์",
            "",
            "Bang Rak",
            "Bangkok",
            "Bangkok",
            "10500",
            "TH",
        ),
        "Flash Express",
    ),
    (
        Address(
            "Nguyễn Thị Hồng",
            "+84 90 123 4567",
            "12 Nguyễn Huệ, Phường Bến Nghé",
            "",
            "Quận 1",
            "Hồ Chí Minh",
            "Hồ Chí Minh",
            "700000",
            "VN",
        ),
        "SPX Express",
    ),
    (
        Address(
            "李小龍",
            "+65 9123 4567",
            '1 Orchard Road, #12-01 "Tower A"',
            "",
            "",
            "Singapore",
            "",
            "238823",
            "SG",
        ),
        "Ninja Van",
    ),
    (
        Address(
            "José Álvarez-Núñez",
            "+1 305 555 0143",
            "1001 Avenida de las Américas",
            "Apt 4B",
            "",
            "Miami",
            "FL",
            "33131",
            "US",
        ),
        "USPS",
    ),
    (
        Address(
            "Maria Clara Santos",
            "+63 917 555 0199",
            "45 Kalayaan Ave, Barangay Pinyahan",
            "",
            "",
            "Quezon City",
            "Metro Manila",
            "1100",
            "PH",
        ),
        "J&T Express",
    ),
)


def demo_orders(count: int, now: datetime, seed: int = 7) -> list[Order]:
    """Orders spread around the ship-by deadline: some overdue, some due soon, most comfortable."""
    rng = random.Random(seed)
    orders = []
    for n in range(count):
        recipient, carrier = DEMO_RECIPIENTS[n % len(DEMO_RECIPIENTS)]
        paid = now - timedelta(hours=rng.choice((50, 46, 40, 30, 20, 10, 3)), minutes=rng.randint(0, 59))
        picks = rng.sample(DEMO_PRODUCTS, k=rng.choice((1, 1, 2, 2, 3)))
        lines = [
            OrderLine(p.sku, rng.choice((1, 1, 1, 2, 3)), p.name, p.variation, p.sku_id, line_no=i)
            for i, p in enumerate(picks, start=1)
        ]
        orders.append(
            Order(
                order_id=f"5770{n:014d}",
                channel="tiktok",
                status=OrderStatus.READY,
                recipient=recipient,
                lines=lines,
                paid_at=paid,
                created_at=paid - timedelta(minutes=2),
                ship_by=paid + timedelta(hours=48),
                carrier=carrier,
                service="Standard shipping",
                buyer_message="Please pack carefully!" if n % 4 == 1 else "",
                platform_status="Awaiting shipment",
            )
        )
    return orders


def real_order_ids(uow_factory: UnitOfWorkFactory, limit: int = 5) -> tuple[int, list[str]]:
    """How many orders in the station are not demo orders, and a few of their ids."""
    from sqlalchemy import func, select

    from packstation.store.tables import EventRow, OrderRow

    demo = select(EventRow.order_id).where(EventRow.type == "OrderImported", EventRow.payload["source"].as_string() == "demo")
    with uow_factory.read() as uow:
        where = OrderRow.order_id.not_in(demo)
        count = uow.session.scalar(select(func.count()).select_from(OrderRow).where(where)) or 0
        ids = list(uow.session.scalars(select(OrderRow.order_id).where(where).limit(limit)))
    return int(count), ids


def load_demo(
    uow_factory: UnitOfWorkFactory, orders: int = 24, station: str = "demo", force: bool = False
) -> bool:
    """Load the demo catalog and orders once per database; returns False when already loaded."""
    now = utcnow()
    with uow_factory() as uow:
        settings = Settings(uow.session)
        if settings.get("demo_loaded") and not force:
            return False
        ours = set(filter(None, settings.get("demo_skus").split(",")))
        for product in DEMO_PRODUCTS:
            # Never replace a catalog entry the demo did not create, or one changed since (a real
            # product with the same SKU, imported later): the demo writes only its own, unchanged ones.
            stored = uow.catalog.get(product.sku)
            if stored is None or (product.sku in ours and stored == product):
                uow.catalog.upsert(product)
                ours.add(product.sku)
            else:
                ours.discard(product.sku)
        settings.set("demo_skus", ",".join(sorted(ours)))
        for order in demo_orders(orders, now):
            if uow.orders.get(order.order_id) is None:
                uow.orders.add(order)
                uow.record(
                    OrderImported(
                        order_id=order.order_id,
                        station=station,
                        user="demo",
                        status=order.status.value,
                        source="demo",
                    )
                )
        settings.set("demo_loaded", now.isoformat())
        uow.commit()
    return True


def demo_bin(sku: str) -> str:
    """The demo warehouse's bin of a demo SKU: aisle A, shelf by SKU number, level 1-3."""
    n = int(sku.rsplit("-", 1)[-1]) if sku.rsplit("-", 1)[-1].isdigit() else 0
    return f"A-{n:02d}-{1 + n % 3}"


def demo_stock(orders: int, spare: int = 5) -> list[tuple[str, str, int]]:
    """(sku, location, on_hand) enough for `orders` demo orders plus `spare` units of each SKU."""
    needed: dict[str, int] = {p.sku: 0 for p in DEMO_PRODUCTS}
    for order in demo_orders(orders, utcnow()):
        for line in order.lines:
            needed[line.sku] = needed.get(line.sku, 0) + line.quantity
    return [(sku, demo_bin(sku), qty + spare) for sku, qty in sorted(needed.items())]


def load_demo_stock(book: StockBook, orders: int) -> bool:
    """Put demo stock on the demo shelves (a `StockBook`), only where no stock was ever loaded."""
    if book.tracked():
        return False
    for sku, location, on_hand in demo_stock(orders):
        book.load(sku, location, on_hand, "demo", "demo stock")
    return True
