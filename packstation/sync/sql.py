"""Dialect-aware statements the central store needs on both SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite


def upsert_insert(conn: Connection, table: Any) -> Any:
    """An INSERT with `.on_conflict_do_update/do_nothing` for the connection's dialect."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(
        f"central store on {conn.dialect.name} is not supported (use SQLite or PostgreSQL)"
    )
