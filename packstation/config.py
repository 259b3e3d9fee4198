"""Typed, versioned station settings in one TOML file; environment variables override for deployment."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import socket
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from packstation.home import StationFault

CONFIG_VERSION = 1


class ConfigError(StationFault):
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
    weighing: WeighingConfig = field(default_factory=lambda: WeighingConfig())
    badges: BadgeConfig = field(default_factory=lambda: BadgeConfig())
    channels: ChannelsConfig = field(default_factory=lambda: ChannelsConfig())
    video: VideoConfig = field(default_factory=lambda: VideoConfig())
    dispatch: DispatchConfig = field(default_factory=lambda: DispatchConfig())
    tracking: TrackingConfig = field(default_factory=lambda: TrackingConfig())
    imports: ImportsConfig = field(default_factory=lambda: ImportsConfig())
    backup: BackupConfig = field(default_factory=lambda: BackupConfig())
    returns: ReturnsConfig = field(default_factory=lambda: ReturnsConfig())
    languages: LanguageConfig = field(default_factory=lambda: LanguageConfig())
    screen: ScreenConfig = field(default_factory=lambda: ScreenConfig())


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
    if path.exists() or path.is_symlink():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path} is not valid TOML ({exc}); fix or remove it") from exc
        except OSError as exc:
            raise ConfigError(
                f"{path} cannot be read ({exc.strerror or exc}); check its permissions"
            ) from exc
    raw_version = data.get("version", CONFIG_VERSION)
    if not isinstance(raw_version, int) or isinstance(raw_version, bool):
        raise ConfigError(f"{path}: 'version' must be a whole number, got {raw_version!r}")
    version = raw_version
    if version > CONFIG_VERSION:
        raise ConfigError(f"{path} is version {version}; this packstation understands up to {CONFIG_VERSION}")
    while version < CONFIG_VERSION:
        data = _MIGRATIONS[version](data)
        version += 1
    data["version"] = CONFIG_VERSION
    try:
        config = _build(StationConfig, data, "")
        check_config(config)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    for env, (section, key) in ENV_OVERRIDES.items():
        value = os.environ.get(env)
        if value:
            setattr(getattr(config, section) if section else config, key, value)
    return config


def save_config(config: StationConfig, path: Path) -> None:
    """Write atomically so a crash never leaves half a config file."""
    tmp = path.with_suffix(".toml.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(tomli_w.dumps(dataclasses.asdict(config)), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        from packstation.home import os_problem

        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise ConfigError(f"{path} cannot be written: {os_problem(exc, path.parent)}") from exc


def redacted_url(url: str) -> str:
    """A database URL fit for logs: the password replaced by ***."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - anything unparsable is shown as a placeholder
        return "<unparsable url>"


@dataclass
class WeighingConfig:
    """When a scale weight counts for a parcel (`devices.weight_gate.WeightGate`)."""

    require_zero: bool = True  # the scale must read near zero between two parcels
    zero_threshold_g: float = 10.0  # at or below this the scale counts as empty


@dataclass
class BadgeConfig:
    """Badge cards: any printable code, digits only too, from `min_length` characters."""

    min_length: int = 4


@dataclass
class TikTokConfig:
    """TikTok Shop Open API connector. Secrets may come from PACKSTATION_TIKTOK_* instead (preferred)."""

    enabled: bool = False  # pull and push in the background while the station runs
    base_url: str = "https://open-api.tiktokglobalshop.com"
    auth_url: str = "https://auth.tiktok-shops.com"
    app_key: str = ""
    app_secret: str = field(default="", repr=False)
    shop_cipher: str = ""
    access_token: str = field(default="", repr=False)
    refresh_token: str = field(default="", repr=False)
    requests_per_second: float = 40.0  # the API allows about 50 per API and shop
    page_size: int = 100
    pull_every_s: float = 120.0
    push_every_s: float = 60.0
    tracking_every_s: float = 900.0  # ask for the tracking of open shipments (0 = never)
    tracking_per_round: int = 200  # orders asked per round (one request each)
    tracking_correction_hours: float = 72.0
    label_document_size: str = "A6"
    # Carrier as the station names it -> TikTok shipping_provider_id (else looked up by provider name).
    provider_ids: dict[str, str] = field(default_factory=dict)


@dataclass
class ChannelsConfig:
    """Marketplace reporting: provider-name table overrides for sheets, and each connector's settings."""

    # Carrier as the station names it -> provider name the marketplace sheet wants (adds to defaults).
    provider_names: dict[str, str] = field(default_factory=dict)
    tiktok: TikTokConfig = field(default_factory=TikTokConfig)


@dataclass
class VideoConfig:
    """Packing video per order: on whenever a camera is configured, unless switched off here."""

    enabled: bool = True
    width: int = 1280
    height: int = 720
    fps: float = 15.0
    bitrate: int = 1_000_000
    segment_s: float = 10.0
    preroll_s: float = 3.0
    start_on: str = "take"  # take | first_scan
    stop_on: str = "staged"  # staged | label | photos
    retention_days: float = 120.0
    retention_gb: float = 0.0  # 0: no size cap, only the age
    disk_warn_gb: float = 5.0
    disk_floor_gb: float = 1.0
    pack_limit_mb: float = 30.0  # largest video in an evidence pack; re-encoded smaller when needed
    required_channels: list[str] = field(default_factory=list)  # e.g. ["tiktok"]: no staging without full video

    def __post_init__(self) -> None:
        if self.start_on not in ("take", "first_scan"):
            raise ConfigError(f"'video.start_on' must be take or first_scan, got {self.start_on!r}")
        if self.stop_on not in ("staged", "label", "photos"):
            raise ConfigError(f"'video.stop_on' must be staged, label or photos, got {self.stop_on!r}")
        if not (1 <= self.fps <= 60 and 160 <= self.width <= 3840 and 120 <= self.height <= 2160):
            raise ConfigError("'video' size or frame rate out of range (160x120 to 3840x2160, 1 to 60 fps)")
        if self.width % 2 or self.height % 2:
            raise ConfigError("'video.width' and 'video.height' must be even")
        if self.segment_s < 1 or self.bitrate < 100_000:
            raise ConfigError("'video.segment_s' must be at least 1 s and 'video.bitrate' at least 100000")

    def active(self, camera_url: str) -> bool:
        """Record only when switched on and a camera is configured."""
        return self.enabled and camera_url.strip().lower() not in ("", "none", "off")


@dataclass
class DispatchConfig:
    """Handover and deadlines: business days per channel, holidays (ISO dates), cut-off and collection hours."""

    timezone: str = "UTC"  # the warehouse's zone for business days and the manifest's local time
    handling_days: dict[str, int] = field(default_factory=lambda: {"tiktok": 2, "generic": 2})
    holidays: list[str] = field(default_factory=list)  # e.g. ["2026-12-25"]
    weekend: list[int] = field(default_factory=lambda: [5, 6])  # Monday is 0
    cutoff_hour: int = 14
    collection_hour: int = 17
    require_photos: bool = True  # a pickup closes only with at least one handover photo
    print_summary: bool = True  # a closed handover's summary (count, weight, manifest barcode) on the label printer


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


@dataclass
class ImportsConfig:
    """What order imports accept (see services/imports/rules.py)."""

    max_quantity: int = 999
    future_hours: float = 24.0  # paid/created times at most this far ahead of now
    past_days: float = 730.0  # ... and at most this far back
    order_id_patterns: dict[str, str] = field(default_factory=dict)  # channel -> regex, e.g. "[0-9]{18}"
    max_json_depth: int = 32


@dataclass
class BackupConfig:
    """The automatic daily copy of station.db (see store/backup.py)."""

    folder: str = ""  # empty: the home's backups/ folder
    daily: bool = True
    keep: int = 14  # daily copies kept


def check_config(config: StationConfig) -> None:
    """Values that have the right type but cannot work; ConfigError names the setting."""
    import re

    imports = config.imports
    if not 1 <= imports.max_quantity <= 1_000_000:
        raise ConfigError("'imports.max_quantity' must be between 1 and 1000000")
    if imports.future_hours < 0 or imports.past_days <= 0:
        raise ConfigError("'imports.future_hours' must be >= 0 and 'imports.past_days' > 0")
    for channel, pattern in imports.order_id_patterns.items():
        if not isinstance(pattern, str):
            raise ConfigError(f"'imports.order_id_patterns.{channel}' must be a string")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"'imports.order_id_patterns.{channel}' is not a valid pattern: {exc}") from None
    if not 1 <= imports.max_json_depth <= 200:
        raise ConfigError("'imports.max_json_depth' must be between 1 and 200")
    if config.backup.keep < 1:
        raise ConfigError("'backup.keep' must be at least 1")
    if not str(config.station).strip():
        raise ConfigError("'station' (the station's name) must not be empty")
    if config.screen.theme not in SCREEN_THEMES:
        raise ConfigError(f"'screen.theme' must be one of: {', '.join(SCREEN_THEMES)}")


@dataclass
class ReturnsConfig:
    """Returned parcels (see services/returns): the decision deadline, weight tolerance, dispute pack size."""

    decision_hours: float = 48.0  # the seller's decision is due this long after receipt
    weight_tolerance_g: float = 20.0  # arrival vs outbound weight: the larger of these two counts as "same"
    weight_tolerance_pct: float = 5.0
    photo_limit_mb: float = 10.0  # each photo in a return dispute pack at most this big (channel upload limits)


@dataclass
class LanguageConfig:
    """The station's language for whoever has not chosen one (en, th, vi, id, ms, zh_CN)."""

    default: str = "en"


SCREEN_THEMES = ("standard", "high-contrast")


@dataclass
class ScreenConfig:
    """How the station window looks: `theme = "high-contrast"` for glare or low vision."""

    theme: str = "standard"
