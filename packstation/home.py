"""The station's home folder: config, station database, central store (embedded), blobs, exports."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir


def resolve_home(explicit: str | Path | None = None) -> Path:
    """`--home` beats `PACKSTATION_HOME`, which beats the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("PACKSTATION_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path(user_data_dir("packstation", appauthor=False))


@dataclass(frozen=True)
class Home:
    root: Path

    @property
    def config_file(self) -> Path:
        return self.root / "config.toml"

    @property
    def station_db(self) -> Path:
        return self.root / "station.db"

    @property
    def central_db(self) -> Path:
        return self.root / "central.db"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> Home:
        for path in (self.root, self.blobs, self.exports, self.logs):
            path.mkdir(parents=True, exist_ok=True)
        return self
