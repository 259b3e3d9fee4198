"""Marketplace channels: order facts from the marketplace, shipments reported, sheets exported, labels.

Revision ID: 0011_channels
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "0011_channels"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

UTC = packstation.store.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "channel_orders",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("package_ids", sa.JSON(), nullable=False),
        sa.Column("platform_status", sa.String(length=64), nullable=False),
        sa.Column("update_time", sa.Integer(), nullable=False),
        sa.Column("on_hold", sa.Boolean(), nullable=False),
        sa.Column("shipping_due", UTC, nullable=True),
        sa.Column("collection_due", UTC, nullable=True),
        sa.Column("delivery_due", UTC, nullable=True),
        sa.Column("shipping_type", sa.String(length=16), nullable=False),
        sa.Column("delivery_option_id", sa.String(length=64), nullable=False),
        sa.Column("pulled_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_channel_orders")),
    )
    op.create_table(
        "channel_shipments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("package_id", sa.String(length=64), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("provider_id", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("shipped_at", UTC, nullable=True),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_shipments")),
        sa.UniqueConstraint("channel", "package_id", name="uq_channel_shipments_package"),
    )
    op.create_index(op.f("ix_channel_shipments_order_id"), "channel_shipments", ["order_id"], unique=False)
    op.create_table(
        "channel_reports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("target", sa.String(length=32), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("carrier", sa.String(length=100), nullable=False),
        sa.Column("manifest", sa.String(length=64), nullable=False),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("reported_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_reports")),
        sa.UniqueConstraint("target", "order_id", "tracking_number", name="uq_channel_reports_target"),
    )
    op.create_table(
        "channel_labels",
        sa.Column("package_id", sa.String(length=64), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("fetched_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_channel_labels")),
    )
    op.create_index(op.f("ix_channel_labels_order_id"), "channel_labels", ["order_id"], unique=False)
    op.create_table(
        "channel_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_channel_state")),
    )


def downgrade() -> None:
    op.drop_table("channel_state")
    op.drop_index(op.f("ix_channel_labels_order_id"), table_name="channel_labels")
    op.drop_table("channel_labels")
    op.drop_table("channel_reports")
    op.drop_index(op.f("ix_channel_shipments_order_id"), table_name="channel_shipments")
    op.drop_table("channel_shipments")
    op.drop_table("channel_orders")
