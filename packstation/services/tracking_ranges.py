"""Carrier tracking-number ranges for labels the station numbers itself (config or demo defaults)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from packstation.domain.tracking import CarrierRule, CarrierRules, TrackingRange, UnknownCarrier, carrier_key

# Ranges for the simulator and demo carriers; a real station reads its carriers' ranges from config
# (`[label.tracking_ranges.<carrier>]` with prefix, start, end, width, check, suffix).
DEMO_TRACKING_RANGES: dict[str, dict[str, Any]] = {
    "sim": {"prefix": "SIM", "start": 1, "end": 9_999_999_999, "width": 10},
    "jnt": {"prefix": "JT", "start": 1, "end": 9_999_999_999, "width": 10},
    "flash": {"prefix": "TH", "start": 1, "end": 9_999_999_999, "width": 10, "suffix": "A"},
    "spx": {"prefix": "SPXSM", "start": 1, "end": 9_999_999_999, "width": 10},
    "ninjavan": {"prefix": "NVSIM", "start": 1, "end": 9_999_999_999, "width": 10},
    "usps": {"prefix": "EA", "start": 1, "end": 99_999_999, "width": 8, "check": "s10", "suffix": "US"},
    "post": {"prefix": "EE", "start": 1, "end": 99_999_999, "width": 8, "check": "s10", "suffix": "TH"},
    "dhl": {"prefix": "1", "start": 1, "end": 999_999_999, "width": 9, "check": "mod7"},
}
SIM_CARRIER = CarrierRule("sim", ("Simulated carrier",), r"SIM\d{10}", title="Simulated carrier")


def tracking_ranges(config: Mapping[str, Mapping[str, Any] | TrackingRange], rules: CarrierRules) -> dict:
    """Ranges keyed by canonical carrier name, from config tables or `TrackingRange` values."""
    ranges: dict[str, TrackingRange] = {}
    for name, spec in config.items():
        key = _canonical(name, rules)
        if isinstance(spec, TrackingRange):
            ranges[key] = spec
            continue
        ranges[key] = TrackingRange(
            key,
            str(spec.get("prefix", "")),
            int(spec.get("start", 1)),
            int(spec["end"]),
            int(spec["width"]),
            spec.get("check", "none"),
            str(spec.get("suffix", "")),
        )
    return ranges


def _canonical(carrier: str, rules: CarrierRules) -> str:
    try:
        return rules.normalize(carrier)
    except UnknownCarrier:
        return carrier_key(carrier)
