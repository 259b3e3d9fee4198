"""Qt-free composition: from a home folder and its config to an engine, units of work and services.

`app.py` (the GUI) and the CLI both start here, so every entry point runs the same parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine

from packstation.config import StationConfig, load_config, save_config
from packstation.domain.packing import WeightTolerance
from packstation.home import Home, resolve_home
from packstation.services.packing import PackingRules, PackingService
from packstation.services.settings import SettingsService
from packstation.services.users import UserService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from packstation.sync.wiring import StationSync, build_station_sync


@dataclass
class Station:
    """Everything one station process runs on, built once and passed in."""

    home: Home
    config: StationConfig
    engine: Engine
    uow: UnitOfWorkFactory
    packing: PackingService
    users: UserService
    settings: SettingsService
    sync: StationSync | None = None

    @property
    def name(self) -> str:
        return self.config.station

    def handling_time(self) -> dict[str, timedelta]:
        return {k: timedelta(hours=v) for k, v in self.config.packing.handling_hours.items()}

    def close(self) -> None:
        if self.sync:
            self.sync.close()
        self.engine.dispose()


def station_url(home: Home, config: StationConfig) -> str:
    return config.store.station_url or sqlite_url(home.station_db)


def open_station(home_dir: str | Path | None = None, *, write_default_config: bool = True) -> Station:
    """Open (creating and migrating on first use) the station in `home_dir`."""
    home = Home(resolve_home(home_dir)).ensure()
    config = load_config(home.config_file)
    if write_default_config and not home.config_file.exists():
        save_config(config, home.config_file)
    engine = open_engine(station_url(home, config))
    uow = UnitOfWorkFactory(engine)
    rules = PackingRules(
        tolerance=WeightTolerance(config.packing.weight_tolerance_g, config.packing.weight_tolerance_pct),
        fragile_padding_mm=config.packing.fragile_padding_mm,
    )
    try:
        sync = build_station_sync(
            home.root, uow, config.station, config.store.central_url, station_id=home.station_id()
        )
    except BaseException:
        engine.dispose()
        raise
    packing = PackingService(uow, config.station, rules, claims=sync.claims, central=sync.status)
    return Station(
        home,
        config,
        engine,
        uow,
        packing,
        UserService(uow, config.station),
        SettingsService(home, config),
        sync,
    )
