"""Run the real station window headless with a scripted sequence of packer actions.

    python -m tests.harness.selftest HOME [--prepare] ACTION ...

Actions: `login`, `key:F2`, `scan:CODE`, `units:N` (scan the next N units of the open order),
`weigh` (true weight on the sim scale, then OK), `state` (print the state as one JSON line),
`hang` (print HANG and keep running until killed: the crash/resume test SIGKILLs it here).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def run_actions(driver, actions: list[str]) -> None:  # type: ignore[no-untyped-def]
    for action in actions:
        name, _, arg = action.partition(":")
        if name == "login":
            driver.login()
        elif name == "key":
            driver.key(arg)
            driver.settle(0.05)
        elif name == "scan":
            driver.scan(arg)
        elif name == "units":
            for code in driver.unit_barcodes()[: int(arg)]:
                driver.scan(code)
        elif name == "weigh":
            driver.weigh_true()
            driver.key("F3")
        elif name == "state":
            print(json.dumps(driver.state()), flush=True)
        elif name == "hang":
            print("HANG", flush=True)
            while True:
                driver.settle(0.05)
        else:
            raise SystemExit(f"selftest: unknown action {action!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.harness.selftest", description=__doc__)
    parser.add_argument("home", type=Path)
    parser.add_argument("--prepare", action="store_true", help="create the home with demo data and users")
    parser.add_argument("actions", nargs="*")
    args = parser.parse_intermixed_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from packstation.ui.bench_driver import StationDriver, prepare_home

    if args.prepare:
        prepare_home(args.home)
    driver = StationDriver(args.home)
    try:
        run_actions(driver, args.actions)
    finally:
        driver.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
