"""`packstation tiktok pull|push|status|tracking`: the TikTok Shop connector, headless.

Credentials come from the environment (PACKSTATION_TIKTOK_APP_KEY, _APP_SECRET, _SHOP_CIPHER,
_ACCESS_TOKEN, _REFRESH_TOKEN) or [channels.tiktok] in the config file; they are never printed.
"""

from __future__ import annotations

import argparse
import json

from packstation.channels.base import ChannelError
from packstation.compose import Station, open_station
from packstation.services.marketplace import MarketplaceConnector


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("tiktok", parents=[parent], help="TikTok Shop connector", description=__doc__)
    what = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (
        ("pull", "new and changed orders, cancellations, holds and platform labels"),
        ("push", "report handed-over orders shipped, with tracking number and provider"),
        ("status", "last pull and push, backlog, errors, token expiry"),
        ("tracking", "carrier tracking of open shipments in; the delivery rules and alerts run"),
    ):
        a = what.add_parser(name, parents=[parent], help=text, description=text)
        a.add_argument("--json", action="store_true", help="print JSON for scripts")
        a.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        try:
            connector = MarketplaceConnector.for_tiktok(
                station.uow,
                station.config.channels.tiktok,
                station.name,
                station.config.channels.provider_names,
            )
            if args.action == "pull":
                out = _pull(connector)
            elif args.action == "push":
                out = _push(connector)
            elif args.action == "tracking":
                out = _tracking(station, connector)
            else:
                out = connector.status().as_dict()
        except ChannelError as exc:
            print(f"packstation: TikTok Shop: {exc}")
            return 3
    finally:
        station.close()
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2, default=str))
    else:
        for key, value in out.items():
            if isinstance(value, list):
                value = f"{len(value)}" + (": " + ", ".join(map(str, value[:10])) if value else "")
            print(f"{key.replace('_', ' ')}: {value if value not in (None, '') else '-'}")
    return 1 if out.get("refused") and args.action == "push" else 0


def _pull(connector: MarketplaceConnector) -> dict:
    r = connector.pull()
    return {
        "seen": r.seen, "new": r.imported, "updated": r.updated, "cancelled": r.cancelled,
        "stop_packing": r.cancelled_while_packing, "on_hold": r.held, "released": r.released,
        "skipped": r.skipped, "not_updated": r.not_updated, "address_changed": r.address_changed, "labels": r.labels, "label_errors": r.label_errors,
    }  # fmt: skip


def _push(connector: MarketplaceConnector) -> dict:
    r = connector.push()
    c = connector.cancel()  # out-of-stock cancellations queued by `stock decide`
    return {
        "shipped": r.shipped, "corrected": r.corrected,
        "refused": [f"{order}: {reason}" for order, reason in r.refused]
        + [f"{order}: cancellation refused: {reason}" for order, reason in c.refused],
        "failed": [f"{order}: {reason}" for order, reason in r.failed + c.failed],
        "waiting": r.waiting + c.waiting, "stopped": r.stopped or c.stopped,
        "cancelled_out_of_stock": [f"{order} (cancel id {cancel_id})" for order, cancel_id in c.cancelled],
    }  # fmt: skip


def _tracking(station: Station, connector: MarketplaceConnector) -> dict:
    from packstation.services.marketplace_tracking import MarketplaceTracking

    per_round = station.config.channels.tiktok.tracking_per_round
    feed = MarketplaceTracking(station.uow, connector.channel, station.delivery_watch, per_round=per_round)
    result = feed.run()
    return {
        "asked": result.asked,
        "updates": result.updates,
        "stored": result.stored,
        "status_changes": result.changes,
        "errors": result.errors,
    }
