"""`packstation import orders|catalog FILE`: load marketplace exports and the product catalog."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path

from packstation.bootstrap import open_station
from packstation.cli import UsageError
from packstation.config import ImportsConfig
from packstation.domain.text import printable
from packstation.services.imports import (
    ImportFormatError,
    ImportReport,
    ImportRules,
    import_catalog,
    import_orders,
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import",
        parents=[parent],
        help="import orders or the product catalog",
        description="Import a TikTok Shop order export, a generic CSV/JSON order file, or a product catalog. "
        "Exit status: 0 all rows taken, 1 some rows rejected (listed with line, column and reason), "
        "2 usage or file error, 3 station fault.",
    )
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    orders = kinds.add_parser(
        "orders", parents=[parent], help="import an order export (TikTok Shop CSV, generic CSV or JSON)"
    )
    orders.add_argument("file", type=Path)
    orders.add_argument(
        "--channel", help="force the layout: 'tiktok', or a channel name for the generic format"
    )
    orders.add_argument(
        "--timezone",
        default="UTC",
        help="the shop's time zone for export times (default UTC), e.g. Asia/Kuala_Lumpur",
    )
    orders.add_argument("--quiet", action="store_true", help="print only problems and the totals")
    orders.add_argument(
        "--central",
        action="store_true",
        help="also write the orders to the central store so every station sees them",
    )
    orders.set_defaults(func=run_orders)
    catalog = kinds.add_parser("catalog", parents=[parent], help="import products with their barcodes")
    catalog.add_argument("file", type=Path)
    catalog.add_argument("--quiet", action="store_true")
    catalog.set_defaults(func=run_catalog)


def _print(report: ImportReport, quiet: bool) -> int:
    lines = report.summary()
    problems = [line for line in lines if line.startswith(("rejected", "CANCELLED", "not "))]
    for line in lines if not quiet else problems + lines[-1:]:
        stream = sys.stderr if line in problems else sys.stdout
        print(printable(line), file=stream)  # names from the file never reach the terminal raw
    return report.exit_code


def import_rules(config: ImportsConfig) -> ImportRules:
    """The station's import limits from its config."""
    return ImportRules(
        max_quantity=config.max_quantity,
        future=timedelta(hours=config.future_hours),
        past=timedelta(days=config.past_days),
        order_id_patterns=dict(config.order_id_patterns),
        max_json_depth=config.max_json_depth,
    )


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise UsageError(f"no such file: {path}")


def run_orders(args: argparse.Namespace) -> int:
    _check_file(args.file)
    station = open_station(args.home)
    try:
        report = import_orders(
            station.uow,
            args.file,
            channel=args.channel,
            handling_hours=station.config.packing.handling_hours,
            timezone=args.timezone or station.config.packing.shop_timezone,
            station=station.name,
            rules=import_rules(station.config.imports),
        )
    except ImportFormatError as exc:
        raise UsageError(printable(str(exc))) from exc
    except (ValueError, LookupError) as exc:  # e.g. an unknown time zone name
        raise UsageError(str(exc)) from exc
    finally:
        station.close()
    code = _print(report, args.quiet)
    if args.central:
        code = max(code, _publish(args.home))
    return code


def _publish(home: str | None) -> int:
    """Send the station's open and cancelled orders to the central store (unchanged ones are skipped)."""
    from packstation.domain.orders import OrderStatus
    from packstation.store.central.schema import CentralUnavailable
    from packstation.store.repositories import OrderFilter
    from packstation.sync.orders import CentralOrders

    station = open_station(home)
    try:
        with station.uow() as uow:
            wanted = [OrderStatus.READY, OrderStatus.ON_HOLD, OrderStatus.CANCELLED]
            orders = uow.orders.find(OrderFilter(status=wanted))
        assert station.sync is not None
        changed = CentralOrders(station.sync.central).publish(orders, source=f"import at {station.name}")
    except CentralUnavailable as exc:
        print(
            f"packstation: orders imported locally, but the central store is unreachable: {exc}",
            file=sys.stderr,
        )
        return 3
    finally:
        station.close()
    print(f"central store: {changed} of {len(orders)} order(s) new or changed")
    return 0


def run_catalog(args: argparse.Namespace) -> int:
    _check_file(args.file)
    station = open_station(args.home)
    try:
        report = import_catalog(station.uow, args.file, station=station.name, home=station.home.root)
    except ImportFormatError as exc:
        raise UsageError(printable(str(exc))) from exc
    finally:
        station.close()
    return _print(report, args.quiet)
