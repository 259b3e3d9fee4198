"""Catalog, scans, parcels, counters and settings: the smaller repositories of a unit of work."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.domain.barcodes import product_key
from packstation.domain.orders import Parcel, Product
from packstation.store.base import utcnow
from packstation.store.tables import BarcodeRow, CounterRow, ParcelRow, ProductRow, ScanRow, SettingRow


def product_from_row(row: ProductRow) -> Product:
    return Product(
        sku=row.sku,
        name=row.name,
        barcodes=tuple(b.printed for b in row.barcodes),
        variation=row.variation,
        sku_id=row.sku_id,
        weight_g=row.weight_g,
        length_mm=row.length_mm,
        width_mm=row.width_mm,
        height_mm=row.height_mm,
        fragile=row.fragile,
        image=row.image,
    )


class Catalog:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, sku: str) -> Product | None:
        row = self.session.get(ProductRow, sku)
        return product_from_row(row) if row else None

    def many(self, skus: list[str]) -> dict[str, Product]:
        rows = self.session.scalars(select(ProductRow).where(ProductRow.sku.in_(skus)))
        return {row.sku: product_from_row(row) for row in rows}

    def sku_for_barcode(self, raw: str) -> str | None:
        """The SKU a scanned code belongs to; raises `BarcodeError` for a code that is not valid."""
        return self.sku_for_key(product_key(raw))

    def sku_for_key(self, key: str) -> str | None:
        return self.session.scalar(select(BarcodeRow.sku).where(BarcodeRow.key == key))

    def scan_book(self) -> tuple[dict[str, str], dict[str, str]]:
        """Every barcode key with its SKU, and every SKU with its product name (two plain selects)."""
        keys = {key: sku for key, sku in self.session.execute(select(BarcodeRow.key, BarcodeRow.sku))}
        names = {sku: name for sku, name in self.session.execute(select(ProductRow.sku, ProductRow.name))}
        return keys, names

    def known_skus(self) -> set[str]:
        return set(self.session.scalars(select(ProductRow.sku)))

    def upsert(self, product: Product) -> None:
        row = self.session.get(ProductRow, product.sku) or ProductRow(sku=product.sku)
        row.name, row.variation, row.sku_id = product.name, product.variation, product.sku_id
        row.weight_g, row.length_mm, row.width_mm, row.height_mm = (
            product.weight_g,
            product.length_mm,
            product.width_mm,
            product.height_mm,
        )
        row.fragile, row.image, row.updated_at = product.fragile, product.image, utcnow()
        keys = {product_key(code): code for code in product.barcodes}
        row.barcodes = [BarcodeRow(key=key, printed=printed) for key, printed in keys.items()]
        self.session.add(row)

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(ProductRow)) or 0


class Scans:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        order_id: str,
        raw: str,
        verdict: str,
        *,
        sku: str = "",
        line_no: int | None = None,
        station: str = "",
        user: str = "",
        at: datetime | None = None,
    ) -> ScanRow:
        row = ScanRow(
            order_id=order_id,
            raw=raw,
            sku=sku,
            verdict=verdict,
            line_no=line_no,
            station=station,
            user=user,
            at=at or utcnow(),
        )
        self.session.add(row)
        return row

    def last_accepted(self, order_id: str) -> ScanRow | None:
        stmt = (
            select(ScanRow)
            .where(
                ScanRow.order_id == order_id,
                ScanRow.undone.is_(False),
                ScanRow.verdict.in_(("ok", "complete")),
            )
            .order_by(ScanRow.id.desc())
            .limit(1)
        )
        return self.session.scalar(stmt)

    def for_order(self, order_id: str) -> list[ScanRow]:
        return list(
            self.session.scalars(select(ScanRow).where(ScanRow.order_id == order_id).order_by(ScanRow.id))
        )


def parcel_from_row(row: ParcelRow) -> Parcel:
    return Parcel(
        order_id=row.order_id,
        number=row.number,
        box_code=row.box_code,
        length_mm=row.length_mm,
        width_mm=row.width_mm,
        height_mm=row.height_mm,
        weight_g=row.weight_g,
        expected_weight_g=row.expected_weight_g,
        tracking_number=row.tracking_number,
        sscc=row.sscc,
    )


class Parcels:
    def __init__(self, session: Session) -> None:
        self.session = session

    def rows(self, order_id: str) -> list[ParcelRow]:
        stmt = select(ParcelRow).where(ParcelRow.order_id == order_id).order_by(ParcelRow.number)
        return list(self.session.scalars(stmt))

    def for_order(self, order_id: str) -> list[Parcel]:
        return [parcel_from_row(row) for row in self.rows(order_id)]

    def save(self, parcel: Parcel, weight_override: str = "") -> ParcelRow:
        stmt = select(ParcelRow).where(
            ParcelRow.order_id == parcel.order_id, ParcelRow.number == parcel.number
        )
        row = self.session.scalar(stmt) or ParcelRow(
            order_id=parcel.order_id, number=parcel.number, created_at=utcnow()
        )
        row.box_code, row.length_mm, row.width_mm, row.height_mm = (
            parcel.box_code,
            parcel.length_mm,
            parcel.width_mm,
            parcel.height_mm,
        )
        row.weight_g, row.expected_weight_g = parcel.weight_g, parcel.expected_weight_g
        row.tracking_number, row.sscc = parcel.tracking_number, parcel.sscc
        if weight_override:
            row.weight_override = weight_override
        self.session.add(row)
        return row

    def tracking_owner(self, tracking: str) -> tuple[str, int] | None:
        """Which order and parcel already carry this tracking number."""
        row = self.session.execute(
            select(ParcelRow.order_id, ParcelRow.number).where(ParcelRow.tracking_number == tracking).limit(1)
        ).first()
        return (row[0], row[1]) if row else None


class Counters:
    def __init__(self, session: Session) -> None:
        self.session = session

    def next(self, name: str) -> int:
        row = self.session.get(CounterRow, name) or CounterRow(name=name, value=0)
        row.value += 1
        self.session.add(row)
        return row.value


class Settings:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str, default: str = "") -> str:
        row = self.session.get(SettingRow, key)
        return row.value if row else default

    def set(self, key: str, value: str) -> None:
        row = self.session.get(SettingRow, key) or SettingRow(key=key)
        row.value = value
        self.session.add(row)
