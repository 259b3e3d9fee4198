"""What the review window works with, built from a composed `Station` (Qt-free: the window only
renders these and forwards a supervisor's requests)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packstation.services.disputes import DisputeService
from packstation.services.metrics import MetricsService
from packstation.services.review.service import (
    ReviewService,
    default_label_renderer,
    pack_exporter,
    sender_address,
)
from packstation.services.tracking import ExceptionsBoard

ProgressFn = Callable[[int, int, str], None]
# (order ids, output folder, progress(done, total, what)) -> whatever the export returns
Exporter = Callable[[Sequence[str], Path, ProgressFn], Any]
# (output file, progress(done, total)) -> the export's report (channels/sheets.py `export_shipments`)
SheetExporter = Callable[[Path, Callable[[int, int], None]], Any]


@dataclass
class ReviewServices:
    """The review window's services; a None hides what it serves."""

    review: ReviewService
    disputes: DisputeService
    metrics: MetricsService
    exporter: Exporter | None = None  # the evidence pack export; None hides export
    export_dir: Path | None = None  # suggested folder for packs
    exceptions: ExceptionsBoard | None = None  # the delivery exceptions board; None hides its tab
    dispatch: Any = None  # the dispatch board (DispatchBoardService); None hides its tab
    shipment_sheet: SheetExporter | None = None  # the Seller Center sheet export; None hides it


def review_services(station: Any) -> ReviewServices:
    """The review services of a bootstrap `Station` (its store, blob folder, label sender, exports folder)."""
    return ReviewServices(
        review=ReviewService(
            station.uow,
            station.home.blobs,
            label_renderer=default_label_renderer(sender_address(station.config.label)),
        ),
        disputes=DisputeService(station.uow, station.name),
        metrics=MetricsService(station.uow),
        exporter=pack_exporter(station),
        export_dir=station.home.exports,
        exceptions=_exceptions_board(station),
        dispatch=_dispatch_board(station),
        shipment_sheet=_shipment_sheet(station),
    )


def _dispatch_board(station: Any) -> Any:
    from packstation.services.dispatch.board import DispatchBoardService

    handover = getattr(station, "handover", None)
    return DispatchBoardService(handover) if handover is not None else None


def _shipment_sheet(station: Any) -> Any:
    """The Seller Center sheet export (channels/sheets.py) on this station's store and provider table."""
    from packstation.channels.sheets import export_shipments

    names = station.config.channels.provider_names

    def export(path: Any, progress: Any) -> Any:
        return export_shipments(station.uow, "tiktok-xlsx", path, provider_names=names, progress=progress)

    return export


def _exceptions_board(station: Any) -> Any:
    """Every station's board from the central store when one is configured, else this station's."""
    from packstation.services.tracking.board import ExceptionsBoard
    from packstation.services.tracking.central_board import central_board_for

    central = central_board_for(station)
    if central is not None:
        return central
    watch = getattr(station, "delivery_watch", None)
    return ExceptionsBoard(watch.tracking) if watch is not None else None
