"""The exception rules per channel and the claim windows, built from `[tracking]` in the config."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from packstation.domain.delivery import ClaimWindows, DeliveryRules
from packstation.services.tracking.files import ColumnMap
from packstation.store.deliveries import Horizon

_RULE_FIELDS = {f.name: f for f in dataclasses.fields(DeliveryRules)}


class RuleConfigError(ValueError):
    """A `[tracking.rules.*]` setting is unknown or has the wrong type."""


def _rules(base: DeliveryRules, values: Mapping[str, Any], where: str) -> DeliveryRules:
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in _RULE_FIELDS:
            raise RuleConfigError(f"unknown setting 'tracking.rules.{where}.{key}'")
        current = getattr(base, key)
        if isinstance(current, dict):
            if not isinstance(value, dict):
                raise RuleConfigError(f"'tracking.rules.{where}.{key}' must be a table")
            changes[key] = {**current, **{str(k): float(v) for k, v in value.items()}}
        elif isinstance(value, bool) or not isinstance(value, int | float):
            raise RuleConfigError(f"'tracking.rules.{where}.{key}' must be a number, got {value!r}")
        else:
            changes[key] = type(current)(value)
    return dataclasses.replace(base, **changes)


@dataclass(frozen=True)
class RuleBook:
    """`for_channel("tiktok")`: the defaults, then `[tracking.rules."*"]`, then that channel's table."""

    default: DeliveryRules = field(default_factory=DeliveryRules)
    channels: Mapping[str, DeliveryRules] = field(default_factory=dict)
    claims: ClaimWindows = field(default_factory=ClaimWindows)
    column_maps: Mapping[str, ColumnMap] = field(default_factory=dict)

    def for_channel(self, channel: str) -> DeliveryRules:
        return self.channels.get(channel, self.default)

    def horizon(self, now: datetime) -> Horizon:
        """When each time rule can first act under any channel's rules (for reading only those rows)."""
        every = [self.default, *self.channels.values()]
        transits = [days for r in every for days in r.delivery_days.values()]
        return Horizon(
            now=now,
            lost_before=now - timedelta(days=min(r.lost_after_days for r in every)),
            no_scan_before=now - timedelta(hours=min(r.no_scan_hours for r in every)),
            remind_before=now - timedelta(days=min(r.auto_cancel_days - r.remind_days_before for r in every)),
            transit_before=now - timedelta(days=min(transits)) if transits else None,
        )

    def column_map(self, profile: str | None) -> ColumnMap:
        if not profile:
            return ColumnMap()
        try:
            return self.column_maps[profile]
        except KeyError:
            known = ", ".join(sorted(self.column_maps)) or "none configured"
            raise RuleConfigError(f"unknown column map {profile!r} ({known})") from None

    @classmethod
    def from_config(cls, tracking: Any) -> RuleBook:
        """From a `TrackingConfig`; RuleConfigError names a bad setting."""
        tables: dict[str, Any] = dict(tracking.rules or {})
        default = _rules(DeliveryRules(), tables.pop("*", {}), '"*"')
        channels = {name: _rules(default, values, name) for name, values in tables.items()}
        claims = ClaimWindows(float(tracking.seller_appeal_days), float(tracking.carrier_claim_days))
        profiles = set(tracking.column_maps) | set(tracking.event_maps)
        maps = {
            name: ColumnMap(dict(tracking.column_maps.get(name, {})), dict(tracking.event_maps.get(name, {})))
            for name in profiles
        }
        return cls(default, channels, claims, maps)
