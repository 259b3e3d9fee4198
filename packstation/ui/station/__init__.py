"""The packing station window: one page per step, a small window that switches between them."""

from __future__ import annotations

from packstation.ui.station.assembly import StationUi, build_station_ui

__all__ = ["StationUi", "build_station_ui"]
