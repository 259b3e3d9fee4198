"""`packstation sync`: push events, pull orders, renew claims and upload photos, headless."""

from __future__ import annotations

import argparse
import json
import signal
import threading

from packstation.compose import compose
from packstation.sync.engine import SyncReport


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sync", parents=[parent], help="sync with the central store", description=__doc__)
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--once", action="store_true", help="one round, then exit (status 3 if unreachable)")
    mode.add_argument("--watch", action="store_true", help="keep syncing until interrupted")
    p.add_argument("--interval", type=float, default=2.0, help="seconds between rounds with --watch")
    p.add_argument("--claim-ahead", type=int, default=None, metavar="N", help="claim the next N orders ahead")
    p.add_argument("--central-url", help="central store URL (default: PACKSTATION_CENTRAL_URL, config)")
    p.add_argument("--json", action="store_true", help="print the round's report as JSON")
    p.set_defaults(func=run)


def describe(report: SyncReport) -> dict:
    out: dict = {
        "ok": report.ok,
        "error": report.error,
        "pushed": report.push.sent,
        "new_at_central": report.push.inserted,
    }
    if report.pull is not None:
        out.update(
            pulled_new=report.pull.new, pulled_updated=report.pull.updated, cancelled=report.pull.cancelled
        )
        if report.pull.cancelled_while_packing:
            out["stop_packing"] = report.pull.cancelled_while_packing
    if report.blobs is not None:
        out.update(blobs_uploaded=len(report.blobs.uploaded), blobs_corrupt=report.blobs.corrupt)
    out["claimed_ahead"] = report.claimed_ahead
    return out


def run(args: argparse.Namespace) -> int:
    station = compose(
        args.home, migrate_central=True, central_url=args.central_url or "", claim_ahead=args.claim_ahead
    )
    sync = station.sync
    assert sync is not None
    try:
        if args.once:
            report = sync.engine.run_once()
            status = sync.engine.status()
            info = describe(report) | {"backlog": status.backlog}
            if args.json:
                print(json.dumps(info, indent=2))
            elif report.ok:
                print(
                    f"synced: {report.push.sent} event(s) sent, backlog {status.backlog}"
                    + (f", {report.pull.new} new order(s)" if report.pull else "")
                )
                for order_id in info.get("stop_packing", []):
                    print(f"STOP: order {order_id} was cancelled centrally while being packed here.")
            else:
                print(f"offline: {report.error}; {status.backlog} event(s) wait to be sent")
            return 0 if report.ok else 3
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        print(f"syncing {station.name} with {sync.central.url} every {args.interval:g} s (Ctrl+C stops)")
        try:
            sync.engine.run(stop, interval=args.interval)
        except KeyboardInterrupt:
            stop.set()
        return 0
    finally:
        station.close()
