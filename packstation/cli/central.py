"""`packstation central`: create or upgrade the central store, see stations, publish, cancel, release."""

from __future__ import annotations

import argparse
import json

from packstation.bootstrap import open_station
from packstation.config import load_config, redacted_url
from packstation.domain.orders import OrderStatus
from packstation.home import Home, resolve_home
from packstation.store.central.schema import CentralUnavailable
from packstation.store.repositories import OrderFilter
from packstation.sync.central import CentralStore
from packstation.sync.claims import ClaimBook
from packstation.sync.orders import CentralOrders, OrderNotInCentral
from packstation.sync.wiring import central_url_for


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("central", parents=[parent], help="manage the central store", description=__doc__)
    csub = p.add_subparsers(dest="central_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a = csub.add_parser(name, parents=[parent], help=help_text, description=help_text)
        a.add_argument(
            "--url", help="central store URL (default: PACKSTATION_CENTRAL_URL, config, central.db)"
        )
        return a

    action("init", "create the central store's schema, or upgrade it to the newest").set_defaults(
        func=run_init
    )
    s = action("status", "every station's last contact and backlog")
    s.add_argument("--json", action="store_true", help="print JSON for scripts")
    s.set_defaults(func=run_status)
    action("publish", "publish this station's orders to the central store").set_defaults(func=run_publish)
    c = action("cancel", "cancel an order centrally (every station stops packing it)")
    c.add_argument("order_id")
    c.add_argument("--reason", required=True, help="why (shown to the packer)")
    c.set_defaults(func=run_cancel)
    r = action("release", "supervisor: free an order's claim, whichever station holds it")
    r.add_argument("order_id")
    r.set_defaults(func=run_release)
    action("claims", "list current claims").set_defaults(func=run_claims)


def _central(args: argparse.Namespace, migrate: bool = False) -> CentralStore:
    home = Home(resolve_home(args.home))
    config = load_config(home.config_file)
    return CentralStore.open(
        args.url or central_url_for(home.root, config.store.central_url), migrate=migrate
    )


def _guarded(func):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except CentralUnavailable as exc:
            print(f"packstation: {exc}")
            return 3

    return run


@_guarded
def run_init(args: argparse.Namespace) -> int:
    central = _central(args)
    heads = central.upgrade()
    print(f"central store {redacted_url(str(central.engine.url))} is at {', '.join(heads)}")
    central.dispose()
    return 0


@_guarded
def run_status(args: argparse.Namespace) -> int:
    central = _central(args)
    stations = central.stations()
    events = central.event_count()
    central.dispose()
    if args.json:
        rows = [
            {
                "station": s.station,
                "last_contact": s.last_contact.isoformat(),
                "backlog": s.backlog,
                "events_received": s.events_received,
            }
            for s in stations
        ]
        print(json.dumps({"events": events, "stations": rows}, indent=2))
        return 0
    print(f"{'STATION':24} {'LAST CONTACT (UTC)':20} {'BACKLOG':>8} {'EVENTS':>9}")
    for s in stations:
        print(f"{s.station:24} {s.last_contact:%Y-%m-%d %H:%M:%S}  {s.backlog:>8} {s.events_received:>9}")
    print(f"{len(stations)} station(s), {events} event(s) in the central store")
    return 0


@_guarded
def run_publish(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    with station.uow() as uow:
        orders = uow.orders.find(OrderFilter(status=[OrderStatus.READY, OrderStatus.ON_HOLD]))
    station.close()
    central = _central(args, migrate=True)
    changed = CentralOrders(central).publish(orders, source=f"station {station.name}")
    central.dispose()
    print(f"{changed} of {len(orders)} order(s) new or changed in the central store")
    return 0


@_guarded
def run_cancel(args: argparse.Namespace) -> int:
    central = _central(args)
    try:
        CentralOrders(central).cancel(args.order_id, args.reason, by="supervisor")
    except OrderNotInCentral:
        print(f"packstation: no order {args.order_id} in the central store")
        return 1
    finally:
        central.dispose()
    print(f"order {args.order_id} cancelled centrally; stations stop before label and handoff")
    return 0


@_guarded
def run_release(args: argparse.Namespace) -> int:
    central = _central(args)
    holder = ClaimBook(central).release_any(args.order_id)
    central.dispose()
    print(
        f"order {args.order_id} released" + (f" (was held by {holder})" if holder else " (it had no claim)")
    )
    return 0


@_guarded
def run_claims(args: argparse.Namespace) -> int:
    central = _central(args)
    claims = ClaimBook(central).claims()
    central.dispose()
    for c in claims:
        kind = "ahead" if c.ahead else "packing"
        print(f"{c.order_id:22} {c.station:20} {kind:8} until {c.expires_at:%Y-%m-%d %H:%M} UTC")
    print(f"{len(claims)} claim(s)")
    return 0
