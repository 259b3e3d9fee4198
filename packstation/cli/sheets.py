"""`packstation command-sheet`: the printable sheet of command barcodes (NEXT, UNDO, HOLD, ...) as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from packstation.cli import UsageError
from packstation.config import load_config
from packstation.domain.commands import Command
from packstation.home import Home, resolve_home
from packstation.labels.command_sheet import CommandSheetError, command_sheet_pdf
from packstation.languages import LANGUAGES, language_code


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "command-sheet",
        parents=[parent],
        help="write the printable sheet of command barcodes (PDF)",
        description="Write an A4 PDF with one barcode per station command and its hotkey, to pin at the bench.",
    )
    p.add_argument("--out", type=Path, default=Path("packstation-commands.pdf"), help="PDF file to write")
    p.add_argument(
        "--only", action="append", metavar="COMMAND", help="just these commands (repeatable), e.g. NEXT"
    )
    p.add_argument(
        "--language",
        metavar="LANG",
        help="words in this language: en, th, vi, id, ms, zh_CN (default: the station's [languages] default)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    home = Home(resolve_home(args.home))
    config = load_config(home.config_file)
    station = config.station
    language = language_code(args.language or config.languages.default)
    if args.language and not language:
        raise UsageError(f"unknown language '{args.language}'; known: {', '.join(LANGUAGES)}")
    commands = list(Command)
    if args.only:
        names = {name.upper() for name in args.only}
        unknown = names - {c.name for c in Command}
        if unknown:
            raise UsageError(
                f"unknown command(s): {', '.join(sorted(unknown))}; known: {', '.join(c.name for c in Command)}"
            )
        commands = [c for c in Command if c.name in names]
    try:
        pdf = command_sheet_pdf(commands, station=station, language=language or "en")
    except CommandSheetError as exc:
        raise UsageError(str(exc)) from exc
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(pdf)
    print(f"wrote {len(commands)} command barcode(s) to {args.out}")
    return 0
