"""The keyboard-wedge scanner's settings: the station's `[wedge]` table, overridden by the scanner URL.

`config.toml` keeps wedge timings in milliseconds (`[wedge] max_key_gap_ms`, `timeout_ms`,
`min_length`, `prefix`, `suffix`); the decoder works in seconds. The scanner address may override
any of them for one device: `wedge?gap_ms=20&timeout_ms=80&min_length=6&prefix=@@&layout=fix`.
"""

from __future__ import annotations

from packstation.config import StationConfig
from packstation.config import WedgeConfig as WedgeTable
from packstation.devices.base import DeviceKind, ScanFormat
from packstation.devices.scanners import wedge_config_from_url
from packstation.devices.urls import DeviceUrl, DeviceUrlError, parse_device_url
from packstation.devices.wedge import WedgeSettings


def settings_from_table(table: WedgeTable) -> WedgeSettings:
    """The `[wedge]` table as decoder settings (ms to seconds); a bad value gets one specific message."""
    try:
        return WedgeSettings(
            max_gap_s=float(table.max_key_gap_ms) / 1000,
            timeout_s=float(table.timeout_ms) / 1000,
            min_length=int(table.min_length),
            scan_format=ScanFormat(prefix=table.prefix, suffix=table.suffix),
        )
    except ValueError as exc:
        raise DeviceUrlError(f"[wedge] in config.toml: {exc}") from None


def wedge_settings(config: StationConfig, url: DeviceUrl | str | None = None) -> WedgeSettings:
    """What the wedge decoder runs with: `[wedge]` from the config, then the scanner URL's options."""
    address = config.devices.scanner if url is None else url
    parsed = address if isinstance(address, DeviceUrl) else parse_device_url(address, DeviceKind.SCANNER)
    if parsed.scheme != "wedge":
        raise DeviceUrlError(f"{parsed.text!r} is not a keyboard-wedge scanner address")
    base = settings_from_table(config.wedge)
    try:
        return wedge_config_from_url(parsed, base)
    except DeviceUrlError:
        raise
    except ValueError as exc:  # e.g. a URL timeout shorter than the configured key gap
        raise DeviceUrlError(f"{parsed.text!r} with [wedge] from config.toml: {exc}") from None
