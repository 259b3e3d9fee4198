"""A station facing a shared central store with an older schema refuses to sync and says what to run;
only `packstation central init` changes that store's schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from packstation.cli import main
from packstation.compose import compose
from packstation.store.central.schema import VERSION_TABLE, alembic_config, expected_heads
from packstation.sync.central import CentralStore


def test_an_older_central_schema_is_refused_until_central_init(tmp_path: Path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    monkeypatch.setenv("PACKSTATION_CENTRAL_URL", url)
    store = CentralStore.open(url)
    try:
        with store.engine.begin() as conn:  # the store as the first packstation release left it
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "c0001_central")
            assert "c0001_central" not in expected_heads()
            versions = set(conn.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))
            assert versions == {"c0001_central"}
    finally:
        store.dispose()
    home = tmp_path / "st"
    station = compose(home)  # a station never changes the schema of a store it shares
    try:
        station.sync.central.create_on_first_use = False  # a shared store: never upgraded by a station
        report = station.sync.engine.run_once()
        assert not report.ok and "packstation central init" in report.error, report.error
    finally:
        station.close()
    capsys.readouterr()
    assert main(["central", "init", "--home", str(home)]) == 0
    station = compose(home)
    try:
        station.sync.central.create_on_first_use = False
        assert station.sync.engine.run_once().ok
    finally:
        station.close()
