"""`packstation export shipments`: handed-over orders for the marketplace (Seller Center sheet, CSV, JSON)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from packstation.channels.sheets import FORMATS, ExportError, export_shipments
from packstation.cli import UsageError
from packstation.compose import open_station


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export", parents=[parent], help="export shipments for marketplaces", description=__doc__
    )
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    s = what.add_parser(
        "shipments",
        parents=[parent],
        help="handed-over orders not yet reported",
        description="Write handed-over orders not yet reported: --format tiktok-xlsx is the Seller Center "
        "bulk-shipping sheet (Manage Orders > Upload); csv and json list order id, tracking number, "
        "carrier, shipped at and manifest id. What is written is recorded and left out next time.",
    )
    s.add_argument("--format", choices=FORMATS, required=True, help="tiktok-xlsx, csv or json")
    s.add_argument("--out", required=True, metavar="FILE", help="file to write")
    scope = s.add_mutually_exclusive_group()
    scope.add_argument("--manifest", metavar="ID", help="only the orders of this manifest")
    scope.add_argument(
        "--since", metavar="DATE", help="only orders shipped since (YYYY-MM-DD or ISO time, UTC)"
    )
    s.add_argument("--again", action="store_true", help="include orders already reported")
    s.set_defaults(func=run)


def parse_since(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--since {text!r}: give a date as YYYY-MM-DD or an ISO time") from None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def run(args: argparse.Namespace) -> int:
    since = parse_since(args.since) if args.since else None
    station = open_station(args.home)
    try:
        report = export_shipments(
            station.uow,
            args.format,
            args.out,
            manifest=args.manifest,
            since=since,
            again=args.again,
            provider_names=station.config.channels.provider_names,
        )
    except ExportError as exc:
        raise UsageError(str(exc)) from None
    finally:
        station.close()
    for line in report.lines():
        print(line)
    return 0
