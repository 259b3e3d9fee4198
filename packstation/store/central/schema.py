"""Open the central store by URL and create or upgrade its schema through its own Alembic tree."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from packstation.store.db import open_engine
from packstation.store.schema import ALEMBIC_LOCK

MIGRATIONS = Path(__file__).parent / "migrations"
# Its own version table, so a central store may share a database with a station without confusion.
VERSION_TABLE = "alembic_version_central"
CONNECT_TIMEOUT_S = 3


class CentralUnavailable(ConnectionError):
    """The central store cannot be reached right now; the station keeps working offline."""


def default_central_url(home_root: Path) -> str:
    return f"sqlite:///{Path(home_root) / 'central.db'}"


def open_central_engine(url: str) -> Engine:
    """An engine for the central store (no schema change): SQLite gets the station's WAL pragmas."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return open_engine(url, migrate=False, checks=False)
    args: dict = {}
    if parsed.get_backend_name() == "postgresql":
        # Fail fast when the server is down, so packing never waits on the network.
        args = {"connect_timeout": CONNECT_TIMEOUT_S}
    return create_engine(url, pool_pre_ping=True, connect_args=args, pool_size=4, max_overflow=4)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade_central(engine: Engine) -> list[str]:
    """Bring the central store to the newest schema (creates it when empty); returns the heads."""
    cfg = alembic_config()
    with engine.begin() as conn, ALEMBIC_LOCK:  # connected first: a store that does not answer never holds the lock
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return sorted(ScriptDirectory.from_config(cfg).get_heads())


class CentralSchemaOld(CentralUnavailable):
    """The central store's schema is older than this station's code: it refuses to sync until
    `packstation central init` has upgraded it (a station never changes a shared store's schema)."""


def expected_heads() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def check_central_schema(engine: Engine, url: str = "") -> None:
    """Raise `CentralSchemaOld` (with the command to run) unless the store is at this code's heads."""
    current = central_revision(engine)
    missing = expected_heads() - current
    if missing:
        where = f" ({url})" if url else ""
        raise CentralSchemaOld(
            f"central store{where} has an older schema than this station ({', '.join(sorted(missing))} "
            "missing): run `packstation central init` to upgrade it, then sync again"
        )


def central_revision(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        return set(ctx.get_current_heads())


def central_is_current(engine: Engine) -> bool:
    heads = set(ScriptDirectory.from_config(alembic_config()).get_heads())
    return central_revision(engine) == heads
