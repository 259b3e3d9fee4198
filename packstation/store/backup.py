"""Consistent copies of the station database (SQLite online backup), on demand and once a day.

The copy is taken through SQLite's backup API while the station keeps working: it is one snapshot
of committed transactions, never a half-written file. To restore one, see README (Backups).
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from packstation.store.db import BUSY_TIMEOUT_MS, DatabaseFault, os_problem

_NAME = re.compile(r"station-(\d{8})-(\d{6})\.db")


def backup_name(now: datetime) -> str:
    return f"station-{now.astimezone(UTC):%Y%m%d-%H%M%S}.db"


def backup_database(database: Path, folder: Path, now: datetime | None = None) -> Path:
    """Copy `database` into `folder` as station-<UTC time>.db; the copy is checked before it counts.

    Raises DatabaseFault (one line) when the database is missing or damaged or the folder is full
    or not writable; a failed copy leaves no file behind.
    """
    when = now or datetime.now(UTC)
    if not database.is_file():
        raise DatabaseFault(f"no station database at {database}: nothing to back up")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseFault(f"cannot write backups to {folder}: {os_problem(exc, folder)}") from exc
    target = folder / backup_name(when)
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)  # all pages in one step: one consistent snapshot
            copy.execute("PRAGMA journal_mode=DELETE")  # a self-contained file, no -wal beside it
            verdict = copy.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            copy.close()
        if verdict != "ok":
            raise DatabaseFault(f"{database.name} is damaged ({verdict}); the backup was not kept")
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise DatabaseFault(_sqlite_problem(exc, database, folder)) from exc
    except OSError as exc:
        raise DatabaseFault(f"cannot write the backup: {os_problem(exc, folder)}") from exc
    finally:
        source.close()
        partial.unlink(missing_ok=True)
    return target


def _sqlite_problem(exc: sqlite3.Error, database: Path, folder: Path) -> str:
    text = str(exc).casefold()
    if "full" in text:
        return f"the disk holding {folder} is full: free some space and back up again"
    if "locked" in text or "busy" in text:
        return f"{database} stayed locked by another process for 5 s: back up again in a moment"
    if "malformed" in text or "not a database" in text:
        return f"{database.name} is damaged ({exc}); the backup was not kept"
    return f"the backup of {database} failed ({exc})"


def backups_in(folder: Path) -> list[Path]:
    """Backups in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _NAME.fullmatch(p.name))


@dataclass
class DailyBackup:
    """The automatic daily copy: `run_if_due` takes one when the folder has none from today (UTC)
    and keeps the newest `keep`. Qt-free; the station calls it from its background runner."""

    database: Path
    folder: Path
    keep: int = 14

    def due(self, now: datetime) -> bool:
        today = f"station-{now.astimezone(UTC):%Y%m%d}-"
        return not any(p.name.startswith(today) for p in backups_in(self.folder))

    def run_if_due(self, now: datetime | None = None) -> Path | None:
        """The new backup's path, or None when today's backup exists already."""
        when = now or datetime.now(UTC)
        if not self.due(when):
            return None
        made = backup_database(self.database, self.folder, when)
        for old in backups_in(self.folder)[: -self.keep]:
            old.unlink(missing_ok=True)
        return made


def backup_folder(home_root: Path, configured: str = "") -> Path:
    """The configured backup folder (relative paths inside the home), else the home's backups/."""
    if not configured:
        return home_root / "backups"
    folder = Path(configured).expanduser()
    return folder if folder.is_absolute() else home_root / folder


def daily_backup(home_root: Path, folder: str = "", keep: int = 14) -> DailyBackup:
    """The station's daily backup from its home and `[backup]` settings (what compose wires)."""
    return DailyBackup(home_root / "station.db", backup_folder(home_root, folder), keep)
