"""Build the review window for a running station: its services, label previews and evidence export."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from packstation.domain.users import Actor
from packstation.services.disputes import DisputeService
from packstation.services.metrics import MetricsService
from packstation.services.review import ReviewService, default_label_renderer, pack_exporter, sender_address
from packstation.ui.review.window import ReviewServices, ReviewWindow


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
    )


def _exceptions_board(station: Any) -> Any:
    from packstation.services.tracking.board import ExceptionsBoard

    watch = getattr(station, "delivery_watch", None)
    return ExceptionsBoard(watch.tracking) if watch is not None else None


def open_review_window(
    station: Any, supervisor: Actor, runner: Any, parent: QWidget | None = None
) -> ReviewWindow:
    """A review window for `supervisor` (from `UserService.verify_supervisor`); raises PermissionDenied otherwise."""
    window = ReviewWindow(review_services(station), supervisor, runner, parent)
    window.show()
    return window
