"""Foundation tables: catalog, orders and their lines, scans, parcels, events and the outbox."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from packstation.store.base import Base, UTCDateTime


class ProductRow(Base):
    __tablename__ = "products"

    sku: Mapped[str] = mapped_column(String(100), primary_key=True)
    sku_id: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(300))
    variation: Mapped[str] = mapped_column(String(200), default="")
    weight_g: Mapped[float] = mapped_column(Float, default=0.0)
    length_mm: Mapped[float] = mapped_column(Float, default=0.0)
    width_mm: Mapped[float] = mapped_column(Float, default=0.0)
    height_mm: Mapped[float] = mapped_column(Float, default=0.0)
    fragile: Mapped[bool] = mapped_column(Boolean, default=False)
    image: Mapped[str] = mapped_column(String(500), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    barcodes: Mapped[list[BarcodeRow]] = relationship(
        back_populates="product", cascade="all, delete-orphan", lazy="selectin"
    )


class BarcodeRow(Base):
    """A product barcode, keyed by its lookup form (GTIN-14 for GS1 codes, else as printed)."""

    __tablename__ = "product_barcodes"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    printed: Mapped[str] = mapped_column(String(100))
    sku: Mapped[str] = mapped_column(ForeignKey("products.sku", ondelete="CASCADE"), index=True)

    product: Mapped[ProductRow] = relationship(back_populates="barcodes")


class OrderRow(Base):
    __tablename__ = "orders"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), default="generic")
    status: Mapped[str] = mapped_column(String(16), index=True)
    platform_status: Mapped[str] = mapped_column(String(64), default="")
    held_from: Mapped[str | None] = mapped_column(String(16), nullable=True)
    hold_reason: Mapped[str] = mapped_column(Text, default="")
    hold_reason_text: Mapped[str] = mapped_column(Text, default="")  # to_json of the reason (migration 0016)
    flagged: Mapped[str] = mapped_column(Text, default="")
    pre_order: Mapped[bool] = mapped_column(Boolean, default=False)
    recipient_name: Mapped[str] = mapped_column(String(300))
    recipient_phone: Mapped[str] = mapped_column(String(64), default="")
    address_line1: Mapped[str] = mapped_column(Text, default="")
    address_line2: Mapped[str] = mapped_column(Text, default="")
    district: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(32), default="")
    country: Mapped[str] = mapped_column(String(8), default="")
    carrier: Mapped[str] = mapped_column(String(100), default="")
    service: Mapped[str] = mapped_column(String(100), default="")
    tracking_number: Mapped[str] = mapped_column(String(64), default="", index=True)
    platform_shipped: Mapped[bool] = mapped_column(Boolean, default=False)
    buyer_message: Mapped[str] = mapped_column(Text, default="")
    seller_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ship_by: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    station: Mapped[str] = mapped_column(String(100), default="")
    packer: Mapped[str] = mapped_column(String(100), default="")
    source_digest: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    lines: Mapped[list[OrderLineRow]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLineRow.line_no", lazy="selectin"
    )

    # Review search orders by (updated_at or ship_by, order_id): each index ends in that pair, so a page
    # of results is one index range (migration 0006).
    __table_args__ = (
        Index("ix_orders_recipient_name", "recipient_name"),
        Index("ix_orders_updated_order", "updated_at", "order_id"),
        Index("ix_orders_ship_by_order", "ship_by", "order_id"),
        Index("ix_orders_status_updated", "status", "updated_at", "order_id"),
        Index("ix_orders_status_ship_by", "status", "ship_by", "order_id"),
        Index("ix_orders_packer_updated", "packer", "updated_at", "order_id"),
        Index("ix_orders_station_updated", "station", "updated_at", "order_id"),
        Index(
            "ix_orders_flagged_updated",
            "updated_at",
            "order_id",
            sqlite_where=text("flagged != ''"),
            postgresql_where=text("flagged != ''"),
        ),
    )


class OrderLineRow(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.order_id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(100), index=True)
    sku_id: Mapped[str] = mapped_column(String(64), default="")
    product_name: Mapped[str] = mapped_column(String(300), default="")
    variation: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    picked: Mapped[int] = mapped_column(Integer, default=0)
    in_catalog: Mapped[bool] = mapped_column(Boolean, default=True)

    order: Mapped[OrderRow] = relationship(back_populates="lines")

    __table_args__ = (UniqueConstraint("order_id", "line_no", name="uq_order_lines_order_line"),)


class ScanRow(Base):
    """Every scan at the Pick step, with its verdict; undone scans stay, marked undone."""

    __tablename__ = "scans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.order_id", ondelete="CASCADE"), index=True)
    raw: Mapped[str] = mapped_column(String(200))
    sku: Mapped[str] = mapped_column(String(100), default="")
    verdict: Mapped[str] = mapped_column(String(32))
    line_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    station: Mapped[str] = mapped_column(String(100), default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    undo_reason: Mapped[str] = mapped_column(Text, default="")


class ParcelRow(Base):
    __tablename__ = "parcels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.order_id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    box_code: Mapped[str] = mapped_column(String(32), default="")
    length_mm: Mapped[float] = mapped_column(Float, default=0.0)
    width_mm: Mapped[float] = mapped_column(Float, default=0.0)
    height_mm: Mapped[float] = mapped_column(Float, default=0.0)
    weight_g: Mapped[float | None] = mapped_column(Float, nullable=True)
    expected_weight_g: Mapped[float | None] = mapped_column(Float, nullable=True)
    weight_override: Mapped[str] = mapped_column(Text, default="")
    tracking_number: Mapped[str] = mapped_column(String(64), default="", index=True)
    sscc: Mapped[str] = mapped_column(String(18), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("order_id", "number", name="uq_parcels_order_number"),)


class EventRow(Base):
    """An immutable status event. `seq` orders events locally; `id` is the global dedupe key."""

    __tablename__ = "events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    type: Mapped[str] = mapped_column(String(48), index=True)
    station: Mapped[str] = mapped_column(String(100), default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)

    __table_args__ = (
        Index("ix_events_user_occurred", "user", "occurred_at"),
        Index("ix_events_station_occurred", "station", "occurred_at"),
    )


class OutboxRow(Base):
    """Events written locally but not yet confirmed by the central store (transactional outbox)."""

    __tablename__ = "outbox"

    event_seq: Mapped[int] = mapped_column(ForeignKey("events.seq", ondelete="CASCADE"), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[EventRow] = relationship(lazy="raise")


class CounterRow(Base):
    """Named monotonically increasing counters (tracking ranges, SSCC serials, parcel numbers)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class SettingRow(Base):
    """Small key/value facts about this database (station id, first-run done, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# -- Marketplace channels (migration 0011_channels) ---------------------------------------------------


class ChannelOrderRow(Base):
    """What a marketplace said of an order beyond the order itself: packages, due times, its own hold."""

    __tablename__ = "channel_orders"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    package_ids: Mapped[list] = mapped_column(JSON, default=list)
    platform_status: Mapped[str] = mapped_column(String(64), default="")
    update_time: Mapped[int] = mapped_column(Integer, default=0)
    on_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    shipping_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    collection_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    delivery_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    shipping_type: Mapped[str] = mapped_column(String(16), default="SELLER")
    delivery_option_id: Mapped[str] = mapped_column(String(64), default="")
    pulled_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ChannelShipmentRow(Base):
    """One package reported shipped to a marketplace (or refused by it, with its reason)."""

    __tablename__ = "channel_shipments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(32))
    package_id: Mapped[str] = mapped_column(String(64))
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    tracking_number: Mapped[str] = mapped_column(String(64), default="")
    provider_id: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(16))  # shipped | refused | failed
    reason: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("channel", "package_id", name="uq_channel_shipments_package"),)


class ChannelReportRow(Base):
    """An order's shipment written to a sheet or export for a marketplace, so it is not reported twice."""

    __tablename__ = "channel_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    target: Mapped[str] = mapped_column(String(32))  # tiktok (sheet or API) | export (csv/json)
    order_id: Mapped[str] = mapped_column(String(64))
    tracking_number: Mapped[str] = mapped_column(String(64), default="")
    carrier: Mapped[str] = mapped_column(String(100), default="")
    manifest: Mapped[str] = mapped_column(String(64), default="")
    file: Mapped[str] = mapped_column(Text, default="")
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        UniqueConstraint("target", "order_id", "tracking_number", name="uq_channel_reports_target"),
    )


class ChannelLabelRow(Base):
    """A label document the marketplace made for a package, downloaded while its link was valid."""

    __tablename__ = "channel_labels"

    package_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    document: Mapped[bytes] = mapped_column()  # bytes: LargeBinary (BLOB / bytea)
    sha256: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ChannelStateRow(Base):
    """Small named facts of a connector: tokens, last pull and push, last error, pull cursor."""

    __tablename__ = "channel_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StagedParcelRow(Base):
    """A parcel waiting for its carrier (staged here, or at another station and learnt from the centre).

    `manifest_id` is set when a closed handover took it; a parcel is in at most one closed manifest.
    """

    __tablename__ = "staged_parcels"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    parcels_in_order: Mapped[int] = mapped_column(Integer, default=1)
    carrier: Mapped[str] = mapped_column(String(100), default="", index=True)
    tracking_number: Mapped[str] = mapped_column(String(64), default="", index=True)
    sscc: Mapped[str] = mapped_column(String(18), default="", index=True)
    weight_g: Mapped[float | None] = mapped_column(Float, nullable=True)
    location: Mapped[str] = mapped_column(String(64), default="")
    station: Mapped[str] = mapped_column(String(100), default="")
    photos: Mapped[int] = mapped_column(Integer, default=0)
    photos_waived: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16), default="staged")
    note: Mapped[str] = mapped_column(Text, default="")
    manifest_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    staged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    dispatch_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    collection_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class HandoverRow(Base):
    """One handover: a courier pickup or a drop-off, open while parcels are scanned, then its manifest."""

    __tablename__ = "handovers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the manifest id
    kind: Mapped[str] = mapped_column(String(16), default="pickup")
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)
    carrier: Mapped[str] = mapped_column(String(100))
    courier_name: Mapped[str] = mapped_column(String(200), default="")
    vehicle_plate: Mapped[str] = mapped_column(String(32), default="")
    station: Mapped[str] = mapped_column(String(100), default="")
    opened_by: Mapped[str] = mapped_column(String(100), default="")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    acknowledgement: Mapped[str] = mapped_column(String(200), default="")  # typed name or "signature"
    signature_photo_id: Mapped[str] = mapped_column(String(36), default="")
    photo_ids: Mapped[list] = mapped_column(JSON, default=list)
    partial_orders: Mapped[dict] = mapped_column(JSON, default=dict)  # order id -> "who: why"
    left_behind: Mapped[list] = mapped_column(JSON, default=list)
    parcels: Mapped[int] = mapped_column(Integer, default=0)
    total_weight_g: Mapped[float] = mapped_column(Float, default=0.0)
    manifest_sha256: Mapped[str] = mapped_column(String(64), default="")
    manifest_blob_key: Mapped[str] = mapped_column(String(200), default="")
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    record_hash: Mapped[str] = mapped_column(String(64), default="")


class HandoverParcelRow(Base):
    """A parcel scanned into a handover. The key makes a parcel belong to one handover only."""

    __tablename__ = "handover_parcels"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    handover_id: Mapped[str] = mapped_column(ForeignKey("handovers.id", ondelete="CASCADE"), index=True)
    tracking_number: Mapped[str] = mapped_column(String(64), default="")
    sscc: Mapped[str] = mapped_column(String(18), default="")
    weight_g: Mapped[float | None] = mapped_column(Float, nullable=True)
    scanned_by: Mapped[str] = mapped_column(String(100), default="")
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OrderDeadlineRow(Base):
    """An order's dispatch-due and collection-due times: from the channel when it sends them, else computed."""

    __tablename__ = "order_deadlines"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    dispatch_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    collection_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    source: Mapped[str] = mapped_column(String(16), default="computed")


class TrackingEventRow(Base):
    """A carrier tracking event as imported; the same tracking number, event and time are stored once.

    `order_id` is empty while no order has the tracking number (listed as unknown, matched later).
    """

    __tablename__ = "tracking_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tracking_number: Mapped[str] = mapped_column(String(64))
    event: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    carrier: Mapped[str] = mapped_column(String(100), default="")
    location: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    proof: Mapped[str] = mapped_column(Text, default="")
    order_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    batch: Mapped[str] = mapped_column(String(36))  # the import that brought (or matched) it
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        UniqueConstraint("tracking_number", "event", "occurred_at", name="uq_tracking_events_scan"),
    )


class DeliveryRow(Base):
    """Where a shipped order is on its way to the buyer, and the rule that set its status."""

    __tablename__ = "deliveries"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    carrier_status: Mapped[str] = mapped_column(String(16), index=True)
    rule: Mapped[str] = mapped_column(String(48), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    carrier: Mapped[str] = mapped_column(String(100), default="")
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    delivery_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    first_scan_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_scan_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    verdict_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DeliveryProofRow(Base):
    """A carrier's proof of delivery kept with the order's evidence: a stored blob, or the carrier's URL."""

    __tablename__ = "delivery_proofs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    tracking_number: Mapped[str] = mapped_column(String(64), default="")
    source: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    blob_key: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    kept_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("order_id", "source", name="uq_delivery_proofs_order_source"),)


class AlertRow(Base):
    """One alert per condition `key` (an order's rule, a reminder day, a digest day): never raised twice."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(160), unique=True)
    kind: Mapped[str] = mapped_column(String(48), index=True)
    order_id: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(Text)
    title_text: Mapped[str] = mapped_column(Text, default="")  # to_json of the title (migration 0018)
    body: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")  # to_json of the body (migration 0019)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    seen_by: Mapped[str] = mapped_column(String(100), default="")
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AlertSendRow(Base):
    """One alert to one recipient over one channel (email, webhook); retried until sent or given up."""

    __tablename__ = "alert_sends"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        UniqueConstraint("alert_id", "channel", "recipient", name="uq_alert_sends_alert_channel_recipient"),
    )
