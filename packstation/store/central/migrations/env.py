"""Alembic environment of the central store: runs on the connection from `upgrade_central`."""

from __future__ import annotations

from alembic import context

from packstation.store.central.schema import VERSION_TABLE
from packstation.store.central.tables import CentralBase

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used via packstation.store.central.schema
    raise RuntimeError("run central migrations through packstation.store.central.schema.upgrade_central()")

context.configure(
    connection=connection,
    target_metadata=CentralBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
