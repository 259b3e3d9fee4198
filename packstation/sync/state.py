"""The station's own record of its sync: cursor, last success, last error, claim-ahead list, receipts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Connection, Engine, Table, delete, func, select

from packstation.store.base import utcnow
from packstation.store.sync_tables import BlobReceiptRow, ClaimAheadRow, SyncStateRow
from packstation.store.tables import OutboxRow

LAST_OK = "last_sync_ok"
LAST_CONTACT = "last_contact"
LAST_ERROR = "last_error"
PULL_CURSOR = "pull_cursor"


def _table(row: type) -> Table:
    return cast(Table, row.__table__)  # type: ignore[attr-defined]


def get_state(conn: Connection, key: str, default: str = "") -> str:
    value = conn.scalar(select(SyncStateRow.value).where(SyncStateRow.key == key))
    return default if value is None else value


def set_state(conn: Connection, key: str, value: str) -> None:
    """Insert or replace one state value (inside the caller's transaction)."""
    updated = conn.execute(
        _table(SyncStateRow).update()
        .where(SyncStateRow.key == key)
        .values(value=value, updated_at=utcnow())
    )
    if updated.rowcount == 0:
        conn.execute(_table(SyncStateRow).insert().values(key=key, value=value, updated_at=utcnow()))


def get_time(conn: Connection, key: str) -> datetime | None:
    raw = get_state(conn, key)
    return datetime.fromisoformat(raw) if raw else None


def backlog(conn: Connection) -> int:
    return int(conn.scalar(select(func.count()).select_from(OutboxRow)) or 0)


def claimed_ahead(conn: Connection, now: datetime | None = None) -> set[str]:
    """Orders this station may still pack offline (claimed ahead and not yet expired)."""
    now = now or utcnow()
    return set(conn.scalars(select(ClaimAheadRow.order_id).where(ClaimAheadRow.expires_at > now)))


def claimed_ahead_now(engine: Engine, now: datetime | None = None) -> set[str]:
    """Like `claimed_ahead`, read without opening a transaction.

    Claims are asked for while `PackingService.take` holds the station's write transaction; a second
    SQLAlchemy connection would wait for that very lock, so this reads on a bare driver connection.
    """
    now = now or utcnow()
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("SELECT order_id, expires_at FROM claim_ahead")
        rows = cur.fetchall()
        cur.close()
    finally:
        raw.close()
    out = set()
    for order_id, expires in rows:
        when = expires if isinstance(expires, datetime) else datetime.fromisoformat(str(expires))
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        if when > now:
            out.add(order_id)
    return out


def remember_ahead(conn: Connection, claims: dict[str, tuple[datetime, datetime]]) -> None:
    """Replace the claim-ahead list with `order_id -> (claimed_at, expires_at)`."""
    conn.execute(delete(ClaimAheadRow))
    if claims:
        conn.execute(
            _table(ClaimAheadRow).insert(),
            [{"order_id": k, "claimed_at": c, "expires_at": e} for k, (c, e) in claims.items()],
        )


def forget_ahead(conn: Connection, order_id: str) -> None:
    conn.execute(delete(ClaimAheadRow).where(ClaimAheadRow.order_id == order_id))


def confirmed_blobs(conn: Connection) -> set[str]:
    return set(conn.scalars(select(BlobReceiptRow.sha256)))


def add_receipt(conn: Connection, sha256: str, storage: str) -> None:
    if conn.scalar(select(BlobReceiptRow.sha256).where(BlobReceiptRow.sha256 == sha256)) is None:
        conn.execute(
            _table(BlobReceiptRow).insert().values(sha256=sha256, storage=storage, confirmed_at=utcnow())
        )
