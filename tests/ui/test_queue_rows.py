"""The queue table changes only the rows that changed (an order taken, one more at the end), and
what it shows is the same as a table built from scratch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.services.station.view import Step
from packstation.ui.station.queue import QUEUE_ROWS

SOON = datetime.now(UTC) + timedelta(minutes=30)


def order(n: int, ship_by: datetime | None = None) -> Order:
    return Order(
        f"Q-{n:04d}", "tiktok", OrderStatus.READY, Address("Ana", line1="1 Jalan", city="KL", country="MY"),
        [OrderLine("SKU-0001", 1 + n % 3, product_name=f"Mug {n}", line_no=1)],
        carrier="J&T Express", ship_by=ship_by or datetime.now(UTC) + timedelta(hours=5 + n),
    )  # fmt: skip


def cells(page) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    table = page.table
    return [
        tuple(table.item(row, col).text() for col in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def colours(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.table.item(row, 0).background().color().name() for row in range(page.table.rowCount())]


def test_taking_an_order_removes_its_row_and_the_next_order_joins_at_the_end(make_station, qtbot):
    station_app = make_station(orders=1, people=False)
    page = station_app.window.pages[Step.QUEUE]
    queue = [order(n, SOON if n == 3 else None) for n in range(QUEUE_ROWS + 5)]
    page.show_orders(queue)
    first = page.table.item(5, 0)
    assert page.table.rowCount() == QUEUE_ROWS
    assert colours(page)[3] != colours(page)[4]  # the order due soon is coloured

    page.show_orders(queue[1:])  # the first order was taken: one row out, one in
    assert page.table.item(4, 0) is first  # the rows below were kept, not built again
    in_place, in_place_colours = cells(page), colours(page)

    page._shown = []  # the same queue, built from scratch
    page.show_orders(queue[1:])
    assert page.table.item(4, 0) is not first
    assert in_place == cells(page)
    assert in_place_colours == colours(page)
    assert cells(page)[0][0] == "Q-0001" and cells(page)[-1][0] == f"Q-{QUEUE_ROWS:04d}"


def test_a_queue_that_changed_a_lot_is_built_again_and_still_right(make_station, qtbot):
    station_app = make_station(orders=1, people=False)
    page = station_app.window.pages[Step.QUEUE]
    queue = [order(n) for n in range(20)]
    page.show_orders(queue)
    page.show_orders(list(reversed(queue)))
    assert [row[0] for row in cells(page)] == [o.order_id for o in reversed(queue)]
    page.show_orders(queue[:3] + queue[10:])
    assert [row[0] for row in cells(page)] == [o.order_id for o in queue[:3] + queue[10:]]
