"""Importing marketplace orders (TikTok Shop export, generic CSV/JSON) and the product catalog.

`import_orders` and `import_catalog` are what the CLI, the UI and the tests call. Formats are documented
in docs/import-formats.md.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from packstation.domain.text import printable
from packstation.services.imports.catalog import import_catalog
from packstation.services.imports.drafts import OrderAssembly
from packstation.services.imports.errors import ImportFormatError, ImportReport, OrderNote, RowProblem
from packstation.services.imports.generic import COLUMNS as GENERIC_COLUMNS
from packstation.services.imports.generic import GenericCsvLayout, looks_generic, read_json
from packstation.services.imports.rows import CsvFile, ExportRows, ShopClock, shop_zone
from packstation.services.imports.rules import ImportRules
from packstation.services.imports.tiktok import COLUMNS as TIKTOK_COLUMNS
from packstation.services.imports.tiktok import TikTokLayout, looks_like_tiktok
from packstation.services.imports.workbook import XlsxFile, is_workbook
from packstation.services.imports.writer import OrderWriter
from packstation.store.base import utcnow
from packstation.store.uow import UnitOfWork

__all__ = [
    "ImportFormatError",
    "ImportReport",
    "ImportRules",
    "OrderNote",
    "RowProblem",
    "import_catalog",
    "import_orders",
]

DEFAULT_HANDLING_HOURS = {"tiktok": 48.0, "generic": 48.0}


def import_orders(
    uow_factory: Callable[[], UnitOfWork],
    path: Path | str,
    *,
    channel: str | None = None,
    handling_hours: dict[str, float] | None = None,
    timezone: str | tzinfo = "UTC",
    now: datetime | None = None,
    station: str = "",
    user: str = "import",
    batch_orders: int = 5000,
    rules: ImportRules | None = None,
) -> ImportReport:
    """Import an order export; re-importing the same file changes nothing.

    `channel`: None detects the layout from the file; "tiktok" insists on the TikTok Shop export; any
    other name reads the generic format and is the channel of rows that do not name one.
    `timezone`: the shop's zone for times without an offset. `handling_hours`: per-channel time from
    payment to the ship-by deadline. `rules`: order id shapes, unit and time limits (ImportRules()).
    Raises ImportFormatError when the file cannot be read at all.
    """
    # Hundreds of thousands of small, acyclic objects: the cyclic collector would rescan them over and
    # over (a third of the run time); reference counting frees them anyway.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import_orders(
            uow_factory,
            Path(path),
            channel=channel,
            handling_hours=handling_hours,
            timezone=timezone,
            now=now,
            station=station,
            user=user,
            batch_orders=batch_orders,
            rules=rules or ImportRules(),
        )
    finally:
        if collecting:
            gc.enable()


def _import_orders(
    uow_factory: Callable[[], UnitOfWork],
    path: Path,
    *,
    channel: str | None,
    handling_hours: dict[str, float] | None,
    timezone: str | tzinfo,
    now: datetime | None,
    station: str,
    user: str,
    batch_orders: int,
    rules: ImportRules,
) -> ImportReport:
    now = now or utcnow()
    clock = ShopClock(shop_zone(timezone), *rules.window(now))
    hours = {**DEFAULT_HANDLING_HOURS, **(handling_hours or {})}
    handling = {name: timedelta(hours=h) for name, h in hours.items()}
    wanted = channel.strip().casefold() if channel else None
    default_channel = wanted if wanted and wanted != "tiktok" else "generic"
    if not path.is_file():
        raise ImportFormatError(f"{path}: no such file" if not path.exists() else f"{path} is not a file")
    if path.suffix.casefold() in (".xls", ".xlsb") and not is_workbook(path):
        raise ImportFormatError(
            f"{path.name}: old Excel formats are not read; save it as .xlsx or export CSV instead"
        )
    if path.suffix.casefold() == ".json" and not is_workbook(path):
        if wanted == "tiktok":
            raise ImportFormatError(f"{path.name}: the TikTok Shop export is a CSV file, not JSON")
        report = ImportReport(source=path.name, format="generic-json")
        assembly = OrderAssembly(report, clock, handling, rules)
        read_json(path, assembly, default_channel)
    else:
        # Content decides, not the name: an .xlsx renamed .csv is still a workbook.
        source: ExportRows = XlsxFile(path) if is_workbook(path) else CsvFile(path)
        with source:
            layout = _csv_layout(source, wanted, default_channel, rules.max_quantity)
            name = layout.name
            if isinstance(source, XlsxFile):
                name = name.removesuffix("-csv") + "-xlsx"
            report = ImportReport(source=path.name, format=name)
            assembly = OrderAssembly(report, clock, handling, rules)
            assembly.read_csv(source, layout)  # type: ignore[arg-type]  # both layouts are RowLayouts
    writer = OrderWriter(
        uow_factory,
        report,
        source=path.name,
        station=station,
        user=user,
        now=now,
        batch_orders=batch_orders,
    )
    writer.write(assembly.orders())
    assembly.sort_report()
    return report


def _csv_layout(
    source: ExportRows, wanted: str | None, default_channel: str, max_quantity: int
) -> TikTokLayout | GenericCsvLayout:
    """The layout `channel=` asks for, or the one the header shows."""
    if wanted == "tiktok" or (wanted is None and looks_like_tiktok(source)):
        source.keep(TIKTOK_COLUMNS)
        return TikTokLayout(source, max_quantity)
    if wanted is not None or looks_generic(source):
        source.keep(GENERIC_COLUMNS)
        return GenericCsvLayout(source, default_channel, max_quantity)
    raise ImportFormatError(
        f"{source.path.name}: unknown order file layout (header starts "
        f"{printable(', '.join(source.header[:4]))[:120]}); "
        "expected a TikTok Shop export (Order ID, Seller SKU, ...) or the generic format "
        "(order_id, sku, quantity, recipient_name, ...)"
    )
