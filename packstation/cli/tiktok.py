"""`packstation tiktok pull|push|status`: the TikTok Shop connector, headless.

Credentials come from the environment (PACKSTATION_TIKTOK_APP_KEY, _APP_SECRET, _SHOP_CIPHER,
_ACCESS_TOKEN, _REFRESH_TOKEN) or [channels.tiktok] in the config file; they are never printed.
"""

from __future__ import annotations

import argparse
import json

from packstation.channels.base import ChannelError
from packstation.compose import open_station
from packstation.services.marketplace import MarketplaceConnector


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("tiktok", parents=[parent], help="TikTok Shop connector", description=__doc__)
    what = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (
        ("pull", "new and changed orders, cancellations, holds and platform labels"),
        ("push", "report handed-over orders shipped, with tracking number and provider"),
        ("status", "last pull and push, backlog, errors, token expiry"),
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
    return {
        "shipped": r.shipped, "corrected": r.corrected,
        "refused": [f"{order}: {reason}" for order, reason in r.refused],
        "failed": [f"{order}: {reason}" for order, reason in r.failed],
        "waiting": r.waiting, "stopped": r.stopped,
    }  # fmt: skip
