"""`packstation tiktok pull|push|status` with credentials from the environment, never printed."""

from __future__ import annotations

import json
import logging
import time

import pytest

from packstation.bootstrap import open_station
from packstation.cli import main
from packstation.services.demo import load_demo
from tests.fakes.station import pack_and_ship
from tests.fakes.tiktok_api import FakeTikTokShop, make_order


@pytest.fixture
def fake(monkeypatch):
    shop = FakeTikTokShop()
    shop.start()
    access, refresh = shop.issue_tokens()
    shop.expire_access_tokens()  # the first call refreshes: the refresh must not leak either
    for name, value in {
        "PACKSTATION_TIKTOK_APP_KEY": shop.app_key, "PACKSTATION_TIKTOK_APP_SECRET": shop.app_secret,
        "PACKSTATION_TIKTOK_SHOP_CIPHER": shop.shop_cipher, "PACKSTATION_TIKTOK_ACCESS_TOKEN": access,
        "PACKSTATION_TIKTOK_REFRESH_TOKEN": refresh, "PACKSTATION_TIKTOK_BASE_URL": shop.base_url,
        "PACKSTATION_TIKTOK_AUTH_URL": shop.base_url,
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    shop.secrets = [shop.app_secret, access, refresh]
    yield shop
    shop.stop()


def test_pull_push_and_status_from_the_command_line(tmp_path, fake, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    home = str(tmp_path / "home")
    now = int(time.time())
    order = make_order(1, update_time=now - 60, skus=("SKU-0001",))
    held = make_order(2, update_time=now - 30, skus=("SKU-0001",), on_hold=True, status="ON_HOLD")
    fake.add_orders(order, held)
    station = open_station(home)
    load_demo(station.uow, orders=0, station=station.name)  # the catalog
    station.close()
    assert main(["tiktok", "pull", "--home", home, "--json"]) == 0
    pulled = json.loads(capsys.readouterr().out)
    assert pulled["new"] == 2 and pulled["on_hold"] == [held["id"]]
    station = open_station(home)
    try:
        pack_and_ship(station.uow, order["id"], tracking="JT0000000001", manifest="M-1", carrier="JNT")
    finally:
        station.close()
    assert main(["tiktok", "push", "--home", home]) == 0
    text = capsys.readouterr().out
    assert "shipped: 1: " + order["id"] in text
    assert fake.shipped[f"PKG{order['id']}"]["tracking_number"] == "JT0000000001"
    assert main(["tiktok", "status", "--home", home, "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["backlog"] == 0 and status["last_push"]["shipped"] == 1 and status["token_expires_at"]
    everything = text + json.dumps(pulled) + json.dumps(status) + caplog.text
    for secret in fake.secrets + [fake.access_tokens and next(iter(fake.access_tokens))]:
        assert secret not in everything


def test_a_missing_secret_is_a_short_message(tmp_path, fake, capsys, monkeypatch):
    monkeypatch.delenv("PACKSTATION_TIKTOK_APP_SECRET")
    assert main(["tiktok", "pull", "--home", str(tmp_path / "h")]) == 3
    assert capsys.readouterr().out.strip() == "packstation: TikTok Shop: TikTok Shop is not set up: missing app_secret"


def test_the_connector_reads_its_config_file_and_hides_the_secret(tmp_path):
    from packstation.config import load_config

    path = tmp_path / "config.toml"
    path.write_text(
        '[channels]\nprovider_names = { "Citylink" = "City-Link Express" }\n'
        '[channels.tiktok]\nenabled = true\napp_key = "k1"\napp_secret = "shh-secret"\nshop_cipher = "ROW_1"\n'
        'requests_per_second = 20\nprovider_ids = { "J&T Express" = "66176" }\n',
        encoding="utf-8",
    )
    config = load_config(path)
    tiktok = config.channels.tiktok
    assert tiktok.enabled and tiktok.app_secret == "shh-secret" and tiktok.requests_per_second == 20.0
    assert tiktok.provider_ids == {"J&T Express": "66176"}
    assert config.channels.provider_names == {"Citylink": "City-Link Express"}
    assert "shh-secret" not in repr(config)


def test_the_background_worker_is_built_only_when_enabled_and_set_up(tmp_path, fake, monkeypatch):
    from packstation.config import StationConfig
    from packstation.services.marketplace import build_marketplace_worker

    station = open_station(tmp_path / "h")
    try:
        config = StationConfig(station="st9")
        assert build_marketplace_worker(station.uow, config) is None  # not enabled
        config.channels.tiktok.enabled = True
        worker = build_marketplace_worker(station.uow, config)
        assert worker is not None and worker.pull_every_s == 120.0
        fake.add_orders(make_order(1, update_time=int(time.time()) - 5))
        assert worker.run_once().pull.seen == 1
        monkeypatch.delenv("PACKSTATION_TIKTOK_APP_SECRET")
        assert build_marketplace_worker(station.uow, config) is None  # not set up: logged, not raised
    finally:
        station.close()
