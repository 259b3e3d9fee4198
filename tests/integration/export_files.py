"""Test harness: TikTok Shop export rows built from named cells, written as CSV or xlsx."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from packstation.services.imports.tiktok import EXPORT_COLUMNS

DESCRIPTION = ["Platform unique order ID."] + ["Field description."] * (len(EXPORT_COLUMNS) - 1)
BASE = {
    "Order Status": "Awaiting shipment",
    "Order Substatus": "To ship",
    "Normal or Pre-order": "Normal",
    "SKU ID": "1729014824533168701",
    "Seller SKU": "SKU-0001",
    "Product Name": "Hydrating Serum 30ml",
    "Variation": "Default",
    "Quantity": "1",
    "Created Time": "11/18/2026 09:14:00 AM",
    "Paid Time": "11/18/2026 09:16:00 AM",
    "Tracking ID": "JT0001",
    "Delivery Option": "Shipped by seller",
    "Shipping Provider Name": "J&T Express",
    "Buyer Message": "please pack well",
    "Recipient": "Siti Aminah",
    "Phone #": "60123456789",
    "Country": "Malaysia",
    "State": "Selangor",
    "City": "Shah Alam",
    "Zipcode": "40150",
    "Detail Address": "1 Jalan Kebun",
}


def tiktok_row(order_id: str, cells: dict[str, str] | None = None) -> list[str]:
    """One export row (every column, in export order) for `order_id`, with `cells` overriding BASE."""
    values = {**BASE, "Order ID": order_id, **(cells or {})}
    return [values.get(name, "") for name in EXPORT_COLUMNS]


def csv_text(rows: Sequence[Sequence[str]], description: bool = True) -> str:
    """The text of a Seller Center CSV: header, (description row), rows; CRLF like the real export."""
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    if description:
        writer.writerow(DESCRIPTION)
    writer.writerows(rows)
    return out.getvalue()


def write_csv(path: Path, rows: Sequence[Sequence[str]], description: bool = True) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(rows, description).encode())
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    header: Sequence[str] = EXPORT_COLUMNS,
    description: bool = True,
) -> Path:
    """The same rows as an Excel workbook (first sheet), as Seller Center's xlsx export holds them."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(header))
    if description:
        sheet.append(DESCRIPTION[: len(header)])
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text as an export holds it, not a formula openpyxl would make of it
    book.save(path)
    return path
