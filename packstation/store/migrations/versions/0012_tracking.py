"""Tracking: carrier tracking events, delivery state per shipped order, proofs of delivery, alerts.

Revision ID: 0012_tracking
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "0012_tracking"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

UTC = packstation.store.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "tracking_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("occurred_at", UTC, nullable=False),
        sa.Column("carrier", sa.String(length=100), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("proof", sa.Text(), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("batch", sa.String(length=36), nullable=False),
        sa.Column("imported_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracking_events")),
        sa.UniqueConstraint("tracking_number", "event", "occurred_at", name="uq_tracking_events_scan"),
    )
    op.create_index(op.f("ix_tracking_events_order_id"), "tracking_events", ["order_id"])
    op.create_table(
        "deliveries",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("carrier_status", sa.String(length=16), nullable=False),
        sa.Column("rule", sa.String(length=48), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("carrier", sa.String(length=100), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("shipped_at", UTC, nullable=True),
        sa.Column("delivery_due", UTC, nullable=True),
        sa.Column("first_scan_at", UTC, nullable=True),
        sa.Column("last_scan_at", UTC, nullable=True),
        sa.Column("delivered_at", UTC, nullable=True),
        sa.Column("verdict_at", UTC, nullable=True),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_deliveries")),
    )
    op.create_index(op.f("ix_deliveries_carrier_status"), "deliveries", ["carrier_status"])
    op.create_table(
        "delivery_proofs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("blob_key", sa.String(length=200), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("delivered_at", UTC, nullable=True),
        sa.Column("kept_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_proofs")),
        sa.UniqueConstraint("order_id", "source", name="uq_delivery_proofs_order_source"),
    )
    op.create_index(op.f("ix_delivery_proofs_order_id"), "delivery_proofs", ["order_id"])
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("kind", sa.String(length=48), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("raised_at", UTC, nullable=False),
        sa.Column("seen_by", sa.String(length=100), nullable=False),
        sa.Column("seen_at", UTC, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
        sa.UniqueConstraint("key", name=op.f("uq_alerts_key")),
    )
    op.create_index(op.f("ix_alerts_kind"), "alerts", ["kind"])
    op.create_index(op.f("ix_alerts_raised_at"), "alerts", ["raised_at"])
    op.create_table(
        "alert_sends",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("next_attempt_at", UTC, nullable=False),
        sa.Column("sent_at", UTC, nullable=True),
        sa.ForeignKeyConstraint(
            ["alert_id"], ["alerts.id"], name=op.f("fk_alert_sends_alert_id_alerts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_sends")),
        sa.UniqueConstraint(
            "alert_id", "channel", "recipient", name="uq_alert_sends_alert_channel_recipient"
        ),
    )
    op.create_index(op.f("ix_alert_sends_alert_id"), "alert_sends", ["alert_id"])
    op.create_index(op.f("ix_alert_sends_state"), "alert_sends", ["state"])


def downgrade() -> None:
    op.drop_table("alert_sends")
    op.drop_table("alerts")
    op.drop_table("delivery_proofs")
    op.drop_table("deliveries")
    op.drop_table("tracking_events")
