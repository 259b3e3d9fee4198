"""Shipment reports for marketplaces: the Seller Center bulk-shipping sheet (xlsx), CSV and JSON.

Every exported order is recorded (table channel_reports) so the next export leaves it out unless asked
again. The file is written whole to a temporary name and moved into place before the record is
committed: a crash can at worst report an order twice, never lose one.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from packstation.channels.providers import ProviderNames
from packstation.channels.shipments import Shipment, handed_over
from packstation.domain.texts import translate
from packstation.store.base import utcnow
from packstation.store.tables import ChannelReportRow
from packstation.store.uow import UnitOfWork

FORMATS = ("tiktok-xlsx", "csv", "json")
SHEET_NAME = "Shipping info"
SHEET_HEADERS = ("Order ID", "Tracking ID", "Shipping Provider Name", "Auto Combine Group ID")
SHEET_NOTE = (
    "Fill in one row per order from row 3: Order ID, Tracking ID and Shipping Provider Name as listed "
    "in Seller Center. Split orders (several packages) cannot be shipped with this sheet."
)
EXPORT_COLUMNS = ("order_id", "tracking_number", "carrier", "shipped_at", "manifest_id")
Progress = Callable[[int, int], None]


class ExportError(Exception):
    """The export cannot be written (bad folder, bad format); nothing was recorded."""


@dataclass
class ExportReport:
    """What an export wrote and what it left out, and why."""

    path: Path
    format: str
    written: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    no_tracking: list[str] = field(default_factory=list)
    platform_shipped: list[str] = field(default_factory=list)
    already_reported: int = 0
    unknown_carriers: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out: list[str] = [
            translate("Sheet", "{count} order(s) written to {path} ({format})").format(
                count=len(self.written), path=str(self.path), format=self.format
            )
        ]
        if self.already_reported:
            out.append(
                translate("Sheet", "{count} order(s) already reported left out (--again to include)").format(
                    count=self.already_reported
                )
            )
        if self.split:
            out.append(
                translate(
                    "Sheet",
                    "{count} split order(s) left out (several parcels with different tracking numbers; "
                    "ship them through the API or by hand): {orders}",
                ).format(count=len(self.split), orders=", ".join(self.split[:10]))
            )
        if self.platform_shipped:
            out.append(
                translate(
                    "Sheet",
                    "{count} order(s) shipped with the marketplace's own label left out "
                    "(it knows their tracking numbers)",
                ).format(count=len(self.platform_shipped))
            )
        if self.no_tracking:
            out.append(
                translate("Sheet", "{count} order(s) without a tracking number left out").format(
                    count=len(self.no_tracking)
                )
            )
        for carrier, n in sorted(self.unknown_carriers.items()):
            out.append(
                translate(
                    "Sheet",
                    "carrier {carrier} ({count} order(s)) is not in the provider table; written as it is "
                    "(add it under [channels.provider_names])",
                ).format(carrier=repr(carrier), count=n)
            )
        return out


def target_of(fmt: str) -> str:
    """Which record an export belongs to: the TikTok sheet shares its record with the API push."""
    return "tiktok" if fmt == "tiktok-xlsx" else "export"


def export_shipments(
    uow_factory: Callable[[], UnitOfWork],
    fmt: str,
    out: Path | str,
    *,
    manifest: str | None = None,
    since: datetime | None = None,
    again: bool = False,
    provider_names: dict[str, str] | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> ExportReport:
    """Write handed-over orders not yet reported to `out` and record them; Qt-free (the review window
    runs it in its worker and shows `progress(done, total)`)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
    path = Path(out)
    if not path.parent.is_dir():
        raise ExportError(f"folder {path.parent} does not exist")
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name")
    report = ExportReport(path, fmt)
    target = target_of(fmt)
    names = ProviderNames(provider_names)
    with uow_factory() as uow:
        shipments = handed_over(
            uow.session, manifest=manifest, since=since, channel="tiktok" if fmt == "tiktok-xlsx" else None
        )
        done = set() if again else _reported(uow, target)
    chosen: list[Shipment] = []
    for s in shipments:
        if (s.order_id, s.tracking_number) in done:
            report.already_reported += 1
        elif fmt == "tiktok-xlsx" and s.platform_shipped:
            report.platform_shipped.append(s.order_id)
        elif fmt == "tiktok-xlsx" and s.split:
            report.split.append(s.order_id)
        elif not s.tracking_number:
            report.no_tracking.append(s.order_id)
        else:
            chosen.append(s)
            if fmt == "tiktok-xlsx" and not names.known(s.carrier):
                report.unknown_carriers[s.carrier] = report.unknown_carriers.get(s.carrier, 0) + 1
    tmp = path.with_name(f".{path.name}.partial")
    try:
        writer = {"tiktok-xlsx": _write_xlsx, "csv": _write_csv, "json": _write_json}[fmt]
        writer(tmp, chosen, names, progress or _no_progress)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:  # cancelled from the progress callback: no half file, nothing recorded
        tmp.unlink(missing_ok=True)
        raise
    record_reported(uow_factory, target, chosen, names if fmt == "tiktok-xlsx" else None, str(path), now)
    report.written = [s.order_id for s in chosen]
    return report


def record_reported(
    uow_factory: Callable[[], UnitOfWork],
    target: str,
    shipments: list[Shipment],
    names: ProviderNames | None,
    file: str,
    now: datetime | None = None,
) -> None:
    """Remember that these shipments were told to `target` (a repeat with `--again` is not re-added)."""
    if not shipments:
        return
    with uow_factory() as uow:
        add_reported(uow, target, shipments, names, file, now)
        uow.commit()


def add_reported(
    uow: UnitOfWork,
    target: str,
    shipments: list[Shipment],
    names: ProviderNames | None,
    file: str,
    now: datetime | None = None,
) -> None:
    """`record_reported` inside the caller's unit of work."""
    at = now or utcnow()
    done = _reported(uow, target, [s.order_id for s in shipments])
    for s in shipments:
        if (s.order_id, s.tracking_number) in done:
            continue
        uow.session.add(
            ChannelReportRow(
                target=target,
                order_id=s.order_id,
                tracking_number=s.tracking_number,
                carrier=names.name_for(s.carrier) if names else s.carrier,
                manifest=s.manifest,
                file=file,
                reported_at=at,
            )
        )


def _reported(uow: UnitOfWork, target: str, order_ids: list[str] | None = None) -> set[tuple[str, str]]:
    """(order id, tracking number) already reported to `target`, of the given orders or all."""
    stmt = select(ChannelReportRow.order_id, ChannelReportRow.tracking_number).where(
        ChannelReportRow.target == target
    )
    if order_ids is None:
        return {(a, b) for a, b in uow.session.execute(stmt)}
    out: set[tuple[str, str]] = set()
    for start in range(0, len(order_ids), 500):
        chunk = stmt.where(ChannelReportRow.order_id.in_(order_ids[start : start + 500]))
        out.update((a, b) for a, b in uow.session.execute(chunk))
    return out


def _no_progress(done: int, total: int) -> None:
    pass


def _tick(progress: Progress, done: int, total: int) -> None:
    if done == total or done % 200 == 0:
        progress(done, total)


def _write_xlsx(path: Path, rows: list[Shipment], names: ProviderNames, progress: Progress) -> None:
    from openpyxl import Workbook

    progress(0, len(rows))  # first: a cancel before any row leaves no workbook half written
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_NAME)
    sheet.append([SHEET_NOTE])
    sheet.append(list(SHEET_HEADERS))
    for n, s in enumerate(rows, start=1):
        sheet.append([s.order_id, s.tracking_number, names.name_for(s.carrier), ""])
        _tick(progress, n, len(rows))
    book.save(path)


def _export_row(s: Shipment) -> dict[str, str]:
    return {
        "order_id": s.order_id,
        "tracking_number": ";".join(s.tracking_numbers),
        "carrier": s.carrier,
        "shipped_at": s.shipped_at.isoformat(),
        "manifest_id": s.manifest,
    }


def _write_csv(path: Path, rows: list[Shipment], names: ProviderNames, progress: Progress) -> None:
    progress(0, len(rows))
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(EXPORT_COLUMNS))
        writer.writeheader()
        for n, s in enumerate(rows, start=1):
            writer.writerow(_export_row(s))
            _tick(progress, n, len(rows))


def _write_json(path: Path, rows: list[Shipment], names: ProviderNames, progress: Progress) -> None:
    progress(0, len(rows))
    data = []
    for n, s in enumerate(rows, start=1):
        data.append(_export_row(s))
        _tick(progress, n, len(rows))
    path.write_text(json.dumps({"shipments": data}, ensure_ascii=False, indent=2), encoding="utf-8")
