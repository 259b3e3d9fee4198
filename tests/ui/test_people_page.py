"""The People page through the real station window: add, edit, deactivate, PIN reset, badge enrolled by a
scanner burst, and the role rules it enforces (supervisors manage packers, nobody drops the last admin)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from packstation.domain.users import Role
from packstation.services.station.view import Step
from packstation.services.users import LoginError
from tests.ui.conftest import ADMIN_PIN, PACKER_BADGE, SUPERVISOR_BADGE, press


def settle_page(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.pending == 0, timeout=10000)


def open_people(qtbot, station_app):  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    page = station_app.window.people_page
    assert station_app.window.current is page and page.isVisible()
    settle_page(qtbot, page)
    return page


def row_of(page, user_id: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 1).text() == user_id)


def choose(qtbot, page, user_id: str) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(row_of(page, user_id))
    assert page.user_id.text() == user_id


def click(qtbot, page, key: str) -> None:  # type: ignore[no-untyped-def]
    button = page.buttons[key]
    assert button.isEnabled(), key
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle_page(qtbot, page)


def test_admin_adds_edits_resets_enrolls_and_deactivates(make_station, qtbot, scan_keys, type_keys):  # type: ignore[no-untyped-def]
    station_app = make_station(orders=1)
    window, users = station_app.window, station_app.users
    page_before = window.current
    window.flow.login_pin("admin", ADMIN_PIN)
    qtbot.waitUntil(lambda: window.flow.actor is not None, timeout=5000)
    page = open_people(qtbot, station_app)
    assert [page.table.item(r, 1).text() for r in range(page.table.rowCount())] == ["admin", "pat", "sue"]
    assert page.table.item(row_of(page, "admin"), 5).text() != "never"  # just logged in
    assert page.table.item(row_of(page, "pat"), 5).text() == "never"

    click(qtbot, page, "add")  # an empty form: words, not a rule about user ids
    assert window.banner.level == "error"
    assert window.banner.text() == "Type a name and a short user id (like pat) to add someone."

    page.name.setFocus()
    type_keys("Nok Packer")  # typed by a person: stays in the field
    assert page.name.text() == "Nok Packer"
    page.user_id.setText("nok")
    page.role.setCurrentText("packer")
    page.pin.setText("2468")
    click(qtbot, page, "add")
    assert window.banner.level == "ok", window.banner.text()
    assert users.get("nok").name == "Nok Packer" and users.login_pin("nok", "2468").user_id == "nok"

    choose(qtbot, page, "nok")
    page.name.setText("Nok Somsri")
    click(qtbot, page, "rename")
    assert page.table.item(row_of(page, "nok"), 0).text() == "Nok Somsri"

    click(qtbot, page, "enroll")
    assert "Scan the new badge for Nok Somsri" in page.hint.text()
    page.name.setFocus()
    scan_keys("BADGE-NOK-0042")  # a wedge burst into the station window: the badge, not typed text
    settle_page(qtbot, page)
    assert window.banner.level == "ok", window.banner.text()
    assert page.name.text() == "Nok Somsri"  # nothing typed into the field
    assert page.table.item(row_of(page, "nok"), 3).text() == "yes"
    assert users.login_badge("BADGE-NOK-0042").user_id == "nok"

    choose(qtbot, page, "nok")
    click(qtbot, page, "reset")
    new_pin = page.view.new_pin or window.banner.text().split("PIN for Nok Somsri: ")[1][:6]
    assert new_pin.isdigit() and new_pin in window.banner.text()
    assert users.login_pin("nok", new_pin).user_id == "nok"

    choose(qtbot, page, "admin")
    assert not page.buttons["deactivate"].isEnabled()  # not oneself (and the last admin)
    page.role.setCurrentText("packer")
    click(qtbot, page, "role")
    assert window.banner.level == "error" and "last admin" in window.banner.text()
    assert users.get("admin").role is Role.ADMIN

    choose(qtbot, page, "nok")
    click(qtbot, page, "deactivate")
    assert page.table.item(row_of(page, "nok"), 6).text() == "deactivated"
    try:
        users.login_badge("BADGE-NOK-0042")
        raise AssertionError("a deactivated badge logged in")
    except LoginError:
        pass

    press(Qt.Key.Key_Escape)  # closes People: back to the step it was opened over
    assert window.current is not page and window.current is window.pages[Step.QUEUE]
    assert page_before is not page


def test_supervisor_manages_packers_only_and_packers_cannot_open_it(make_station, qtbot, scan_keys):  # type: ignore[no-untyped-def]
    station_app = make_station(orders=1)
    window, users = station_app.window, station_app.users
    scan_keys(PACKER_BADGE)
    assert window.flow.actor.user_id == "pat"
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.current is not window.people_page
    assert "supervisor or admin" in window.banner.text()

    scan_keys(SUPERVISOR_BADGE)  # the supervisor takes over the bench
    assert window.flow.actor.user_id == "sue"
    page = open_people(qtbot, station_app)
    assert [page.role.itemText(i) for i in range(page.role.count())] == ["packer"]
    choose(qtbot, page, "admin")
    for key in ("rename", "pin", "reset", "enroll", "deactivate", "role"):
        assert not page.buttons[key].isEnabled(), key
    choose(qtbot, page, "pat")
    assert page.buttons["deactivate"].isEnabled() and not page.buttons["role"].isEnabled()

    scan_keys("BADGE-STRAY-1")  # a scan with no enrollment going on changes nobody
    settle_page(qtbot, page)
    assert window.banner.level == "error" and "Enroll badge" in window.banner.text()
    click(qtbot, page, "enroll")
    press(Qt.Key.Key_Escape)  # cancels the enrollment first
    settle_page(qtbot, page)
    assert window.current is page and not page.view.enrolling
    assert users.login_badge(PACKER_BADGE).user_id == "pat"  # unchanged

    view = page.desk.deactivate("admin")  # the desk re-checks the rules, whatever the buttons show
    assert view.notice.tone == "error" and users.get("admin").active

    window.flow.logout()
    qtbot.waitUntil(lambda: window.flow.actor is None, timeout=5000)
    assert window.current is not page  # People closes with the session
