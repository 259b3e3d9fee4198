"""Badge cards of any length from the configured minimum, digits only too, on a real SQLite station."""

from __future__ import annotations

import pytest

from packstation.config import StationConfig, load_config, save_config
from packstation.domain.users import Role
from packstation.services.users import LoginError, UserError, UserService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory


@pytest.fixture
def uow(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def test_short_numeric_and_uppercase_badges_log_in(uow):
    users = UserService(uow, "bench-1", scrypt_n=2**8)
    admin = users.create_first_admin("ada", "Ada", "9876", badge="0042")  # 4 digits, like many cards
    users.add_user(admin, "pat", "Pat", Role.PACKER, pin="4321", badge="BADGE-PAT-0001")
    users.add_user(admin, "sue", "Sue", Role.SUPERVISOR, pin="5555", badge="12345678")
    assert users.login_badge("0042").user_id == "ada"
    assert users.login_badge("BADGE-PAT-0001").user_id == "pat"
    assert users.login_badge("12345678").user_id == "sue"
    # a supervisor's numeric badge authorises like their PIN does
    assert users.verify_supervisor("12345678").user_id == "sue"
    assert users.verify_supervisor("5555").user_id == "sue"
    with pytest.raises(LoginError):
        users.login_badge("4321")  # a PIN is no badge


def test_a_badge_equal_to_someones_pin_is_allowed_and_each_finds_its_owner(uow):
    users = UserService(uow, "bench-1", scrypt_n=2**8)
    admin = users.create_first_admin("ada", "Ada", "9876")
    users.add_user(admin, "sue", "Sue", Role.SUPERVISOR, badge="9876")
    assert users.login_badge("9876").user_id == "sue"
    assert users.login_pin(None, "9876").user_id == "ada"
    assert users.verify_supervisor("9876").user_id == "ada"  # a typed secret is tried as a PIN first


def test_the_shortest_badge_is_configurable(uow, tmp_path):
    path = tmp_path / "config.toml"
    config = StationConfig()
    config.badges.min_length = 6
    save_config(config, path)
    loaded = load_config(path)
    assert "[badges]" in path.read_text() and loaded.badges.min_length == 6
    users = UserService(uow, "bench-1", scrypt_n=2**8, min_badge_length=loaded.badges.min_length)
    admin = users.create_first_admin("ada", "Ada", "9876")
    with pytest.raises(UserError, match="at least 6 characters"):
        users.add_user(admin, "pat", "Pat", Role.PACKER, badge="12345")
    users.add_user(admin, "pat", "Pat", Role.PACKER, badge="123456")
    with pytest.raises(UserError, match="at least 4 characters"):
        UserService(uow, "bench-1").set_badge(admin, "pat", "ABC")
    with pytest.raises(UserError, match="at least 1 character"):
        UserService(uow, "bench-1", min_badge_length=0)
