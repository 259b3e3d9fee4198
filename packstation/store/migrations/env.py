"""Alembic environment: runs on the connection handed over by `packstation.store.schema.upgrade`."""

from __future__ import annotations

from alembic import context

from packstation.store.schema import all_metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used via packstation.store.schema
    raise RuntimeError("run migrations through packstation.store.schema.upgrade()")

context.configure(
    connection=connection,
    target_metadata=all_metadata(),
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
