"""Reading export files as they come (BOM, CRLF, a field-description row) and parsing their cells.

Every parser raises `CellError` with a reason a supervisor can act on; the caller adds line and column.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import math
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from operator import itemgetter
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from packstation.services.imports.errors import ImportFormatError

# An unclosed quote swallows the rest of the file into one cell; allow big cells so the reader gets to
# the end of the file and reports the line where the quote opened, instead of a field-size error.
FIELD_LIMIT = 64 * 1024 * 1024


def _cut_tail(exc: UnicodeError) -> tuple[str, int]:
    """Decoding errors: a character cut off by the end of the file (a truncated export) becomes U+FFFD,
    so its row is reported as cut short; any other byte that is not UTF-8 still refuses the file."""
    if isinstance(exc, UnicodeDecodeError) and exc.reason == "unexpected end of data":
        return "\ufffd", exc.end
    raise exc


codecs.register_error("packstation-cut-tail", _cut_tail)


class CellError(ValueError):
    """One cell cannot be read; the message says what was expected."""


def _check_file(path: Path) -> None:
    if not path.exists():
        raise ImportFormatError(f"{path}: no such file")
    if path.is_dir():
        raise ImportFormatError(f"{path} is a folder, not an export file")
    with path.open("rb") as f:
        if f.read(2) in (b"\xff\xfe", b"\xfe\xff"):
            raise ImportFormatError(f"{path.name} is UTF-16 text; export it again as 'CSV UTF-8'")


def _not_utf8(path: Path) -> ImportFormatError:
    """The error for a file that is not UTF-8, naming the first line that is not."""
    data = path.read_bytes()
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return ImportFormatError(f"{path.name} line {line} is not UTF-8 text; export it again as 'CSV UTF-8'")
    return ImportFormatError(f"{path.name} is not UTF-8 text; export it again as 'CSV UTF-8'")


def read_text(path: Path) -> str:
    """The whole file as text: UTF-8 with or without BOM; anything else is refused with its line."""
    _check_file(path)
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _not_utf8(path) from None


def header_key(name: str) -> str:
    """How header cells are compared: case, surrounding and repeated spaces do not matter."""
    return " ".join(name.split()).casefold()


class ExportRows:
    """An export's header and its records, each with the physical line (or sheet row) it starts on.

    Subclasses supply `_rows()`: (first line, cells, problem) per record, problem being a reason when
    the record itself is broken (cut short, unclosed quote). Records are streamed, not held twice.
    """

    path: Path
    header: list[str]

    def _start(self, header: list[str]) -> None:
        self.header = [cell.strip() for cell in header]
        self.columns = {header_key(name): i for i, name in reversed(list(enumerate(self.header)))}
        self.width = len(self.header)
        self.blank = self.width
        self._pick: Callable[[list[str]], tuple[str, ...]] | None = None

    def _rows(self) -> Iterator[tuple[int, list[str], str]]:
        raise NotImplementedError

    def __enter__(self) -> ExportRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the file."""

    def index(self, *names: str) -> int | None:
        """Position of the first of `names` present in the header."""
        for name in names:
            found = self.columns.get(header_key(name))
            if found is not None:
                return found
        return None

    def require(self, names: list[str], layout: str) -> dict[str, int]:
        missing = [name for name in names if self.index(name) is None]
        if missing:
            raise ImportFormatError(
                f"{self.path.name} looks like a {layout} file but lacks column(s): " + ", ".join(missing)
            )
        return {name: self.index(name) for name in names}  # type: ignore[misc]

    def keep(self, names: list[str]) -> None:
        """Read only these columns (those the file has, in file order): fewer cells held per record."""
        wanted = {header_key(name) for name in names}
        indices = [i for i, name in enumerate(self.header) if header_key(name) in wanted]
        if len(indices) < 2:
            return  # itemgetter of one index returns a cell, not a tuple; nothing worth saving anyway
        self._pick = itemgetter(*indices)
        self.header = [self.header[i] for i in indices]
        self.columns = {header_key(name): i for i, name in reversed(list(enumerate(self.header)))}
        self.blank = len(self.header)

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(first physical line, cells) per record; blank lines are skipped, multi-line cells counted.

        Short records are padded to the header's width and every record gets one extra "" at the end, so
        `cells[self.blank]` is empty on every well-formed record (layouts point absent columns at it). A
        broken record (too many or too few cells, an unclosed quote) also ends with the reason (see
        `overflow`), so its order is refused instead of stored with cells missing.
        """
        pick, width = self._pick, self.width
        for start, cells, problem in self._rows():
            if not cells or not any(cells):
                if not problem:
                    continue
                cells = [""]
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
            row = cells if pick is None else list(pick(cells))
            row.append("")
            if problem:
                row.append(problem)
            yield start, row

    def overflow(self, cells: list[str]) -> str | None:
        """The reason a record is broken (a stray comma, a row cut short), or None."""
        if len(cells) > self.blank + 1:
            return cells[self.blank + 1]
        return None


class CsvFile(ExportRows):
    """A CSV export (UTF-8, BOM, CRLF): every record must have as many cells as the header."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if csv.field_size_limit() < FIELD_LIMIT:
            csv.field_size_limit(FIELD_LIMIT)
        _check_file(path)
        self._file = path.open(encoding="utf-8-sig", errors="packstation-cut-tail", newline="")
        self._reader = csv.reader(self._file, strict=True)
        self._salvaged = 0
        try:
            header = next(self._reader)
        except StopIteration:
            self.close()
            raise ImportFormatError(f"{path.name} is empty") from None
        except csv.Error as exc:
            self.close()
            raise ImportFormatError(f"{path.name} line 1: {exc}") from exc
        except UnicodeDecodeError:
            self.close()
            raise _not_utf8(path) from None
        self._start(header)

    def _salvage(self, first: int, last: int) -> list[str]:
        """The cells a lenient reader finds in the broken record on lines first..last: enough to name
        its order. Read again from the file: broken records are rare, the fast path stays lean."""
        self._salvaged += 1
        if self._salvaged > 1000:
            return []  # a file this broken: the rest are reported by line alone
        with self.path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
            text = "".join(itertools.islice(f, first - 1, max(first, last)))
        try:
            return next(csv.reader([text.replace("\r", "").replace("\n", " ")]), [])
        except csv.Error:
            return []

    def close(self) -> None:
        self._file.close()

    def _rows(self) -> Iterator[tuple[int, list[str], str]]:
        reader, width = self._reader, self.width
        last = reader.line_num
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                self.close()
                return
            except UnicodeDecodeError:
                self.close()
                raise _not_utf8(self.path) from None
            except csv.Error as exc:
                start, last = last + 1, reader.line_num
                yield start, self._salvage(start, last), _quoting_problem(str(exc))
                continue
            start, last = last + 1, reader.line_num
            found = len(cells)
            if found == width or not any(cells):
                yield start, cells, ""
            elif found > width:
                yield start, cells, (
                    f"row has {found} cells but the header has {width} columns (a stray comma or quote?)"
                )
            else:
                yield start, cells, (
                    f"row has {found} cells but the header has {width} columns "
                    "(the row is cut short; export the file again)"
                )


def _quoting_problem(error: str) -> str:
    if "end of data" in error:
        return "a quoted cell that starts on this line is never closed (is the file cut off?)"
    return f"broken CSV quoting ({error})"


ORDER_ID_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-./#:]*")


def is_description_row(order_id_cell: str, quantity_cell: str) -> bool:
    """The row under the header in TikTok exports explains each field instead of holding an order."""
    cell = order_id_cell.strip()
    # Descriptions are sentences ("Platform unique order ID."): words of letters, not a garbled id.
    words = cell.split()
    return (
        len(words) >= 2
        and sum(word.isalpha() for word in words) >= 2
        and not ORDER_ID_SHAPE.fullmatch(cell)
        and not quantity_cell.strip().isdigit()
    )


MAX_QUANTITY = 999
_WHOLE = re.compile(r"[0-9]{1,12}(?:\.0*)?")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+|[+-]?[0-9]+\.[0-9]*")
_SIGNED = re.compile(r"[+-]?[0-9]+")


def parse_quantity(text: str, maximum: int = MAX_QUANTITY) -> int:
    """A unit count written in digits, 1..`maximum`; NaN, inf, exponents and fractions are refused."""
    value = text.strip()
    if not value:
        raise CellError("quantity is empty")
    if len(value) > 24:
        raise CellError(f"quantity {value[:24]!r}... is not a number of units")
    if not _WHOLE.fullmatch(value):
        if _SIGNED.fullmatch(value):
            if value.startswith("-") or int(value) == 0:
                raise CellError(f"quantity {value!r} must be at least 1")
            raise CellError(f"quantity {value!r} is more than the maximum of {maximum} units")
        if _DECIMAL.fullmatch(value):
            raise CellError(f"quantity {value!r} is not a whole number")
        try:
            float(value)
        except ValueError:
            raise CellError(f"quantity {value!r} is not a number") from None
        raise CellError(f"quantity {value!r} is not a whole number written in digits")
    number = int(value.split(".")[0])
    if number < 1:
        raise CellError(f"quantity {value!r} must be at least 1")
    if number > maximum:
        raise CellError(f"quantity {value!r} is more than the maximum of {maximum} units")
    return number


def parse_number(text: str, what: str) -> float:
    """A non-negative measurement such as a weight or a length; empty means 0."""
    value = text.strip()
    if not value:
        return 0.0
    try:
        number = float(value)
    except ValueError:
        raise CellError(f"{what} {value[:24]!r} is not a number") from None
    if not math.isfinite(number):
        raise CellError(f"{what} {value[:24]!r} is not a finite number")
    if number < 0:
        raise CellError(f"{what} {value!r} must not be negative")
    if number > 1e7:
        raise CellError(f"{what} {value[:24]!r} is too large")
    return number


_TRUE = {"yes", "y", "true", "t", "1"}
_FALSE = {"no", "n", "false", "f", "0", ""}


def parse_flag(text: str, what: str) -> bool:
    value = text.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise CellError(f"{what} {text.strip()!r} is not yes/no/true/false/1/0")


def shop_zone(name: str | tzinfo) -> tzinfo:
    """The shop's timezone from an IANA name ("Asia/Bangkok") or a tzinfo; bad names are usage errors."""
    if isinstance(name, tzinfo):
        return name
    if name.strip().upper() in ("UTC", "Z", ""):
        return UTC
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ImportFormatError(
            f"unknown timezone {name!r} (use an IANA name such as Asia/Bangkok)"
        ) from None


_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_US_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])")
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
_SERIAL = re.compile(r"[1-9]\d{4}(?:\.\d+)?")
_EXCEL_EPOCH = datetime(1899, 12, 30)
TIME_FORMATS = "MM/DD/YYYY hh:mm:ss AM/PM (TikTok Shop) or ISO 8601 (2026-11-18T08:02:00+07:00)"


class ShopClock:
    """Turns export times (local to the shop) into UTC-aware datetimes.

    TikTok times are read as a date part and a clock part, each remembered: an export has few dates and
    at most 86,400 clock readings, however many orders it holds. On a day without a daylight-saving
    change a time is that day's UTC midnight plus the clock reading; other days convert through the zone.
    """

    def __init__(
        self, zone: tzinfo, earliest: datetime | None = None, latest: datetime | None = None
    ) -> None:
        self.zone = zone
        self.earliest, self.latest = earliest, latest
        self._dates: dict[str, tuple[tuple[int, int, int], datetime | None]] = {}
        self._clocks: dict[str, tuple[tuple[int, int, int], timedelta]] = {}

    def parse(self, text: str) -> datetime | None:
        """UTC time for `text`; None when empty; CellError naming the accepted formats otherwise.

        Times outside [earliest, latest] (a typo'd year, 12/31/9999) are refused with the window.
        """
        value = text.strip()
        if not value:
            return None
        if len(value) > 40:
            raise CellError(f"time {value[:40]!r}... is not a time")
        try:
            when = self._parse(value)
        except (OverflowError, ValueError) as exc:
            if isinstance(exc, CellError):
                raise
            raise CellError(f"time {value!r} is out of range") from None
        if self.earliest is not None and when < self.earliest:
            raise CellError(
                f"time {value!r} is before {self.earliest:%Y-%m-%d}, too long ago for an open order"
            )
        if self.latest is not None and when > self.latest:
            raise CellError(f"time {value!r} is after {self.latest:%Y-%m-%d %H:%M} UTC, in the future")
        return when

    def _parse(self, value: str) -> datetime:
        if _SERIAL.fullmatch(value):
            # Excel's day count from 1899-12-30 (dates that lost their format in a spreadsheet).
            seconds = round(float(value) * 86400)  # to the second: a day fraction is not exact
            return self._to_utc(_EXCEL_EPOCH + timedelta(seconds=seconds))
        date_text, _, clock_text = value.partition(" ")
        day = self._dates.get(date_text)
        if day is None and "/" in date_text:
            day = self._dates[date_text] = self._day(value, date_text)
        if day is not None:
            clock = self._clocks.get(clock_text)
            if clock is None:
                clock = self._clocks[clock_text] = self._clock(value, clock_text.strip())
            midnight = day[1]
            if midnight is not None:
                return midnight + clock[1]
            return self._to_utc(datetime(*day[0], *clock[0]))
        if _ISO_START.match(value):
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                raise CellError(f"time {value!r} is not valid ISO 8601") from None
            return self._to_utc(parsed) if parsed.tzinfo is None else parsed.astimezone(UTC)
        raise CellError(f"unknown time format {value!r}; expected {TIME_FORMATS}")

    def _day(self, value: str, date_text: str) -> tuple[tuple[int, int, int], datetime | None]:
        """(year, month, day) and that day's UTC midnight, or None when the zone's offset changes that day."""
        match = _US_DATE.fullmatch(date_text)
        if not match:
            raise CellError(f"unknown time format {value!r}; expected {TIME_FORMATS}")
        month, day, year = (int(g) for g in match.groups())
        if month > 12:
            raise CellError(f"time {value!r} is not month-first; expected {TIME_FORMATS}")
        try:
            start = datetime(year, month, day, tzinfo=self.zone)
        except ValueError as exc:
            raise CellError(f"time {value!r} is not a real date ({exc})") from None
        end = datetime(year, month, day, 23, 59, 59, tzinfo=self.zone)
        steady = start.utcoffset() == end.utcoffset()
        return (year, month, day), start.astimezone(UTC) if steady else None

    @staticmethod
    def _clock(value: str, clock_text: str) -> tuple[tuple[int, int, int], timedelta]:
        match = _US_CLOCK.fullmatch(clock_text)
        if not match:
            raise CellError(f"unknown time format {value!r}; expected {TIME_FORMATS}")
        hour, minute = int(match.group(1)), int(match.group(2))
        second = int(match.group(3) or 0)
        if not 1 <= hour <= 12:
            raise CellError(f"time {value!r} has hour {hour} with AM/PM; expected {TIME_FORMATS}")
        if minute > 59 or second > 59:
            raise CellError(f"time {value!r} is not a real clock time")
        hour = hour % 12 + (12 if match.group(4).upper() == "PM" else 0)
        return (hour, minute, second), timedelta(hours=hour, minutes=minute, seconds=second)

    def _to_utc(self, naive: datetime) -> datetime:
        if self.zone is UTC:
            return naive.replace(tzinfo=UTC)
        return naive.replace(tzinfo=self.zone).astimezone(UTC)


COUNTRY_CODES = {
    "malaysia": "MY",
    "thailand": "TH",
    "vietnam": "VN",
    "viet nam": "VN",
    "indonesia": "ID",
    "philippines": "PH",
    "singapore": "SG",
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "united kingdom": "GB",
    "uk": "GB",
    "spain": "ES",
    "mexico": "MX",
    "brazil": "BR",
    "japan": "JP",
    "germany": "DE",
    "france": "FR",
    "italy": "IT",
    "ireland": "IE",
}


def country_code(text: str) -> str:
    """ISO 3166 alpha-2 for the country names marketplaces export; codes and unknown names pass through."""
    value = text.strip()
    if len(value) == 2:
        return value.upper()
    return COUNTRY_CODES.get(value.casefold(), value)


def one_line(text: str) -> str:
    """An address cell that spans lines in the export, joined into one printable line."""
    if "\n" not in text and "\r" not in text:
        return text.strip()
    parts = [part.strip() for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return ", ".join(part for part in parts if part)
