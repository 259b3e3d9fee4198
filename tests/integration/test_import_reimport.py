"""Re-importing exports: idempotent, updates orders not yet started, cancels loudly when already started."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from packstation.domain import workflow
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.services.imports import import_catalog, import_orders
from packstation.store.db import open_engine, sqlite_url
from packstation.store.repositories import OrderFilter
from packstation.store.tables import EventRow, OutboxRow
from packstation.store.uow import UnitOfWorkFactory

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
FIRST = FIXTURES / "tiktok_quirks.csv"
LATER = FIXTURES / "tiktok_later.csv"
T0 = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
T1 = T0 + timedelta(hours=3)
THAI, VIET, CHINESE, JOSE = (
    "576830952815695636",
    "576415631536246549",
    "576059950930562228",
    "576541608317382679",
)
EMILIE, NEW = "576111111111111111", "576444444444444444"


@pytest.fixture
def uow(tmp_path: Path) -> Iterator[UnitOfWorkFactory]:
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    factory = UnitOfWorkFactory(engine)
    import_catalog(factory, FIXTURES / "catalog.csv")
    yield factory
    engine.dispose()


def snapshot(uow: UnitOfWorkFactory) -> dict[str, list[tuple]]:
    """Every stored row of the tables an import writes, exactly as stored."""
    with uow.engine.connect() as conn:
        return {
            table: [tuple(row) for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))]
            for table in ("orders", "order_lines", "events", "outbox")
        }


def events_of(uow: UnitOfWorkFactory, order_id: str) -> list[EventRow]:
    with uow() as u:
        return u.events.for_order(order_id)


def start(uow: UnitOfWorkFactory, order_id: str, picks: int = 0) -> None:
    """A station confirms the order (and scans `picks` units of its first line)."""
    with uow() as u:
        order = u.orders.get(order_id)
        assert order is not None
        u.record(workflow.confirm(order, "st1", "packer1"))
        order.lines[0].picked = picks
        u.orders.save(order)
        u.commit()


def test_same_file_twice_changes_nothing(uow: UnitOfWorkFactory) -> None:
    first = import_orders(uow, FIRST, timezone="Asia/Bangkok", now=T0)
    before = snapshot(uow)
    again = import_orders(uow, FIRST, timezone="Asia/Bangkok", now=T1)

    assert first.imported == 6
    assert (again.imported, again.unchanged, again.updated, again.cancelled) == (0, 6, [], [])
    assert snapshot(uow) == before  # not one row written: same updated_at, same events, same outbox
    assert len(before["events"]) == 6 and len(before["outbox"]) == 6


def test_imported_times_are_stored_like_the_orm_stores_them(uow: UnitOfWorkFactory) -> None:
    import_orders(uow, FIRST, timezone="Asia/Bangkok", now=T0)
    paid = datetime(2026, 11, 18, 2, 16, tzinfo=UTC)
    with uow() as u:
        u.orders.add(
            Order(
                order_id="ORM-1",
                channel="generic",
                status=OrderStatus.READY,
                recipient=Address(name="Ref"),
                lines=[OrderLine(sku="SKU-0001", quantity=1)],
                paid_at=paid,
                ship_by=paid + timedelta(hours=48),
            )
        )
        u.commit()
    with uow.engine.connect() as conn:
        stored = {oid: ship_by for oid, ship_by in conn.execute(text("SELECT order_id, ship_by FROM orders"))}
    assert stored["ORM-1"] == stored[THAI]  # same instant, same text: SQL comparisons and sorting agree
    with uow() as u:
        due = u.orders.find(OrderFilter(due_before=paid + timedelta(hours=48), status=[OrderStatus.READY]))
        queue = [o.order_id for o in u.orders.queue()]
    assert {o.order_id for o in due} == {THAI, "ORM-1", CHINESE}
    assert queue == [CHINESE, THAI, "ORM-1", VIET, JOSE]  # most urgent first; ties by order id


def test_later_export_updates_waiting_orders_cancels_and_adds(uow: UnitOfWorkFactory) -> None:
    import_orders(uow, FIRST, timezone="Asia/Bangkok", now=T0)
    start(uow, VIET, picks=1)
    report = import_orders(uow, LATER, timezone="Asia/Bangkok", now=T1, station="office", user="sup")

    assert report.rejected == []
    assert report.imported == 1
    assert sorted(report.updated) == sorted([THAI, JOSE])
    assert report.cancelled == [VIET] and report.cancelled_while_packing == [VIET]
    assert report.unchanged == 2  # the Chinese order and the already-cancelled one
    assert report.summary()[0].startswith(f"CANCELLED WHILE PACKING: order {VIET}")
    with uow() as u:
        thai, viet, jose, new = (u.orders.get(i) for i in (THAI, VIET, JOSE, NEW))
    assert thai is not None and thai.recipient.line1 == "99/12 ถนนสีลม, แขวงสุริยวงศ์ เขตบางรัก"
    assert thai.status is OrderStatus.READY
    assert jose is not None and [(ln.sku, ln.quantity) for ln in jose.lines] == [("SKU-0099", 2)]
    assert viet is not None and viet.status is OrderStatus.CANCELLED
    assert viet.flagged.startswith("Cancelled while being packed (Confirmed)")
    assert new is not None and new.recipient.name == "Siti Rahmawati"

    updated = events_of(uow, THAI)[-1]
    assert (updated.type, updated.payload, updated.station, updated.user) == (
        "OrderUpdated",
        {"fields": ["recipient.line1"], "source": "tiktok_later.csv"},
        "office",
        "sup",
    )
    assert events_of(uow, JOSE)[-1].payload["fields"] == ["lines"]
    cancelled = events_of(uow, VIET)[-1]
    assert cancelled.type == "OrderCancelled"
    assert cancelled.payload == {
        "reason": "Out of stock",
        "by": "marketplace",
        "from_status": "Confirmed",
        "while_packing": True,
    }
    assert [e.type for e in events_of(uow, CHINESE)] == ["OrderImported"]
    with uow.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(EventRow)) == conn.scalar(
            select(func.count()).select_from(OutboxRow)
        )

    before = snapshot(uow)
    again = import_orders(uow, LATER, timezone="Asia/Bangkok", now=T1 + timedelta(hours=1))
    assert (again.imported, again.updated, again.cancelled, again.unchanged) == (0, [], [], 6)
    assert snapshot(uow) == before


def test_started_order_is_never_silently_changed(uow: UnitOfWorkFactory) -> None:
    import_orders(uow, FIRST, timezone="Asia/Bangkok", now=T0)
    start(uow, THAI)
    report = import_orders(uow, LATER, timezone="Asia/Bangkok", now=T1)

    assert THAI not in report.updated
    assert [(n.order_id, n.reason) for n in report.not_updated] == [
        (THAI, "changed in the export but already Confirmed here; left as it is")
    ]
    with uow() as u:
        thai = u.orders.get(THAI)
    assert thai is not None and thai.status is OrderStatus.CONFIRMED
    assert thai.recipient.line1 == "99/12 ถนนสีลม, แขวงสุริยวงศ์"
    assert [e.type for e in events_of(uow, THAI)] == ["OrderImported", "OrderConfirmed"]


def test_held_waiting_order_is_updated_and_stays_held(uow: UnitOfWorkFactory) -> None:
    import_orders(uow, FIRST, timezone="Asia/Bangkok", now=T0)
    with uow() as u:
        thai = u.orders.get(THAI)
        assert thai is not None
        u.record(workflow.hold(thai, "address problem", "st1", "sup"))
        u.orders.save(thai)
        u.commit()
    report = import_orders(uow, LATER, timezone="Asia/Bangkok", now=T1)
    assert THAI in report.updated
    with uow() as u:
        thai = u.orders.get(THAI)
    assert thai is not None and thai.status is OrderStatus.ON_HOLD and thai.hold_reason == "address problem"
    assert thai.recipient.line1.endswith("เขตบางรัก")


def test_cancelling_a_waiting_order_is_quiet(uow: UnitOfWorkFactory) -> None:
    import_orders(uow, FIRST, timezone="Asia/Bangkok", now=T0)
    report = import_orders(uow, LATER, timezone="Asia/Bangkok", now=T1)
    assert report.cancelled == [VIET] and report.cancelled_while_packing == []
    with uow() as u:
        viet = u.orders.get(VIET)
    assert viet is not None and viet.status is OrderStatus.CANCELLED and viet.flagged == ""
    assert events_of(uow, VIET)[-1].payload["while_packing"] is False


def test_cancel_after_shipping_is_reported_not_applied(uow: UnitOfWorkFactory) -> None:
    import_orders(uow, FIRST, timezone="Asia/Bangkok", now=T0)
    with uow() as u:
        u.session.execute(text("UPDATE orders SET status = 'Shipped' WHERE order_id = :id"), {"id": VIET})
        u.commit()
    report = import_orders(uow, LATER, timezone="Asia/Bangkok", now=T1)
    assert report.cancelled == []
    assert [n.order_id for n in report.not_updated] == [VIET]
    assert "can no longer be cancelled" in report.not_updated[0].reason
    with uow() as u:
        viet = u.orders.get(VIET)
    assert viet is not None and viet.status is OrderStatus.SHIPPED
