"""`packstation stock`: import a stock count, list levels, adjust, count, restock, decide on waiting orders."""

from __future__ import annotations

import argparse
import getpass
import json
import os
from pathlib import Path

from packstation.cli import UsageError
from packstation.compose import Station, open_station
from packstation.domain.stock import StockError
from packstation.domain.text import printable
from packstation.domain.users import Actor, PermissionDenied
from packstation.services.credentials import LoginError
from packstation.services.imports import ImportFormatError
from packstation.services.stock import StockService
from packstation.store.central.schema import CentralUnavailable
from packstation.sync.stock import DECISIONS

PIN_ENV = "PACKSTATION_SUPERVISOR_PIN"


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "stock",
        parents=[parent],
        help="stock levels per SKU and bin, reservations, counts and adjustments",
        description="Stock in the central store (every station sees the same numbers). Exit status: 0 done, "
        "1 some rows rejected or a change refused, 2 usage or file error, 3 station fault.",
    )
    acts = p.add_subparsers(dest="act", metavar="ACTION", required=True)
    imp = acts.add_parser(
        "import", parents=[parent], help="set on-hand from a stock count (CSV/xlsx: sku, location, on_hand)"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--by", default="import", help="who counted (recorded in the audit)")
    imp.set_defaults(func=run_import)
    ls = acts.add_parser("list", parents=[parent], help="sku, location, on hand, reserved, available")
    ls.add_argument("--sku", action="append", help="only this SKU (repeatable)")
    ls.add_argument("--json", action="store_true", help="print JSON for scripts")
    ls.set_defaults(func=run_list)
    adj = acts.add_parser(
        "adjust", parents=[parent], help="add or remove units in a bin (supervisor, audited)"
    )
    adj.add_argument("sku")
    adj.add_argument("location")
    adj.add_argument("delta", type=int, help="units to add (5) or remove (-3)")
    adj.add_argument("--reason", required=True, help="why (kept in the audit)")
    _pin(adj)
    adj.set_defaults(func=run_adjust)
    cnt = acts.add_parser("count", parents=[parent], help="record a counted bin; the difference is audited")
    cnt.add_argument("sku")
    cnt.add_argument("location")
    cnt.add_argument("counted", type=int)
    cnt.add_argument("--by", required=True, help="who counted")
    cnt.set_defaults(func=run_count)
    rs = acts.add_parser("restock", parents=[parent], help="units back on the shelf (a return, a receipt)")
    rs.add_argument("sku")
    rs.add_argument("location")
    rs.add_argument("qty", type=int)
    rs.add_argument("--reason", required=True)
    rs.add_argument("--by", required=True, help="who put them back")
    rs.set_defaults(func=run_restock)
    dec = acts.add_parser(
        "decide", parents=[parent], help="an order waiting for stock: pick-anyway or out-of-stock"
    )
    dec.add_argument("order_id")
    dec.add_argument("decision", choices=[d.replace("_", "-") for d in DECISIONS])
    dec.add_argument("--reason", required=True)
    _pin(dec)
    dec.set_defaults(func=run_decide)
    oos = acts.add_parser("out-of-stock", parents=[parent], help="orders marked out of stock, to cancel")
    oos.add_argument("--export", type=Path, metavar="FILE", help="write them as CSV for the marketplace")
    oos.add_argument("--json", action="store_true")
    oos.set_defaults(func=run_out_of_stock)
    th = acts.add_parser("threshold", parents=[parent], help="alert when a SKU's available units fall to N")
    th.add_argument("sku")
    th.add_argument("threshold", type=int, nargs="?", help="leave out to remove the alert")
    th.set_defaults(func=run_threshold)
    low = acts.add_parser("low", parents=[parent], help="SKUs at or below their alert threshold")
    low.add_argument("--json", action="store_true")
    low.set_defaults(func=run_low)
    audit = acts.add_parser("audit", parents=[parent], help="the latest stock changes, newest first")
    audit.add_argument("sku", nargs="?")
    audit.add_argument("--limit", type=int, default=50)
    audit.set_defaults(func=run_audit)


def _pin(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pin", help=f"supervisor PIN or badge (else ${PIN_ENV}, else asked for)")


def _service(station: Station) -> StockService:
    return station.stock


def _supervisor(station: Station, args: argparse.Namespace) -> Actor:
    secret = args.pin or os.environ.get(PIN_ENV) or getpass.getpass("Supervisor PIN or badge: ")
    try:
        return station.users.verify_supervisor(secret)
    except (LoginError, PermissionDenied) as exc:
        raise UsageError(str(exc)) from None


def _run(args: argparse.Namespace, work) -> int:  # type: ignore[no-untyped-def]
    station = open_station(args.home)
    try:
        return int(work(station, _service(station)) or 0)
    except (StockError, PermissionDenied) as exc:
        print(printable(f"packstation: {exc}"))
        return 1
    except ImportFormatError as exc:
        raise UsageError(str(exc)) from None
    except CentralUnavailable as exc:
        print(printable(f"packstation: {exc}"))
        return 3
    finally:
        station.close()


def run_import(args: argparse.Namespace) -> int:
    def work(station: Station, stock: StockService) -> int:
        report = stock.import_file(args.file, Actor(args.by))
        for problem in report.rejected:
            print(printable(f"rejected {problem}"))
        print(
            f"{report.source}: {report.rows} rows; {report.imported} bins set, {report.unchanged} unchanged, "
            f"{len(report.rejected)} rows rejected"
        )
        return report.exit_code

    return _run(args, work)


def run_list(args: argparse.Namespace) -> int:
    def work(station: Station, stock: StockService) -> int:
        levels = stock.book.levels(args.sku) if args.sku else stock.levels()
        if args.json:
            rows = [
                {
                    "sku": lv.sku,
                    "location": lv.location,
                    "on_hand": lv.on_hand,
                    "reserved": lv.reserved,
                    "available": lv.available,
                }
                for lv in levels
            ]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        if not levels:
            print("No stock loaded (stock is not tracked: every order counts as in stock).")
            return 0
        print(f"{'SKU':24} {'LOCATION':14} {'ON HAND':>8} {'RESERVED':>9} {'AVAILABLE':>10}")
        for lv in levels:
            print(
                printable(f"{lv.sku:24} {lv.location:14} {lv.on_hand:>8} {lv.reserved:>9} {lv.available:>10}")
            )
        print(f"{len(levels)} bin(s)")
        return 0

    return _run(args, work)


def run_adjust(args: argparse.Namespace) -> int:
    def work(station: Station, stock: StockService) -> int:
        level = stock.adjust(_supervisor(station, args), args.sku, args.location, args.delta, args.reason)
        print(
            printable(
                f"{level.sku} at {level.location}: {level.on_hand} on hand, {level.available} available"
            )
        )
        return 0

    return _run(args, work)


def run_count(args: argparse.Namespace) -> int:
    def work(station: Station, stock: StockService) -> int:
        delta = stock.count(Actor(args.by), args.sku, args.location, args.counted)
        diff = "matches the books" if delta == 0 else f"difference {delta:+d} recorded"
        print(printable(f"{args.sku} at {args.location}: counted {args.counted}, {diff}"))
        return 0

    return _run(args, work)


def run_restock(args: argparse.Namespace) -> int:
    def work(station: Station, stock: StockService) -> int:
        level = stock.restock(Actor(args.by), args.sku, args.location, args.qty, args.reason)
        print(printable(f"{level.sku} at {level.location}: {level.on_hand} on hand"))
        return 0

    return _run(args, work)


def run_decide(args: argparse.Namespace) -> int:
    def work(station: Station, stock: StockService) -> int:
        decision = args.decision.replace("-", "_")
        before = stock.decide(_supervisor(station, args), args.order_id, decision, args.reason)
        print(printable(f"order {args.order_id}: {args.decision} recorded ({before.words()})"))
        return 0

    return _run(args, work)


def run_out_of_stock(args: argparse.Namespace) -> int:
    def work(station: Station, stock: StockService) -> int:
        if args.export:
            n = stock.export_out_of_stock(args.export)
            print(f"{n} order(s) to cancel as out of stock written to {args.export}")
            return 0
        rows = stock.out_of_stock()
        if args.json:
            print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2))
            return 0
        for r in rows:
            print(
                printable(
                    f"{r.order_id:20} {r.channel:10} {r.missing}  (marked by {r.marked_by}: {r.reason})"
                )
            )
            if r.marketplace:
                print(printable(f"{'':20} {r.marketplace}"))
        print(f"{len(rows)} order(s) marked out of stock")
        return 0

    return _run(args, work)


def run_threshold(args: argparse.Namespace) -> int:
    def work(station: Station, stock: StockService) -> int:
        if args.threshold is not None and args.threshold < 0:
            raise StockError("A threshold cannot be negative.")
        stock.book.set_threshold(args.sku, args.threshold)
        print(
            f"{args.sku}: "
            + (f"alert at {args.threshold} available" if args.threshold is not None else "no alert")
        )
        return 0

    return _run(args, work)


def run_low(args: argparse.Namespace) -> int:
    def work(station: Station, stock: StockService) -> int:
        low = stock.book.low_stock()
        if args.json:
            print(json.dumps([x.__dict__ for x in low], indent=2))
        else:
            for x in low:
                print(printable(x.words()))
            print(f"{len(low)} SKU(s) low")
        return 0

    return _run(args, work)


def run_audit(args: argparse.Namespace) -> int:
    def work(station: Station, stock: StockService) -> int:
        for a in stock.book.audit(args.sku, args.limit):
            print(
                printable(
                    f"{a.at:%Y-%m-%d %H:%M} {a.kind:9} {a.sku:20} {a.location:10} {a.delta:+6d} -> {a.on_hand_after:<6} "
                    f"{a.actor or '-'} {a.order_id} {a.reason}"
                )
            )
        return 0

    return _run(args, work)
