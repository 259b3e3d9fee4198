"""Seller Center xlsx exports: read by content, with the quirks of the CSV export, stored the same."""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from packstation.services.imports import ImportFormatError, import_catalog, import_orders
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from tests.integration.export_files import write_xlsx

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
TIMES = ("Created Time", "Paid Time")


def csv_rows(name: str) -> tuple[list[str], list[list[str]]]:
    with (FIXTURES / name).open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    return header, rows


def as_excel_dates(header: list[str], row: list[str]) -> list[object]:
    """Times as Excel date cells and quantities as numbers, as a spreadsheet holds them."""
    out: list[object] = list(row)
    for i, name in enumerate(header):
        cell = row[i]
        if name in TIMES:
            with contextlib.suppress(ValueError):  # ISO with an offset stays text
                out[i] = datetime.strptime(cell, "%m/%d/%Y %I:%M:%S %p")
        elif name == "Quantity" and cell.isdigit():
            out[i] = int(cell)
    return out


def as_serials(header: list[str], row: list[str]) -> list[object]:
    """Times as bare Excel day numbers (a date column that lost its format)."""
    out = as_excel_dates(header, row)
    for i, value in enumerate(out):
        if isinstance(value, datetime):
            out[i] = (value - datetime(1899, 12, 30)).total_seconds() / 86400
    return out


def stored(db: Path, path: Path) -> tuple[object, dict[str, list[tuple]]]:
    engine = open_engine(sqlite_url(db))
    try:
        report = import_orders(UnitOfWorkFactory(engine), path, timezone="Asia/Bangkok", now=NOW)
        with engine.connect() as conn:
            tables = {
                t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2"))]
                for t in ("orders", "order_lines")
            }
    finally:
        engine.dispose()
    return report, tables


@pytest.mark.parametrize("cells", [lambda h, r: list(r), as_excel_dates, as_serials])
@pytest.mark.parametrize("fixture", ["tiktok_quirks.csv", "tiktok_bad_rows.csv"])
def test_xlsx_stores_what_the_csv_stores(
    tmp_path: Path, fixture: str, cells: Callable[[list[str], list[str]], list[object]]
) -> None:
    header, rows = csv_rows(fixture)
    book = write_xlsx(tmp_path / "orders.xlsx", [cells(header, r) for r in rows], header, description=False)
    from_csv, csv_tables = stored(tmp_path / "a.db", FIXTURES / fixture)
    from_xlsx, xlsx_tables = stored(tmp_path / "b.db", book)
    assert from_xlsx.format == "tiktok-xlsx"  # type: ignore[attr-defined]
    assert xlsx_tables == csv_tables and csv_tables["orders"]
    csv_problems = [(p.line, p.column, p.reason) for p in from_csv.rejected]  # type: ignore[attr-defined]
    xlsx_problems = [(p.line, p.column, p.reason) for p in from_xlsx.rejected]  # type: ignore[attr-defined]
    # Sheet rows count one per record, CSV lines one per physical line (multi-line cells).
    assert [_unnumbered(c) for c in xlsx_problems] == [_unnumbered(c) for c in csv_problems]
    assert from_xlsx.imported == from_csv.imported  # type: ignore[attr-defined]


def _unnumbered(problem: tuple) -> tuple[str, str]:
    return problem[1], re.sub(r"line \d+", "line N", problem[2])


def test_xlsx_named_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    header, rows = csv_rows("tiktok_quirks.csv")
    book = write_xlsx(tmp_path / "orders.csv", [as_excel_dates(header, r) for r in rows], header, False)
    report, tables = stored(tmp_path / "a.db", book)
    assert report.format == "tiktok-xlsx" and report.imported == 6  # type: ignore[attr-defined]
    assert any(row[0] == "576830952815695636" for row in tables["orders"])


def test_damaged_workbook_is_a_file_error(tmp_path: Path) -> None:
    header, rows = csv_rows("tiktok_quirks.csv")
    data = write_xlsx(tmp_path / "full.xlsx", rows, header, False).read_bytes()
    engine = open_engine(sqlite_url(tmp_path / "s.db"))
    try:
        for n in range(1, 16):  # cut anywhere: the central directory, a sheet, the shared strings
            (tmp_path / "cut.xlsx").write_bytes(data[: len(data) * n // 16])
            with pytest.raises(ImportFormatError, match="damaged|incomplete|empty"):
                import_orders(UnitOfWorkFactory(engine), tmp_path / "cut.xlsx", now=NOW)
        # A byte flipped inside a compressed sheet: still a file error, never a traceback.
        flipped = bytearray(data)
        flipped[len(data) // 3] ^= 0xFF
        (tmp_path / "flipped.xlsx").write_bytes(bytes(flipped))
        with contextlib.suppress(ImportFormatError):
            import_orders(UnitOfWorkFactory(engine), tmp_path / "flipped.xlsx", now=NOW)
    finally:
        engine.dispose()


def test_catalog_as_xlsx(tmp_path: Path) -> None:
    header, rows = csv_rows("catalog.csv")
    book = write_xlsx(tmp_path / "catalog.xlsx", rows, header, description=False)
    engine = open_engine(sqlite_url(tmp_path / "s.db"))
    try:
        report = import_catalog(UnitOfWorkFactory(engine), book)
        with UnitOfWorkFactory(engine)() as u:
            assert u.catalog.get("SKU-0001") is not None
    finally:
        engine.dispose()
    assert report.ok and report.imported == len(rows)
