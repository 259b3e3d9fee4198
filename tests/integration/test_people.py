"""The People desk on a real SQLite station: add, edit, deactivate, PINs, badges, role rules, audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from packstation.domain.users import PermissionDenied, Role
from packstation.services.people import PeopleDesk
from packstation.services.users import NOT_A_SUPERVISOR, LoginError, UserService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.tables import EventRow
from packstation.store.uow import UnitOfWorkFactory


@pytest.fixture
def users(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield UserService(UnitOfWorkFactory(engine), "bench-1", scrypt_n=2**8)
    engine.dispose()


@pytest.fixture
def crew(users):
    admin = users.create_first_admin("ada", "Ada Admin", "9876")
    sue = users.add_user(admin, "sue", "Sue Supervisor", Role.SUPERVISOR, pin="5555")
    return admin, sue


def changes(users: UserService) -> list[tuple[str, str, str]]:
    with users.uow() as uow:
        rows = uow.session.scalars(
            select(EventRow).where(EventRow.type == "UserChanged").order_by(EventRow.seq)
        )
        return [(r.user, r.payload["target"], r.payload["change"]) for r in rows]


def test_a_supervisor_adds_a_packer_enrolls_a_badge_and_resets_a_pin(users, crew):
    _, sue = crew
    desk = PeopleDesk(users, sue)
    view = desk.add("pat", "Pat Packer", Role.PACKER, pin="4321")
    assert view.notice.tone == "ok" and view.person("pat").role is Role.PACKER
    assert view.person("pat").last_login == "never"
    view = desk.start_enroll("pat")
    assert view.enrolling == "pat" and "Scan the new badge for Pat Packer" in view.hint
    view = desk.scan("BADGE-PAT-0001")
    assert view.notice.tone == "ok" and view.person("pat").has_badge and not view.enrolling
    assert users.login_badge("BADGE-PAT-0001").user_id == "pat"
    view = desk.reset_pin("pat")
    assert len(view.new_pin) == 6 and view.new_pin.isdigit() and view.new_pin in view.notice.text
    assert desk.view().new_pin == ""  # shown once
    assert users.login_pin("pat", view.new_pin).user_id == "pat"
    with pytest.raises(LoginError):
        users.login_pin("pat", "4321")
    assert desk.view().person("pat").last_login != "never"
    view = desk.rename("pat", "Patricia Packer")
    assert view.person("pat").name == "Patricia Packer"
    view = desk.deactivate("pat")
    assert not view.person("pat").active
    with pytest.raises(LoginError):
        users.login_badge("BADGE-PAT-0001")
    assert changes(users)[-5:] == [
        ("sue", "pat", "created"),
        ("sue", "pat", "badge"),
        ("sue", "pat", "pin"),
        ("sue", "pat", "name"),
        ("sue", "pat", "deactivated"),
    ]


def test_role_rules(users, crew):
    admin, sue = crew
    users.add_user(admin, "sam", "Sam", Role.SUPERVISOR, pin="6666")
    desk = PeopleDesk(users, sue)
    view = desk.view()
    assert view.roles == (Role.PACKER,) and not view.may_set_role
    assert not view.person("ada").manageable and not view.person("sam").manageable
    assert view.person("sue").manageable  # one's own name and PIN
    for refused in (
        desk.add("bob", "Bob", Role.SUPERVISOR, pin="1111"),
        desk.add("al", "Al", Role.ADMIN, pin="2222"),
        desk.deactivate("sam"),
        desk.reset_pin("ada"),
        desk.set_role("sam", Role.PACKER),
        desk.start_enroll("ada"),
    ):
        assert refused.notice.tone == "error", refused.notice
    assert users.get("bob") is None and users.get("sam").active and users.get("sam").role is Role.SUPERVISOR
    assert desk.deactivate("sue").notice.tone == "error"  # not oneself
    boss = PeopleDesk(users, admin)
    assert boss.view().roles == (Role.PACKER, Role.SUPERVISOR, Role.ADMIN)
    assert boss.set_role("sam", Role.ADMIN).notice.tone == "ok"
    assert boss.deactivate("sam").notice.tone == "ok"
    refused = boss.set_role("ada", Role.PACKER)
    assert refused.notice.tone == "error" and "last admin" in refused.notice.text
    with pytest.raises(PermissionDenied):
        PeopleDesk(users, users.add_user(admin, "pat", "Pat", Role.PACKER, pin="4321"))


def test_empty_and_bad_forms_say_what_to_type(users, crew):
    admin, _ = crew
    desk = PeopleDesk(users, admin)
    empty = desk.add("", "", Role.PACKER)
    assert empty.notice.text == "Type a name and a short user id (like pat) to add someone."
    assert "user id" in desk.add("", "Pat", Role.PACKER, pin="1234").notice.text
    assert "PIN" in desk.add("pat", "Pat", Role.PACKER).notice.text
    assert "PIN" in desk.set_pin("sue", "").notice.text
    assert "Choose a person" in desk.scan("BADGE-X-1").notice.text
    desk.start_enroll("sue")
    short = desk.scan("AB")
    assert short.notice.tone == "error" and short.enrolling == "sue"  # still waiting for a good badge
    assert desk.cancel_enroll().enrolling == ""
    assert [p.user_id for p in desk.view().people] == ["ada", "sue"]


def test_a_packers_pin_at_a_supervisor_prompt_answers_as_a_wrong_pin(users, crew):
    admin, _ = crew
    users.add_user(admin, "pat", "Pat Packer", Role.PACKER, pin="4321", badge="BADGE-PAT-77")
    answers = []
    for secret in ("4321", "BADGE-PAT-77", "0000", "NO-SUCH-BADGE"):
        with pytest.raises(LoginError) as raised:
            users.verify_supervisor(secret)
        answers.append((type(raised.value), str(raised.value)))
    assert len(set(answers)) == 1 and answers[0][1] == NOT_A_SUPERVISOR
    assert "Pat" not in NOT_A_SUPERVISOR and "packer" not in NOT_A_SUPERVISOR
    with users.uow() as uow:
        reasons = [
            (r.payload["reason"], r.payload.get("claimed_user"))
            for r in uow.session.scalars(select(EventRow).where(EventRow.type == "LoginFailed"))
        ]
    assert ("not a supervisor", "pat") in reasons  # the audit log still says who
