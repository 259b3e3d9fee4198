"""Excel workbooks (.xlsx) as exports: the first sheet read row by row like a CSV file.

Seller Center offers its order export as xlsx as well as CSV. Cells come back as text the CSV parsers
understand: whole numbers without ".0", dates as ISO 8601 (shop time), everything else as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from packstation.services.imports.errors import ImportFormatError
from packstation.services.imports.rows import ExportRows

ZIP_MAGIC = b"PK\x03\x04"


def is_workbook(path: Path) -> bool:
    """True when the file is a zip container (xlsx), whatever its name says."""
    try:
        with path.open("rb") as f:
            return f.read(4) == ZIP_MAGIC
    except OSError:
        return False


def cell_text(value: Any) -> str:
    """A cell as the text a CSV export would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, date):
        return datetime.combine(value, time()).isoformat(timespec="seconds")
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    return str(value)


class XlsxFile(ExportRows):
    """The first worksheet of an xlsx workbook; short rows are normal here (empty cells are not stored)."""

    def __init__(self, path: Path) -> None:
        import openpyxl  # imported here: only xlsx imports pay for it

        self.path = path
        # A file object, not the name: openpyxl would refuse an xlsx renamed .csv by its extension.
        self._file = path.open("rb")
        try:
            self._book = openpyxl.load_workbook(self._file, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - whatever a damaged zip or XML makes openpyxl raise
            self._file.close()
            raise ImportFormatError(
                f"{path.name} is a damaged or incomplete Excel workbook ({type(exc).__name__}: "
                f"{str(exc)[:80]}); export it again"
            ) from None
        sheet = self._book.worksheets[0] if self._book.worksheets else None
        if sheet is None:
            self.close()
            raise ImportFormatError(f"{path.name}: the workbook has no sheet")
        self._iter = self._sheet_rows(sheet)
        try:
            _, header = next(self._iter)
        except StopIteration:
            self.close()
            raise ImportFormatError(f"{path.name} is empty") from None
        while header and not header[-1].strip():
            header.pop()
        if not header:
            self.close()
            raise ImportFormatError(f"{path.name}: the first row of the first sheet is empty")
        self._start(header)

    def _sheet_rows(self, sheet: Any) -> Iterator[tuple[int, list[str]]]:
        try:
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, [cell_text(value) for value in row]
        except Exception as exc:  # noqa: BLE001 - a damaged sheet: the file, not a row, is unreadable
            raise ImportFormatError(
                f"{self.path.name}: the workbook is damaged ({type(exc).__name__}); export it again"
            ) from None

    def close(self) -> None:
        book = getattr(self, "_book", None)
        if book is not None:
            book.close()
        self._file.close()

    def _rows(self) -> Iterator[tuple[int, list[str], str]]:
        width = self.width
        for number, cells in self._iter:
            while len(cells) > width and not cells[-1].strip():
                cells.pop()
            if len(cells) > width:
                yield (
                    number,
                    cells,
                    (f"row has {len(cells)} cells but the header has {width} columns (a shifted row?)"),
                )
            else:
                yield number, cells, ""
        self.close()
