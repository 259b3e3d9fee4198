"""The `packstation` command: with no subcommand it opens the station window; subcommands work headless."""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from collections.abc import Sequence
from typing import TextIO

from packstation.domain.text import terminal_safe

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
    "packstation.cli.backup",
    "packstation.cli.returns",
    "packstation.cli.stock",
]


class UsageError(Exception):
    """Bad arguments or a missing file: exit status 2 with the message."""


def home_parent(*, suppress: bool = False) -> argparse.ArgumentParser:
    """Options every command takes, before or after the subcommand.

    Subcommands get them with `suppress`: an option not given after the subcommand leaves the value
    given before it alone (argparse would otherwise overwrite it with the subparser's default).
    """
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--home",
        metavar="DIR",
        default=argparse.SUPPRESS if suppress else None,
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
        importlib.import_module(name).register(sub, home_parent(suppress=True))
    return parser


class _TerminalSafe(io.TextIOBase):
    """An output stream that shows control and bidi characters escaped (`\x1b`), never raw.

    Names and addresses come from marketplace files; printed raw, ESC sequences would drive the
    terminal. JSON output stays valid: those characters are escaped there as \u001b anyway.
    """

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._inner.flush()

    def fileno(self) -> int:
        return self._inner.fileno()

    def isatty(self) -> bool:
        return self._inner.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._inner, "encoding", "utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    streams = sys.stdout, sys.stderr
    try:
        if args.command is None:
            from packstation.cli.run import run_station

            return run_station(args)
        sys.stdout, sys.stderr = _TerminalSafe(streams[0]), _TerminalSafe(streams[1])  # type: ignore[assignment]
        try:
            return int(args.func(args) or 0)
        finally:
            sys.stdout, sys.stderr = streams
    except UsageError as exc:
        print(terminal_safe(f"packstation: {exc}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _pipe_closed()
    except Exception as exc:  # noqa: BLE001 - only station faults are answered here, the rest re-raised
        fault = station_fault(exc, getattr(args, "home", None))
        if fault is None:
            raise
        print(terminal_safe("packstation: " + " ".join(fault.split())), file=sys.stderr)  # one line
        return 3


def station_fault(exc: BaseException, home: str | None) -> str | None:
    """The one line for a station fault (home, config, database, disk), or None for anything else."""
    import errno
    from pathlib import Path

    from packstation.home import StationFault, resolve_home
    from packstation.store.db import database_fault, os_problem

    if isinstance(exc, StationFault):
        return str(exc)
    try:
        root = resolve_home(home)
    except Exception:  # noqa: BLE001 - the message is still useful without the folder
        root = Path(home or ".")
    fault = database_fault(exc, root / "station.db")
    if fault is not None:
        return str(fault)
    codes = (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR)
    if isinstance(exc, OSError) and exc.errno in codes:
        return os_problem(exc, Path(exc.filename) if exc.filename else root)
    return None


def _pipe_closed() -> int:
    """`packstation orders | head`: the reader left; stop quietly (no traceback at interpreter exit)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader went away


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
