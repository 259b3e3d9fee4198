"""Print jobs: labels stored before they are sent.

Revision ID: 0002_print_jobs
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "0002_print_jobs"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_jobs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("parcel_number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=True),
        sa.Column("blob_path", sa.String(length=500), nullable=False),
        sa.Column("printer", sa.String(length=300), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("created_at", packstation.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", packstation.store.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_jobs")),
    )
    op.create_index(op.f("ix_print_jobs_order_id"), "print_jobs", ["order_id"], unique=False)
    op.create_index("ix_print_jobs_state", "print_jobs", ["state"], unique=False)
    op.create_index("ix_print_jobs_tracking_number", "print_jobs", ["tracking_number"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_print_jobs_tracking_number", table_name="print_jobs")
    op.drop_index("ix_print_jobs_state", table_name="print_jobs")
    op.drop_index(op.f("ix_print_jobs_order_id"), table_name="print_jobs")
    op.drop_table("print_jobs")
