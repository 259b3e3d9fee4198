"""Returns: returned parcels linked to their orders, and each unit checked back.

Revision ID: 0014_returns
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "0014_returns"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

UTC = packstation.store.base.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "returns",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("found_by", sa.String(length=24), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("return_tracking", sa.String(length=64), nullable=False),
        sa.Column("rma_id", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("opened_by", sa.String(length=100), nullable=False),
        sa.Column("opened_at", UTC(timezone=True), nullable=True),
        sa.Column("arrival_weight_g", sa.Float(), nullable=True),
        sa.Column("outbound_weight_g", sa.Float(), nullable=True),
        sa.Column("weighed_by", sa.String(length=100), nullable=False),
        sa.Column("weighed_at", UTC(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("decision_due", UTC(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=100), nullable=False),
        sa.Column("closed_at", UTC(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", UTC(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_returns")),
    )
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_returns_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_returns_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_returns_return_tracking"), ["return_tracking"], unique=False)
        batch_op.create_index(batch_op.f("ix_returns_rma_id"), ["rma_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_returns_decision_due"), ["decision_due"], unique=False)

    op.create_table(
        "return_units",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("return_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=True),
        sa.Column("sku", sa.String(length=100), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("photo_id", sa.String(length=36), nullable=False),
        sa.Column("scanned_by", sa.String(length=100), nullable=False),
        sa.Column("scanned_at", UTC(timezone=True), nullable=False),
        sa.Column("grade", sa.String(length=16), nullable=False),
        sa.Column("graded_by", sa.String(length=100), nullable=False),
        sa.Column("graded_at", UTC(timezone=True), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("location", sa.String(length=64), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("decided_at", UTC(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["return_id"], ["returns.id"], name=op.f("fk_return_units_return_id_returns"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_units")),
        sa.UniqueConstraint("return_id", "seq", name="uq_return_units_return_id_seq"),
    )
    with op.batch_alter_table("return_units", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_return_units_return_id"), ["return_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_return_units_sku"), ["sku"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("return_units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_return_units_sku"))
        batch_op.drop_index(batch_op.f("ix_return_units_return_id"))
    op.drop_table("return_units")
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_returns_decision_due"))
        batch_op.drop_index(batch_op.f("ix_returns_rma_id"))
        batch_op.drop_index(batch_op.f("ix_returns_return_tracking"))
        batch_op.drop_index(batch_op.f("ix_returns_state"))
        batch_op.drop_index(batch_op.f("ix_returns_order_id"))
    op.drop_table("returns")
