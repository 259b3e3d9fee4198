"""Engines for the station and central databases: SQLite gets WAL, synchronous=FULL and foreign keys.

Faults of the database file itself (empty, not SQLite, damaged, held by another process, on a full or
read-only disk) become `DatabaseFault` with one line saying what is wrong and what to do.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from packstation.home import StationFault, os_problem

# How long a statement waits for a lock another process holds before giving up with a clear message.
BUSY_TIMEOUT_MS = 5000
# Files up to this size get a quick integrity check when opened (about 0.1 s per 10 MB).
QUICK_CHECK_BYTES = 64 * 1024 * 1024
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseFault(StationFault):
    """The station database cannot be used as it is; the message says what to do."""


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def open_engine(url: str, *, migrate: bool = True, checks: bool = True) -> Engine:
    """Create an engine for `url`; with `migrate`, bring its schema up to date first.

    `checks=False` (the embedded central store) opens a SQLite file lazily: nothing is read or
    created until the first connection, so a command that never talks to it never touches it.

    A SQLite file that is empty, not a database or damaged is moved aside (never replaced silently)
    and DatabaseFault says where it went; a file in a folder this process cannot write is opened
    read-only, so listing orders still works from a read-only home.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True)
        if migrate:
            from packstation.store.schema import upgrade

            upgrade(engine)
        return engine
    database = parsed.database or ""
    path = Path(database) if database and database != ":memory:" else None
    read_only = False
    if path is not None and not checks:
        with contextlib.suppress(OSError):  # a read-only home: the first connection says so, if it comes
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    if path is not None:
        _refuse_broken_file(path)
        read_only = not _writable(path)
        if not read_only:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseFault(os_problem(exc, path.parent)) from exc
    if read_only and path is not None:
        if not path.exists():
            raise DatabaseFault(
                f"{path} does not exist and its folder is read-only: give the station a writable home"
            )
        engine = _read_only_engine(path)
    else:
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        # SQLAlchemy's own BEGIN handling: let us issue BEGIN ourselves so writes take the lock up front;
        # connections of `reading(engine)` only read a snapshot and take no lock (WAL).
        event.listen(engine, "begin", _begin)
    try:
        if path is not None and path.exists() and path.stat().st_size <= QUICK_CHECK_BYTES:
            _quick_check(reading(engine), path)
        if migrate:
            from packstation.store.schema import is_current, upgrade

            if path is not None and path.exists() and is_current(reading(engine)):
                pass  # nothing to migrate: no write lock needed (another process may hold it)
            elif read_only:
                if not is_current(engine):
                    raise DatabaseFault(
                        f"{path} needs a schema upgrade but its folder is read-only: "
                        "run packstation once with a writable home"
                    )
            else:
                upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        fault = database_fault(exc, path)
        if fault is None:
            raise
        raise fault from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


READING = "packstation_reading"


def reading(engine: Engine) -> Engine:
    """The same engine for units of work that only read: on SQLite they begin a deferred transaction
    (a WAL snapshot), so another process holding the write lock does not make them wait."""
    return engine.execution_options(**{READING: True})


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READING) else "BEGIN IMMEDIATE")


def _writable(path: Path) -> bool:
    """True when this process can write the database file and the journal files beside it."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _read_only_engine(path: Path) -> Engine:
    """Read-only SQLite: `immutable` when no write-ahead log is left over (nothing can change the file
    on a read-only disk), else plain read-only so the log's committed transactions are seen."""
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
    target = f"file:{quote(str(path))}?{flags}"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(target, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.isolation_level = None
        conn.execute("PRAGMA query_only=ON")
        return conn

    engine = create_engine("sqlite://", creator=connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _refuse_broken_file(path: Path) -> None:
    """An empty or non-SQLite file where the database should be: move it aside and say so."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseFault(f"{path} is a folder, not a database: move it away and run again")
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseFault(os_problem(exc, path)) from exc
    if head == SQLITE_HEADER:
        return
    what = "is empty (0 bytes)" if not head else "is not a database (no SQLite header)"
    raise DatabaseFault(f"{path.name} {what}; {_move_aside(path)}")


def _quick_check(engine: Engine, path: Path) -> None:
    with engine.connect() as conn:
        result = conn.exec_driver_sql("PRAGMA quick_check(1)").scalar()
    if result != "ok":
        engine.dispose()
        detail = " ".join(str(result).replace("*** in database main ***", "").split())[:80]
        raise DatabaseFault(f"{path.name} is damaged ({detail}); {_move_aside(path)}")


def _move_aside(path: Path) -> str:
    """Rename the file (and its journal files) to `<name>.broken-<time>`; the sentence to show."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    try:
        os.replace(path, target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as exc:
        return f"it could not be moved aside ({exc.strerror}): move it away, then restore a backup"
    return (
        f"kept as {target.name}; restore the last backup (see README, Backups) "
        "or run again to start with an empty database"
    )


def database_fault(exc: BaseException, path: Path | None) -> DatabaseFault | None:
    """The station fault an SQLite error stands for, or None when it is not one (a bug, a bad query)."""
    inner = getattr(exc, "orig", exc)
    if not isinstance(inner, sqlite3.Error):
        return None
    text = str(inner).casefold()
    name = str(path) if path is not None else "the database"
    if "locked" in text or "busy" in text:
        return DatabaseFault(
            f"{name} is held by another process (stayed locked for {BUSY_TIMEOUT_MS // 1000} s): "
            "close the other packstation or program using it and run again"
        )
    if "disk is full" in text or ("i/o error" in text and path is not None and _nearly_full(path)):
        return DatabaseFault(
            f"the disk holding {name} is full: free some space and run again (nothing recorded was lost)"
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseFault(
            f"{name} is read-only here: only reading commands work; give the station a writable home"
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseFault(
            f"{name} is damaged ({inner}): stop the station and restore the last backup (see README, Backups)"
        )
    if "unable to open" in text or "disk i/o error" in text:
        return DatabaseFault(f"{name} cannot be opened or written ({inner}): check the disk and the folder")
    return None


def _nearly_full(path: Path) -> bool:
    """True when the disk holding `path` has less than 1 MB left (SQLite then reports an I/O error)."""
    import shutil

    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_conn.isolation_level = None  # autocommit at the driver; SQLAlchemy's "begin" event issues BEGIN
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    # Checkpoint every ~4000 pages (16 MB of WAL) rather than 1000: a scan commits ~15 pages, so at the
    # default one commit in ~70 paid for a checkpoint; now one in ~270 does, out of the p99.
    cur.execute("PRAGMA wal_autocheckpoint=4000")
    cur.close()
