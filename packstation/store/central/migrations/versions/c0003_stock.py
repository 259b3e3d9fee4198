"""Central store: stock per SKU and bin, reservations per order, the audit of changes, decisions, thresholds.

Revision ID: c0003_stock
Revises: c0002_station_identity
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "c0003_stock"
down_revision = "c0002_station_identity"
branch_labels = None
depends_on = None

UTC = packstation.store.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "central_stock",
        sa.Column("sku", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=64), nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("reserved", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.CheckConstraint(
            "reserved >= 0 AND reserved <= on_hand", name=op.f("ck_central_stock_reserved_within_on_hand")
        ),
        sa.PrimaryKeyConstraint("sku", "location", name=op.f("pk_central_stock")),
    )
    op.create_table(
        "central_stock_reservations",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("sku", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=64), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("ahead", sa.Boolean(), nullable=False),
        sa.Column("reserved_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("order_id", "sku", "location", name=op.f("pk_central_stock_reservations")),
    )
    op.create_index(
        op.f("ix_central_stock_reservations_station"), "central_stock_reservations", ["station"], unique=False
    )
    op.create_table(
        "central_stock_adjustments",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("sku", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("on_hand_after", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_stock_adjustments")),
    )
    op.create_index(
        op.f("ix_central_stock_adjustments_sku"), "central_stock_adjustments", ["sku"], unique=False
    )
    op.create_table(
        "central_stock_decisions",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_central_stock_decisions")),
    )
    op.create_table(
        "central_stock_thresholds",
        sa.Column("sku", sa.String(length=100), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sku", name=op.f("pk_central_stock_thresholds")),
    )


def downgrade() -> None:
    op.drop_table("central_stock_thresholds")
    op.drop_table("central_stock_decisions")
    op.drop_index(op.f("ix_central_stock_adjustments_sku"), table_name="central_stock_adjustments")
    op.drop_table("central_stock_adjustments")
    op.drop_index(op.f("ix_central_stock_reservations_station"), table_name="central_stock_reservations")
    op.drop_table("central_stock_reservations")
    op.drop_table("central_stock")
