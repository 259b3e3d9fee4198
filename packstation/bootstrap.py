"""Former name of the composition root; everything lives in `packstation.compose` now."""

from packstation.compose import Station, compose, open_station, packing_rules, station_url

__all__ = ["Station", "compose", "open_station", "packing_rules", "station_url"]
