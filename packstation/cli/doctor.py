"""`packstation doctor`: list serial ports and cameras, test the configured devices, print a test label.

Exit status 0 when every configured device works, 1 when one does not.
"""

from __future__ import annotations

import argparse
import json

from packstation.bootstrap import open_station
from packstation.services.doctor import run_doctor


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("doctor", parents=[parent], help="find and test devices", description=__doc__)
    p.add_argument(
        "--print-test", action="store_true", help="also print a test label on the configured printer"
    )
    p.add_argument(
        "--timeout", type=float, default=3.0, metavar="SECONDS", help="time allowed per device (default 3)"
    )
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    station = open_station(args.home)
    try:
        report = run_doctor(station.config, print_test=args.print_test, timeout_s=args.timeout)
    finally:
        station.close()
    if args.json:
        print(
            json.dumps(
                {
                    "ok": report.ok,
                    "serial_ports": [
                        {"device": p.device, "description": p.description, "url": p.url} for p in report.ports
                    ],
                    "cameras": [{"url": c.url, "width": c.width, "height": c.height} for c in report.cameras],
                    "devices": {
                        kind: {"url": url, "ok": r.ok, "message": r.message, "details": list(r.details)}
                        for kind, (url, r) in report.devices.items()
                    },
                    "print_test": None
                    if report.print_test is None
                    else {"ok": report.print_test.ok, "message": report.print_test.message},
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(f"packstation doctor: station {station.name}, home {station.home.root}")
        print(report.render())
    return 0 if report.ok else 1
