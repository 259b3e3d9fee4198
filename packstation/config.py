"""Typed, versioned station settings in one TOML file; environment variables override for deployment."""

from __future__ import annotations

import dataclasses
import os
import socket
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

CONFIG_VERSION = 1


class ConfigError(Exception):
    """The config file cannot be read; the message names the file and the setting."""


@dataclass
class DevicesConfig:
    scanner: str = "wedge"
    scale: str = "sim"
    printer: str = "sim"
    camera: str = "sim"


@dataclass
class WedgeConfig:
    max_key_gap_ms: float = 30.0
    min_length: int = 4
    timeout_ms: float = 60.0
    prefix: str = ""
    suffix: str = ""


@dataclass
class StoreConfig:
    station_url: str = ""  # empty: SQLite file in the home folder
    central_url: str = ""  # empty: embedded SQLite central store in the home folder


@dataclass
class PackingConfig:
    weight_tolerance_g: float = 30.0
    weight_tolerance_pct: float = 5.0
    fragile_padding_mm: float = 20.0
    handling_hours: dict[str, float] = field(default_factory=lambda: {"tiktok": 48.0, "generic": 48.0})
    shop_timezone: str = "UTC"  # zone of the times in marketplace exports, e.g. Asia/Kuala_Lumpur


@dataclass
class LabelConfig:
    stock: str = "4x6"
    dpi: int = 203
    sender_name: str = "packstation demo warehouse"
    sender_phone: str = ""
    sender_line1: str = "1 Warehouse Road"
    sender_city: str = "Shah Alam"
    sender_postcode: str = "40150"
    sender_country: str = "MY"
    gs1_company_prefix: str = ""
    # Number ranges per carrier for labels the station numbers itself: {carrier: {prefix, start, end,
    # width, check (s10|mod10|mod7|none), suffix}}. Empty: the simulator's demo ranges.
    tracking_ranges: dict[str, dict] = field(default_factory=dict)


@dataclass
class PhotoConfig:
    required: list[str] = field(default_factory=lambda: ["contents", "sealed"])
    label_must_show: bool = True
    keep_unstamped: bool = False
    width: int = 1280
    height: int = 720


@dataclass
class StationConfig:
    version: int = CONFIG_VERSION
    station: str = field(default_factory=lambda: socket.gethostname() or "station-1")
    idle_lock_minutes: float = 10.0
    devices: DevicesConfig = field(default_factory=DevicesConfig)
    wedge: WedgeConfig = field(default_factory=WedgeConfig)
    store: StoreConfig = field(default_factory=StoreConfig)
    packing: PackingConfig = field(default_factory=PackingConfig)
    label: LabelConfig = field(default_factory=LabelConfig)
    photos: PhotoConfig = field(default_factory=PhotoConfig)
    tracking: TrackingConfig = field(default_factory=lambda: TrackingConfig())


ENV_OVERRIDES = {
    "PACKSTATION_CENTRAL_URL": ("store", "central_url"),
    "PACKSTATION_STATION_URL": ("store", "station_url"),
    "PACKSTATION_STATION": (None, "station"),
}

# Upgrades from an older file version to the next, keyed by the version they upgrade from.
_MIGRATIONS: dict[int, Any] = {}


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    kwargs = {}
    names = {f.name: f for f in dataclasses.fields(cls)}
    for key, value in data.items():
        if key not in names:
            raise ConfigError(f"unknown setting '{where}{key}'")
        f = names[key]
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default  # type: ignore[misc]
        if dataclasses.is_dataclass(default):
            if not isinstance(value, dict):
                raise ConfigError(f"'{where}{key}' must be a table")
            kwargs[key] = _build(type(default), value, f"{where}{key}.")
        else:
            if (
                default is not None
                and not isinstance(value, type(default))
                and not (isinstance(default, float) and isinstance(value, int))
            ):
                raise ConfigError(f"'{where}{key}' must be {type(default).__name__}, got {value!r}")
            kwargs[key] = float(value) if isinstance(default, float) else value
    return cls(**kwargs)


def load_config(path: Path) -> StationConfig:
    """Read the config file (missing file: defaults), upgrade old versions, apply env overrides."""
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from exc
    version = int(data.get("version", CONFIG_VERSION))
    if version > CONFIG_VERSION:
        raise ConfigError(f"{path} is version {version}; this packstation understands up to {CONFIG_VERSION}")
    while version < CONFIG_VERSION:
        data = _MIGRATIONS[version](data)
        version += 1
    data["version"] = CONFIG_VERSION
    try:
        config = _build(StationConfig, data, "")
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    for env, (section, key) in ENV_OVERRIDES.items():
        value = os.environ.get(env)
        if value:
            setattr(getattr(config, section) if section else config, key, value)
    return config


def save_config(config: StationConfig, path: Path) -> None:
    """Write atomically so a crash never leaves half a config file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(tomli_w.dumps(dataclasses.asdict(config)), encoding="utf-8")
    os.replace(tmp, path)


def redacted_url(url: str) -> str:
    """A database URL fit for logs: the password replaced by ***."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - anything unparsable is shown as a placeholder
        return "<unparsable url>"


@dataclass
class EmailConfig:
    """SMTP for alerts: STARTTLS then login; the password from `password_env` when set there."""

    host: str = ""  # empty: no email alerts
    port: int = 587
    starttls: bool = True
    username: str = ""
    password: str = ""
    password_env: str = "PACKSTATION_SMTP_PASSWORD"
    sender: str = "packstation@localhost"
    cafile: str = ""  # CA file to verify the server with (empty: the system's CAs)
    timeout_s: float = 10.0


@dataclass
class AlertsConfig:
    """Who hears about what: `recipients` maps an alert kind (rule or status, "digest", "*") to addresses.

    Addresses: "in_app", "email:someone@example.com", "webhook:NAME" (a key of `webhooks`, each a table
    with `url` and optional `secret` / `secret_env` for the HMAC-SHA256 signature header).
    """

    email: EmailConfig = field(default_factory=EmailConfig)
    webhooks: dict[str, dict] = field(default_factory=dict)
    recipients: dict[str, list] = field(default_factory=lambda: {"*": ["in_app"]})
    quiet_start: str = ""  # "22:00": no email or webhook from then ...
    quiet_end: str = ""  # ... until "07:00" (in `timezone`); in-app alerts are never held
    timezone: str = "UTC"
    digest_hour: int = 8  # the daily digest goes out at this hour (in `timezone`)
    retry_minutes: list[float] = field(default_factory=lambda: [1.0, 5.0, 15.0, 60.0])
    max_attempts: int = 10


@dataclass
class TrackingConfig:
    """Delivery tracking after the handover: the exception rules per channel, claim windows, import maps."""

    rules: dict[str, dict] = field(default_factory=dict)  # channel or "*" -> DeliveryRules fields
    seller_appeal_days: float = 7.0
    carrier_claim_days: float = 40.0
    column_maps: dict[str, dict] = field(default_factory=dict)  # profile -> {their column: our column}
    event_maps: dict[str, dict] = field(default_factory=dict)  # profile -> {their event: our event}
    evaluate_minutes: float = 15.0
    alerts: AlertsConfig = field(default_factory=AlertsConfig)
