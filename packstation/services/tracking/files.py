"""Carrier tracking files (CSV or JSON) into `CarrierScan`s; every bad row named with its line and reason.

The generic columns are `tracking_number, carrier, event, occurred_at, location, detail` (+ `proof`);
a carrier's own export is read through a column map (their header -> ours) and an event map (their
event text -> one of the generic events), both from `[tracking.column_maps]` / `[tracking.event_maps]`.
"""

from __future__ import annotations

import csv
import gc
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from packstation.domain.delivery import CarrierScan, ScanKind, parse_scan_kind
from packstation.domain.tracking import normalize_tracking_number

COLUMNS = ("tracking_number", "carrier", "event", "occurred_at", "location", "detail", "proof")
REQUIRED = ("tracking_number", "event", "occurred_at")
ALIASES = {"proof_of_delivery": "proof", "pod": "proof", "time": "occurred_at", "status": "event"}


class TrackingFileError(ValueError):
    """The file as a whole cannot be read (missing columns, not CSV/JSON); the message says why."""


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class TrackingFile:
    scans: list[CarrierScan] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0


@dataclass(frozen=True)
class ColumnMap:
    """How one carrier's export names things: header -> generic column, event text -> generic event."""

    columns: Mapping[str, str] = field(default_factory=dict)
    events: Mapping[str, str] = field(default_factory=dict)

    def column(self, header: str) -> str:
        key = header.strip()
        for theirs, ours in self.columns.items():
            if theirs.strip().casefold() == key.casefold():
                return ours
        low = key.casefold().replace(" ", "_")
        return ALIASES.get(low, low)

    def event(self, text: str) -> ScanKind:
        for theirs, ours in self.events.items():
            if theirs.strip().casefold() == text.strip().casefold():
                return parse_scan_kind(ours)
        return parse_scan_kind(text)


def parse_time(text: str) -> datetime:
    """ISO 8601 ("2026-12-01T09:30:00+07:00", "...Z", "2026-12-01 09:30"); no zone means UTC."""
    value = datetime.fromisoformat(text.strip())
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def scan_from_record(
    record: Mapping[str, Any],
    cmap: ColumnMap,
    kinds: dict[str, ScanKind] | None = None,
    times: dict[str, datetime] | None = None,
) -> CarrierScan:
    """One row (already keyed by generic column) as a scan; ValueError with the reason when bad.

    `kinds` and `times` remember the event words and times already read: a carrier file repeats a
    handful of event words and many times (a sweep scans hundreds of parcels in the same minute)."""
    number = normalize_tracking_number(str(record.get("tracking_number") or ""))
    if not number:
        raise ValueError("empty tracking_number")
    if len(number) > 64:
        raise ValueError(f"tracking_number longer than 64 characters ({number[:20]}...)")
    event = str(record.get("event") or "").strip()
    if not event:
        raise ValueError("empty event")
    kind = kinds.get(event) if kinds is not None else None
    if kind is None:
        kind = cmap.event(event)
        if kinds is not None:
            kinds[event] = kind
    when = str(record.get("occurred_at") or "").strip()
    if not when:
        raise ValueError("empty occurred_at")
    at = times.get(when) if times is not None else None
    if at is None:
        try:
            at = parse_time(when)
        except ValueError:
            raise ValueError(f"occurred_at {when!r} is not an ISO 8601 time") from None
        if times is not None and len(times) < 1 << 16:
            times[when] = at
    return CarrierScan(
        tracking_number=number,
        carrier=str(record.get("carrier") or "").strip(),
        kind=kind,
        occurred_at=at,
        location=str(record.get("location") or "").strip(),
        detail=str(record.get("detail") or "").strip(),
        proof=str(record.get("proof") or "").strip(),
    )


def _check_columns(names: Iterable[str]) -> None:
    missing = [c for c in REQUIRED if c not in set(names)]
    if missing:
        raise TrackingFileError(f"missing column(s) {', '.join(missing)} (after the column map)")


def read_records(records: Iterable[tuple[int, Mapping[str, Any]]], cmap: ColumnMap) -> TrackingFile:
    out = TrackingFile()
    names: dict[str, str] = {}  # each header is mapped once, not once per row
    for line, raw in records:
        out.rows += 1
        record = {}
        for k, v in raw.items():
            if k is None:
                continue
            name = names.get(k)
            if name is None:
                name = names[k] = cmap.column(str(k))
            record[name] = v
        try:
            scan = scan_from_record(record, cmap)
        except ValueError as exc:
            out.problems.append(RowProblem(line, str(exc)))
            continue
        out.scans.append(scan)
    return out


def read_tracking_text(
    text: str, cmap: ColumnMap | None = None, *, json_format: bool = False
) -> TrackingFile:
    cmap = cmap or ColumnMap()
    if json_format:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise TrackingFileError(f"not valid JSON: {exc}") from None
        if isinstance(data, dict):
            data = data.get("events", data.get("tracking", data.get("data")))
        if not isinstance(data, list):
            raise TrackingFileError("JSON must be a list of events (or an object with an 'events' list)")
        records: list[tuple[int, Mapping[str, Any]]] = []
        problems = []
        for n, item in enumerate(data, start=1):
            if isinstance(item, dict):
                records.append((n, item))
            else:
                problems.append(RowProblem(n, "not an object"))
        if records:
            _check_columns({cmap.column(str(k)) for _, r in records for k in r})
        result = read_records(records, cmap)
        result.problems = problems + result.problems
        result.rows += len(problems)
        return result
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        raise TrackingFileError("the file is empty")
    names = [cmap.column(h) for h in header]
    _check_columns(names)
    # Column positions once: a carrier file has 100,000s of rows.
    wanted = [(name, i) for i, name in enumerate(names) if name in COLUMNS]
    out = TrackingFile()
    kinds: dict[str, ScanKind] = {}
    times: dict[str, datetime] = {}
    # 100,000s of small objects and no cycles among them: the cyclic collector only slows the read.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for row in reader:
            if not row:
                continue  # a blank line
            out.rows += 1
            width = len(row)
            record = {name: row[i] for name, i in wanted if i < width}
            try:
                out.scans.append(scan_from_record(record, cmap, kinds, times))
            except ValueError as exc:
                out.problems.append(RowProblem(reader.line_num, str(exc)))
    finally:
        if collecting:
            gc.enable()
    return out


def read_tracking_file(path: Path, cmap: ColumnMap | None = None) -> TrackingFile:
    """Read a CSV or JSON tracking file; proof paths are resolved against the file's folder."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TrackingFileError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise TrackingFileError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise TrackingFileError(f"{path}: {exc.strerror or exc}") from None
    is_json = path.suffix.casefold() == ".json" or text.lstrip().startswith(("[", "{"))
    result = read_tracking_text(text, cmap, json_format=is_json)
    base = path.resolve().parent
    result.scans = [
        s
        if not s.proof or "://" in s.proof or Path(s.proof).is_absolute()
        else _with_proof(s, str(base / s.proof))
        for s in result.scans
    ]
    return result


def _with_proof(scan: CarrierScan, proof: str) -> CarrierScan:
    from dataclasses import replace

    return replace(scan, proof=proof)
