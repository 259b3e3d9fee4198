"""Evidence: proof photos with their hash chain.

Revision ID: 0003_evidence
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "0003_evidence"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "proof_photos",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("parcel_number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("blob_key", sa.String(length=200), nullable=False),
        sa.Column("original_sha256", sa.String(length=64), nullable=False),
        sa.Column("original_blob_key", sa.String(length=200), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("label_visible", sa.Boolean(), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("taken_at", packstation.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("packer", sa.String(length=100), nullable=False),
        sa.Column("camera", sa.String(length=200), nullable=False),
        sa.Column("accepted_without_label", sa.Boolean(), nullable=False),
        sa.Column("waiver_reason", sa.Text(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proof_photos")),
        sa.UniqueConstraint("station", "seq", name="uq_proof_photos_station_seq"),
    )
    op.create_index(op.f("ix_proof_photos_order_id"), "proof_photos", ["order_id"], unique=False)
    op.create_index("ix_proof_photos_sha256", "proof_photos", ["sha256"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_proof_photos_sha256", table_name="proof_photos")
    op.drop_index(op.f("ix_proof_photos_order_id"), table_name="proof_photos")
    op.drop_table("proof_photos")
