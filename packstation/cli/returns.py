"""`packstation returns`: the returns queue with each decision's deadline, one return, its dispute pack.

`list` shows returns, the most urgent decision first (overdue ones marked); `show CODE` prints one
return (by return id or its first 8 characters, RMA id, return tracking or order id) with its
units and the weight comparison; `grade` and `decide` record a unit's grade and the supervisor's
decision (with who and when); `stats` counts returned units per SKU and reason; `export CODE
--out DIR` writes the return dispute pack (PDF + ZIP).
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

from packstation.compose import open_station
from packstation.domain.returns import ReturnRefused, ReturnState
from packstation.evidence.blobs import EvidenceWriteError
from packstation.services.returns.docs import detail_doc, parcel_doc


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "returns", help="returned parcels: queue, one return, dispute pack", description=__doc__
    )
    cmds = p.add_subparsers(dest="returns_command", metavar="ACTION", required=True)
    ls = cmds.add_parser("list", parents=[parent], help="returns, the most urgent decision first")
    ls.add_argument("--state", choices=[s.value for s in ReturnState], help="only returns in this state")
    ls.add_argument("--json", action="store_true", help="print JSON for scripts")
    ls.set_defaults(func=list_returns)
    show = cmds.add_parser("show", parents=[parent], help="one return with its units and weights")
    show.add_argument(
        "code", metavar="CODE", help="return id (or its first 8 characters), RMA id, tracking or order id"
    )
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(func=show_return)
    st = cmds.add_parser("stats", parents=[parent], help="returned units per SKU and reason")
    st.add_argument("--json", action="store_true", help="print JSON for scripts")
    st.set_defaults(func=return_stats)
    for name, what, choices in (
        ("grade", "grade one returned unit", ("resellable", "refurbish", "write_off")),
        ("decide", "the seller's decision on one unit (a supervisor)", ("restock", "refurbish", "dispose")),
    ):
        a = cmds.add_parser(name, parents=[parent], help=what, description=what)
        a.add_argument("code", metavar="CODE", help="the return (id, RMA id, return tracking or order id)")
        a.add_argument(
            "unit", type=int, metavar="UNIT", help="the unit's number (as `returns show` lists it)"
        )
        a.add_argument("value", choices=choices)
        if name == "decide":
            a.add_argument("--location", default="", help="where a restocked unit goes")
        a.add_argument("--as", dest="as_user", required=True, metavar="USER", help="who (their PIN is asked)")
        a.add_argument("--as-pin", metavar="PIN", help="that user's PIN (default: asked)")
        a.set_defaults(func=grade_or_decide)
    ex = cmds.add_parser("export", parents=[parent], help="write a return's dispute pack (PDF + ZIP)")
    ex.add_argument("code", metavar="CODE")
    ex.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder to write the pack into")
    ex.set_defaults(func=export_return)


def _usage(message: str) -> Exception:
    from packstation.cli import UsageError

    return UsageError(message)


def list_returns(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        parcels = station.returns.queue(args.state)
    finally:
        station.close()
    now = datetime.now(UTC)
    docs = [parcel_doc(p, now) for p in parcels]
    if args.json:
        print(json.dumps({"returns": docs}, indent=2, ensure_ascii=False))
        return 0
    if not docs:
        print("No returns.")
        return 0
    print(f"{'RETURN':8}  {'ORDER':20} {'STATE':9} {'OUTCOME':12} {'DUE (UTC)':16} {'LEFT':>8}  UNITS")
    for d in docs:
        due = d["decision_due"][:16].replace("T", " ") if d["decision_due"] else "-"
        left = d["hours_left"]
        waiting = d["state"] in ("open", "received")
        left_text = "-" if left is None or not waiting else ("OVERDUE" if left < 0 else f"{left:.1f} h")
        units = ", ".join(f"{k} {v}" for k, v in sorted(d["units"].items())) or "-"
        print(
            f"{d['return_id'][:8]:8}  {d['order_id'][:20]:20} {d['state']:9} {d['outcome'] or '-':12} "
            f"{due:16} {left_text:>8}  {units}"
        )
    return 0


def show_return(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        try:
            detail = station.returns.lookup(args.code)
        except ReturnRefused as exc:
            raise _usage(str(exc)) from exc
    finally:
        station.close()
    doc = detail_doc(detail, datetime.now(UTC))
    if args.json:
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    print(
        f"Return {doc['return_id']} of order {doc['order_id']}: "
        f"{doc['state']}, {doc['outcome'] or 'unboxing'}"
    )
    print(
        f"Found by {doc['found_by'] or '-'}; opened {doc['opened_at'] or '-'} "
        f"by {doc['opened_by'] or '-'} at {doc['station']}"
    )
    print(f"Decision due {doc['decision_due'] or '-'}")
    print(f"Weight: {doc['weight']['text']}")
    print(f"Photos: {', '.join(p['kind'] for p in doc['photos']) or 'none'}")
    for u in doc["units"]:
        decided = f"{u['decision']} {u['location']}".strip() if u["decision"] else "-"
        print(
            f"  unit {u['seq']:>3}  {u['outcome']:10} {u['sku'] or u['code']:24} "
            f"grade {u['grade'] or '-':10} {decided}"
        )
    for m in doc["missing"]:
        print(f"  still missing: {m['units']} x {m['sku']}")
    return 0


def return_stats(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        rows = station.returns.per_sku_and_reason()
    finally:
        station.close()
    if args.json:
        doc = [{"sku": sku, "reason": reason, "units": n} for sku, reason, n in rows]
        print(json.dumps({"per_sku_and_reason": doc}, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No returned units.")
    for sku, reason, n in rows:
        print(f"{sku or '(not ours)':24} {reason:12} {n:>6}")
    return 0


def grade_or_decide(args: argparse.Namespace) -> int:
    from packstation.cli.users import read_secret
    from packstation.domain.users import PermissionDenied
    from packstation.services.users import LoginError, UserError

    station = open_station(args.home)
    try:
        try:
            actor = station.users.login_pin(
                args.as_user, read_secret(f"PIN for {args.as_user}: ", args.as_pin)
            )
            rid = station.returns.lookup(args.code).parcel.return_id
            if args.returns_command == "grade":
                detail = station.returns.grade(actor, rid, args.unit, args.value)
            else:
                detail = station.returns.decide(actor, rid, args.unit, args.value, args.location)
        except (ReturnRefused, PermissionDenied, LoginError, UserError) as exc:
            raise _usage(str(exc)) from exc
    finally:
        station.close()
    unit = next(u for u in detail.parcel.units if u.seq == args.unit)
    decided = f", decision {unit.decision.value} {unit.location}".rstrip() if unit.decision else ""
    grade = unit.grade.value if unit.grade else "-"
    print(
        f"Return {rid[:8]} unit {unit.seq} ({unit.sku}): grade {grade}{decided}; return {detail.parcel.state}"
    )
    return 0


def export_return(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        try:
            detail = station.returns.lookup(args.code)
            pdf, zpath = station.returns.export_pack(detail.parcel.return_id, args.out)
        except ReturnRefused as exc:
            raise _usage(str(exc)) from exc
        except (EvidenceWriteError, OSError) as exc:
            raise _usage(f"cannot write the pack into {args.out}: {exc}") from exc
    finally:
        station.close()
    print(pdf)
    print(zpath)
    return 0
