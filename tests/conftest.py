"""Shared fixtures: a throw-away PostgreSQL server (session-wide) and central-store URLs for both backends."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.sync.pgserver import PgServer, PgUnavailable, find_pg_bindir

_db_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server on 127.0.0.1 in a temp folder, started once for the test session."""
    if find_pg_bindir() is None:
        pytest.skip(
            "PostgreSQL tests skipped: no PostgreSQL server binaries (initdb, pg_ctl) on this machine; "
            "install postgresql (Debian: apt-get install postgresql) to run them"
        )
    try:
        server = PgServer.create()
    except PgUnavailable as exc:  # pragma: no cover - find_pg_bindir already checked
        pytest.skip(str(exc))
    server.start()
    yield server
    server.destroy()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return pg_server.create_database(f"t{next(_db_numbers)}")


@pytest.fixture
def central_sqlite_url(tmp_path: Path) -> str:
    """URL of an embedded (SQLite) central store in this test's temp folder."""
    return f"sqlite:///{tmp_path / 'central' / 'central.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def central_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The central store URL, once for SQLite and once for a real PostgreSQL server."""
    if request.param == "sqlite":
        return request.getfixturevalue("central_sqlite_url")
    return request.getfixturevalue("pg_url")
