"""`packstation central` and `packstation sync` from the command line, on a real home folder."""

from __future__ import annotations

import argparse

import pytest

from packstation.cli import central as central_cli
from packstation.cli import home_parent
from packstation.cli import sync as sync_cli
from packstation.store.central.schema import central_is_current, expected_heads, open_central_engine
from packstation.sync.central import CentralStore


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="packstation")
    sub = parser.add_subparsers(dest="command")
    central_cli.register(sub, home_parent())
    sync_cli.register(sub, home_parent())
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_central_init_creates_and_upgrades_its_own_schema(central_url, tmp_path, capsys):
    assert run(["central", "init", "--home", str(tmp_path), "--url", central_url]) == 0
    out = capsys.readouterr().out
    assert all(head in out for head in expected_heads())
    assert run(["central", "init", "--home", str(tmp_path), "--url", central_url]) == 0  # idempotent
    engine = open_central_engine(central_url)
    assert central_is_current(engine)
    engine.dispose()


def test_sync_once_pushes_the_station_and_status_shows_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PACKSTATION_STATION", "cli-station")
    monkeypatch.delenv("PACKSTATION_CENTRAL_URL", raising=False)
    from packstation.bootstrap import open_station
    from packstation.services.demo import load_demo

    station = open_station(tmp_path)
    load_demo(station.uow, orders=5, station=station.name)
    station.close()
    assert run(["central", "publish", "--home", str(tmp_path)]) == 0
    assert "5 of 5 order(s)" in capsys.readouterr().out
    assert run(["sync", "--once", "--home", str(tmp_path)]) == 0
    assert "backlog 0" in capsys.readouterr().out
    assert run(["central", "status", "--home", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "cli-station" in out and "5 event(s)" in out
    central = CentralStore.open(f"sqlite:///{tmp_path / 'central.db'}")
    assert central.event_count() == 5
    central.dispose()


def test_sync_once_reports_offline_with_exit_status_3(tmp_path, capsys, monkeypatch):
    from packstation.bench.pgserver import free_port

    monkeypatch.setenv("PACKSTATION_CENTRAL_URL", f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/x")
    assert run(["sync", "--once", "--home", str(tmp_path)]) == 3
    assert "offline" in capsys.readouterr().out


@pytest.mark.parametrize("action", ["cancel", "release"])
def test_supervisor_actions_name_the_order(action, tmp_path, central_sqlite_url, capsys):
    CentralStore.open(central_sqlite_url, migrate=True).dispose()
    extra = ["--reason", "buyer asked"] if action == "cancel" else []
    code = run(["central", action, "X-404", "--home", str(tmp_path), "--url", central_sqlite_url, *extra])
    out = capsys.readouterr().out
    assert "X-404" in out
    assert code == (1 if action == "cancel" else 0)
