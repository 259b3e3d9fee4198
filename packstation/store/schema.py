"""Create or upgrade a database through Alembic migrations (the only way the schema changes).

Each subsystem owns its tables and a migration branch off `0001_foundation`; `upgrade()` applies all heads.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData

from packstation.store.base import Base

# Modules that define tables on `Base`; every subsystem with tables adds its module here.
TABLE_MODULES: list[str] = [
    "packstation.store.tables",
    "packstation.store.user_tables",
    "packstation.store.evidence_tables",
    "packstation.store.sync_tables",
    "packstation.store.print_tables",
    "packstation.store.video_tables",
    "packstation.store.return_tables",
]

MIGRATIONS = Path(__file__).parent / "migrations"

# Alembic keeps its `op` and `context` proxies in module globals, so two upgrades at once in one
# process (a station database opened in a worker while the central store upgrades in another)
# would tear each other's proxies down. Every Alembic command in packstation runs under this lock.
ALEMBIC_LOCK = threading.Lock()


def all_metadata() -> MetaData:
    for module in TABLE_MODULES:
        importlib.import_module(module)
    return Base.metadata


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema (creates it when empty)."""
    cfg = alembic_config()
    with engine.begin() as conn, ALEMBIC_LOCK:  # connected first: a store that does not answer never holds the lock
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def is_current(engine: Engine) -> bool:
    heads = set(ScriptDirectory.from_config(alembic_config()).get_heads())
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads()) == heads
