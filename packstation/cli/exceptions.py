"""`packstation exceptions`: every shipment in exception or at risk, grouped by rule and carrier.

Shows what the review window's exceptions board shows, with the time left on each claim window.
--now TIME evaluates the rules at that time (ISO 8601, UTC when no zone) without storing anything,
so the rules can be checked without waiting.
"""

from __future__ import annotations

import argparse
import json

from packstation.bootstrap import open_station
from packstation.cli import UsageError
from packstation.cli.evidence import when
from packstation.services.tracking import ExceptionsBoard, RuleBook, RuleConfigError, TrackingService


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "exceptions",
        parents=[parent],
        help="list shipments in exception or at risk",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--now", type=when, metavar="TIME", help="evaluate the rules at this time (ISO 8601)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument(
        "--central", action="store_true", help="every station's shipments, from the central store"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        try:
            rules = RuleBook.from_config(station.config.tracking)
        except RuleConfigError as exc:
            raise UsageError(str(exc)) from None
        if getattr(args, "central", False):
            from packstation.services.tracking.central_board import CentralExceptionsBoard
            from packstation.sync.central import CentralUnavailable

            if station.sync is None:
                raise UsageError("no central store is configured for this station")
            try:
                board = CentralExceptionsBoard(station.sync.central, rules).board(args.now)
            except CentralUnavailable as exc:
                print(f"packstation: {exc}")
                return 3
        else:
            board = ExceptionsBoard(TrackingService(station.uow, rules)).board(args.now)
    finally:
        station.close()
    if args.json:
        print(json.dumps(board.as_dict(), ensure_ascii=False, indent=2))
        return 0
    if not board.rows:
        print(f"No shipment in exception or at risk at {board.now.isoformat()}.")
        return 0
    for _rule, carrier, rows in board.groups():
        print(f"{rows[0].title} — {carrier} ({len(rows)})")
        for r in rows:
            claims = "; ".join(c.text() for c in r.claims)
            print(f"  {r.order_id:20} {r.status:14} {r.note}" + (f"  [{claims}]" if claims else ""))
    print(f"{len(board.rows)} shipment(s) at {board.now.isoformat()}")
    return 0
