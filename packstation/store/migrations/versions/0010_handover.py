"""Handover: staged parcels, handovers and their parcels, order deadlines.

Revision ID: 0010_handover
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "0010_handover"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handovers",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("carrier", sa.String(length=100), nullable=False),
        sa.Column("courier_name", sa.String(length=200), nullable=False),
        sa.Column("vehicle_plate", sa.String(length=32), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("opened_by", sa.String(length=100), nullable=False),
        sa.Column("opened_at", packstation.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_by", sa.String(length=100), nullable=False),
        sa.Column("closed_at", packstation.store.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("acknowledgement", sa.String(length=200), nullable=False),
        sa.Column("signature_photo_id", sa.String(length=36), nullable=False),
        sa.Column("photo_ids", sa.JSON(), nullable=False),
        sa.Column("partial_orders", sa.JSON(), nullable=False),
        sa.Column("left_behind", sa.JSON(), nullable=False),
        sa.Column("parcels", sa.Integer(), nullable=False),
        sa.Column("total_weight_g", sa.Float(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("manifest_blob_key", sa.String(length=200), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handovers")),
    )
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handovers_state"), ["state"], unique=False)

    op.create_table(
        "order_deadlines",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("dispatch_due", packstation.store.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("collection_due", packstation.store.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_order_deadlines")),
    )
    with op.batch_alter_table("order_deadlines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_order_deadlines_collection_due"), ["collection_due"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_order_deadlines_dispatch_due"), ["dispatch_due"], unique=False)

    op.create_table(
        "staged_parcels",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("parcels_in_order", sa.Integer(), nullable=False),
        sa.Column("carrier", sa.String(length=100), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("sscc", sa.String(length=18), nullable=False),
        sa.Column("weight_g", sa.Float(), nullable=True),
        sa.Column("location", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("photos", sa.Integer(), nullable=False),
        sa.Column("photos_waived", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("manifest_id", sa.String(length=64), nullable=False),
        sa.Column("staged_at", packstation.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("dispatch_due", packstation.store.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("collection_due", packstation.store.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("order_id", "number", name=op.f("pk_staged_parcels")),
    )
    with op.batch_alter_table("staged_parcels", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staged_parcels_carrier"), ["carrier"], unique=False)
        batch_op.create_index(batch_op.f("ix_staged_parcels_manifest_id"), ["manifest_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_staged_parcels_sscc"), ["sscc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_staged_parcels_tracking_number"), ["tracking_number"], unique=False
        )

    op.create_table(
        "handover_parcels",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("handover_id", sa.String(length=64), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("sscc", sa.String(length=18), nullable=False),
        sa.Column("weight_g", sa.Float(), nullable=True),
        sa.Column("scanned_by", sa.String(length=100), nullable=False),
        sa.Column("scanned_at", packstation.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["handover_id"],
            ["handovers.id"],
            name=op.f("fk_handover_parcels_handover_id_handovers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("order_id", "number", name=op.f("pk_handover_parcels")),
    )
    with op.batch_alter_table("handover_parcels", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_parcels_handover_id"), ["handover_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("handover_parcels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_parcels_handover_id"))

    op.drop_table("handover_parcels")
    with op.batch_alter_table("staged_parcels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staged_parcels_tracking_number"))
        batch_op.drop_index(batch_op.f("ix_staged_parcels_sscc"))
        batch_op.drop_index(batch_op.f("ix_staged_parcels_manifest_id"))
        batch_op.drop_index(batch_op.f("ix_staged_parcels_carrier"))

    op.drop_table("staged_parcels")
    with op.batch_alter_table("order_deadlines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_deadlines_dispatch_due"))
        batch_op.drop_index(batch_op.f("ix_order_deadlines_collection_due"))

    op.drop_table("order_deadlines")
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handovers_state"))

    op.drop_table("handovers")
