"""`packstation label`: render an order's shipping labels (ZPL, PNG, PDF) into a folder, without the GUI.

Labels come from the order and its parcels in the station database, with the sender from the
station's `[label]` config. Each parcel gets one file per format: `label-<order>-<parcel>.<format>`.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from datetime import date
from pathlib import Path

from packstation.bootstrap import open_station
from packstation.domain.orders import Order, Parcel
from packstation.labels.model import STOCKS, SUPPORTED_DPI, LabelError, PolicyViolation, sender_from_config
from packstation.labels.render import FORMATS, render_label

SAFE = re.compile(r"[^A-Za-z0-9_-]+")


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("label", parents=[parent], help="render shipping labels to files", description=__doc__)
    p.add_argument("order_id", metavar="ORDER_ID", help="the order whose labels to render")
    p.add_argument(
        "--format",
        default="zpl,png,pdf",
        metavar="LIST",
        help="comma-separated formats: zpl, png, pdf (default: all three)",
    )
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder to write the labels into")
    p.add_argument("--parcel", type=int, metavar="N", help="only parcel N (default: every parcel)")
    p.add_argument("--stock", choices=list(STOCKS), help="label stock (default: the station's [label] stock)")
    p.add_argument("--dpi", type=int, choices=SUPPORTED_DPI, help="printer resolution (default: from config)")
    p.add_argument("--tracking", metavar="NUMBER", help="tracking number when the order and parcel have none")
    p.add_argument(
        "--fragile", action="store_true", help="print the FRAGILE mark (also set by fragile items)"
    )
    p.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="ship date (default: today)")
    p.set_defaults(func=run)


def safe_name(order_id: str) -> str:
    """A file-name part for any order ID: letters, digits, - and _ only, with a hash when anything changed."""
    cleaned = SAFE.sub("_", order_id).strip("_")[:60]
    if cleaned == order_id and cleaned:
        return cleaned
    digest = hashlib.sha256(order_id.encode("utf-8")).hexdigest()[:8]
    return f"{cleaned or 'order'}-{digest}"


def _parcels(order: Order, stored: list[Parcel], number: int | None) -> list[Parcel]:
    """The parcels to label: the stored ones (or parcel 1 of an order not packed yet), maybe just one."""
    parcels = stored or [Parcel(order.order_id, 1)]
    if number is None:
        return parcels
    chosen = [p for p in parcels if p.number == number]
    if not chosen:
        have = ", ".join(str(p.number) for p in parcels)
        raise LabelError(f"order {order.order_id} has no parcel {number} (parcels: {have})")
    return chosen


def run(args: argparse.Namespace) -> int:
    """Render the labels; exit 1 with a short message when the order or its label content is wrong."""
    station = open_station(args.home)
    try:
        config = station.config.label
        stock = args.stock or config.stock
        dpi = args.dpi or config.dpi
        with station.uow() as uow:
            order = uow.orders.get(args.order_id)
            if order is None:
                print(f"packstation label: no order {args.order_id!r}", file=sys.stderr)
                return 1
            stored = uow.parcels.for_order(order.order_id)
            skus = [line.sku for line in order.lines]
            fragile = args.fragile or any(p.fragile for p in uow.catalog.many(skus).values())
        formats = [f.strip().lower() for f in args.format.split(",") if f.strip()]
        unknown = [f for f in formats if f not in FORMATS]
        if unknown or not formats:
            print(
                f"packstation label: unknown format {','.join(unknown) or '(none)'}; use zpl,png,pdf",
                file=sys.stderr,
            )
            return 2
        parcels = _parcels(order, stored, args.parcel)
        sender = sender_from_config(config)
        rendered: list[tuple[Parcel, dict[str, bytes]]] = []
        for parcel in parcels:
            if args.tracking and not (parcel.tracking_number or order.tracking_number):
                parcel.tracking_number = args.tracking
            labels = render_label(
                order,
                parcel,
                sender,
                stock,
                dpi,
                formats,
                fragile=fragile,
                ship_date=args.date,
                parcel_count=len(stored) or 1,
            )
            rendered.append((parcel, labels))
    except PolicyViolation as exc:
        print(f"packstation label: refused by {exc.field} rule: {exc.reason}", file=sys.stderr)
        return 1
    except LabelError as exc:
        print(f"packstation label: {exc}", file=sys.stderr)
        return 1
    finally:
        station.close()
    # Written only once every parcel rendered, so a refused label leaves no half-set of files.
    args.out.mkdir(parents=True, exist_ok=True)
    stem = safe_name(args.order_id)
    for parcel, labels in rendered:
        for fmt, data in labels.items():
            path = args.out / f"label-{stem}-{parcel.number}.{fmt}"
            path.write_bytes(data)
            print(path)
    return 0
