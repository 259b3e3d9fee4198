"""`packstation backup [--out DIR]`: a consistent copy of the station database, while it runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from packstation.cli import UsageError
from packstation.config import load_config
from packstation.home import Home, resolve_home
from packstation.store.backup import backup_database, backup_folder


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup",
        parents=[parent],
        help="copy the station database (safe while the station runs)",
        description="Write a consistent copy of station.db (SQLite online backup) as "
        "station-<UTC time>.db. Restore: see README, Backups. Exit status 3 when the copy cannot be made.",
    )
    p.add_argument(
        "--out", metavar="DIR", type=Path, help="folder for the copy (default: backup.folder or HOME/backups)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    home = Home(resolve_home(args.home))
    config = load_config(home.config_file)
    database = home.station_db
    if config.store.station_url:
        url = make_url(config.store.station_url)
        if url.get_backend_name() != "sqlite" or not url.database:
            raise UsageError("backup copies SQLite station databases; back up this server with its own tools")
        database = Path(url.database)
    made = backup_database(database, args.out or backup_folder(home.root, config.backup.folder))
    print(f"backup written: {made} ({made.stat().st_size // 1024} KiB)")
    return 0
