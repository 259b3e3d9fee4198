"""`packstation orders`: list orders with filters, as a table or JSON."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta

from packstation.compose import open_station
from packstation.domain.delivery import AFTER_SHIPPED
from packstation.domain.orders import Order, OrderStatus
from packstation.domain.text import printable
from packstation.store.base import utcnow
from packstation.store.deliveries import Deliveries
from packstation.store.handovers import Handovers
from packstation.store.repositories import OrderFilter


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "orders", parents=[parent], help="list orders", description="List orders, most urgent first."
    )
    p.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in OrderStatus],
        help="only this status (repeatable)",
    )
    p.add_argument(
        "--due-within",
        metavar="HOURS",
        type=float,
        help="ship-by deadline within this many hours (overdue included)",
    )
    p.add_argument("--channel", help="only this channel (tiktok, generic, ...)")
    p.add_argument("--search", help="order id, tracking number or part of the recipient name")
    p.add_argument("--limit", type=int, default=200, help="at most this many rows (default 200, 0 for all)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(func=run)


def _due_text(order: Order) -> str:
    if order.ship_by is None:
        return "-"
    left = order.ship_by - utcnow()
    hours = left.total_seconds() / 3600
    return f"overdue {-hours:.1f}h" if hours < 0 else f"{hours:.1f}h"


def as_dict(order: Order) -> dict:
    return {
        "order_id": order.order_id,
        "channel": order.channel,
        "status": order.status.value,
        "recipient": order.recipient.name,
        "country": order.recipient.country,
        "carrier": order.carrier,
        "tracking_number": order.tracking_number,
        "ship_by": order.ship_by.isoformat() if order.ship_by else None,
        "units": order.units,
        "lines": [
            {"sku": line.sku, "quantity": line.quantity, "picked": line.picked, "in_catalog": line.in_catalog}
            for line in order.lines
        ],
        "flagged": order.flagged,
        "hold_reason": order.hold_reason,
        "station": order.station,
    }


def with_carrier(out: dict, order: Order, carrier: dict[str, tuple[str, str, str]]) -> dict:
    """Add the carrier status after the handover and the rule that set it (None before shipping)."""
    status, rule, _ = carrier.get(order.order_id, (None, None, None))
    if status is None and order.status in AFTER_SHIPPED:
        status = order.status.value
    out["carrier_status"], out["carrier_rule"] = status, rule
    return out


def run(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    flt = OrderFilter(
        status=[OrderStatus(s) for s in args.status] if args.status else None,
        due_before=utcnow() + timedelta(hours=args.due_within) if args.due_within is not None else None,
        channel=args.channel,
        search=args.search,
        limit=args.limit or None,
    )
    # A reading unit of work: listing never waits for another process's write lock.
    with station.uow.read() as uow:
        orders = uow.orders.find(flt)
        handovers = Handovers(uow.session)
        manifests = {o.order_id: handovers.manifest_of_order(o.order_id) for o in orders if o.status.is_final}
        carrier = Deliveries(uow.session).status_of([o.order_id for o in orders]) if args.json else {}
    stock = station.packing.stock_states([o for o in orders if not o.status.is_final]) if args.json else {}
    station.close()
    if args.json:
        rows = [
            {
                **with_carrier(as_dict(o), o, carrier),
                "manifest": manifests.get(o.order_id) or None,
                **(stock[o.order_id].as_json() if o.order_id in stock else {"stock": "ok"}),
            }
            for o in orders
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not orders:
        print("No orders match.")
        return 0
    print(f"{'ORDER ID':20} {'STATUS':12} {'DUE':>14}  {'UNITS':>5}  {'CARRIER':14} RECIPIENT")
    for o in orders:
        flag = "  ! " + o.flagged if o.flagged else ""
        print(
            printable(
                f"{o.order_id:20} {o.status.value:12} {_due_text(o):>14}  {o.units:>5}  {o.carrier[:14]:14} {o.recipient.name}{flag}"
            )
        )
    print(f"{len(orders)} order(s)")
    return 0
