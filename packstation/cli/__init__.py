"""The `packstation` command: with no subcommand it opens the station window; subcommands work headless."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module defines `register(subparsers)`; its subcommands set `func(args) -> int`.
COMMAND_MODULES: list[str] = [
    "packstation.cli.imports",
    "packstation.cli.orders",
    "packstation.cli.bench",
    "packstation.cli.simulate",
    "packstation.cli.users",
    "packstation.cli.doctor",
    "packstation.cli.sync",
    "packstation.cli.central",
    "packstation.cli.sheets",
    "packstation.cli.evidence",
    "packstation.cli.label",
    "packstation.cli.export",
    "packstation.cli.tiktok",
    "packstation.cli.handover",
    "packstation.cli.tracking",
    "packstation.cli.exceptions",
]


class UsageError(Exception):
    """Bad arguments or a missing file: exit status 2 with the message."""


def home_parent() -> argparse.ArgumentParser:
    """Options every command takes."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--home",
        metavar="DIR",
        help="station home folder (default: PACKSTATION_HOME or the user data folder)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="packstation",
        description="Packing station: confirm, pick, pack, label and photograph every order. "
        "Without a subcommand, opens the station window.",
        parents=[home_parent()],
    )
    parser.add_argument(
        "--demo-orders", type=int, default=24, help="demo orders loaded on a fresh home (0: none)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, home_parent())
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from packstation.cli.run import run_station

            return run_station(args)
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"packstation: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
