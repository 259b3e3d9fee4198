"""Each home has a station id; a central store refuses a second home under a name already taken."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from packstation.cli import main
from packstation.compose import compose
from packstation.config import load_config, save_config
from packstation.home import Home
from packstation.sync.central import CentralStore
from packstation.sync.identity import StationIdentity, StationNameTaken, register_station, registered_stations


def make_home(root: Path, name: str, central_url: str) -> Path:
    home = Home(root).ensure()
    config = load_config(home.config_file)
    config.station, config.store.central_url = name, central_url
    save_config(config, home.config_file)
    return root


def test_a_home_gets_its_id_when_created_and_keeps_it(tmp_path: Path) -> None:
    home = Home(tmp_path / "h").ensure()
    first = home.station_id()
    assert uuid.UUID(first).version == 4
    assert Home(tmp_path / "h").ensure().station_id() == first
    assert (tmp_path / "h" / "station-id").read_text().strip() == first
    assert Home(tmp_path / "other").ensure().station_id() != first


def test_a_damaged_id_file_is_a_fault_not_a_new_identity(tmp_path: Path) -> None:
    home = Home(tmp_path / "h").ensure()
    home.station_id_file.write_text("garbage")
    with pytest.raises(Exception, match="does not hold a station id"):
        home.station_id()


def test_two_homes_with_one_name_on_one_central_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PACKSTATION_CENTRAL_URL", raising=False)
    monkeypatch.delenv("PACKSTATION_STATION", raising=False)
    central = f"sqlite:///{tmp_path / 'central.db'}"
    one = make_home(tmp_path / "one", "packing-1", central)
    two = make_home(tmp_path / "two", "packing-1", central)
    # The name is registered when a station goes to work with the central store (window, sync,
    # simulate); commands that only read the station never connect to it.
    station = compose(one, migrate_central=True)
    station.close()
    again = compose(one, migrate_central=True)  # the same home opens again: same id, fine
    again.close()
    with pytest.raises(StationNameTaken, match="rename one of them"):
        compose(two, migrate_central=True)
    assert main(["--home", str(two), "orders"]) == 0  # reading the station needs no central store
    capsys.readouterr()
    code = main(["--home", str(two), "sync", "--once"])
    err = capsys.readouterr().err
    assert code == 3 and "station name 'packing-1' is already used by another station" in err
    assert err.strip().count("\n") == 0
    # Renamed, the second home registers beside the first.
    config = load_config(two / "config.toml")
    config.station = "packing-2"
    save_config(config, two / "config.toml")
    compose(two, migrate_central=True).close()
    store = CentralStore.open(central)
    try:
        assert registered_stations(store) == {
            "packing-1": Home(one).station_id(),
            "packing-2": Home(two).station_id(),
        }
    finally:
        store.dispose()


def test_register_is_idempotent(central_url: str) -> None:
    store = CentralStore.open(central_url, migrate=True)
    try:
        me = StationIdentity("st", str(uuid.uuid4()))
        assert register_station(store, me) and register_station(store, me)
        with pytest.raises(StationNameTaken):
            register_station(store, StationIdentity("st", str(uuid.uuid4())))
    finally:
        store.dispose()
