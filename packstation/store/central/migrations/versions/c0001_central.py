"""Central store: events, orders, claims, station contacts, blobs.

Revision ID: c0001_central
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import packstation.store.base

revision = "c0001_central"
down_revision = None
branch_labels = None
depends_on = None

UTC = packstation.store.base.UTCDateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "central_events",
        sa.Column(
            "seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=48), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("occurred_at", UTC, nullable=False),
        sa.Column("station_seq", sa.BigInteger(), nullable=False),
        sa.Column("received_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_central_events")),
        sa.UniqueConstraint("id", name=op.f("uq_central_events_id")),
    )
    op.create_index(op.f("ix_central_events_order_id"), "central_events", ["order_id"])
    op.create_index("ix_central_events_station_seq", "central_events", ["station", "station_seq"])

    op.create_table(
        "central_orders",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("data", JSON, nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("txid", sa.BigInteger(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_central_orders")),
    )
    op.create_index(op.f("ix_central_orders_status"), "central_orders", ["status"])
    op.create_index(op.f("ix_central_orders_txid"), "central_orders", ["txid"])
    op.create_index(op.f("ix_central_orders_version"), "central_orders", ["version"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE SEQUENCE central_order_version")

    op.create_table(
        "central_counters",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_central_counters")),
    )
    op.create_table(
        "central_claims",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("claimed_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.Column("ahead", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_central_claims")),
    )
    op.create_index(op.f("ix_central_claims_expires_at"), "central_claims", ["expires_at"])
    op.create_index(op.f("ix_central_claims_station"), "central_claims", ["station"])

    op.create_table(
        "central_stations",
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("last_contact", UTC, nullable=False),
        sa.Column("backlog", sa.BigInteger(), nullable=False),
        sa.Column("events_received", sa.BigInteger(), nullable=False),
        sa.Column("last_event_at", UTC, nullable=True),
        sa.PrimaryKeyConstraint("station", name=op.f("pk_central_stations")),
    )
    op.create_table(
        "central_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("storage", sa.String(length=16), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("stored_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_central_blobs")),
    )
    op.create_table(
        "central_blob_data",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary().with_variant(postgresql.BYTEA(), "postgresql"), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_central_blob_data")),
    )


def downgrade() -> None:
    for table in (
        "central_blob_data",
        "central_blobs",
        "central_stations",
        "central_claims",
        "central_counters",
        "central_orders",
        "central_events",
    ):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE IF EXISTS central_order_version")
