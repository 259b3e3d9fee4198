"""Settings changes on a real home folder: roles, validation, atomic TOML, env values kept out."""

from __future__ import annotations

import tomllib

import pytest

from packstation.config import load_config, save_config
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.home import Home
from packstation.services.settings import SettingsError, SettingsService

PACKER = Actor("pat", Role.PACKER, "Pat")
SUPERVISOR = Actor("sue", Role.SUPERVISOR, "Sue")
ADMIN = Actor("ada", Role.ADMIN, "Ada")


@pytest.fixture
def home(tmp_path):
    home = Home(tmp_path).ensure()
    save_config(load_config(home.config_file), home.config_file)
    return home


@pytest.fixture
def service(home):
    return SettingsService(home, load_config(home.config_file), device_timeout_s=1.0)


def on_file(home):
    return tomllib.loads(home.config_file.read_text(encoding="utf-8"))


def test_packer_may_not_change_settings(home, service):
    before = home.config_file.read_bytes()
    with pytest.raises(PermissionDenied, match="Changing station settings needs a supervisor"):
        service.update(PACKER, {"devices.printer": "tcp://10.0.0.5:9100"})
    assert home.config_file.read_bytes() == before
    assert service.config.devices.printer == "sim"


def test_supervisor_change_is_written_to_the_toml(home, service):
    config = service.update(
        SUPERVISOR,
        {
            "devices.printer": "tcp://10.0.0.5:9100",
            "devices": {"scale": "serial:///dev/ttyUSB1?protocol=continuous&baud=4800"},
            "packing.weight_tolerance_g": 25,
            "idle_lock_minutes": 5,
        },
    )
    assert config is service.config and config.packing.weight_tolerance_g == 25.0
    data = on_file(home)
    assert data["devices"]["printer"] == "tcp://10.0.0.5:9100"
    assert data["devices"]["scale"] == "serial:///dev/ttyUSB1?protocol=continuous&baud=4800"
    assert data["packing"]["weight_tolerance_g"] == 25.0 and data["idle_lock_minutes"] == 5.0
    reloaded = load_config(home.config_file)
    assert reloaded.devices.printer == "tcp://10.0.0.5:9100" and reloaded.idle_lock_minutes == 5.0
    assert not list(home.root.glob("*.tmp"))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"devices.scanner": "serial:///dev/ttyACM0?baud=fast"},
            "'devices.scanner': baud must be a whole number",
        ),
        ({"devices.scale": "serial:///dev/ttyUSB1?protocol=dibal"}, "unknown scale protocol 'dibal'"),
        ({"devices.printer": "lpt1"}, "'devices.printer': unknown printer address"),
        ({"devices.printer": "tcp://:9100"}, "needs a host"),
        ({"devices.camera": "cv://front"}, "camera index must be a number"),
        ({"packing.weight_tolerance_pct": 150}, "between 0 and 100"),
        ({"packing.weight_tolerance_g": "lots"}, "must be a number"),
        ({"wedge.min_length": 4.5}, "must be a whole number"),
        ({"photos.label_must_show": "yes"}, "true or false"),
        ({"packing.colour": "red"}, "unknown setting 'packing.colour'"),
        ({"version": 2}, "cannot be changed"),
        ({"packing.handling_hours": {"tiktok": 0}}, "more than 0 hours"),
        ({}, "no settings"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(home, service, changes, message):
    before = home.config_file.read_bytes()
    with pytest.raises(SettingsError, match=message):
        service.update(SUPERVISOR, {**changes, "idle_lock_minutes": 3} if changes else changes)
    assert home.config_file.read_bytes() == before
    assert service.config.idle_lock_minutes == 10.0  # a valid change in the same batch is not applied either


def test_station_name_and_store_are_admin_only(home, service):
    with pytest.raises(PermissionDenied, match="needs a admin"):
        service.update(SUPERVISOR, {"station": "bench-9"})
    service.update(ADMIN, {"station": "bench-9", "packing.handling_hours": {"tiktok": 24, "shopee": 36.5}})
    data = on_file(home)
    assert data["station"] == "bench-9"
    assert data["packing"]["handling_hours"] == {"tiktok": 24.0, "shopee": 36.5}


def test_environment_values_stay_out_of_the_file(home, monkeypatch):
    monkeypatch.setenv("PACKSTATION_CENTRAL_URL", "postgresql://packer:s3cret@db.example/central")
    service = SettingsService(home, load_config(home.config_file))
    assert service.config.store.central_url.startswith("postgresql://")
    service.update(SUPERVISOR, {"devices.camera": "cv://1"})
    text = home.config_file.read_text(encoding="utf-8")
    assert "s3cret" not in text and 'camera = "cv://1"' in text
    assert service.config.store.central_url.startswith("postgresql://")  # still in effect while running


def test_device_test_buttons(service, tmp_path):
    assert service.test_device("scale", "sim").ok
    assert service.test_device("printer", "sim").ok
    assert service.test_device("camera", "sim").ok
    result = service.test_device("camera", "cv:///no/such/clip.mp4")
    assert not result.ok and "does not exist" in result.message
    result = service.test_device("scanner", "serial:///dev/ttyNOPE0")
    assert not result.ok and "not reachable" in result.message
    (tmp_path / "labels").mkdir()
    assert service.test_device("printer", f"dir://{tmp_path / 'labels'}").ok
    assert "unknown device kind" in service.test_device("fax", "sim").message
