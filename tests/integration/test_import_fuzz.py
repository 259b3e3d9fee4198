"""Property-based fuzzing of the CSV, xlsx and JSON order importers.

The invariant: every row is either imported as the file says or reported with its line (its JSON
path); nothing stored before is damaged; the import never raises anything but ImportFormatError.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from packstation.domain.text import strip_unsafe
from packstation.services.imports import ImportFormatError, ImportReport, import_orders
from packstation.services.imports.tiktok import EXPORT_COLUMNS
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from tests.integration.export_files import csv_text, tiktok_row, write_csv, write_xlsx

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
STORED = ["576000000000000001", "576000000000000002"]
NEW = ["576000000000000011", "576000000000000012", "SO-1.a_b"]
BAD_IDS = ["a/b", "x/../../..", "CON", "", "9" * 70, "57\x1b60", "a b", ".."]
WIDTH = len(EXPORT_COLUMNS)
FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Cell text without line breaks: one record, one line, so the test knows each row's line.
one_line_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n\x85\u2028\u2029"),
    max_size=12,
)
# Good values drawn as often as bad ones, so that wrongly accepted rows would be stored and seen.
good_quantities = st.integers(1, 999).map(str)
good_times = st.sampled_from(["11/18/2026 09:16:00 AM", "2026-11-17T08:02:00+07:00", "46344.5", ""])
quantities = st.one_of(
    good_quantities,
    good_quantities,
    good_quantities,
    st.sampled_from(["NaN", "nan", "inf", "-inf", "1e9", "1E2", "0", "-3", "1.5", "2.0", "", " 7 "]),
    st.sampled_from(["99999999999999999999999", "1000", "0x10", "١٢", "½"]),
    one_line_text,
)
times = st.one_of(
    good_times,
    good_times,
    good_times,
    st.sampled_from(
        [
            "11/18/2026 09:16:00 AM",
            "11/17/2026 11:59:59 PM",
            "2026-11-18T08:02:00+07:00",
            "12/31/9999 11:59:59 PM",
            "01/01/2126 10:00:00 AM",
            "01/01/1900 10:00:00 AM",
            "01/01/0001 12:00:00 AM",
            "13/01/2026 10:00:00 AM",
            "46344.5",
            "9999999",
            "",
        ]
    ),
    one_line_text,
)
# Text as exports carry it, control and bidi characters included (no line breaks: one record, one line).
names = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n\x85\u2028\u2029"),
    max_size=20,
) | st.sampled_from(["Siti\x1b[31m\x07", "\u202eCBA", "สมชาย ใจดี", ""])


@st.composite
def export_rows(draw: st.DrawFn) -> list[list[str]]:
    rows = []
    for _ in range(draw(st.integers(1, 8))):
        order_id = draw(st.sampled_from(STORED + NEW + NEW + BAD_IDS))
        cells = {
            "Quantity": draw(quantities),
            "Paid Time": draw(times),
            "Recipient": draw(names),
            "Seller SKU": draw(st.sampled_from(["SKU-0001", "SKU-0002", "SKU-0007", ""])),
        }
        if draw(st.booleans()):
            cells["Detail Address"] = draw(names)
        row = tiktok_row(order_id, cells)
        shape = draw(st.sampled_from(["whole", "whole", "whole", "short", "long"]))
        if shape == "short":
            row = row[: draw(st.integers(1, WIDTH - 1))]
        elif shape == "long":
            row = row + ["x"] * draw(st.integers(1, 3))
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def base_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station database holding the STORED orders, two lines each."""
    folder = tmp_path_factory.mktemp("base")
    rows = [
        tiktok_row(oid, {"Seller SKU": sku, "Quantity": "2"}) for oid in STORED for sku in ("SKU-1", "SKU-2")
    ]
    engine = open_engine(sqlite_url(folder / "station.db"))
    report = import_orders(UnitOfWorkFactory(engine), write_csv(folder / "base.csv", rows), now=NOW)
    engine.dispose()
    assert report.ok and report.imported == 2
    return folder / "station.db"


@pytest.fixture
def fresh(base_db: Path, tmp_path: Path) -> Iterator[callable]:  # type: ignore[valid-type]
    """A function giving a new copy of the base store per example (and disposing the last one)."""
    engines = []
    counter = iter(range(10_000))

    def make() -> UnitOfWorkFactory:
        target = tmp_path / f"s{next(counter)}.db"
        src, dst = sqlite3.connect(base_db), sqlite3.connect(target)
        src.backup(dst)
        src.close()
        dst.close()
        engine = open_engine(sqlite_url(target), migrate=False)
        engines.append(engine)
        return UnitOfWorkFactory(engine)

    yield make
    for engine in engines:
        engine.dispose()


def tables(uow: UnitOfWorkFactory) -> dict[str, dict[str, list[tuple]]]:
    """Stored orders and lines per order id."""
    out: dict[str, dict[str, list[tuple]]] = {"orders": {}, "order_lines": {}}
    with uow.engine.connect() as conn:
        for table in out:
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")):
                key = row.order_id
                out[table].setdefault(key, []).append(tuple(row))
    return out


def check(
    uow: UnitOfWorkFactory,
    before: dict[str, dict[str, list[tuple]]],
    report: ImportReport,
    rows: list[tuple[int, list[str]]],
    xlsx: bool = False,
) -> None:
    """The invariant, for rows as (first line, cells) that reached the importer whole or cut."""
    after = tables(uow)
    reported_lines = {p.line for p in report.rejected}
    reported_ids = {p.order_id for p in report.rejected} | set(report.rejected_orders)
    last_line = max((line for line, _ in rows), default=2)
    assert all(p.line is None or 3 <= p.line <= last_line for p in report.rejected), (
        [p.line for p in report.rejected],
        last_line,
    )
    by_order: dict[str, list[tuple[int, list[str]]]] = {}
    for line, cells in rows:
        if not any(cells):
            continue  # a line of empty cells is a blank line, skipped like one
        by_order.setdefault(cells[0].strip() if cells else "", []).append((line, cells))
    for order_id, its_rows in by_order.items():
        if any(line in reported_lines for line, _ in its_rows) or order_id in reported_ids:
            # Reported: a stored order is as it was (rejected whole, nothing half-written).
            if order_id in before["orders"]:
                assert after["orders"][order_id] == before["orders"][order_id]
                assert after["order_lines"][order_id] == before["order_lines"][order_id]
            continue
        assert order_id in after["orders"], f"order {order_id!r} neither stored nor reported"
        stored_lines = sorted((ln[3], ln[7]) for ln in after["order_lines"][order_id])  # sku, quantity
        wanted = sorted(
            (
                cells[EXPORT_COLUMNS.index("Seller SKU")].strip(),
                int(float(cells[EXPORT_COLUMNS.index("Quantity")])),
            )
            for _, cells in its_rows
        )
        assert stored_lines == wanted
        cells = its_rows[0][1]
        with uow() as u:
            order = u.orders.get(order_id)
        assert order is not None
        name = cells[EXPORT_COLUMNS.index("Recipient")].strip()
        assert order.recipient.name == strip_unsafe(name)[0]
        assert all(1 <= ln.quantity <= 999 for ln in order.lines)
        assert order.paid_at is None or NOW - timedelta(days=731) <= order.paid_at <= NOW + timedelta(days=1)
        if not xlsx:
            assert all(len(c) == WIDTH for _, c in its_rows)
    for order_id, stored_rows in before["orders"].items():
        if order_id not in by_order:
            assert after["orders"][order_id] == stored_rows


def lines_of(rows: list[list[str]]) -> list[int]:
    """The physical line each row starts on in the CSV text (header line 1, description line 2)."""
    return [3 + n for n in range(len(rows))]


def after_cut(
    rows: list[list[str]], cut: float | None
) -> tuple[bytes, list[tuple[int, list[str]]], int | None]:
    """The CSV bytes cut at a fraction of the data, the rows the importer sees, and an unparsable line.

    Rows wholly before the cut arrive as written; the row the cut falls in arrives as what is left of
    it (its line is returned instead when even a lenient reader cannot parse it: it must be reported).
    """
    head = csv_text([]).encode()
    bodies = [csv_text([row]).encode()[len(head) :] for row in rows]
    kept = list(zip(lines_of(rows), rows, strict=True))
    if cut is None:
        return head + b"".join(bodies), kept, None
    at = int(sum(len(b) for b in bodies) * cut)
    out: list[tuple[int, list[str]]] = []
    unreadable = None
    offset = 0
    for (line, row), body in zip(kept, bodies, strict=True):
        if at - offset >= len(body.rstrip(b"\r\n")):
            out.append((line, row))  # only the line end (or nothing) is cut off
            offset += len(body)
            if offset > at:
                break
            continue
        left = body[: at - offset].decode("utf-8", "replace")
        if left:
            try:
                out.append((line, next(csv.reader([left], strict=True))))
            except csv.Error:
                unreadable = line
        break
    return head + b"".join(bodies)[:at], out, unreadable


@FUZZ
@given(rows=export_rows(), cut=st.one_of(st.none(), st.floats(0.0, 1.0)))
def test_csv_rows_are_imported_or_reported(fresh, rows: list[list[str]], cut: float | None) -> None:  # type: ignore[no-untyped-def]
    uow = fresh()
    before = tables(uow)
    data, kept, unreadable = after_cut(rows, cut)
    path = Path(uow.engine.url.database).with_suffix(".csv")  # type: ignore[arg-type]
    path.write_bytes(data)
    report = import_orders(uow, path, now=NOW)
    if unreadable is not None:
        assert unreadable in {p.line for p in report.rejected}
    check(uow, before, report, kept)


def _xlsx_safe(text_: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text_)


@FUZZ
@given(rows=export_rows())
def test_xlsx_rows_are_imported_or_reported(fresh, rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    uow = fresh()
    before = tables(uow)
    rows = [[_xlsx_safe(c) for c in row] for row in rows]
    path = Path(uow.engine.url.database).with_suffix(".xlsx")  # type: ignore[arg-type]
    write_xlsx(path, rows)
    report = import_orders(uow, path, now=NOW)
    assert report.format.endswith("xlsx"), report.format  # read as a workbook, not as text
    # A sheet stores no trailing empty cells: a short row is a row with blanks, read as such.
    padded = [(3 + n, (row + [""] * WIDTH)[: max(WIDTH, len(row))]) for n, row in enumerate(rows)]
    check(uow, before, report, padded, xlsx=True)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def json_orders(draw: st.DrawFn) -> list[object]:
    orders: list[object] = []
    for _ in range(draw(st.integers(1, 6))):
        order: dict[str, object] = {
            "order_id": draw(st.sampled_from([*STORED, *NEW, *BAD_IDS]) | json_values),
            "recipient": {"name": draw(names), "line1": "Rua 1", "country": "PT"},
            "carrier": "CTT",
            "paid_at": draw(times),
            "lines": [
                {
                    "sku": draw(st.sampled_from(["S-1", "S-2"]) | json_values),
                    "quantity": draw(json_values | quantities),
                }
                for _ in range(draw(st.integers(0, 3)))
            ],
        }
        if draw(st.booleans()):
            order[draw(st.sampled_from(["status", "recipient", "lines", "extra"]))] = draw(json_values)
        orders.append(order)
    return orders


@FUZZ
@given(orders=json_orders(), cut=st.one_of(st.none(), st.floats(0.0, 1.0)))
def test_json_records_are_imported_or_reported(fresh, orders: list[object], cut: float | None) -> None:  # type: ignore[no-untyped-def]
    uow = fresh()
    before = tables(uow)
    raw = json.dumps(orders)
    if cut is not None:
        raw = raw[: int(len(raw) * cut)]
    path = Path(uow.engine.url.database).with_suffix(".json")  # type: ignore[arg-type]
    path.write_text(raw, encoding="utf-8")
    try:
        report = import_orders(uow, path, now=NOW)
    except ImportFormatError:
        assert tables(uow) == before
        return
    after = tables(uow)
    reported = {p.column.split(".")[0] for p in report.rejected}
    ids = {p.order_id for p in report.rejected}
    for n, order in enumerate(orders):
        assert isinstance(order, dict)
        oid = order["order_id"]
        if f"orders[{n}]" in reported or oid in ids:
            if isinstance(oid, str) and oid in before["orders"]:
                assert after["orders"][oid] == before["orders"][oid]
            continue
        key = str(oid)
        assert key in after["orders"], f"orders[{n}] ({oid!r}) neither stored nor reported"
        assert type(oid) in (str, int)
    for oid, stored_rows in before["orders"].items():
        if oid not in {str(o["order_id"]) for o in orders if isinstance(o, dict)}:  # type: ignore[index]
            assert after["orders"][oid] == stored_rows
