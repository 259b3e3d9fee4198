"""Users on a real SQLite station database: hashing, PIN and badge login, lock-out, roles, events."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from packstation.domain.events import EVENT_TYPES, event_from_row
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.services.users import (
    LOOKUP_SECRET_KEY,
    LockedOut,
    LoginError,
    UserError,
    UserService,
    verify_secret,
)
from packstation.store.db import open_engine, sqlite_url
from packstation.store.tables import EventRow, SettingRow
from packstation.store.uow import UnitOfWorkFactory


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def db(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield tmp_path / "station.db", UnitOfWorkFactory(engine)
    engine.dispose()


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def users(db, clock):
    return UserService(db[1], "bench-7", clock=clock, scrypt_n=2**10)


@pytest.fixture
def admin(users):
    return users.create_first_admin("ada", "Ada Admin", "9876", badge="BADGE-ADA-01")


def _raw_rows(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("select * from users").fetchall()
    finally:
        con.close()


def _events(uow_factory, type_name):
    with uow_factory() as uow:
        rows = uow.session.scalars(select(EventRow).where(EventRow.type == type_name).order_by(EventRow.seq))
        return [
            event_from_row(
                r.type,
                {
                    "order_id": r.order_id,
                    "station": r.station,
                    "user": r.user,
                    "id": r.id,
                    "occurred_at": r.occurred_at,
                },
                r.payload,
            )
            for r in rows
        ]


def test_first_admin_flow(users):
    assert users.needs_first_admin()
    admin = users.create_first_admin("ada", "Ada Admin", "9876")
    assert admin == Actor("ada", Role.ADMIN, "Ada Admin")
    assert not users.needs_first_admin()
    with pytest.raises(PermissionDenied, match="already has an admin"):
        users.create_first_admin("mallory", "Mallory", "1111")
    assert [u.user_id for u in users.list_users()] == ["ada"]


def test_pins_and_badges_are_stored_only_as_scrypt_hashes(db, users, admin):
    users.add_user(admin, "pat", "Pat Packer", Role.PACKER, pin="4321", badge="BADGE-PAT-77")
    path, _ = db
    dump = "\n".join(repr(row) for row in _raw_rows(path))
    for secret in ("9876", "4321", "BADGE-ADA-01", "BADGE-PAT-77"):
        assert secret not in dump
    wal = path.with_name(path.name + "-wal")
    raw = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"BADGE-PAT-77" not in raw
    con = sqlite3.connect(path)
    pin_hash, badge_hash = con.execute(
        "select pin_hash, badge_hash from users where user_id='pat'"
    ).fetchone()
    con.close()
    assert pin_hash.startswith("scrypt$1024$8$1$") and badge_hash.startswith("scrypt$")
    assert verify_secret("4321", pin_hash) and not verify_secret("4322", pin_hash)


def test_default_cost_hash_verifies(db):
    service = UserService(db[1])  # default scrypt cost
    actor = service.create_first_admin("ada", "Ada", "24680")
    assert service.login_pin(None, "24680") == actor
    con = sqlite3.connect(db[0])
    (stored,) = con.execute("select pin_hash from users").fetchone()
    con.close()
    assert stored.split("$")[1] == str(2**14)


def test_two_users_with_the_same_pin_are_refused(users, admin):
    users.add_user(admin, "pat", "Pat", Role.PACKER, pin="4321")
    with pytest.raises(UserError, match="PIN is already used"):
        users.add_user(admin, "sam", "Sam", Role.PACKER, pin="4321")
    users.add_user(admin, "sam", "Sam", Role.PACKER, pin="5555")
    with pytest.raises(UserError, match="PIN is already used"):
        users.set_pin(admin, "sam", "4321")
    assert {u.user_id for u in users.list_users()} == {"ada", "pat", "sam"}
    assert users.login_pin(None, "5555").user_id == "sam"  # the refused change left the old PIN


def test_login_by_pin_with_and_without_user_id_and_by_badge(db, users, admin):
    users.add_user(admin, "pat", "Pat Packer", "packer", pin="4321", badge="BADGE-PAT-77")
    assert users.login_pin("pat", "4321") == Actor("pat", Role.PACKER, "Pat Packer")
    assert users.login_pin(None, "4321").user_id == "pat"
    assert users.login_badge("  BADGE-PAT-77\r\n") == Actor("pat", Role.PACKER, "Pat Packer")
    assert users.login_badge("BADGE-ADA-01").role is Role.ADMIN
    with pytest.raises(LoginError):
        users.login_pin("pat", "9876")  # ada's PIN is not pat's
    with pytest.raises(LoginError):
        users.login_badge("BADGE-NOBODY")
    with pytest.raises(LoginError, match="Wrong user or PIN"):
        users.login_pin("nobody", "4321")
    logins = _events(db[1], "UserLoggedIn")
    assert [(e.user, e.method) for e in logins] == [
        ("pat", "pin"),
        ("pat", "pin"),
        ("pat", "badge"),
        ("ada", "badge"),
    ]
    assert all(e.order_id == "" and e.station == "bench-7" for e in logins)
    failed = _events(db[1], "LoginFailed")
    assert [(e.method, e.claimed_user) for e in failed] == [("pin", "pat"), ("badge", ""), ("pin", "nobody")]


def test_wrong_pin_locks_out_then_recovers(users, admin, clock):
    users.add_user(admin, "pat", "Pat", Role.PACKER, pin="4321")
    for _ in range(5):
        with pytest.raises(LoginError, match="Wrong user or PIN"):
            users.login_pin("pat", "0000")
    with pytest.raises(LockedOut) as locked:
        users.login_pin("pat", "4321")  # even the right PIN is refused while locked
    assert 29 <= locked.value.retry_after_s <= 30
    clock.t += 31
    assert users.login_pin("pat", "4321").user_id == "pat"


def test_pin_only_login_lockout_is_separate(users, admin, clock):
    users.add_user(admin, "pat", "Pat", Role.PACKER, pin="4321")
    for pin in ("1111", "2222", "3333", "4444", "5555"):
        with pytest.raises(LoginError, match="Unknown PIN"):
            users.login_pin(None, pin)
    with pytest.raises(LockedOut, match="try again in 30 s"):
        users.login_pin(None, "4321")
    assert users.login_pin("pat", "4321").user_id == "pat"
    clock.t += 30.5
    assert users.login_pin(None, "4321").user_id == "pat"


def test_role_rules_for_managing_users(users, admin):
    sup = users.add_user(admin, "sue", "Sue", Role.SUPERVISOR, pin="7777")
    packer = users.add_user(sup, "pat", "Pat", Role.PACKER, pin="4321")
    with pytest.raises(PermissionDenied, match="needs a admin"):
        users.add_user(sup, "sue2", "Sue Two", Role.SUPERVISOR, pin="7778")
    with pytest.raises(PermissionDenied, match="needs a supervisor"):
        users.add_user(packer, "pat2", "Pat Two", Role.PACKER, pin="4322")
    with pytest.raises(PermissionDenied):
        users.set_role(sup, "pat", Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        users.set_pin(packer, "sue", "1212")
    users.set_pin(packer, "pat", "8642")  # your own PIN
    assert users.login_pin(None, "8642") == packer
    users.set_role(admin, "pat", Role.SUPERVISOR)
    assert users.login_pin("pat", "8642").role is Role.SUPERVISOR
    with pytest.raises(UserError, match="Unknown role"):
        users.add_user(admin, "x1", "X", "boss", pin="3141")


def test_deactivate_frees_pin_and_blocks_login(users, admin):
    sup = users.add_user(admin, "sue", "Sue", Role.SUPERVISOR, pin="7777")
    users.add_user(sup, "pat", "Pat", Role.PACKER, pin="4321", badge="BADGE-PAT-77")
    users.deactivate(sup, "pat")
    with pytest.raises(LoginError):
        users.login_pin("pat", "4321")
    with pytest.raises(LoginError):
        users.login_badge("BADGE-PAT-77")
    users.add_user(sup, "sam", "Sam", Role.PACKER, pin="4321")
    info = {u.user_id: u for u in users.list_users()}
    assert not info["pat"].active and not info["pat"].has_pin and info["sam"].has_pin
    assert [u.user_id for u in users.list_users(include_inactive=False)] == ["ada", "sam", "sue"]
    with pytest.raises(UserError, match="last admin"):
        users.set_role(admin, "ada", Role.PACKER)
    with pytest.raises(UserError, match="yourself"):
        users.deactivate(admin, "ada")


def test_verify_supervisor(users, admin):
    users.add_user(admin, "sue", "Sue", Role.SUPERVISOR, pin="7777", badge="BADGE-SUE-42")
    users.add_user(admin, "pat", "Pat", Role.PACKER, pin="4321", badge="BADGE-PAT-77")
    assert users.verify_supervisor("7777").user_id == "sue"
    assert users.verify_supervisor("BADGE-SUE-42").user_id == "sue"
    assert users.verify_supervisor("9876").role is Role.ADMIN
    for secret in ("4321", "BADGE-PAT-77", "0000"):  # a packer's PIN or badge answers as a wrong one
        with pytest.raises(LoginError, match="Not a supervisor's PIN or badge"):
            users.verify_supervisor(secret)


def test_bad_credentials_get_clear_errors(users, admin):
    with pytest.raises(UserError, match="digits only"):
        users.add_user(admin, "pat", "Pat", Role.PACKER, pin="12ab")
    with pytest.raises(UserError, match="4 to 12 digits"):
        users.add_user(admin, "pat", "Pat", Role.PACKER, pin="123")
    with pytest.raises(UserError, match="at least 4"):
        users.add_user(admin, "pat", "Pat", Role.PACKER, badge="AB1")
    with pytest.raises(UserError, match="PIN or a badge"):
        users.add_user(admin, "pat", "Pat", Role.PACKER)
    with pytest.raises(UserError, match="already a user"):
        users.add_user(admin, "ada", "Ada again", Role.PACKER, pin="1357")
    with pytest.raises(UserError, match="no spaces"):
        users.add_user(admin, "pat smith", "Pat", Role.PACKER, pin="1357")
    assert [u.user_id for u in users.list_users()] == ["ada"]


def test_user_changes_and_logout_are_events(db, users, admin):
    users.add_user(admin, "pat", "Pat", Role.PACKER, pin="4321")
    users.set_badge(admin, "pat", "BADGE-PAT-77")
    users.logout(Actor("pat"), reason="idle")
    changes = _events(db[1], "UserChanged")
    assert [(e.user, e.target, e.change) for e in changes] == [
        ("setup", "ada", "created"),
        ("ada", "pat", "created"),
        ("ada", "pat", "badge"),
    ]
    (out,) = _events(db[1], "UserLoggedOut")
    assert out.user == "pat" and out.reason == "idle"
    assert {"UserLoggedIn", "UserLoggedOut", "LoginFailed", "UserChanged"} <= set(EVENT_TYPES)


def test_lookup_secret_is_per_database(tmp_path, admin, db):
    with db[1]() as uow:
        first = uow.session.get(SettingRow, LOOKUP_SECRET_KEY).value
    other = open_engine(sqlite_url(tmp_path / "other.db"))
    try:
        service = UserService(UnitOfWorkFactory(other), scrypt_n=2**10)
        service.create_first_admin("ada", "Ada", "9876")
        with UnitOfWorkFactory(other)() as uow:
            second = uow.session.get(SettingRow, LOOKUP_SECRET_KEY).value
    finally:
        other.dispose()
    assert len(first) == 64 and first != second


def test_packer_cannot_release_a_hold(users, admin):
    from packstation.domain.orders import OrderStatus
    from packstation.services.demo import load_demo
    from packstation.services.packing import PackingService

    load_demo(users.uow, orders=2, station="bench-7")
    packer = users.add_user(admin, "pat", "Pat", Role.PACKER, pin="4321")
    users.add_user(admin, "sue", "Sue", Role.SUPERVISOR, pin="7777")
    packing = PackingService(users.uow, "bench-7")
    order = packing.take_next(users.login_pin(None, "4321"))
    packing.hold(packer, order.order_id, "box damaged")
    with pytest.raises(PermissionDenied, match="Releasing an order on hold needs a supervisor"):
        packing.release(packer, order.order_id)
    assert packing.order(order.order_id).status is OrderStatus.ON_HOLD
    released = packing.release(users.verify_supervisor("7777"), order.order_id, note="new box")
    assert released.status is not OrderStatus.ON_HOLD
