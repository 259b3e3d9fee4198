"""Importing the product catalog (SKU, barcodes, size, weight, fragile) and re-linking waiting orders.

Order lines link to products by seller SKU. Lines imported before their product existed are flagged
`in_catalog=False`; importing the catalog re-links those of orders not yet started and records it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, or_, select, update

from packstation.domain.barcodes import BarcodeError, product_key
from packstation.domain.events import OrderUpdated
from packstation.domain.orders import OrderStatus, Product
from packstation.domain.text import printable, strip_unsafe
from packstation.services.imports.errors import ImportFormatError, ImportReport, RowProblem
from packstation.services.imports.records import append_events
from packstation.services.imports.rows import CellError, CsvFile, ExportRows, parse_flag, parse_number
from packstation.services.imports.workbook import XlsxFile, is_workbook
from packstation.store.base import utcnow
from packstation.store.repositories import product_from_row
from packstation.store.tables import BarcodeRow, OrderLineRow, OrderRow, ProductRow
from packstation.store.uow import UnitOfWork

BARCODE_SPLIT = re.compile(r"[|;]")
MEASURES = {
    "weight_g": "weight",
    "length_mm": "length",
    "width_mm": "width",
    "height_mm": "height",
}


def _barcode_columns(source: ExportRows) -> list[int]:
    """`barcode`, then `barcode2`, `barcode_3`, ... in header order."""
    return [
        i
        for i, name in enumerate(source.header)
        if re.fullmatch(r"barcode(?:[ _]?\d+)?|barcodes", name.strip().casefold())
    ]


class _CatalogRows:
    """Column positions of a catalog CSV and how one row becomes a Product."""

    def __init__(self, source: ExportRows, folders: tuple[Path, ...] = ()) -> None:
        self.folders = folders
        sku = source.index("seller_sku", "sku", "Seller SKU")
        name = source.index("name", "product_name", "Product Name")
        if sku is None or name is None:
            raise ImportFormatError(
                f"{source.path.name}: a catalog needs the columns seller_sku and name "
                f"(header: {', '.join(source.header[:6])})"
            )
        self.source, self.sku, self.name = source, sku, name
        self.barcodes = _barcode_columns(source)
        self.optional = {
            key: source.index(key, *alias)
            for key, alias in {
                "sku_id": ("SKU ID",),
                "variation": ("Variation",),
                "weight_g": ("weight",),
                "length_mm": ("length",),
                "width_mm": ("width",),
                "height_mm": ("height",),
                "fragile": (),
                "image": ("image_path",),
            }.items()
        }

    def product(self, line: int, cells: list[str], problems: list[RowProblem]) -> Product | None:
        header = self.source.header

        def cell(key: str) -> str:
            i = self.optional[key]
            return "" if i is None else cells[i].strip()

        def fail(i: int | None, reason: str) -> None:
            problems.append(RowProblem(line, header[i] if i is not None else "", reason))

        before = len(problems)
        extra = self.source.overflow(cells)
        if extra:
            fail(None, extra)
        sku, name = cells[self.sku].strip(), cells[self.name].strip()
        if not sku:
            fail(self.sku, "seller SKU is empty")
        if not name:
            fail(self.name, "product name is empty")
        measures = {}
        for key, what in MEASURES.items():
            try:
                measures[key] = parse_number(cell(key), what)
            except CellError as exc:
                fail(self.optional[key], str(exc))
        fragile = False
        try:
            fragile = parse_flag(cell("fragile"), "fragile")
        except CellError as exc:
            fail(self.optional["fragile"], str(exc))
        codes: dict[str, str] = {}
        for i in self.barcodes:
            for printed in BARCODE_SPLIT.split(cells[i]):
                printed = printed.strip()
                if not printed:
                    continue
                try:
                    codes.setdefault(product_key(printed), printed)
                except BarcodeError as exc:
                    fail(i, f"barcode {printed!r}: {exc}")
        image = cell("image")
        if image and self.folders and not _inside(image, self.folders):
            places = " or ".join(str(folder) for folder in self.folders)
            fail(self.optional["image"], f"image {printable(image)[:80]!r} is not inside {places}")
        if len(problems) > before:
            return None
        name, _ = strip_unsafe(name)
        return Product(
            sku=sku,
            name=name,
            barcodes=tuple(codes.values()),
            variation=cell("variation"),
            sku_id=cell("sku_id"),
            fragile=fragile,
            image=image,
            **measures,
        )


def _inside(image: str, folders: tuple[Path, ...]) -> bool:
    """True when the image path (relative ones read from each folder) stays inside one of `folders`."""
    for folder in folders:
        base = folder.resolve()
        target = (base / image).resolve()
        if target == base or base in target.parents:
            return True
    return False


def _same(a: Product, b: Product) -> bool:
    """Equal products, barcodes compared by lookup key and regardless of order."""
    return replace(a, barcodes=()) == replace(b, barcodes=()) and {product_key(c) for c in a.barcodes} == {
        product_key(c) for c in b.barcodes
    }


def import_catalog(
    uow_factory: Callable[[], UnitOfWork],
    path: Path | str,
    *,
    station: str = "",
    user: str = "import",
    now: datetime | None = None,
    home: Path | None = None,
) -> ImportReport:
    """Add or update products from a catalog CSV; unchanged products are not touched.

    Rejected rows (with line, column, reason) leave their product as it was; good rows are imported.
    Order lines of not-yet-started orders whose SKU is now in the catalog are re-linked, each order with
    an `OrderUpdated` event in the same transaction. Image paths must stay inside the catalog's folder
    or `home` (the station home), so a catalog cannot make the station read files elsewhere.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportFormatError(f"{path}: no such file" if not path.exists() else f"{path} is not a file")
    if path.suffix.casefold() in (".xls", ".xlsb") and not is_workbook(path):
        raise ImportFormatError(f"{path.name}: old Excel formats are not read; save it as .xlsx or CSV")
    folders = (path.parent, *((home,) if home is not None else ()))
    source: ExportRows = XlsxFile(path) if is_workbook(path) else CsvFile(path)
    with source:
        report = ImportReport(source=path.name, format="catalog")
        products = _read_products(source, _CatalogRows(source, folders), report)
    when = now or utcnow()
    with uow_factory() as uow:
        _store(uow, products, report)
        _relink(uow, report, path.name, station, user, when)
        uow.commit()
    report.rejected.sort(key=lambda p: p.line or 0)
    return report


def _read_products(source: ExportRows, layout: _CatalogRows, report: ImportReport) -> list[tuple[int, Product]]:
    """Good rows as (line, product); bad rows, repeated SKUs and barcodes shared in the file reported."""
    products: list[tuple[int, Product]] = []
    seen_sku: dict[str, int] = {}
    seen_code: dict[str, tuple[str, int]] = {}
    for line, cells in source.records():
        report.rows += 1
        problems: list[RowProblem] = []
        product = layout.product(line, cells, problems)
        if product is not None:
            if product.sku in seen_sku:
                column = source.header[layout.sku]
                problems.append(
                    RowProblem(line, column, f"SKU {product.sku} repeats line {seen_sku[product.sku]}")
                )
            for code in product.barcodes:
                owner = seen_code.get(product_key(code))
                if owner and owner[0] != product.sku:
                    reason = f"barcode {code} is also on {owner[0]} (line {owner[1]})"
                    problems.append(RowProblem(line, "barcode", reason))
        if problems or product is None:
            report.rejected.extend(problems)
            continue
        seen_sku[product.sku] = line
        for code in product.barcodes:
            seen_code[product_key(code)] = (product.sku, line)
        products.append((line, product))
    return products


def _store(uow: UnitOfWork, products: list[tuple[int, Product]], report: ImportReport) -> None:
    session = uow.session
    existing = {row.sku: row for row in session.scalars(select(ProductRow))}
    owners = {key: sku for key, sku in session.execute(select(BarcodeRow.key, BarcodeRow.sku))}
    for line, product in products:
        taken = [
            f"{code} belongs to {owners[key]}"
            for code in product.barcodes
            if (key := product_key(code)) in owners and owners[key] != product.sku
        ]
        if taken:
            report.reject(line, "barcode", "barcode " + "; ".join(taken) + " (remove it there first)")
            continue
        row = existing.get(product.sku)
        if row is not None and _same(product_from_row(row), product):
            report.unchanged += 1
            continue
        uow.catalog.upsert(product)
        if row is None:
            report.imported += 1
        else:
            report.updated.append(product.sku)
    session.flush()


def _relink(
    uow: UnitOfWork, report: ImportReport, source: str, station: str, user: str, now: datetime
) -> None:
    """Lines of Ready (or held-from-Ready) orders whose SKU is now known count as in the catalog."""
    conn = uow.session.connection()
    not_started = or_(
        OrderRow.status == OrderStatus.READY.value,
        and_(
            OrderRow.status == OrderStatus.ON_HOLD.value,
            or_(OrderRow.held_from.is_(None), OrderRow.held_from == OrderStatus.READY.value),
        ),
    )
    stale = (
        select(OrderLineRow.id, OrderLineRow.order_id)
        .join(OrderRow, OrderRow.order_id == OrderLineRow.order_id)
        .where(OrderLineRow.in_catalog.is_(False), OrderLineRow.sku.in_(select(ProductRow.sku)), not_started)
    )
    found = conn.execute(stale).all()
    if not found:
        return
    ids = [row.id for row in found]
    for start in range(0, len(ids), 5000):
        conn.execute(
            update(OrderLineRow).where(OrderLineRow.id.in_(ids[start : start + 5000])).values(in_catalog=True)
        )
    orders = sorted({row.order_id for row in found})
    conn.execute(update(OrderRow).where(OrderRow.order_id.in_(orders)).values(updated_at=now))
    events = [
        OrderUpdated(
            order_id=oid,
            station=station,
            user=user,
            occurred_at=now,
            fields=["lines.in_catalog"],
            source=source,
        )
        for oid in orders
    ]
    append_events(conn, events)
    report.relinked.extend(orders)
