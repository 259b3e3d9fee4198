"""Open the review window for a running station (its services come from `Station.review_services`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from packstation.domain.users import Actor
from packstation.services.review.desk import review_services
from packstation.ui.review.window import ReviewWindow

__all__ = ["open_review_window", "review_services"]  # review_services: also `Station.review_services()`


def open_review_window(
    station: Any, supervisor: Actor, runner: Any, parent: QWidget | None = None
) -> ReviewWindow:
    """A review window for `supervisor` (from `UserService.verify_supervisor`); raises PermissionDenied otherwise."""
    window = ReviewWindow(station.review_services(), supervisor, runner, parent)
    window.show()
    return window
