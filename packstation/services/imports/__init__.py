"""Importing marketplace orders (TikTok Shop export, generic CSV/JSON) and the product catalog.

`import_orders` and `import_catalog` are what the CLI, the UI and the tests call. Formats are documented
in docs/import-formats.md.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from packstation.services.imports.catalog import import_catalog
from packstation.services.imports.drafts import OrderAssembly
from packstation.services.imports.errors import ImportFormatError, ImportReport, OrderNote, RowProblem
from packstation.services.imports.generic import COLUMNS as GENERIC_COLUMNS
from packstation.services.imports.generic import GenericCsvLayout, looks_generic, read_json
from packstation.services.imports.rows import CsvFile, ShopClock, shop_zone
from packstation.services.imports.tiktok import COLUMNS as TIKTOK_COLUMNS
from packstation.services.imports.tiktok import TikTokLayout, looks_like_tiktok
from packstation.services.imports.writer import OrderWriter
from packstation.store.base import utcnow
from packstation.store.uow import UnitOfWork

__all__ = [
    "ImportFormatError",
    "ImportReport",
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
) -> ImportReport:
    """Import an order export; re-importing the same file changes nothing.

    `channel`: None detects the layout from the file; "tiktok" insists on the TikTok Shop export; any
    other name reads the generic format and is the channel of rows that do not name one.
    `timezone`: the shop's zone for times without an offset. `handling_hours`: per-channel time from
    payment to the ship-by deadline. Raises ImportFormatError when the file cannot be read at all.
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
) -> ImportReport:
    clock = ShopClock(shop_zone(timezone))
    hours = {**DEFAULT_HANDLING_HOURS, **(handling_hours or {})}
    handling = {name: timedelta(hours=h) for name, h in hours.items()}
    wanted = channel.strip().casefold() if channel else None
    default_channel = wanted if wanted and wanted != "tiktok" else "generic"
    suffix = path.suffix.casefold()
    if suffix in (".xlsx", ".xls"):
        raise ImportFormatError(
            f"{path.name}: Excel files are not read; export the orders as CSV (Seller Center: Export > CSV)"
        )
    if suffix == ".json":
        if wanted == "tiktok":
            raise ImportFormatError(f"{path.name}: the TikTok Shop export is a CSV file, not JSON")
        report = ImportReport(source=path.name, format="generic-json")
        assembly = OrderAssembly(report, clock, handling)
        read_json(path, assembly, default_channel)
    else:
        with CsvFile(path) as source:
            layout = _csv_layout(source, wanted, default_channel)
            report = ImportReport(source=path.name, format=layout.name)
            assembly = OrderAssembly(report, clock, handling)
            assembly.read_csv(source, layout)
    writer = OrderWriter(
        uow_factory,
        report,
        source=path.name,
        station=station,
        user=user,
        now=now or utcnow(),
        batch_orders=batch_orders,
    )
    writer.write(assembly.orders())
    assembly.sort_report()
    return report


def _csv_layout(source: CsvFile, wanted: str | None, default_channel: str) -> TikTokLayout | GenericCsvLayout:
    """The layout `channel=` asks for, or the one the header shows."""
    if wanted == "tiktok" or (wanted is None and looks_like_tiktok(source)):
        source.keep(TIKTOK_COLUMNS)
        return TikTokLayout(source)
    if wanted is not None or looks_generic(source):
        source.keep(GENERIC_COLUMNS)
        return GenericCsvLayout(source, default_channel)
    raise ImportFormatError(
        f"{source.path.name}: unknown order file layout (header starts {', '.join(source.header[:4])}); "
        "expected a TikTok Shop export (Order ID, Seller SKU, ...) or the generic format "
        "(order_id, sku, quantity, recipient_name, ...)"
    )
