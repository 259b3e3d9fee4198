"""Video: per-order recordings, their hash-chained MP4 segments, retention purges.

Revision ID: 0013_video
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "0013_video"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

UTC = packstation.store.base.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "video_recordings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("packer", sa.String(length=100), nullable=False),
        sa.Column("camera", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_at", UTC(timezone=True), nullable=False),
        sa.Column("ended_at", UTC(timezone=True), nullable=True),
        sa.Column("segment_count", sa.Integer(), nullable=True),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("fps", sa.Float(), nullable=False),
        sa.Column("bitrate", sa.Integer(), nullable=False),
        sa.Column("incomplete", sa.Boolean(), nullable=False),
        sa.Column("gaps", sa.JSON(), nullable=False),
        sa.Column("frames_dropped", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_video_recordings")),
    )
    op.create_index(op.f("ix_video_recordings_order_id"), "video_recordings", ["order_id"], unique=False)
    op.create_table(
        "video_segments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("recording_id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("blob_key", sa.String(length=200), nullable=False),
        sa.Column("started_at", UTC(timezone=True), nullable=False),
        sa.Column("ended_at", UTC(timezone=True), nullable=False),
        sa.Column("frames", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_video_segments")),
        sa.UniqueConstraint("station", "seq", name="uq_video_segments_station_seq"),
        sa.UniqueConstraint("recording_id", "number", name="uq_video_segments_recording_number"),
    )
    op.create_index(op.f("ix_video_segments_recording_id"), "video_segments", ["recording_id"], unique=False)
    op.create_index(op.f("ix_video_segments_order_id"), "video_segments", ["order_id"], unique=False)
    op.create_index("ix_video_segments_sha256", "video_segments", ["sha256"], unique=False)
    op.create_table(
        "video_purges",
        sa.Column("segment_id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("purged_at", UTC(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("segment_id", name=op.f("pk_video_purges")),
    )
    op.create_index(op.f("ix_video_purges_order_id"), "video_purges", ["order_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_video_purges_order_id"), table_name="video_purges")
    op.drop_table("video_purges")
    op.drop_index("ix_video_segments_sha256", table_name="video_segments")
    op.drop_index(op.f("ix_video_segments_order_id"), table_name="video_segments")
    op.drop_index(op.f("ix_video_segments_recording_id"), table_name="video_segments")
    op.drop_table("video_segments")
    op.drop_index(op.f("ix_video_recordings_order_id"), table_name="video_recordings")
    op.drop_table("video_recordings")
